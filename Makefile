# Bayan: the commands a developer or a new user needs. See README.md.
#
#   make run    [ARGS="--workspace DIR"]   install everything, open Bayan
#   make demo   [DEMO_WS=DIR]              install everything, make a demo workspace once, open it
#   make test   [ARGS="-k something"]      install everything, run the tests offscreen
#   make bench  [ARGS="--runs 5"]          install everything, run every benchmark (one table)
#   make translations                      refresh i18n/bayan_ar.ts and build resources/i18n/bayan_ar.qm
#   make clean / make distclean            remove caches / also remove .venv
#
# "Install everything" = the Debian libraries Qt needs (tools/ensure-qt-libs.sh), a .venv made
# with python3 (3.11 or newer) and `pip install -e ".[test]"` in it, redone only when
# pyproject.toml is newer than .venv/.installed.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# apt-get (Qt libraries, python3-venv) must never run twice at once.
.NOTPARALLEL:

PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEMO_WS ?= $(HOME)/BayanDemo
ARGS    ?=

.PHONY: help run demo test bench translations clean distclean qt-libs venv

help:
	@echo "make run      install what is missing, then open Bayan (ARGS=\"--workspace DIR\" to pick one)"
	@echo "make demo     install, make a demo workspace in $(DEMO_WS) if there is none, open it"
	@echo "make test     install (with the test extra), run the tests offscreen"
	@echo "make bench    install, run every benchmark, print one table (bench/README.md)"
	@echo "make translations   update i18n/bayan_ar.ts from app/ and build resources/i18n/bayan_ar.qm"
	@echo "make clean    remove build output and caches (make distclean also removes .venv)"

# ---------------------------------------------------------------- installing

qt-libs:
	@bash tools/ensure-qt-libs.sh

venv: $(STAMP)

# The interpreter: made once. Needs Python >= 3.11; on Debian/Ubuntu, `python3 -m venv` also
# needs the python3.X-venv package, installed here when we are root.
$(BIN)/python:
	@if ! command -v $(PYTHON) >/dev/null 2>&1; then \
	    if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ "$(PYTHON)" = python3 ]; then \
	        echo "Installing python3 and python3-venv" >&2; \
	        apt-get update -qq; \
	        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3 python3-venv; \
	    else \
	        echo "Bayan needs Python 3.11 or newer, and '$(PYTHON)' was not found. Install it (Debian/Ubuntu: sudo apt-get install -y python3 python3-venv) or run make PYTHON=/path/to/python3.11 ..." >&2; \
	        exit 1; \
	    fi; \
	fi
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || { \
	    echo "Bayan needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) -c 'import platform; print(platform.python_version())'). Install a newer one (e.g. sudo apt-get install -y python3.11 python3.11-venv) and run: make PYTHON=python3.11 $(MAKECMDGOALS)" >&2; \
	    exit 1; }
	@if ! $(PYTHON) -m venv $(VENV); then \
	    rm -rf $(VENV); \
	    pyver=$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
	    if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	        echo "'$(PYTHON) -m venv' failed; installing python$$pyver-venv and trying again" >&2; \
	        apt-get update -qq; \
	        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python$$pyver-venv; \
	        $(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); echo "'$(PYTHON) -m venv $(VENV)' still fails; see the message above." >&2; exit 1; }; \
	    else \
	        echo "'$(PYTHON) -m venv' failed. On Debian/Ubuntu run: sudo apt-get install -y python$$pyver-venv" >&2; \
	        exit 1; \
	    fi; \
	fi

# The packages: (re)installed only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -e ".[test]"
	@touch $(STAMP)

# ---------------------------------------------------------------- using

# Without a screen Qt aborts with a misleading xcb message: say so first (the GUI still starts
# when QT_QPA_PLATFORM is set, e.g. offscreen).
define screen_hint
@if [ "$$(uname -s)" = Linux ] && [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}$${QT_QPA_PLATFORM:-}" ]; then \
    echo "note: no DISPLAY or WAYLAND_DISPLAY: Qt cannot open a window here. Run Bayan on a desktop session, under xvfb-run, or with QT_QPA_PLATFORM=offscreen." >&2; \
fi
endef

run: qt-libs $(STAMP)
	$(screen_hint)
	$(BIN)/bayan $(ARGS)

demo: qt-libs $(STAMP)
	$(screen_hint)
	@if [ ! -e "$(DEMO_WS)/bayan.db" ]; then \
	    echo "Making the demo workspace $(DEMO_WS)"; \
	    $(BIN)/bayan demo --workspace "$(DEMO_WS)"; \
	fi
	$(BIN)/bayan --workspace "$(DEMO_WS)" $(ARGS)

# pytest's exit status is the recipe's, so a failure, and exit 5 (no tests collected), fail make.
# The whole run happens inside a private D-Bus session with an unlocked gnome-keyring (installed
# by tools/ensure-keyring.sh when missing and root), so the tests marked real_keyring use a real
# Secret Service; every other test uses conftest's in-memory keyring. Without gnome-keyring the
# suite runs as before and the real_keyring tests are skipped with the reason.
# tests/store and tests/services also run against a throw-away PostgreSQL server (team mode,
# tests/pg.py) when tools/ensure-postgres.sh finds or installs it; the run says how many did.
test: qt-libs $(STAMP)
	@bash tools/ensure-poppler.sh || true
	@bash tools/ensure-postgres.sh || true
	QT_QPA_PLATFORM=offscreen bash tools/test-with-keyring.sh $(BIN)/python $(ARGS)

bench: qt-libs $(STAMP)
	$(BIN)/python bench/run.py $(ARGS)

translations: qt-libs $(STAMP)
	VENV=$(VENV) bash tools/update_translations.sh

# ---------------------------------------------------------------- tidying

clean:
	rm -rf build dist .pytest_cache .hypothesis .ruff_cache .mypy_cache bench/.cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) *.egg-info
