"""The metrics backend (SPEC §1 plan and targets, §7 metrics): the plan's goals, pillars,
platform focus and KPI targets; monthly figures per account, entered all or nothing; and the
figures the dashboard's charts and the monthly report read.

Rules (engagement rate, status, forecast, validation) are in :mod:`app.core.kpis`. Months are
``datetime.date`` values on the 1st; posts' publication times are bucketed into months in the
workspace's time zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.core import kpis
from app.core.domain import Kpi, PeriodKind, Platform
from app.core.months import month_start
from app.errors import BayanError
from app.services.settings import SettingsService
from app.store import models as m


class MetricsError(BayanError):
    """Input the metrics service refuses; ``problems`` lists each one, naming its field."""

    kind = "metrics"

    def __init__(self, message: str, problems: Sequence[kpis.Problem] = ()) -> None:
        self.problems = tuple(problems)
        super().__init__(message)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def period_months(kind: PeriodKind, start: dt.date) -> list[dt.date]:
    return [month_start(start, k) for k in range(3 if kind == PeriodKind.QUARTER else 1)]


def _check_period_start(kind: PeriodKind, start: dt.date) -> None:
    if start.day != 1:
        raise MetricsError(f"period_start: {start} is not the first day of a month")
    if kind == PeriodKind.QUARTER and (start.month - 1) % 3:
        raise MetricsError(f"period_start: {start} is not the first day of a quarter")


# --- plan ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanFields:
    name_ar: str
    starts_on: dt.date
    ends_on: dt.date
    name_en: str = ""
    goals: tuple[tuple[str, str], ...] = ()  # (Arabic, English)
    audiences: tuple[tuple[str, str], ...] = ()


class PillarInfo(NamedTuple):
    id: int
    plan_id: int | None
    name_ar: str
    name_en: str
    colour: str
    intended_share_pct: float | None


class PlanInfo(NamedTuple):
    id: int
    name_ar: str
    name_en: str
    starts_on: dt.date
    ends_on: dt.date
    goals: tuple[tuple[str, str], ...]
    audiences: tuple[tuple[str, str], ...]
    platform_focus: dict[str, float]
    pillars: tuple[PillarInfo, ...]


class TargetInfo(NamedTuple):
    id: int
    kpi: Kpi
    period_kind: PeriodKind
    period_start: dt.date
    account_id: int | None
    target: float


# --- figures -------------------------------------------------------------------------------


class GridRow(NamedTuple):
    account_id: int
    platform: str
    handle: str
    values: dict[str, int | None]  # every field of kpis.COUNT_FIELDS, None when not entered
    previous_followers: int | None


class MixRow(NamedTuple):
    pillar_id: int | None  # None: posts without a pillar
    name_ar: str
    name_en: str
    published: int
    actual_share_pct: float
    intended_share_pct: float | None


class KpiCard(NamedTuple):
    kpi: Kpi
    value: float | None
    target: float | None
    projected: float | None
    status: kpis.Status | None
    will_meet: bool | None
    basis: str  # how the value was computed, for the report


class PlatformSeries(NamedTuple):
    platform: str
    months: tuple[dt.date, ...]
    values: tuple[int | None, ...]
    forecast: kpis.Forecast


class MetricsService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._settings = SettingsService(sessions)

    # --- plans ----------------------------------------------------------------------------

    def plans(self) -> list[PlanInfo]:
        with self._sessions() as session:
            ids = session.scalars(select(m.Plan.id).order_by(m.Plan.starts_on)).all()
            return [_plan_info(session, plan_id) for plan_id in ids]

    def plan(self, plan_id: int) -> PlanInfo:
        with self._sessions() as session:
            return _plan_info(session, plan_id)

    def plan_for(self, day: dt.date) -> PlanInfo | None:
        """The plan whose dates hold ``day`` (the latest-starting one), or None."""
        with self._sessions() as session:
            plan_id = session.scalar(
                select(m.Plan.id)
                .where(m.Plan.starts_on <= day, m.Plan.ends_on >= day)
                .order_by(m.Plan.starts_on.desc())
                .limit(1)
            )
            return None if plan_id is None else _plan_info(session, plan_id)

    def create_plan(self, fields: PlanFields) -> PlanInfo:
        _check_plan(fields)
        with self._sessions.begin() as session:
            plan = m.Plan(
                name_ar=fields.name_ar.strip(),
                name_en=fields.name_en.strip(),
                starts_on=fields.starts_on,
                ends_on=fields.ends_on,
            )
            _set_texts(plan, fields)
            session.add(plan)
            session.flush()
            plan_id = plan.id
        return self.plan(plan_id)

    def update_plan(self, plan_id: int, fields: PlanFields) -> PlanInfo:
        _check_plan(fields)
        with self._sessions.begin() as session:
            plan = _get_plan(session, plan_id)
            plan.name_ar, plan.name_en = fields.name_ar.strip(), fields.name_en.strip()
            plan.starts_on, plan.ends_on = fields.starts_on, fields.ends_on
            plan.goals.clear()
            plan.audiences.clear()
            session.flush()
            _set_texts(plan, fields)
        return self.plan(plan_id)

    def delete_plan(self, plan_id: int) -> None:
        """Delete a plan; its pillars stay (posts use them) without a plan."""
        with self._sessions.begin() as session:
            session.delete(_get_plan(session, plan_id))

    def set_platform_focus(self, plan_id: int, shares: Mapping[str, float]) -> PlanInfo:
        """Replace the plan's platform focus shares (percent, each 0–100, summing to ≤ 100)."""
        problems: list[kpis.Problem] = []
        clean: dict[str, float] = {}
        for platform, share in shares.items():
            try:
                key = Platform(platform).value
            except ValueError:
                problems.append(kpis.Problem(str(platform), f"{platform}: not a platform"))
                continue
            problems += _share_problems(key, share)
            clean[key] = float(share)
        total = sum(clean.values())
        if not problems and total > 100 + 1e-9:
            problems.append(
                kpis.Problem("share_pct", f"platform shares add up to {total:g} %, over 100 %")
            )
        if problems:
            raise MetricsError("; ".join(p.message for p in problems), problems)
        with self._sessions.begin() as session:
            plan = _get_plan(session, plan_id)
            plan.platform_focus.clear()
            session.flush()
            for key, share in clean.items():
                plan.platform_focus.append(m.PlatformFocus(platform=key, share_pct=share))
        return self.plan(plan_id)

    # --- pillars --------------------------------------------------------------------------

    def save_pillar(
        self,
        plan_id: int,
        name_ar: str,
        name_en: str = "",
        colour: str = "#4b5563",
        intended_share_pct: float | None = None,
        pillar_id: int | None = None,
    ) -> PillarInfo:
        """Add a pillar to a plan (or change ``pillar_id``); the plan's intended shares must
        still add up to ≤ 100 %."""
        if not name_ar.strip():
            raise MetricsError("name_ar: a pillar needs an Arabic name")
        if intended_share_pct is not None:
            problems = _share_problems("intended_share_pct", intended_share_pct)
            if problems:
                raise MetricsError(problems[0].message, problems)
        with self._sessions.begin() as session:
            _get_plan(session, plan_id)
            others = session.scalar(
                select(func.coalesce(func.sum(m.Pillar.intended_share_pct), 0.0)).where(
                    m.Pillar.plan_id == plan_id, m.Pillar.id != (pillar_id or -1)
                )
            )
            total = float(others or 0) + float(intended_share_pct or 0)
            if total > 100 + 1e-9:
                raise MetricsError(
                    f"intended_share_pct: the plan's pillar shares would add up to {total:g} %, "
                    "over 100 %",
                    [kpis.Problem("intended_share_pct", "over 100 %")],
                )
            if pillar_id is None:
                pillar = m.Pillar(plan_id=plan_id)
                session.add(pillar)
            else:
                pillar = session.get(m.Pillar, pillar_id)
                if pillar is None:
                    raise MetricsError(f"no pillar {pillar_id}")
                pillar.plan_id = plan_id
            pillar.name_ar, pillar.name_en = name_ar.strip(), name_en.strip()
            pillar.colour = colour
            pillar.intended_share_pct = (
                None if intended_share_pct is None else float(intended_share_pct)
            )
            session.flush()
            return _pillar_info(pillar)

    def delete_pillar(self, pillar_id: int) -> None:
        """Delete a pillar; its posts keep going, without a pillar."""
        with self._sessions.begin() as session:
            pillar = session.get(m.Pillar, pillar_id)
            if pillar is None:
                raise MetricsError(f"no pillar {pillar_id}")
            session.delete(pillar)

    # --- targets --------------------------------------------------------------------------

    def set_target(
        self,
        kpi: Kpi | str,
        period_kind: PeriodKind | str,
        period_start: dt.date,
        target: float,
        account_id: int | None = None,
    ) -> TargetInfo:
        """Set (add or replace) a KPI target. The engagement rate is a ratio (0.035 = 3.5 %)."""
        try:
            kpi, period_kind = Kpi(kpi), PeriodKind(period_kind)
        except ValueError as error:
            raise MetricsError(f"kpi or period_kind: {error}") from None
        _check_period_start(period_kind, period_start)
        if isinstance(target, bool) or not isinstance(target, int | float) or target < 0:
            raise MetricsError(f"target: must be a number of at least 0 (got {target!r})")
        if kpi == Kpi.ENGAGEMENT_RATE and target > 1:
            raise MetricsError(f"target: an engagement rate is a ratio from 0 to 1 (got {target})")
        with self._sessions.begin() as session:
            if account_id is not None and session.get(m.Account, account_id) is None:
                raise MetricsError(f"account_id: no account {account_id}")
            row = session.scalar(
                select(m.KpiTarget).where(
                    m.KpiTarget.kpi == kpi.value,
                    m.KpiTarget.period_kind == period_kind.value,
                    m.KpiTarget.period_start == period_start,
                    _is(m.KpiTarget.account_id, account_id),
                )
            )
            if row is None:
                row = m.KpiTarget(
                    kpi=kpi.value,
                    period_kind=period_kind.value,
                    period_start=period_start,
                    account_id=account_id,
                )
                session.add(row)
            row.target = float(target)
            session.flush()
            return _target_info(row)

    def delete_target(self, target_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(m.KpiTarget).where(m.KpiTarget.id == target_id))

    def targets(
        self, period_kind: PeriodKind | str | None = None, period_start: dt.date | None = None
    ) -> list[TargetInfo]:
        query = select(m.KpiTarget).order_by(m.KpiTarget.period_start, m.KpiTarget.kpi)
        if period_kind is not None:
            query = query.where(m.KpiTarget.period_kind == PeriodKind(period_kind).value)
        if period_start is not None:
            query = query.where(m.KpiTarget.period_start == period_start)
        with self._sessions() as session:
            return [_target_info(row) for row in session.scalars(query)]

    # --- monthly figures ------------------------------------------------------------------

    def save_month(
        self, account_id: int, month: dt.date, values: Mapping[str, object]
    ) -> dict[str, int | None]:
        """Store one account's figures for a month, all or nothing: every field given is
        checked (app.core.kpis.check_monthly, against the month before) and nothing is stored
        when one is wrong (MetricsError listing every problem). Fields not given keep their
        stored value; a blank clears it. Returns the stored figures."""
        if month.day != 1:
            raise MetricsError(f"month: {month} is not the first day of a month")
        with self._sessions.begin() as session:
            if session.get(m.Account, account_id) is None:
                raise MetricsError(f"account_id: no account {account_id}")
            previous = _metric(session, account_id, month_start(month, -1))
            row = _metric(session, account_id, month)
            merged: dict[str, object] = {} if row is None else _values(row)
            merged.update(values)
            problems = kpis.check_monthly(merged, None if previous is None else _values(previous))
            if problems:
                raise MetricsError("; ".join(p.message for p in problems), problems)
            parsed, _ = kpis.parse_monthly(merged)
            if row is None:
                row = m.MonthlyMetric(account_id=account_id, month=month)
                session.add(row)
            for name in kpis.COUNT_FIELDS:
                setattr(row, name, parsed.get(name))
            row.source = "manual"
            row.updated_at = self._clock()
            session.flush()
            return _values(row)

    def month(self, account_id: int, month: dt.date) -> dict[str, int | None] | None:
        with self._sessions() as session:
            row = _metric(session, account_id, month)
            return None if row is None else _values(row)

    def grid(self, month: dt.date) -> list[GridRow]:
        """A row for every active account for ``month`` (blank figures where none are stored),
        with last month's followers, for a typing grid."""
        month = month_start(month)
        with self._sessions() as session:
            accounts = session.scalars(
                select(m.Account).where(m.Account.active).order_by(m.Account.platform, m.Account.id)
            ).all()
            rows = {
                (r.account_id, r.month): r
                for r in session.scalars(
                    select(m.MonthlyMetric).where(
                        m.MonthlyMetric.month.in_([month, month_start(month, -1)])
                    )
                )
            }
            out = []
            for account in accounts:
                row = rows.get((account.id, month))
                before = rows.get((account.id, month_start(month, -1)))
                values = {name: None for name in kpis.COUNT_FIELDS} if row is None else _values(row)
                out.append(
                    GridRow(
                        account.id,
                        account.platform,
                        account.handle,
                        values,
                        None if before is None else before.followers,
                    )
                )
            return out

    # --- figures for a period -------------------------------------------------------------

    def followers_by_platform(self, last_month: dt.date, months: int = 12) -> list[PlatformSeries]:
        """Month-end followers per platform (active accounts summed) for the ``months`` months
        ending with ``last_month``, each with its 3-month forecast (kpis.FORECAST_METHOD)."""
        span = [month_start(last_month, k - months + 1) for k in range(months)]
        sums = self._sum_by_platform(span, m.MonthlyMetric.followers)
        return [
            PlatformSeries(
                platform,
                tuple(span),
                values := tuple(by_month.get(mo) for mo in span),
                kpis.forecast(values),
            )
            for platform, by_month in sorted(sums.items())
        ]

    def views_by_platform(self, months: Sequence[dt.date]) -> dict[str, int]:
        sums = self._sum_by_platform(months, m.MonthlyMetric.views)
        return {p: sum(v for v in by.values() if v is not None) for p, by in sorted(sums.items())}

    def engagement_by_platform(self, months: Sequence[dt.date]) -> dict[str, float | None]:
        """kpis.ENGAGEMENT_RATE_FORMULA per platform over ``months`` (sums of engagements ÷ sums
        of views); None for a platform without views."""
        engaged = self._engagements_by_platform(months)
        views = self.views_by_platform(months)
        return {
            p: kpis.engagement_rate(engaged.get(p), views.get(p))
            for p in sorted(set(engaged) | set(views))
        }

    def published_by_platform(self, start: dt.date, end: dt.date) -> dict[str, int]:
        """Publication records (one per post and platform) with a publication time in
        [start, end) in the workspace's time zone, per platform."""
        lo, hi = self._bounds(start, end)
        with self._sessions() as session:
            rows = session.execute(
                select(m.PublicationRecord.platform, func.count())
                .where(
                    m.PublicationRecord.published_at >= lo, m.PublicationRecord.published_at < hi
                )
                .group_by(m.PublicationRecord.platform)
            ).all()
        return {platform: count for platform, count in sorted(rows)}

    def content_mix(self, start: dt.date, end: dt.date) -> list[MixRow]:
        """Posts first published in [start, end), per pillar, against the intended shares of the
        plan in force at ``start`` (its pillars all listed, even with nothing published)."""
        lo, hi = self._bounds(start, end)
        first = (
            select(
                m.PublicationRecord.post_id,
                func.min(m.PublicationRecord.published_at).label("first"),
            )
            .group_by(m.PublicationRecord.post_id)
            .subquery()
        )
        plan = self.plan_for(start)
        with self._sessions() as session:
            counts = dict(
                session.execute(
                    select(m.Post.pillar_id, func.count())
                    .join(first, first.c.post_id == m.Post.id)
                    .where(first.c.first >= lo, first.c.first < hi)
                    .group_by(m.Post.pillar_id)
                ).all()
            )
            pillar_ids = set(counts) - {None}
            if plan is not None:
                pillar_ids |= {p.id for p in plan.pillars}
            pillars = {
                p.id: p
                for p in session.scalars(select(m.Pillar).where(m.Pillar.id.in_(pillar_ids)))
            }
        total = sum(counts.values())
        intended = {} if plan is None else {p.id: p.intended_share_pct for p in plan.pillars}
        rows = [
            MixRow(
                pid,
                pillars[pid].name_ar,
                pillars[pid].name_en,
                counts.get(pid, 0),
                100 * counts.get(pid, 0) / total if total else 0.0,
                intended.get(pid),
            )
            for pid in sorted(pillar_ids)
        ]
        if counts.get(None):
            rows.append(MixRow(None, "", "", counts[None], 100 * counts[None] / total, None))
        return rows

    def kpi_cards(
        self, period_kind: PeriodKind | str, period_start: dt.date, account_id: int | None = None
    ) -> list[KpiCard]:
        """The KPI cards of a month or quarter, overall (all active accounts) or for one
        account: value so far, target, projection and status (kpis.STATUS_RULE). Followers,
        views and engagement rate come from the monthly figures (pace in months with figures);
        published items from publication records and the median first response (office hours,
        as the response targets count) from the inquiry service (pace in days) — those two
        overall only (an account's cards leave them without a value)."""
        from app.services.inquiries import InquiryService

        period_kind = PeriodKind(period_kind)
        _check_period_start(period_kind, period_start)
        months = period_months(period_kind, period_start)
        end = month_start(months[-1], 1)
        zone = self._zone()
        now = self._clock().astimezone(zone)
        lo, hi = self._bounds(period_start, end)
        total_days = (end - period_start).days
        elapsed_days = max(0.0, min((now - lo).total_seconds(), (hi - lo).total_seconds())) / 86400
        targets = {
            t.kpi: t.target
            for t in self.targets(period_kind, period_start)
            if t.account_id == account_id
        }
        followers = self._totals(months, m.MonthlyMetric.followers, account_id)
        with_figures = [mo for mo in months if followers.get(mo) is not None]
        views = self._totals(months, m.MonthlyMetric.views, account_id)
        views_months = [mo for mo in months if views.get(mo) is not None]
        start_followers = self._totals(
            [month_start(period_start, -1)], m.MonthlyMetric.followers, account_id
        )
        engaged = sum(self._engagements_by_platform(months, account_id).values())
        total_views = sum(v for v in views.values() if v is not None)

        values: dict[Kpi, tuple[float | None, float, float, float | None, str]] = {}
        last = with_figures[-1] if with_figures else None
        values[Kpi.FOLLOWERS] = (
            None if last is None else followers[last],
            len(with_figures),
            len(months),
            start_followers.get(month_start(period_start, -1)),
            "followers at the last month end with figures"
            + (", all active accounts" if account_id is None else ""),
        )
        values[Kpi.VIEWS] = (
            total_views if views_months else None,
            len(views_months),
            len(months),
            None,
            "views summed over the months with figures",
        )
        values[Kpi.ENGAGEMENT_RATE] = (
            kpis.engagement_rate(engaged, total_views),
            len(views_months),
            len(months),
            None,
            kpis.ENGAGEMENT_RATE_FORMULA,
        )
        per_account = account_id is not None
        published = (
            None if per_account else sum(self.published_by_platform(period_start, end).values())
        )
        values[Kpi.PUBLISHED_ITEMS] = (
            published,
            elapsed_days,
            total_days,
            None,
            "publication records (one per post and platform)",
        )
        median = None
        if not per_account:
            median = InquiryService(self._sessions, self._clock).figures(lo, hi).office_median
        values[Kpi.MEDIAN_FIRST_RESPONSE_HOURS] = (
            None if median is None else median.total_seconds() / 3600,
            elapsed_days,
            total_days,
            None,
            "median first-response time in office hours, inquiries received in the period",
        )
        cards = []
        for kpi in Kpi:
            value, elapsed, total, start_value, basis = values[kpi]
            target = targets.get(kpi)
            if value is None or target is None:
                cards.append(KpiCard(kpi, value, target, None, None, None, basis))
                continue
            result = kpis.assess(kpi, value, target, elapsed, total, start_value)
            cards.append(
                KpiCard(
                    kpi, value, target, result.projected, result.status, result.will_meet, basis
                )
            )
        return cards

    # --- helpers --------------------------------------------------------------------------

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self._settings.timezone())

    def _bounds(self, start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
        zone = self._zone()
        lo = dt.datetime(start.year, start.month, start.day, tzinfo=zone)
        hi = dt.datetime(end.year, end.month, end.day, tzinfo=zone)
        return lo.astimezone(dt.UTC), hi.astimezone(dt.UTC)

    def _sum_by_platform(
        self, months: Sequence[dt.date], column: Any, account_id: int | None = None
    ) -> dict[str, dict[dt.date, int | None]]:
        with self._sessions() as session:
            rows = session.execute(
                select(m.Account.platform, m.MonthlyMetric.month, func.sum(column))
                .join(m.Account, m.Account.id == m.MonthlyMetric.account_id)
                .where(_whose(account_id), m.MonthlyMetric.month.in_(list(months)))
                .group_by(m.Account.platform, m.MonthlyMetric.month)
            ).all()
        out: dict[str, dict[dt.date, int | None]] = {}
        for platform, month, value in rows:
            out.setdefault(platform, {})[month] = None if value is None else int(value)
        return out

    def _totals(
        self, months: Sequence[dt.date], column: Any, account_id: int | None = None
    ) -> dict[dt.date, int | None]:
        out: dict[dt.date, int | None] = {}
        for by_month in self._sum_by_platform(months, column, account_id).values():
            for month, value in by_month.items():
                if value is not None:
                    out[month] = (out.get(month) or 0) + value
        return out

    def _engagements_by_platform(
        self, months: Sequence[dt.date], account_id: int | None = None
    ) -> dict[str, int]:
        parts = [func.coalesce(getattr(m.MonthlyMetric, n), 0) for n in kpis.ENGAGEMENT_PARTS]
        with self._sessions() as session:
            rows = session.execute(
                select(m.Account.platform, func.sum(sum(parts[1:], parts[0])))
                .join(m.Account, m.Account.id == m.MonthlyMetric.account_id)
                .where(
                    _whose(account_id),
                    m.MonthlyMetric.month.in_(list(months)),
                    m.MonthlyMetric.views.is_not(None),
                )
                .group_by(m.Account.platform)
            ).all()
        return {platform: int(value or 0) for platform, value in rows}


# --- module helpers --------------------------------------------------------------------------


def _whose(account_id: int | None) -> Any:
    """All active accounts (None), or one account, active or not."""
    return m.Account.active if account_id is None else m.Account.id == account_id


def _is(column: Any, value: int | None) -> Any:
    return column.is_(None) if value is None else column == value


def _share_problems(name: str, share: object) -> list[kpis.Problem]:
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 100:
        return [
            kpis.Problem(name, f"{name}: a share is a percentage from 0 to 100 (got {share!r})")
        ]
    return []


def _check_plan(fields: PlanFields) -> None:
    if not fields.name_ar.strip():
        raise MetricsError("name_ar: a plan needs an Arabic name")
    if fields.ends_on < fields.starts_on:
        raise MetricsError(f"ends_on: {fields.ends_on} is before starts_on {fields.starts_on}")


def _set_texts(plan: m.Plan, fields: PlanFields) -> None:
    for ar, en in fields.goals:
        plan.goals.append(m.PlanGoal(text_ar=ar, text_en=en))
    for ar, en in fields.audiences:
        plan.audiences.append(m.PlanAudience(name_ar=ar, name_en=en))


def _get_plan(session: Session, plan_id: int) -> m.Plan:
    plan = session.get(m.Plan, plan_id)
    if plan is None:
        raise MetricsError(f"no plan {plan_id}")
    return plan


def _pillar_info(p: m.Pillar) -> PillarInfo:
    return PillarInfo(p.id, p.plan_id, p.name_ar, p.name_en, p.colour, p.intended_share_pct)


def _plan_info(session: Session, plan_id: int) -> PlanInfo:
    plan = _get_plan(session, plan_id)
    pillars = session.scalars(
        select(m.Pillar).where(m.Pillar.plan_id == plan_id).order_by(m.Pillar.id)
    ).all()
    return PlanInfo(
        plan.id,
        plan.name_ar,
        plan.name_en,
        plan.starts_on,
        plan.ends_on,
        tuple((g.text_ar, g.text_en) for g in sorted(plan.goals, key=lambda g: g.id or 0)),
        tuple((a.name_ar, a.name_en) for a in sorted(plan.audiences, key=lambda a: a.id or 0)),
        {f.platform: f.share_pct for f in plan.platform_focus},
        tuple(_pillar_info(p) for p in pillars),
    )


def _target_info(row: m.KpiTarget) -> TargetInfo:
    return TargetInfo(
        row.id,
        Kpi(row.kpi),
        PeriodKind(row.period_kind),
        row.period_start,
        row.account_id,
        row.target,
    )


def _metric(session: Session, account_id: int, month: dt.date) -> m.MonthlyMetric | None:
    return session.scalar(
        select(m.MonthlyMetric).where(
            m.MonthlyMetric.account_id == account_id, m.MonthlyMetric.month == month
        )
    )


def _values(row: m.MonthlyMetric) -> dict[str, int | None]:
    return {name: getattr(row, name) for name in kpis.COUNT_FIELDS}
