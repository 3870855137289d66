"""The line chart widget: points drawn, a forecast, mirrored right to left, a description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app.ui.charts import PALETTE, LineChart, Series


def _series_columns(chart: LineChart) -> list[int]:
    """The x positions where the first series' colour appears in the plot's top quarter."""
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    chart.render(image)
    colour = QColor(PALETTE[0]).rgb()
    return sorted(
        {
            x
            for x in range(image.width())
            for y in range(image.height() // 4)
            if image.pixel(x, y) == colour
        }
    )


def test_the_chart_draws_and_mirrors_in_right_to_left(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    # Rising values: the newest (highest, so in the top quarter) at the right in English.
    values = [float(v) for v in range(100, 1300, 100)]
    chart.set_data(
        [f"M{k}" for k in range(12)],
        [Series("Facebook", values, [1300.0, 1400.0, 1500.0])],
        ["F1", "F2", "F3"],
        summary="Facebook: 1,200 at the latest month end",
    )
    assert chart.accessibleDescription().startswith("Facebook: 1,200")
    left_to_right = _series_columns(chart)
    assert left_to_right and min(left_to_right) > chart.width() / 2
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right_to_left = _series_columns(chart)
    assert right_to_left and max(right_to_left) < chart.width() / 2


def test_an_empty_chart_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.empty_text = "No monthly figures yet."
    chart.set_data([], [])
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    chart.render(image)  # no crash without data
    assert chart.series == []
