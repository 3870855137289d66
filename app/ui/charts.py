"""A small line chart drawn with QPainter: series of monthly values, each with an optional
forecast drawn dashed, axis labels and a legend in words. Mirrored in a right-to-left window
(time runs from the right); its accessible description states the numbers."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui import theme

# Distinct colours, each also told apart by its name in the legend and its point marker.
PALETTE = ("#1d4ed8", "#b45309", "#15803d", "#7c3aed", "#b91c1c", "#0f5d6b", "#475569", "#a21caf")
MARKERS = ("circle", "square", "triangle", "diamond")


def month_axis_label(year: int, month: int) -> str:
    """A month on a chart's time axis, short and unmistakably a month: "Nov '25" in English;
    "11/2025" in Arabic, whose month names have no short forms."""
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale()
    if locale.language() == QLocale.Language.Arabic:
        return locale.toString(QDate(year, month, 1), "M/yyyy")
    return locale.toString(QDate(year, month, 1), "MMM ''yy")


@dataclass
class Series:
    name: str
    values: list[float | None]
    forecast: list[float] = field(default_factory=list)  # the months after the last label


class LineChart(QWidget):
    """``set_data(labels, series)``: one x label per month of the series (forecast months get
    ``forecast_labels``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.forecast_labels: list[str] = []
        self.series: list[Series] = []
        self.forecast_word = "forecast"
        self.empty_text = ""
        # A target drawn as a dotted level line, named at its end ("target 12,000").
        self.target: float | None = None
        self.target_text = ""
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def set_data(
        self,
        labels: list[str],
        series: list[Series],
        forecast_labels: list[str] | None = None,
        summary: str = "",
    ) -> None:
        self.labels = list(labels)
        self.series = list(series)
        self.forecast_labels = list(forecast_labels or [])
        self.setAccessibleDescription(summary)
        self.update()

    # --- drawing -------------------------------------------------------------------------

    def _ticks(self) -> list[float]:
        """Five to seven round values spanning the data (0 at the bottom when near it)."""
        values = [v for s in self.series for v in (*s.values, *s.forecast) if v is not None]
        if values and self.target is not None:
            values.append(self.target)
        if not values:
            return [0.0, 1.0]
        lo, hi = min(values), max(values)
        if lo > 0 and lo < hi * 0.3:
            lo = 0.0
        span = max(hi - lo, 1.0)
        raw = span / 5
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
        first = math.floor(lo / step) * step
        ticks = [first]
        while ticks[-1] < hi:
            ticks.append(ticks[-1] + step)
        return ticks

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.SURFACE))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        metrics = self.fontMetrics()
        line = metrics.height()
        n = len(self.labels) + len(self.forecast_labels)
        if not self.series or n == 0:
            painter.setPen(QColor(theme.MUTED_TEXT))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        ticks = self._ticks()
        lo, hi = ticks[0], ticks[-1]
        tick_texts = [self.locale().toString(round(t)) for t in ticks]
        axis_w = max(metrics.horizontalAdvance(t) for t in tick_texts) + 8
        legend_h = line + 8
        # Room for half of the last month's label beyond the last point.
        edge = max(metrics.horizontalAdvance(t) for t in self.labels + self.forecast_labels)
        edge = max(16, edge // 2 + 8)
        plot = QRectF(
            edge, 8, self.width() - edge - 8 - axis_w, self.height() - 16 - 2 * line - legend_h
        )
        if not rtl:
            plot.moveLeft(8 + axis_w)

        def x_of(i: int) -> float:
            step = plot.width() / max(1, n - 1)
            return plot.right() - i * step if rtl else plot.left() + i * step

        def y_of(v: float) -> float:
            return plot.bottom() - (v - lo) / (hi - lo) * plot.height()

        grid_pen = QPen(QColor(theme.BORDER))
        text_pen = QPen(QColor(theme.MUTED_TEXT))
        for t, text in zip(ticks, tick_texts, strict=True):
            y = y_of(t)
            painter.setPen(grid_pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_pen)
            box = QRectF(0, y - line / 2, axis_w - 4, line)
            box.moveLeft(plot.right() + 4 if rtl else plot.left() - axis_w)
            align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, text)
        all_labels = self.labels + self.forecast_labels
        widest = max(metrics.horizontalAdvance(t) for t in all_labels) + 12
        every = max(1, math.ceil(widest / (plot.width() / max(1, n - 1))))
        for i, text in enumerate(all_labels):
            if i % every:
                continue
            box = QRectF(x_of(i) - widest / 2, plot.bottom() + 4, widest, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, text)
        if self.forecast_labels:
            x0 = x_of(len(self.labels) - 1)
            painter.setPen(QPen(QColor(theme.BORDER), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()))

        if self.target is not None:
            y = y_of(self.target)
            painter.setPen(QPen(QColor(theme.TEXT), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            width = metrics.horizontalAdvance(self.target_text) + 8
            left = plot.left() + 4 if rtl else plot.right() - width - 4
            # Above the line, or below it when there is no room above.
            top = y - line - 2 if y - line - 2 >= 0 else y + 2
            box = QRectF(left, top, width, line)
            painter.fillRect(box, QColor(theme.SURFACE))
            painter.setPen(QColor(theme.TEXT))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.target_text)

        legend_x = plot.right() if rtl else plot.left()
        legend_y = self.height() - legend_h
        for k, s in enumerate(self.series):
            colour = QColor(PALETTE[k % len(PALETTE)])
            points = [(i, v) for i, v in enumerate(s.values) if v is not None]
            painter.setPen(QPen(colour, 2))
            path = QPainterPath()
            for j, (i, v) in enumerate(points):
                p = QPointF(x_of(i), y_of(v))
                path.moveTo(p) if j == 0 else path.lineTo(p)
            painter.drawPath(path)
            for i, v in points:
                self._marker(painter, k, QPointF(x_of(i), y_of(v)), colour)
            if s.forecast and points:
                painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
                dashed = QPainterPath(QPointF(x_of(points[-1][0]), y_of(points[-1][1])))
                for j, v in enumerate(s.forecast):
                    dashed.lineTo(QPointF(x_of(len(self.labels) + j), y_of(v)))
                painter.drawPath(dashed)
            # Legend: marker, solid line, the name; "(dashed: forecast)" once at the end.
            text = s.name
            width = 28 + metrics.horizontalAdvance(text) + 16
            start = legend_x - width if rtl else legend_x
            swatch_x = start + width - 24 if rtl else start
            painter.setPen(QPen(colour, 2))
            painter.drawLine(
                QPointF(swatch_x, legend_y + line / 2), QPointF(swatch_x + 20, legend_y + line / 2)
            )
            self._marker(painter, k, QPointF(swatch_x + 10, legend_y + line / 2), colour)
            painter.setPen(QColor(theme.TEXT))
            text_box = QRectF(start if rtl else start + 26, legend_y, width - 26, line + 4)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, text)
            legend_x = start if rtl else start + width
        if any(s.forecast for s in self.series):
            painter.setPen(QPen(QColor(theme.TEXT), 2, Qt.PenStyle.DashLine))
            width = 28 + metrics.horizontalAdvance(self.forecast_word) + 8
            start = legend_x - width if rtl else legend_x
            swatch_x = start + width - 24 if rtl else start
            painter.drawLine(
                QPointF(swatch_x, legend_y + line / 2), QPointF(swatch_x + 20, legend_y + line / 2)
            )
            painter.setPen(QColor(theme.TEXT))
            text_box = QRectF(start if rtl else start + 26, legend_y, width - 26, line + 4)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, self.forecast_word)

    @staticmethod
    def _marker(painter: QPainter, k: int, at: QPointF, colour: QColor) -> None:
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        shape = MARKERS[k % len(MARKERS)]
        r = 3.5
        if shape == "circle":
            painter.drawEllipse(at, r, r)
        elif shape == "square":
            painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        else:
            from PySide6.QtGui import QPolygonF

            if shape == "triangle":
                pts = [(0, -r - 1), (r + 1, r), (-r - 1, r)]
            else:
                pts = [(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)]
            painter.drawPolygon(QPolygonF([QPointF(at.x() + a, at.y() + b) for a, b in pts]))
        painter.setBrush(Qt.BrushStyle.NoBrush)


@dataclass
class Bar:
    name: str
    value: float  # in percent, 0–100
    reference: float | None = None  # the planned value, drawn as an outlined bar


class BarChart(QWidget):
    """Horizontal bars, one row a category: the value filled, the planned value as an outlined
    bar beneath it (so the two differ in shape, not only colour), each with its number in words.
    Right to left in a right-to-left window; its accessible description states every row."""

    ROW_GAP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.value_word = "actual"
        self.reference_word = "planned"
        self.empty_text = ""
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _row_height(self) -> int:
        return 2 * (self.fontMetrics().height() + 2) + self.ROW_GAP

    def sizeHint(self) -> QSize:
        return QSize(480, max(120, (len(self.bars) + 1) * self._row_height() + 8))

    def set_data(self, bars: list[Bar], summary: str = "") -> None:
        self.bars = list(bars)
        self.setAccessibleDescription(summary)
        self.updateGeometry()
        self.update()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.SURFACE))
        if not self.bars:
            painter.setPen(QColor(theme.MUTED_TEXT))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        metrics = self.fontMetrics()
        line = metrics.height() + 2
        widest = max(metrics.horizontalAdvance(b.name) for b in self.bars) + 12
        name_w = min(self.width() // 3, widest)
        number_w = metrics.horizontalAdvance("100.0 %") + 12
        bar_w = max(40.0, self.width() - name_w - number_w - 16)
        scale = max(1.0, *(b.value for b in self.bars), *(b.reference or 0.0 for b in self.bars))
        colour = QColor(PALETTE[0])
        locale = self.locale()

        def span(x: float, width: float) -> QRectF:
            """A box ``width`` wide starting ``x`` from the reading start."""
            if rtl:
                return QRectF(self.width() - x - width, 0, width, 0)
            return QRectF(x, 0, width, 0)

        y = 4.0
        for bar in self.bars:
            name_box = span(8, name_w - 8)
            name_box.setTop(y)
            name_box.setHeight(2 * line)
            painter.setPen(QColor(theme.TEXT))
            # The reading start: QPainter mirrors AlignLeft itself in a right-to-left widget.
            align = Qt.AlignmentFlag.AlignLeft
            painter.drawText(
                name_box,
                align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, int(2 * name_w)),
            )
            for k, (value, filled) in enumerate(((bar.value, True), (bar.reference, False))):
                if value is None:
                    continue
                width = bar_w * value / scale
                box = span(name_w + 4, max(width, 1.0))
                box.setTop(y + k * line + 2)
                box.setHeight(line - 4)
                if filled:
                    painter.fillRect(box, colour)
                else:
                    painter.setPen(QPen(QColor(theme.TEXT), 1, Qt.PenStyle.DashLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(box)
                number = locale.toString(value, "f", 1) + " %"
                text_box = span(name_w + 4 + max(width, 1.0) + 4, number_w)
                text_box.setTop(y + k * line)
                text_box.setHeight(line)
                painter.setPen(QColor(theme.TEXT))
                painter.drawText(text_box, align | Qt.AlignmentFlag.AlignVCenter, number)
            y += 2 * line + self.ROW_GAP
        # Legend: a filled swatch and an outlined one, each named.
        x = 8.0
        for word, filled in ((self.value_word, True), (self.reference_word, False)):
            swatch = span(x, 20)
            swatch.setTop(y + 3)
            swatch.setHeight(line - 6)
            if filled:
                painter.fillRect(swatch, colour)
            else:
                painter.setPen(QPen(QColor(theme.TEXT), 1, Qt.PenStyle.DashLine))
                painter.drawRect(swatch)
            width = metrics.horizontalAdvance(word) + 16
            text_box = span(x + 26, width)
            text_box.setTop(y)
            text_box.setHeight(line)
            painter.setPen(QColor(theme.TEXT))
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, word)
            x += 26 + width + 8
