"""Render the retention preview (inquiries past the retention period, to be anonymised) offscreen,
in Arabic and in English, into docs/screenshots/.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/inquiry_settings_screenshots.py``

By default it makes a demo workspace in a temporary folder (what ``bayan demo --workspace DIR``
makes, with the demo's "today" fixed, and the preview worked out for a fixed moment, so the
pictures do not change from run to run). ``--workspace DIR`` uses a demo workspace made before
with ``bayan demo``, as of now. Nothing is anonymised: the dialog is only shown. It saves
``retention-ar.png`` and ``retention-en.png``; with ``--also DIR`` it also renders the inquiry
group of Settings, the person-request dialog and the saved replies into DIR, for a look.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services.demo import generate_demo  # noqa: E402
from app.services.workspace import open_workspace  # noqa: E402
from app.store.fastread import FastReader  # noqa: E402
from app.store.workspace import Workspace  # noqa: E402
from app.ui import i18n, theme  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.launch import set_names  # noqa: E402

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)  # 12:30 in Amman


def _context(workspace: Workspace, language: str) -> AppContext:
    languages = i18n.LanguageManager()
    languages.apply(language)
    return AppContext(workspace, FastReader(workspace.db_path), languages, "Asia/Amman")


def shoot_retention(
    workspace: Workspace, language: str, now: dt.datetime | None, path: Path
) -> int:
    from app.ui.inquiries.retention import RetentionDialog

    context = _context(workspace, language)
    try:
        dialog = RetentionDialog(context, now=now)
        dialog.resize(900, 620)
        dialog.show()
        QApplication.processEvents()
        if dialog.rows:
            dialog.table.selectRow(0)
        QApplication.processEvents()
        dialog.grab().save(str(path))
        count = len(dialog.rows)
        dialog.reject()
        return count
    finally:
        context.close()


def shoot_others(workspace: Workspace, language: str, out: Path) -> None:
    from app.ui.inquiries.person import PersonRequestDialog
    from app.ui.inquiries.replies import SavedRepliesDialog
    from app.ui.pages.settings import SettingsPage

    context = _context(workspace, language)
    try:
        page = SettingsPage(context)
        page.resize(1100, 900)
        page.show()
        QApplication.processEvents()
        page.inquiries_box.grab().save(str(out / f"inquiry-settings-{language}.png"))
        page.close()

        person = PersonRequestDialog(context)
        person.show()
        person.search_edit.setText("سارة" if language == "ar" else "Sarah")
        person.search()
        QApplication.processEvents()
        person.grab().save(str(out / f"person-request-{language}.png"))
        person.reject()

        replies = SavedRepliesDialog(context)
        replies.show()
        QApplication.processEvents()
        replies.grab().save(str(out / f"saved-replies-{language}.png"))
        replies.dirty = False
        replies.reject()
        QApplication.processEvents()
    finally:
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--workspace", type=Path, help="a demo workspace made by `bayan demo`")
    parser.add_argument("--also", type=Path, help="also render the other inquiry dialogs here")
    args = parser.parse_args()
    set_names()
    app = QApplication(sys.argv[:1])
    theme.install(app)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bayan-shots-") as tmp:
        if args.workspace is not None:
            workspace, now = Workspace(args.workspace), None
        else:
            workspace, now = Workspace(Path(tmp) / "demo"), NOW
            opened = open_workspace(workspace, create=True)
            try:
                generate_demo(opened, today=TODAY)
            finally:
                opened.close()
        for language in ("ar", "en"):
            path = args.out / f"retention-{language}.png"
            count = shoot_retention(workspace, language, now, path)
            print(f"{path} ({count} inquiries due)")
        if args.also is not None:
            args.also.mkdir(parents=True, exist_ok=True)
            for language in ("ar", "en"):
                shoot_others(workspace, language, args.also)
                print(args.also / f"*-{language}.png")
    i18n.LanguageManager().apply("en")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
