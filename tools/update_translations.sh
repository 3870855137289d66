#!/usr/bin/env bash
# Collect the user-visible strings of app/ into i18n/bayan_ar.ts (keeping existing translations),
# then compile it to resources/i18n/bayan_ar.qm. Run after adding or changing a tr() string.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
VENV="${VENV:-.venv}"
mapfile -t sources < <(git ls-files --cached --others --exclude-standard 'app/*.py' | sort)
"$VENV/bin/pyside6-lupdate" -no-obsolete "${sources[@]}" -ts i18n/bayan_ar.ts -target-language ar
# English needs only its plural forms ("%n post(s)" -> "1 post" / "2 posts"), made from the
# source texts by tools/english_plurals.py.
"$VENV/bin/pyside6-lupdate" -no-obsolete -pluralonly "${sources[@]}" -ts i18n/bayan_en.ts -target-language en
"$VENV/bin/python" tools/english_plurals.py i18n/bayan_en.ts
mkdir -p resources/i18n
"$VENV/bin/pyside6-lrelease" i18n/bayan_ar.ts -qm resources/i18n/bayan_ar.qm
"$VENV/bin/pyside6-lrelease" i18n/bayan_en.ts -qm resources/i18n/bayan_en.qm
