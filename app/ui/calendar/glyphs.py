"""Small painted glyphs for posts: a letter badge per platform and a shape per post state.

Not brand logos: each platform gets a plain badge with one or two letters, and each glyph always
comes with its name in text nearby (a tooltip, a legend, an accessible name). State markers give
every state its own shape as well as its colour, so a state never depends on colour alone.
Pixmaps are painted once per size and screen scale and kept, so a month of posts paints quickly.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from app.core.domain import Platform, PostState
from app.ui.labels import POST_STATE_COLOURS

# Letters and background of each platform's badge; white letters at 4.5:1 or better on each.
PLATFORM_BADGES: dict[str, tuple[str, str]] = {
    Platform.FACEBOOK: ("Fb", "#1d4ed8"),
    Platform.X: ("X", "#111827"),
    Platform.INSTAGRAM: ("Ig", "#be185d"),
    Platform.YOUTUBE: ("Yt", "#b91c1c"),
    Platform.LINKEDIN: ("in", "#0e7490"),
    Platform.TIKTOK: ("Tk", "#6d28d9"),
    Platform.THREADS: ("Th", "#374151"),
    Platform.WEBSITE: ("W", "#166534"),
}
_UNKNOWN_BADGE = ("?", "#4b5563")

_badges: dict[tuple[str, int, float], QPixmap] = {}
_markers: dict[tuple[str, int, float], QPixmap] = {}


def _ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


def badge_width(name: str, height: int) -> int:
    letters = PLATFORM_BADGES.get(name, _UNKNOWN_BADGE)[0]
    return height if len(letters) == 1 else round(height * 1.35)


def platform_badge(name: str, height: int) -> QPixmap:
    """A rounded badge ``height`` pixels high with the platform's letters."""
    ratio = _ratio()
    key = (name, height, ratio)
    cached = _badges.get(key)
    if cached is not None:
        return cached
    letters, colour = PLATFORM_BADGES.get(name, _UNKNOWN_BADGE)
    width = badge_width(name, height)
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0, 0, width, height), height * 0.25, height * 0.25)
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    font.setPixelSize(max(6, round(height * 0.62)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    _badges[key] = pixmap
    return pixmap


def platform_icon(name: str, height: int = 14) -> QIcon:
    return QIcon(platform_badge(name, height))


def state_marker(state: str, size: int) -> QPixmap:
    """The state's shape in the state's colour: draft an open circle, in review a half-filled
    circle, changes requested a triangle, approved a tick, published a filled circle, archived
    a square, withdrawn a cross."""
    ratio = _ratio()
    key = (state, size, ratio)
    cached = _markers.get(key)
    if cached is not None:
        return cached
    colour = QColor(POST_STATE_COLOURS.get(state, "#4b5563"))  # type: ignore[call-overload]
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.5, size / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    m = size * 0.12
    box = QRectF(m, m, size - 2 * m, size - 2 * m)
    if state == PostState.DRAFT:
        painter.setPen(pen)
        painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
    elif state == PostState.IN_REVIEW:
        painter.setPen(pen)
        inner = box.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawEllipse(inner)
        half = QPainterPath()
        half.moveTo(inner.center())
        half.arcTo(inner, 90, 180)
        half.closeSubpath()
        painter.fillPath(half, colour)
    elif state == PostState.CHANGES_REQUESTED:
        path = QPainterPath()
        path.moveTo(box.center().x(), box.top())
        path.lineTo(box.right(), box.bottom())
        path.lineTo(box.left(), box.bottom())
        path.closeSubpath()
        painter.fillPath(path, colour)
    elif state == PostState.APPROVED:
        painter.setPen(QPen(colour, max(2.0, size / 5), c=Qt.PenCapStyle.RoundCap))
        painter.drawPolyline(
            [
                QPointF(box.left(), box.center().y()),
                QPointF(box.left() + box.width() * 0.38, box.bottom() - box.height() * 0.1),
                QPointF(box.right(), box.top() + box.height() * 0.1),
            ]
        )
    elif state == PostState.PUBLISHED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
    elif state == PostState.ARCHIVED:
        painter.fillRect(box.adjusted(0.5, 0.5, -0.5, -0.5), colour)
    else:  # withdrawn, and anything unknown
        painter.setPen(QPen(colour, max(2.0, size / 5), c=Qt.PenCapStyle.RoundCap))
        painter.drawLine(box.topLeft(), box.bottomRight())
        painter.drawLine(box.topRight(), box.bottomLeft())
    painter.end()
    _markers[key] = pixmap
    return pixmap


def state_icon(state: str, size: int = 12) -> QIcon:
    return QIcon(state_marker(state, size))
