"""Render the post editor offscreen, in Arabic and in English, into docs/screenshots/.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/editor_screenshots.py``

It makes a demo workspace in a temporary folder (the demo's "today" is fixed, so the pictures
do not change from run to run), adds one draft with a decorative tatweel, a run-together Latin
hashtag and a URL, opens it in the editor with the hashtag finding selected, and saves
``editor-ar.png`` and ``editor-en.png``.
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
from app.services.posts import PostFields  # noqa: E402
from app.services.workspace import open_workspace  # noqa: E402
from app.store.fastread import FastReader  # noqa: E402
from app.store.workspace import Workspace  # noqa: E402
from app.ui import i18n, theme  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.launch import set_names  # noqa: E402

TEXT_AR = (
    "تبدأ الهيئة المستقلة للانتخاب اليوم استقبال طلبات التسجيــل للناخبين الجدد حتى نهاية "
    "الشهر. التفاصيل على الموقع https://www.iec.jo/ar/registration #electioncommission"
)
TEXT_EN = (
    "The Independent Election Commission opens voter registration today until the end of the "
    "month. Details: https://www.iec.jo/en/registration #electioncommission"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    set_names()
    app = QApplication(sys.argv[:1])
    theme.install(app)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bayan-shots-") as tmp:
        workspace = Workspace(Path(tmp) / "demo")
        opened = open_workspace(workspace, create=True)
        try:
            generate_demo(opened, today=dt.date(2026, 11, 24))
        finally:
            opened.close()
        for language in ("ar", "en"):
            path = args.out / f"editor-{language}.png"
            shoot(workspace, language, path)
            print(path)
    i18n.LanguageManager().apply("en")
    return 0


def shoot(workspace: Workspace, language: str, path: Path) -> None:
    from app.ui.editor.window import PostEditor

    languages = i18n.LanguageManager()
    languages.apply(language)
    context = AppContext(workspace, FastReader(workspace.db_path), languages, "Asia/Amman")
    try:
        service = context.posts()
        lookups = service.lookups()
        post = service.create(
            PostFields(
                title="إعلان مواعيد التسجيل",
                title_en="Registration dates",
                pillar_id=lookups.pillars[0].id if lookups.pillars else None,
                campaign_id=lookups.campaigns[0].id if lookups.campaigns else None,
                platforms=("facebook", "x", "instagram"),
                scheduled_at=dt.datetime(2026, 12, 3, 7, 0, tzinfo=dt.UTC),
                text_ar=TEXT_AR,
                text_en=TEXT_EN,
            )
        )
        editor = PostEditor(context, post.id)
        editor.resize(*PostEditor.DEFAULT_SIZE)
        editor.show()
        QApplication.processEvents()
        row = editor.checklist.row_of("A11Y-HASH-1", "text_ar")
        if row >= 0:
            editor.checklist.view.setCurrentIndex(editor.checklist.model.index(row))
        QApplication.processEvents()
        editor.grab().save(str(path))
        editor.close()
        QApplication.processEvents()
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
