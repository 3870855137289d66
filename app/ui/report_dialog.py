"""The "Monthly report…" dialog (SPEC §9, issue 8 item 5): choose a month, a quarter or a year
and the language, make the PDF in a worker thread into a temporary file, preview its pages, then
save, open or print it.

The PDF itself is :func:`app.reports.monthly.build_monthly_report`'s (it imports reportlab; this
module never does). PySide6-Essentials has no QtPdf, so the pages are drawn by PDFium
(:mod:`app.reports.pages`): the preview shows one page at a time, and "Print…" opens the
system's print dialog and paints each page at the printer's resolution in a worker thread.

The worker opens its own ORM sessions: the builder takes the workspace's sessionmaker and makes
its sessions in the worker thread, none is shared with the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QThread, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut
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
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.months import month_start as _month
from app.ui.context import AppContext
from app.ui.i18n import Retranslating, ltr

KINDS = ("month", "quarter", "year")
LANGUAGES = ("ar", "en", "both")
PREVIEW_DPI = 60  # a page about 500 pixels wide
PRINT_DPI_LIMIT = 300  # enough for text; a 240-page report stays a few seconds a page less


def print_pdf(pdf_path: Path, printer: Any, cancelled: Callable[[], bool] = lambda: False) -> int:
    """Paint the pages of ``pdf_path`` the print dialog asked for (its page ranges; all when
    none) onto ``printer``, each scaled to the printable page and centred; returns the pages
    printed. ``cancelled()`` is asked before each page. Runs in a worker thread (QPainter may
    paint on a QPrinter outside the GUI thread)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    from app.reports.pages import PdfPages

    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    ranges = printer.pageRanges()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    printed = 0
    try:
        with PdfPages(pdf_path) as pages:
            wanted = [i for i in range(len(pages)) if ranges.isEmpty() or ranges.contains(i + 1)]
            for n, index in enumerate(wanted):
                if cancelled():
                    break
                if n:
                    printer.newPage()
                page = pages.render(index, dpi)
                image = QImage(
                    page.rgb, page.width, page.height, 3 * page.width, QImage.Format.Format_RGB888
                )
                area = printer.pageRect(QPrinter.Unit.DevicePixel)
                scale = min(area.width() / page.width, area.height() / page.height)
                w, h = page.width * scale, page.height * scale
                target = QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h)
                painter.drawImage(target, image)
                printed += 1
    finally:
        painter.end()
    return printed


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
        self.print_job = False  # the worker is printing, not making the report
        self.print_cancelled = threading.Event()  # set when the dialog closes mid-print
        self.info: Any = None  # the last ReportInfo (pages, path)
        self.made_for: tuple[str, dt.date, str] | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="bayan-report-"))
        self.resize(980, 700)

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
        self.print_button.clicked.connect(self.choose_print)
        self.print_note = QLabel(self)
        self.print_note.setWordWrap(True)

        # The preview: one page at a time, with its number; keyboard: the two buttons.
        self.preview_pages: Any = None  # app.reports.pages.PdfPages of the made report
        self.page_index = 0
        self.preview_image = QLabel(self)
        self.preview_image.setObjectName("reportPreview")
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidget(self.preview_image)
        self.preview_area.setWidgetResizable(False)
        self.preview_area.setMinimumWidth(540)
        self.previous_button = QPushButton(self)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        self.page_label = QLabel(self)
        for keys, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                           (QKeySequence.StandardKey.MoveToNextPage, 1)):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self._step_page(step))
        actions = QHBoxLayout()
        for button in (self.save_button, self.open_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form)
        make_row = QHBoxLayout()
        make_row.addWidget(self.make_button)
        make_row.addWidget(self.busy, 1)
        make_row.addStretch(0)  # keeps the button its size while the bar is hidden
        left.addLayout(make_row)
        left.addWidget(self.status)
        left.addWidget(self.summary)
        left.addLayout(actions)
        left.addWidget(self.print_note)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview_area, 1)
        pager = QHBoxLayout()
        pager.addWidget(self.previous_button)
        pager.addWidget(self.page_label, 1)
        pager.addWidget(self.next_button)
        right.addLayout(pager)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
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
        self._close_preview()
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
        if worker.error is not None and self.print_job:
            self.print_job = False
            self._set_ready(True)
            self.status.setText(
                self.tr("The report could not be printed: %1").replace("%1", _reason(worker.error))
            )
            self.status.setAccessibleName(self.status.text())
            return
        if worker.error is not None:
            self.info = None
            self.status.setText(
                self.tr("The report could not be made: %1").replace("%1", _reason(worker.error))
            )
            self.status.setAccessibleName(self.status.text())
            return
        if self.print_job:
            self.print_job = False
            self._set_ready(True)
            if isinstance(worker.result, int):
                self.status.setText(
                    self.tr("%n page(s) sent to the printer.", "", worker.result)
                )
            self.status.setAccessibleName(self.status.text())
            return
        self.info = worker.result
        self._show_summary()
        self._set_ready(True)
        self._open_preview()
        self.save_button.setFocus()

    def _show_summary(self) -> None:
        if self.info is None or self.made_for is None:
            return
        kind, start, language = self.made_for
        pages = self.locale().toString(int(self.info.pages))
        self.status.setText(
            self.tr("The report is ready: %Ln page(s). Save it, open it or print it.", "",
                    int(self.info.pages))
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
        pages = self.preview_pages
        # While printing, the pager waits: PDFium draws one page at a time.
        self.previous_button.setEnabled(ready and pages is not None and self.page_index > 0)
        self.next_button.setEnabled(
            ready and pages is not None and self.page_index + 1 < len(pages)
        )

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

    def choose_print(self) -> None:
        """The system's print dialog; on OK the pages are printed in a worker thread."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.info is None or self.worker is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, int(self.info.pages))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: Any) -> None:
        """Print the made report on ``printer`` (tests give a PDF-file printer)."""
        if self.info is None or self.worker is not None:
            return
        path = Path(self.info.path)
        self.printer = printer  # kept alive until the worker is done
        self.print_job = True
        self._set_ready(False)
        self._set_busy(True)
        self.status.setText(self.tr("Printing the report…"))
        self.print_cancelled.clear()
        cancelled = self.print_cancelled.is_set
        self.worker = ReportWorker(lambda: print_pdf(path, printer, cancelled), self)
        self.worker.finished.connect(self._done)
        self.worker.start()

    # --- the preview -----------------------------------------------------------------------

    def _open_preview(self) -> None:
        from app.reports.pages import PdfPages

        self._close_preview()
        try:
            self.preview_pages = PdfPages(Path(self.info.path))
        except Exception as error:  # a preview that cannot be drawn never stops saving
            self.page_label.setText(
                self.tr("No preview: %1").replace("%1", _reason(error))
            )
            return
        self.show_page(0)

    def _close_preview(self) -> None:
        if self.preview_pages is not None:
            self.preview_pages.close()
            self.preview_pages = None
        self.preview_image.clear()
        self.preview_image.adjustSize()
        self.page_label.clear()
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)

    def _step_page(self, step: int) -> None:
        if self.next_button.isEnabled() or self.previous_button.isEnabled():
            self.show_page(self.page_index + step)

    def show_page(self, index: int) -> None:
        pages = self.preview_pages
        if pages is None or not 0 <= index < len(pages):
            return
        self.page_index = index
        # The page fits the preview's width (at least PREVIEW_DPI).
        width_pt, _ = pages.size_points(index)
        room = self.preview_area.viewport().width() - 12
        dpi = max(PREVIEW_DPI, room / (width_pt / 72.0))
        page = pages.render(index, dpi * self.devicePixelRatioF())
        image = QImage(
            page.rgb, page.width, page.height, 3 * page.width, QImage.Format.Format_RGB888
        ).copy()  # owns its pixels once `page` goes
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self.preview_image.setPixmap(QPixmap.fromImage(image))
        self.preview_image.adjustSize()
        text = self.tr("Page %1 of %2").replace("%1", self.locale().toString(index + 1))
        text = text.replace("%2", self.locale().toString(len(pages)))
        self.page_label.setText(text)
        self.preview_image.setAccessibleName(
            self.tr("Preview of the report, %1").replace("%1", text)
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(pages))

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
        self.make_button.setText(self.tr("Ma&ke the report"))
        self.busy.setAccessibleName(self.tr("Making the report"))
        self.save_button.setText(self.tr("&Save as…"))
        self.open_button.setText(self.tr("&Open"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(
            self.tr("Choose a printer and the pages in the system's print dialog")
        )
        self.print_note.setText(
            self.tr("Open shows the report in your PDF viewer.")
        )
        self.previous_button.setText(self.tr("Pre&vious page"))
        self.next_button.setText(self.tr("Ne&xt page"))
        self.preview_area.setAccessibleName(self.tr("Report preview"))
        if self.info is None and self.worker is None:
            self.status.setText(self.tr("Choose the period and the language, then make the "
                                        "report."))
        elif self.info is not None:
            self._show_summary()

    def done(self, result: int) -> None:
        self.print_cancelled.set()  # a print under way stops after its current page
        if self.worker is not None:  # let the build finish before its file goes away
            self.worker.wait()
            self._done()
        self._close_preview()
        shutil.rmtree(self._tmp, ignore_errors=True)
        self.info = None  # its file is gone
        self._set_ready(False)
        super().done(result)


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
