"""The inquiry log's rules: targets, states, saved-reply templates, the queue's order, a period's
figures (against hand-computed values), retention dates and redaction."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.inquiries import (
    DEFAULT_TARGET_HOURS,
    REDACTED_MARKER,
    InquiryFacts,
    MalformedTemplate,
    MissingValue,
    TemplateError,
    UnknownPlaceholder,
    arrange_queue,
    check_retention_months,
    check_status_change,
    check_template,
    default_targets,
    fill_reply,
    format_reply_date,
    nearest_rank,
    overdue_count,
    period_figures,
    redact_person,
    retention_cutoff,
    status_after_response,
    target_for,
    target_hours,
    targets_from_settings,
    template_placeholders,
)
from app.core.office_hours import OfficeHours

H = dt.timedelta(hours=1)
UTC_OFFICE = OfficeHours()  # Sunday–Thursday 08:00–15:00 UTC, no holidays


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


# --- targets and states ----------------------------------------------------------------------


def test_default_targets() -> None:
    targets = default_targets()
    assert targets["inquiry"] == 24 * H
    assert targets["complaint"] == 48 * H
    assert targets["media_request"] == 4 * H
    assert targets["request"] == 48 * H
    assert targets["suggestion"] == 72 * H
    assert targets["mention"] == 24 * H
    assert set(targets) == set(DEFAULT_TARGET_HOURS)
    assert target_for("a kind from a newer version", targets) == 24 * H


def test_targets_from_settings() -> None:
    targets = targets_from_settings({"complaint": 36, "media_request": 1.5})
    assert targets["complaint"] == 36 * H
    assert targets["media_request"] == dt.timedelta(minutes=90)
    assert targets["inquiry"] == 24 * H
    assert target_hours(targets)["media_request"] == 1.5
    for bad, message in (
        ({"gossip": 3}, "unknown inquiry kind"),
        ({"complaint": 0}, "between"),
        ({"complaint": "48"}, "number of hours"),
        ({"complaint": float("nan")}, "number of hours"),
        ({"complaint": True}, "number of hours"),
        ([1, 2], "not an object"),
    ):
        with pytest.raises(ValueError, match=message):
            targets_from_settings(bad)  # type: ignore[arg-type]


def test_state_changes() -> None:
    check_status_change("new", "resolved", has_response=False)  # a mention needing no reply
    check_status_change("resolved", "waiting", has_response=True)  # reopened
    check_status_change("answered", "answered", has_response=True)
    with pytest.raises(ValueError, match="cannot be marked answered"):
        check_status_change("new", "answered", has_response=False)
    with pytest.raises(ValueError, match="cannot go back to new"):
        check_status_change("closed", "new", has_response=True)
    with pytest.raises(ValueError, match="unknown inquiry state"):
        check_status_change("new", "archived", has_response=False)
    assert status_after_response("new") == "answered"
    assert status_after_response("waiting") == "waiting"
    assert status_after_response("resolved") == "resolved"


def test_retention_months_and_cutoff() -> None:
    assert check_retention_months(12) == 12
    for bad in (0, 121, 1.5, "12", True):
        with pytest.raises(ValueError):
            check_retention_months(bad)
    amman = ZoneInfo("Asia/Amman")
    # 31 March 2027 10:00 in Amman less one month: 28 February (no 31st), same wall time.
    now = dt.datetime(2027, 3, 31, 10, 0, tzinfo=amman)
    assert retention_cutoff(now, 1, amman) == dt.datetime(2027, 2, 28, 7, 0, tzinfo=dt.UTC)
    assert retention_cutoff(now, 12, amman) == dt.datetime(2026, 3, 31, 7, 0, tzinfo=dt.UTC)
    assert retention_cutoff(now, 13, amman) == dt.datetime(2026, 2, 28, 7, 0, tzinfo=dt.UTC)
    leap = dt.datetime(2028, 3, 30, 0, 30, tzinfo=amman)
    assert retention_cutoff(leap, 1, amman).astimezone(amman).date() == dt.date(2028, 2, 29)


# --- saved replies ---------------------------------------------------------------------------

VALUES = {"name": "سارة", "subject": "بطاقة الناخب", "date": "24 تشرين الثاني 2026"}


def test_fill_reply() -> None:
    assert fill_reply("أهلاً {name}، بخصوص {subject} ({date})", VALUES) == (
        "أهلاً سارة، بخصوص بطاقة الناخب (24 تشرين الثاني 2026)"
    )
    assert fill_reply("no placeholders", {}) == "no placeholders"
    # Doubled braces are literal; a value is not read again as a template.
    assert fill_reply("{{name}} is {name}", {"name": "{subject}"}) == "{name} is {subject}"
    assert fill_reply("}}{{", {}) == "}{"


def test_unknown_placeholders_are_all_reported() -> None:
    with pytest.raises(UnknownPlaceholder) as caught:
        fill_reply("Dear {title} {name}, re {case_no} and {title} {} {0} {name!r}", VALUES)
    assert caught.value.names == ("title", "case_no", "", "0", "name!r")
    assert "{title}" in str(caught.value) and "{case_no}" in str(caught.value)
    assert "سارة" not in str(caught.value)
    with pytest.raises(UnknownPlaceholder):
        check_template("{Name}")  # names are exact


@pytest.mark.parametrize(
    ("template", "position", "problem"),
    [
        ("Hello {name", 6, "never closed"),
        ("Hello name}", 10, "no '{' before it"),
        ("{a{name}}", 0, "not closed before the next"),
        ("{", 0, "never closed"),
        ("}", 0, "no '{'"),
        ("{{name}", 6, "no '{'"),
    ],
)
def test_malformed_braces_are_a_clear_error(template: str, position: int, problem: str) -> None:
    with pytest.raises(MalformedTemplate, match=problem) as caught:
        fill_reply(template, VALUES)
    assert caught.value.position == position
    assert f"character {position + 1}" in str(caught.value)


def test_a_missing_value_is_reported() -> None:
    with pytest.raises(MissingValue) as caught:
        fill_reply("Hello {name}, about {subject}", {"name": None, "subject": " "})
    assert caught.value.names == ("name", "subject")
    assert template_placeholders("{date} {name} {date}") == ("date", "name")


@given(st.text(alphabet=st.sampled_from("{}ab name subject date\n"), max_size=40))
def test_any_text_fills_or_raises_a_template_error(template: str) -> None:
    try:
        result = fill_reply(template, VALUES)
    except TemplateError:
        return
    # Only a doubled brace leaves a brace behind (the values have none).
    assert ("{" in result) == ("{{" in template)


def test_reply_dates() -> None:
    day = dt.date(2026, 11, 24)
    assert format_reply_date(day, "en") == "24 November 2026"
    assert format_reply_date(day, "ar") == "24 تشرين الثاني 2026"
    assert format_reply_date(dt.date(2027, 1, 5), "ar") == "5 كانون الثاني 2027"


# --- a period's figures, computed by hand ----------------------------------------------------
# Office: Sunday–Thursday 08:00–15:00 UTC. Period: the week from Sunday 1 November 2026 00:00
# to Sunday 8 November 00:00 (exclusive). Targets: inquiry 24 h, complaint 48 h, media 4 h.
START, END = utc(2026, 11, 1), utc(2026, 11, 8)


def week_facts() -> list[InquiryFacts]:
    return [
        # A: Sun 09:00 -> Sun 11:00: 2 h office, 2 h calendar; due Wed 4 Nov 12:00: within.
        InquiryFacts(
            1, "inquiry", "facebook", "answered", utc(2026, 11, 1, 9), utc(2026, 11, 1, 11)
        ),
        # B: Thu 14:00, answered Sun 8 Nov 09:00 — after the period's end: awaiting at the end;
        # due Mon 16 Nov 13:00: not overdue then.
        InquiryFacts(
            2, "complaint", "email", "answered", utc(2026, 11, 5, 14), utc(2026, 11, 8, 9)
        ),
        # C: Mon 14:00, no response; due Tue 3 Nov 11:00: overdue at the end.
        InquiryFacts(3, "media_request", "phone", "new", utc(2026, 11, 2, 14)),
        # D: Friday 20:00 -> Saturday 10:00: 0 h office, 14 h calendar: within.
        InquiryFacts(4, "inquiry", "x", "resolved", utc(2026, 11, 6, 20), utc(2026, 11, 7, 10)),
        # E: Mon 08:30 -> Mon 15:30: 6.5 h office, 7 h calendar; due 12:30: late.
        InquiryFacts(
            5,
            "media_request",
            "email",
            "closed",
            utc(2026, 11, 2, 8, 30),
            utc(2026, 11, 2, 15, 30),
            utc(2026, 11, 3, 9),
        ),
        # F: received the day before the period: left out.
        InquiryFacts(
            6, "inquiry", "facebook", "answered", utc(2026, 10, 31, 23), utc(2026, 11, 1, 9)
        ),
        # G: closed Tue 12:00 without any response.
        InquiryFacts(
            7, "complaint", "website", "closed", utc(2026, 11, 3, 10), None, utc(2026, 11, 3, 12)
        ),
        # H: Wed 09:00 -> Thu 09:00: 6 + 1 = 7 h office, 24 h calendar: within.
        InquiryFacts(
            8, "inquiry", "facebook", "answered", utc(2026, 11, 4, 9), utc(2026, 11, 5, 9)
        ),
        # I: received at the period's end: left out.
        InquiryFacts(9, "inquiry", "facebook", "new", utc(2026, 11, 8)),
        # J: Sun 08:00, due Wed 11:00, answered at exactly 11:00: 24 h office, 75 h calendar,
        # within (at the deadline counts).
        InquiryFacts(
            10, "inquiry", "instagram", "waiting", utc(2026, 11, 1, 8), utc(2026, 11, 4, 11)
        ),
        # K: Sun 12:00, due Wed 15:00 (a closing time), answered Wed 16:00: 24 h office like J,
        # 76 h calendar, but after the deadline: late.
        InquiryFacts(
            11, "inquiry", "facebook", "answered", utc(2026, 11, 1, 12), utc(2026, 11, 4, 16)
        ),
    ]


def test_period_figures_by_hand() -> None:
    figures = period_figures(week_facts(), START, END, END, default_targets(), UTC_OFFICE)
    assert figures.total == 9  # A B C D E G H J K
    assert figures.by_channel == {
        "facebook": 3,
        "x": 1,
        "instagram": 1,
        "youtube": 0,
        "tiktok": 0,
        "website": 1,
        "email": 2,
        "phone": 1,
        "walk_in": 0,
    }
    assert figures.by_kind == {
        "inquiry": 5,
        "complaint": 2,
        "request": 0,
        "suggestion": 0,
        "media_request": 2,
        "mention": 0,
    }
    assert figures.by_status == {"new": 1, "answered": 4, "waiting": 1, "resolved": 1, "closed": 2}
    assert figures.answered == 6  # A D E H J K
    assert figures.awaiting == 2  # B (answered only after the end) and C
    assert figures.closed_unanswered == 1  # G
    assert figures.overdue == 1  # C
    # Office times sorted: 0, 2, 6.5, 7, 24, 24 -> nearest rank: median rank 3, p90 rank 6.
    assert figures.office_median == dt.timedelta(hours=6, minutes=30)
    assert figures.office_p90 == 24 * H
    # Calendar times sorted: 2, 7, 14, 24, 75, 76.
    assert figures.calendar_median == 14 * H
    assert figures.calendar_p90 == 76 * H
    assert figures.within_target == 4  # A D H J
    assert figures.judged == 7  # six answered and C
    assert figures.share_within_target == pytest.approx(4 / 7)


def test_an_unanswered_inquiry_is_not_a_zero_time() -> None:
    # Only C and B: neither has a response by the end, so there is no response time at all.
    facts = [f for f in week_facts() if f.id in (2, 3)]
    figures = period_figures(facts, START, END, END, default_targets(), UTC_OFFICE)
    assert figures.answered == 0
    assert figures.office_median is None and figures.calendar_p90 is None
    assert figures.awaiting == 2
    assert (figures.judged, figures.within_target) == (1, 0)
    assert figures.share_within_target == 0.0
    # Judged later, B's response is inside: Thu 14:00 -> Sun 09:00 is 1 + 1 = 2 office hours.
    later = period_figures(facts, START, END, utc(2026, 11, 9), default_targets(), UTC_OFFICE)
    assert later.answered == 1 and later.office_median == 2 * H
    assert later.calendar_median == 67 * H


def test_a_period_still_running_is_judged_now() -> None:
    now = utc(2026, 11, 2, 12)  # Monday noon
    figures = period_figures(week_facts(), START, END, now, default_targets(), UTC_OFFICE)
    # A and J were received, A answered; J awaits (due Wed), E is late but not answered by now.
    answered_by_now = 1
    assert figures.answered == answered_by_now
    assert figures.overdue == 0
    assert figures.judged == 1 and figures.within_target == 1


def test_an_empty_period() -> None:
    figures = period_figures([], START, END, END, default_targets(), UTC_OFFICE)
    assert figures.total == figures.answered == figures.awaiting == figures.overdue == 0
    assert figures.office_median is figures.office_p90 is None
    assert figures.calendar_median is figures.calendar_p90 is None
    assert figures.share_within_target is None
    assert set(figures.by_kind.values()) == {0}
    outside = period_figures(
        week_facts(),
        utc(2027, 1, 1),
        utc(2027, 2, 1),
        utc(2027, 2, 1),
        default_targets(),
        UTC_OFFICE,
    )
    assert outside.total == 0 and outside.share_within_target is None


def test_nearest_rank() -> None:
    values = list(range(1, 11))
    assert nearest_rank(values, 50) == 5
    assert nearest_rank(values, 90) == 9
    assert nearest_rank(values, 100) == 10
    assert nearest_rank([7], 90) == 7
    assert nearest_rank([], 50) is None
    assert nearest_rank(list(range(1, 31)), 90) == 27  # 0.9 × 30 is 27.000000000000004
    with pytest.raises(ValueError):
        nearest_rank(values, 0)


# --- the queue and the overdue count -------------------------------------------------------


def queue_input(i: int, received: dt.datetime, kind: str, status: str = "new", first=None):
    return (i, received, "email", kind, status, f"subject {i}", "en", None, first)


def test_the_queue_puts_the_most_overdue_first() -> None:
    now = utc(2026, 11, 4, 12)  # Wednesday noon
    rows = [
        queue_input(1, utc(2026, 11, 3, 9), "inquiry"),  # due Sun 8 Nov 12:00: 3 + 7 + 4 h left
        queue_input(2, utc(2026, 11, 2, 9), "media_request"),  # due Mon 13:00: overdue
        queue_input(3, utc(2026, 11, 1, 9), "media_request"),  # due Sun 13:00: most overdue
        queue_input(4, utc(2026, 11, 4, 9), "inquiry", "answered", utc(2026, 11, 4, 10)),
        queue_input(5, utc(2026, 11, 4, 11), "complaint", "waiting"),  # waiting, no response
        queue_input(6, utc(2026, 11, 1, 9), "inquiry", "resolved"),  # done: no clock
        queue_input(7, utc(2026, 11, 4, 11, 30), "complaint", "answered", utc(2026, 11, 4, 11, 45)),
    ]
    queue = arrange_queue(rows, default_targets(), UTC_OFFICE, now)
    assert [r.id for r in queue] == [3, 2, 1, 5, 7, 4, 6]
    assert [r.overdue for r in queue[:4]] == [True, True, False, False]
    assert queue[0].office_left == -(2 + 7 + 7 + 4) * H  # Sun 13:00 to Wed 12:00
    assert queue[0].calendar_left == -(3 * 24 - 1) * H
    assert queue[2].office_left == 14 * H and queue[2].calendar_left == 4 * 24 * H
    assert queue[4].deadline is None and not queue[4].overdue
    overdue = arrange_queue(rows, default_targets(), UTC_OFFICE, now, overdue_only=True)
    assert [r.id for r in overdue] == [3, 2]
    assert [r.id for r in arrange_queue(rows, default_targets(), UTC_OFFICE, now, limit=2)] == [
        3,
        2,
    ]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["inquiry", "complaint", "media_request"]),
            st.integers(0, 30 * 24 * 60).map(lambda m: utc(2026, 10, 1) + dt.timedelta(minutes=m)),
        ),
        max_size=40,
    ),
    st.integers(0, 40 * 24 * 60).map(lambda m: utc(2026, 10, 1) + dt.timedelta(minutes=m)),
)
def test_the_overdue_count_matches_checking_each(
    rows: list[tuple[str, dt.datetime]], now: dt.datetime
) -> None:
    targets = default_targets()
    expected = sum(
        UTC_OFFICE.add_office_time(received, targets[kind]) < now for kind, received in rows
    )
    assert overdue_count(rows, targets, UTC_OFFICE, now) == expected
    stored = [(k, r.strftime("%Y-%m-%d %H:%M:%S.%f")) for k, r in rows]
    parse = lambda text: dt.datetime.fromisoformat(text + "+00:00")  # noqa: E731
    assert overdue_count(stored, targets, UTC_OFFICE, now, parse) == expected


# --- redaction -----------------------------------------------------------------------------


def test_redaction_of_names_and_contacts() -> None:
    name, contact = "سارة عبد الله", "+962 79 555 0101"
    text = "أهلاً سارة، وسارة الأخرى. رقمك +962 79 555 0101 مسجل. عبد الرحمن والله شاهد. سارةُ"
    assert redact_person(text, name, contact) == (
        f"أهلاً {REDACTED_MARKER}، و{REDACTED_MARKER} الأخرى. رقمك {REDACTED_MARKER} مسجل. "
        f"عبد الرحمن والله شاهد. {REDACTED_MARKER}"
    )
    redacted = redact_person(text, name, contact)
    assert "سارة" not in redacted and "555 0101" not in redacted
    assert "عبد الرحمن" in redacted and "والله" in redacted  # particles are not names
    english = redact_person(
        "Dear SARAH Miller-Jones; Sarahs and Millers stay.",
        "Sarah Miller-Jones",
        "sarah@example.com",
    )
    assert english == f"Dear {REDACTED_MARKER}; Sarahs and Millers stay."
    assert redact_person("write to sarah@example.com", "Sarah", "sarah@example.com") == (
        f"write to {REDACTED_MARKER}"
    )
    assert redact_person("unchanged", None, None) == "unchanged"
