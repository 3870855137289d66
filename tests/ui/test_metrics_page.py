"""The metrics page (issue 8) on the demo workspace, on a fixed clock (24 November 2026)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.core.domain import Kpi, PeriodKind
from app.ui.pages.metrics import MetricsPage, index_of, parse_number

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "analytics"
NOW = dt.datetime(2026, 11, 24, 9, tzinfo=ZoneInfo("Asia/Amman"))


@pytest.fixture
def window(launch, demo_workspace):  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    window.context.clock = lambda: NOW.astimezone(dt.UTC)
    return window


@pytest.fixture
def page(window, qtbot) -> MetricsPage:  # type: ignore[no-untyped-def]
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(window.page_factories.index(window._make_metrics))
    page = window.metrics
    assert window.stack.currentWidget() is page
    return page


def test_the_section_sits_between_archive_and_accounts(window) -> None:  # type: ignore[no-untyped-def]
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    row = window.page_factories.index(window._make_metrics)
    assert names[row - 1 : row + 2] == ["Archive", "Metrics", "Accounts"]
    assert f"Ctrl+{row + 1}" in window.navigation.item(row).toolTip()


def test_typed_numbers_read_arabic_indic_digits() -> None:
    assert parse_number("١٢٬٣٤٥") == 12345
    assert parse_number(" 1,200 ") == 1200
    assert parse_number("") is None
    assert parse_number("abc") == "abc"


def test_figures_typed_into_the_grid_are_saved(page: MetricsPage) -> None:
    month = dt.date(2026, 12, 1)  # after "today": not offered
    page.set_grid_month(dt.date(2026, 10, 1))
    assert page.grid_month() == dt.date(2026, 10, 1)
    assert page.grid_rows[0].values["views"] is not None  # the demo's October figures
    page.set_grid_month(dt.date(2026, 11, 1))
    assert page.grid_month() == dt.date(2026, 11, 1)
    info = page.grid_rows[0]
    assert page.grid_model.rowCount() == len(page.grid_rows) > 1
    previous = info.previous_followers
    assert previous is not None
    page.set_cell(0, "followers", str(previous + 40))
    page.set_cell(0, "new_followers", "٤٠")  # Arabic-Indic digits
    page.set_cell(0, "views", "١٢٠٠٠")
    page.set_cell(0, "reach", "9000")
    alignment = page.grid_model.data(page.cell(0, "views"), Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight
    assert page.save_grid()
    stored = page.service.month(info.account_id, dt.date(2026, 11, 1))
    assert stored is not None
    assert (stored["followers"], stored["new_followers"], stored["views"], stored["reach"]) == (
        previous + 40,
        40,
        12000,
        9000,
    )
    assert "Saved" in page.grid_message.text()
    assert month not in page.months


def test_a_bad_value_is_refused_naming_the_field_and_nothing_is_stored(page: MetricsPage) -> None:
    page.set_grid_month(dt.date(2026, 11, 1))
    before = [page.service.month(r.account_id, dt.date(2026, 11, 1)) for r in page.grid_rows]
    page.set_cell(0, "views", "777")  # a good change on the first row...
    page.set_cell(1, "reactions", "-5")  # ...and a bad one on the second
    assert not page.save_grid()
    after = [page.service.month(r.account_id, dt.date(2026, 11, 1)) for r in page.grid_rows]
    assert after == before  # all or nothing
    text = page.grid_message.text()
    assert text.startswith("Nothing was saved") and "Reactions: must not be negative" in text
    assert page.grid.currentIndex() == page.cell(1, "reactions")
    problems = page.grid_model.item(1, page.grid_model.columnCount() - 1).text()
    assert "Reactions" in problems


def test_an_x_export_is_imported_through_the_page(page: MetricsPage) -> None:
    page.tabs.setCurrentIndex(1)
    x_account = next(r.account_id for r in page.grid_rows if r.platform == "x")
    page.set_import_account(x_account)
    assert page.load_paths([FIXTURES / "x_account_overview.csv"])
    months = page.preview_months()
    assert months == ["September 2025", "October 2025"]
    assert page.files_model.item(0, 1).text() == "x_overview"
    last = page.preview_model.columnCount() - 1
    assert page.preview_model.horizontalHeaderItem(last).text() == "Complete?"
    assert page.preview_model.item(0, last).text() == "Whole month"
    assert "Part of the month only" in page.preview_model.item(1, last).text()
    headers = [page.preview_model.horizontalHeaderItem(c).text() for c in range(1, last)]
    views = page.preview_model.item(0, 1 + headers.index("Views")).text()
    assert views == "30,000"
    assert page.apply_button.isEnabled()
    page.followers_edit.setText("-5")  # refused before anything is written
    assert not page.apply_import()
    assert "whole number" in page.import_message.text()
    assert page.service.month(x_account, dt.date(2025, 9, 1)) is None
    page.followers_edit.setText("١٠٠٠")  # 1000 on 2 October 2025, in Arabic-Indic digits
    page.as_of_edit.setDate(QDate(2025, 10, 2))
    assert page.apply_import()
    stored = page.service.month(x_account, dt.date(2025, 9, 1))
    assert stored is not None and stored["views"] == 30000
    assert stored["followers"] == 994  # 1000 less October's net change of 6
    assert page.service.month(x_account, dt.date(2025, 10, 1)) is None  # partial: left out
    assert "Imported" in page.import_message.text()


def test_a_bad_export_names_its_row_and_imports_nothing(page: MetricsPage, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "x_account_overview.csv").read_text(encoding="utf-8").splitlines()
    text[3] = text[3].replace(",1000,", ",lots,", 1)
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(text) + "\n", encoding="utf-8")
    assert not page.load_paths([bad])
    assert "row 4" in page.import_message.text()
    assert not page.apply_button.isEnabled()
    assert page.preview_model.rowCount() == 0


def test_a_kpi_target_is_added_and_deleted(page: MetricsPage) -> None:
    page.tabs.setCurrentIndex(2)
    page.kpi_box.setCurrentIndex(page.kpi_box.findData(Kpi.ENGAGEMENT_RATE.value))
    page.period_kind_box.setCurrentIndex(1)  # quarter
    start = dt.date(2027, 1, 1)
    page.period_box.setCurrentIndex(index_of(page.period_box, start))
    page.target_edit.setText("٤٫٥")  # 4.5 %, typed in Arabic-Indic digits
    assert page.add_target()
    targets = page.service.targets(PeriodKind.QUARTER, start)
    assert [(t.kpi, t.target) for t in targets if t.account_id is None] == [
        (Kpi.ENGAGEMENT_RATE, pytest.approx(0.045))
    ]
    row = next(
        r
        for r in range(page.targets_model.rowCount())
        if page.targets_model.item(r, 1).text() == "Q1 2027"
        and page.targets_model.item(r, 2).text() == "All accounts"
    )
    assert page.targets_model.item(row, 0).text() == "Engagement rate"
    assert page.targets_model.item(row, 3).text() == "4.50\u00a0%"
    page.target_edit.setText("lots")
    assert not page.add_target()
    assert "number" in page.plan_message.text()
    page.targets_table.selectRow(row)
    assert page.delete_selected_target()
    assert [
        t for t in page.service.targets(PeriodKind.QUARTER, start) if t.account_id is None
    ] == []


def test_pillar_shares_over_100_are_refused(page: MetricsPage) -> None:
    plan = page.service.plan_for(dt.date(2026, 11, 24))
    assert plan is not None
    used = sum(p.intended_share_pct or 0 for p in plan.pillars)
    page.pillar_ar.setText("ركيزة جديدة")
    page.pillar_share.setText(str(int(101 - used)))
    assert not page.add_pillar()
    assert "more than 100" in page.plan_message.text()
    assert len(page.service.plan(plan.id).pillars) == len(plan.pillars)


def test_the_kpi_tab_shows_status_in_words(page: MetricsPage) -> None:
    page.tabs.setCurrentIndex(3)
    words = {"On track", "At risk", "Off track"}
    from PySide6.QtWidgets import QLabel

    shown = [card.findChild(QLabel, "status").text() for card in page.cards]
    assert len(shown) == len(Kpi)
    assert any(text in words for text in shown)
    assert all(text in words or text.startswith("No status") for text in shown)
    assert all(any(w in name for w in words | {"No status"}) for name in page.card_texts)
    assert "Facebook" in page.chart.accessibleDescription()
    assert "forecast" in page.chart.accessibleDescription()
    assert page.chart.series and page.chart.forecast_labels


def test_tab_reaches_every_control(page: MetricsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

    for index in range(3):  # the KPI tab holds no controls, only figures
        page.tabs.setCurrentIndex(index)
        tab = page.tabs.currentWidget()
        wanted = {
            w
            for w in tab.findChildren(QWidget)
            if w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            # a date field's or combo box's own text field takes focus with it
            and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
        }
        assert len(wanted) >= 3
        page.tabs.tabBar().setFocus()
        reached = set()
        for _ in range(3 * len(wanted) + 10):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.add(QApplication.focusWidget())
        missing = [w.objectName() or type(w).__name__ for w in wanted - reached]
        assert missing == [], f"tab {index}"


def test_in_arabic_the_grid_reads_back_its_own_digits_and_the_chart_is_mirrored(
    launch, demo_workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "ar")
    window.context.clock = lambda: NOW.astimezone(dt.UTC)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(window.page_factories.index(window._make_metrics))
    page = window.metrics
    page.set_grid_month(dt.date(2026, 10, 1))
    shown = page.cell(0, "followers").data()
    assert shown and not any("0" <= ch <= "9" for ch in shown)  # Arabic-Indic digits
    assert page.save_grid()  # what the grid shows reads back as the stored figures
    assert page.grid_message.text() == page.tr("Nothing has changed.")
    assert page.chart.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.chart.accessibleDescription()


def test_platform_focus_shares_are_saved_and_over_100_refused(page: MetricsPage) -> None:
    plan = page.service.plan_for(dt.date(2026, 11, 24))
    assert plan is not None
    model = page.focus_model
    rows = {model.item(r, 0).data(Qt.ItemDataRole.UserRole + 1): r for r in range(model.rowCount())}
    for r in range(model.rowCount()):
        model.item(r, 1).setText("")
    model.item(rows["facebook"], 1).setText("٦٠")  # Arabic-Indic digits
    model.item(rows["x"], 1).setText("50")
    assert not page.save_focus()
    assert "more than 100" in page.plan_message.text()
    assert page.service.plan(plan.id).platform_focus == plan.platform_focus  # unchanged
    model.item(rows["x"], 1).setText("40")
    assert page.save_focus()
    assert page.service.plan(plan.id).platform_focus == {"facebook": 60.0, "x": 40.0}
