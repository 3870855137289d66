"""``bayan doctor``: what this installation of Bayan finds around it, without changing anything.

It names the keyring backend and whether it answers, the schema this version writes and the
migration scripts it ships, the workspace's own schema (read only; nothing is migrated), and the
bundled fonts and translations. The same checks run from a source checkout and from the frozen
(PyInstaller) build, where they show that the bundle holds what the app loads at run time.

Not a layer of its own: like ``app.cli`` it sits above the layers and may load Qt (to read the
translations as the GUI does and to load Qt's GUI libraries).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import BayanError

# Bundled fonts are TrueType or OpenType files: their first four bytes say which.
FONT_MAGIC = (b"\x00\x01\x00\x00", b"true", b"OTTO")
REPORT_FONTS = ("Amiri-Regular.ttf", "Amiri-Bold.ttf")  # app.reports.monthly registers these
KEYRING_PROBE_SERVICE = "Bayan/doctor"  # read (one key that is never written), nothing stored
DATABASE_URL_VAR = "BAYAN_DATABASE_URL"  # team mode (app.store.engine)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _font(path: Path) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": path.name, "path": str(path), "ok": False, "size": 0}
    try:
        with open(path, "rb") as fh:
            head = fh.read(4)
        entry["size"] = path.stat().st_size
    except OSError as exc:
        entry["problem"] = f"font {path.name} cannot be read: {exc.strerror or exc}"
        return entry
    if head not in FONT_MAGIC:
        entry["problem"] = f"font {path.name} is not a TrueType/OpenType file ({path})"
        return entry
    entry["ok"] = True
    return entry


def check_fonts() -> dict[str, Any]:
    """The interface's fonts (as app.ui.theme loads them) and the report's (Amiri)."""
    from app.reports.monthly import FONTS_DIR
    from app.resources import resource_path

    problems: list[str] = []
    try:
        from app.ui.theme import UI_FONTS as ui_fonts  # loads Qt's GUI libraries, as the GUI does
    except ImportError as exc:
        problems.append(f"Qt's GUI libraries cannot be loaded: {exc}")
        ui_fonts = ()
    wanted = [resource_path("fonts", name) for name in ui_fonts]
    wanted += [FONTS_DIR / name for name in REPORT_FONTS]
    found = []
    for path in wanted:
        if not path.is_file():
            problems.append(f"font {path.name} is missing ({path})")
            continue
        entry = _font(path)
        if not entry["ok"]:
            problems.append(entry.pop("problem"))
        found.append(entry)
    return {"folder": str(resource_path("fonts")), "found": found, "problems": problems}


def check_translations() -> dict[str, Any]:
    """Bayan's compiled Arabic translation and Qt's own, loaded with QTranslator as the GUI does
    (app.ui.i18n), which needs no application object."""
    from app.resources import resource_path

    problems: list[str] = []
    found: list[dict[str, str]] = []
    try:
        from PySide6.QtCore import QLibraryInfo, QTranslator
    except ImportError as exc:
        return {"found": [], "problems": [f"Qt cannot be loaded: {exc}"]}
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("bayan_ar", str(resource_path("i18n"))), ("qtbase_ar", qt_dir)):
        path = Path(folder) / f"{name}.qm"
        translator = QTranslator()
        if translator.load(str(path)) and not translator.isEmpty():
            found.append({"name": f"{name}.qm", "path": str(path)})
        elif path.is_file():
            problems.append(f"translation {name}.qm cannot be loaded ({path})")
        else:
            problems.append(f"translation {name}.qm is missing ({path})")
    return {"found": found, "problems": problems}


def check_schema() -> dict[str, Any]:
    """The schema head this version writes, and the migration scripts Alembic finds."""
    from app.store import schema

    result: dict[str, Any] = {
        "head": schema.SCHEMA_HEAD,
        "scripts": str(schema.MIGRATIONS_DIR),
        "revisions": [],
        "problems": [],
    }
    try:
        revisions = sorted(schema.known_revisions())
    except Exception as exc:  # Alembic could not load the scripts: a broken install or bundle
        result["problems"].append(f"the migration scripts cannot be loaded: {exc}")
        return result
    result["revisions"] = revisions
    if schema.SCHEMA_HEAD not in revisions:
        result["problems"].append(
            f"the migration scripts in {schema.MIGRATIONS_DIR} do not reach schema "
            f"{schema.SCHEMA_HEAD}"
        )
    return result


def check_workspace(cli_value: str | None, known: list[str], server: bool) -> dict[str, Any]:
    """Where the workspace is and its schema, read without opening (nor migrating) it;
    ``known`` are the revisions of the migration scripts. With ``server`` (team mode) the
    records are on the server and its bayan.db, if any, is not read."""
    from app.store import schema
    from app.store.workspace import Workspace

    try:
        ws = Workspace.resolve(cli_value)
    except BayanError as exc:
        return {"path": None, "state": "unusable", "revision": None, "problems": [str(exc)]}
    result: dict[str, Any] = {"path": str(ws.root), "revision": None, "problems": []}
    if server:
        result["state"] = "server"
        return result
    if not ws.db_path.is_file():
        result["state"] = "none"  # Bayan makes one there when it is first opened
        return result
    try:
        revision = schema.read_revision(ws.db_path)
    except BayanError as exc:
        result["state"] = "unreadable"
        result["problems"].append(str(exc))
        return result
    result["revision"] = revision
    if revision == schema.SCHEMA_HEAD:
        result["state"] = "current"
    elif revision is None or revision in known:
        result["state"] = "older"  # migrated (after a backup) when next opened
    else:
        result["state"] = "newer"
        result["problems"].append(
            f"the workspace's schema {revision} is newer than this Bayan's {schema.SCHEMA_HEAD}: "
            "install the newer Bayan that wrote it"
        )
    return result


def check_team_mode() -> dict[str, Any]:
    """Whether ``BAYAN_DATABASE_URL`` is set (its value, which may hold a password, is never
    shown) and whether the PostgreSQL driver loads; doctor does not connect to the server."""
    url_set = bool(os.environ.get(DATABASE_URL_VAR, "").strip())
    result: dict[str, Any] = {"url_set": url_set, "driver": "", "available": False, "reason": ""}
    try:
        import psycopg
        from sqlalchemy.dialects import registry

        registry.load("postgresql.psycopg")
        result["driver"] = f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__})"
        result["available"] = True
    except Exception as exc:  # not installed, or its C library missing from a bundle
        result["reason"] = f"{type(exc).__name__}: {exc}"
    result["problems"] = []
    if url_set and not result["available"]:
        result["problems"].append(
            f"{DATABASE_URL_VAR} is set but the PostgreSQL driver cannot be loaded: "
            + result["reason"]
        )
    return result


def check_keyring() -> dict[str, Any]:
    """The keyring backend keyring picked here and whether it answers a read. Unavailable is
    reported, not a problem of the installation: Bayan then shows the vault as unavailable."""
    from app.secrets.store import KeyringSecretStore

    status = KeyringSecretStore(KEYRING_PROBE_SERVICE).status()
    return {"backend": status.backend, "available": status.available, "reason": status.reason}


def diagnose(workspace: str | None = None) -> dict[str, Any]:
    """Every check; ``problems`` lists what is wrong with the installation or the workspace."""
    from PySide6 import __version__ as pyside_version

    report: dict[str, Any] = {
        "version": __version__,
        "frozen": is_frozen(),
        "python": ".".join(map(str, sys.version_info[:3])),
        "qt": pyside_version,
        "executable": sys.executable,
        "schema": check_schema(),
        "keyring": check_keyring(),
        "team_mode": check_team_mode(),
        "fonts": check_fonts(),
        "translations": check_translations(),
    }
    report["workspace"] = check_workspace(
        workspace, report["schema"]["revisions"], report["team_mode"]["url_set"]
    )
    report["problems"] = [
        problem
        for part in ("schema", "workspace", "team_mode", "fonts", "translations")
        for problem in report[part]["problems"]
    ]
    return report


def render(report: dict[str, Any]) -> str:
    """The report as a few lines of plain English."""
    schema = report["schema"]
    ws = report["workspace"]
    keyring = report["keyring"]
    fonts = report["fonts"]
    translations = report["translations"]
    lines = [
        f"bayan {report['version']} ({'frozen build' if report['frozen'] else 'from source'}), "
        f"Python {report['python']}, Qt {report['qt']}",
        f"schema: this version writes {schema['head']}; "
        f"{len(schema['revisions'])} migration scripts in {schema['scripts']}",
    ]
    workspace_states = {
        "none": "no workspace yet (one is made there when Bayan first opens it)",
        "current": f"schema {ws['revision']}, up to date",
        "older": f"schema {ws['revision'] or 'none'}, migrated to {schema['head']} "
        "(after a backup) when next opened",
        "newer": f"schema {ws['revision']}, newer than this version",
        "unreadable": "cannot be read",
        "unusable": "cannot be used",
        "server": "media here; the records are on the team-mode server",
    }
    lines.append(f"workspace: {ws['path'] or '-'}: {workspace_states[ws['state']]}")
    team = report["team_mode"]
    driver = team["driver"] if team["available"] else f"no PostgreSQL driver ({team['reason']})"
    if team["url_set"]:
        lines.append(
            f"team mode: on ({DATABASE_URL_VAR} is set: the records are on that PostgreSQL "
            f"server, not read here; media stay in the workspace); {driver}"
        )
    else:
        lines.append(f"team mode: off ({DATABASE_URL_VAR} is not set); {driver}")
    if keyring["available"]:
        lines.append(f"keyring: {keyring['backend']}: available")
    else:
        backend = keyring["backend"] or "no backend"
        lines.append(f"keyring: {backend}: unavailable: {keyring['reason']}")
    lines.append(
        f"fonts: {sum(f['ok'] for f in fonts['found'])} found in {fonts['folder']}: "
        + ", ".join(f["name"] for f in fonts["found"] if f["ok"])
    )
    lines.append(
        "translations: "
        + (", ".join(f"{t['name']} ({t['path']})" for t in translations["found"]) or "none")
    )
    if report["problems"]:
        lines.append(f"problems ({len(report['problems'])}):")
        lines.extend(f"  - {problem}" for problem in report["problems"])
    else:
        lines.append("problems: none")
    return "\n".join(lines)
