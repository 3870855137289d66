"""The calendar page as the officer uses it, on the demo workspace (today: 24 November 2026)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent

from app.core.filters import PostFilter
from app.ui import labels
from app.ui.calendar.day_grid import post_mime
from app.ui.pages.calendar import CalendarPage
from tests.ui.english import noun

D = dt.date
TODAY = D(2026, 11, 24)
AMMAN = ZoneInfo("Asia/Amman")


def _clock() -> dt.datetime:
    return dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def open_calendar(launch, demo_workspace, qtbot):  # type: ignore[no-untyped-def]
    def _open(lang: str = "en") -> CalendarPage:
        window = launch(demo_workspace.root, lang)
        page = CalendarPage(window.context, clock=_clock)
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        qtbot.waitExposed(page)
        return page

    return _open


def _stored_posts(root) -> dict[int, tuple[dt.datetime | None, str]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.services.workspace import open_workspace
    from app.store import models as m
    from app.store.workspace import Workspace

    opened = open_workspace(Workspace(root))
    try:
        with opened.sessions() as session:
            return {
                pid: (when, state)
                for pid, when, state in session.execute(
                    select(m.Post.id, m.Post.scheduled_at, m.Post.state)
                )
            }
    finally:
        opened.close()


def _day_with_posts(page: CalendarPage, count: int = 1, state: str | None = None) -> D:
    """A day of the shown month whose posts are all drawn (and at least ``count`` of them)."""
    assert page.data is not None
    for day, posts in sorted(page.data.posts_by_day.items()):
        if day.month != 11 or len(posts) < count:
            continue
        if state is not None and posts[0].state != state:
            continue
        if page.grid.cell_layout(day).hidden == 0:
            return day
    raise AssertionError("no such day in the demo month")


def _empty_day(page: CalendarPage) -> D:
    assert page.data is not None
    return next(
        d for d in page.data.days if d.month == 11 and not page.data.posts_on(d) and d != TODAY
    )


# --- what the month shows ------------------------------------------------------------------------


def test_the_month_shows_every_demo_post_on_its_local_day(open_calendar, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    assert page.view == "month"
    assert page.visible_range() == (D(2026, 11, 1), D(2026, 12, 5))  # weeks start on Sunday
    assert page.title.text() == "November 2026"
    stored = _stored_posts(demo_workspace.root)
    expected: dict[D, set[int]] = {}
    for pid, (when, _state) in stored.items():
        if when is not None and D(2026, 11, 1) <= when.astimezone(AMMAN).date() <= D(2026, 12, 5):
            expected.setdefault(when.astimezone(AMMAN).date(), set()).add(pid)
    assert page.data is not None
    assert {d: {p.id for p in ps} for d, ps in page.data.posts_by_day.items()} == expected
    assert " shown" in page.count_label.text()
    # Each drawn post line lies inside its own day's cell.
    day = _day_with_posts(page)
    for post in page.data.posts_on(day):
        rect = page.grid.post_rect(post.id)
        assert rect is not None and page.grid.cell_rect(day).contains(rect)
        assert page.grid.day_at(rect.center()) == day
    # The tooltip names the state in words, not only by colour.
    first = page.data.posts_on(day)[0]
    tip = page.grid.post_tooltip(first)
    assert f"State: {labels.post_state(first.state)}" in tip and "Platforms: " in tip
    # So does the day's summary (the grid's accessible description when the day is focused).
    count = len(page.data.posts_on(day))
    assert f"{count} {noun(count, 'post')}: " in page.grid.summary(day)
    assert labels.post_state(first.state) in page.grid.summary(day)
    assert page.grid.summary(_empty_day(page)).endswith("no posts")


def test_events_and_quiet_periods_are_bands_with_names(open_calendar) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    assert page.data is not None
    event = next(b for b in page.data.bands if b.kind == "event")
    assert event.first_day == D(2026, 11, 1) and event.name(True).startswith("Workshop")
    summary = page.grid.summary(D(2026, 11, 1))
    assert "Event: " + event.name_en in summary
    # The demo's mourning period: midnight to midnight in Amman, three days.
    _ar, name_en, starts, ends, _reason = next(
        q
        for q in page.context.reader.quiet_periods_overlapping(
            dt.datetime(2000, 1, 1, tzinfo=dt.UTC), dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
        )
        if q[4] == "mourning"
    )
    first = starts.astimezone(AMMAN).date()
    last = (ends.astimezone(AMMAN) - dt.timedelta(seconds=1)).date()
    page.go_to(first + dt.timedelta(days=1))
    quiet = next(b for b in page.data.bands if b.kind == "quiet")
    assert (quiet.first_day, quiet.last_day) == (first, last)
    assert (last - first).days == 2
    assert f"Quiet period: {name_en}" in page.grid.summary(first + dt.timedelta(days=1))
    assert page.grid.summary(last + dt.timedelta(days=1)).count("Quiet period") == 0


def test_filters_reduce_what_is_shown(open_calendar) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    assert page.data is not None
    everything = page.data.post_count
    published = next(a for a in page.filter_bar.states.choice_actions() if a.data() == "published")
    published.setChecked(True)  # as a tick in the menu does
    assert page.post_filter() == PostFilter(states=frozenset({"published"}))
    assert 0 < page.data.post_count < everything
    assert {p.state for ps in page.data.posts_by_day.values() for p in ps} == {"published"}
    assert page.filter_bar.states.text() == "States: Published"
    facebook = next(a for a in page.filter_bar.platforms.choice_actions() if a.data() == "facebook")
    facebook.setChecked(True)
    shown = [p for ps in page.data.posts_by_day.values() for p in ps]
    assert all("facebook" in p.platforms and p.state == "published" for p in shown)
    page.filter_bar.clear_button.click()
    assert page.data.post_count == everything
    campaign = page.context.reader.campaign_names()[0][0]
    page.filter_bar.set_filter(PostFilter(campaign_ids=frozenset({campaign})))
    shown = [p for ps in page.data.posts_by_day.values() for p in ps]
    assert 0 < len(shown) < everything
    assert {p.campaign_id for p in shown} == {campaign}
    pillar = page.context.reader.pillar_names()[0][0]
    page.filter_bar.set_filter(PostFilter(pillar_ids=frozenset({pillar})))
    shown = [p for ps in page.data.posts_by_day.values() for p in ps]
    assert shown and {p.pillar_id for p in shown} == {pillar}


# --- keyboard ----------------------------------------------------------------------------------


def test_keyboard_moves_the_focused_day_and_the_month(open_calendar, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    grid = page.grid
    grid.setFocus()
    assert page.focused_day == TODAY
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert page.focused_day == D(2026, 11, 25)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert page.focused_day == D(2026, 12, 2)
    # Leaving the month shows the next month.
    assert page.title.text() == "December 2026"
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert page.focused_day == TODAY and page.title.text() == "November 2026"
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert page.focused_day == D(2026, 12, 24)
    assert page.visible_range() == (D(2026, 11, 29), D(2027, 1, 2))
    assert page.title.text() == "December 2026"
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert page.title.text() == "October 2026"
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert page.focused_day == TODAY and page.title.text() == "November 2026"
    # The focused day is described for screen readers, and the description follows the focus.
    assert grid.accessibleDescription().startswith("Tuesday, 24 November 2026 (today)")
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.accessibleDescription().startswith("Wednesday, 25 November 2026")
    assert "November 2026" in grid.accessibleName()


def test_enter_and_ctrl_n_ask_for_the_editor(open_calendar, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    grid = page.grid
    grid.setFocus()
    busy = _day_with_posts(page)
    page.go_to(busy)
    with qtbot.waitSignal(page.editRequested) as blocker:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert blocker.args == [page.data.posts_on(busy)[0].id, None]
    empty = _empty_day(page)
    page.go_to(empty)
    with qtbot.waitSignal(page.editRequested) as blocker:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert blocker.args == [None, empty]
    page.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(page.isActiveWindow)
    with qtbot.waitSignal(page.editRequested) as blocker:
        qtbot.keyClick(grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [None, empty]


def test_more_posts_than_fit_are_reachable(open_calendar, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    page.resize(1000, 330)  # cells one line high: "+k more" wherever a day has two posts
    qtbot.wait(1)
    day = next(d for d, ps in sorted(page.data.posts_by_day.items()) if len(ps) >= 2)
    layout = page.grid.cell_layout(day)
    assert layout.hidden >= 1 and layout.more is not None
    assert len(layout.lines) + layout.hidden == len(page.data.posts_on(day))
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=layout.more.center())
    dialog = page.day_dialog
    assert dialog is not None and dialog.day == day
    assert dialog.list.count() == len(page.data.posts_on(day))
    dialog.close()
    page.grid.setFocus()
    page.go_to(day)
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)
    assert page.day_dialog is not dialog and page.day_dialog.day == day
    with qtbot.waitSignal(page.editRequested) as blocker:
        page.day_dialog.list.itemActivated.emit(page.day_dialog.list.item(1))
    assert blocker.args == [page.data.posts_on(day)[1].id, None]


# --- the mouse ---------------------------------------------------------------------------------


def test_double_clicks_open_a_post_or_a_new_post_on_that_day(open_calendar, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    day = _day_with_posts(page)
    post = page.data.posts_on(day)[0]
    rect = page.grid.post_rect(post.id)
    with qtbot.waitSignal(page.editRequested) as blocker:
        qtbot.mouseDClick(page.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [post.id, None]
    empty = _empty_day(page)
    cell = page.grid.cell_rect(empty)
    with qtbot.waitSignal(page.editRequested) as blocker:
        qtbot.mouseDClick(
            page.grid, Qt.MouseButton.LeftButton, pos=QPoint(cell.center().x(), cell.bottom() - 4)
        )
    assert blocker.args == [None, empty]
    with qtbot.waitSignal(page.editRequested) as blocker:
        page.new_button.click()
    assert blocker.args == [None, empty]  # the click focused that day


def _revisions(root, post_id: int):  # type: ignore[no-untyped-def]
    from app.services.posts import PostService
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    opened = open_workspace(Workspace(root))
    try:
        return PostService(opened.sessions, opened.workspace.media_dir).revisions(post_id)
    finally:
        opened.close()


def test_dropping_a_post_on_another_day_reschedules_it(open_calendar, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    movable = ("draft", "in_review", "approved", "changes_requested")
    source, post = next(
        (d, p)
        for d, ps in sorted(page.data.posts_by_day.items())
        for p in ps
        if p.state in movable and d.month == 11 and page.grid.post_rect(p.id) is not None
    )
    before = post.at(AMMAN)
    target = _empty_day(page)
    history = len(_revisions(demo_workspace.root, post.id))
    # A real drop event on the target day's cell, carrying the post as a drag from the grid does.
    mime = post_mime(post.id, post.title)
    drop = QDropEvent(
        QPointF(page.grid.cell_rect(target).center()),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.grid.dropEvent(drop)
    assert drop.isAccepted()
    when, _state = _stored_posts(demo_workspace.root)[post.id]
    assert when is not None
    local = when.astimezone(AMMAN)
    assert local.date() == target
    assert (local.hour, local.minute) == (before.hour, before.minute)  # same time of day
    revisions = _revisions(demo_workspace.root, post.id)
    assert len(revisions) == history + 1
    assert revisions[-1].reason == "reschedule"
    assert post.id in {p.id for p in page.data.posts_on(target)}
    assert post.id not in {p.id for p in page.data.posts_on(source)}
    assert page.message.text().startswith("Moved to")


def test_a_move_into_a_quiet_period_withdraws_the_approval_and_says_so(  # type: ignore[no-untyped-def]
    open_calendar, demo_workspace
) -> None:
    from app.services.workspace import open_workspace
    from app.store import models as m
    from app.store.workspace import Workspace

    page = open_calendar("en")
    post = next(
        p
        for d, ps in sorted(page.data.posts_by_day.items())
        for p in ps
        if p.state == "approved" and d.month == 11
    )
    target = _empty_day(page)
    start = dt.datetime.combine(target, dt.time(0, 0), AMMAN)
    opened = open_workspace(Workspace(demo_workspace.root))
    try:
        with opened.sessions.begin() as session:
            session.add(
                m.QuietPeriod(
                    name_ar="صمت انتخابي",
                    name_en="Electoral silence",
                    reason="electoral_silence",
                    starts_at=start.astimezone(dt.UTC),
                    ends_at=(start + dt.timedelta(days=1)).astimezone(dt.UTC),
                )
            )
    finally:
        opened.close()
    assert page.drop_post(post_mime(post.id, post.title), target) is True
    when, state = _stored_posts(demo_workspace.root)[post.id]
    assert when is not None and when.astimezone(AMMAN).date() == target
    assert state == "draft"
    text = page.message.text()
    assert text.startswith("Moved to") and "quiet period" in text and "withdrawn" in text


def test_a_published_post_cannot_be_dropped_elsewhere(open_calendar, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    day, post = next(
        (d, p)
        for d, ps in sorted(page.data.posts_by_day.items())
        for p in ps
        if p.state == "published"
    )
    stored_before = _stored_posts(demo_workspace.root)[post.id]
    history = len(_revisions(demo_workspace.root, post.id))
    assert page.drop_post(post_mime(post.id), day + dt.timedelta(days=2)) is False
    assert _stored_posts(demo_workspace.root)[post.id] == stored_before
    assert len(_revisions(demo_workspace.root, post.id)) == history
    assert page.message.isVisible()
    assert "Published" in page.message.text() and "cannot be moved" in page.message.text()
    # Something that is not a post is not taken at all.
    from PySide6.QtCore import QMimeData

    other = QMimeData()
    other.setText("hello")
    assert page.drop_post(other, day) is False


# --- views, Hijri, export, Arabic --------------------------------------------------------------


def test_week_and_agenda_views(open_calendar, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    page.view_buttons["week"].click()
    assert page.view == "week"
    assert page.visible_range() == (D(2026, 11, 22), D(2026, 11, 28))
    assert page.title.text() == "22 November – 28 November 2026"
    qtbot.keyClick(page.grid, Qt.Key.Key_PageDown)
    assert page.focused_day == D(2026, 12, 1)
    page.next_button.click()
    assert page.visible_range() == (D(2026, 12, 6), D(2026, 12, 12))
    page.go_today()
    page.view_buttons["agenda"].click()
    assert page.stack.currentWidget() is page.agenda
    model = page.agenda_model
    posts = [r for r in model.rows if r[0] == "post"]
    assert len(posts) == sum(len(ps) for d, ps in page.data.posts_by_day.items() if d.month == 11)
    days = [r[1] for r in model.rows if r[0] == "day"]
    assert days == sorted(days)
    header = model.index(model.row_of_day(TODAY), 0)
    assert "(today)" in header.data() or page.data.posts_on(TODAY) == []
    row = model.row_of_post(posts[0][2].id)
    with qtbot.waitSignal(page.editRequested) as blocker:
        page.agenda.activated.emit(model.index(row, 0))
    assert blocker.args == [posts[0][2].id, None]


def test_hijri_dates_on_demand(open_calendar) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("en")
    assert page.grid.hijri_labels == {}
    assert not page.subtitle.isVisible()
    page.hijri_check.setChecked(True)
    assert page.grid.hijri_labels[TODAY] == "14"
    assert page.grid.hijri_labels[D(2026, 11, 1)] == "21 Jumada al-Ula"  # first day shown
    assert page.grid.hijri_labels[D(2026, 11, 11)] == "1 Jumada al-Akhirah"
    assert page.subtitle.isVisible()
    assert page.subtitle.text() == "Jumada al-Ula – Jumada al-Akhirah 1448 AH"
    page.hijri_check.setChecked(False)
    assert page.grid.hijri_labels == {}


def test_arabic_mirrors_the_month_and_uses_arabic_digits(open_calendar, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_calendar("ar")
    grid = page.grid
    assert grid.isRightToLeft()
    first, _last = page.visible_range()
    # Sunday, the first day of the week, is the rightmost column.
    assert grid.cell_rect(first).right() >= grid.width() - 2
    assert grid.cell_rect(first + dt.timedelta(days=6)).left() <= 1
    assert grid.day_at(QPoint(grid.width() - 5, grid.cell_rect(first).center().y())) == first
    # The left arrow goes forward in time in a right-to-left calendar.
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert page.focused_day == D(2026, 11, 25)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert page.focused_day == TODAY
    assert page.title.text() == "تشرين الثاني ٢٠٢٦"
    page.hijri_check.setChecked(True)
    assert grid.hijri_labels[TODAY] == "١٤"
    assert grid.hijri_labels[D(2026, 11, 11)] == "١ جمادى الآخرة"
    assert "١٤٤٨" in page.subtitle.text()
    assert grid.number(24) == "٢٤"


def test_export_ics_writes_the_visible_range(open_calendar, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    page = open_calendar("en")
    page.filter_bar.set_filter(PostFilter(states=frozenset({"published"})))
    target = tmp_path / "november.ics"
    assert page.export_ics(target) == target
    calendar = Calendar.from_ical(target.read_bytes())
    uids = {str(c["UID"]) for c in calendar.walk("VEVENT") if str(c["UID"]).startswith("post-")}
    shown = {p.id for ps in page.data.posts_by_day.values() for p in ps}
    assert len(uids) == len(shown) > 0
    assert {int(uid.split("@")[0].removeprefix("post-")) for uid in uids} == shown
    assert "exported" in page.message.text()
    # A place that cannot be written: a message, no crash.
    assert page.export_ics(tmp_path / "missing" / "x.ics") is None
    assert page.message.text().startswith("Nothing was exported")


def test_the_main_window_lists_the_calendar_and_the_posts(launch, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == [
        "Dashboard",
        "Calendar",
        "Posts",
        "Inquiries",
        "Archive",
        "Metrics",
        "Accounts",
        "Settings",
    ]
    assert window.pages[1] is None  # built on first use
    window.navigation.setCurrentRow(1)
    assert isinstance(window.stack.currentWidget(), CalendarPage)
    assert window.calendar is window.stack.currentWidget()
    window.navigation.setCurrentRow(2)
    assert window.stack.currentWidget() is window.posts
    assert window.settings is window.pages[-1]
