"""The month and week grids: one widget that paints every day cell itself.

A month of the large workspace holds over a thousand posts; a child widget per post would take
far longer than a frame to build and lay out. This widget paints the days, the first few posts
of each day (state marker, platform badges, title), a "+k more" line for the rest, and the
events and quiet periods as bands across the days they cover. Hit-testing uses the same layout
as painting, so a click, a double-click, a drop or a tooltip finds what is drawn there.

Keyboard: the arrows move the focused day (mirrored when the layout is right to left), Page Up
and Page Down move a month (a week in the week view), Home goes to today, Enter opens the day's
first post (or a new post), Space lists all the day's posts. The focused day's summary is the
widget's accessible description, updated as the focus moves.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QEvent,
    QLocale,
    QMimeData,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QPixmap,
    QStaticText,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from app.core.domain import PostState
from app.services.calendar import Band, CalendarData, CalendarPost
from app.ui import labels, theme
from app.ui.calendar.glyphs import badge_width, platform_badge, state_marker
from app.ui.i18n import Retranslating

MIME_POST = "application/x-bayan-post-id"
_DAY = dt.timedelta(days=1)
_ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
_V_CENTER = Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute

EVENT_COLOUR = "#0f5d6b"  # white text on it: 7.5:1
QUIET_COLOUR = "#7f1d1d"  # white text on it: 10:1; quiet periods are also hatched
TODAY_COLOUR = theme.ACCENT
FOCUS_COLOUR = theme.FOCUS
OUTSIDE_BACKGROUND = "#e9edf1"
FOCUSED_BACKGROUND = "#e6f2f4"

_LEFT_V = _LEFT | _V_CENTER
_RIGHT_V = _RIGHT | _V_CENTER
_C_WINDOW = QColor(theme.WINDOW)
_C_SURFACE = QColor(theme.SURFACE)
_C_TEXT = QColor(theme.TEXT)
_C_MUTED = QColor(theme.MUTED_TEXT)
_C_ACCENT = QColor(theme.ACCENT)
_C_BORDER = QColor(theme.BORDER)
_C_FOCUS = QColor(FOCUS_COLOUR)
_C_TODAY = QColor(TODAY_COLOUR)
_C_OUTSIDE = QColor(OUTSIDE_BACKGROUND)
_C_FOCUSED = QColor(FOCUSED_BACKGROUND)
_C_EVENT = QColor(EVENT_COLOUR)
_C_QUIET = QColor(QUIET_COLOUR)
_C_WHITE = QColor("#ffffff")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def post_id_from_mime(mime: QMimeData) -> int | None:
    """The post a drag carries, or None when it carries something else."""
    if not mime.hasFormat(MIME_POST):
        return None
    try:
        return int(bytes(mime.data(MIME_POST).data()).decode("ascii"))
    except ValueError:
        return None


def post_mime(post_id: int, title: str = "") -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_POST, QByteArray(str(post_id).encode("ascii")))
    if title:
        mime.setText(title)
    return mime


class Hit(NamedTuple):
    kind: str  # "post", "more", "band" or "day"
    day: dt.date
    post: CalendarPost | None = None
    band: Band | None = None


class _Placed(NamedTuple):
    band: Band
    lane: int
    first_col: int
    last_col: int


class _CellLayout(NamedTuple):
    lines: list[tuple[QRect, CalendarPost]]
    more: QRect | None
    hidden: int


class DayGrid(Retranslating, QWidget):
    """Days in rows of seven, first weekday on the leading side (the right in Arabic)."""

    postActivated = Signal(int)  # double-click on a post
    dayActivated = Signal(object)  # double-click on a day's free space: a new post that day
    focusRequested = Signal(object)  # the focus should move to this day (keys, clicks)
    enterPressed = Signal(object)  # Enter on the focused day
    moreRequested = Signal(object)  # "+k more", Space: every post of the day
    newRequested = Signal(object)  # "New post on this day" from the context menu
    postDropped = Signal(int, object)  # a post dragged onto a day

    MONTH_LANES = 2
    WEEK_LANES = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(420, 300)
        self.data: CalendarData | None = None
        self.month: dt.date | None = None  # first day of the month shown; None in the week view
        self.focused = dt.date.today()
        self.today = dt.date.today()
        self.english = True
        self.tz: dt.tzinfo = dt.UTC
        self.hijri_labels: dict[dt.date, str] = {}
        self.weekday_names: list[str] = [""] * 7
        self._rows = 0
        self._placed: list[list[_Placed]] = []
        self._lanes: list[int] = []
        self._numbers: dict[int, str] = {}
        self._times: dict[tuple[int, int], str] = {}
        self._press: tuple[QPoint, CalendarPost] | None = None
        self._drop_day: dt.date | None = None
        self._statics: dict[tuple[str, int], QStaticText] = {}
        self._badges: dict[str, tuple[QPixmap, int]] = {}
        self._markers: dict[str, QPixmap] = {}
        self._glyph_ratio = 0.0
        self._rtl = False
        self._lead = _LEFT_V
        self._trail = _RIGHT_V
        self._fonts()
        self.retranslate()

    # --- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if hasattr(self, "_statics"):
            self._statics.clear()  # numbers and words change with the language
        self.today_text = self.tr("Today")
        self._more_texts: dict[int, str] = {}
        self._numbers.clear()
        self._times.clear()
        self.setAccessibleName(self.tr("Calendar days"))
        self.update()

    def more_text(self, hidden: int) -> str:
        """The "+k more" line of a day with more posts than fit."""
        text = self._more_texts.get(hidden)
        if text is None:
            text = self._more_texts[hidden] = self.tr("+%Ln more", "", hidden)
        return text

    def number(self, value: int) -> str:
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = QLocale().toString(value)
        return text

    def clock(self, at: dt.datetime) -> str:
        key = (at.hour, at.minute)
        text = self._times.get(key)
        if text is None:
            text = self._times[key] = QLocale().toString(
                dt.time(at.hour, at.minute), QLocale.FormatType.ShortFormat
            )
        return text

    def _fonts(self) -> None:
        base = QFont(self.font())
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.small = QFont(base)
        self.small.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
        self.fm = QFontMetrics(base)
        self.fm_bold = QFontMetrics(self.bold)
        self.fm_small = QFontMetrics(self.small)
        self.line_h = max(self.fm.height(), 14) + 3
        self.badge_h = max(10, self.fm_small.height() - 2)
        self.marker = max(8, self.fm.height() - 6)
        # The narrowest advance of a visible character (Latin, Arabic, punctuation, space).
        self.narrow = max(1, min(self.fm.horizontalAdvance(c) for c in " il.,:;'!|ـا١"))
        self.lane_h = self.fm_small.height() + 2
        self.head_h = self.fm_bold.height() + 6
        # Fonts by number, for the cache of laid-out texts: 0 normal, 1 bold, 2 small.
        self._font_by_id = {0: base, 1: self.bold, 2: self.small}
        self._fm_by_id = {0: self.fm, 1: self.fm_bold, 2: self.fm_small}
        if hasattr(self, "_statics"):
            self._statics.clear()
            self._badges.clear()
            self._markers.clear()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.FontChange:
            self._fonts()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # --- data --------------------------------------------------------------------------------

    def set_data(
        self,
        data: CalendarData,
        *,
        month: dt.date | None,
        focused: dt.date,
        today: dt.date,
        english: bool,
        tz: dt.tzinfo,
        weekday_names: list[str],
        hijri_labels: dict[dt.date, str] | None = None,
    ) -> None:
        """Show ``data`` (whole weeks: its day count is a multiple of seven)."""
        self.data = data
        self.month = month
        self.focused = focused
        self.today = today
        self.english = english
        self.tz = tz
        self.weekday_names = weekday_names
        self.hijri_labels = hijri_labels or {}
        days = (data.last_day - data.first_day).days + 1
        self._rows = max(1, days // 7)
        self._place_bands()
        self.update()

    def set_focused(self, day: dt.date) -> None:
        old = self.focused
        self.focused = day
        self.update(self.cell_rect(old).adjusted(-2, -2, 2, 2))
        self.update(self.cell_rect(day).adjusted(-2, -2, 2, 2))

    @property
    def week_mode(self) -> bool:
        return self.month is None

    def _place_bands(self) -> None:
        """Give each band a lane in each week row it crosses (first come, first lane)."""
        assert self.data is not None
        first = self.data.first_day
        self._placed = [[] for _ in range(self._rows)]
        self._lanes = [0] * self._rows
        limit = self.WEEK_LANES if self.week_mode else self.MONTH_LANES
        for row in range(self._rows):
            row_first = first + 7 * row * _DAY
            row_last = row_first + 6 * _DAY
            ends: list[int] = []  # last column used in each lane
            for band in self.data.bands:
                if band.last_day < row_first or band.first_day > row_last:
                    continue
                c0 = max(0, (band.first_day - row_first).days)
                c1 = min(6, (band.last_day - row_first).days)
                lane = next((i for i, end in enumerate(ends) if end < c0), len(ends))
                if lane == len(ends):
                    ends.append(c1)
                else:
                    ends[lane] = c1
                if lane < limit:
                    self._placed[row].append(_Placed(band, lane, c0, c1))
            self._lanes[row] = min(len(ends), limit)

    # --- geometry ----------------------------------------------------------------------------

    def _column_x(self, col: int) -> tuple[int, int]:
        """Left and right x of a logical column (0 = first weekday), mirrored right to left."""
        visual = 6 - col if self.isRightToLeft() else col
        width = self.width()
        return round(visual * width / 7), round((visual + 1) * width / 7)

    def _row_y(self, row: int) -> tuple[int, int]:
        top = self.head_h
        height = self.height() - top
        return top + round(row * height / self._rows), top + round((row + 1) * height / self._rows)

    def cell_rect(self, day: dt.date) -> QRect:
        """Where ``day`` is drawn (an empty rect when it is not shown)."""
        if self.data is None or not self.data.first_day <= day <= self.data.last_day:
            return QRect()
        index = (day - self.data.first_day).days
        x0, x1 = self._column_x(index % 7)
        y0, y1 = self._row_y(index // 7)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def day_at(self, pos: QPoint) -> dt.date | None:
        if self.data is None or pos.y() < self.head_h:
            return None
        width = self.width()
        visual = min(6, max(0, int(pos.x() * 7 / max(1, width))))
        col = 6 - visual if self.isRightToLeft() else visual
        height = self.height() - self.head_h
        row = int((pos.y() - self.head_h) * self._rows / max(1, height))
        if not 0 <= row < self._rows:
            return None
        return self.data.first_day + (row * 7 + col) * _DAY

    def _band_rect(self, row: int, placed: _Placed) -> QRect:
        y0, _ = self._row_y(row)
        xa0, xa1 = self._column_x(placed.first_col)
        xb0, xb1 = self._column_x(placed.last_col)
        top = y0 + self.head_h + placed.lane * self.lane_h
        left, right = min(xa0, xb0), max(xa1, xb1)
        return QRect(left + 2, top, right - left - 4, self.lane_h - 2)

    def cell_layout(self, day: dt.date) -> _CellLayout:
        """The post lines drawn in ``day``'s cell and the "+k more" line, if any."""
        rect = self.cell_rect(day)
        if rect.isNull() or self.data is None:
            return _CellLayout([], None, 0)
        count = self.data.count_on(day)
        row = (day - self.data.first_day).days // 7
        top = rect.top() + self.head_h + self._lanes[row] * self.lane_h + 1
        room = max(0, (rect.bottom() - 2 - top) // self.line_h)
        if count <= room:
            shown, hidden = count, 0
        else:
            shown = max(0, room - 1)
            hidden = count - shown
        posts = self.data.posts_on(day, shown) if shown else []
        left, width = rect.left() + 3, rect.width() - 6
        lines = [
            (QRect(left, top + i * self.line_h, width, self.line_h - 1), post)
            for i, post in enumerate(posts)
        ]
        more = None
        if hidden:
            more = QRect(left, top + shown * self.line_h, width, self.line_h - 1)
        return _CellLayout(lines, more, hidden)

    def hit(self, pos: QPoint) -> Hit | None:
        day = self.day_at(pos)
        if day is None:
            return None
        layout = self.cell_layout(day)
        for rect, post in layout.lines:
            if rect.contains(pos):
                return Hit("post", day, post)
        if layout.more is not None and layout.more.contains(pos):
            return Hit("more", day)
        row = (day - self.data.first_day).days // 7  # type: ignore[union-attr]
        for placed in self._placed[row]:
            if self._band_rect(row, placed).contains(pos):
                return Hit("band", day, band=placed.band)
        return Hit("day", day)

    def post_rect(self, post_id: int) -> QRect | None:
        """Where a post's line is drawn (None when it is not drawn: not shown or under "+k")."""
        if self.data is None:
            return None
        day = self.data.day_of(post_id)
        if day is None:
            return None
        for rect, post in self.cell_layout(day).lines:
            if post.id == post_id:
                return rect
        return None

    def lines_per_day(self) -> int:
        """The most post lines a day shows at the present size (for reading their details at
        once, before painting)."""
        if self.data is None:
            return 0
        _y0, y1 = self._row_y(0)
        height = y1 - _y0
        fewest_lanes = min(self._lanes) if self._lanes else 0
        return max(0, (height - 3 - self.head_h - fewest_lanes * self.lane_h) // self.line_h)

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Paint every cell. Kept lean: a month of the large workspace is painted on every
        switch, inside the 16 ms budget (texts that recur are cached as QStaticText, glyphs as
        pixmaps, colours and alignments made once)."""
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        exposed = event.rect()
        if self.data is None:
            painter.fillRect(self.rect(), _C_WINDOW)
            painter.end()
            return
        painter.fillRect(QRect(0, 0, self.width(), self.head_h), _C_WINDOW)
        # The details of every post that can be drawn, in one query.
        self.data.prefetch(self.lines_per_day())
        rtl = self.isRightToLeft()
        self._rtl = rtl
        self._lead = _RIGHT_V if rtl else _LEFT_V
        self._trail = _LEFT_V if rtl else _RIGHT_V
        ratio = self.devicePixelRatioF()
        if ratio != self._glyph_ratio:
            self._glyph_ratio = ratio
            self._badges.clear()
            self._markers.clear()
        # Weekday names.
        painter.setPen(_C_TEXT)
        for col in range(7):
            x0, x1 = self._column_x(col)
            self._static_text(
                painter, QRect(x0, 0, x1 - x0, self.head_h), self.weekday_names[col], 1, center=True
            )
        day = self.data.first_day
        for _index in range(self._rows * 7):
            # Only the cells that need it (a move of the focus repaints two).
            if self.cell_rect(day).intersects(exposed):
                self._paint_cell(painter, day)
            day += _DAY
        for row in range(self._rows):
            for placed in self._placed[row]:
                self._paint_band(painter, row, placed, self._lead)
        if self._drop_day is not None:
            rect = self.cell_rect(self._drop_day).adjusted(2, 2, -2, -2)
            painter.setPen(QPen(_C_FOCUS, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        painter.end()

    def _static_text(
        self,
        painter: QPainter,
        rect: QRect,
        text: str,
        font: int,
        *,
        center: bool = False,
        trailing: bool = False,
    ) -> int:
        """Draw a recurring short text (day numbers, weekday names, "+k more") from a cache of
        laid-out texts; aligned to the leading side (or centred, or trailing) and centred
        vertically. Returns its width."""
        key = (text, font)
        static = self._statics.get(key)
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._font_by_id[font])
            self._statics[key] = static
        size = static.size()
        width = round(size.width())
        if center:
            x = rect.left() + (rect.width() - width) // 2
        elif self._rtl != trailing:
            x = rect.right() + 1 - width
        else:
            x = rect.left()
        painter.setFont(self._font_by_id[font])
        painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - size.height()) / 2), static)
        return width

    def _marker(self, state: str) -> QPixmap:
        pixmap = self._markers.get(state)
        if pixmap is None:
            pixmap = self._markers[state] = state_marker(state, self.marker)
        return pixmap

    def _badge(self, name: str) -> tuple[QPixmap, int]:
        badge = self._badges.get(name)
        if badge is None:
            badge = self._badges[name] = (
                platform_badge(name, self.badge_h),
                badge_width(name, self.badge_h),
            )
        return badge

    def _paint_cell(self, painter: QPainter, day: dt.date) -> None:
        rect = self.cell_rect(day)
        rtl = self._rtl
        month = self.month
        inside = month is None or (day.month == month.month and day.year == month.year)
        focused = day == self.focused
        painter.fillRect(rect, _C_FOCUSED if focused else _C_SURFACE if inside else _C_OUTSIDE)
        painter.setPen(_C_BORDER)
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        painter.drawLine(left, top, right, top)
        painter.drawLine(right, top, right, bottom)
        # Day number; today has a ring, a bold number and the word "Today".
        head = QRect(left + 4, top + 2, rect.width() - 8, self.head_h - 4)
        if self.week_mode or day.day == 1:
            number = QLocale().toString(_qdate(day), "d MMMM" if self.week_mode else "d MMM")
        else:
            number = self.number(day.day)
        is_today = day == self.today
        font = 1 if is_today or focused else 0
        if is_today:
            text_w = self.fm_bold.horizontalAdvance(number)
            ring_w = max(text_w + 10, head.height())
            ring_x = head.right() - ring_w if rtl else head.left()
            ring = QRectF(ring_x, head.top(), ring_w, head.height())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(_C_TODAY, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                ring.adjusted(1, 1, -1, -1), ring.height() / 2, ring.height() / 2
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(_C_TODAY)
            self._static_text(painter, ring.toRect(), number, font, center=True)
            used = ring_w + 4
        else:
            painter.setPen(_C_TEXT if inside else _C_MUTED)
            used = self._static_text(painter, head, number, font) + 6
        rest = head.adjusted(0 if rtl else used, 0, -used if rtl else 0, 0)
        hijri = self.hijri_labels.get(day, "")
        if hijri:
            painter.setPen(_C_MUTED)
            painter.setFont(self.small)
            hijri_w = min(self.fm_small.horizontalAdvance(hijri) + 2, max(0, rest.width() * 2 // 3))
            shown = self.fm_small.elidedText(hijri, Qt.TextElideMode.ElideRight, hijri_w)
            painter.drawText(rest, self._trail, shown)
            rest = rest.adjusted(hijri_w + 4 if rtl else 0, 0, 0 if rtl else -hijri_w - 4, 0)
        if is_today and rest.width() > self.fm_small.horizontalAdvance(self.today_text):
            painter.setPen(_C_TODAY)
            self._static_text(painter, rest, self.today_text, 2)
        # Posts.
        layout = self.cell_layout(day)
        if layout.lines:
            painter.setFont(self.font())
            for line, post in layout.lines:
                self._paint_post(painter, line, post)
        if layout.more is not None:
            painter.setPen(_C_ACCENT)
            self._static_text(painter, layout.more, self.more_text(layout.hidden), 1)
        if focused:
            painter.setPen(QPen(_C_FOCUS if self.hasFocus() else _C_ACCENT, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_post(self, painter: QPainter, line: QRect, post: CalendarPost) -> None:
        rtl = self._rtl
        left, top, width, height = line.left(), line.top(), line.width(), line.height()
        right = left + width - 1
        marker = self.marker
        painter.drawPixmap(
            right - marker if rtl else left, top + (height - marker) // 2, self._marker(post.state)
        )
        edge = 3 + marker
        if self.week_mode:
            clock = self.clock(post.at(self.tz))
            painter.setPen(_C_MUTED)
            clock_w = self._static_width(clock, 2) + 4
            box = QRect(right - edge - clock_w if rtl else left + edge, top, clock_w, height)
            self._static_text(painter, box, clock, 2)
            painter.setFont(self.font())
            edge += clock_w
        room = width - edge
        platforms = post.platforms
        # Badges leave the title room: fewer in narrow cells (the tooltip names them all).
        most = 3 if room > 180 else 2 if room > 110 else 1
        badge_y = top + (height - self.badge_h) // 2
        for name in platforms[:most]:
            pixmap, w = self._badge(name)
            if room - w < 30:
                break
            painter.drawPixmap(right - edge - w if rtl else left + edge, badge_y, pixmap)
            edge += w + 2
            room -= w + 2
        if len(platforms) > most and room > 90:
            # A left-to-right mark keeps the plus sign before the number in either direction.
            extra = "\u200e+" + self.number(len(platforms) - most)
            w = self._static_width(extra, 2) + 2
            painter.setPen(_C_MUTED)
            box = QRect(right - edge - w if rtl else left + edge, top, w, height)
            self._static_text(painter, box, extra, 2, center=True)
            painter.setFont(self.font())
            edge += w + 2
        edge += 2
        title_rect = QRect(left if rtl else left + edge, top, width - edge, height)
        title = post.display_title(self.english)
        room = width - edge
        # Eliding a long title costs twice as much as a short one: first cut it to the most
        # characters that could fit at the narrowest glyph's width, marked as cut.
        most_chars = room // self.narrow + 2
        if len(title) > most_chars:
            title = title[:most_chars] + "…"
        title = self.fm.elidedText(title, Qt.TextElideMode.ElideRight, room)
        painter.setPen(_C_TEXT)
        painter.drawText(title_rect, self._lead, title)

    def _static_width(self, text: str, font: int) -> int:
        static = self._statics.get((text, font))
        if static is not None:
            return round(static.size().width())
        return self._fm_by_id[font].horizontalAdvance(text)

    def _paint_band(
        self, painter: QPainter, row: int, placed: _Placed, lead: Qt.AlignmentFlag
    ) -> None:
        rect = self._band_rect(row, placed)
        quiet = placed.band.kind == "quiet"
        painter.fillRect(rect, _C_QUIET if quiet else _C_EVENT)
        if quiet:  # hatched as well as coloured: a quiet period is told apart without colour
            painter.fillRect(rect, QBrush(QColor(255, 255, 255, 70), Qt.BrushStyle.BDiagPattern))
        painter.setFont(self.small)
        painter.setPen(_C_WHITE)
        text_rect = rect.adjusted(4, 0, -4, 0)
        name = placed.band.name(self.english)
        painter.drawText(
            text_rect,
            lead,
            self.fm_small.elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width()),
        )

    # --- accessibility and tooltips ----------------------------------------------------------

    def summary(self, day: dt.date) -> str:
        """What is on ``day``, in words: the accessible description of the focused day."""
        date_text = QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)
        parts = [date_text]
        if day == self.today:
            parts[0] = self.tr("%1 (today)").replace("%1", date_text)
        if self.hijri_labels.get(day):
            parts.append(self.hijri_labels[day])
        counts = self.data.states_on(day) if self.data else {}
        if counts:
            total = sum(counts.values())
            by_state = ", ".join(
                f"{self.number(counts[s.value])} {labels.post_state(s.value)}"
                for s in PostState
                if s.value in counts
            )
            parts.append(self.tr("%Ln post(s): %1", "", total).replace("%1", by_state))
        else:
            parts.append(self.tr("no posts"))
        for band in self.data.bands_on(day) if self.data else []:
            kind = self.tr("Quiet period") if band.kind == "quiet" else self.tr("Event")
            parts.append(f"{kind}: {band.name(self.english)}")
        return ". ".join(parts)

    def announce(self) -> None:
        """Make the focused day's summary the accessible description and tell assistive tools."""
        self.setAccessibleDescription(self.summary(self.focused))
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )

    def post_tooltip(self, post: CalendarPost) -> str:
        at = post.at(self.tz)
        when = QLocale().toString(_qdate(at.date()), QLocale.FormatType.ShortFormat)
        separator = "، " if not self.english else ", "
        lines = [
            post.display_title(self.english),
            f"{when} {self.clock(at)}",
            self.tr("State: %1").replace("%1", labels.post_state(post.state)),
            self.tr("Platforms: %1").replace(
                "%1", separator.join(labels.platform(p) for p in post.platforms) or "—"
            ),
        ]
        return "\n".join(lines)

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.ToolTip:
            hit = self.hit(event.pos())
            text = ""
            if hit is not None and hit.post is not None:
                text = self.post_tooltip(hit.post)
            elif hit is not None and hit.band is not None:
                kind = self.tr("Quiet period") if hit.band.kind == "quiet" else self.tr("Event")
                text = f"{kind}: {hit.band.name(self.english)}"
            elif hit is not None and hit.kind == "more":
                text = self.tr("Show every post of this day (Space)")
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from app.services.calendar import add_months

        key = event.key()
        K = Qt.Key
        mods = event.modifiers()
        day = self.focused
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        if key in (K.Key_Left, K.Key_Right):
            forward = (key == K.Key_Right) != self.isRightToLeft()
            self.focusRequested.emit(day + (_DAY if forward else -_DAY))
        elif key == K.Key_Up:
            self.focusRequested.emit(day - 7 * _DAY)
        elif key == K.Key_Down:
            self.focusRequested.emit(day + 7 * _DAY)
        elif key in (K.Key_PageUp, K.Key_PageDown):
            forward = key == K.Key_PageDown
            if self.week_mode:
                self.focusRequested.emit(day + (7 if forward else -7) * _DAY)
            else:
                self.focusRequested.emit(add_months(day, 1 if forward else -1))
        elif key == K.Key_Home:
            self.focusRequested.emit(self.today)
        elif key in (K.Key_Return, K.Key_Enter):
            self.enterPressed.emit(day)
        elif key == K.Key_Space:
            self.moreRequested.emit(day)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.announce()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.update()
        super().focusOutEvent(event)

    # --- mouse, drag and drop ----------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        hit = self.hit(pos)
        self._press = None
        if hit is None:
            return
        if hit.day != self.focused:
            self.focusRequested.emit(hit.day)
        if hit.kind == "post" and hit.post is not None:
            self._press = (pos, hit.post)
        elif hit.kind == "more":
            self.moreRequested.emit(hit.day)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, post = self._press
        pos = event.position().toPoint()
        if (pos - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(post_mime(post.id, post.display_title(self.english)))
        drag.setPixmap(state_marker(post.state, 16))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        hit = self.hit(event.position().toPoint())
        if hit is None:
            return
        if hit.day != self.focused:
            self.focusRequested.emit(hit.day)
        if hit.kind == "post" and hit.post is not None:
            self.postActivated.emit(hit.post.id)
        elif hit.kind == "more":
            self.moreRequested.emit(hit.day)
        else:
            self.dayActivated.emit(hit.day)

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QContextMenuEvent

        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            day: dt.date | None = self.focused
            hit = None
            pos = self.cell_rect(self.focused).center()
        else:
            pos = event.pos()
            hit = self.hit(pos)
            day = hit.day if hit else None
        if day is None:
            return
        menu = QMenu(self)
        if hit is not None and hit.post is not None:
            post_id = hit.post.id
            menu.addAction(self.tr("Open this post"), lambda: self.postActivated.emit(post_id))
        menu.addAction(self.tr("New post on this day"), lambda: self.newRequested.emit(day))
        menu.addAction(self.tr("Show every post of this day"), lambda: self.moreRequested.emit(day))
        menu.exec(self.mapToGlobal(pos))

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasFormat(MIME_POST):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        day = self.day_at(event.position().toPoint())
        if day is None or not event.mimeData().hasFormat(MIME_POST):
            event.ignore()
            return
        if day != self._drop_day:
            self._drop_day = day
            self.update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._drop_day = None
        self.update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._drop_day = None
        self.update()
        day = self.day_at(event.position().toPoint())
        post_id = post_id_from_mime(event.mimeData())
        if day is None or post_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.postDropped.emit(post_id, day)
