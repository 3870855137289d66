"""A KPI against its target, as a card: the KPI's name, its value and target, the status in
words beside an icon (never colour alone) and whether the target will be met at this pace.
Shown on the Dashboard and on the Metrics page's KPI tab."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from app.ui import labels, theme

STATUS_ICONS = {
    "on_track": QStyle.StandardPixmap.SP_DialogApplyButton,
    "at_risk": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "off_track": QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def status_pixmap(widget: QWidget, status: str | None, size: int = 20):  # type: ignore[no-untyped-def]
    icon = STATUS_ICONS.get(status or "", QStyle.StandardPixmap.SP_MessageBoxQuestion)
    return widget.style().standardIcon(icon).pixmap(size, size)


class KpiCardView(QFrame):
    """``show_card(card)`` with a :class:`app.services.metrics.KpiCard` (duck-typed: kpi,
    value, target, projected, status, will_meet). ``summary`` is the card in one sentence, also
    its accessible name."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.compact = compact
        self.name = QLabel(self)
        self.name.setFont(theme.title_font(1.0 if compact else 1.1))
        self.name.setWordWrap(True)
        self.period = QLabel(self)
        self.period.setObjectName("period")
        self.period.setWordWrap(True)
        theme.muted(self.period)
        self.formula = QLabel(self)
        self.formula.setObjectName("formula")
        self.formula.setWordWrap(True)
        theme.muted(self.formula)
        self.value = QLabel(self)
        self.target = QLabel(self)
        self.icon = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.pace = QLabel(self)
        self.pace.setObjectName("pace")
        self.pace.setWordWrap(True)
        theme.muted(self.pace)
        row = QHBoxLayout()
        row.addWidget(self.icon)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        if compact:
            layout.setContentsMargins(8, 6, 8, 6)
            layout.setSpacing(2)
        layout.addWidget(self.name)
        layout.addWidget(self.period)
        layout.addWidget(self.value)
        layout.addWidget(self.target)
        layout.addLayout(row)
        layout.addWidget(self.pace)
        layout.addWidget(self.formula)
        self.summary = ""

    def show_card(self, card, period: str = "") -> None:  # type: ignore[no-untyped-def]
        """``period``: which month (or quarter) the card is for, in words; "" to leave it out."""
        kpi = str(card.kpi)
        self.setObjectName(f"kpiCard_{kpi}")
        name = labels.kpi(kpi)
        value = self.tr("Value: %1").replace(
            "%1", "—" if card.value is None else labels.kpi_value(kpi, card.value)
        )
        target = self.tr("Target: %1").replace(
            "%1", "—" if card.target is None else labels.kpi_value(kpi, card.target)
        )
        if card.value is None:
            status = self.tr("No status: no figures yet for this period")
        elif card.target is None:
            status = self.tr("No status: no target set for this period")
        elif card.status is None:
            status = self.tr("No status yet")
        else:
            status = labels.kpi_status(str(card.status))
        pace = ""
        if card.will_meet is not None and card.projected is not None:
            projected = labels.kpi_value(kpi, card.projected)
            if card.will_meet:
                pace = self.tr("At this pace: %1, the target will be met")
            else:
                pace = self.tr("At this pace: %1, the target will not be met")
            pace = pace.replace("%1", projected)
        formula = ""
        if kpi == "engagement_rate":  # every rate names its formula (SPEC §7)
            formula = self.tr("Engagement rate = engagements ÷ views")
        self.name.setText(name)
        self.period.setText(period)
        self.period.setVisible(bool(period))
        self.formula.setText(formula)
        self.formula.setVisible(bool(formula))
        self.value.setText(value)
        self.target.setText(target)
        self.icon.setPixmap(status_pixmap(self, None if card.status is None else str(card.status)))
        self.status.setText(status)
        self.pace.setText(pace)
        self.pace.setVisible(bool(pace))
        parts = (name, period, value, target, status, pace, formula)
        self.summary = " ".join(f"{part}." for part in parts if part)
        self.setAccessibleName(self.summary)
