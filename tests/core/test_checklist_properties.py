"""Whatever the text, the checklist and its fixes never raise and stay within the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.checklist import SEVERITIES, Finding, check_text, run_checklist
from app.core.checklist.model import AUTO_RULES
from app.core.draft import Draft, MediaInfo, QuietSpan
from app.core.fixes import FIX_IDS, apply_fix, apply_fixes

# Arbitrary Unicode, plus the characters the rules look for, so that they come up often.
SPECIAL = list(
    "ـًٌٍَُِّْٰﺍﻟﺼﺤﺔ﷽#＃@.,;?!؟،؛:/-%٪0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ \n\r\t"
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\ufffe"
    "𝐁ｆⓐᴀ🄰\u0332\u0336é\u0301ABCXYZabcxyzابتثجحخدذ🎉👍🏽\u200d🇯🇴"
)
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=("Cs",)), st.sampled_from(SPECIAL)
    ),
    max_size=200,
) | st.lists(
    st.sampled_from(
        [
            "https://bit.ly/x",
            "moh.gov.jo",
            "#mentalhealth",
            "click here",
            "0791234567",
            "a@b.jo",
            "الســلام",
            "15/3",
            "WHO",
            "PLEASE READ NOW",
            "🎉",
            "\n",
            " ",
            "المعاقين",
        ]
    ),
    max_size=20,
).map("".join)
PLATFORMS = st.lists(
    st.sampled_from(
        [
            "x",
            "facebook",
            "instagram",
            "youtube",
            "linkedin",
            "tiktok",
            "threads",
            "website",
            "unknown",
        ]
    ),
    max_size=4,
)


def field_text(draft: Draft, field: str) -> str:
    if field in ("text_ar", "text_en", "title", "link", "source_refs"):
        return getattr(draft, field)
    if field.startswith("variant:"):
        _, platform, lang = field.split(":")
        chosen = draft.variants[platform][0 if lang == "ar" else 1]
        assert chosen is not None
        return chosen
    if field.startswith("media:") and field.count(":") == 2:
        _, i, alt = field.split(":")
        return getattr(draft.media[int(i)], alt)
    return ""


def check_well_formed(draft: Draft, findings: list[Finding]) -> None:
    for f in findings:
        assert f.rule in AUTO_RULES
        assert f.severity in SEVERITIES
        assert f.fix is None or f.fix in FIX_IDS
        text = field_text(draft, f.field)
        assert 0 <= f.start <= f.end <= len(text), (f, text)
        fixed = apply_fix(text, f)
        assert isinstance(fixed, str)
        assert isinstance(apply_fix(text, f, "#Anything"), str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, TEXT, PLATFORMS, st.one_of(st.none(), TEXT))
def test_any_texts(text_ar: str, text_en: str, platforms: list[str], variant: str | None) -> None:
    draft = Draft(
        text_ar=text_ar,
        text_en=text_en,
        platforms=tuple(platforms),
        variants={"x": (variant, None)} if variant is not None else {},
        title=text_en[:120],
        link=text_ar[:30],
    )
    findings = run_checklist(draft)
    check_well_formed(draft, findings)
    for lang, text in (("ar", text_ar), ("en", text_en)):
        assert isinstance(apply_fixes(text, check_text(text, lang, f"text_{lang}")), str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    TEXT,
    TEXT,
    st.sampled_from(["image", "video", "document"]),
    st.booleans(),
    st.integers(min_value=-1, max_value=3),
    PLATFORMS,
)
def test_any_alt_texts_and_media(
    alt_ar: str, alt_en: str, kind: str, flag: bool, count: int, platforms: list[str]
) -> None:
    media = MediaInfo(
        kind=kind,
        alt_ar=alt_ar,
        alt_en=alt_en,
        licence=alt_en[:5],
        has_identifiable_people=flag,
        people_count=count,
        consent_count=count - 1,
        contains_text=not flag,
    )
    when = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    quiet = QuietSpan(when, when + dt.timedelta(days=1))
    draft = Draft(
        text_ar="نص",
        text_en=alt_ar,
        platforms=tuple(platforms),
        media=(media, media),
        scheduled_at=when if flag else None,
        quiet_periods=(quiet,),
    )
    check_well_formed(draft, run_checklist(draft))


@given(TEXT, st.integers(-5, 250), st.integers(-5, 250), st.sampled_from([*FIX_IDS, "other"]))
def test_apply_fix_never_raises_on_any_span(text: str, start: int, end: int, fix: str) -> None:
    f = Finding(
        "AR-TATWEEL-1",
        "blocker",
        "text_ar",
        start,
        end,
        fix=fix,
        params={"target": "arab", "suggestion": "#X"},
    )
    assert isinstance(apply_fix(text, f), str)
    assert isinstance(apply_fix(text, f, text), str)
