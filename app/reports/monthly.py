"""The monthly (quarterly, yearly) PDF report (SPEC §9, issue 8 item 5), in Arabic, English or both.

Arabic follows ``../shared/NOTES.md`` ("Arabic in reportlab PDFs"): each text is reshaped with
``arabic_reshaper``, wrapped in logical order with ``simpleSplit`` and each line reordered with
``bidi.algorithm.get_display(line, base_dir="R")``; Arabic paragraphs are right-aligned and
Arabic tables are laid out from the right (first column on the right). Chart labels are shaped
the same way. reportlab, arabic_reshaper and python-bidi are imported when a report is made.

Report text is not Qt UI: its strings are in :data:`STRINGS` here. Inquirers' names and contacts
never reach the report (only counts and times); account secrets neither (only 2FA flags and
rotation dates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from app.errors import BayanError

FONT = "Amiri"
FONT_BOLD = "Amiri-Bold"
FONTS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"

# Accessibility (the report states both definitions).
PASSED_CHECKS_FORMULA = (
    "passed share = posts whose saved checklist verdict had no blocker and no warning "
    "÷ posts first published in the period"
)
PASSED_CHECKS_FORMULA_AR = (
    "نسبة الاجتياز = المنشورات التي لم يكن في نتيجة فحصها المحفوظة أي مانع أو تحذير "
    "÷ المنشورات المنشورة لأول مرة في الفترة"
)
ALT_TEXT_FORMULA = (
    "alt-text coverage = images with alt text (Arabic or English) ÷ images attached to those posts"
)
ALT_TEXT_FORMULA_AR = (
    "تغطية النص البديل = الصور ذات النص البديل (عربي أو إنجليزي) ÷ الصور المرفقة بتلك المنشورات"
)
TWO_FA_FORMULA = "2FA coverage = active accounts with 2FA ÷ active accounts"
TWO_FA_FORMULA_AR = "تغطية التحقق بخطوتين = الحسابات النشطة المفعّل فيها ÷ الحسابات النشطة"
WITHIN_TARGET_FORMULA = (
    "share within target = inquiries answered by their deadline ÷ (answered + overdue)"
)
WITHIN_TARGET_FORMULA_AR = (
    "النسبة ضمن الهدف = الاستفسارات المجاب عنها قبل موعدها ÷ (المجاب عنها + المتأخرة)"
)

STRINGS: dict[str, dict[str, str]] = {
    "ar": {
        "title_month": "التقرير الشهري",
        "title_quarter": "التقرير الربعي",
        "title_year": "التقرير السنوي",
        "period": "الفترة",
        "made": "أُعدّ في",
        "summary": "الملخص التنفيذي",
        "charts": "الرسوم البيانية",
        "published": "المنشورات حسب المنصة والمحور",
        "events": "الفعاليات المغطاة",
        "inquiries": "الاستفسارات",
        "accessibility": "إمكانية الوصول",
        "security": "أمن الحسابات",
        "next": "خطة الشهر القادم",
        "appendix": "ملحق: الاعتمادات والتحقق من سجل التدقيق",
        "kpi": "المؤشر",
        "value": "القيمة",
        "target": "الهدف",
        "projected": "المتوقع",
        "status": "الحالة",
        "basis": "طريقة الحساب",
        "on_track": "على المسار",
        "at_risk": "معرّض للخطر",
        "off_track": "خارج المسار",
        "no_target": "لا هدف",
        "followers": "المتابعون",
        "engagement_rate": "معدل التفاعل",
        "views": "المشاهدات",
        "published_items": "المواد المنشورة",
        "median_first_response_hours": "وسيط زمن الرد الأول (ساعات)",
        "year_note": "تُحدَّد الأهداف لكل شهر أو ربع سنة؛ التقرير السنوي يعرض القيم دون حالة.",
        "followers_chart": "المتابعون لكل منصة (آخر 12 شهرًا، والخط المتقطع توقع 3 أشهر)",
        "engagement_chart": "معدل التفاعل لكل منصة (%)",
        "mix_chart": "مزيج المحتوى حسب المحور: الفعلي مقابل الخطة (%)",
        "actual": "الفعلي",
        "plan": "الخطة",
        "no_pillar": "بلا محور",
        "platform": "المنصة",
        "date": "التاريخ",
        "post": "المنشور",
        "pillar": "المحور",
        "link": "الرابط",
        "count": "العدد",
        "event": "الفعالية",
        "location": "المكان",
        "none": "لا شيء في هذه الفترة.",
        "by_channel": "حسب القناة",
        "by_kind": "حسب النوع",
        "channel": "القناة",
        "kind": "النوع",
        "total": "المجموع",
        "median": "وسيط زمن الرد الأول",
        "p90": "المئين التسعون لزمن الرد الأول",
        "office_hours": "بساعات العمل",
        "within": "النسبة ضمن الهدف",
        "hours": "ساعة",
        "passed": "نسبة المنشورات التي اجتازت كل الفحوص الآلية",
        "alt": "تغطية النص البديل للصور",
        "two_fa": "تغطية التحقق بخطوتين",
        "overdue": "تغيير كلمات مرور متأخر",
        "unknown_rotation": "حسابات لا يُعرف تاريخ آخر تغيير لكلمة مرورها",
        "account": "الحساب",
        "due": "موعد التغيير",
        "state": "الحالة",
        "approver": "المعتمِد",
        "decision": "القرار",
        "time": "الوقت",
        "hash": "بصمة المحتوى",
        "approved": "موافقة",
        "changes_requested": "طلب تعديلات",
        "chain_ok": "سلسلة سجل التدقيق سليمة.",
        "chain_broken": "سلسلة سجل التدقيق مكسورة عند القيد",
        "entries": "عدد القيود",
        "anchor": "المرساة (رقم:بصمة)",
        "page": "صفحة",
        "times_in": "الأوقات بتوقيت",
        "formula": "الصيغة",
    },
    "en": {
        "title_month": "Monthly report",
        "title_quarter": "Quarterly report",
        "title_year": "Yearly report",
        "period": "Period",
        "made": "Made on",
        "summary": "Executive summary",
        "charts": "Charts",
        "published": "Published posts by platform and pillar",
        "events": "Events covered",
        "inquiries": "Inquiries",
        "accessibility": "Accessibility",
        "security": "Account security",
        "next": "Next month's planned calendar",
        "appendix": "Appendix: approvals and audit chain verification",
        "kpi": "KPI",
        "value": "Value",
        "target": "Target",
        "projected": "Projected",
        "status": "Status",
        "basis": "How computed",
        "on_track": "On track",
        "at_risk": "At risk",
        "off_track": "Off track",
        "no_target": "No target",
        "followers": "Followers",
        "engagement_rate": "Engagement rate",
        "views": "Views",
        "published_items": "Published items",
        "median_first_response_hours": "Median first response (hours)",
        "year_note": "Targets are set per month or quarter; the yearly report shows values only.",
        "followers_chart": "Followers per platform (12 months; dashed: 3-month forecast)",
        "engagement_chart": "Engagement rate per platform (%)",
        "mix_chart": "Content mix by pillar: actual against plan (%)",
        "actual": "Actual",
        "plan": "Plan",
        "no_pillar": "No pillar",
        "platform": "Platform",
        "date": "Date",
        "post": "Post",
        "pillar": "Pillar",
        "link": "Link",
        "count": "Count",
        "event": "Event",
        "location": "Location",
        "none": "Nothing in this period.",
        "by_channel": "By channel",
        "by_kind": "By kind",
        "channel": "Channel",
        "kind": "Kind",
        "total": "Total",
        "median": "Median first response",
        "p90": "90th percentile first response",
        "office_hours": "in office hours",
        "within": "Share within target",
        "hours": "h",
        "passed": "Share of posts passing every automatic check",
        "alt": "Alt-text coverage of images",
        "two_fa": "2FA coverage",
        "overdue": "Password rotations overdue",
        "unknown_rotation": "Accounts whose last password change is unknown",
        "account": "Account",
        "due": "Due",
        "state": "State",
        "approver": "Approver",
        "decision": "Decision",
        "time": "Time",
        "hash": "Content hash",
        "approved": "Approved",
        "changes_requested": "Changes requested",
        "chain_ok": "The audit chain verifies.",
        "chain_broken": "The audit chain is broken at entry",
        "entries": "Entries",
        "anchor": "Anchor (N:HASH)",
        "page": "Page",
        "times_in": "Times in",
        "formula": "Formula",
    },
}

# How each KPI card's value is computed (MetricsService.kpi_cards' ``basis``), in both languages.
BASIS = {
    "followers": (
        "المتابعون في نهاية آخر شهر له أرقام، كل الحسابات النشطة",
        "followers at the last month end with figures, all active accounts",
    ),
    "views": (
        "مجموع المشاهدات في الأشهر التي لها أرقام",
        "views summed over the months with figures",
    ),
    "published_items": (
        "سجلات النشر (سجل لكل منشور ومنصة)",
        "publication records (one per post and platform)",
    ),
    "median_first_response_hours": (
        "وسيط زمن الرد الأول بساعات العمل، للاستفسارات الواردة في الفترة",
        "median first-response time in office hours, inquiries received in the period",
    ),
}

NAMES_AR = {
    "facebook": "فيسبوك",
    "x": "إكس",
    "instagram": "إنستغرام",
    "youtube": "يوتيوب",
    "linkedin": "لينكدإن",
    "tiktok": "تيك توك",
    "threads": "ثريدز",
    "website": "الموقع",
    "email": "البريد الإلكتروني",
    "phone": "الهاتف",
    "walk_in": "حضوري",
    "inquiry": "استفسار",
    "complaint": "شكوى",
    "request": "طلب",
    "suggestion": "اقتراح",
    "media_request": "طلب إعلامي",
    "mention": "إشارة",
    "draft": "مسودة",
    "in_review": "قيد المراجعة",
    "approved": "معتمد",
    "changes_requested": "مطلوب تعديلات",
    "published": "منشور",
}
NAMES_EN = {"x": "X", "linkedin": "LinkedIn", "youtube": "YouTube", "tiktok": "TikTok"}
MONTHS_AR = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
TABLE_CHUNK = 40
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")


class ReportError(BayanError):
    kind = "report"


class ReportInfo(NamedTuple):
    pages: int
    path: Path


class Period(NamedTuple):
    kind: str
    start: dt.date
    end: dt.date  # exclusive
    months: tuple[dt.date, ...]


def period_of(period_start: dt.date, period_kind: str) -> Period:
    """The period starting ``period_start`` (first day of a month / quarter / year)."""
    from app.core.months import month_start

    count = {"month": 1, "quarter": 3, "year": 12}.get(period_kind)
    if count is None:
        raise ReportError(f"period: {period_kind!r} is not month, quarter or year")
    if period_start.day != 1:
        raise ReportError(f"period: {period_start} is not the first day of a month")
    if period_kind == "quarter" and (period_start.month - 1) % 3:
        raise ReportError(f"period: {period_start} is not the first day of a quarter")
    if period_kind == "year" and period_start.month != 1:
        raise ReportError(f"period: {period_start} is not the first day of a year")
    months = tuple(month_start(period_start, k) for k in range(count))
    return Period(period_kind, period_start, month_start(period_start, count), months)


# One marker shape per series, so lines are told apart without colour (reportlab's names).
MARKERS = (
    "FilledCircle",
    "FilledSquare",
    "FilledTriangle",
    "FilledDiamond",
    "FilledStarFive",
    "FilledCross",
    "FilledPentagon",
    "FilledHexagon",
)


def _name(code: str, language: str) -> str:
    if language == "ar":
        return NAMES_AR.get(code, code)
    return NAMES_EN.get(code, code.replace("_", " ").capitalize())


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _hours(value: dt.timedelta | None) -> str:
    return "—" if value is None else f"{value.total_seconds() / 3600:.1f}"


def _period_label(period: Period, language: str) -> str:
    s = period.start
    if period.kind == "year":
        return str(s.year)
    if period.kind == "quarter":
        q = (s.month - 1) // 3 + 1
        return f"الربع {q} من {s.year}" if language == "ar" else f"Q{q} {s.year}"
    if language == "ar":
        return f"{MONTHS_AR[s.month - 1]} {s.year}"
    return s.strftime("%B %Y")


# --- the data ------------------------------------------------------------------------------


class ReportData(NamedTuple):
    org_ar: str
    org_en: str
    logo: Path | None
    cards: list[Any]
    followers: list[Any]
    engagement: dict[str, float | None]
    mix: list[Any]
    published: list[tuple[str, dt.datetime, str, str, str, str, str]]
    events: list[tuple[dt.datetime, str, str, str]]
    inquiries: Any
    posts_checked: int
    posts_passed: int
    images: int
    images_alt: int
    accounts_active: int
    accounts_2fa: int
    overdue: list[tuple[str, str, dt.date]]
    unknown_rotation: int
    planned: list[tuple[dt.datetime, str, str, str]]
    approvals: list[tuple[int, str, str, str, dt.datetime, str]]
    verify: Any


def collect(
    sessions: Any,
    period: Period,
    clock: Callable[[], dt.datetime],
    zone: ZoneInfo,
    media_dir: Path | None = None,
) -> ReportData:
    from sqlalchemy import func, select

    from app.core.accounts import rotation_due
    from app.core.months import month_start
    from app.services.audit import AuditLog
    from app.services.inquiries import InquiryService
    from app.services.media_store import stored_path
    from app.services.metrics import MetricsService
    from app.store import models as m

    def bound(day: dt.date) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(dt.UTC)

    lo, hi = bound(period.start), bound(period.end)
    next_end = month_start(period.end, 1)
    metrics = MetricsService(sessions, clock)
    if period.kind == "year":
        cards = _year_cards(sessions, metrics, period, clock, bound)
    else:
        cards = metrics.kpi_cards(period.kind, period.start)
    with sessions() as s:
        org = s.scalars(select(m.Organisation).order_by(m.Organisation.id).limit(1)).first()
        logo = None
        if org is not None and org.logo_media_id is not None and media_dir is not None:
            asset = s.get(m.MediaAsset, org.logo_media_id)
            if asset is not None:
                path = stored_path(media_dir, asset.sha256, asset.original_name)
                logo = path if path.exists() else None
        pillars = {p.id: p for p in s.scalars(select(m.Pillar))}
        published = []
        rows = s.execute(
            select(
                m.PublicationRecord.platform,
                m.PublicationRecord.published_at,
                m.PublicationRecord.url,
                m.Post.title,
                m.Post.title_en,
                m.Post.pillar_id,
            )
            .join(m.Post, m.Post.id == m.PublicationRecord.post_id)
            .where(m.PublicationRecord.published_at >= lo, m.PublicationRecord.published_at < hi)
            .order_by(m.PublicationRecord.platform, m.PublicationRecord.published_at)
        ).all()
        for platform, at, url, title, title_en, pillar_id in rows:
            pillar = pillars.get(pillar_id) if pillar_id else None
            published.append(
                (
                    platform,
                    at,
                    title,
                    title_en or title,
                    pillar.name_ar if pillar else "",
                    (pillar.name_en or pillar.name_ar) if pillar else "",
                    url or "",
                )
            )
        events = [
            (e.starts_at, e.title_ar, e.title_en or e.title_ar, e.location)
            for e in s.scalars(
                select(m.Event)
                .where(m.Event.starts_at < hi, m.Event.ends_at >= lo)
                .order_by(m.Event.starts_at)
            )
        ]
        in_period = (
            select(m.PublicationRecord.post_id)
            .where(m.PublicationRecord.published_at >= lo, m.PublicationRecord.published_at < hi)
            .distinct()
        )
        firsts = s.execute(
            select(m.PublicationRecord.post_id, func.min(m.PublicationRecord.published_at))
            .where(m.PublicationRecord.post_id.in_(in_period))
            .group_by(m.PublicationRecord.post_id)
        ).all()
        post_ids = [pid for pid, first in firsts if first is not None and lo <= first < hi]
        statuses = dict(
            s.execute(
                select(m.Post.checklist_status, func.count())
                .where(m.Post.id.in_(post_ids))
                .group_by(m.Post.checklist_status)
            ).all()
        )
        # Two queries: joined, SQLite scans every image through the kind index.
        attached = list(
            s.scalars(select(m.PostMedia.media_id).where(m.PostMedia.post_id.in_(post_ids)))
        )
        alts = {
            mid: (ar, en)
            for mid, ar, en in s.execute(
                select(m.MediaAsset.id, m.MediaAsset.alt_ar, m.MediaAsset.alt_en).where(
                    m.MediaAsset.id.in_(set(attached)), m.MediaAsset.kind == "image"
                )
            )
        }
        image_rows = [alts[mid] for mid in attached if mid in alts]
        accounts = list(s.scalars(select(m.Account).where(m.Account.active.is_(True))))
        today = clock().astimezone(zone).date()
        overdue = []
        unknown = 0
        for a in accounts:
            due = rotation_due(a.password_changed_on, a.rotation_days)
            if due is None:
                unknown += 1
            elif due < today:
                overdue.append((a.platform, a.handle, due))
        planned_rows = s.execute(
            select(m.Post.id, m.Post.scheduled_at, m.Post.title, m.Post.state)
            .where(
                m.Post.scheduled_at >= hi,
                m.Post.scheduled_at < bound(next_end),
                m.Post.state.in_(("draft", "in_review", "approved", "changes_requested")),
            )
            .order_by(m.Post.scheduled_at)
        ).all()
        platforms: dict[int, list[str]] = {}
        for pid, platform in s.execute(
            select(m.PostVariant.post_id, m.PostVariant.platform).where(
                m.PostVariant.post_id.in_([r[0] for r in planned_rows])
            )
        ):
            platforms.setdefault(pid, []).append(platform)
        planned = [
            (at, title, ", ".join(sorted(platforms.get(pid, []))), state)
            for pid, at, title, state in planned_rows
        ]
        approvals = [
            (a.post_id, post_title, name, a.decision, a.decided_at, a.content_hash)
            for a, post_title, name in s.execute(
                select(m.Approval, m.Post.title, m.Approver.name)
                .join(m.Post, m.Post.id == m.Approval.post_id)
                .join(m.Approver, m.Approver.id == m.Approval.approver_id)
                .where(m.Approval.decided_at >= lo, m.Approval.decided_at < hi)
                .order_by(m.Approval.decided_at)
            ).all()
        ]
    checked = sum(statuses.values())
    return ReportData(
        org_ar=(org.name_ar if org else "") or (org.name_en if org else ""),
        org_en=(org.name_en if org else "") or (org.name_ar if org else ""),
        logo=logo,
        cards=cards,
        followers=metrics.followers_by_platform(period.months[-1], 12),
        engagement=metrics.engagement_by_platform(list(period.months)),
        mix=metrics.content_mix(period.start, period.end),
        published=published,
        events=events,
        inquiries=InquiryService(sessions, clock).figures(lo, hi),
        posts_checked=checked,
        posts_passed=statuses.get("ok", 0),
        images=len(image_rows),
        images_alt=sum(1 for ar, en in image_rows if (ar or "").strip() or (en or "").strip()),
        accounts_active=len(accounts),
        accounts_2fa=sum(1 for a in accounts if a.two_factor_enabled),
        overdue=overdue,
        unknown_rotation=unknown,
        planned=planned,
        approvals=approvals,
        verify=AuditLog(sessions).verify(),
    )


def _year_cards(
    sessions: Any,
    metrics: Any,
    period: Period,
    clock: Callable[[], dt.datetime],
    bound: Callable[[dt.date], dt.datetime],
) -> list[Any]:
    """The year's KPI values, without targets (targets are set per month or quarter), computed
    as MetricsService.kpi_cards computes a quarter's."""
    from app.core import kpis
    from app.core.domain import Kpi
    from app.services.inquiries import InquiryService
    from app.services.metrics import KpiCard

    series = metrics.followers_by_platform(period.months[-1], 12)
    last = [next((v for v in reversed(x.values) if v is not None), None) for x in series]
    followers = sum(v for v in last if v is not None) if any(v is not None for v in last) else None
    views = metrics.views_by_platform(list(period.months))
    rates = metrics.engagement_by_platform(list(period.months))
    engaged = sum((rates.get(p) or 0) * v for p, v in views.items())
    total_views = sum(views.values())
    median = InquiryService(sessions, clock).figures(bound(period.start), bound(period.end))
    hours = None if median.office_median is None else median.office_median.total_seconds() / 3600
    values = {
        Kpi.FOLLOWERS: (followers, "followers at the last month end with figures"),
        Kpi.ENGAGEMENT_RATE: (
            kpis.engagement_rate(round(engaged), total_views),
            kpis.ENGAGEMENT_RATE_FORMULA,
        ),
        Kpi.VIEWS: (total_views if views else None, "views summed over the months with figures"),
        Kpi.PUBLISHED_ITEMS: (
            sum(metrics.published_by_platform(period.start, period.end).values()),
            "publication records (one per post and platform)",
        ),
        Kpi.MEDIAN_FIRST_RESPONSE_HOURS: (hours, "median first-response time in office hours"),
    }
    return [KpiCard(k, v, None, None, None, None, basis) for k, (v, basis) in values.items()]


# --- rendering -----------------------------------------------------------------------------


def build_monthly_report(
    sessions: Any,
    period_start: dt.date,
    period_kind: str,
    language: str,
    out: Path,
    *,
    clock: Callable[[], dt.datetime],
    timezone: str,
    media_dir: Path | None = None,
) -> ReportInfo:
    """Write the report of the period starting ``period_start`` to ``out``; its page count."""
    if language not in ("ar", "en", "both"):
        raise ReportError(f"language: {language!r} is not ar, en or both")
    period = period_of(period_start, period_kind)
    zone = ZoneInfo(timezone)
    data = collect(sessions, period, clock, zone, media_dir)
    renderer = _Renderer(data, period, zone, clock)
    return renderer.write(language, Path(out))


class _Renderer:
    def __init__(
        self, data: ReportData, period: Period, zone: ZoneInfo, clock: Callable[[], dt.datetime]
    ) -> None:
        import arabic_reshaper
        from bidi.algorithm import get_display
        from reportlab.lib.units import mm
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file in ((FONT, "Amiri-Regular.ttf"), (FONT_BOLD, "Amiri-Bold.ttf")):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
        self._reshape = arabic_reshaper.reshape
        self._display = get_display
        self._split = simpleSplit
        self._char_widths: dict[tuple[str, str, float], float] = {}
        self.data, self.period, self.zone, self.clock = data, period, zone, clock
        self.mm = mm
        self.width = 180 * mm  # A4 less 15 mm margins
        self.lang = "en"
        self._lines: dict[tuple[str, str, float, float, str], str] = {}  # repeated cells

    # text helpers

    def s(self, key: str) -> str:
        return STRINGS[self.lang][key]

    def shape_line(self, text: str) -> str:
        """One Arabic line for a chart label or the canvas, shaped and in visual order."""
        if self.lang != "ar":
            return text
        return self._display(self._reshape(text), base_dir="R")

    def markup(self, text: str, font: str, size: float, width: float) -> str:
        from xml.sax.saxutils import escape

        if self.lang != "ar" or not _has_arabic(text):
            # Latin-only text (links, hashes, numbers) stays as it is, right-aligned in Arabic:
            # bidi would move a link's trailing slash to its start.
            return escape(text)
        reshaped = self._reshape(text)
        lines = self._split(reshaped, font, size, width) or [""]
        return "<br/>".join(escape(self._display(line, base_dir="R")) for line in lines)

    def para(self, text: str, style: str = "body", width: float | None = None) -> Any:
        from reportlab.platypus import Paragraph

        st = self.styles[style]
        return Paragraph(self.markup(text, st.fontName, st.fontSize, width or self.width), st)

    def lines(self, text: str, font: str, size: float, width: float) -> str:
        """``text`` wrapped to ``width`` as newline-separated lines, each Arabic line shaped and
        in visual order; a word longer than the width is broken between characters."""
        key = (text, font, size, width, self.lang)
        cached = self._lines.get(key)
        if cached is None:
            cached = self._lines[key] = self._wrap(text, font, size, width)
        return cached

    def _wrap(self, text: str, font: str, size: float, width: float) -> str:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        arabic = self.lang == "ar" and _has_arabic(text)
        logical = self._reshape(text) if arabic else text
        out = []
        for line in self._split(logical, font, size, width) or [""]:
            if len(line) <= 1 or stringWidth(line, font, size) <= width:
                out.append(line)
                continue
            # A word wider than the cell (a URL, a hash): broken between characters, greedily,
            # from each character's width (a TrueType string is as wide as its glyphs).
            widths = [self._char_width(ch, font, size) for ch in line]
            start = 0
            while start < len(line):
                end, used = start + 1, widths[start]
                while end < len(line) and used + widths[end] <= width:
                    used += widths[end]
                    end += 1
                out.append(line[start:end])
                start = end
        if arabic:
            out = [self._display(line, base_dir="R") for line in out]
        return "\n".join(out)

    def _char_width(self, ch: str, font: str, size: float) -> float:
        key = (ch, font, size)
        width = self._char_widths.get(key)
        if width is None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            width = self._char_widths[key] = stringWidth(ch, font, size)
        return width

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> list[Any]:
        """The rows as tables of at most TABLE_CHUNK rows each, every one with the header (one
        long table would be measured again at every page break). Cells are plain wrapped lines,
        not Paragraphs: the report of a busy month has thousands of them."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        pad, size = 3, 8
        inner = [w - 2 * pad for w in widths]
        head = [self.lines(h, FONT_BOLD, size, w) for h, w in zip(header, inner, strict=True)]
        body = [[self.lines(c, FONT, size, w) for c, w in zip(r, inner, strict=True)] for r in rows]
        ar = self.lang == "ar"
        if ar:  # first column on the right
            head = head[::-1]
            body = [r[::-1] for r in body]
            widths = widths[::-1]
        style = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.45),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, size, size * 1.45),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT" if ar else "LEFT"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
        tables = []
        for k in range(0, max(1, len(body)), TABLE_CHUNK):
            t = Table([head, *body[k : k + TABLE_CHUNK]], colWidths=widths, repeatRows=1)
            t.setStyle(style)
            tables.append(t)
        return tables

    def time(self, value: dt.datetime) -> str:
        return value.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")

    # the document

    def _styles(self) -> None:
        from reportlab.lib.enums import TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        align = TA_RIGHT if self.lang == "ar" else TA_LEFT
        self.styles = {
            "body": ParagraphStyle("body", fontName=FONT, fontSize=10, leading=15, alignment=align),
            "small": ParagraphStyle(
                "small", fontName=FONT, fontSize=8, leading=12, alignment=align
            ),
            "h1": ParagraphStyle(
                "h1",
                fontName=FONT_BOLD,
                fontSize=16,
                leading=24,
                alignment=align,
                spaceAfter=6,
                keepWithNext=1,
            ),
            "cover": ParagraphStyle(
                "cover", fontName=FONT_BOLD, fontSize=26, leading=40, alignment=align
            ),
            "th": ParagraphStyle("th", fontName=FONT_BOLD, fontSize=8, leading=12, alignment=align),
            "td": ParagraphStyle("td", fontName=FONT, fontSize=8, leading=12, alignment=align),
        }

    def write(self, language: str, out: Path) -> ReportInfo:
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate

        out.parent.mkdir(parents=True, exist_ok=True)
        story: list[Any] = []
        from reportlab.platypus import Flowable

        numbering = {"lang": "en" if language == "en" else "ar"}

        class NumberIn(Flowable):
            """Drawn on a part's last page: the pages after it are numbered in ``lang``
            (a page's number is drawn when the page begins)."""

            def __init__(self, lang: str) -> None:
                super().__init__()
                self.lang = lang

            def wrap(self, *_: Any) -> tuple[float, float]:
                return 0, 0

            def draw(self) -> None:
                numbering["lang"] = self.lang

        for lang in ("ar", "en") if language == "both" else (language,):
            self.lang = lang
            self._styles()
            part_story = self.story()
            if language == "both" and lang == "ar":
                part_story.insert(len(part_story) - 1, NumberIn("en"))
            story.extend(part_story)
        pages: list[int] = []

        def number(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            canvas.setFont(FONT, 9)
            text = f"{STRINGS[numbering['lang']]['page']} {doc.page}"
            if numbering["lang"] == "ar":
                text = self._display(self._reshape(text), base_dir="R")
            canvas.drawCentredString(A4[0] / 2, 8 * self.mm, text)
            canvas.restoreState()
            pages.append(doc.page)

        m15 = 15 * self.mm
        part = out.with_name(out.name + ".part")  # never a half-written report at ``out``
        doc = SimpleDocTemplate(
            str(part), pagesize=A4, leftMargin=m15, rightMargin=m15, topMargin=m15,
            bottomMargin=m15, title=self.data.org_en, author="Bayan",
        )  # fmt: skip
        try:
            doc.build(story, onFirstPage=number, onLaterPages=number)
            part.replace(out)
        finally:
            part.unlink(missing_ok=True)
        return ReportInfo(max(pages) if pages else 0, out)

    def story(self) -> list[Any]:
        from reportlab.platypus import PageBreak

        parts: list[Any] = self.cover()
        for section in (
            self.summary, self.charts, self.published, self.events, self.inquiries,
            self.accessibility, self.security, self.next_month, self.appendix,
        ):  # fmt: skip
            parts.extend(section())
        parts.append(PageBreak())
        return parts

    def heading(self, key: str) -> list[Any]:
        from reportlab.platypus import Spacer

        return [Spacer(1, 4 * self.mm), self.para(self.s(key), "h1")]

    def cover(self) -> list[Any]:
        from reportlab.platypus import Image, PageBreak, Spacer

        d = self.data
        parts: list[Any] = [Spacer(1, 40 * self.mm)]
        if d.logo is not None:
            import contextlib

            with contextlib.suppress(Exception):  # an unreadable logo: a cover without it
                size = 40 * self.mm
                logo = Image(str(d.logo), width=size, height=size, kind="proportional")
                parts += [logo, Spacer(1, 8 * self.mm)]
        org = d.org_ar if self.lang == "ar" else d.org_en
        today = self.clock().astimezone(self.zone).date()
        if self.lang == "ar":
            # Day, month name, year: each number stands alone in the right-to-left line, so
            # bidi cannot reorder the parts of an ISO date (which read 25-11-2026 there).
            made = f"{today.day} {MONTHS_AR[today.month - 1]} {today.year}"
        else:
            made = today.isoformat()
        parts += [
            self.para(org, "cover"),
            Spacer(1, 6 * self.mm),
            self.para(self.s(f"title_{self.period.kind}"), "h1"),
            self.para(f"{self.s('period')}: {_period_label(self.period, self.lang)}"),
            self.para(f"{self.s('made')}: {made} — {self.s('times_in')} {self.zone.key}", "small"),
            PageBreak(),
        ]
        return parts

    def summary(self) -> list[Any]:
        from app.core import kpis

        parts = self.heading("summary")
        if self.period.kind == "year":
            parts.append(self.para(self.s("year_note"), "small"))
        rows = []
        for c in self.data.cards:
            rate = c.kpi.value == "engagement_rate"

            def fmt(v: float | None, rate: bool = rate) -> str:
                if v is None:
                    return "—"
                return _pct(v) if rate else f"{v:,.1f}".removesuffix(".0")

            basis = c.basis
            if c.kpi.value in BASIS:
                basis = BASIS[c.kpi.value][0 if self.lang == "ar" else 1]
            if rate:
                basis = (
                    kpis.ENGAGEMENT_RATE_FORMULA_AR
                    if self.lang == "ar"
                    else kpis.ENGAGEMENT_RATE_FORMULA
                )
            status = self.s(c.status.value) if c.status is not None else self.s("no_target")
            rows.append(
                [self.s(c.kpi.value), fmt(c.value), fmt(c.target), fmt(c.projected), status, basis]
            )
        header = [self.s(k) for k in ("kpi", "value", "target", "projected", "status", "basis")]
        return [*parts, *self.table(header, rows, [3, 1.6, 1.6, 1.6, 1.6, 4])]

    # charts

    def charts(self) -> list[Any]:
        from app.core import kpis

        parts = self.heading("charts")
        formula = (
            kpis.ENGAGEMENT_RATE_FORMULA_AR if self.lang == "ar" else kpis.ENGAGEMENT_RATE_FORMULA
        )
        parts += [
            self.para(self.s("followers_chart"), "small"),
            self.followers_chart(),
            self.para(self.s("engagement_chart") + " — " + formula, "small"),
            self.bar_chart(
                [_name(p, self.lang) for p in self.data.engagement],
                [[100 * (v or 0) for v in self.data.engagement.values()]],
                [],
            ),
            self.para(self.s("mix_chart"), "small"),
            self.bar_chart(
                [
                    (r.name_ar if self.lang == "ar" else r.name_en or r.name_ar)
                    or self.s("no_pillar")
                    for r in self.data.mix
                ],
                [
                    [r.actual_share_pct for r in self.data.mix],
                    [r.intended_share_pct or 0 for r in self.data.mix],
                ],
                [self.s("actual"), self.s("plan")],
            ),
        ]
        return parts

    def _font_labels(self, labels: Any) -> None:
        labels.fontName = FONT
        labels.fontSize = 7

    def followers_chart(self) -> Any:
        """Followers per platform: each platform its colour AND its marker shape, named in a
        legend drawn with both (never colour alone); forecasts dashed."""
        from reportlab.graphics.charts.lineplots import LinePlot
        from reportlab.graphics.shapes import Drawing, Line, String
        from reportlab.graphics.widgets.markers import makeMarker
        from reportlab.lib import colors

        series = [x for x in self.data.followers if any(v is not None for v in x.values)]
        d = Drawing(self.width, 62 * self.mm)
        if not series:
            d.add(String(10, 20, self.shape_line(self.s("none")), fontName=FONT, fontSize=9))
            return d
        plot = LinePlot()
        plot.x, plot.y, plot.width, plot.height = 40, 20, self.width - 150, 62 * self.mm - 35
        data, legend = [], []
        for i, x in enumerate(series):
            colour = colors.HexColor(COLOURS[i % len(COLOURS)])
            marker = MARKERS[i % len(MARKERS)]
            pts = [(k, v) for k, v in enumerate(x.values) if v is not None]
            data.append(pts)
            plot.lines[len(data) - 1].strokeColor = colour
            plot.lines[len(data) - 1].symbol = makeMarker(marker, size=4)
            legend.append((colour, marker, self.shape_line(_name(x.platform, self.lang))))
            if x.forecast.values and pts:
                last = len(x.values) - 1
                fc = [(last, x.values[-1] or pts[-1][1])] + [
                    (last + k + 1, v) for k, v in enumerate(x.forecast.values)
                ]
                data.append(fc)
                plot.lines[len(data) - 1].strokeColor = colour
                plot.lines[len(data) - 1].strokeDashArray = (3, 2)
        plot.data = data
        span = len(series[0].months) + 3
        plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, span - 1
        plot.xValueAxis.valueSteps = list(range(span))
        months = list(series[0].months)
        from app.core.months import month_start

        months += [month_start(months[-1], k) for k in (1, 2, 3)]
        plot.xValueAxis.labelTextFormat = lambda v: months[int(v)].strftime("%m/%y")
        self._font_labels(plot.xValueAxis.labels)
        self._font_labels(plot.yValueAxis.labels)
        plot.yValueAxis.labelTextFormat = "%d"
        d.add(plot)
        # The legend: a line with the series' marker, then its name (mirrored in Arabic).
        rtl = self.lang == "ar"
        right = self.width - 4
        left = self.width - 100
        y = 62 * self.mm - 14
        for colour, marker, name in legend:
            x0 = right - 18 if rtl else left
            d.add(Line(x0, y + 3, x0 + 16, y + 3, strokeColor=colour, strokeWidth=1.2))
            symbol = makeMarker(marker, size=5)
            symbol.x, symbol.y = x0 + 8, y + 3
            symbol.fillColor = symbol.strokeColor = colour
            d.add(symbol)
            text_x = x0 - 4 if rtl else x0 + 22
            anchor = "end" if rtl else "start"
            d.add(String(text_x, y, name, fontName=FONT, fontSize=8, textAnchor=anchor))
            y -= 11
        return d

    def bar_chart(self, labels: list[str], values: list[list[float]], names: list[str]) -> Any:
        from reportlab.graphics.charts.barcharts import VerticalBarChart
        from reportlab.graphics.charts.legends import Legend
        from reportlab.graphics.shapes import Drawing, String
        from reportlab.lib import colors

        h = 50 * self.mm
        d = Drawing(self.width, h)
        if not labels:
            d.add(String(10, 20, self.shape_line(self.s("none")), fontName=FONT, fontSize=9))
            return d
        if self.lang == "ar":  # the first category on the right
            labels = labels[::-1]
            values = [v[::-1] for v in values]
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 40, 25, self.width - 150, h - 35
        chart.data = values
        chart.categoryAxis.categoryNames = [self.shape_line(x) for x in labels]
        self._font_labels(chart.categoryAxis.labels)
        self._font_labels(chart.valueAxis.labels)
        chart.valueAxis.valueMin = 0
        chart.barLabelFormat = "%.1f"
        self._font_labels(chart.barLabels)
        chart.barLabels.nudge = 6
        for i in range(len(values)):
            chart.bars[i].fillColor = colors.HexColor(COLOURS[i % len(COLOURS)])
            if i:  # a second series (the plan) also differs in its outline, not only colour
                chart.bars[i].strokeDashArray = (2, 1.5)
                chart.bars[i].strokeWidth = 1.2
        d.add(chart)
        if names:
            lg = Legend()
            lg.x, lg.y = self.width - 100, h - 20
            lg.fontName, lg.fontSize = FONT, 8
            lg.colorNamePairs = [
                (colors.HexColor(COLOURS[i]), self.shape_line(n)) for i, n in enumerate(names)
            ]
            d.add(lg)
        return d

    # tables

    def published(self) -> list[Any]:
        parts = self.heading("published")
        rows_by = self.data.published
        if not rows_by:
            return [*parts, self.para(self.s("none"))]
        counts: dict[tuple[str, str], int] = {}
        rows = []
        ar = self.lang == "ar"
        for platform, at, t_ar, t_en, p_ar, p_en, url in rows_by:
            pillar = (p_ar if ar else p_en) or self.s("no_pillar")
            counts[(platform, pillar)] = counts.get((platform, pillar), 0) + 1
            rows.append([_name(platform, self.lang), self.time(at), t_ar if ar else t_en, pillar,
                         url])  # fmt: skip
        header = [self.s(k) for k in ("platform", "pillar", "count")]
        summary = [[_name(p, self.lang), pil, str(n)] for (p, pil), n in counts.items()]
        header2 = [self.s(k) for k in ("platform", "date", "post", "pillar", "link")]
        return [
            *parts,
            *self.table(header, summary, [2, 3, 1]),
            self.para(" "),
            *self.table(header2, rows, [1.5, 2, 4, 2, 4.5]),
        ]

    def events(self) -> list[Any]:
        parts = self.heading("events")
        if not self.data.events:
            return [*parts, self.para(self.s("none"))]
        ar = self.lang == "ar"
        rows = [[self.time(at), a if ar else e, loc] for at, a, e, loc in self.data.events]
        header = [self.s(k) for k in ("date", "event", "location")]
        return [*parts, *self.table(header, rows, [2, 5, 3])]

    def inquiries(self) -> list[Any]:
        f = self.data.inquiries
        parts = self.heading("inquiries")
        within_formula = WITHIN_TARGET_FORMULA_AR if self.lang == "ar" else WITHIN_TARGET_FORMULA
        hours = self.s("hours")
        lines = [
            f"{self.s('total')}: {f.total}",
            f"{self.s('median')} ({self.s('office_hours')}): {_hours(f.office_median)} {hours}",
            f"{self.s('p90')} ({self.s('office_hours')}): {_hours(f.office_p90)} {hours}",
            f"{self.s('within')}: {_pct(f.share_within_target)} — {within_formula}",
        ]
        parts += [self.para(x) for x in lines]
        rows = [[_name(k, self.lang), str(n)] for k, n in sorted(f.by_channel.items())]
        rows2 = [[_name(k, self.lang), str(n)] for k, n in sorted(f.by_kind.items())]
        from reportlab.platypus import Spacer

        parts += [Spacer(1, 2 * self.mm), self.para(self.s("by_channel"), "small")]
        parts += self.table([self.s("channel"), self.s("count")], rows, [3, 1])
        parts += [Spacer(1, 2 * self.mm), self.para(self.s("by_kind"), "small")]
        parts += self.table([self.s("kind"), self.s("count")], rows2, [3, 1])
        return parts

    def accessibility(self) -> list[Any]:
        d = self.data
        ar = self.lang == "ar"
        passed = d.posts_passed / d.posts_checked if d.posts_checked else None
        alt = d.images_alt / d.images if d.images else None
        return [
            *self.heading("accessibility"),
            self.para(f"{self.s('passed')}: {_pct(passed)} ({d.posts_passed}/{d.posts_checked})"),
            self.para(PASSED_CHECKS_FORMULA_AR if ar else PASSED_CHECKS_FORMULA, "small"),
            self.para(f"{self.s('alt')}: {_pct(alt)} ({d.images_alt}/{d.images})"),
            self.para(ALT_TEXT_FORMULA_AR if ar else ALT_TEXT_FORMULA, "small"),
        ]

    def security(self) -> list[Any]:
        d = self.data
        ar = self.lang == "ar"
        cover = d.accounts_2fa / d.accounts_active if d.accounts_active else None
        parts = [
            *self.heading("security"),
            self.para(f"{self.s('two_fa')}: {_pct(cover)} ({d.accounts_2fa}/{d.accounts_active})"),
            self.para(TWO_FA_FORMULA_AR if ar else TWO_FA_FORMULA, "small"),
            self.para(f"{self.s('overdue')}: {len(d.overdue)}"),
            self.para(f"{self.s('unknown_rotation')}: {d.unknown_rotation}"),
        ]
        if d.overdue:
            rows = [[_name(p, self.lang), h, due.isoformat()] for p, h, due in d.overdue]
            header = [self.s(k) for k in ("platform", "account", "due")]
            parts += self.table(header, rows, [2, 4, 2])
        return parts

    def next_month(self) -> list[Any]:
        parts = self.heading("next")
        if not self.data.planned:
            return [*parts, self.para(self.s("none"))]
        rows = [
            [self.time(at), title, ", ".join(_name(p, self.lang) for p in plats.split(", ") if p),
             _name(state, self.lang)]
            for at, title, plats, state in self.data.planned
        ]  # fmt: skip
        header = [self.s(k) for k in ("date", "post", "platform", "state")]
        return [*parts, *self.table(header, rows, [2, 5, 3, 1.6])]

    def appendix(self) -> list[Any]:
        from reportlab.platypus import PageBreak

        parts = [PageBreak(), *self.heading("appendix")]
        if self.data.approvals:
            rows = [
                [f"#{pid} {title}", name, self.s(dec) if dec in STRINGS["en"] else dec,
                 self.time(at), digest]
                for pid, title, name, dec, at, digest in self.data.approvals
            ]  # fmt: skip
            header = [self.s(k) for k in ("post", "approver", "decision", "time", "hash")]
            parts += self.table(header, rows, [4, 2.2, 1.8, 2.2, 4.2])
        else:
            parts.append(self.para(self.s("none")))
        v = self.data.verify
        status = self.s("chain_ok") if v.ok else f"{self.s('chain_broken')} {v.first_broken_id}"
        parts += [
            self.para(" "),
            self.para(status),
            self.para(f"{self.s('entries')}: {v.count}"),
            self.para(f"{self.s('anchor')}: {v.count}:{v.head_hash}", "small"),
        ]
        return parts
