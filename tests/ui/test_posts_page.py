"""The posts list on the demo workspace: sorting, filters, actions, export and import."""

from __future__ import annotations

import csv
import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt

from app.core.filters import PostFilter
from app.ui.pages import posts as posts_module
from app.ui.pages.posts import COLUMNS, PostsPage
from tests.ui.english import noun

AMMAN = ZoneInfo("Asia/Amman")


@pytest.fixture
def open_posts(launch, demo_workspace, qtbot):  # type: ignore[no-untyped-def]
    def _open(lang: str = "en") -> PostsPage:
        window = launch(demo_workspace.root, lang)
        page = PostsPage(window.context)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        return page

    return _open


def _stored(root):  # type: ignore[no-untyped-def]
    """{id: (state, scheduled_at, title as the English interface shows it)} of every post."""
    from sqlalchemy import select

    from app.services.workspace import open_workspace
    from app.store import models as m
    from app.store.workspace import Workspace

    opened = open_workspace(Workspace(root))
    try:
        with opened.sessions() as session:
            rows = session.execute(
                select(m.Post.id, m.Post.state, m.Post.scheduled_at, m.Post.title, m.Post.title_en)
            )
            return {pid: (state, when, en or ar) for pid, state, when, ar, en in rows}
    finally:
        opened.close()


def _column(page: PostsPage, name: str) -> list[str]:
    column = COLUMNS.index(name)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_table_lists_every_post_newest_first(open_posts, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    page = open_posts("en")
    stored = _stored(demo_workspace.root)
    model = page.model
    assert model.total == len(stored) == model.rowCount()  # 204 fit in one page
    assert page.note.text() == f"{len(stored)} {noun(len(stored), 'post')}."
    newest = sorted(
        (pid for pid, (_s, when, _t) in stored.items() if when), key=lambda i: stored[i][1]
    )[-1]
    assert model.rows[0][0] == newest
    first = model.rows[0]
    local = stored[newest][1].astimezone(AMMAN)
    assert model.index(0, COLUMNS.index("scheduled_at")).data().endswith(local.strftime("%H:%M"))
    assert str(local.year) in model.index(0, COLUMNS.index("scheduled_at")).data()
    assert model.index(0, COLUMNS.index("state")).data() in {
        "Draft",
        "In review",
        "Approved",
        "Changes requested",
        "Published",
        "Archived",
        "Withdrawn",
    }
    assert model.index(0, COLUMNS.index("title")).data() == stored[newest][2]
    # The checklist status is text, not only a colour.
    assert set(_column(page, "checklist")) <= {"Not checked", "Passes", "Warnings", "Blocker"}
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Title"
    assert first[0] == model.index(0, 0).data(posts_module.POST_ID_ROLE)


def test_clicking_a_header_sorts_in_sql(open_posts) -> None:  # type: ignore[no-untyped-def]
    page = open_posts("en")
    header = page.table.horizontalHeader()
    header.sectionClicked.emit(COLUMNS.index("title"))  # as a click on the header does
    page.table.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.AscendingOrder)
    assert page.model.order_by == "title" and not page.model.descending
    titles = _column(page, "title")
    assert titles == sorted(titles, key=str.casefold)
    page.table.sortByColumn(COLUMNS.index("title"), Qt.SortOrder.DescendingOrder)
    assert _column(page, "title") == sorted(titles, key=str.casefold, reverse=True)
    page.table.sortByColumn(COLUMNS.index("state"), Qt.SortOrder.AscendingOrder)
    states = [row[1] for row in page.model.rows]
    order = [
        "draft",
        "changes_requested",
        "in_review",
        "approved",
        "published",
        "archived",
        "withdrawn",
    ]
    assert states == sorted(states, key=order.index)


def test_filters_and_dates_reduce_the_list(open_posts, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    page = open_posts("en")
    stored = _stored(demo_workspace.root)
    drafts = next(a for a in page.filter_bar.states.choice_actions() if a.data() == "draft")
    drafts.setChecked(True)
    expected = {pid for pid, (state, _w, _t) in stored.items() if state == "draft"}
    assert {row[0] for row in page.model.rows} == expected
    assert page.note.text() == f"{len(expected)} {noun(len(expected), 'post')}."
    page.filter_bar.clear()
    # November 2026 only, whole days in the workspace's time zone.
    bar = page.filter_bar
    bar.from_date.setDate(QDate(2026, 11, 1))
    bar.to_date.setDate(QDate(2026, 11, 30))
    bar.from_check.setChecked(True)
    bar.to_check.setChecked(True)
    assert page.post_filter() == PostFilter(
        start=dt.datetime(2026, 11, 1, tzinfo=AMMAN), end=dt.datetime(2026, 12, 1, tzinfo=AMMAN)
    )
    november = {
        pid
        for pid, (_s, when, _t) in stored.items()
        if when and when.astimezone(AMMAN).strftime("%Y-%m") == "2026-11"
    }
    assert {row[0] for row in page.model.rows} == november
    assert 0 < len(november) < len(stored)


def test_more_rows_are_read_as_the_table_scrolls(open_posts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(posts_module, "PAGE_SIZE", 50)
    page = open_posts("en")
    model = page.model
    model.reload()
    page.update_note()
    assert model.rowCount() == 50 and model.total > 100
    posts = noun(model.total, "post")
    assert page.note.text() == f"Showing 50 of {model.total} {posts}; scroll down for more."
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 100
    assert len({row[0] for row in model.rows}) == 100  # no row twice
    page.table.scrollToBottom()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total
    assert page.note.text() == f"{model.total} {noun(model.total, 'post')}."


def test_double_click_asks_for_the_editor(open_posts, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_posts("en")
    index = page.model.index(3, COLUMNS.index("title"))
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.editRequested) as blocker:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [page.model.rows[3][0], None]
    assert page.selected_post_id() == page.model.rows[3][0]
    with qtbot.waitSignal(page.editRequested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [page.model.rows[3][0], None]
    with qtbot.waitSignal(page.editRequested) as blocker:
        page.new_button.click()
    assert blocker.args == [None, None]


def test_duplicate_and_withdraw(open_posts, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    page = open_posts("en")
    draft_row = next(r for r, row in enumerate(page.model.rows) if row[1] == "draft")
    post_id = page.model.rows[draft_row][0]
    page.table.selectRow(draft_row)
    assert page.duplicate_button.isEnabled() and page.withdraw_button.isEnabled()
    before = _stored(demo_workspace.root)
    copy_id = page.duplicate_button.click() or page.selected_post_id()
    after = _stored(demo_workspace.root)
    assert set(after) - set(before) == {copy_id}
    assert after[copy_id][0] == "draft"
    assert after[copy_id][2].startswith(before[post_id][2])
    # Withdrawing asks first; "no" changes nothing.
    page.select_post(post_id)
    asked: list[str] = []
    page.confirm = lambda title, question: asked.append(question) or False
    assert page.withdraw_selected() is False
    assert asked and _stored(demo_workspace.root)[post_id][0] == "draft"
    page.confirm = lambda title, question: True
    page.withdraw_button.click()
    assert _stored(demo_workspace.root)[post_id][0] == "withdrawn"
    assert page.selected_state() == "withdrawn"
    assert not page.withdraw_button.isEnabled()  # a withdrawn post is not withdrawn again
    assert page.message.text() == "The post was withdrawn."


def test_export_json_and_csv_write_the_filtered_posts(open_posts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_posts("en")
    page.filter_bar.set_filter(PostFilter(states=frozenset({"published"})))
    shown = len(page.model.rows)
    assert 0 < shown < 204
    json_path = page.export_json(tmp_path / "posts.json")
    assert json_path == tmp_path / "posts.json"
    document = json.loads(json_path.read_text(encoding="utf-8"))
    records = document["posts"] if isinstance(document, dict) else document
    assert len(records) == shown
    assert {r["state"] for r in records} == {"published"}
    csv_path = page.export_csv(tmp_path / "posts.csv")
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == shown
    posts = noun(shown, "post")
    assert page.message.text() == f"{shown} {posts} exported to \u200e{csv_path}\u200e."


def test_importing_a_bad_file_shows_the_row_errors_and_adds_nothing(
    open_posts, demo_workspace, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    page = open_posts("en")
    bad = tmp_path / "plan.json"
    bad.write_text(
        json.dumps(
            [
                {"title": "Good row", "platforms": ["x"]},
                {"title": "", "platforms": ["x"]},
                {"title": "Bad date", "scheduled_at": "next Tuesday"},
            ]
        ),
        encoding="utf-8",
    )
    before = _stored(demo_workspace.root)
    assert page.import_json(bad) is None
    assert _stored(demo_workspace.root) == before
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "Row 2: missing title" in text
    assert "Row 3: bad date 'next Tuesday'" in text
    assert "Row 1" not in text
    assert page.message.text() == "Nothing was imported."
    # A file that is not JSON at all: a message, nothing added.
    junk = tmp_path / "junk.json"
    junk.write_text("not json", encoding="utf-8")
    assert page.import_json(junk) is None
    assert "not valid JSON" in page.dialog.text.toPlainText()
    assert _stored(demo_workspace.root) == before


def test_an_exported_file_imports_back_as_new_drafts(open_posts, demo_workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = open_posts("en")
    page.filter_bar.set_filter(PostFilter(states=frozenset({"approved"})))
    exported = len(page.model.rows)
    path = page.export_json(tmp_path / "approved.json")
    page.filter_bar.clear()
    before = _stored(demo_workspace.root)
    assert page.import_json(path) == exported
    after = _stored(demo_workspace.root)
    assert len(after) == len(before) + exported
    assert page.model.total == len(after)
    assert page.message.text() == f"{exported} {noun(exported, 'post')} imported."


def test_arabic_posts_list(open_posts) -> None:  # type: ignore[no-untyped-def]
    page = open_posts("ar")
    assert page.isRightToLeft()
    date = page.model.index(0, COLUMNS.index("scheduled_at")).data()
    assert any("\u0660" <= ch <= "\u0669" for ch in date)  # Arabic-Indic digits
    assert page.model.index(0, COLUMNS.index("state")).data() != page.model.rows[0][1]


def test_an_editor_save_reloads_the_list_when_the_window_is_active_again(
    launch, demo_workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from PySide6.QtWidgets import QWidget

    window = launch(demo_workspace.root, "en")
    window.show()
    window.navigation.setCurrentRow(2)
    page = window.posts
    assert window.stack.currentWidget() is page
    post_id = page.model.rows[3][0]
    assert page.select_post(post_id)

    other = QWidget()  # the editor window, say, where the officer types
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    service = window.context.posts()
    post = service.get(post_id)
    service.save(post_id, dataclasses.replace(post.fields, title_en="Renamed while away"))
    window._posts_changed(post_id)
    title = COLUMNS.index("title")
    row = next(r for r, values in enumerate(page.model.rows) if values[0] == post_id)
    assert page.model.index(row, title).data() != "Renamed while away"  # not yet reloaded

    window.activateWindow()
    qtbot.waitUntil(lambda: page.model.index(row, title).data() == "Renamed while away")
    assert page.selected_post_id() == post_id  # the selection survived the reload
