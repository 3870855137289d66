"""Layers (ARCHITECTURE.md): data flows one way, checked on the source, not on what got imported.

- ``app.core``, ``app.store`` and ``app.services`` never import PySide6 (any part) or ``app.ui``,
  not even through another module of the app they import;
- ``app.core`` never imports SQLAlchemy or Alembic;
- ``app.ui`` does layout and wiring only: it never imports ``sqlalchemy``, ``keyring`` or
  ``reportlab`` itself (it calls services for that).
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

import app

APP_DIR = Path(app.__file__).resolve().parent
QT = ("PySide6", "shiboken6", "app.ui")
LAYER_RULES: dict[str, tuple[str, ...]] = {
    "app.core": (*QT, "sqlalchemy", "alembic"),
    "app.store": QT,
    "app.services": QT,
}
UI_FORBIDDEN = ("sqlalchemy", "keyring", "reportlab")


# --- reading imports from source ---------------------------------------------------------------


def imports_in_source(source: str, module: str, is_package: bool) -> set[str]:
    """Every module name ``source`` may import, wherever the import statement is.

    ``from a import b`` yields ``a`` and ``a.b`` (b may be a module); relative imports are
    resolved against ``module``; ``importlib.import_module("x")`` and ``__import__("x")`` with a
    literal name count too.
    """
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base_parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            first = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.add(first.value)
    return found


def is_under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@cache
def app_modules() -> dict[str, Path]:
    """Every module of the ``app`` package and its source file.

    Listed with ``pkgutil.walk_packages`` (which imports packages' ``__init__`` only, to recurse),
    plus any ``.py`` file in a folder that is not a package (Alembic's ``versions/``).
    """
    modules: dict[str, Path] = {"app": APP_DIR / "__init__.py"}

    def fail(name: str) -> None:
        raise AssertionError(f"cannot list the package {name}")

    for info in pkgutil.walk_packages(app.__path__, "app.", onerror=fail):
        spec = info.module_finder.find_spec(info.name, None)  # type: ignore[call-arg]
        assert spec is not None and spec.origin, info.name
        modules[info.name] = Path(spec.origin).resolve()
    for path in APP_DIR.rglob("*.py"):
        if path.resolve() in modules.values():
            continue
        relative = path.relative_to(APP_DIR).with_suffix("")
        modules[".".join(("app", *relative.parts))] = path.resolve()
    return modules


@cache
def direct_imports(module: str) -> frozenset[str]:
    path = app_modules()[module]
    return frozenset(
        imports_in_source(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
    )


def reachable(module: str) -> dict[str, str]:
    """Modules of the app that importing ``module`` may load: {module: the one importing it}."""
    known = app_modules()
    via: dict[str, str] = {module: module}
    todo = [module]
    while todo:
        current = todo.pop()
        for name in direct_imports(current):
            parts = name.split(".")
            # Importing a.b.c loads a and a.b too.
            for i in range(1, len(parts) + 1):
                target = ".".join(parts[:i])
                if target in known and target not in via:
                    via[target] = current
                    todo.append(target)
    return via


def layer_modules(layer: str) -> list[str]:
    return sorted(m for m in app_modules() if is_under(m, (layer,)))


# --- the checker checks ------------------------------------------------------------------------


def test_import_reader_sees_every_form() -> None:
    source = """
import os, PySide6.QtWidgets
from PySide6 import QtCore
from ..ui import main_window
from . import sibling
from .engine import make_engine
if TYPE_CHECKING:
    from sqlalchemy.orm import Session
def later():
    import keyring
    importlib.import_module("reportlab.pdfgen")
    __import__("alembic")
"""
    found = imports_in_source(source, "app.store.health", is_package=False)
    assert {
        "os",
        "PySide6.QtWidgets",
        "PySide6",
        "PySide6.QtCore",
        "app.ui",
        "app.ui.main_window",
        "app.store.sibling",
        "app.store.engine",
        "sqlalchemy.orm",
        "keyring",
        "reportlab.pdfgen",
        "alembic",
    } <= found
    assert "app.store.ui" in imports_in_source("from .ui import x", "app.store", is_package=True)


def test_every_layer_module_is_listed() -> None:
    modules = app_modules()
    for expected in (
        "app.core.domain",
        "app.store.engine",
        "app.store.models",
        "app.store.migrations.env",
        "app.store.migrations.versions.0001_initial_schema",
        "app.services.dashboard",
        "app.ui.launch",
    ):
        assert expected in modules
    for layer in LAYER_RULES:
        assert len(layer_modules(layer)) >= 2, layer


# --- the rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize("layer", sorted(LAYER_RULES))
def test_lower_layers_do_not_import_what_they_must_not(layer: str) -> None:
    forbidden = LAYER_RULES[layer]
    problems = []
    for module in layer_modules(layer):
        for name in sorted(direct_imports(module)):
            if is_under(name, forbidden):
                problems.append(f"{module} imports {name}")
    assert problems == []


@pytest.mark.parametrize("layer", sorted(LAYER_RULES))
def test_lower_layers_do_not_reach_forbidden_code_through_the_app(layer: str) -> None:
    """The same rules over every app module a layer's modules import, however indirectly."""
    forbidden = LAYER_RULES[layer]
    problems = set()
    for module in layer_modules(layer):
        via = reachable(module)
        for target in via:
            if is_under(target, forbidden):
                problems.add(f"{module} reaches {target} (imported by {via[target]})")
                continue
            for name in direct_imports(target):
                if is_under(name, forbidden):
                    problems.add(f"{module} reaches {target}, which imports {name}")
    assert sorted(problems) == []


def test_ui_does_layout_and_wiring_only() -> None:
    problems = []
    for module in layer_modules("app.ui"):
        for name in sorted(direct_imports(module)):
            if is_under(name, UI_FORBIDDEN):
                problems.append(f"{module} imports {name}")
    assert problems == []


def test_importing_the_lower_layers_loads_no_qt() -> None:
    """A run-time check besides the static one: import them all in a fresh interpreter."""
    modules = [
        m
        for layer in LAYER_RULES
        for m in layer_modules(layer)
        if not is_under(m, ("app.store.migrations.env", "app.store.migrations.versions"))
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')"
        " or m.startswith('app.ui')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
