"""Draw Bayan's application icon (resources/icons/bayan.png and bayan.ico) with the bundled font.

Run once after changing the design:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icon.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
)

ROOT = Path(__file__).resolve().parent.parent


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#0f5d6b"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # A speech bubble: what the office says to the public.
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(40 * s, 46 * s, 176 * s, 128 * s), 36 * s, 36 * s)
    tail = QPainterPath()
    tail.moveTo(QPointF(150 * s, 166 * s))
    tail.lineTo(QPointF(182 * s, 214 * s))
    tail.lineTo(QPointF(186 * s, 160 * s))
    tail.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(bubble.united(tail))
    font = QFont("Noto Sans Arabic UI")
    font.setBold(True)
    font.setPixelSize(int(120 * s))
    p.setFont(font)
    p.setPen(QColor("#0f5d6b"))
    p.drawText(QRectF(40 * s, 30 * s, 176 * s, 150 * s), Qt.AlignmentFlag.AlignCenter, "ب")
    p.end()
    return image


def main() -> None:
    app = QGuiApplication([])
    for name in ("NotoSansArabicUI-Bold.ttf",):
        QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / name))
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(out / "bayan.png"))
    draw(256).save(str(out / "bayan.ico"))
    del app


if __name__ == "__main__":
    main()
