"""The "Monthly report…" dialog (issue 8 item 5) on the demo workspace, on a fixed clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.report_dialog import ReportDialog
from tests.ui.english import noun

NOW = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
OCTOBER = dt.date(2026, 10, 1)


def _dialog(launch, demo_workspace, qtbot, lang: str = "en") -> ReportDialog:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, lang)
    window.context.clock = lambda: NOW
    dialog = ReportDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def dialog(launch, demo_workspace, qtbot) -> ReportDialog:  # type: ignore[no-untyped-def]
    return _dialog(launch, demo_workspace, qtbot)


def test_a_month_in_english_is_made_and_saved(dialog: ReportDialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened: list[Path] = []
    dialog.open_file = lambda path: opened.append(path) or True  # type: ignore[method-assign]
    assert dialog.month_box.currentData() == OCTOBER  # last month first
    assert not dialog.save_button.isEnabled()
    assert not dialog.save_to(tmp_path / "early.pdf")
    assert "Make the report first" in dialog.status.text()
    dialog.set_period("month", dt.date(2026, 9, 1))
    dialog.set_period("month", OCTOBER)
    dialog.set_language("en")
    assert dialog.period_start() == OCTOBER
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert dialog.busy_now()
    assert not dialog.make_button.isEnabled() and not dialog.busy.isHidden()
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=120_000)
    assert dialog.info is not None and dialog.info.pages >= 1, dialog.status.text()
    assert dialog.busy.isHidden() and dialog.make_button.isEnabled()
    assert f"ready: {dialog.info.pages} page" in dialog.status.text()
    summary = dialog.summary.text()
    assert "Period: October 2026" in summary and "Language: English" in summary
    assert "Inquiries" in summary and "Account security" in summary
    assert dialog.save_button.isEnabled()
    target = tmp_path / "october.pdf"
    assert dialog.save_to(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Report saved to" in dialog.status.text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [dialog.info.path]
    # The preview: page 1 drawn, then the next page by its button.
    pages = dialog.info.pages
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    pixmap = dialog.preview_image.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # a portrait A4 page
    assert not dialog.previous_button.isEnabled()
    if pages > 1:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        assert dialog.page_label.text() == f"Page 2 of {pages}"
        assert dialog.previous_button.isEnabled()
    made = dialog.info.path
    dialog.reject()
    assert not made.exists()  # the temporary file goes with the dialog
    assert not dialog.save_button.isEnabled()


def test_printing_paints_every_page(dialog: ReportDialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What "Print…" does once the system's print dialog is accepted, on a PDF-file printer."""
    from PySide6.QtPrintSupport import QPrinter

    from app.reports.pages import PdfPages

    dialog.set_period("month", OCTOBER)
    dialog.set_language("en")
    dialog.make_report()
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=120_000)
    assert dialog.info is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)  # a quick test: the pages are images at this resolution
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialog.print_to(printer)
    assert dialog.busy_now() and not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=120_000)
    pages = noun(dialog.info.pages, "page")
    assert dialog.status.text() == f"{dialog.info.pages} {pages} sent to the printer."
    assert dialog.print_button.isEnabled()
    with PdfPages(out) as printed:
        assert len(printed) == dialog.info.pages
        page = printed.render(0, 30)
    # Not a blank page: the cover's dark text is there.
    assert min(page.rgb) < 100
    # Pages "1,3" in the print dialog: those two only, not 1 to 3.
    from PySide6.QtGui import QPageRanges

    ranges = QPageRanges()
    ranges.addPage(1)
    ranges.addPage(3)
    printer.setPageRanges(ranges)
    chosen = tmp_path / "chosen.pdf"
    printer.setOutputFileName(str(chosen))
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=120_000)
    assert dialog.status.text() == "2 pages sent to the printer."
    with PdfPages(chosen) as printed:
        assert len(printed) == 2


def test_quarter_and_year_choose_their_first_day(dialog: ReportDialog) -> None:
    dialog.set_period("quarter", dt.date(2026, 7, 1))
    assert dialog.period_start() == dt.date(2026, 7, 1)
    assert dialog.month_box.isHidden() and not dialog.quarter_box.isHidden()
    dialog.set_period("year", dt.date(2025, 1, 1))
    assert dialog.period_start() == dt.date(2025, 1, 1)
    assert dialog.quarter_box.isHidden() and not dialog.year_spin.isHidden()
    assert dialog.year_spin.maximum() == 2026


def test_a_failure_is_shown_in_words(dialog: ReportDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the fonts folder is missing")

    dialog.builder = broken
    dialog.make_report()
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=10_000)
    assert dialog.info is None
    assert dialog.status.text() == (
        "The report could not be made: the fonts folder is missing"
    )
    assert not dialog.save_button.isEnabled() and dialog.make_button.isEnabled()


def test_a_failed_save_is_shown_in_words(dialog: ReportDialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def fake(sessions, start, kind, language, out, **kwargs):  # type: ignore[no-untyped-def]
        assert callable(sessions) and kwargs["timezone"] == dialog.context.timezone
        Path(out).write_bytes(b"%PDF-1.4\n")
        return type("Info", (), {"pages": 3, "path": Path(out)})()

    dialog.builder = fake
    dialog.make_report()
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=10_000)
    assert not dialog.save_to(tmp_path / "missing" / "x.pdf")
    assert dialog.status.text().startswith("The report could not be saved to")


def test_arabic_mirrors_the_layout(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(launch, demo_workspace, qtbot, "ar")
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.language() == "ar"  # the interface's language first
    assert dialog.make_button.x() > dialog.width() // 2  # the first button on the right
    assert dialog.kind_label.x() > dialog.kind_box.x()


def test_tab_reaches_every_control(dialog: ReportDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.set_period("quarter", dt.date(2026, 7, 1))
    dialog.builder = lambda *a, **k: type("Info", (), {"pages": 1, "path": Path(a[4])})()
    dialog.make_report()
    qtbot.waitUntil(lambda: not dialog.busy_now(), timeout=10_000)
    dialog.kind_box.setFocus()
    seen = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    close = dialog.buttons.button(dialog.buttons.StandardButton.Close)
    for control in (
        dialog.kind_box, dialog.quarter_box, dialog.year_spin, dialog.language_box,
        dialog.make_button, dialog.save_button, dialog.open_button, dialog.print_button, close,
    ):  # fmt: skip
        assert control in seen, control


def test_the_dashboard_and_the_kpi_tab_open_it(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    window.context.clock = lambda: NOW
    window.show()
    qtbot.waitExposed(window)
    page = window.dashboard
    assert page.report_button.text() == "&Monthly report…"
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = page.report_dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Monthly report"
    dialog.reject()
    window.navigation.setCurrentRow(window.page_factories.index(window._make_metrics))
    metrics = window.metrics
    metrics.tabs.setCurrentIndex(3)
    assert metrics.report_button.isVisible()
    qtbot.mouseClick(metrics.report_button, Qt.MouseButton.LeftButton)
    assert isinstance(metrics.report_dialog, ReportDialog) and metrics.report_dialog.isVisible()
    metrics.report_dialog.reject()
