"""The "Monthly report…" dialog (SPEC §9, issue 8 item 5): choose a month, a quarter or a year
and the language, make the PDF in a worker thread into a temporary file, then save, open or
print it.

The PDF itself is :func:`app.reports.monthly.build_monthly_report`'s (it imports reportlab; this
module never does). Without QtPdf (not in pyside6-essentials) the dialog cannot draw the pages,
so it lists the page count, the period and the sections instead, and printing goes through the
system's PDF viewer ("Open to print…").

The worker opens its own ORM sessions: the builder takes the workspace's sessionmaker and makes
its sessions in the worker thread, none is shared with the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.context import AppContext
from app.ui.i18n import Retranslating, ltr

KINDS = ("month", "quarter", "year")
LANGUAGES = ("ar", "en", "both")


def default_builder(*args: Any, **kwargs: Any) -> Any:
    from app.reports.monthly import build_monthly_report

    return build_monthly_report(*args, **kwargs)


class ReportWorker(QThread):
    """Runs ``job()`` outside the GUI thread; its result or its error is kept for the dialog."""

    def __init__(self, job: Callable[[], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.job = job
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.job()
        except BaseException as exc:  # shown in words by the dialog
            self.error = exc


class ReportDialog(Retranslating, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.builder: Callable[..., Any] = default_builder  # tests replace it
        self.worker: ReportWorker | None = None
        self.info: Any = None  # the last ReportInfo (pages, path)
        self.made_for: tuple[str, dt.date, str] | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="bayan-report-"))
        self.resize(560, 440)

        today = self.today()
        self.months = [_month(today, -k) for k in range(1, 37)]  # last month first
        self.kind_box = QComboBox(self)
        for kind in KINDS:
            self.kind_box.addItem("", kind)
        self.month_box = QComboBox(self)
        for month in self.months:
            self.month_box.addItem("", month)
        self.quarter_box = QComboBox(self)
        for q in range(1, 5):
            self.quarter_box.addItem("", q)
        self.quarter_box.setCurrentIndex((_month(today, -3).month - 1) // 3)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, today.year)
        self.year_spin.setValue(today.year if today.month > 3 else today.year - 1)
        self.language_box = QComboBox(self)
        for language in LANGUAGES:
            self.language_box.addItem("", language)
        self.language_box.setCurrentIndex(0 if context.languages.language == "ar" else 1)

        self.kind_label = QLabel(self)
        self.month_label = QLabel(self)
        self.quarter_label = QLabel(self)
        self.year_label = QLabel(self)
        self.language_label = QLabel(self)
        for label, field in (
            (self.kind_label, self.kind_box),
            (self.month_label, self.month_box),
            (self.quarter_label, self.quarter_box),
            (self.year_label, self.year_spin),
            (self.language_label, self.language_box),
        ):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind_box)
        form.addRow(self.month_label, self.month_box)
        form.addRow(self.quarter_label, self.quarter_box)
        form.addRow(self.year_label, self.year_spin)
        form.addRow(self.language_label, self.language_box)
        self.form = form

        self.make_button = QPushButton(self)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_report)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # busy: no known end
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.choose_save)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_report)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.open_report)
        self.print_note = QLabel(self)
        self.print_note.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.save_button, self.open_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        make_row = QHBoxLayout()
        make_row.addWidget(self.make_button)
        make_row.addWidget(self.busy, 1)
        make_row.addStretch(0)  # keeps the button its size while the bar is hidden
        layout.addLayout(make_row)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.print_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._set_ready(False)
        self.retranslate()

    # --- the period ------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.context.clock().astimezone(ZoneInfo(self.context.timezone)).date()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def language(self) -> str:
        return str(self.language_box.currentData())

    def period_start(self) -> dt.date:
        kind = self.kind()
        if kind == "month":
            return self.month_box.currentData()  # type: ignore[no-any-return]
        if kind == "quarter":
            quarter = int(self.quarter_box.currentData())
            return dt.date(self.year_spin.value(), 3 * (quarter - 1) + 1, 1)
        return dt.date(self.year_spin.value(), 1, 1)

    def set_period(self, kind: str, start: dt.date) -> None:
        """Choose a period as the user would (tests call it)."""
        self.kind_box.setCurrentIndex(KINDS.index(kind))
        if kind == "month":
            self.month_box.setCurrentIndex(self.months.index(start))
        else:
            self.year_spin.setValue(start.year)
            if kind == "quarter":
                self.quarter_box.setCurrentIndex((start.month - 1) // 3)

    def set_language(self, language: str) -> None:
        self.language_box.setCurrentIndex(LANGUAGES.index(language))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.form.setRowVisible(self.month_box, kind == "month")
        self.form.setRowVisible(self.quarter_box, kind == "quarter")
        self.form.setRowVisible(self.year_spin, kind != "month")

    def _period_text(self, kind: str, start: dt.date) -> str:
        locale = self.locale()
        if kind == "month":
            return locale.toString(QDate(start.year, start.month, 1), "MMMM yyyy")
        year = locale.toString(start.year).replace(locale.groupSeparator(), "")
        if kind == "quarter":
            quarter = locale.toString((start.month - 1) // 3 + 1)
            return self.tr("Quarter %1 of %2").replace("%1", quarter).replace("%2", year)
        return self.tr("Year %1").replace("%1", year)

    # --- making the report -----------------------------------------------------------------

    def make_report(self) -> None:
        if self.worker is not None:
            return
        kind, start, language = self.kind(), self.period_start(), self.language()
        self._tmp.mkdir(parents=True, exist_ok=True)
        out = self._tmp / f"report-{kind}-{start.isoformat()}-{language}.pdf"
        context = self.context
        sessions = context.opened.sessions  # a sessionmaker: the builder opens its own
        builder = self.builder

        def job() -> Any:
            return builder(
                sessions,
                start,
                kind,
                language,
                out,
                clock=context.clock,
                timezone=context.timezone,
                media_dir=context.workspace.media_dir,
            )

        self.info = None
        self.made_for = (kind, start, language)
        self._set_ready(False)
        self._set_busy(True)
        self.summary.clear()
        self.status.setText(self.tr("Making the report of %1…").replace(
            "%1", self._period_text(kind, start)
        ))
        self.worker = ReportWorker(job, self)
        self.worker.finished.connect(self._done)
        self.worker.start()

    def busy_now(self) -> bool:
        return self.worker is not None

    def _done(self) -> None:
        worker = self.worker
        if worker is None:
            return
        self.worker = None
        worker.wait()
        worker.deleteLater()
        self._set_busy(False)
        if worker.error is not None:
            self.info = None
            self.status.setText(
                self.tr("The report could not be made: %1").replace("%1", _reason(worker.error))
            )
            self.status.setAccessibleName(self.status.text())
            return
        self.info = worker.result
        self._show_summary()
        self._set_ready(True)
        self.save_button.setFocus()

    def _show_summary(self) -> None:
        if self.info is None or self.made_for is None:
            return
        kind, start, language = self.made_for
        pages = self.locale().toString(int(self.info.pages))
        self.status.setText(
            self.tr("The report is ready: %1 pages. Save it, open it or print it.").replace(
                "%1", pages
            )
        )
        self.status.setAccessibleName(self.status.text())
        sections = [
            self.tr("Executive summary"),
            self.tr("Charts"),
            self.tr("Published posts by platform and pillar"),
            self.tr("Events covered"),
            self.tr("Inquiries"),
            self.tr("Accessibility"),
            self.tr("Account security"),
            self.tr("Next month's planned calendar"),
            self.tr("Appendix: approvals and audit chain verification"),
        ]
        language_name = self.language_box.itemText(LANGUAGES.index(language))
        lines = [
            self.tr("Period: %1").replace("%1", self._period_text(kind, start)),
            self.tr("Language: %1").replace("%1", language_name),
            self.tr("Pages: %1").replace("%1", pages),
            self.tr("Sections:"),
        ] + [f"• {name}" for name in sections]
        self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName(" ".join(lines))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.make_button.setEnabled(not busy)
        for field in (
            self.kind_box, self.month_box, self.quarter_box, self.year_spin, self.language_box,
        ):  # fmt: skip
            field.setEnabled(not busy)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.save_button, self.open_button, self.print_button):
            button.setEnabled(ready)

    # --- save, open, print -----------------------------------------------------------------

    def suggested_name(self) -> str:
        kind, start, language = self.made_for or (self.kind(), self.period_start(), "en")
        stamp = start.strftime("%Y-%m") if kind == "month" else start.strftime("%Y")
        if kind == "quarter":
            stamp += f"-Q{(start.month - 1) // 3 + 1}"
        return f"bayan-report-{stamp}-{language}.pdf"

    def choose_save(self) -> None:
        if self.info is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path.home() / self.suggested_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Copy the made report to ``path``; says in words whether it worked."""
        if self.info is None:
            self.status.setText(self.tr("Make the report first."))
            return False
        try:
            shutil.copyfile(self.info.path, path)
        except OSError as error:
            self.status.setText(
                self.tr("The report could not be saved to %1: %2")
                .replace("%1", ltr(str(path)))
                .replace("%2", error.strerror or str(error))
            )
            self.status.setAccessibleName(self.status.text())
            return False
        self.status.setText(self.tr("Report saved to %1.").replace("%1", ltr(str(path))))
        self.status.setAccessibleName(self.status.text())
        return True

    def open_report(self) -> None:
        if self.info is None:
            return
        if not self.open_file(Path(self.info.path)):
            self.status.setText(
                self.tr("No program to show PDF files was found. Save the report and open it "
                        "from your files.")
            )
            self.status.setAccessibleName(self.status.text())

    def open_file(self, path: Path) -> bool:
        """Open ``path`` in the system's PDF viewer (tests replace it)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- the rest --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Monthly report"))
        self.kind_label.setText(self.tr("&Report for"))
        for index, text in enumerate((self.tr("A month"), self.tr("A quarter"), self.tr("A year"))):
            self.kind_box.setItemText(index, text)
        for index, month in enumerate(self.months):
            self.month_box.setItemText(index, self._period_text("month", month))
        self.month_label.setText(self.tr("&Month"))
        self.quarter_label.setText(self.tr("&Quarter"))
        quarters = (
            self.tr("January to March"),
            self.tr("April to June"),
            self.tr("July to September"),
            self.tr("October to December"),
        )
        for index, text in enumerate(quarters):
            self.quarter_box.setItemText(index, text)
        self.year_label.setText(self.tr("&Year"))
        self.language_label.setText(self.tr("&Language"))
        languages = (self.tr("Arabic"), self.tr("English"), self.tr("Arabic and English"))
        for index, text in enumerate(languages):
            self.language_box.setItemText(index, text)
        self.make_button.setText(self.tr("&Make the report"))
        self.busy.setAccessibleName(self.tr("Making the report"))
        self.save_button.setText(self.tr("&Save as…"))
        self.open_button.setText(self.tr("&Open"))
        self.print_button.setText(self.tr("Open to &print…"))
        self.print_button.setToolTip(
            self.tr("Opens the report in your PDF viewer; print it from there")
        )
        self.print_note.setText(
            self.tr("To print, the report opens in your system's PDF viewer; use its Print "
                    "command.")
        )
        if self.info is None and self.worker is None:
            self.status.setText(self.tr("Choose the period and the language, then make the "
                                        "report."))
        elif self.info is not None:
            self._show_summary()

    def done(self, result: int) -> None:
        if self.worker is not None:  # let the build finish before its file goes away
            self.worker.wait()
            self._done()
        shutil.rmtree(self._tmp, ignore_errors=True)
        self.info = None  # its file is gone
        self._set_ready(False)
        super().done(result)


def _month(day: dt.date, offset: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 + offset
    return dt.date(index // 12, index % 12 + 1, 1)


def _reason(error: BaseException) -> str:
    text = str(error).strip()
    return text or type(error).__name__


def open_report_dialog(context: AppContext, parent: QWidget) -> ReportDialog:
    """Show the dialog window-modal over ``parent`` (not blocking); it is deleted on close."""
    from PySide6.QtCore import Qt

    dialog = ReportDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
