"""The metrics page's column-mapping step: an export of a format Bayan does not recognise shows a
table of its columns with a Bayan field each, pre-filled with the proposal; the preview follows
the choices; Apply only once every file is mapped; the month's figures are stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.pages.metrics import MetricsPage

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "analytics"
NOW = dt.datetime(2026, 11, 24, 9, tzinfo=ZoneInfo("Asia/Amman"))
NAME = "unknown_daily.csv"


@pytest.fixture
def page(launch, demo_workspace, qtbot) -> MetricsPage:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    window.context.clock = lambda: NOW.astimezone(dt.UTC)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.navigation.setCurrentRow(window.page_factories.index(window._make_metrics))
    page = window.metrics
    page.tabs.setCurrentIndex(1)
    return page


def preview_value(page: MetricsPage, row: int, header: str) -> str:
    model = page.preview_model
    headers = [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())]
    return model.item(row, headers.index(header)).text()


def test_choose_the_columns_then_apply_stores_the_month(page: MetricsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    account = page.grid_rows[0].account_id
    page.set_import_account(account)
    before = page.service.month(account, dt.date(2026, 9, 1)) or {}
    assert page.load_paths([FIXTURES / NAME])
    panel = page.mapping_panel
    assert panel.isVisible()
    table = panel.files[0].table
    assert [table.item(r, 0).text() for r in range(3)] == ["Date", "Video Views", "Profile Views"]
    # Pre-filled with the proposal; unknown columns and the running total ignored.
    assert panel.combo(NAME, "Date").currentText() == "Date"
    assert panel.combo(NAME, "Video Views").currentText() == "Video views"
    assert panel.combo(NAME, "Followers").currentText() == "Ignore"
    combo = panel.combo(NAME, "Likes")
    assert combo.accessibleName() == "Bayan field for column Likes"
    assert page.preview_months() == ["September 2026", "October 2026"]
    assert preview_value(page, 0, "Reactions") == "600"
    assert page.apply_button.isEnabled()

    # Without a date column the file is not mapped: no preview of it, no Apply.
    panel.choose(NAME, "Date", "")
    assert not page.apply_button.isEnabled()
    assert page.preview_months() == []
    assert "Choose the date column" in page.import_message.text()
    assert page.files_model.item(0, 1).text() == "needs a column mapping"
    panel.choose(NAME, "Date", "date")

    # The user's own choices: video views as views, likes ignored; the preview follows.
    panel.choose(NAME, "Video Views", "views")
    panel.choose(NAME, "Likes", "")
    assert preview_value(page, 0, "Views") == "6,465"
    headers = [page.preview_model.horizontalHeaderItem(c).text() for c in range(4)]
    assert "Reactions" not in headers and "Video views" not in headers
    assert page.files_model.item(0, 1).text() == "mapped"
    assert page.apply_button.isEnabled()
    assert page.apply_import()
    stored = page.service.month(account, dt.date(2026, 9, 1))
    assert stored is not None
    assert (stored["views"], stored["comments"], stored["shares"], stored["new_followers"]) == (
        6465,
        90,
        60,
        30,
    )
    assert stored["reactions"] == before.get("reactions")  # ignored: kept as it was
    assert stored["followers"] == before.get("followers")  # never taken from the file's total


def test_the_combo_boxes_are_reached_with_tab(page: MetricsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.load_paths([FIXTURES / NAME])
    panel = page.mapping_panel
    first, second = panel.combo(NAME, "Date"), panel.combo(NAME, "Video Views")
    page.files_table.setFocus()
    qtbot.keyClick(page.files_table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Up)  # the keyboard changes the choice
    assert second.currentData() == "clicks"  # the item above Video views


def test_a_recognised_file_shows_no_mapping_table(page: MetricsPage) -> None:
    assert page.load_paths([FIXTURES / "ga4_pages.csv"])
    assert not page.mapping_panel.isVisible()
    assert page.mapping_panel.files == []
