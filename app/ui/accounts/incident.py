"""A compromised-account incident worked through the guideline's playbook (seed 003 §12).

Each step has a "done" tick, the time it was ticked and a note; the incident closes with a
lessons-learned note. Every change is stored at once through
:class:`app.services.incidents.IncidentService`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import labels, theme
from app.ui.i18n import Retranslating


def local_text(moment: dt.datetime | None, timezone: str) -> str:
    """A stored UTC time in the workspace's time zone, in the UI's locale ("" for None)."""
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(timezone))
    # Built from the local wall clock, so Qt's own time zone does not move it.
    day = QDate(local.year, local.month, local.day)
    clock = QTime(local.hour, local.minute)
    locale = QLocale()
    return (
        f"{locale.toString(day, QLocale.FormatType.ShortFormat)} {locale.toString(clock, 'hh:mm')}"
    )


class StepRow:
    """One playbook step: its tick, the time it was done, its note."""

    def __init__(self, window: IncidentWindow, grid: QGridLayout, row: int, key: str) -> None:
        self.key = key
        parent = window.steps_box
        self.number = QLabel(parent)
        self.check = QCheckBox(parent)
        self.check.setObjectName(f"step_{key}")
        self.when = QLabel(parent)
        theme.muted(self.when)
        self.note = QLineEdit(parent)
        self.note.setObjectName(f"note_{key}")
        # Two lines a step: the tick and its time, then the note the width of the window.
        grid.addWidget(self.number, 2 * row, 0)
        grid.addWidget(self.check, 2 * row, 1, 1, 2)
        grid.addWidget(self.note, 2 * row + 1, 1)
        grid.addWidget(self.when, 2 * row + 1, 2)
        self.check.toggled.connect(lambda on: window.step_changed(self, on))
        self.note.editingFinished.connect(lambda: window.note_changed(self))

    def retranslate(self, window: IncidentWindow, position: int) -> None:
        name = labels.playbook_step(self.key)
        self.number.setText(QLocale().toString(position) + ".")
        self.check.setText(name)
        # StepRow is not a QObject: its strings live in the window's context.
        self.note.setAccessibleName(
            QCoreApplication.translate("IncidentWindow", "Note on: %1").replace("%1", name)
        )
        self.note.setPlaceholderText(
            QCoreApplication.translate("IncidentWindow", "Note (who, what, reference)")
        )


class IncidentWindow(Retranslating, QDialog):
    """Not modal: the officer keeps it open beside the platform's recovery pages."""

    changed = Signal(int)  # the incident's id, after anything was stored

    def __init__(
        self,
        service: Any,
        incident_id: int,
        account_name: str,
        timezone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.incident_id = incident_id
        self.account_name = account_name
        self.timezone = timezone
        self.incident: Any = None
        self._filling = False
        self.setObjectName("incidentWindow")

        self.heading = QLabel(self)
        self.heading.setFont(theme.title_font(1.3))
        self.heading.setWordWrap(True)
        self.started = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("incidentStatus")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.steps_box = QGroupBox(self)
        grid = QGridLayout(self.steps_box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        from app.core.accounts import PLAYBOOK_KEYS

        self.steps = [StepRow(self, grid, i, key) for i, key in enumerate(PLAYBOOK_KEYS)]

        self.lessons_box = QGroupBox(self)
        self.lessons_edit = QPlainTextEdit(self.lessons_box)
        self.lessons_edit.setObjectName("lessonsEdit")
        self.lessons_edit.setTabChangesFocus(True)
        self.lessons_edit.setFixedHeight(80)
        self.close_incident_button = QPushButton(self.lessons_box)
        self.close_incident_button.clicked.connect(self.close_incident)
        self.message = QLabel(self.lessons_box)
        self.message.setWordWrap(True)
        theme.error_text(self.message)
        self.message.hide()
        lessons = QVBoxLayout(self.lessons_box)
        lessons.addWidget(self.lessons_edit)
        lessons.addWidget(self.message)
        lessons.addWidget(self.close_incident_button, 0, Qt.AlignmentFlag.AlignTrailing)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.addWidget(self.heading)
        body.addWidget(self.started)
        body.addWidget(self.status)
        body.addWidget(self.summary)
        body.addWidget(self.steps_box)
        body.addWidget(self.lessons_box)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        self.reload()
        self.retranslate()

    # --- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.incident = self.service.get(self.incident_id)
        self.fill()

    def fill(self) -> None:
        incident = self.incident
        done = {step.key: step for step in incident.steps}
        closed = incident.closed_at is not None
        self._filling = True
        for row in self.steps:
            step = done.get(row.key)
            row.check.setChecked(step is not None and step.done_at is not None)
            if step is not None and not row.note.hasFocus():
                row.note.setText(step.note)
            row.check.setEnabled(not closed)
            row.note.setReadOnly(closed)
        if closed and not self.lessons_edit.toPlainText():
            self.lessons_edit.setPlainText(incident.lessons_learned)
        self.lessons_edit.setReadOnly(closed)
        self.close_incident_button.setEnabled(not closed)
        self._filling = False
        self.show_times()

    def show_times(self) -> None:
        if self.incident is None:
            return
        steps = {step.key: step for step in self.incident.steps}
        for row in self.steps:
            step = steps.get(row.key)
            if step is not None and step.done_at is not None:
                row.when.setText(
                    self.tr("Done %1").replace("%1", local_text(step.done_at, self.timezone))
                )
            else:
                row.when.setText(self.tr("Not done yet"))
        incident = self.incident
        self.started.setText(
            self.tr("Started %1").replace("%1", local_text(incident.started_at, self.timezone))
        )
        if incident.closed_at is None:
            self.status.setText(self.tr("Status: open"))
        else:
            self.status.setText(
                self.tr("Status: closed %1").replace(
                    "%1", local_text(incident.closed_at, self.timezone)
                )
            )
        self.summary.setText(
            self.tr("What happened: %1").replace("%1", incident.summary) if incident.summary else ""
        )
        self.summary.setVisible(bool(incident.summary))

    # --- changing ------------------------------------------------------------------------------

    def step_changed(self, row: StepRow, on: bool) -> None:
        if self._filling:
            return
        self._store(row, on)

    def note_changed(self, row: StepRow) -> None:
        if self._filling or self.incident is None or self.incident.closed_at is not None:
            return
        steps = {step.key: step for step in self.incident.steps}
        step = steps.get(row.key)
        if (step.note if step is not None else "") == row.note.text().strip():
            return
        self._store(row, row.check.isChecked())

    def _store(self, row: StepRow, done: bool) -> None:
        try:
            self.service.mark_step(self.incident_id, row.key, row.note.text().strip(), done=done)
        except (ValueError, BayanError) as error:
            QMessageBox.warning(self, self.tr("Not stored"), str(error))
        self.reload()
        self.changed.emit(self.incident_id)

    def close_incident(self) -> None:
        lessons = self.lessons_edit.toPlainText().strip()
        if not lessons:
            self.message.setText(self.tr("Write the lessons learned before closing the incident."))
            self.message.show()
            self.lessons_edit.setFocus()
            return
        try:
            self.service.close(self.incident_id, lessons)
        except (ValueError, BayanError) as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.message.hide()
        self.reload()
        self.changed.emit(self.incident_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compromised account: %1").replace("%1", self.account_name))
        self.heading.setText(self.tr("Compromised account: %1").replace("%1", self.account_name))
        self.steps_box.setTitle(self.tr("The guideline's steps"))
        for position, row in enumerate(self.steps, start=1):
            row.retranslate(self, position)
        self.lessons_box.setTitle(self.tr("Lessons learned"))
        self.lessons_edit.setAccessibleName(self.tr("Lessons learned"))
        self.lessons_edit.setPlaceholderText(
            self.tr("What happened, why, and what will prevent it next time")
        )
        self.close_incident_button.setText(self.tr("Close the &incident"))
        self.show_times()
