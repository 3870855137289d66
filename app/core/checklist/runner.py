"""``run_checklist``: every automatic rule of checklist.md on a :class:`Draft`.

Texts are checked per platform variant: each (language, platform) pair resolves to the post's
base text or to that platform's own text, and a text shared by several platforms is checked once,
its findings listing those platforms. Spans are in the field's text as the user typed it
(:mod:`.spans` explains the NFC mapping).

Speed: the findings of one text are cached (an LRU cache keyed by the text, its language, field,
platforms and house rules), so a keystroke in the Arabic text re-checks only the Arabic text;
within a text, rules whose trigger character is absent return at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache

import regex

from app.core.checklist import platform_rules
from app.core.checklist.fields import check_alt_text, check_text
from app.core.checklist.house import DEFAULT_HOUSE_RULES, HouseRules
from app.core.checklist.model import (
    BLOCKER,
    SEVERITIES,
    WARNING,
    Finding,
    frozen_params,
    new_finding,
)
from app.core.checklist.scan import WORD
from app.core.domain import Platform
from app.core.draft import Draft
from app.core.limits import DEFAULT_LIMITS, PlatformLimits

LANGS = ("ar", "en")
PLATFORM_ORDER: tuple[str, ...] = tuple(p.value for p in Platform)
# A11Y-ALT-1 names these platforms (the others have no alt text field).
ALT_TEXT_PLATFORMS = frozenset({"x", "facebook", "instagram", "linkedin", "threads"})
_DIGIT_OR_PERCENT = regex.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9%\u066a]")


def ordered_platforms(platforms: Iterable[str]) -> tuple[str, ...]:
    """``platforms`` without repeats, in the order of :class:`Platform` (unknown ones last)."""
    seen = list(dict.fromkeys(str(p) for p in platforms))
    known = [p for p in PLATFORM_ORDER if p in seen]
    return tuple(known + [p for p in seen if p not in PLATFORM_ORDER])


def text_targets(draft: Draft) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(field, language, text, platforms) of every text that goes out, each text once."""
    platforms = ordered_platforms(draft.platforms)
    if not platforms:
        return [("text_ar", "ar", draft.text_ar, ()), ("text_en", "en", draft.text_en, ())]
    groups: dict[str, tuple[str, str, list[str]]] = {}
    for p in platforms:
        override = draft.variants.get(p)
        for i, lang in enumerate(LANGS):
            base = draft.text_ar if lang == "ar" else draft.text_en
            chosen = override[i] if override is not None and len(override) > i else None
            if chosen is None or chosen == base:
                field, text = f"text_{lang}", base
            else:
                field, text = f"variant:{p}:{lang}", chosen
            groups.setdefault(field, (lang, text, []))[2].append(p)
    return [(field, lang, text, tuple(ps)) for field, (lang, text, ps) in groups.items()]


def run_checklist(
    draft: Draft,
    limits: PlatformLimits | None = None,
    *,
    house: HouseRules | None = None,
) -> list[Finding]:
    """Every automatic finding on ``draft``, blockers first (see :class:`Finding`).

    ``limits``: the workspace's editable platform limits (default: checklist.md's table);
    ``house``: the office's lists and thresholds (default: :data:`DEFAULT_HOUSE_RULES`).
    """
    limits = limits if limits is not None else DEFAULT_LIMITS
    house = house if house is not None else DEFAULT_HOUSE_RULES
    targets = text_targets(draft)
    findings: list[Finding] = []
    for field, lang, text, platforms in targets:
        if not text.strip():
            continue
        findings.extend(check_text(text, lang, field, platforms, house))
        findings.extend(
            platform_rules.check_platforms(
                text, lang, field, platforms, limits, draft.x_premium, house
            )
        )
    findings.extend(platform_rules.check_title(draft, limits))
    findings.extend(_media_findings(draft, targets, limits, house))
    findings.extend(_post_findings(draft, targets, house))
    return sort_findings(findings)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Blockers, then warnings, then tips; within each by field, then place in the text."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: (rank[f.severity], _field_rank(f.field), f.start, f.end))


@lru_cache(maxsize=256)
def _field_rank(field: str) -> tuple[int, int, str]:
    fixed = {"text_ar": 0, "text_en": 1, "title": 3, "link": 4, "source_refs": 5}
    if field in fixed:
        return (fixed[field], 0, "")
    if field.startswith("variant:"):
        platform = field.split(":")[1]
        index = PLATFORM_ORDER.index(platform) if platform in PLATFORM_ORDER else 99
        return (2, index, field)
    if field == "scheduled_at":
        return (6, 0, "")
    if field.startswith("media:"):
        parts = field.split(":")
        return (7, int(parts[1]) if parts[1].isdigit() else 0, field)
    return (9, 0, field)


# --- media: A11Y-ALT-1/2/4/5, A11Y-VID-1, GOV-PII-1, GOV-COPY-1 -----------------------------------


def _post_languages(targets: Sequence[tuple[str, str, str, tuple[str, ...]]]) -> tuple[str, ...]:
    langs = {lang for _, lang, text, _ in targets if text.strip()}
    return tuple(lang for lang in LANGS if lang in langs) or ("ar",)


def _media_findings(
    draft: Draft,
    targets: Sequence[tuple[str, str, str, tuple[str, ...]]],
    limits: PlatformLimits,
    house: HouseRules,
) -> list[Finding]:
    out: list[Finding] = []
    platforms = ordered_platforms(draft.platforms)
    langs = _post_languages(targets)
    post_texts = {text.strip() for _, _, text, _ in targets if text.strip()}
    if platforms:
        alt_platforms: tuple[str, ...] | None = tuple(
            p for p in platforms if p in ALT_TEXT_PLATFORMS
        )
    else:
        alt_platforms = ()
    for i, media in enumerate(draft.media):
        field = f"media:{i}"
        name = media.name or f"attachment {i + 1}"
        if media.kind == "video" and not (media.has_captions_file or media.burned_in_captions):
            out.append(
                _finding(
                    "A11Y-VID-1",
                    BLOCKER,
                    field,
                    0,
                    0,
                    "no_captions",
                    f"The video {name} has no captions: attach an SRT or VTT file or mark "
                    "them as burned in",
                    params={"name": media.name},
                )
            )
        if media.has_identifiable_people and media.consent_count < max(media.people_count, 1):
            out.append(
                _finding(
                    "GOV-PII-1",
                    BLOCKER,
                    field,
                    0,
                    0,
                    "missing_consent",
                    f"{name} shows identifiable people: record a consent for each "
                    f"({media.consent_count} of {max(media.people_count, 1)})",
                    params={"people": max(media.people_count, 1), "consents": media.consent_count},
                )
            )
        if not media.licence.strip():
            out.append(
                _finding(
                    "GOV-COPY-1",
                    BLOCKER,
                    field,
                    0,
                    0,
                    "no_licence",
                    f"Record the owner and licence of {name}",
                    params={"name": media.name},
                )
            )
        for lang in LANGS:
            alt = media.alt_ar if lang == "ar" else media.alt_en
            alt_field = f"{field}:alt_{lang}"
            required = lang in langs
            missing = not alt.strip()
            if missing:
                if required and media.kind == "image" and (alt_platforms or not platforms):
                    out.append(
                        _finding(
                            "A11Y-ALT-1",
                            BLOCKER,
                            alt_field,
                            0,
                            0,
                            "missing",
                            f"{name} needs {'Arabic' if lang == 'ar' else 'English'} alt text",
                            platforms=alt_platforms or (),
                            params={"lang": lang, "name": media.name},
                        )
                    )
                    continue
            else:
                out.extend(check_alt_text(alt, lang, alt_field, house))
                out.extend(
                    platform_rules.check_alt_length(alt, alt_field, platforms, limits, house)
                )
                if alt.strip() in post_texts:
                    out.append(
                        _finding(
                            "A11Y-ALT-4",
                            WARNING,
                            alt_field,
                            0,
                            len(alt),
                            "copy_of_post",
                            "The alt text repeats the post: describe the image instead",
                        )
                    )
            if media.contains_text and (required or not missing):
                count = len(WORD.findall(alt))
                if count < 5:
                    out.append(
                        _finding(
                            "A11Y-ALT-5",
                            BLOCKER,
                            alt_field,
                            0,
                            len(alt),
                            "too_short",
                            f"{name} contains text: repeat it in the alt text (at least 5 "
                            f"words, now {count})",
                            params={"words": count, "min": 5},
                        )
                    )
    return out


def _finding(
    rule: str,
    severity: str,
    field: str,
    start: int,
    end: int,
    code: str,
    message: str,
    *,
    platforms: tuple[str, ...] = (),
    fix: str | None = None,
    params: dict[str, object] | None = None,
) -> Finding:
    return new_finding(
        rule, severity, field, start, end, platforms, message, fix, code, frozen_params(params)
    )


# --- the post as a whole: A11Y-LINK-2 on the link, GOV-FACT-1, GOV-QUIET-1 ------------------------


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _post_findings(
    draft: Draft,
    targets: Sequence[tuple[str, str, str, tuple[str, ...]]],
    house: HouseRules,
) -> list[Finding]:
    out: list[Finding] = []
    link = draft.link.strip()
    if link:
        from app.core.checklist.text_rules import url_host

        host = url_host(link)
        if host in house.shorteners:
            start = draft.link.index(link)
            out.append(
                _finding(
                    "A11Y-LINK-2",
                    WARNING,
                    "link",
                    start,
                    start + len(link),
                    "shortener",
                    f"{host} is a link shortener: link to the official domain",
                    params={"host": host},
                )
            )
    if not draft.source_refs.strip():
        for field, _, text, _ in targets:
            if _DIGIT_OR_PERCENT.search(text):
                out.append(
                    _finding(
                        "GOV-FACT-1",
                        BLOCKER,
                        "source_refs",
                        0,
                        0,
                        "no_source",
                        "The post gives figures: name the primary source they come from",
                        params={"field": field},
                    )
                )
                break
    when = draft.scheduled_at
    if when is not None:
        when = _aware(when)
        for quiet in draft.quiet_periods:
            if quiet.allows_publishing:
                continue
            if _aware(quiet.starts_at) <= when < _aware(quiet.ends_at):
                out.append(
                    _finding(
                        "GOV-QUIET-1",
                        BLOCKER,
                        "scheduled_at",
                        0,
                        0,
                        "in_quiet_period",
                        "Scheduled inside the quiet period "
                        f"{quiet.name_en or quiet.name_ar or ''}".rstrip()
                        + ": choose another time",
                        params={
                            "name_ar": quiet.name_ar,
                            "name_en": quiet.name_en,
                            "starts_at": _aware(quiet.starts_at).isoformat(),
                            "ends_at": _aware(quiet.ends_at).isoformat(),
                        },
                    )
                )
    return out


def check_single_text(
    text: str,
    lang: str,
    platform: str,
    limits: PlatformLimits | None = None,
    *,
    house: HouseRules | None = None,
    x_premium: bool = False,
) -> list[Finding]:
    """The text and platform rules on one text for one platform (``bayan check``).

    The rules about the post as a whole (media, source references, schedule) need a post and
    are not run; field names are "text_ar" / "text_en".
    """
    limits = limits if limits is not None else DEFAULT_LIMITS
    house = house if house is not None else DEFAULT_HOUSE_RULES
    field = f"text_{lang}"
    platforms = (str(platform),)
    if not text.strip():
        return []
    findings = list(check_text(text, lang, field, platforms, house))
    findings.extend(
        platform_rules.check_platforms(text, lang, field, platforms, limits, x_premium, house)
    )
    return sort_findings(findings)
