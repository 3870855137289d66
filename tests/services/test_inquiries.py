"""The inquiry log service (issue 6): recording, responses, states, the queue and its filters,
saved replies, settings, figures, CSV export, retention and a person's export and erasure —
including that removed personal data is gone from the database files themselves."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.core.inquiries import ERASED_MARKER, InquiryFilter
from app.services.audit import AuditLog
from app.services.dashboard import DashboardService
from app.services.inquiries import (
    InquiryError,
    InquiryFields,
    InquiryNotFound,
    InquiryService,
    SavedReplyError,
)
from app.services.settings import SettingsService
from app.store.fastread import FastReader
from app.store.models import Campaign, SavedReply
from tests.services.post_fixtures import FakeClock

AMMAN = ZoneInfo("Asia/Amman")  # UTC+3 all year
H = dt.timedelta(hours=1)


def amman(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=AMMAN)


# Tuesday 24 November 2026, 13:00 in Amman.
NOW = amman(2026, 11, 24, 13, 0)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW.astimezone(dt.UTC))


@pytest.fixture
def svc(workspace, clock: FakeClock) -> InquiryService:
    SettingsService(workspace.sessions).set_timezone("Asia/Amman")
    return InquiryService(workspace.sessions, clock=clock)


def fields(**changes) -> InquiryFields:
    base = {
        "channel": "facebook",
        "kind": "inquiry",
        "subject": "بطاقة الناخب",
        "text": "متى أستطيع استلام بطاقة الناخب؟",
        "language": "ar",
        "inquirer_name": "ريم الحداد",
        "inquirer_contact": "reem.haddad@example.com",
    }
    base.update(changes)
    return InquiryFields(**base)


# --- recording --------------------------------------------------------------------------------


def test_create_and_get(svc: InquiryService) -> None:
    info = svc.create(fields())
    assert info.status == "new"
    assert info.received_at == NOW
    assert info.inquirer_name == "ريم الحداد"
    assert info.target == 24 * H
    # Tue 13:00 + 24 office hours: Tue 2 h, Wed 7, Thu 7, Sun 7, Mon 1 -> Mon 30 Nov 09:00.
    assert info.deadline == amman(2026, 11, 30, 9, 0)
    assert info.office_left == 24 * H
    assert not info.overdue and info.within_target is None
    assert "ريم" not in repr(info) and "reem" not in repr(info)
    blank = svc.create(fields(inquirer_name="  ", inquirer_contact=""))
    assert blank.inquirer_name is None and blank.inquirer_contact is None
    with pytest.raises(InquiryNotFound, match="no inquiry 999"):
        svc.get(999)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"channel": "telegram"}, "unknown channel"),
        ({"kind": "praise"}, "unknown kind"),
        ({"language": "fr"}, "unknown language"),
        ({"subject": " ", "text": ""}, "subject or a text"),
        ({"received_at": amman(2026, 11, 25, 9)}, "in the future"),
        ({"received_at": dt.datetime(2026, 11, 20, 9)}, "no time zone"),
        ({"inquirer_name": "Zed Secretname " * 20}, "inquirer name is longer"),
        ({"inquirer_contact": "x" * 301}, "inquirer contact is longer"),
        ({"post_id": 42}, "no post 42"),
        ({"campaign_id": 7}, "no campaign 7"),
    ],
)
def test_what_is_recorded_is_checked(svc: InquiryService, changes, message: str) -> None:
    with pytest.raises(InquiryError, match=message) as caught:
        svc.create(fields(**changes))
    assert "Secretname" not in str(caught.value)


def test_links_to_a_campaign(svc: InquiryService, workspace) -> None:
    with workspace.sessions.begin() as s:
        campaign = Campaign(
            name_ar="حملة", starts_on=dt.date(2026, 11, 1), ends_on=dt.date(2026, 11, 30)
        )
        s.add(campaign)
        s.flush()
        campaign_id = campaign.id
    assert svc.create(fields(campaign_id=campaign_id)).campaign_id == campaign_id


def test_a_response_answers_the_inquiry(svc: InquiryService, clock: FakeClock) -> None:
    received = amman(2026, 11, 22, 10, 0)  # Sunday
    info = svc.create(fields(received_at=received))
    info = svc.respond(info.id, "أهلاً ريم، تُستلم البطاقة من مكتب الأحوال المدنية.", "facebook",
                       sent_at=amman(2026, 11, 22, 12, 0))  # fmt: skip
    assert info.status == "answered"
    assert info.first_response_at == amman(2026, 11, 22, 12, 0)
    assert info.office_response == 2 * H and info.calendar_response == 2 * H
    assert info.within_target is True and not info.overdue
    assert info.office_left is None
    # A later response does not move the first one; one logged as sent earlier does.
    svc.respond(info.id, "متابعة", "phone")
    info = svc.respond(info.id, "اتصال", "phone", sent_at=amman(2026, 11, 22, 11, 0))
    assert info.first_response_at == amman(2026, 11, 22, 11, 0)
    assert [r.text for r in info.responses] == [
        "اتصال",
        "أهلاً ريم، تُستلم البطاقة من مكتب الأحوال المدنية.",
        "متابعة",
    ]
    with pytest.raises(InquiryError, match="before the inquiry was received"):
        svc.respond(info.id, "x", "email", sent_at=amman(2026, 11, 22, 9, 0))
    with pytest.raises(InquiryError, match="in the future"):
        svc.respond(info.id, "x", "email", sent_at=NOW + H)
    with pytest.raises(InquiryError, match="unknown channel"):
        svc.respond(info.id, "x", "fax")


def test_a_response_after_the_deadline_is_late(svc: InquiryService) -> None:
    # A media request (4 h) received Sunday 14:00, answered Monday 10:00: 1 + 2 = 3 h: within;
    # another received Sunday 10:00, answered Sunday 15:30 (after closing, 5 h of office
    # time gone at 14:00): late.
    early = svc.create(fields(kind="media_request", received_at=amman(2026, 11, 22, 14)))
    early = svc.respond(early.id, "ok", "email", sent_at=amman(2026, 11, 23, 10))
    assert early.office_response == 3 * H and early.within_target is True
    late = svc.create(fields(kind="media_request", received_at=amman(2026, 11, 22, 10)))
    late = svc.respond(late.id, "ok", "email", sent_at=amman(2026, 11, 22, 15, 30))
    assert late.deadline == amman(2026, 11, 22, 14)
    assert late.office_response == 5 * H and late.within_target is False


def test_an_unanswered_item_past_its_target_is_overdue(svc: InquiryService) -> None:
    # Media request (4 h) received Monday 14:00: due Tuesday 11:00; now is Tuesday 13:00.
    info = svc.create(fields(kind="media_request", received_at=amman(2026, 11, 23, 14)))
    assert info.deadline == amman(2026, 11, 24, 11)
    assert info.overdue and info.within_target is False
    assert info.office_left == -2 * H and info.calendar_left == -2 * H
    info = svc.set_status(info.id, "waiting")  # waiting without a response: still owed one
    assert info.overdue


def test_states(svc: InquiryService, clock: FakeClock) -> None:
    info = svc.create(fields(received_at=amman(2026, 11, 22, 10)))
    with pytest.raises(InquiryError, match="cannot be marked answered"):
        svc.set_status(info.id, "answered")
    with pytest.raises(InquiryError, match="unknown inquiry state"):
        svc.set_status(info.id, "archived")
    svc.respond(info.id, "رد", "facebook", sent_at=amman(2026, 11, 22, 11))
    info = svc.set_status(info.id, "resolved")
    assert info.status == "resolved" and info.resolved_at == NOW
    clock.advance(hours=2)
    info = svc.set_status(info.id, "closed")
    assert info.resolved_at == NOW  # closing a resolved inquiry keeps the time
    info = svc.set_status(info.id, "waiting")  # reopened
    assert info.resolved_at is None and info.is_open
    with pytest.raises(InquiryError, match="cannot go back to new"):
        svc.set_status(info.id, "new")
    mention = svc.create(fields(kind="mention"))
    assert svc.set_status(mention.id, "closed").resolved_at == NOW + 2 * H


def test_removing_the_only_response(svc: InquiryService) -> None:
    info = svc.create(fields(received_at=amman(2026, 11, 22, 10)))
    info = svc.respond(info.id, "رد", "facebook", sent_at=amman(2026, 11, 22, 11))
    info = svc.respond(info.id, "رد ثان", "facebook", sent_at=amman(2026, 11, 22, 12))
    info = svc.remove_response(info.responses[0].id)
    assert info.first_response_at == amman(2026, 11, 22, 12) and info.status == "answered"
    info = svc.remove_response(info.responses[0].id)
    assert info.first_response_at is None and info.status == "new"
    with pytest.raises(InquiryError, match="no response"):
        svc.remove_response(12345)


def test_update(svc: InquiryService) -> None:
    info = svc.create(fields(received_at=amman(2026, 11, 22, 10)))
    info = svc.update(info.id, fields(kind="complaint", subject="شكوى", received_at=None))
    assert (info.kind, info.subject, info.received_at) == (
        "complaint",
        "شكوى",
        amman(2026, 11, 22, 10),
    )
    svc.respond(info.id, "رد", "facebook", sent_at=amman(2026, 11, 22, 11))
    with pytest.raises(InquiryError, match="after the first response"):
        svc.update(info.id, fields(received_at=amman(2026, 11, 22, 12)))
    info = svc.update(info.id, info.fields())  # the form sent back unchanged
    assert info.kind == "complaint"


# --- the queue ----------------------------------------------------------------------------------


@pytest.fixture
def queue_items(svc: InquiryService) -> dict[str, int]:
    ids = {}
    ids["most_overdue"] = svc.create(
        fields(kind="media_request", channel="email", received_at=amman(2026, 11, 22, 9),
               subject="طلب مقابلة", text="طلب مقابلة مع رئيس الهيئة المستقلة للانتخاب")
    ).id  # fmt: skip
    ids["overdue"] = svc.create(
        fields(kind="media_request", channel="phone", received_at=amman(2026, 11, 23, 14),
               subject="Interview request", text="A radio interview about VOTER registration")
    ).id  # fmt: skip
    ids["soon"] = svc.create(
        fields(kind="inquiry", received_at=amman(2026, 11, 19, 12), subject="موعد الاقتراع")
    ).id
    ids["later"] = svc.create(fields(kind="complaint", received_at=amman(2026, 11, 24, 9))).id
    answered = svc.create(fields(received_at=amman(2026, 11, 24, 10), subject="سؤال عام"))
    svc.respond(answered.id, "رد", "facebook", sent_at=amman(2026, 11, 24, 11))
    ids["answered"] = answered.id
    done = svc.create(fields(received_at=amman(2026, 11, 2, 10), subject="قديم"))
    svc.set_status(done.id, "closed")
    ids["closed"] = done.id
    return ids


def test_the_queue_sorts_by_time_left(
    svc: InquiryService, queue_items: dict[str, int], workspace
) -> None:
    queue = svc.queue()
    order = ["most_overdue", "overdue", "soon", "later", "answered"]
    assert [r.id for r in queue] == [queue_items[k] for k in order]
    assert [r.overdue for r in queue] == [True, True, False, False, False]
    # Received Thursday 19th 12:00: 3 + 7 + 7 + 7 = 24 h by Tuesday 15:00: 2 office hours left.
    assert queue[2].office_left == 2 * H and queue[2].calendar_left == 2 * H
    assert queue[4].deadline is None and queue[4].office_left is None
    # The page's fast path gives the same rows in the same order.
    reader = FastReader(workspace.workspace.db_path)
    try:
        fast = reader.inquiry_queue(None, NOW, "Asia/Amman")
    finally:
        reader.close()
    assert fast == queue


def test_queue_filters(svc: InquiryService, queue_items: dict[str, int]) -> None:
    def ids(**kw) -> list[int]:
        return [r.id for r in svc.queue(InquiryFilter(**kw))]

    q = queue_items
    assert ids(overdue_only=True) == [q["most_overdue"], q["overdue"]]
    assert ids(channels=frozenset({"phone", "email"})) == [q["most_overdue"], q["overdue"]]
    assert ids(kinds=frozenset({"complaint"})) == [q["later"]]
    assert ids(statuses=frozenset({"closed"})) == [q["closed"]]
    assert q["closed"] in ids(statuses=frozenset())
    assert ids(start=amman(2026, 11, 23), end=amman(2026, 11, 24, 10)) == [
        q["overdue"],
        q["later"],
    ]
    assert ids(limit=1) == [q["most_overdue"]]
    # Text search: Arabic spelling variants and case folded, every word required.
    assert ids(text="الهيئه المستقله") == [q["most_overdue"]]  # ة written ه
    assert ids(text="إنتخاب") == [q["most_overdue"]]  # إ for ا, inside "للانتخاب"
    assert ids(text="اقْتِراع") == [q["soon"]]  # with harakat
    assert ids(text="voter interview") == [q["overdue"]]
    assert ids(text="voter مقابلة") == []
    assert ids(text="   ") == ids()


# --- saved replies --------------------------------------------------------------------------------

REPLY_AR = "أهلاً {name}، شكراً لتواصلك بخصوص «{subject}» بتاريخ {date}."
REPLY_EN = "Hello {name}, thank you for writing about “{subject}” on {date}."


def test_saved_replies(svc: InquiryService) -> None:
    reply = svc.create_reply("شكر", REPLY_AR, REPLY_EN)
    assert svc.saved_replies() == [reply]
    # Received 23:30 UTC on Saturday 21 November: the 22nd in Amman.
    info = svc.create(fields(received_at=dt.datetime(2026, 11, 21, 23, 30, tzinfo=dt.UTC)))
    assert svc.fill(reply.id, info.id) == (
        "أهلاً ريم الحداد، شكراً لتواصلك بخصوص «بطاقة الناخب» بتاريخ 22 تشرين الثاني 2026."
    )
    assert svc.fill(reply.id, info.id, "en") == (
        "Hello ريم الحداد, thank you for writing about “بطاقة الناخب” on 22 November 2026."
    )
    reply = svc.update_reply(reply.id, "شكر", REPLY_AR, "")
    with pytest.raises(SavedReplyError, match="no English text") as caught:
        svc.fill(reply.id, info.id, "en")
    assert caught.value.problem == "no_text"
    svc.delete_reply(reply.id)
    assert svc.saved_replies() == []


def test_unknown_placeholders_are_refused_and_reported(svc: InquiryService, workspace) -> None:
    with pytest.raises(SavedReplyError, match=r"\{title\}") as caught:
        svc.create_reply("bad", "مرحباً {title} {name}", "Dear {title} {case}")
    assert caught.value.problem == "unknown" and caught.value.names == ("title",)
    with pytest.raises(SavedReplyError) as caught:
        svc.create_reply("bad", "", "Hello {name")
    assert caught.value.problem == "malformed" and caught.value.position == 6
    # A reply stored some other way (an older version, by hand) is reported when inserted.
    with workspace.sessions.begin() as s:
        stored = SavedReply(title="old", body_ar="عزيزي {title} {name}", body_en="")
        s.add(stored)
        s.flush()
        reply_id = stored.id
    info = svc.create(fields())
    with pytest.raises(SavedReplyError, match=r"unknown placeholder.*\{title\}") as caught:
        svc.fill(reply_id, info.id)
    assert caught.value.problem == "unknown" and caught.value.names == ("title",)
    nameless = svc.create(fields(inquirer_name=None))
    ok = svc.create_reply("hello", "أهلاً {name}")
    with pytest.raises(SavedReplyError, match=r"\{name\}") as caught:
        svc.fill(ok.id, nameless.id)
    assert caught.value.problem == "missing"


# --- settings -------------------------------------------------------------------------------------


def test_targets_office_week_and_holidays(svc: InquiryService) -> None:
    assert svc.targets()["complaint"] == 48 * H
    received = amman(2026, 11, 24, 13)  # Tuesday
    svc.set_targets({"inquiry": 4})
    assert svc.targets()["inquiry"] == 4 * H and svc.targets()["complaint"] == 48 * H
    assert svc.create(fields(received_at=received)).deadline == amman(2026, 11, 25, 10)
    # A holiday on Wednesday moves it to Thursday.
    svc.set_holiday(dt.date(2026, 11, 25), "عطلة", "Holiday")
    assert svc.holidays()[0].day == dt.date(2026, 11, 25)
    assert svc.create(fields(received_at=received)).deadline == amman(2026, 11, 26, 10)
    assert svc.remove_holiday(dt.date(2026, 11, 25)) and not svc.remove_holiday(dt.date(2026, 1, 1))
    # A six-day week, 09:00–17:00.
    week = svc.set_office_week([5, 6, 0, 1, 2, 3], "09:00", "17:00")
    assert svc.office_week() == week
    assert svc.office_hours().zone == AMMAN
    assert svc.create(fields(received_at=received)).deadline == amman(2026, 11, 24, 17)
    for bad in ({"inquiry": 0}, {"praise": 4}):
        with pytest.raises(InquiryError):
            svc.set_targets(bad)
    with pytest.raises(InquiryError, match="at least one day"):
        svc.set_office_week([], "08:00", "15:00")
    with pytest.raises(InquiryError, match="not after"):
        svc.set_office_week([0], "15:00", "08:00")
    with pytest.raises(InquiryError, match="at least 1 hour"):
        svc.set_office_week([0], "08:00", "08:45")
    assert svc.retention_months() == 12
    assert svc.set_retention_months(6) == 6 and svc.retention_months() == 6
    with pytest.raises(InquiryError, match="between 1 and 120"):
        svc.set_retention_months(0)


def test_the_fast_reader_reads_the_same_rules(svc: InquiryService, workspace) -> None:
    svc.set_targets({"complaint": 12.5, "mention": 2})
    svc.set_office_week([6, 0, 1], "07:30", "14:00")
    svc.set_holiday(dt.date(2026, 12, 25), "عيد الميلاد", "Christmas")
    reader = FastReader(workspace.workspace.db_path)
    try:
        targets, hours = reader.inquiry_rules("Asia/Amman")
        assert reader.json_object_setting("inquiries.office_hours") == {
            "workdays": [0, 1, 6],
            "start": "07:30",
            "end": "14:00",
        }
        assert reader.json_object_setting("no.such.key") is None
    finally:
        reader.close()
    assert targets == svc.targets() and targets["complaint"] == dt.timedelta(hours=12.5)
    assert hours == svc.office_hours()


def test_bad_stored_settings_fall_back_to_defaults(svc: InquiryService, workspace) -> None:
    settings = SettingsService(workspace.sessions)
    settings.set("inquiries.targets", {"inquiry": -3})
    settings.set("inquiries.office_hours", {"workdays": []})
    settings.set("inquiries.retention_months", "twelve")
    assert svc.targets()["inquiry"] == 24 * H
    assert svc.office_week().workdays == frozenset({6, 0, 1, 2, 3})
    assert svc.retention_months() == 12


# --- figures, the dashboard and CSV ---------------------------------------------------------------


def make_month(svc: InquiryService) -> dict[str, int]:
    """November 2026 in Amman: two answered (one late), one overdue, one closed unanswered."""
    ids = {}
    a = svc.create(fields(received_at=amman(2026, 11, 1, 9), inquirer_name="Alpha"))
    svc.respond(a.id, "ok", "facebook", sent_at=amman(2026, 11, 1, 11))  # 2 h
    ids["a"] = a.id
    b = svc.create(fields(kind="media_request", received_at=amman(2026, 11, 2, 9)))
    svc.respond(b.id, "ok", "email", sent_at=amman(2026, 11, 3, 9))  # 6 + 1 = 7 h: late
    ids["b"] = b.id
    c = svc.create(fields(kind="media_request", received_at=amman(2026, 11, 23, 9)))
    ids["c"] = c.id  # due 13:00 on the 23rd: overdue now
    d = svc.create(fields(kind="mention", received_at=amman(2026, 11, 10, 9)))
    svc.set_status(d.id, "closed")
    ids["d"] = d.id
    svc.create(fields(received_at=amman(2026, 10, 31, 23)))  # October
    return ids


def test_figures(svc: InquiryService) -> None:
    make_month(svc)
    figures = svc.figures(amman(2026, 11, 1), amman(2026, 12, 1))
    assert figures.as_of == NOW  # the month is still running
    assert figures.total == 4
    assert (figures.answered, figures.awaiting, figures.closed_unanswered) == (2, 1, 1)
    assert figures.overdue == 1
    assert figures.office_median == 2 * H and figures.office_p90 == 7 * H
    assert figures.calendar_median == 2 * H and figures.calendar_p90 == 24 * H
    assert (figures.within_target, figures.judged) == (1, 3)
    assert figures.by_kind["media_request"] == 2
    with pytest.raises(InquiryError, match="ends before"):
        svc.figures(amman(2026, 12, 1), amman(2026, 11, 1))


def test_the_dashboard_counts_overdue_inquiries(svc: InquiryService, workspace) -> None:
    ids = make_month(svc)
    waiting = svc.create(fields(kind="media_request", received_at=amman(2026, 11, 22, 9)))
    svc.set_status(waiting.id, "waiting")  # no response yet: overdue since Sunday 13:00
    svc.create(fields(kind="complaint", received_at=amman(2026, 11, 24, 9)))  # time left
    # c, the waiting one and October's unanswered inquiry.
    assert svc.overdue_count() == 3
    reader = FastReader(workspace.workspace.db_path)
    try:
        got = DashboardService(reader, "Asia/Amman").figures(NOW.astimezone(dt.UTC))
    finally:
        reader.close()
    assert got.overdue_inquiries == 3
    assert got.open_inquiries == 6  # a, b answered; c, October's, the complaint new; waiting
    assert ids["c"] in [r.id for r in svc.queue(InquiryFilter(overdue_only=True))]


def test_csv_export(svc: InquiryService, tmp_path: Path) -> None:
    ids = make_month(svc)
    svc.update(ids["b"], fields(kind="media_request", received_at=None, text="=HYPERLINK(1)"))
    path = tmp_path / "inquiries.csv"
    count = svc.export_csv(path, amman(2026, 11, 1), amman(2026, 12, 1), personal=False)
    assert count == 4
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["id", "received_at (Asia/Amman)", "channel"]
    assert "inquirer_name" not in header and len(body) == 4
    record = dict(zip(header, body[0], strict=True))
    assert record["received_at (Asia/Amman)"] == "2026-11-01 09:00"
    assert record["subject"] == "بطاقة الناخب"
    assert record["office_hours_to_first_response"] == "2.00"
    assert record["calendar_hours_to_first_response"] == "2.00"
    assert record["within_target"] == "yes"
    late = dict(zip(header, body[1], strict=True))
    assert late["text"] == "'=HYPERLINK(1)"  # not run as a formula
    assert (late["office_hours_to_first_response"], late["within_target"]) == ("7.00", "no")
    assert dict(zip(header, body[3], strict=True))["overdue"] == "yes"
    assert "Alpha" not in raw.decode("utf-8-sig")
    svc.export_csv(path, amman(2026, 11, 1), amman(2026, 12, 1), personal=True)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-2:] == ["inquirer_name", "inquirer_contact"]
    assert rows[1][-2:] == ["Alpha", "reem.haddad@example.com"]
    with pytest.raises(InquiryError, match="cannot write"):
        svc.export_csv(tmp_path / "no" / "such" / "dir.csv", amman(2026, 11, 1), NOW)
    assert not list(tmp_path.glob("*.part"))


# --- personal data -------------------------------------------------------------------------------

# Distinctive strings: finding their bytes in the database files means them and nothing else.
OLD_NAME = "Zebulon Quarterfield"
OLD_CONTACT = "zebulon.q7731@example.invalid"
OLD_NAME_AR = "صهيب القنديلجي"
OLD_CONTACT_AR = "+962 77 913 4682"
KEPT_NAME = "Recentia Keepsworth"


@pytest.fixture
def secure_delete_off(workspace) -> None:
    """Connections that start with SQLite's secure delete off, as in most builds (Debian's
    library turns it on by default, which would hide a service that forgot to)."""
    from sqlalchemy import event

    workspace.engine.dispose()

    @event.listens_for(workspace.engine, "connect")
    def _off(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA secure_delete=OFF")

    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 0


def database_bytes(workspace) -> dict[str, bytes]:
    root = workspace.workspace.root
    return {
        name: (root / name).read_bytes()
        for name in ("bayan.db", "bayan.db-wal")
        if (root / name).exists()
    }


def found_in_files(workspace, needle: str) -> list[str]:
    data = needle.encode("utf-8")
    return [name for name, content in database_bytes(workspace).items() if data in content]


@pytest.mark.sqlite_only  # checks the bytes of bayan.db and its WAL
@pytest.mark.usefixtures("secure_delete_off")
def test_retention_anonymises_old_inquiries_and_their_bytes(svc: InquiryService, workspace) -> None:
    reply = svc.create_reply("شكر", "أهلاً {name}، وصلتنا رسالتك.", "Hello {name}, thank you.")
    received = NOW - dt.timedelta(days=430)  # about 14 months ago
    old_en = svc.create(
        fields(language="en", received_at=received, inquirer_name=OLD_NAME,
               inquirer_contact=OLD_CONTACT, subject="Polling station access",
               text="Long letter. " * 700 + "Signed, Zebulon Quarterfield")
    )  # fmt: skip
    old_ar = svc.create(
        fields(received_at=received + H, inquirer_name=OLD_NAME_AR,
               inquirer_contact=OLD_CONTACT_AR, internal_notes="اتصل صهيب مرتين")
    )  # fmt: skip
    for info in (old_en, old_ar):
        text = svc.fill(reply.id, info.id)
        svc.respond(info.id, text, info.channel, sent_at=info.received_at + 2 * H)
    svc.set_status(old_en.id, "resolved")  # resolved now: its last activity is recent
    kept = svc.create(fields(received_at=NOW - dt.timedelta(days=30), inquirer_name=KEPT_NAME))
    for needle in (OLD_NAME, OLD_CONTACT, OLD_NAME_AR, OLD_CONTACT_AR):
        assert found_in_files(workspace, needle), needle  # the check below can fail

    preview = svc.retention_preview()
    assert [row.id for row in preview] == [old_ar.id]  # old_en was resolved today
    assert preview[0].received_at == received + H and preview[0].kind == "inquiry"
    assert OLD_NAME_AR not in repr(preview)
    svc.set_status(old_en.id, "waiting")  # reopening clears its resolution time
    start, end = received - dt.timedelta(days=1), received + dt.timedelta(days=1)
    before = svc.figures(start, end)
    preview = svc.retention_preview()
    assert [row.id for row in preview] == [old_en.id, old_ar.id]

    assert svc.anonymise([row.id for row in preview]) == 2
    for inquiry_id in (old_en.id, old_ar.id):
        info = svc.get(inquiry_id)
        assert info.inquirer_name is None and info.inquirer_contact is None
        assert info.anonymised_at == NOW
    assert svc.get(old_en.id).responses[0].text == "Hello […], thank you."
    assert svc.get(old_en.id).text.endswith("Signed, […]")
    assert svc.get(old_ar.id).internal_notes == "اتصل […] مرتين"
    assert svc.get(kept.id).inquirer_name == KEPT_NAME
    assert svc.figures(start, end) == before
    assert svc.retention_preview() == []
    assert svc.anonymise([old_en.id]) == 0  # nothing left to remove

    for needle in (OLD_NAME, OLD_CONTACT, OLD_NAME_AR, OLD_CONTACT_AR, "Zebulon", "صهيب"):
        assert found_in_files(workspace, needle) == [], needle
    assert found_in_files(workspace, KEPT_NAME)  # the files are readable as searched
    entry = AuditLog(workspace.sessions).entries()[-1]
    assert entry.action == "inquiry.anonymised"
    assert entry.details == {"count": 2, "ids": [old_en.id, old_ar.id]}
    assert AuditLog(workspace.sessions).verify().ok


def test_retention_period_setting(svc: InquiryService) -> None:
    svc.create(fields(received_at=NOW - dt.timedelta(days=200)))
    assert svc.retention_preview() == []
    svc.set_retention_months(6)
    assert len(svc.retention_preview()) == 1
    assert svc.retention_cutoff() == amman(2026, 5, 24, 13).astimezone(dt.UTC)


PERSON = "سارة الخطيب"
PHONE = "+962 79 555 0101"
PRIVATE_TEXT = "رقم هويتي الوطنية 9861234567 وعنواني جبل اللويبدة"


@pytest.fixture
def person(svc: InquiryService) -> dict[str, int]:
    first = svc.create(
        fields(received_at=amman(2026, 11, 1, 9), inquirer_name=PERSON, inquirer_contact=PHONE,
               text=PRIVATE_TEXT)
    )  # fmt: skip
    svc.respond(first.id, "أهلاً سارة، تم استلام طلبك.", "facebook", sent_at=amman(2026, 11, 1, 10))
    second = svc.create(
        fields(channel="phone", received_at=amman(2026, 11, 5, 9), inquirer_name=None,
               inquirer_contact="0795550101")
    )  # fmt: skip
    other = svc.create(fields(received_at=amman(2026, 11, 6, 9), inquirer_name="سارة المصري",
                              inquirer_contact="sara.masri@example.com"))  # fmt: skip
    return {"first": first.id, "second": second.id, "other": other.id}


def test_find_a_person(svc: InquiryService, person: dict[str, int]) -> None:
    by_name = svc.find_person("ساره  الخطيب")  # ة written ه, two spaces
    assert [m.id for m in by_name] == [person["first"]]
    assert by_name[0].inquirer_contact == PHONE
    assert PERSON not in repr(by_name)
    by_phone = svc.find_person("079 555 0101")
    assert [m.id for m in by_phone] == [person["second"], person["first"]]
    assert {m.id for m in svc.find_person("سارة")} == {person["first"], person["other"]}
    assert svc.find_person("SARA.MASRI@example.com")[0].id == person["other"]
    with pytest.raises(InquiryError, match="at least 2"):
        svc.find_person("س")


def test_export_a_person(svc: InquiryService, person: dict[str, int], workspace) -> None:
    export = svc.export_person("0795550101")
    assert export["count"] == 2
    assert [r["id"] for r in export["inquiries"]] == [person["second"], person["first"]]
    first = export["inquiries"][1]
    assert first["inquirer_name"] == PERSON and first["text"] == PRIVATE_TEXT
    assert first["received_at"] == "2026-11-01T09:00:00+03:00"
    assert first["responses"][0]["text"] == "أهلاً سارة، تم استلام طلبك."
    json.dumps(export, ensure_ascii=False)  # JSON-ready
    only = svc.export_person("0795550101", ids=[person["first"], person["other"]])
    assert [r["id"] for r in only["inquiries"]] == [person["first"]]
    entries = AuditLog(workspace.sessions).entries()
    assert [e.action for e in entries[-2:]] == ["inquiry.person_exported"] * 2
    assert entries[-2].details == {"count": 2, "ids": sorted([person["first"], person["second"]])}
    assert all(PERSON not in json.dumps(e.details, ensure_ascii=False) for e in entries)


@pytest.mark.sqlite_only  # checks the bytes of bayan.db and its WAL
@pytest.mark.usefixtures("secure_delete_off")
def test_erase_a_person(svc: InquiryService, person: dict[str, int], workspace) -> None:
    november = (amman(2026, 11, 1), amman(2026, 12, 1))
    before = svc.figures(*november)
    assert found_in_files(workspace, PRIVATE_TEXT)
    assert svc.erase_person([person["first"], person["second"]]) == 2
    first = svc.get(person["first"])
    assert first.inquirer_name is None and first.inquirer_contact is None
    assert first.text == ERASED_MARKER and first.subject == ERASED_MARKER and first.erased
    assert [r.text for r in first.responses] == [ERASED_MARKER]
    assert first.first_response_at == amman(2026, 11, 1, 10)  # times kept
    assert (first.channel, first.kind, first.status) == ("facebook", "inquiry", "answered")
    assert svc.figures(*november) == before
    assert svc.get(person["other"]).inquirer_name == "سارة المصري"
    assert svc.find_person("0795550101") == []
    for needle in (PERSON, PHONE, "0795550101", PRIVATE_TEXT, "أهلاً سارة"):
        assert found_in_files(workspace, needle) == [], needle
    entry = AuditLog(workspace.sessions).entries()[-1]
    assert entry.action == "inquiry.person_erased"
    assert entry.details == {"count": 2, "ids": sorted([person["first"], person["second"]])}
