"""Demo data: a clearly fictional election-awareness commission, for trying Bayan and benchmarks.

:func:`generate_demo` fills an empty workspace with a realistic, bilingual sample of everything
the SPEC names: the organisation and its plan, six official accounts with their administrators,
pillars, three campaigns, events, an electoral-silence quiet period, public holidays, posts in every
state with per-platform variants, approvals, publication records and revisions, media records with
consent, inquiries with their responses, saved replies, monthly metrics and KPI targets.

``scale="normal"`` is about a year around "today" (six months back, five ahead) for people to look
at; ``scale="large"`` is the benchmark workspace of SPEC "Quality bars": exactly 50,000 posts,
20,000 inquiries and 5,000 media records over several years. Rows go in through SQLAlchemy Core
bulk inserts with explicit primary keys, all in one transaction, so a failure leaves the workspace
as empty as it was.

The output depends only on ``seed`` and ``today``: every random choice comes from one
``random.Random(seed)``, and "now" is 10:00 of ``today`` in the workspace time zone (when ``today``
is not given it is the real date and "now" the real time, so nothing lands in the future).
The posts' histories (submitted, changes requested, approved, rescheduled, recorded, published,
archived, withdrawn) go into the hash-chained audit log in time order, as the services would have
written them, at the normal scale only; approvals carry the canonical hash of what they cover
(:func:`app.core.approval.content_hash`), so the demo's approved posts can be recorded as published.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import math
import random
import re
import time
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING, Any, TypeVar, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, insert, select

from app.core.approval import ApprovedContent, ApprovedMedia, content_hash
from app.core.domain import (
    ApprovalDecision,
    EventKind,
    InquiryChannel,
    InquiryKind,
    InquiryStatus,
    Kpi,
    MediaKind,
    PeriodKind,
    Platform,
    PostState,
    QuietReason,
)
from app.core.inquiries import AR_MONTHS, EN_MONTHS
from app.core.months import month_start as _month_start
from app.core.months import quarter_start as _quarter_start
from app.errors import WorkspaceError
from app.store import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.workspace import OpenWorkspace

__all__ = ["DEMO_TIMEZONE", "SCALES", "DemoSummary", "content_hash", "generate_demo"]

DEMO_TIMEZONE = "Asia/Amman"
SCALES = ("normal", "large")

_TZ = ZoneInfo(DEMO_TIMEZONE)
_UTC = dt.UTC
_DAY = dt.timedelta(days=1)
_CHUNK = 5_000  # rows per INSERT … executemany, and posts/inquiries built per round
_T = TypeVar("_T")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate_demo` made, and how long it took (seconds, wall clock)."""

    posts: int
    inquiries: int
    media: int
    accounts: int
    events: int
    campaigns: int
    seconds: float


@dataclass(frozen=True)
class _Scale:
    posts: int | None  # exact count, or None for a natural publishing cadence
    inquiries: int | None  # exact count, or None for about 200–240
    media: int
    days_back: int
    days_ahead: int
    inquiry_days_back: int
    metric_months: int
    event_years_back: int  # the yearly programme of events repeated this many years back
    revision_share: float


_SCALE_SPECS: dict[str, _Scale] = {
    "normal": _Scale(
        posts=None,
        inquiries=None,
        media=30,
        days_back=183,
        days_ahead=152,
        inquiry_days_back=395,
        metric_months=12,
        event_years_back=0,
        revision_share=0.35,
    ),
    "large": _Scale(
        posts=50_000,
        inquiries=20_000,
        media=5_000,
        days_back=4 * 365 + 1,
        days_ahead=365,
        inquiry_days_back=4 * 365 + 1,
        metric_months=48,
        event_years_back=4,
        revision_share=0.08,
    ),
}


def generate_demo(
    opened: OpenWorkspace,
    *,
    scale: str = "normal",
    today: dt.date | None = None,
    seed: int = 2026,
) -> DemoSummary:
    """Fill an empty workspace with demo data; refuse one that already holds real data.

    Raises :class:`WorkspaceError` for an unknown ``scale`` or a workspace that already has
    posts (or inquiries, accounts, media, campaigns or events): demo data is never mixed with
    real data.
    """
    spec = _SCALE_SPECS.get(scale)
    if spec is None:
        raise WorkspaceError(f"unknown demo scale {scale!r} (use one of: {', '.join(SCALES)})")
    started = time.perf_counter()
    if today is None:
        now = dt.datetime.now(_TZ).replace(second=0, microsecond=0)
        today = now.date()
    else:
        now = _local(today, 10)
    with opened.sessions.begin() as session:
        _refuse_unless_empty(session)
        _Builder(session, spec, scale, today, now, seed).run()
        if scale == "normal":  # about 0.3 s here; 20 s for the large workspace's 50,000 posts
            from app.services.posts import refresh_checklist_statuses

            refresh_checklist_statuses(session, today=today)
        # The rows went in through Core bulk inserts, which the search index does not see:
        # it is built once here, in the same transaction.
        from app.store import search_index

        search_index.rebuild(session)
        # Team mode: the rows went in with their ids, which PostgreSQL's id sequences did not
        # see; move each past the largest id, or the next record made would collide.
        from app.store.server import sync_id_sequences

        sync_id_sequences(session)
    with opened.sessions() as session:
        counts = {
            model: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.Post, m.Inquiry, m.MediaAsset, m.Account, m.Event, m.Campaign)
        }
    return DemoSummary(
        posts=counts[m.Post],
        inquiries=counts[m.Inquiry],
        media=counts[m.MediaAsset],
        accounts=counts[m.Account],
        events=counts[m.Event],
        campaigns=counts[m.Campaign],
        seconds=time.perf_counter() - started,
    )


def _refuse_unless_empty(session: Session) -> None:
    checks: tuple[tuple[type[m.Base], str], ...] = (
        (m.Post, "posts"),
        (m.Inquiry, "inquiries"),
        (m.Account, "accounts"),
        (m.MediaAsset, "media items"),
        (m.Campaign, "campaigns"),
        (m.Event, "events"),
    )
    for model, what in checks:
        count = session.scalar(select(func.count()).select_from(model)) or 0
        if count:
            raise WorkspaceError(
                f"this workspace already holds {count} {what}; demo data goes only into an "
                "empty workspace (choose a new folder)"
            )


# --- small helpers ---------------------------------------------------------------------------


_ACTOR = "officer"  # the audit log's actor for the officer's own actions
_RECORDED_AFTER = dt.timedelta(minutes=15)  # the officer records a post a little after it is live
_ARCHIVED_AFTER = dt.timedelta(days=60)


def _move(
    before: PostState, after: PostState, approver: int | None = None, digest: str = ""
) -> dict[str, Any]:
    """Audit details of a change of state (with the approver and the hash for a decision)."""
    details: dict[str, Any] = {"from": before.value, "to": after.value}
    if approver is not None:
        details.update(approver_id=approver, content_hash=digest)
    return details


def _local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=_TZ)


def _pick(rng: random.Random, table: Sequence[tuple[_T, float]]) -> _T:
    """A weighted choice from ``(value, weight)`` pairs."""
    total = sum(weight for _, weight in table)
    point = rng.random() * total
    for value, weight in table:
        point -= weight
        if point < 0:
            return value
    return table[-1][0]


def _table(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


_AR_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day_ar(day: dt.date) -> str:
    return f"{_AR_WEEKDAYS[day.weekday()]} {day.day} {AR_MONTHS[day.month - 1]}"


def _day_en(day: dt.date) -> str:
    return f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {EN_MONTHS[day.month - 1]}"


# --- the organisation, its people and its accounts ------------------------------------------

ORG_NAME_AR = "الهيئة التجريبية للتوعية الانتخابية (بيانات تجريبية)"
ORG_NAME_EN = "Demo Electoral Awareness Commission (fictional)"
SITE = "https://demo-commission.example"

_HEAD = ("د. هالة المصري", "رئيسة قسم الإعلام الرقمي")
_DIRECTOR = ("عمر الزعبي", "مدير الاتصال المؤسسي")
_OFFICER = ("سارة الحوراني", "أخصائية الإعلام الرقمي ووسائل التواصل الاجتماعي")
_IT = ("فادي النسور", "مسؤول الدعم الفني وأمن المعلومات")
_AGENCY = ("وكالة الأفق للتسويق الرقمي (جهة خارجية تجريبية)", "نشر المحتوى والإعلانات الممولة")


@dataclass(frozen=True)
class _AccountSpec:
    platform: Platform
    handle: str
    url: str
    verified: bool
    two_factor: bool
    password_days_ago: int
    privacy_days_ago: int
    admins: tuple[tuple[tuple[str, str], bool, bool], ...]  # (name, role), full rights, outside
    followers_now: int
    growth: float  # typical monthly growth of followers
    views_per_follower: tuple[float, float]
    video_share: float
    saves_share: tuple[float, float] | None  # saves per reaction; None: not reported
    notes: str = ""


_ACCOUNTS: tuple[_AccountSpec, ...] = (
    _AccountSpec(
        Platform.FACEBOOK,
        "DemoAwarenessCommission",
        "https://www.facebook.com/DemoAwarenessCommission",
        True,
        True,
        40,
        35,
        ((_HEAD, True, False), (_OFFICER, True, False), (_AGENCY, False, True)),
        48_200,
        0.021,
        (2.4, 3.8),
        0.3,
        (0.01, 0.03),
        "الصفحة الرئيسية للهيئة؛ الوكالة الخارجية بصلاحية «محرر» فقط.",
    ),
    _AccountSpec(
        Platform.X,
        "@DemoAwarenessJO",
        "https://x.com/DemoAwarenessJO",
        True,
        True,
        130,
        60,
        ((_HEAD, True, False), (_OFFICER, True, False)),
        19_400,
        0.012,
        (3.0, 5.5),
        0.2,
        (0.02, 0.05),
        "كلمة المرور متأخرة عن موعد تغييرها.",
    ),
    _AccountSpec(
        Platform.INSTAGRAM,
        "demo.awareness.commission",
        "https://www.instagram.com/demo.awareness.commission",
        True,
        True,
        20,
        50,
        ((_OFFICER, True, False), (_IT, True, False), (_AGENCY, False, True)),
        13_600,
        0.034,
        (2.0, 3.4),
        0.45,
        (0.05, 0.12),
    ),
    _AccountSpec(
        Platform.YOUTUBE,
        "@DemoAwarenessCommission",
        "https://www.youtube.com/@DemoAwarenessCommission",
        True,
        True,
        75,
        20,
        ((_IT, True, False), (_HEAD, True, False)),
        3_900,
        0.028,
        (1.5, 2.6),
        1.0,
        None,
    ),
    _AccountSpec(
        Platform.LINKEDIN,
        "demo-awareness-commission",
        "https://www.linkedin.com/company/demo-awareness-commission",
        False,
        True,
        55,
        120,
        ((_DIRECTOR, True, False), (_OFFICER, True, False)),
        2_350,
        0.025,
        (1.4, 2.4),
        0.1,
        None,
    ),
    _AccountSpec(
        Platform.TIKTOK,
        "@demo.awareness",
        "https://www.tiktok.com/@demo.awareness",
        False,
        False,
        10,
        10,
        ((_OFFICER, True, False),),
        6_800,
        0.085,
        (4.0, 9.0),
        1.0,
        (0.04, 0.09),
        "حساب جديد: يلزم إضافة مسؤول ثانٍ بصلاحيات كاملة وتفعيل التحقق بخطوتين.",
    ),
)
_EMAIL_DOMAIN = "demo-commission.example"

_PLATFORM_SETS: tuple[tuple[tuple[Platform, ...], float], ...] = (
    ((Platform.FACEBOOK, Platform.X, Platform.INSTAGRAM), 18),
    ((Platform.FACEBOOK, Platform.X), 16),
    ((Platform.FACEBOOK, Platform.INSTAGRAM), 12),
    ((Platform.FACEBOOK,), 9),
    ((Platform.X,), 6),
    ((Platform.INSTAGRAM,), 4),
    ((Platform.FACEBOOK, Platform.X, Platform.LINKEDIN), 7),
    ((Platform.X, Platform.LINKEDIN), 4),
    ((Platform.LINKEDIN,), 2),
    ((Platform.INSTAGRAM, Platform.TIKTOK), 6),
    ((Platform.TIKTOK,), 3),
    ((Platform.YOUTUBE, Platform.FACEBOOK), 5),
    ((Platform.YOUTUBE, Platform.TIKTOK, Platform.INSTAGRAM), 4),
    ((Platform.YOUTUBE,), 2),
)
_VIDEO_PLATFORMS = frozenset({Platform.YOUTUBE, Platform.TIKTOK})

# --- plan, pillars, campaigns ----------------------------------------------------------------

_GOALS = (
    (
        "رفع وعي الناخبين بإجراءات التسجيل والاقتراع عبر محتوى واضح ومبسّط يصل إلى جميع الفئات.",
        (
            "Raise voters' awareness of registration and voting with clear, simple content that "
            "reaches everyone."
        ),
    ),
    (
        "تعزيز التواصل الفعّال مع الجمهور والرد على الاستفسارات والشكاوى خلال يوم عمل واحد.",
        (
            "Communicate effectively with the public and answer inquiries and complaints within "
            "one working day."
        ),
    ),
    (
        "ترسيخ صورة إيجابية للهيئة بوصفها المصدر الموثوق للمعلومة الانتخابية.",
        "Build a positive image of the commission as the trusted source of electoral information.",
    ),
    (
        "تشجيع مشاركة النساء والشباب والأشخاص ذوي الإعاقة في العملية الانتخابية.",
        "Encourage women, young people and persons with disabilities to take part in elections.",
    ),
)
_AUDIENCES = (
    ("الناخبون الجدد (18–24 عاماً)", "First-time voters (18–24)"),
    ("النساء في المحافظات", "Women across the governorates"),
    ("الأشخاص ذوو الإعاقة وأسرهم", "Persons with disabilities and their families"),
    ("الصحفيون ووسائل الإعلام", "Journalists and the media"),
    ("مؤسسات المجتمع المدني", "Civil-society organisations"),
    (
        "المراقبون الدوليون والمقيمون الناطقون بالإنجليزية",
        "International observers and English-speaking residents",
    ),
)
_FOCUS = {
    Platform.FACEBOOK: 30.0,
    Platform.INSTAGRAM: 20.0,
    Platform.X: 15.0,
    Platform.TIKTOK: 15.0,
    Platform.YOUTUBE: 10.0,
    Platform.LINKEDIN: 10.0,
}

# key, name_ar, name_en, colour, intended share (%)
_PILLARS = (
    ("awareness", "التوعية الانتخابية", "Voter awareness", "#0f766e", 35.0),
    ("announcements", "الإعلانات الرسمية", "Official announcements", "#1d4ed8", 25.0),
    ("events", "تغطية الفعاليات", "Event coverage", "#b45309", 20.0),
    ("women", "قصص نجاح النساء", "Women's success stories", "#be185d", 10.0),
    ("inclusion", "الشمول وإمكانية الوصول", "Inclusion and accessibility", "#7c3aed", 10.0),
)
_PILLAR_WEIGHTS = tuple((key, share) for key, _, _, _, share in _PILLARS if key != "events")


@dataclass(frozen=True)
class _CampaignSpec:
    key: str
    name_ar: str
    name_en: str
    colour: str
    pillar: str
    goal_ar: str
    goal_en: str
    tag: tuple[str, str]


_CAMPAIGNS = (
    _CampaignSpec(
        "voter_list",
        "حملة «تحقق من اسمك» لجداول الناخبين",
        "“Check Your Name” voter-list campaign",
        "#0e7490",
        "awareness",
        "أن يتحقق كل ناخب من اسمه ومركز اقتراعه في الجداول الأولية قبل انتهاء مدة الاعتراض.",
        "Every voter checks their name and polling centre on the preliminary lists before the "
        "objection period ends.",
        ("#تحقق_من_اسمك", "#CheckYourName"),
    ),
    _CampaignSpec(
        "women",
        "حملة «صوتها يصنع الفرق» لمشاركة المرأة",
        "“Her Voice Counts”: women's participation",
        "#be185d",
        "women",
        "رفع نسبة مشاركة النساء في الاقتراع وإبراز قصص نجاح نساء في الشأن العام.",
        "Raise women's turnout and show the success stories of women in public life.",
        ("#صوتها_يصنع_الفرق", "#HerVoiceCounts"),
    ),
    _CampaignSpec(
        "access",
        "حملة «انتخابات للجميع» لإمكانية الوصول",
        "“Elections for All”: access for persons with disabilities",
        "#7c3aed",
        "inclusion",
        "تعريف الأشخاص ذوي الإعاقة بحقوقهم في الاقتراع والترتيبات المتاحة في مراكز الاقتراع.",
        "Make sure persons with disabilities know their voting rights and the arrangements "
        "available at polling centres.",
        ("#انتخابات_للجميع", "#ElectionsForAll"),
    ),
)
_GENERAL_TAG = ("#صوتك_مستقبلك", "#YourVoiceYourFuture")
_PILLAR_TAGS = {
    "awareness": _GENERAL_TAG,
    "announcements": ("#الهيئة_تعلن", "#CommissionNews"),
    "events": ("#فعاليات_الهيئة", "#CommissionEvents"),
    "women": ("#صوتها_يصنع_الفرق", "#HerVoiceCounts"),
    "inclusion": ("#انتخابات_للجميع", "#ElectionsForAll"),
}
_PILLAR_LINKS = {
    "awareness": "/voters",
    "announcements": "/news",
    "events": "/events",
    "women": "/women",
    "inclusion": "/accessibility",
}

# --- the calendar ----------------------------------------------------------------------------

_CITIES = (
    ("عمّان", "Amman"),
    ("إربد", "Irbid"),
    ("الزرقاء", "Zarqa"),
    ("العقبة", "Aqaba"),
    ("الكرك", "Karak"),
    ("معان", "Ma'an"),
    ("المفرق", "Mafraq"),
    ("جرش", "Jerash"),
    ("مادبا", "Madaba"),
    ("السلط", "Salt"),
    ("الطفيلة", "Tafilah"),
    ("عجلون", "Ajloun"),
)


@dataclass(frozen=True)
class _EventSpec:
    offset: int  # days from today
    days: int
    kind: EventKind
    title_ar: str
    title_en: str
    city: int  # index into _CITIES
    place_ar: str
    campaign: str | None = None


_EVENTS = (
    _EventSpec(
        -160,
        2,
        EventKind.WORKSHOP,
        "ورشة عمل حول التغطية المهنية للانتخابات للإعلاميين الشباب",
        "Workshop on professional election coverage for young journalists",
        0,
        "مقر الهيئة، قاعة التدريب",
    ),
    _EventSpec(
        -131,
        1,
        EventKind.SEMINAR,
        "ندوة حول دور الشباب في الحياة العامة",
        "Seminar on young people in public life",
        1,
        "مركز شباب إربد",
    ),
    _EventSpec(
        -96,
        2,
        EventKind.CONFERENCE,
        "المؤتمر السنوي للتوعية الانتخابية",
        "Annual Electoral Awareness Conference",
        0,
        "مركز المؤتمرات، عمّان",
    ),
    _EventSpec(
        -66,
        1,
        EventKind.CAMPAIGN_LAUNCH,
        "حفل إطلاق حملة «تحقق من اسمك»",
        "Launch of the “Check Your Name” campaign",
        0,
        "مقر الهيئة",
        "voter_list",
    ),
    _EventSpec(
        -24,
        1,
        EventKind.WORKSHOP,
        "ورشة عمل حول إمكانية الوصول إلى مراكز الاقتراع",
        "Workshop on accessible polling centres",
        2,
        "قاعة بلدية الزرقاء",
        "access",
    ),
    _EventSpec(
        -9,
        1,
        EventKind.SEMINAR,
        "ندوة حول المرأة وصنع القرار المحلي",
        "Seminar on women in local decision-making",
        4,
        "قاعة غرفة تجارة الكرك",
        "women",
    ),
    _EventSpec(
        12,
        1,
        EventKind.WORKSHOP,
        "ورشة عمل حول كشف الأخبار المضللة في موسم الانتخابات",
        "Workshop on spotting election misinformation",
        0,
        "مقر الهيئة، قاعة التدريب",
    ),
    _EventSpec(
        33,
        1,
        EventKind.SEMINAR,
        "جلسة حوارية مع منظمات الأشخاص ذوي الإعاقة",
        "Round table with organisations of persons with disabilities",
        3,
        "مركز العقبة الثقافي",
        "access",
    ),
    _EventSpec(
        54,
        2,
        EventKind.CONFERENCE,
        "مؤتمر «نحو مشاركة أوسع للمرأة في الانتخابات»",
        "Conference “Towards wider participation of women in elections”",
        0,
        "مركز المؤتمرات، عمّان",
        "women",
    ),
    _EventSpec(
        96,
        1,
        EventKind.SEMINAR,
        "ندوة حول نتائج المشاركة وتوصيات المرحلة المقبلة",
        "Seminar on the turnout figures and what comes next",
        1,
        "مركز شباب إربد",
    ),
    _EventSpec(
        131,
        1,
        EventKind.WORKSHOP,
        "ورشة تقييم الدروس المستفادة من التغطية الرقمية",
        "Review workshop on lessons from our digital coverage",
        0,
        "مقر الهيئة، قاعة التدريب",
    ),
)
_POLLING_OFFSET = 75  # fictional polling day: the first Tuesday at least this many days ahead

# Fixed-date holidays (month, day, key, ar, en) and Hijri ones (month, day, days, key, ar, en).
_FIXED_HOLIDAYS = (
    (1, 1, "new_year", "رأس السنة الميلادية", "New Year's Day"),
    (5, 1, "labour", "عيد العمال", "Labour Day"),
    (5, 25, "independence", "عيد الاستقلال", "Independence Day"),
    (12, 25, "christmas", "عيد الميلاد المجيد", "Christmas Day"),
)
_HIJRI_HOLIDAYS = (
    (10, 1, 3, "eid_fitr", "عيد الفطر", "Eid al-Fitr"),
    (12, 9, 1, "arafat", "يوم عرفة", "Day of Arafah"),
    (12, 10, 3, "eid_adha", "عيد الأضحى", "Eid al-Adha"),
    (1, 1, 1, "hijri_new_year", "رأس السنة الهجرية", "Islamic New Year"),
    (3, 12, 1, "mawlid", "المولد النبوي الشريف", "The Prophet's Birthday"),
)

# --- post texts ------------------------------------------------------------------------------
# (internal title, Arabic, English). Slots: {day_ar} {day_en} {city_ar} {city_en} {event_ar}
# {event_en} {person_ar} {person_en} {n} {hijri_year}. A person is "name, role": the templates
# close the apposition with a comma.

_Template = tuple[str, str, str]

_TEMPLATES: dict[str, tuple[_Template, ...]] = {
    "awareness": (
        (
            "الوثيقة المطلوبة للاقتراع",
            (
                "بطاقة الأحوال المدنية (الهوية الشخصية) هي الوثيقة الوحيدة المطلوبة للاقتراع. احرص "
                "على أن تكون سارية المفعول قبل يوم الاقتراع، ولا تقبل أن يحتفظ بها أحد نيابةً عنك."
            ),
            (
                "Your civil ID card is the only document you need to vote. Make sure it is valid "
                "before polling day, and never let anyone keep it for you."
            ),
        ),
        (
            "كيف تعرف مركز اقتراعك",
            (
                "كيف تعرف مركز الاقتراع الخاص بك؟ ادخل إلى خدمة «أين أقترع» على موقع الهيئة، واكتب "
                "رقمك الوطني، وستظهر لك المدرسة ورقم الغرفة."
            ),
            (
                "How do you find your polling centre? Open the “Where do I vote” service on the "
                "commission's website, enter your national number, and you will see the school and "
                "the room."
            ),
        ),
        (
            "سرية الاقتراع",
            "الاقتراع سري، ولا يحق لأحد أن يطّلع على ورقتك أو يسألك لمن صوّت. صوتك أمانة، فاحمِه.",
            (
                "Voting is secret: nobody may look at your ballot or ask whom you voted for. Your "
                "vote is yours to protect."
            ),
        ),
        (
            "شراء الأصوات جريمة",
            (
                "شراء الأصوات وبيعها جريمة يعاقب عليها القانون. إن صادفت أي محاولة، أبلغ الهيئة "
                "عبر الخط الساخن أو نموذج البلاغات على الموقع الإلكتروني."
            ),
            (
                "Buying or selling votes is a crime. If you come across an attempt, report it to "
                "the commission's hotline or through the reporting form on our website."
            ),
        ),
        (
            "خطوات الاقتراع",
            (
                "خطوات الاقتراع ببساطة: تُبرز هويتك، فيتحقق الموظف من اسمك، ثم تستلم الورقة "
                "المختومة وتؤشّر عليها خلف المعزل، وتضعها في الصندوق بنفسك."
            ),
            (
                "Voting, step by step: show your ID, the clerk checks your name, you receive a "
                "stamped ballot, mark it behind the screen and put it in the box yourself."
            ),
        ),
        (
            "تحقق قبل أن تشارك",
            (
                "قبل أن تشارك أي معلومة عن الانتخابات، تحقّق من مصدرها. الصفحات الرسمية للهيئة هي "
                "المرجع الوحيد لمواعيد التسجيل والاقتراع والنتائج."
            ),
            (
                "Before you share anything about the elections, check where it comes from. The "
                "commission's official pages are the only reference for registration, voting dates "
                "and results."
            ),
        ),
        (
            "سؤال وجواب: من يحق له الاقتراع",
            (
                "سؤال يتكرر: من يحق له الاقتراع؟ كل مواطن أتمّ الثامنة عشرة من عمره وورد اسمه في "
                "جداول الناخبين النهائية، ما لم يكن ممنوعاً بحكم القانون."
            ),
            (
                "A question we hear often: who can vote? Every citizen aged 18 or over whose name "
                "is on the final voter list, unless barred by law."
            ),
        ),
        (
            "الحبر الانتخابي",
            (
                "لماذا يُغمس إصبعك بالحبر بعد الاقتراع؟ لأن الحبر يضمن أن يصوّت كل ناخب مرة واحدة "
                "فقط، ويبقى ظاهراً حتى انتهاء يوم الاقتراع."
            ),
            (
                "Why is your finger dipped in ink after you vote? The ink makes sure every voter "
                "votes only once, and it stays visible until polling day is over."
            ),
        ),
    ),
    "announcements": (
        (
            "عرض جداول الناخبين الأولية",
            (
                "تعلن الهيئة بدء عرض جداول الناخبين الأولية اعتباراً من يوم {day_ar}، ولمدة أسبوع، "
                "في مكاتب الأحوال المدنية وعلى الموقع الإلكتروني للهيئة."
            ),
            (
                "The commission announces that the preliminary voter lists will be on display from "
                "{day_en} for one week, at civil status offices and on our website."
            ),
        ),
        (
            "موعد الاعتراض على الجداول",
            (
                "تذكير: يبدأ تقديم الاعتراضات على جداول الناخبين يوم {day_ar}، ويستمر حتى نهاية "
                "الدوام الرسمي من اليوم السابع."
            ),
            (
                "Reminder: objections to the voter lists may be filed from {day_en} until the end "
                "of office hours on the seventh day."
            ),
        ),
        (
            "دعوة للتطوع في حملات التوعية",
            (
                "تدعو الهيئة الشباب في محافظة {city_ar} إلى التطوع في حملات التوعية الانتخابية. "
                "للتسجيل، املأ النموذج على الموقع الإلكتروني قبل يوم {day_ar}."
            ),
            (
                "The commission invites young people in {city_en} to volunteer for its awareness "
                "campaigns. To sign up, fill in the form on our website before {day_en}."
            ),
        ),
        (
            "صدور دليل الناخب المحدّث",
            (
                "صدر اليوم دليل الناخب بنسخته المحدّثة، ويضم إجابات عن أكثر الأسئلة شيوعاً حول "
                "التسجيل والاقتراع ونقل مكان الاقتراع."
            ),
            (
                "The updated voter's guide is out today, with answers to the most common questions "
                "about registration, voting and changing your polling place."
            ),
        ),
        (
            "تمديد ساعات العمل في المكاتب",
            (
                "تعلن الهيئة أن مكاتبها في المحافظات ستعمل يوم {day_ar} حتى الساعة السابعة مساءً "
                "لاستقبال طلبات نقل مكان الاقتراع."
            ),
            (
                "Our offices in the governorates will stay open until 7 p.m. on {day_en} to "
                "receive requests to change polling place."
            ),
        ),
        (
            "مكتب متنقل للهيئة",
            (
                "يستقبل مكتب الهيئة المتنقل المواطنين في {city_ar} يوم {day_ar} للإجابة عن أسئلتهم "
                "حول جداول الناخبين ومراكز الاقتراع."
            ),
            (
                "The commission's mobile office will be in {city_en} on {day_en} to answer "
                "questions about voter lists and polling centres."
            ),
        ),
    ),
    "women": (
        (
            "قصة نجاح: الترشح للمرة الأولى",
            (
                "قصة نجاح: {person_ar}، خاضت تجربة الترشح للمرة الأولى، وتقول: «شاركتُ لأن صوت "
                "المرأة يصنع الفرق في مجتمعي»."
            ),
            (
                "Success story: {person_en}, stood for election for the first time. “I took part "
                "because a woman's voice makes a difference in my community,” she says."
            ),
        ),
        (
            "قصة نجاح: من التطوع إلى التدريب",
            (
                "{person_ar}، بدأت متطوعةً في حملات التوعية قبل أربع سنوات، واليوم تدرّب الشابات "
                "في {city_ar} على المشاركة في الحياة العامة."
            ),
            (
                "{person_en}, began as a volunteer in our awareness campaigns four years ago; "
                "today she trains young women in {city_en} to take part in public life."
            ),
        ),
        (
            "النساء نصف الهيئة الناخبة",
            "النساء نصف المجتمع ونصف الهيئة الناخبة. شاركي برأيك، وشجّعي من حولك على الاقتراع.",
            (
                "Women are half of society and half of the electorate. Have your say, and "
                "encourage those around you to vote."
            ),
        ),
        (
            "اعرفي حقوقك كناخبة",
            "اعرفي حقوقك كناخبة: لا يحق لأحد أن يأخذ هويتك أو يقترع عنك أو يطّلع على ورقتك.",
            (
                "Know your rights as a voter: nobody may take your ID, vote in your place or look "
                "at your ballot."
            ),
        ),
        (
            "قصة نجاح: مبادرة محلية",
            (
                "«لم أتوقع أن يثق بي الناس بهذه السرعة». {person_ar}، تحكي لنا كيف تحوّلت "
                "مبادرتها الصغيرة في {city_ar} إلى مقعد في المجلس المحلي."
            ),
            (
                "“I never expected people to trust me so quickly.” {person_en}, tells us how "
                "her small initiative in {city_en} became a seat on the local council."
            ),
        ),
    ),
    "inclusion": (
        (
            "حق اصطحاب مرافق",
            (
                "يحق للناخب من الأشخاص ذوي الإعاقة أن يصطحب مرافقاً يختاره لمساعدته في الاقتراع، "
                "وتوفر مراكز الاقتراع ممرات مهيأة ومعازل منخفضة."
            ),
            (
                "Voters with disabilities may bring a companion of their choice to help them vote, "
                "and polling centres have ramps and lowered voting screens."
            ),
        ),
        (
            "دليل الناخب بطريقة برايل",
            (
                "أصدرت الهيئة دليل الناخب بطريقة برايل وبنسخة صوتية، ويمكن طلبهما مجاناً من مكاتب "
                "الهيئة في جميع المحافظات."
            ),
            (
                "The voter's guide is now available in Braille and as audio, free of charge from "
                "the commission's offices in every governorate."
            ),
        ),
        (
            "فيديو بلغة الإشارة",
            (
                "فيديو جديد بلغة الإشارة يشرح خطوات الاقتراع من دخول المركز حتى وضع الورقة في "
                "الصندوق، مع ترجمة نصية بالعربية والإنجليزية."
            ),
            (
                "A new sign-language video explains voting step by step, from entering the centre "
                "to putting the ballot in the box, with Arabic and English captions."
            ),
        ),
        (
            "تقييم إمكانية الوصول",
            (
                "نعمل مع منظمات الأشخاص ذوي الإعاقة على تقييم إمكانية الوصول إلى مراكز الاقتراع في "
                "محافظة {city_ar}. شاركونا ملاحظاتكم."
            ),
            (
                "We are working with organisations of persons with disabilities to assess access "
                "to polling centres in {city_en}. Share your observations with us."
            ),
        ),
        (
            "معلومة لكبار السن",
            (
                "هل تعرف كبير سن أو شخصاً من ذوي الإعاقة يحتاج إلى معلومة عن الاقتراع؟ شارك هذا "
                "المنشور معه، أو اتصل بنا لنجيبه مباشرة."
            ),
            (
                "Do you know an older person or someone with a disability who needs information "
                "about voting? Share this post with them, or call us and we will answer them "
                "directly."
            ),
        ),
    ),
}
_CAMPAIGN_TEMPLATES: dict[str, tuple[_Template, ...]] = {
    "voter_list": (
        (
            "تحقق من اسمك في الجداول",
            (
                "هل تأكدت من وجود اسمك في جداول الناخبين؟ يمكنك التحقق خلال دقيقة عبر الموقع "
                "الإلكتروني للهيئة. تأكّد اليوم، ولا تنتظر اللحظة الأخيرة."
            ),
            (
                "Have you checked that your name is on the voter list? It takes a minute on the "
                "commission's website. Check today — don't wait until the last moment."
            ),
        ),
        (
            "الجداول معروضة حتى موعد محدد",
            (
                "جداول الناخبين الأولية معروضة حتى يوم {day_ar}. راجع اسمك وأسماء أفراد أسرتك، "
                "وقدّم اعتراضك إن وجدت خطأً."
            ),
            (
                "The preliminary voter lists are on display until {day_en}. Check your name and "
                "your family's, and file an objection if you find a mistake."
            ),
        ),
        (
            "نقل مكان الاقتراع",
            (
                "انتقلت إلى منطقة سكن جديدة؟ يمكنك طلب نقل مكان اقتراعك إلى دائرتك الحالية قبل يوم "
                "{day_ar}."
            ),
            (
                "Moved house? You can ask to move your polling place to your current district "
                "before {day_en}."
            ),
        ),
        (
            "تصحيح الأخطاء في الجداول",
            (
                "خطأ في اسمك أو في اسم والدتك في الجداول؟ الاعتراض مجاني ويستغرق دقائق في أقرب "
                "مكتب للهيئة."
            ),
            (
                "Is your name, or your mother's name, wrong on the list? Filing an objection is "
                "free and takes minutes at the nearest commission office."
            ),
        ),
    ),
    "women": _TEMPLATES["women"],
    "access": _TEMPLATES["inclusion"],
}
_EVENT_TEMPLATES: dict[str, tuple[_Template, ...]] = {
    "before": (
        (
            "إعلان",
            "غداً: {event_ar} في {city_ar}. تابعوا التغطية المباشرة على صفحاتنا.",
            "Tomorrow: {event_en} in {city_en}. Follow our live coverage.",
        ),
        (
            "دعوة",
            (
                "تدعوكم الهيئة إلى حضور {event_ar} في {city_ar} يوم {day_ar}. الدعوة عامة، والمكان "
                "مهيأ للأشخاص ذوي الإعاقة."
            ),
            (
                "You are invited: {event_en}, in {city_en} on {day_en}. All are welcome, and the "
                "venue is accessible."
            ),
        ),
    ),
    "opening": (
        (
            "افتتاح",
            (
                "انطلقت صباح اليوم في {city_ar} أعمال {event_ar}، بمشاركة ممثلين عن مؤسسات المجتمع "
                "المدني والشباب ووسائل الإعلام."
            ),
            (
                "{event_en} opened this morning in {city_en}, bringing together civil-society "
                "organisations, young people and journalists."
            ),
        ),
    ),
    "during": (
        (
            "جلسة اليوم",
            (
                "ضمن أعمال {event_ar}، ناقشت جلسة اليوم دور الإعلام في مواجهة الأخبار المضللة خلال "
                "موسم الانتخابات."
            ),
            (
                "{event_en}: today's session discussed the media's role in countering "
                "misinformation during the election season."
            ),
        ),
        (
            "مداخلات المشاركين",
            (
                "من {event_ar}: مداخلات المشاركين ركّزت على إيصال المعلومة الانتخابية إلى القرى "
                "والبوادي بلغة بسيطة."
            ),
            (
                "{event_en}: participants focused on bringing electoral information to villages "
                "and rural areas in plain language."
            ),
        ),
    ),
    "after": (
        (
            "بالصور",
            "بالصور: جانب من {event_ar} في {city_ar}، بمشاركة {n} مشاركاً ومشاركة.",
            "In pictures: {event_en}, in {city_en}, with {n} participants.",
        ),
        (
            "اختتام",
            (
                "اختُتمت فعاليات {event_ar}، وخرج المشاركون بتوصيات لإيصال المعلومة الانتخابية إلى "
                "جميع الفئات. شكراً لكل من شارك."
            ),
            (
                "{event_en} has closed with recommendations for bringing electoral information to "
                "everyone. Thank you to all who took part."
            ),
        ),
    ),
}
_GREETINGS: dict[str, _Template] = {
    "new_year": (
        "تهنئة بالعام الجديد",
        (
            "كل عام وأنتم بخير بمناسبة العام الميلادي الجديد، نتمنى أن يكون عام مشاركة "
            "وإنجاز للجميع."
        ),
        "Happy New Year! May it be a year of participation and achievement for all.",
    ),
    "labour": (
        "تحية في يوم العمال",
        "تحية تقدير لكل العاملات والعاملين في يوم العمال العالمي، شركائنا في بناء الوطن.",
        ("Happy Labour Day to every working woman and man — our partners in building the country."),
    ),
    "independence": (
        "تهنئة بعيد الاستقلال",
        (
            "في ذكرى الاستقلال نستذكر مسيرة البناء، ونجدد العهد على خدمة الوطن والمواطن. "
            "كل عام والوطن بخير."
        ),
        (
            "On Independence Day we remember how far we have come, and renew our "
            "commitment to serve the country and its citizens."
        ),
    ),
    "christmas": (
        "تهنئة بعيد الميلاد المجيد",
        "كل عام وأنتم بخير بمناسبة عيد الميلاد المجيد، ودامت المحبة بيننا.",
        "Merry Christmas to all who celebrate, and season's greetings to everyone.",
    ),
    "eid_fitr": (
        "تهنئة بعيد الفطر",
        (
            "تتقدّم الهيئة من الجميع بأطيب التهاني بمناسبة عيد الفطر السعيد، أعاده الله "
            "علينا وعليكم بالخير واليُمن والبركات."
        ),
        "Eid Mubarak! The commission wishes everyone a happy and blessed Eid al-Fitr.",
    ),
    "eid_adha": (
        "تهنئة بعيد الأضحى",
        ("كل عام وأنتم بخير بمناسبة عيد الأضحى المبارك، أعاده الله على الجميع بالخير والبركة."),
        "Eid al-Adha Mubarak! Warm wishes to everyone celebrating.",
    ),
    "hijri_new_year": (
        "تهنئة بالعام الهجري",
        "كل عام وأنتم بخير بمناسبة حلول العام الهجري الجديد {hijri_year}هـ.",
        "Happy Islamic New Year {hijri_year} AH.",
    ),
    "mawlid": (
        "تهنئة بالمولد النبوي",
        "نهنئكم بذكرى المولد النبوي الشريف، أعادها الله على الجميع بالخير والبركة.",
        "Warm greetings on the anniversary of the Prophet's birthday.",
    ),
}
_POLLING_POSTS: dict[str, _Template] = {
    "polls_open": (
        "فتح صناديق الاقتراع",
        (
            "فُتحت صناديق الاقتراع في جميع المراكز، ويستمر الاقتراع حتى السابعة مساءً. احمل "
            "هويتك وتوجّه إلى مركزك."
        ),
        (
            "Polls are open at every centre until 7 p.m. Bring your ID and head to your "
            "polling centre."
        ),
    ),
    "polls_closed": (
        "إغلاق صناديق الاقتراع",
        (
            "أُغلقت صناديق الاقتراع. شكراً لكل من شارك، وتابعوا صفحاتنا الرسمية لإعلان "
            "النتائج الأولية."
        ),
        (
            "Polls have closed. Thank you to everyone who voted — follow our official "
            "pages for the preliminary results."
        ),
    ),
}
_SILENCE_POST: _Template = (
    "تذكير قبل يوم الاقتراع (مجدول في فترة الصمت)",
    "غداً يوم الاقتراع. تأكد من مركز اقتراعك، واحمل هويتك، وشارك في صنع القرار.",
    "Tomorrow is polling day. Check your polling centre, bring your ID and have your say.",
)
_PEOPLE = (
    ("رنا، عضوة مجلس محلي", "Rana, a local council member"),
    ("سوسن، معلمة ومرشحة سابقة", "Sawsan, a teacher and former candidate"),
    ("هبة، رائدة أعمال شابة", "Hiba, a young entrepreneur"),
    ("أم خالد، ناشطة مجتمعية", "Umm Khaled, a community activist"),
    ("نور، طالبة جامعية وناخبة لأول مرة", "Nour, a university student and first-time voter"),
    ("د. منى، طبيبة ورئيسة جمعية خيرية", "Dr Mona, a physician who chairs a charity"),
)
_SOURCES = (
    "دليل الناخب التجريبي، الطبعة المحدّثة — {site}/guide",
    "قرار مجلس الهيئة التجريبية بشأن الجدول الزمني للانتخابات — {site}/decisions",
    "بيان المكتب الإعلامي للهيئة — {site}/news",
    "سجل حضور الفعالية لدى قسم الفعاليات",
)
_REVIEW_COMMENTS = (
    "يرجى ذكر مصدر التاريخ الوارد في النص قبل إعادة الإرسال.",
    "النص الإنجليزي أطول من اللازم لمنصة إكس، اختصره رجاءً.",
    "أضف نصاً بديلاً للصورة قبل إعادة الإرسال.",
    "لا تستخدمي التطويل في الكلمات ولا في الوسوم، فهو يقسم الوسم ويعيق القراءة الآلية.",
    "تظهر في الصورة وجوه مشاركين؛ تأكدي من وجود موافقاتهم المكتوبة.",
    "العبارة الأخيرة قد تُفهم على أنها دعاية لطرف معيّن، أعيدي صياغتها بحياد.",
    "الموعد يقع في فترة الصمت الانتخابي، انقليه إلى ما بعد إغلاق الصناديق.",
)
_TATWEEL = (
    ("الانتخابات", "الانتخـــابات"),
    ("الاقتراع", "الاقتـــراع"),
    ("الهيئة", "الهيـــئة"),
    ("الناخبين", "الناخبيـــن"),
)
_MANUAL_CHECKS = ("GOV-FACT-1", "GOV-PII-1", "GOV-COPY-1", "GOV-PROP-1")

# --- inquiries -------------------------------------------------------------------------------

_AR_FIRST = (
    ("محمد", "mohammad"),
    ("أحمد", "ahmad"),
    ("خالد", "khaled"),
    ("يوسف", "yousef"),
    ("عمر", "omar"),
    ("ليث", "laith"),
    ("زيد", "zaid"),
    ("سارة", "sara"),
    ("ريم", "reem"),
    ("دانا", "dana"),
    ("لينا", "lina"),
    ("نور", "nour"),
    ("هبة", "hiba"),
    ("آمنة", "amneh"),
    ("فاطمة", "fatima"),
    ("رزان", "razan"),
    ("مالك", "malek"),
    ("بشرى", "bushra"),
    ("سلمى", "salma"),
    ("طارق", "tareq"),
    ("إبراهيم", "ibrahim"),
    ("ياسمين", "yasmeen"),
)
_AR_LAST = (
    ("القاسم", "qasem"),
    ("الصالح", "saleh"),
    ("الخطيب", "khatib"),
    ("النجار", "najjar"),
    ("الحداد", "haddad"),
    ("الشريف", "sharif"),
    ("السعدي", "saadi"),
    ("العمري", "omari"),
    ("الأحمد", "ahmad"),
    ("المصري", "masri"),
    ("الكردي", "kurdi"),
    ("عبد الله", "abdallah"),
    ("يونس", "younes"),
    ("حمدان", "hamdan"),
    ("منصور", "mansour"),
    ("الشامي", "shami"),
)
_EN_NAMES = (
    ("Sarah", "Miller"),
    ("Daniel", "Okafor"),
    ("Lina", "Haddad"),
    ("Mark", "Jensen"),
    ("Aiko", "Tanaka"),
    ("Claire", "Dubois"),
    ("Omar", "Siddiqui"),
    ("Emma", "Larsen"),
)
# Subject and text per kind and language.
_INQUIRIES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("inquiry", "ar"): (
        (
            "التحقق من الاسم في جداول الناخبين",
            (
                "مرحباً، كيف أتأكد أن اسمي مسجّل في جداول الناخبين؟ انتقلت من {city} إلى عمّان "
                "العام الماضي."
            ),
        ),
        ("موقع مركز الاقتراع", "مرحبا، وين بقدر أعرف مركز الاقتراع تبعي؟ الموقع ما بفتح عندي."),
        (
            "الوثائق المطلوبة للاقتراع",
            "هل تكفي رخصة القيادة للاقتراع، أم يجب إحضار الهوية الشخصية؟",
        ),
        (
            "ترتيبات لكبار السن",
            (
                "والدي كبير في السن ولا يستطيع الوقوف طويلاً، هل يوجد ترتيب خاص لكبار السن في مركز "
                "الاقتراع؟"
            ),
        ),
        ("موعد الاقتراع", "السلام عليكم، متى موعد الاقتراع بالضبط؟ وهل سيكون يوم عطلة رسمية؟"),
        (
            "التسجيل لأول مرة",
            "ابني أتمّ الثامنة عشرة هذا الشهر، هل يُدرج اسمه تلقائياً أم عليه مراجعة مكتب؟",
        ),
    ),
    ("inquiry", "en"): (
        (
            "Voting from abroad",
            (
                "I live abroad and will be back a week before polling day. Is my registration "
                "still valid, and where do I vote?"
            ),
        ),
        (
            "Observer accreditation",
            "How can an international organisation apply to observe polling day?",
        ),
    ),
    ("complaint", "ar"): (
        ("تأخر الرد على رسالتي", "أرسلت رسالة على الصفحة قبل ثلاثة أيام ولم يصلني أي رد."),
        (
            "خطأ في بيانات الناخب",
            "اسم والدتي مكتوب خطأً في جدول الناخبين المنشور، كيف يُصحَّح قبل انتهاء مدة الاعتراض؟",
        ),
        (
            "صعوبة الوصول إلى مركز الاقتراع",
            "مركز الاقتراع في مدرستنا في الطابق الثاني ولا يوجد مصعد، وأنا أستخدم كرسياً متحركاً.",
        ),
        ("خدمة التحقق لا تعمل", "خدمة التحقق من الاسم على الموقع تعطي رسالة خطأ منذ الصباح."),
        ("معاملة موظف", "انتظرت أكثر من ساعة في مكتب {city} دون أن يخبرنا أحد بسبب التأخير."),
    ),
    ("complaint", "en"): (
        (
            "Broken link",
            (
                "The link in your last post about the voter's guide leads to a page that does not "
                "exist."
            ),
        ),
    ),
    ("request", "ar"): (
        (
            "طلب نسخ من دليل الناخب بطريقة برايل",
            "أرجو تزويد جمعيتنا في {city} بعشر نسخ من دليل الناخب بطريقة برايل.",
        ),
        (
            "طلب ورشة توعية",
            (
                "نحن نادٍ شبابي في {city} ونرغب في تنظيم ورشة توعية انتخابية لأعضائنا، كيف نقدّم "
                "الطلب؟"
            ),
        ),
        ("طلب نقل مكان الاقتراع", "كيف أنقل مكان اقتراعي إلى الدائرة التي أسكن فيها حالياً؟"),
        (
            "طلب مواد توعوية للمدرسة",
            "أنا معلمة في {city}، هل يمكن تزويدنا بملصقات توعوية عن الاقتراع لطلبة الصف الأخير؟",
        ),
    ),
    ("request", "en"): (
        (
            "Request for infographics",
            (
                "Could you share the voting-steps infographic in high resolution for our "
                "university newsletter?"
            ),
        ),
    ),
    ("suggestion", "ar"): (
        (
            "اقتراح فيديوهات قصيرة",
            "أقترح نشر فيديوهات قصيرة بلغة الإشارة لكل خطوة من خطوات الاقتراع.",
        ),
        ("اقتراح بث مباشر", "ياريت تعملوا بث مباشر للإجابة عن أسئلة الناس قبل الانتخابات."),
        (
            "اقتراح خريطة للمراكز",
            "لو تضيفون خريطة تفاعلية لمراكز الاقتراع في كل محافظة على الموقع.",
        ),
    ),
    ("suggestion", "en"): (
        (
            "Subtitles",
            ("Please add English subtitles to your videos; many residents follow your page."),
        ),
    ),
    ("media_request", "ar"): (
        (
            "طلب مقابلة إذاعية",
            (
                "نرغب في استضافة المتحدث الرسمي باسم الهيئة في برنامج صباحي على إذاعة محلية الأحد "
                "القادم."
            ),
        ),
        (
            "طلب إحصاءات",
            (
                "أعدّ تقريراً صحفياً عن مشاركة الشباب، هل يمكن تزويدي بعدد الناخبين المسجلين حسب "
                "الفئة العمرية؟"
            ),
        ),
        ("طلب تصوير", "نطلب إذناً لتصوير تقرير تلفزيوني في مكتب الهيئة في {city}."),
    ),
    ("media_request", "en"): (
        (
            "Interview request",
            (
                "I am a correspondent for an international news agency and would like to interview "
                "a commission spokesperson about preparations for polling day."
            ),
        ),
    ),
    ("mention", "ar"): (
        (
            "منشور متداول يشير إلى الهيئة",
            "منشور متداول على فيسبوك يزعم أن موعد الاقتراع تأجّل، ويشير إلى صفحة الهيئة.",
        ),
        ("إشادة بورشة عمل", "حساب شبابي أشاد بورشة العمل في {city} وأشار إلى حساب الهيئة."),
        (
            "سؤال في تعليق على منشور لصفحة أخرى",
            "صفحة إخبارية محلية نشرت خبراً عن جداول الناخبين، وفي التعليقات أسئلة موجّهة للهيئة.",
        ),
    ),
    ("mention", "en"): (
        (
            "Mention by an observer group",
            "An observer group quoted our voter-list figures in a post and tagged the commission.",
        ),
    ),
}
# title, Arabic body, English body
_SAVED_REPLIES = (
    (
        "شكر على التواصل",
        (
            "أهلاً {name}، شكراً لتواصلك مع الهيئة. استلمنا رسالتك وسنرد عليك في أقرب وقت خلال "
            "ساعات الدوام الرسمي."
        ),
        (
            "Hello {name}, thank you for contacting the commission. We have received your message "
            "and will reply as soon as we can during office hours."
        ),
    ),
    (
        "التحقق من جداول الناخبين",
        (
            "أهلاً {name}، يمكنك التحقق من اسمك ومركز اقتراعك عبر خدمة «أين أقترع» على موقع الهيئة "
            "بإدخال رقمك الوطني، أو بزيارة أقرب مكتب للهيئة."
        ),
        (
            "Hello {name}, you can check your name and polling centre with the “Where do I vote” "
            "service on our website, using your national number, or at the nearest commission "
            "office."
        ),
    ),
    (
        "استلام شكوى",
        (
            "أهلاً {name}، نعتذر عمّا واجهته. سجّلنا شكواك وأحلناها إلى الجهة المختصة، وسنبلغك "
            "بالنتيجة خلال يومي عمل."
        ),
        (
            "Hello {name}, we are sorry for the trouble. Your complaint is logged and passed to "
            "the team concerned; we will tell you the outcome within two working days."
        ),
    ),
    (
        "طلب إعلامي",
        (
            "أهلاً {name}، شكراً لاهتمامك. حوّلنا طلبك إلى مكتب المتحدث الرسمي، وسيتواصل معك فريق "
            "الإعلام اليوم لتحديد الموعد."
        ),
        (
            "Hello {name}, thank you for your interest. Your request is with the spokesperson's "
            "office, and the media team will contact you today to arrange a time."
        ),
    ),
    (
        "شكر على الاقتراح",
        "أهلاً {name}، شكراً لاقتراحك القيّم. نقلناه إلى فريق المحتوى لدراسته ضمن خطتنا القادمة.",
        (
            "Hello {name}, thank you for your suggestion. We have passed it to our content team "
            "for our next plan."
        ),
    ),
    (
        "طلب معلومات إضافية",
        (
            "أهلاً {name}، حتى نتمكن من مساعدتك نرجو تزويدنا برقم للتواصل عبر رسالة خاصة، ودون نشر "
            "أي بيانات شخصية في التعليقات."
        ),
        (
            "Hello {name}, so that we can help, please send us a contact number by private message "
            "— and please don't post personal details in the comments."
        ),
    ),
    (
        "خارج ساعات الدوام",
        (
            "أهلاً {name}، وصلتنا رسالتك خارج ساعات الدوام الرسمي (من الأحد إلى الخميس، من الثامنة "
            "صباحاً حتى الثالثة عصراً)، وسنرد عليك في أول يوم عمل."
        ),
        (
            "Hello {name}, your message reached us outside office hours (Sunday to Thursday, 8 "
            "a.m. to 3 p.m.); we will reply on the next working day."
        ),
    ),
    (
        "إمكانية الوصول",
        (
            "أهلاً {name}، شكراً لإبلاغنا. يحق لك اصطحاب مرافق تختاره، ويمكنك طلب ترتيبات خاصة في "
            "مركز اقتراعك بالتواصل معنا قبل يوم الاقتراع بأسبوع على الأقل."
        ),
        (
            "Hello {name}, thank you for letting us know. You may bring a companion of your "
            "choice, and you can ask for special arrangements at your polling centre by contacting "
            "us at least a week before polling day."
        ),
    ),
    (
        "إغلاق الموضوع",
        (
            "أهلاً {name}، يسعدنا إبلاغك بأنه تمت معالجة الموضوع. شكراً لصبرك، ولا تتردد في "
            "التواصل معنا مجدداً."
        ),
        (
            "Hello {name}, we are glad to tell you the matter has been resolved. Thank you for "
            "your patience — do get in touch again any time."
        ),
    ),
)
_REPLY_FOR_KIND = {
    "inquiry": 1,
    "complaint": 2,
    "request": 0,
    "suggestion": 4,
    "media_request": 3,
    "mention": 0,
}
_REPLY_WAITING, _REPLY_OUT_OF_HOURS, _REPLY_ACCESS, _REPLY_CLOSED = 5, 6, 7, 8
_INTERNAL_NOTES: dict[str, tuple[str, ...]] = {
    "inquiry": (
        "تكرر السؤال نفسه أكثر من مرة هذا الأسبوع؛ مقترح لمنشور توعوي.",
        "تم الرد هاتفياً أيضاً.",
    ),
    "complaint": ("أُحيلت إلى مديرية السجل الانتخابي.", "أُبلغ قسم تقنية المعلومات بالعطل."),
    "request": ("أُحيل الطلب إلى قسم الفعاليات.",),
    "suggestion": ("أُدرج الاقتراح في قائمة أفكار الخطة القادمة.",),
    "media_request": ("صحفي معتمد لدى الهيئة.", "نُسّق الموعد مع مكتب المتحدث الرسمي."),
    "mention": (
        "رُصدت الإشارة ضمن متابعة الصفحات ذات العلاقة.",
        "إن كان المنشور مضللاً: نُشر توضيح رسمي على الصفحة.",
    ),
}
# Office hours: the target first-response time (office hours) and a typical one.
_TARGET_HOURS = {
    "inquiry": 24.0,
    "complaint": 48.0,
    "request": 24.0,
    "suggestion": 48.0,
    "media_request": 4.0,
    "mention": 24.0,
}
_TYPICAL_HOURS = {
    "inquiry": 3.0,
    "complaint": 6.0,
    "request": 5.0,
    "suggestion": 8.0,
    "media_request": 1.0,
    "mention": 3.0,
}
_CHANNELS: tuple[tuple[InquiryChannel, float], ...] = (
    (InquiryChannel.FACEBOOK, 30),
    (InquiryChannel.X, 10),
    (InquiryChannel.INSTAGRAM, 14),
    (InquiryChannel.YOUTUBE, 3),
    (InquiryChannel.TIKTOK, 6),
    (InquiryChannel.WEBSITE, 10),
    (InquiryChannel.EMAIL, 12),
    (InquiryChannel.PHONE, 10),
    (InquiryChannel.WALK_IN, 5),
)
_SOCIAL_CHANNELS = (
    (InquiryChannel.FACEBOOK, 5),
    (InquiryChannel.X, 3),
    (InquiryChannel.INSTAGRAM, 2),
    (InquiryChannel.TIKTOK, 1),
    (InquiryChannel.YOUTUBE, 1),
)
_KINDS: tuple[tuple[InquiryKind, float], ...] = (
    (InquiryKind.INQUIRY, 45),
    (InquiryKind.COMPLAINT, 15),
    (InquiryKind.REQUEST, 13),
    (InquiryKind.SUGGESTION, 8),
    (InquiryKind.MEDIA_REQUEST, 7),
    (InquiryKind.MENTION, 12),
)
_IN_PERSON = frozenset({InquiryChannel.PHONE, InquiryChannel.WALK_IN})
_SOCIAL = frozenset(
    {
        InquiryChannel.FACEBOOK,
        InquiryChannel.X,
        InquiryChannel.INSTAGRAM,
        InquiryChannel.YOUTUBE,
        InquiryChannel.TIKTOK,
    }
)

# --- media -----------------------------------------------------------------------------------

_INFOGRAPHICS = (
    (
        "انفوغرافيك: خطوات الاقتراع",
        (
            "رسم توضيحي من خمس خطوات: إبراز الهوية، التحقق من الاسم، استلام الورقة، التأشير خلف "
            "المعزل، وضع الورقة في الصندوق."
        ),
        (
            "Five-step illustration: show your ID, name check, receive the ballot, mark it behind "
            "the screen, put it in the box."
        ),
    ),
    (
        "انفوغرافيك: مواعيد جداول الناخبين",
        "خط زمني يبيّن مدة عرض جداول الناخبين الأولية، ثم مدة الاعتراض، ثم نشر الجداول النهائية.",
        (
            "Timeline: preliminary voter lists on display, then the objection period, then the "
            "final lists."
        ),
    ),
    (
        "انفوغرافيك: حقوق الناخب من ذوي الإعاقة",
        "أيقونات لكرسي متحرك ويد تشير بلغة الإشارة وكتاب برايل، بجانب كل منها حق من حقوق الناخب.",
        (
            "Icons of a wheelchair, a signing hand and a Braille book, each beside one of the "
            "voter's rights."
        ),
    ),
    (
        "بطاقة: تحقق قبل أن تشارك",
        "بطاقة بخلفية زرقاء كُتب عليها «تحقق قبل أن تشارك» وتحتها شعار الهيئة.",
        "Blue card reading “Check before you share”, with the commission's logo below.",
    ),
)
_EVENT_ALTS = (
    (
        "مشاركون ومشاركات حول طاولة مستديرة في {event}، وخلفهم شاشة تعرض شعار الحملة.",
        (
            "Participants around a round table at {event}; a screen behind them shows the campaign "
            "logo."
        ),
    ),
    (
        "متحدثة على المنصة تخاطب القاعة خلال {event}، وأمامها مترجمة لغة إشارة.",
        "A speaker addresses the hall at {event}, with a sign-language interpreter beside her.",
    ),
    (
        "شباب يملؤون استمارات التطوع على طاولة عند مدخل القاعة في {event}.",
        "Young people fill in volunteer forms at a table by the entrance at {event}.",
    ),
    (
        "صورة جماعية للمتطوعين بقمصان الحملة في ختام {event}.",
        "Group photo of volunteers in campaign T-shirts at the close of {event}.",
    ),
)
_VIDEOS = (
    ("فيديو: خطوات الاقتراع بلغة الإشارة", "شرح مصوّر بلغة الإشارة مع ترجمة نصية بالعربية."),
    ("فيديو قصير: تحقق من اسمك في دقيقة", "مقطع عمودي لمنصتي تيك توك وإنستغرام."),
    ("مقابلة: قصة نجاح من المجلس المحلي", "مقابلة مدتها دقيقتان مع عضوة مجلس محلي."),
    ("تغطية: المؤتمر السنوي للتوعية الانتخابية", "أبرز لقطات المؤتمر."),
)
_DOCUMENTS = (
    ("دليل الناخب (النسخة المحدّثة)", "voter-guide-updated.pdf"),
    ("الجدول الزمني للعملية الانتخابية", "election-timeline.pdf"),
    ("دليل الهوية البصرية للهيئة", "visual-identity-guide.pdf"),
)
_MEDIA_TAGS = {
    "event": ("فعاليات", "تغطية", "صور"),
    "infographic": ("انفوغرافيك", "توعية"),
    "portrait": ("قصص_نجاح", "المرأة"),
    "video": ("فيديو", "توعية"),
    "document": ("وثائق", "مرجع"),
    "consent": ("موافقات",),
}
_CREDIT = "قسم الإعلام الرقمي — الهيئة التجريبية"
_LICENCES = (("ملك الهيئة، جميع الحقوق محفوظة", 8), ("CC BY 4.0", 1), ("", 1))
_CONSENT_SCOPE = "النشر على الصفحات الرسمية للهيئة ومطبوعاتها لمدة سنتين."


# --- the builder -----------------------------------------------------------------------------


@dataclass
class _EventInfo:
    id: int
    start: dt.datetime  # local
    end: dt.datetime
    title_ar: str
    title_en: str
    city: int
    campaign_id: int | None


@dataclass
class _CampaignInfo:
    id: int
    spec: _CampaignSpec
    starts_on: dt.date
    ends_on: dt.date


@dataclass
class _Slot:
    when: dt.datetime  # local
    special: str | None = None  # a greeting, or a polling-day post
    event: _EventInfo | None = None
    silence: bool = False


@dataclass
class _Rows:
    """Rows of several tables built together, inserted parents first."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.tables.setdefault(table, []).append(row)


_ORDER = (
    "media_assets",
    "media_tags",
    "consent_records",
    "posts",
    "post_variants",
    "post_media",
    "post_revisions",
    "approvals",
    "publication_records",
    "inquiries",
    "inquiry_responses",
)


class _Builder:
    def __init__(
        self,
        session: Session,
        spec: _Scale,
        scale: str,
        today: dt.date,
        now: dt.datetime,
        seed: int,
    ) -> None:
        self.session = session
        self.spec = spec
        self.scale = scale
        self.today = today
        self.now = now
        self.now_utc = now.astimezone(_UTC)
        self.seed = seed
        self.rng = random.Random(seed)
        self.first_day = today - dt.timedelta(days=max(spec.days_back, spec.inquiry_days_back))
        self.last_day = today + dt.timedelta(days=spec.days_ahead)
        self.pillar_ids: dict[str, int] = {}
        self.campaigns: list[_CampaignInfo] = []
        self.events: list[_EventInfo] = []
        self.quiet: list[tuple[dt.datetime, dt.datetime]] = []
        self.holidays: dict[dt.date, tuple[str, str, str]] = {}
        self.polling_day = today
        self.account_ids: dict[Platform, int] = {}
        self.approver_ids: tuple[int, int] = (1, 2)
        self.media_sha: dict[int, str] = {}
        self.media_alt: dict[int, tuple[str, str]] = {}  # media id -> (Arabic, English) alt text
        self.clean_images: list[int] = []  # with alt text in both languages and every consent
        self.clean_set: set[int] = set()
        self.any_images: list[int] = []
        self.videos: list[int] = []
        self.event_images: dict[int, list[int]] = {}
        self.published: list[tuple[float, int]] = []  # (UTC timestamp, post id), in time order
        # (time, order, actor, action, post id, details) of the audit log, sorted when written;
        # the normal scale only (the large one's 250,000 entries would add 8 s to its 11 s)
        self.audit_events: list[tuple[dt.datetime, int, str, str, int, dict[str, Any]]] = []
        self.keep_audit = scale == "normal"
        # (pillar, template) -> the first evergreen post made from it: id, Arabic, English, link
        self.evergreen: dict[tuple[str, int], tuple[int, str, str, str]] = {}
        self.plan_start = _month_start(today, -6)

    # -- plumbing --

    def next_id(self, model: type[m.Base]) -> int:
        table = _table(model)
        return int(self.session.scalar(select(func.max(table.c.id))) or 0) + 1

    def insert(self, model: type[m.Base], rows: list[dict[str, Any]]) -> None:
        table = _table(model)
        for start in range(0, len(rows), _CHUNK):
            self.session.execute(insert(table), rows[start : start + _CHUNK])

    def flush_rows(self, rows: _Rows) -> None:
        tables = m.Base.metadata.tables
        for name in _ORDER:
            batch = rows.tables.get(name)
            if batch:
                for start in range(0, len(batch), _CHUNK):
                    self.session.execute(insert(tables[name]), batch[start : start + _CHUNK])
        rows.tables.clear()

    def run(self) -> None:
        self.organisation_and_settings()
        self.plan_and_pillars()
        self.campaigns_and_calendar()
        self.accounts()
        self.approvers_and_replies()
        self.metrics_and_targets()
        self.media()
        self.posts()
        self.audit_log()
        self.inquiries()

    # -- organisation, plan, campaigns, calendar --

    def organisation_and_settings(self) -> None:
        # The workspace's time zone is the "timezone" setting (the organisation has no column).
        values: dict[str, Any] = {"name_ar": ORG_NAME_AR, "name_en": ORG_NAME_EN, "week_start": 6}
        org = self.session.scalars(select(m.Organisation).order_by(m.Organisation.id)).first()
        if org is None:
            self.session.add(m.Organisation(**values))
        else:  # a profile made with the empty workspace: it becomes the demo's
            for key, value in values.items():
                setattr(org, key, value)
        settings = {
            "timezone": DEMO_TIMEZONE,
            "ui.language": "ar",
            "demo": {"scale": self.scale, "seed": self.seed, "today": self.today.isoformat()},
        }
        for key, value in settings.items():
            self.session.merge(m.Setting(key=key, value=value))
        self.session.flush()

    def plan_and_pillars(self) -> None:
        start = self.plan_start
        end = _month_start(start, 12) - _DAY
        plan_id = self.next_id(m.Plan)
        years = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        self.insert(
            m.Plan,
            [
                {
                    "id": plan_id,
                    "name_ar": f"خطة التواصل الرقمي {years}",
                    "name_en": f"Digital communication plan {years}",
                    "starts_on": start,
                    "ends_on": end,
                    "approved_at": _local(start - dt.timedelta(days=12), 11),
                    "approved_by": f"{_DIRECTOR[0]}، {_DIRECTOR[1]}",
                }
            ],
        )
        self.insert(
            m.PlanGoal, [{"plan_id": plan_id, "text_ar": ar, "text_en": en} for ar, en in _GOALS]
        )
        self.insert(
            m.PlanAudience,
            [{"plan_id": plan_id, "name_ar": ar, "name_en": en} for ar, en in _AUDIENCES],
        )
        self.insert(
            m.PlatformFocus,
            [
                {"plan_id": plan_id, "platform": platform.value, "share_pct": share}
                for platform, share in _FOCUS.items()
            ],
        )
        first = self.next_id(m.Pillar)
        rows = []
        for offset, (key, name_ar, name_en, colour, share) in enumerate(_PILLARS):
            self.pillar_ids[key] = first + offset
            rows.append(
                {
                    "id": first + offset,
                    "plan_id": plan_id,
                    "name_ar": name_ar,
                    "name_en": name_en,
                    "colour": colour,
                    "intended_share_pct": share,
                }
            )
        self.insert(m.Pillar, rows)

    def campaigns_and_calendar(self) -> None:
        today = self.today
        polling = today + dt.timedelta(days=_POLLING_OFFSET)
        polling += dt.timedelta(days=(1 - polling.weekday()) % 7)  # a Tuesday
        self.polling_day = polling
        windows = {
            "voter_list": (today - dt.timedelta(days=75), today + dt.timedelta(days=15)),
            "women": (today + dt.timedelta(days=5), polling),
            "access": (today - dt.timedelta(days=30), polling + dt.timedelta(days=5)),
        }
        first = self.next_id(m.Campaign)
        rows = []
        for offset, campaign in enumerate(_CAMPAIGNS):
            starts_on, ends_on = windows[campaign.key]
            info = _CampaignInfo(first + offset, campaign, starts_on, ends_on)
            self.campaigns.append(info)
            rows.append(
                {
                    "id": info.id,
                    "name_ar": campaign.name_ar,
                    "name_en": campaign.name_en,
                    "starts_on": starts_on,
                    "ends_on": ends_on,
                    "colour": campaign.colour,
                    "pillar_id": self.pillar_ids[campaign.pillar],
                    "goal_ar": campaign.goal_ar,
                    "goal_en": campaign.goal_en,
                }
            )
        self.insert(m.Campaign, rows)
        campaign_ids = {info.spec.key: info.id for info in self.campaigns}

        # Events: this year's programme, and for the large workspace the same programme in
        # earlier years.
        event_rows = []
        next_event = self.next_id(m.Event)
        for years_back in range(self.spec.event_years_back, -1, -1):
            for event in _EVENTS:
                day = today + dt.timedelta(days=event.offset - 365 * years_back)
                while day.weekday() in (4, 5) or (event.days > 1 and day.weekday() == 3):
                    day += _DAY  # events run on working days (Sunday–Thursday)
                if day < self.first_day:
                    continue
                start = _local(day, 9, 30)
                end = _local(day + dt.timedelta(days=event.days - 1), 14)
                campaign_id = None
                if event.campaign and not years_back:
                    campaign_id = campaign_ids[event.campaign]
                event_info = _EventInfo(
                    next_event, start, end, event.title_ar, event.title_en, event.city, campaign_id
                )
                next_event += 1
                self.events.append(event_info)
                event_rows.append(
                    {
                        "id": event_info.id,
                        "title_ar": event.title_ar,
                        "title_en": event.title_en,
                        "kind": event.kind.value,
                        "starts_at": start,
                        "ends_at": end,
                        "location": _location(event),
                        "campaign_id": campaign_id,
                        "notes": "تغطية مباشرة على فيسبوك وإكس، وصور للأرشيف."
                        if event.kind is EventKind.CONFERENCE
                        else "",
                    }
                )
        # A press conference three days before polling day, tied to no campaign.
        press = polling - dt.timedelta(days=3)
        event_info = _EventInfo(
            next_event,
            _local(press, 11),
            _local(press, 12, 30),
            "المؤتمر الصحفي حول الجاهزية ليوم الاقتراع",
            "Press conference on readiness for polling day",
            0,
            None,
        )
        self.events.append(event_info)
        event_rows.append(
            {
                "id": event_info.id,
                "title_ar": event_info.title_ar,
                "title_en": event_info.title_en,
                "kind": EventKind.CONFERENCE.value,
                "starts_at": event_info.start,
                "ends_at": event_info.end,
                "location": "مقر الهيئة، عمّان",
                "campaign_id": None,
                "notes": "بث مباشر على يوتيوب وفيسبوك.",
            }
        )
        self.events.sort(key=lambda e: e.start)
        self.insert(m.Event, event_rows)

        silence = (_local(polling - _DAY, 7), _local(polling, 7))  # until the polls open
        mourning_day = today - dt.timedelta(days=101)
        mourning = (_local(mourning_day, 0), _local(mourning_day + dt.timedelta(days=3), 0))
        self.quiet = [mourning, silence]
        self.insert(
            m.QuietPeriod,
            [
                {
                    "name_ar": "الصمت الانتخابي قبل يوم الاقتراع التجريبي",
                    "name_en": "Electoral silence before the (fictional) polling day",
                    "reason": QuietReason.ELECTORAL_SILENCE.value,
                    "starts_at": silence[0],
                    "ends_at": silence[1],
                },
                {
                    "name_ar": "حداد رسمي (تجريبي)",
                    "name_en": "Official mourning (fictional)",
                    "reason": QuietReason.MOURNING.value,
                    "starts_at": mourning[0],
                    "ends_at": mourning[1],
                },
            ],
        )
        self.holidays = _public_holidays(self.first_day, self.last_day)
        existing = set(self.session.scalars(select(m.PublicHoliday.day)))
        self.insert(
            m.PublicHoliday,
            [
                {"day": day, "name_ar": ar, "name_en": en}
                for day, (_, ar, en) in sorted(self.holidays.items())
                if day not in existing
            ],
        )

    def accounts(self) -> None:
        first = self.next_id(m.Account)
        rows, admins = [], []
        for offset, spec in enumerate(_ACCOUNTS):
            account_id = first + offset
            self.account_ids[spec.platform] = account_id
            rows.append(
                {
                    "id": account_id,
                    "platform": spec.platform.value,
                    "handle": spec.handle,
                    "url": spec.url,
                    "official_email": f"{spec.platform.value}@{_EMAIL_DOMAIN}",
                    "verified": spec.verified,
                    "two_factor_enabled": spec.two_factor,
                    "password_changed_on": self.today - dt.timedelta(days=spec.password_days_ago),
                    "rotation_days": 90,
                    "privacy_reviewed_on": self.today - dt.timedelta(days=spec.privacy_days_ago),
                    "notes": spec.notes,
                    "active": True,
                }
            )
            for (name, role), full_rights, outside in spec.admins:
                admins.append(
                    {
                        "account_id": account_id,
                        "name": name,
                        "role": role,
                        "full_rights": full_rights,
                        "outside_agency": outside,
                    }
                )
        self.insert(m.Account, rows)
        self.insert(m.AccountAdministrator, admins)

    def approvers_and_replies(self) -> None:
        first = self.next_id(m.Approver)
        enrolled = _local(self.first_day - dt.timedelta(days=20), 10)
        self.approver_ids = (first, first + 1)
        self.insert(
            m.Approver,
            [
                {
                    "id": first,
                    "name": _HEAD[0],
                    "title": _HEAD[1],
                    "enrolled_at": enrolled,
                    "failed_attempts": 0,
                    "locked_until": None,
                    "last_timestep": None,
                    "active": True,
                },
                {
                    "id": first + 1,
                    "name": _DIRECTOR[0],
                    "title": _DIRECTOR[1],
                    "enrolled_at": enrolled + _DAY,
                    "failed_attempts": 0,
                    "locked_until": None,
                    "last_timestep": None,
                    "active": True,
                },
            ],
        )
        self.insert(
            m.SavedReply,
            [{"title": title, "body_ar": ar, "body_en": en} for title, ar, en in _SAVED_REPLIES],
        )

    # -- metrics and targets --

    def metrics_and_targets(self) -> None:
        rng = self.rng
        months = [_month_start(self.today, -k) for k in range(self.spec.metric_months, 0, -1)]
        campaign_months = {
            _month_start(info.starts_on, k)
            for info in self.campaigns
            for k in range(4)
            if _month_start(info.starts_on, k) <= info.ends_on
        }
        rows = []
        totals: dict[dt.date, list[int]] = {month: [0, 0] for month in months}  # followers, views
        latest: dict[int, int] = {}
        for spec in _ACCOUNTS:
            account_id = self.account_ids[spec.platform]
            followers = round(spec.followers_now / (1 + spec.growth) ** len(months))
            for month in months:
                growth = spec.growth * rng.uniform(0.4, 1.6)
                if month in campaign_months:
                    growth += spec.growth * 0.5
                new = round(followers * growth)
                if rng.random() < 0.06:  # a month with a net loss happens
                    new = -round(followers * rng.uniform(0.001, 0.006))
                followers += new
                views = round(followers * rng.uniform(*spec.views_per_follower))
                reactions = round(views * rng.uniform(0.018, 0.035))
                video_views = min(views, round(views * spec.video_share * rng.uniform(0.85, 1.1)))
                rows.append(
                    {
                        "account_id": account_id,
                        "month": month,
                        "followers": followers,
                        "new_followers": new,
                        "views": views,
                        "reach": round(views * rng.uniform(0.45, 0.72)),
                        "reactions": reactions,
                        "comments": round(reactions * rng.uniform(0.06, 0.14)),
                        "shares": round(reactions * rng.uniform(0.08, 0.22)),
                        "saves": None
                        if spec.saves_share is None
                        else round(reactions * rng.uniform(*spec.saves_share)),
                        "clicks": round(views * rng.uniform(0.002, 0.009)),
                        "video_views": video_views,
                        "source": "manual",
                        "updated_at": min(
                            _local(_month_start(month, 1) + dt.timedelta(days=3), 11), self.now
                        ),
                    }
                )
                totals[month][0] += followers
                totals[month][1] += views
            latest[account_id] = followers
        self.insert(m.MonthlyMetric, rows)

        # Targets for every month of the plan, overall, and per account for its quarters.
        base_month = max((mo for mo in months if mo < self.plan_start), default=months[0])
        base_followers, base_views = totals[base_month]
        targets = []
        for k in range(12):
            month = _month_start(self.plan_start, k)
            for kpi, value in (
                (Kpi.FOLLOWERS, round(base_followers * 1.03 ** (k + 1), -2)),
                (Kpi.VIEWS, round(base_views * 1.02 ** (k + 1), -3)),
                (Kpi.ENGAGEMENT_RATE, 0.035),  # engagements / views, as a ratio
                (Kpi.PUBLISHED_ITEMS, 20.0),
                (Kpi.MEDIAN_FIRST_RESPONSE_HOURS, 6.0),
            ):
                targets.append(
                    {
                        "kpi": kpi.value,
                        "period_kind": PeriodKind.MONTH.value,
                        "period_start": month,
                        "account_id": None,
                        "target": float(value),
                    }
                )
        quarter = _quarter_start(self.plan_start)
        for q in range(4):
            start = _month_start(quarter, 3 * q)
            for account_id, followers in latest.items():
                targets.append(
                    {
                        "kpi": Kpi.FOLLOWERS.value,
                        "period_kind": PeriodKind.QUARTER.value,
                        "period_start": start,
                        "account_id": account_id,
                        "target": float(round(followers * 1.06**q, -1)),
                    }
                )
        self.insert(m.KpiTarget, targets)

    # -- media --

    def media(self) -> None:
        rng = self.rng
        total = self.spec.media
        first = self.next_id(m.MediaAsset)
        past_events = [e for e in self.events if e.end < self.now]
        consent_docs = max(3, total // 20)
        rows = _Rows()
        people_media: list[tuple[int, dt.date]] = []
        for index in range(total):
            media_id = first + index
            sha = hashlib.sha256(f"bayan-demo:{self.seed}:{index}".encode()).hexdigest()
            self.media_sha[media_id] = sha
            if index < consent_docs:
                category = "consent"
            elif index < consent_docs + len(_DOCUMENTS):
                category = "document"
            else:
                category = _pick(
                    rng,
                    (
                        ("event", 45 if past_events else 0),
                        ("infographic", 18),
                        ("portrait", 10),
                        ("video", 17),
                        ("document", 4),
                    ),
                )
            taken = self.today - dt.timedelta(days=rng.randint(1, self.spec.days_back))
            event: _EventInfo | None = None
            row: dict[str, Any] = {
                "id": media_id,
                "sha256": sha,
                "width": None,
                "height": None,
                "duration_s": None,
                "description": "",
                "alt_ar": "",
                "alt_en": "",
                "credit": _CREDIT,
                "licence": _pick(rng, _LICENCES),
                "event_id": None,
                "has_identifiable_people": False,
                "burned_in_captions": False,
            }
            if category == "consent":
                row.update(
                    kind=MediaKind.DOCUMENT.value,
                    mime_type="application/pdf",
                    original_name=f"consent-forms-{index + 1:04d}.pdf",
                    title=f"نماذج موافقة موقّعة على النشر، الملف {index + 1}",
                    size_bytes=rng.randint(80_000, 400_000),
                    licence="",
                )
            elif category == "document":
                title, name = _DOCUMENTS[index % len(_DOCUMENTS)]
                if index >= consent_docs + len(_DOCUMENTS):
                    title = f"{title} — {taken.year}"
                    name = name.replace(".pdf", f"-{taken:%Y-%m}.pdf")
                row.update(
                    kind=MediaKind.DOCUMENT.value,
                    mime_type="application/pdf",
                    original_name=name,
                    title=title,
                    size_bytes=rng.randint(300_000, 6_000_000),
                )
            elif category == "video":
                title, description = rng.choice(_VIDEOS)
                vertical = "تيك توك" in description
                row.update(
                    kind=MediaKind.VIDEO.value,
                    mime_type="video/mp4",
                    original_name=f"VID_{rng.randint(1000, 9999)}.mp4",
                    title=title,
                    description=description,
                    size_bytes=rng.randint(8, 180) * 1_000_000,
                    width=1080 if vertical else 1920,
                    height=1920 if vertical else 1080,
                    duration_s=float(rng.randint(25, 180)),
                    burned_in_captions=True,  # A11Y-VID-1: signed posts use videos too
                )
                self.videos.append(media_id)
            else:
                row.update(
                    kind=MediaKind.IMAGE.value,
                    mime_type="image/jpeg",
                    size_bytes=rng.randint(250_000, 4_500_000),
                    width=2048,
                    height=1365,
                )
                if category == "event":
                    event = rng.choice(past_events)
                    alt_ar, alt_en = rng.choice(_EVENT_ALTS)
                    taken = event.start.date()
                    row.update(
                        original_name=f"DSC0{rng.randint(1000, 9999)}.JPG",
                        title=f"صورة من {event.title_ar}",
                        event_id=event.id,
                        alt_ar=alt_ar.format(event=event.title_ar),
                        alt_en=alt_en.format(event=event.title_en),
                        has_identifiable_people=rng.random() < 0.6,
                    )
                elif category == "portrait":
                    person_ar, person_en = rng.choice(_PEOPLE)
                    row.update(
                        original_name=f"portrait-{index + 1:04d}.jpg",
                        title=f"قصة نجاح: {person_ar}",
                        alt_ar=f"{person_ar}، تبتسم أمام مبنى المجلس المحلي.",
                        alt_en=f"{person_en}, smiling outside the local council building.",
                        has_identifiable_people=True,
                        width=1365,
                        height=2048,
                    )
                else:
                    title, alt_ar, alt_en = rng.choice(_INFOGRAPHICS)
                    row.update(
                        original_name=f"infographic-{index + 1:04d}.png",
                        mime_type="image/png",
                        title=title,
                        alt_ar=alt_ar,
                        alt_en=alt_en,
                        width=1080,
                        height=1350,
                        licence=_LICENCES[0][0],
                    )
                missing = rng.random()
                if missing < 0.14:  # no alt text at all: the checklist has something to find
                    row.update(alt_ar="", alt_en="")
                elif missing < 0.24:
                    row.update(alt_en="")
            row["taken_on"] = taken
            row["imported_at"] = min(_local(taken + _DAY, 10), self.now)
            row["description"] = row["description"] or row["title"]
            self.media_alt[media_id] = (row["alt_ar"], row["alt_en"])
            rows.add("media_assets", row)
            for tag in sorted(
                set(rng.sample(_MEDIA_TAGS[category], k=min(2, len(_MEDIA_TAGS[category]))))
            ):
                rows.add("media_tags", {"media_id": media_id, "tag": tag})
            if row["has_identifiable_people"]:
                people_media.append((media_id, taken))
            if row["kind"] == MediaKind.IMAGE.value:
                self.any_images.append(media_id)
                if event is not None:
                    self.event_images.setdefault(event.id, []).append(media_id)
        # Consent: most photographed people signed a form; a few did not (GOV-PII-1).
        unconsented: set[int] = set()
        for number, (media_id, taken) in enumerate(people_media):
            if rng.random() < 0.12 or number == 1:
                unconsented.add(media_id)
                continue
            for _ in range(rng.randint(1, 3)):
                given = taken - dt.timedelta(days=rng.randint(0, 5))
                rows.add(
                    "consent_records",
                    {
                        "media_id": media_id,
                        "person_name": self.person_name()[0],
                        "given_on": given,
                        "scope": _CONSENT_SCOPE,
                        "expires_on": given + dt.timedelta(days=730),
                        "document_media_id": first + rng.randrange(consent_docs),
                    },
                )
        with_alt = {
            row["id"]
            for row in rows.tables["media_assets"]
            if row["kind"] == MediaKind.IMAGE.value and row["alt_ar"] and row["alt_en"]
        }
        self.clean_images = [i for i in self.any_images if i in with_alt and i not in unconsented]
        self.clean_set = set(self.clean_images)
        self.flush_rows(rows)

    def person_name(self) -> tuple[str, str]:
        first_ar, first_lat = self.rng.choice(_AR_FIRST)
        last_ar, last_lat = self.rng.choice(_AR_LAST)
        return f"{first_ar} {last_ar}", f"{first_lat}.{last_lat}"

    # -- posts --

    def post_slots(self) -> list[_Slot]:
        rng = self.rng
        spec = self.spec
        start = self.today - dt.timedelta(days=spec.days_back)
        end = self.last_day
        times = ((9, 0), (10, 30), (12, 0), (13, 30), (17, 0), (19, 0), (20, 30))
        fixed: list[_Slot] = []
        for event in self.events:
            if not start <= event.start.date() <= end:
                continue
            fixed.append(_Slot(_local(event.start.date() - _DAY, 19), event=event))
            day = event.start.date()
            while day <= event.end.date():
                fixed.append(_Slot(_local(day, 13), event=event))
                day += _DAY
            fixed.append(_Slot(_local(event.end.date() + _DAY, 10), event=event))
        greeted: set[tuple[str, int]] = set()
        for day, (key, _, _) in sorted(self.holidays.items()):
            if key in _GREETINGS and start <= day <= end and (key, day.year) not in greeted:
                greeted.add((key, day.year))
                fixed.append(_Slot(_local(day, 9), special=key))
        fixed.append(_Slot(_local(self.polling_day - _DAY, 11), silence=True))
        fixed.append(_Slot(_local(self.polling_day, 7, 30), special="polls_open"))
        fixed.append(_Slot(_local(self.polling_day, 19, 15), special="polls_closed"))

        slots: list[_Slot] = []
        if spec.posts is None:
            day = start
            while day <= end:
                ahead = (day - self.today).days
                weekday = day.weekday()
                if weekday == 4:  # Friday
                    count = rng.choice((0, 0, 0, 1))
                elif weekday == 5:  # Saturday
                    count = rng.choice((0, 0, 1))
                else:
                    count = rng.choice((0, 1, 1, 1))
                if ahead > 30 and rng.random() < 0.5:
                    count = 0  # the plan thins out further ahead
                for hour, minute in sorted(rng.sample(times, count)):
                    slots.append(_Slot(_local(day, hour, minute)))
                day += _DAY
        else:
            days = (end - start).days + 1
            weights = [1.0 if k <= spec.days_back else 0.45 for k in range(days)]
            picks = rng.choices(
                range(days), cum_weights=list(accumulate(weights)), k=spec.posts - len(fixed)
            )
            for k in picks:
                hour, minute = rng.choice(times)
                slots.append(_Slot(_local(start + dt.timedelta(days=k), hour, minute)))
        for slot in slots:  # ordinary posts stay out of quiet periods
            for q_start, q_end in self.quiet:
                if q_start <= slot.when < q_end:
                    slot.when = q_end + dt.timedelta(hours=rng.choice((2, 3, 4)))
        slots.extend(fixed)
        for slot in slots:  # the silence post stays in; nothing else lands in one
            if not slot.silence:
                for q_start, q_end in self.quiet:
                    if q_start <= slot.when < q_end:
                        slot.when = q_end + dt.timedelta(hours=2)
        slots.sort(key=lambda s: s.when)
        return slots

    def post_states(self, slots: list[_Slot]) -> list[PostState]:
        rng = self.rng
        s = PostState
        states: list[PostState] = []
        for slot in slots:
            age = (self.now - slot.when).total_seconds() / 86_400
            if slot.silence:
                table: tuple[tuple[PostState, float], ...] = ((s.DRAFT, 1),)
            elif age > 90:
                table = (
                    (s.ARCHIVED, 40),
                    (s.PUBLISHED, 52),
                    (s.WITHDRAWN, 5),
                    (s.CHANGES_REQUESTED, 1),
                    (s.DRAFT, 2),
                )
            elif age > 0:
                table = (
                    (s.PUBLISHED, 90),
                    (s.WITHDRAWN, 5),
                    (s.CHANGES_REQUESTED, 2),
                    (s.IN_REVIEW, 1),
                    (s.DRAFT, 2),
                )
            elif age > -7:
                table = (
                    (s.APPROVED, 55),
                    (s.IN_REVIEW, 25),
                    (s.CHANGES_REQUESTED, 10),
                    (s.DRAFT, 10),
                )
            elif age > -30:
                table = (
                    (s.APPROVED, 25),
                    (s.IN_REVIEW, 25),
                    (s.CHANGES_REQUESTED, 10),
                    (s.DRAFT, 37),
                    (s.WITHDRAWN, 3),
                )
            else:
                table = (
                    (s.DRAFT, 72),
                    (s.IN_REVIEW, 10),
                    (s.APPROVED, 10),
                    (s.CHANGES_REQUESTED, 3),
                    (s.WITHDRAWN, 5),
                )
            states.append(_pick(rng, table))
        # Every state appears at least once, whatever the seed.
        past_states = (s.PUBLISHED, s.ARCHIVED, s.WITHDRAWN)
        for state in s:
            if state in states:
                continue
            want_past = state in past_states
            candidates = [
                i
                for i, slot in enumerate(slots)
                if (slot.when < self.now) == want_past
                and not slot.silence
                and states.count(states[i]) > 1
            ]
            if candidates:
                states[candidates[len(candidates) // 2]] = state
        return states

    def posts(self) -> None:
        slots = self.post_slots()
        states = self.post_states(slots)
        first = self.next_id(m.Post)
        rows = _Rows()
        for index, (slot, state) in enumerate(zip(slots, states, strict=True)):
            self.build_post(first + index, slot, state, rows)
            if (index + 1) % _CHUNK == 0:
                self.flush_rows(rows)
        self.flush_rows(rows)

    def campaign_on(self, day: dt.date) -> _CampaignInfo | None:
        running = [c for c in self.campaigns if c.starts_on <= day <= c.ends_on]
        return self.rng.choice(running) if running else None

    def compose(
        self, slot: _Slot
    ) -> tuple[str, str, str, str, int | None, _CampaignInfo | None, _EventInfo | None, str]:
        """Title, Arabic, English, pillar key, evergreen template id, campaign, event, link."""
        rng = self.rng
        day = slot.when.date()
        campaign: _CampaignInfo | None = None
        event = slot.event
        template_key: int | None = None
        if slot.silence:
            title, ar, en = _SILENCE_POST
            pillar = "awareness"
        elif slot.special in _POLLING_POSTS:
            title, ar, en = _POLLING_POSTS[slot.special]
            pillar = "announcements"
        elif slot.special:
            title, ar, en = _GREETINGS[slot.special]
            pillar = "announcements"
        elif event is not None:
            if slot.when < event.start:
                relation = "before"
            elif slot.when > event.end:
                relation = "after"
            else:
                relation = "opening" if slot.when.date() == event.start.date() else "during"
            title, ar, en = rng.choice(_EVENT_TEMPLATES[relation])
            pillar = "events"
            title = f"{title} — {event.title_ar}"
            if event.campaign_id is not None:
                campaign = next(c for c in self.campaigns if c.id == event.campaign_id)
        else:
            campaign = self.campaign_on(day) if rng.random() < 0.55 else None
            if campaign is not None:
                title, ar, en = rng.choice(_CAMPAIGN_TEMPLATES[campaign.spec.key])
                pillar = campaign.spec.pillar
            else:
                pillar = _pick(rng, _PILLAR_WEIGHTS)
                templates = _TEMPLATES[pillar]
                number = rng.randrange(len(templates))
                title, ar, en = templates[number]
                if pillar == "awareness":
                    template_key = number
        city = rng.randrange(len(_CITIES)) if event is None else event.city
        person = rng.choice(_PEOPLE)
        ahead = day + dt.timedelta(days=rng.randint(2, 10)) if event is None else event.start.date()
        values = {
            "day_ar": _day_ar(ahead),
            "day_en": _day_en(ahead),
            "city_ar": _CITIES[city][0],
            "city_en": _CITIES[city][1],
            "event_ar": event.title_ar if event else "",
            "event_en": event.title_en if event else "",
            "person_ar": person[0],
            "person_en": person[1],
            "n": rng.randrange(40, 260, 5),
            "hijri_year": _hijri_year(day) if slot.special == "hijri_new_year" else "",
        }
        ar = ar.format(**values)
        en = en.format(**values)
        link = ""
        greeting = slot.special in _GREETINGS
        if not greeting and rng.random() < 0.4:
            link = f"{SITE}{_PILLAR_LINKS[pillar]}"
            ar += f"\nالتفاصيل على موقع الهيئة: {link}"
            en += f"\nDetails on our website: {link}"
        tags: list[tuple[str, str]] = []
        if not greeting:
            roll = rng.random()
            main = campaign.spec.tag if campaign else _PILLAR_TAGS[pillar]
            if roll < 0.9:
                tags.append(main)
            if roll < 0.3 and main != _GENERAL_TAG:
                tags.append(_GENERAL_TAG)
        if tags:
            ar += "\n\n" + " ".join(t[0] for t in tags)
            en += "\n\n" + " ".join(t[1] for t in tags)
        return title, ar, en, pillar, template_key, campaign, event, link

    def build_post(self, post_id: int, slot: _Slot, state: PostState, rows: _Rows) -> None:
        rng = self.rng
        s = PostState
        when_utc = slot.when.astimezone(_UTC)
        title, ar, en, pillar, template_key, campaign, event, link = self.compose(slot)
        signed = state in (s.APPROVED, s.PUBLISHED, s.ARCHIVED)
        origin_id: int | None = None
        evergreen = False
        if template_key is not None and state is not s.WITHDRAWN:
            previous = self.evergreen.get((pillar, template_key))
            if previous is not None and rng.random() < 0.5:
                origin_id, ar, en, link = previous
                title += " (إعادة نشر)"
            elif previous is None and rng.random() < 0.5:
                evergreen = True
                self.evergreen[(pillar, template_key)] = (post_id, ar, en, link)

        # Checklist findings: blockers only where nothing was signed, warnings anywhere
        # (with the officer's justification once submitted).
        justifications: dict[str, str] = {}
        flaw = rng.random()
        open_draft = state in (s.DRAFT, s.CHANGES_REQUESTED)
        if flaw < 0.08:
            if open_draft:  # AR-TATWEEL-1, a blocker
                for plain, stretched in _TATWEEL:
                    if plain in ar:
                        ar = ar.replace(plain, stretched, 1)
                        break
        elif flaw < 0.11:
            if open_draft and "الأشخاص ذوي الإعاقة" in ar:
                ar = ar.replace("الأشخاص ذوي الإعاقة", "المعاقين", 1)  # GOV-INCL-1
        elif flaw < 0.16:
            if not slot.silence and (open_draft or rng.random() < 0.3):
                en = ""  # English still to be written, or left out on purpose
        elif flaw < 0.18 and "،" in ar:
            ar = ar.replace("،", ",", 1)  # AR-PUNCT-1
            if state is not s.DRAFT:
                justifications["AR-PUNCT-1"] = "الفاصلة جزء من اقتباس منقول كما ورد."
        elif flaw < 0.20 and link:
            ar = ar.replace("التفاصيل على موقع الهيئة:", "للتفاصيل اضغط هنا:")
            en = en.replace("Details on our website:", "Click here for details:")
            if state is not s.DRAFT:
                justifications["A11Y-LINK-1"] = "صيغة معتمدة في حملة سابقة."
        elif flaw < 0.22 and slot.special is None:
            ar += " #الانتخابات #التوعية_الانتخابية #شارك"
            en += " #Elections #VoterEducation #TakePart"
            if state is not s.DRAFT:
                justifications["A11Y-HASH-4"] = "وسوم مطلوبة من الشريك في الحملة."
        has_digits = _DIGIT.search(ar) is not None or _DIGIT.search(en) is not None
        sources = ""
        if has_digits and (signed or state is s.IN_REVIEW or rng.random() < 0.6):
            sources = rng.choice(_SOURCES).format(site=SITE)

        platforms = list(_pick(rng, _PLATFORM_SETS))
        media_ids: list[int] = []
        if _VIDEO_PLATFORMS & set(platforms) and self.videos:
            media_ids.append(rng.choice(self.videos))
        elif rng.random() < 0.6:
            checked = signed or state is s.IN_REVIEW  # no missing alt text or consent then
            pool = self.clean_images if checked else self.any_images
            own = self.event_images.get(event.id, []) if event is not None else []
            if checked:
                own = [i for i in own if i in self.clean_set]
            if own:
                pool = own
            if pool:
                media_ids.append(rng.choice(pool))
                if rng.random() < 0.2:
                    extra = rng.choice(pool)
                    if extra not in media_ids:
                        media_ids.append(extra)

        # Times: made before they were due, approved before they went out, published on time.
        if slot.when < self.now:
            created = slot.when - dt.timedelta(hours=rng.uniform(30, 300))
        else:
            created = self.now - dt.timedelta(hours=rng.uniform(2, 600))
        created_utc = created.astimezone(_UTC)
        updated_utc = created_utc + (self.now_utc - created_utc) * rng.uniform(0.0, 0.3)
        if state in (s.PUBLISHED, s.ARCHIVED):
            updated_utc = min(when_utc + dt.timedelta(minutes=20), self.now_utc)
        checks = (
            {rule: True for rule in _MANUAL_CHECKS}
            if state is not s.DRAFT
            else {rule: True for rule in _MANUAL_CHECKS if rng.random() < 0.5}
        )
        rows.add(
            "posts",
            {
                "id": post_id,
                "title": title,
                "title_en": _short_title(en),
                "state": state.value,
                "scheduled_at": when_utc,
                "text_ar": ar,
                "text_en": en,
                "link": link,
                "source_refs": sources,
                "pillar_id": self.pillar_ids[pillar],
                "campaign_id": campaign.id if campaign else None,
                "event_id": event.id if event else None,
                "evergreen": evergreen,
                "origin_post_id": origin_id,
                "manual_checks": checks,
                "warning_justifications": justifications,
                "created_at": created_utc,
                "updated_at": updated_utc,
            },
        )
        short = "x" in platforms and rng.random() < 0.3
        first_line_ar = ar.split("\n")[0]
        first_line_en = en.split("\n")[0]
        variants: dict[str, tuple[str | None, str | None]] = {}
        for platform in platforms:
            override = short and platform == Platform.X
            variant_ar = first_line_ar if override else None
            variant_en = first_line_en if override and en else None
            if variant_ar is not None or variant_en is not None:
                variants[platform.value] = (variant_ar, variant_en)
            rows.add(
                "post_variants",
                {
                    "post_id": post_id,
                    "platform": platform.value,
                    "text_ar": variant_ar,
                    "text_en": variant_en,
                },
            )
        for position, media_id in enumerate(media_ids):
            rows.add("post_media", {"post_id": post_id, "media_id": media_id, "position": position})

        # Review steps, in order: submitted, changes requested, approved; before it was due.
        deadline = min(when_utc, self.now_utc) - dt.timedelta(minutes=30)
        span = dt.timedelta(seconds=max((deadline - created_utc).total_seconds(), 600.0))
        submitted_at = created_utc + span * rng.uniform(0.02, 0.08)
        returned_at = created_utc + span * rng.uniform(0.1, 0.4)
        approved_at = created_utc + span * rng.uniform(0.5, 0.95)

        snapshot = {
            "title": title,
            "text_ar": ar,
            "text_en": en,
            "link": link,
            "platforms": [p.value for p in platforms],
            "media": media_ids,
            "scheduled_at": when_utc.isoformat(),
        }
        if rng.random() < self.spec.revision_share:
            moved = state is s.PUBLISHED and rng.random() < 0.3
            earlier = (
                dict(snapshot, scheduled_at=(when_utc - _DAY).isoformat()) if moved else snapshot
            )
            first_draft = dict(
                earlier,
                text_ar=ar.split("\n\n")[0],
                text_en="" if rng.random() < 0.5 else en.split("\n\n")[0],
            )
            rows.add(
                "post_revisions",
                {
                    "post_id": post_id,
                    "created_at": created_utc,
                    "reason": "created",
                    "snapshot": first_draft,
                },
            )
            if state is not s.DRAFT:
                rows.add(
                    "post_revisions",
                    {
                        "post_id": post_id,
                        "created_at": submitted_at,
                        "reason": "submitted",
                        "snapshot": earlier,
                    },
                )
            if moved:
                rows.add(
                    "post_revisions",
                    {
                        "post_id": post_id,
                        "created_at": created_utc + span * 0.97,
                        "reason": "rescheduled",
                        "snapshot": snapshot,
                    },
                )
                self.audit(
                    created_utc + span * 0.97,
                    _ACTOR,
                    "post.rescheduled",
                    post_id,
                    {
                        "from": (when_utc - _DAY).isoformat(),
                        "to": when_utc.isoformat(),
                        "approval_kept": True,
                    },
                )

        # Approvals: the section head signs most; some went back once with a comment first.
        # The canonical hash of what was approved, as the services compute it for this post.
        digest = content_hash(
            ApprovedContent(
                text_ar=ar,
                text_en=en,
                platforms=[p.value for p in platforms],
                variants=variants,
                link=link or "",
                media=[ApprovedMedia(self.media_sha[i], *self.media_alt[i]) for i in media_ids],
            )
        )
        approver = self.approver_ids[0] if rng.random() < 0.7 else self.approver_ids[1]
        signer = f"approver:{approver}"
        if state is not s.DRAFT and state is not s.WITHDRAWN:
            self.audit(submitted_at, _ACTOR, "post.submitted", post_id, _move(s.DRAFT, s.IN_REVIEW))
        if state is s.CHANGES_REQUESTED or (signed and rng.random() < 0.15):
            earlier_hash = hashlib.sha256(f"{digest}:earlier".encode()).hexdigest()
            rows.add(
                "approvals",
                {
                    "post_id": post_id,
                    "approver_id": approver,
                    "decision": ApprovalDecision.CHANGES_REQUESTED.value,
                    "decided_at": returned_at,
                    "content_hash": earlier_hash,
                    "comment": rng.choice(_REVIEW_COMMENTS),
                    "withdrawn_at": None,
                },
            )
            self.audit(
                returned_at,
                signer,
                "post.changes_requested",
                post_id,
                _move(s.IN_REVIEW, s.CHANGES_REQUESTED, approver, earlier_hash),
            )
            if signed:  # edited as asked and sent again
                self.audit(
                    returned_at + (approved_at - returned_at) / 2,
                    _ACTOR,
                    "post.submitted",
                    post_id,
                    _move(s.CHANGES_REQUESTED, s.IN_REVIEW),
                )
        withdrawn_signed = state is s.WITHDRAWN and rng.random() < 0.5
        if signed or withdrawn_signed:
            comment = "" if rng.random() < 0.8 else "موافق."
            withdrawn_at = (
                min(approved_at + dt.timedelta(hours=rng.uniform(2, 48)), self.now_utc)
                if withdrawn_signed
                else None
            )
            rows.add(
                "approvals",
                {
                    "post_id": post_id,
                    "approver_id": approver,
                    "decision": ApprovalDecision.APPROVED.value,
                    "decided_at": approved_at,
                    "content_hash": digest,
                    "comment": comment,
                    "withdrawn_at": withdrawn_at,
                },
            )
            if withdrawn_signed:
                self.audit(
                    submitted_at, _ACTOR, "post.submitted", post_id, _move(s.DRAFT, s.IN_REVIEW)
                )
            self.audit(
                approved_at,
                signer,
                "post.approved",
                post_id,
                _move(s.IN_REVIEW, s.APPROVED, approver, digest),
            )
            if withdrawn_at is not None:
                self.audit(
                    withdrawn_at,
                    _ACTOR,
                    "post.withdrawn",
                    post_id,
                    _move(s.APPROVED, s.WITHDRAWN),
                )
        elif state is s.WITHDRAWN:
            self.audit(
                created_utc + span / 2,
                _ACTOR,
                "post.withdrawn",
                post_id,
                _move(s.DRAFT, s.WITHDRAWN),
            )
        if state in (s.PUBLISHED, s.ARCHIVED):
            last_record = approved_at
            for platform in platforms:
                published = min(when_utc + dt.timedelta(minutes=rng.randint(0, 25)), self.now_utc)
                url = self.permalink(platform)
                rows.add(
                    "publication_records",
                    {
                        "post_id": post_id,
                        "platform": platform.value,
                        "published_at": published,
                        "url": url,
                    },
                )
                recorded = max(min(published + _RECORDED_AFTER, self.now_utc), last_record)
                last_record = recorded
                self.audit(
                    recorded,
                    _ACTOR,
                    "publication.recorded",
                    post_id,
                    {"platform": platform.value, "url": url, "published_at": published.isoformat()},
                )
            self.audit(
                last_record, _ACTOR, "post.published", post_id, _move(s.APPROVED, s.PUBLISHED)
            )
            if state is s.ARCHIVED:
                archived = max(min(when_utc + _ARCHIVED_AFTER, self.now_utc), last_record)
                self.audit(
                    archived, _ACTOR, "post.archived", post_id, _move(s.PUBLISHED, s.ARCHIVED)
                )
            self.published.append((when_utc.timestamp(), post_id))

    def audit(
        self, at: dt.datetime, actor: str, action: str, post_id: int, details: dict[str, Any]
    ) -> None:
        """Keep one entry of a post's history for :meth:`audit_log`."""
        if self.keep_audit:
            self.audit_events.append((at, len(self.audit_events), actor, action, post_id, details))

    def audit_log(self) -> None:
        """The posts' histories as one hash-chained audit log, in time order, as the services
        would have written it."""
        from app.core.audit import GENESIS, entry_hash

        table = _table(m.AuditEntry)
        head = self.session.scalar(select(table.c.hash).order_by(table.c.id.desc()).limit(1))
        previous = head or GENESIS
        rows = []
        for at, _, actor, action, post_id, details in sorted(
            self.audit_events, key=lambda e: (e[0], e[1])
        ):
            at = at.astimezone(_UTC)
            digest = entry_hash(previous, at, actor, action, "post", post_id, details)
            rows.append(
                {
                    "at": at,
                    "actor": actor,
                    "action": action,
                    "entity": "post",
                    "entity_id": post_id,
                    "details": details,
                    "prev_hash": previous,
                    "hash": digest,
                }
            )
            previous = digest
        self.audit_events.clear()
        if rows:
            self.insert(m.AuditEntry, rows)

    def permalink(self, platform: Platform) -> str:
        rng = self.rng
        digits = str(rng.randrange(10**18, 10**19))
        short = base64.urlsafe_b64encode(rng.getrandbits(64).to_bytes(8, "big")).decode()[:11]
        if platform is Platform.FACEBOOK:
            return f"https://www.facebook.com/DemoAwarenessCommission/posts/{digits[:16]}"
        if platform is Platform.X:
            return f"https://x.com/DemoAwarenessJO/status/{digits}"
        if platform is Platform.INSTAGRAM:
            return f"https://www.instagram.com/p/{short}/"
        if platform is Platform.YOUTUBE:
            return f"https://www.youtube.com/watch?v={short}"
        if platform is Platform.LINKEDIN:
            return f"https://www.linkedin.com/feed/update/urn:li:activity:{digits}/"
        if platform is Platform.TIKTOK:
            return f"https://www.tiktok.com/@demo.awareness/video/{digits}"
        return f"{SITE}/news/{digits[:8]}"

    # -- inquiries --

    def is_office_day(self, day: dt.date) -> bool:
        return day.weekday() not in (4, 5) and day not in self.holidays

    def add_office_hours(self, start: dt.datetime, hours: float) -> dt.datetime:
        """``start`` plus ``hours`` of office time (Sunday–Thursday 08:00–15:00, holidays off)."""
        remaining = hours * 3600
        moment = start
        for _ in range(1000):
            day = moment.date()
            if not self.is_office_day(day) or moment.hour >= 15:
                moment = _local(day + _DAY, 8)
                continue
            if moment.hour < 8:
                moment = _local(day, 8)
            available = (_local(day, 15) - moment).total_seconds()
            if remaining <= available:
                return moment + dt.timedelta(seconds=remaining)
            remaining -= available
            moment = _local(day + _DAY, 8)
        return moment

    def inquiries(self) -> None:
        rng = self.rng
        spec = self.spec
        count = spec.inquiries if spec.inquiries is not None else rng.randint(200, 240)
        days = spec.inquiry_days_back + 1
        start = self.today - dt.timedelta(days=spec.inquiry_days_back)
        weights = []
        for k in range(days):
            day = start + dt.timedelta(days=k)
            weight = 0.7 if day.weekday() in (4, 5) else 1.0
            if any(c.starts_on <= day <= c.ends_on for c in self.campaigns):
                weight += 0.8
            if k > days - 90:
                weight += 0.3
            weights.append(weight)
        picks = sorted(rng.choices(range(days), cum_weights=list(accumulate(weights)), k=count))
        first = self.next_id(m.Inquiry)
        published_times = [t for t, _ in self.published]
        rows = _Rows()
        forced_overdue = 0
        for index, k in enumerate(picks):
            day = start + dt.timedelta(days=k)
            overdue = (
                spec.inquiries is None
                and forced_overdue < 3
                and 7 <= (self.today - day).days <= 14
                and rng.random() < 0.5
            )
            forced_overdue += int(overdue)
            self.build_inquiry(first + index, day, overdue, published_times, rows)
            if (index + 1) % _CHUNK == 0:
                self.flush_rows(rows)
        self.flush_rows(rows)

    def build_inquiry(
        self,
        inquiry_id: int,
        day: dt.date,
        overdue: bool,
        published_times: list[float],
        rows: _Rows,
    ) -> None:
        rng = self.rng
        kind = _pick(rng, _KINDS)
        if overdue:
            kind = rng.choice((InquiryKind.INQUIRY, InquiryKind.MEDIA_REQUEST))
        if kind is InquiryKind.MENTION:
            channel = _pick(rng, _SOCIAL_CHANNELS)
        elif kind is InquiryKind.MEDIA_REQUEST and rng.random() < 0.8:
            channel = rng.choice((InquiryChannel.EMAIL, InquiryChannel.PHONE))
        else:
            channel = _pick(rng, _CHANNELS)
        if channel in _IN_PERSON and (not self.is_office_day(day) or overdue):
            channel = InquiryChannel.EMAIL if overdue else InquiryChannel.FACEBOOK
        language = "en" if rng.random() < 0.12 else "ar"
        if channel in _IN_PERSON:
            received = _local(day, rng.randint(8, 14), rng.randrange(0, 60))
        else:
            received = _local(day, _pick(rng, _HOURS), rng.randrange(0, 60))
        if received > self.now:
            received = self.now - dt.timedelta(minutes=rng.randint(5, 300))
        subject, text = rng.choice(_INQUIRIES[(kind.value, language)])
        text = text.format(city=rng.choice(_CITIES)[0])
        name: str | None
        contact: str | None
        if language == "en":
            greeting_name, last_name = rng.choice(_EN_NAMES)
            name, latin = f"{greeting_name} {last_name}", f"{greeting_name}.{last_name}".lower()
        else:
            (greeting_name, first_lat), (last_ar, last_lat) = (
                rng.choice(_AR_FIRST),
                rng.choice(_AR_LAST),
            )
            name, latin = f"{greeting_name} {last_ar}", f"{first_lat}.{last_lat}"
        contact = self.contact(channel, latin)

        # First response: on the spot in person; otherwise in office hours, now and then late,
        # and sometimes from a phone in the evening.
        if channel in _IN_PERSON:
            first_response: dt.datetime | None = received + dt.timedelta(minutes=rng.randint(1, 15))
        elif (
            channel in _SOCIAL
            and not self.in_office(received)
            and received.hour < 21
            and rng.random() < 0.3
        ):
            first_response = received + dt.timedelta(minutes=rng.randint(10, 120))
        else:
            target = _TARGET_HOURS[kind.value]
            if rng.random() < 0.07:
                hours = target * rng.uniform(1.05, 2.0)
            else:
                hours = min(
                    rng.lognormvariate(math.log(_TYPICAL_HOURS[kind.value]), 0.8), target * 0.95
                )
            first_response = self.add_office_hours(received, hours).replace(second=0, microsecond=0)
        if overdue or first_response is None or first_response > self.now:
            first_response = None

        resolved: dt.datetime | None = None
        age_days = (self.now - received).total_seconds() / 86_400
        if first_response is None:
            status = InquiryStatus.NEW
        else:
            if age_days > 14:
                table = (
                    (InquiryStatus.RESOLVED, 45),
                    (InquiryStatus.CLOSED, 40),
                    (InquiryStatus.ANSWERED, 10),
                    (InquiryStatus.WAITING, 5),
                )
            else:
                table = (
                    (InquiryStatus.RESOLVED, 35),
                    (InquiryStatus.ANSWERED, 35),
                    (InquiryStatus.WAITING, 15),
                    (InquiryStatus.CLOSED, 15),
                )
            status = _pick(rng, table)
            if kind is InquiryKind.MENTION and status is InquiryStatus.WAITING:
                status = InquiryStatus.CLOSED
            if status in (InquiryStatus.RESOLVED, InquiryStatus.CLOSED):
                resolved = self.add_office_hours(first_response, rng.uniform(0.2, 20)).replace(
                    second=0, microsecond=0
                )
                if resolved > self.now:
                    resolved, status = None, InquiryStatus.ANSWERED

        post_id = None
        if channel in _SOCIAL and published_times and rng.random() < 0.25:
            before = bisect_right(published_times, received.astimezone(_UTC).timestamp())
            if before:
                post_id = self.published[before - 1 - rng.randrange(min(before, 10))][1]
        campaign_id = None
        running = [c for c in self.campaigns if c.starts_on <= day <= c.ends_on]
        if running and rng.random() < 0.35:
            campaign_id = rng.choice(running).id
        anonymised = None
        if (self.today - day).days > 548:  # retention already applied to the oldest records
            anonymised = _local(day + dt.timedelta(days=400), 9)
            name, contact = None, None

        rows.add(
            "inquiries",
            {
                "id": inquiry_id,
                "channel": channel.value,
                "kind": kind.value,
                "subject": subject,
                "text": text,
                "language": language,
                "inquirer_name": name,
                "inquirer_contact": contact,
                "received_at": received,
                "first_response_at": first_response,
                "resolved_at": resolved,
                "status": status.value,
                "post_id": post_id,
                "campaign_id": campaign_id,
                "internal_notes": rng.choice(_INTERNAL_NOTES[kind.value])
                if rng.random() < 0.12
                else "",
                "anonymised_at": anonymised,
            },
        )
        if first_response is not None:
            reply = _REPLY_FOR_KIND[kind.value]
            if status is InquiryStatus.WAITING:
                reply = _REPLY_WAITING
            elif kind is InquiryKind.COMPLAINT and "كرسي" in text:
                reply = _REPLY_ACCESS
            elif first_response - received > dt.timedelta(hours=16) and rng.random() < 0.2:
                reply = _REPLY_OUT_OF_HOURS
            body = _SAVED_REPLIES[reply][2 if language == "en" else 1]
            reply_channel = InquiryChannel.PHONE if channel is InquiryChannel.WALK_IN else channel
            rows.add(
                "inquiry_responses",
                {
                    "inquiry_id": inquiry_id,
                    "sent_at": first_response,
                    "channel": reply_channel.value,
                    "text": body.format(name=greeting_name),
                },
            )
            if resolved is not None and rng.random() < 0.6:
                closing = _SAVED_REPLIES[_REPLY_CLOSED][2 if language == "en" else 1]
                rows.add(
                    "inquiry_responses",
                    {
                        "inquiry_id": inquiry_id,
                        "sent_at": resolved,
                        "channel": reply_channel.value,
                        "text": closing.format(name=greeting_name),
                    },
                )

    def in_office(self, moment: dt.datetime) -> bool:
        return self.is_office_day(moment.date()) and 8 <= moment.hour < 15

    def contact(self, channel: InquiryChannel, latin: str) -> str:
        rng = self.rng
        if channel in (InquiryChannel.EMAIL, InquiryChannel.WEBSITE):
            return f"{latin}{rng.randint(1, 99)}@example.com"
        if channel in _IN_PERSON:
            return f"+962 79 555 {rng.randint(0, 9999):04d}"
        if channel is InquiryChannel.FACEBOOK:
            return f"facebook.com/{latin}.{rng.randint(10, 999)}"
        return f"@{latin.replace('.', '_')}{rng.randint(1, 99)}"


_HOURS: tuple[tuple[int, float], ...] = tuple(
    (hour, weight)
    for hour, weight in zip(
        range(7, 24),
        (1, 3, 5, 6, 6, 6, 5, 5, 5, 5, 6, 7, 9, 10, 10, 8, 4),
        strict=True,
    )
)


def _location(event: _EventSpec) -> str:
    city = _CITIES[event.city][0]
    return event.place_ar if city in event.place_ar else f"{event.place_ar}، {city}"


def _hijri_year(day: dt.date) -> int:
    from hijridate import Gregorian

    return int(Gregorian(day.year, day.month, day.day).to_hijri().year)


def _public_holidays(first: dt.date, last: dt.date) -> dict[dt.date, tuple[str, str, str]]:
    """Public holidays between two dates: fixed ones, and Islamic ones by the Umm al-Qura
    calendar (hijridate); the officer adjusts a day when the official announcement differs."""
    from hijridate import Hijri

    holidays: dict[dt.date, tuple[str, str, str]] = {}
    for year in range(first.year, last.year + 1):
        for month, day, key, ar, en in _FIXED_HOLIDAYS:
            holidays[dt.date(year, month, day)] = (key, ar, en)
    for hijri_year in range(_hijri_year(first), _hijri_year(last) + 1):
        for month, day, length, key, ar, en in _HIJRI_HOLIDAYS:
            try:
                start = Hijri(hijri_year, month, day).to_gregorian()
            except (ValueError, OverflowError):
                continue
            for k in range(length):
                date = dt.date(start.year, start.month, start.day) + dt.timedelta(days=k)
                if k:
                    names = (
                        f"{ar} (اليوم {('الثاني', 'الثالث', 'الرابع')[k - 1]})",
                        f"{en} (day {k + 1})",
                    )
                else:
                    names = (ar, en)
                day_key = key if not k else f"{key}_{k + 1}"
                if date in holidays:  # two occasions on one day: one row, both names
                    other = holidays[date]
                    names = (f"{other[1]}؛ {names[0]}", f"{other[2]}; {names[1]}")
                    day_key = other[0] if other[0] in _GREETINGS else day_key
                holidays[date] = (day_key, *names)
    return {day: value for day, value in holidays.items() if first <= day <= last}


def _short_title(text: str, limit: int = 60) -> str:
    """An English title for the calendar: the text's first line, cut at a word to ``limit``."""
    line = text.split("\n", 1)[0].strip()
    if len(line) <= limit:
        return line
    cut = line.rfind(" ", 0, limit)
    return line[: cut if cut > 20 else limit].rstrip(" ,;:—-") + "…"
