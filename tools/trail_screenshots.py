"""Render a post's audit trail and the publication records dialog offscreen, in Arabic and in
English, into docs/screenshots/.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/trail_screenshots.py``

It makes a demo workspace in a temporary folder (the demo's "today" is fixed, and so is the
clock the dialogs read, so the pictures do not change from run to run) and saves:

- ``audit-trail-ar.png``, ``audit-trail-en.png``: the trail of the published demo post whose story
  is the longest (submitted, sent back with a comment, submitted again, approved, recorded per
  platform, published), the chain verified and its anchor;
- ``publication-ar.png``, ``publication-en.png``: an approved demo post with one platform
  recorded, one refused inline (a URL on another platform's domain) and the rest still to do.
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
            generate_demo(opened, today=TODAY)
        finally:
            opened.close()
        trail_post, approved_post = pick_posts(workspace)
        for language in ("ar", "en"):
            path = args.out / f"audit-trail-{language}.png"
            shoot_trail(workspace, language, trail_post, path)
            print(path)
        for language in ("ar", "en"):
            path = args.out / f"publication-{language}.png"
            # Recorded once; the second language's picture reads the record back.
            shoot_publication(workspace, language, approved_post, path, language == "ar")
            print(path)
    i18n.LanguageManager().apply("en")
    return 0


def _context(workspace: Workspace, language: str) -> AppContext:
    languages = i18n.LanguageManager()
    languages.apply(language)
    return AppContext(workspace, FastReader(workspace.db_path), languages, "Asia/Amman")


def pick_posts(workspace: Workspace) -> tuple[int, int]:
    """The published post with the longest trail that was sent back once, and an approved post
    going out on three platforms or more (the first found, by id)."""
    context = _context(workspace, "en")
    try:
        audit = context.audit()
        best: tuple[int, int] | None = None
        approved: int | None = None
        for row in context.reader.post_list(_all_posts(), limit=100_000):
            post_id, state = int(row[0]), row[1]
            if state == "published":
                trail = audit.trail("post", post_id)
                actions = [entry.action for entry in trail]
                score = len(trail) + (10 if "post.changes_requested" in actions else 0)
                if best is None or score > best[0] or (score == best[0] and post_id < best[1]):
                    best = (score, post_id)
            elif (
                state == "approved"
                and len((row[3] or "").split(",")) >= 3
                and (approved is None or post_id < approved)
            ):
                approved = post_id
        assert best is not None and approved is not None, "the demo has no such posts"
        return best[1], approved
    finally:
        context.close()


def _all_posts():  # type: ignore[no-untyped-def]
    from app.core.filters import PostFilter

    return PostFilter()


def shoot_trail(workspace: Workspace, language: str, post_id: int, path: Path) -> None:
    from app.ui.audit_trail import AuditTrailDialog

    context = _context(workspace, language)
    try:
        dialog = AuditTrailDialog(context, "post", post_id)
        dialog.resize(1000, 620)
        dialog.show()
        QApplication.processEvents()
        # The approval selected: its full content hash shows below the table.
        for row, entry in enumerate(dialog.entries):
            if entry.action == "post.approved":
                dialog.table.setCurrentCell(row, 0)
        QApplication.processEvents()
        dialog.grab().save(str(path))
        dialog.close()
        QApplication.processEvents()
    finally:
        context.close()


def shoot_publication(
    workspace: Workspace, language: str, post_id: int, path: Path, record: bool
) -> None:
    from app.ui.editor.publication import PublicationDialog

    context = _context(workspace, language)
    try:
        dialog = PublicationDialog(context, post_id, clock=lambda: NOW)
        platforms = list(dialog.rows)
        first, second = platforms[0], platforms[1]
        if record:
            dialog.rows[first].url.setText(_url(first, "good"))
            dialog.record(first)
        dialog.rows[second].url.setText(_url(first, "wrong"))
        dialog.record(second)
        dialog.adjustSize()
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(path))
        dialog.close()
        QApplication.processEvents()
    finally:
        context.close()


def _url(platform: str, kind: str) -> str:
    """A plausible live-post address on ``platform`` (a "wrong" one is used on another row)."""
    urls = {
        "facebook": "https://www.facebook.com/iec.jo/posts/pfbid02kq81",
        "x": "https://x.com/IECJordan/status/1861234567890",
        "instagram": "https://www.instagram.com/p/DCx81kLtQ2a/",
        "youtube": "https://www.youtube.com/watch?v=Qx81kLtQ2a",
        "linkedin": "https://www.linkedin.com/posts/iec-jordan_8123",
        "tiktok": "https://www.tiktok.com/@iec.jo/video/7441234567",
        "threads": "https://www.threads.net/@iecjordan/post/DCx81k",
        "website": "https://www.iec.jo/ar/news/2026-11-24",
    }
    return urls.get(platform, urls["website"])


if __name__ == "__main__":
    sys.exit(main())
