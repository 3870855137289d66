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
