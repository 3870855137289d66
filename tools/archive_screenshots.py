"""Render the archive page offscreen, in Arabic and in English, into docs/screenshots/
(archive-ar.png, archive-en.png).

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/archive_screenshots.py WORKSPACE``
(a demo workspace: ``bayan demo --workspace WORKSPACE``). The demo's media records have no
files, so a handful of drawn images (shapes, saved as PNG in a temporary folder) are imported
first, given titles, alt texts, tags and an event, and one is attached to a draft: this CHANGES
the workspace (run it on a throwaway demo). Running it again finds them already imported.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF
from PySide6.QtWidgets import QDialog
from shots import application, arguments, windows

# (file name, title, Arabic alt text, English alt text, tags, drawing)
PICTURES = (
    (
        "opening-stage.png",
        "افتتاح أسبوع التوعية الانتخابية",
        "منصة الافتتاح وخلفها شعار الأسبوع وأمامها خمسة متحدثين",
        "The opening stage with the week's logo behind five speakers",
        ("افتتاح", "توعية"),
        "stage",
    ),
    (
        "turnout-chart.png",
        "إنفوغرافيك: نسب المشاركة",
        "مخطط أعمدة لنسب المشاركة في خمس دورات انتخابية",
        "Bar chart of turnout in five elections",
        ("إنفوغرافيك",),
        "bars",
    ),
    (
        "ballot-box.png",
        "صندوق الاقتراع الشفاف",
        "",
        "",
        ("اقتراع",),
        "ballot",
    ),
    (
        "workshop-hall.png",
        "ورشة تدريب الإعلاميين",
        "قاعة ورشة فيها طاولات مستديرة ومشاركون",
        "A workshop hall with round tables and participants",
        ("ورشة", "إعلام"),
        "tables",
    ),
    (
        "polling-map.png",
        "خريطة مراكز الاقتراع",
        "",
        "",
        ("خرائط",),
        "map",
    ),
    (
        "volunteers.png",
        "متطوعو الهيئة في الميدان",
        "متطوعان يوزعان منشورات التوعية في سوق شعبي",
        "Two volunteers hand out leaflets in a market",
        ("متطوعون",),
        "people",
    ),
)


def draw(kind: str, path: Path) -> Path:
    """A simple picture of ``kind`` (shapes only), 800 × 600, saved as PNG."""
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#e8eef3"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    if kind == "stage":
        p.fillRect(0, 380, 800, 220, QColor("#7c4a2d"))
        p.fillRect(120, 60, 560, 250, QColor("#0f5d6b"))
        p.setBrush(QColor("#f4c542"))
        p.drawEllipse(QPointF(400, 185), 80, 80)
        for x in (160, 280, 400, 520, 640):
            p.setBrush(QColor("#1f2933"))
            p.drawEllipse(QPointF(x, 330), 26, 26)
            p.drawRoundedRect(QRectF(x - 34, 356, 68, 110), 18, 18)
    elif kind == "bars":
        p.fillRect(0, 0, 800, 600, QColor("#ffffff"))
        for i, height in enumerate((220, 310, 260, 380, 450)):
            p.fillRect(110 + i * 125, 520 - height, 80, height, QColor("#1d4ed8"))
        p.fillRect(80, 520, 660, 6, QColor("#1f2933"))
    elif kind == "ballot":
        p.fillRect(0, 430, 800, 170, QColor("#c3cad3"))
        p.setBrush(QColor(200, 230, 255, 200))
        p.drawRect(250, 200, 300, 260)
        p.fillRect(330, 196, 140, 10, QColor("#1f2933"))
        p.setBrush(QColor("#ffffff"))
        p.drawPolygon(
            QPolygonF([QPointF(360, 80), QPointF(450, 90), QPointF(430, 200), QPointF(345, 190)])
        )
    elif kind == "tables":
        p.fillRect(0, 0, 800, 600, QColor("#f1e6d6"))
        for cx, cy in ((200, 200), (560, 200), (380, 420)):
            p.setBrush(QColor("#8b5e34"))
            p.drawEllipse(QPointF(cx, cy), 90, 60)
            p.setBrush(QColor("#0f5d6b"))
            for dx, dy in ((-110, 0), (110, 0), (0, -80), (0, 80)):
                p.drawEllipse(QPointF(cx + dx, cy + dy), 22, 22)
    elif kind == "map":
        p.fillRect(0, 0, 800, 600, QColor("#d9f0e3"))
        p.setBrush(QColor("#9ccfb0"))
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(150, 80),
                    QPointF(620, 60),
                    QPointF(700, 380),
                    QPointF(420, 560),
                    QPointF(120, 420),
                ]
            )
        )
        p.setBrush(QColor("#b91c1c"))
        for x, y in ((300, 200), (480, 260), (390, 420), (560, 160), (240, 340)):
            p.drawEllipse(QPointF(x, y), 14, 14)
    else:
        p.fillRect(0, 360, 800, 240, QColor("#c9b79c"))
        for x, colour in ((300, "#15803d"), (500, "#b45309")):
            p.setBrush(QColor("#8d5524"))
            p.drawEllipse(QPointF(x, 170), 50, 50)
            p.setBrush(QColor(colour))
            p.drawRoundedRect(QRectF(x - 70, 225, 140, 260), 40, 40)
    p.end()
    image.save(str(path))
    return path


def prepare(page) -> int | None:  # type: ignore[no-untyped-def]
    """Import the drawn pictures (once) with their details; the id of the one to show."""
    archive = page.archive
    folder = Path(tempfile.mkdtemp(prefix="bayan-archive-shots-"))
    paths = [draw(kind, folder / name) for name, *_rest, kind in PICTURES]
    report = archive.import_files(paths)
    ids = report.imported + [media_id for _path, media_id in report.duplicates]
    events = page.context.posts().lookups().events
    for media_id, (_name, title, alt_ar, alt_en, tags, _kind) in zip(ids, PICTURES, strict=True):
        if media_id not in report.imported:
            continue
        archive.update(
            media_id,
            title=title,
            alt_ar=alt_ar,
            alt_en=alt_en,
            credit="قسم الإعلام الرقمي",
            licence="ملك الهيئة" if alt_ar else "",
            event_id=events[0].id if events and tags[0] in ("افتتاح", "ورشة") else None,
            has_identifiable_people=tags[0] in ("افتتاح", "متطوعون"),
        )
        archive.set_tags(media_id, list(tags))
    shown = ids[0] if ids else None
    if shown is not None and shown in report.imported:
        # A draft that uses the picture, for the "posts using it" list.
        drafts = [
            use
            for item in archive.items()[:200]
            for use in archive.detail(item.id).posts
            if use.state == "draft"
        ]
        if drafts:
            try:
                page.context.posts().attach_media(drafts[0].post_id, paths[0])
            except Exception as exc:  # the screenshot goes on without it
                print("not attached:", exc)
    page.reload()
    return shown


def main() -> int:
    args = arguments()
    app = application()
    shown: int | None = None
    for language, window in windows(app, args.workspace):
        window.resize(1280, 800)
        window.show()
        window.navigation.setCurrentRow(window.page_factories.index(window._make_archive))
        page = window.archive
        page.run_dialog = lambda dialog: int(QDialog.DialogCode.Accepted)
        if shown is None:
            shown = prepare(page)
        if shown is not None:
            page.select_item(shown)
        # Let the thumbnails on screen arrive.
        for _ in range(200):
            app.processEvents()
            page.grid.viewport().update()
            if page.thumbnails_pending() == 0 and page.loader.requested:
                app.processEvents()
                break
            import time

            time.sleep(0.02)
        app.processEvents()
        path = args.out / f"archive-{language}.png"
        window.grab().save(str(path))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
