"""The rules that depend on the target platform: lengths (PLAT-*), hashtag and link caps
(A11Y-HASH-4, PLAT-TH), YouTube's angle brackets and title, alt-text caps (A11Y-ALT-2) and the X
weight of direction marks (AR-BIDI-4).

Lengths come from ``app.core.counters.measure`` with the editable table of ``app.core.limits``, so
the checklist and the live counters always agree. A finding that several platforms share (same
rule, span and message) is reported once, listing them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from app.core import counters, xtext
from app.core.checklist.fields import analyse
from app.core.checklist.house import HouseRules
from app.core.checklist.model import BLOCKER, TIP, WARNING, Finding, frozen_params, new_finding
from app.core.checklist.spans import NfcMap
from app.core.domain import Platform
from app.core.draft import Draft
from app.core.limits import PlatformLimits, Unit
from app.core.textpieces import local_spans

TEXT_RULE: dict[str, str] = {
    Platform.X: "PLAT-X-1",
    Platform.FACEBOOK: "PLAT-FB",
    Platform.INSTAGRAM: "PLAT-IG",
    Platform.LINKEDIN: "PLAT-LI",
    Platform.YOUTUBE: "PLAT-YT",
    Platform.TIKTOK: "PLAT-TT",
    Platform.THREADS: "PLAT-TH",
}
PLATFORM_NAMES: dict[str, str] = {
    Platform.X: "X",
    Platform.FACEBOOK: "Facebook",
    Platform.INSTAGRAM: "Instagram",
    Platform.LINKEDIN: "LinkedIn",
    Platform.YOUTUBE: "YouTube",
    Platform.TIKTOK: "TikTok",
    Platform.THREADS: "Threads",
    Platform.WEBSITE: "the website",
}
UNIT_NAMES: dict[str, str] = {
    Unit.WEIGHTED: "weighted characters",
    Unit.CODEPOINTS: "characters",
    Unit.UTF8_BYTES: "bytes",
    Unit.EMOJI_UTF8_BYTES: "characters (emoji count as their bytes)",
}
_KNOWN = frozenset(p.value for p in Platform)
_X_HEAVY_MARKS = regex.compile(r"[\u200e\u200f\u2066-\u2069]")
_ANGLE = regex.compile(r"[<>]+")
# How much longer than len(text) a measure other than X's can be: NFC at most triples a text,
# and a code point is at most 4 bytes of UTF-8.
_MAX_GROWTH = 12


class _Merger:
    """Collects findings, merging those that differ only by platform."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.found: dict[tuple, tuple[dict, list[str]]] = {}

    def add(
        self,
        platform: str | None,
        rule: str,
        severity: str,
        code: str,
        span: tuple[int, int],
        message: str,
        params: dict | None = None,
        fix: str | None = None,
    ) -> None:
        key = (rule, severity, code, span, message, fix)
        entry = self.found.setdefault(key, (params or {}, []))
        if platform is not None and str(platform) not in entry[1]:
            entry[1].append(str(platform))

    def findings(self) -> tuple[Finding, ...]:
        return tuple(
            new_finding(
                rule,
                severity,
                self.field,
                span[0],
                span[1],
                tuple(platforms),
                message,
                fix,
                code,
                frozen_params(params),
            )
            for (rule, severity, code, span, message, fix), (params, platforms) in (
                self.found.items()
            )
        )


def _known(platforms: Iterable[str]) -> list[str]:
    return [p for p in platforms if p in _KNOWN]


def over_index(text: str, nfc: NfcMap, limit: int, unit: str) -> int:
    """Index in ``text`` (as typed) of the first character past ``limit``."""
    normal = nfc.text
    if unit == Unit.WEIGHTED:
        parse = xtext.parse_tweet(text, max_weighted=limit)
        if parse.text == text:
            return parse.valid_end
        _, offsets = xtext.normalize_with_offsets(text)
        return offsets[parse.valid_end] if offsets is not None else parse.valid_end
    if unit == Unit.UTF8_BYTES:
        data = normal.encode("utf-8", "surrogatepass")
        cut = min(limit, len(data))
        while 0 < cut < len(data) and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        return nfc.start(len(data[:cut].decode("utf-8", "surrogatepass")))
    if unit == Unit.EMOJI_UTF8_BYTES:
        used = pos = 0
        for s, e in xtext.find_emoji(normal, current=True):
            if used + (s - pos) > limit:
                return nfc.start(pos + (limit - used))
            used += s - pos
            weight = len(normal[s:e].encode("utf-8", "surrogatepass"))
            if used + weight > limit:
                return nfc.start(s)
            used += weight
            pos = e
        return nfc.start(min(len(normal), pos + (limit - used)))
    return nfc.start(min(limit, len(normal)))


@lru_cache(maxsize=128)
def check_platforms(
    text: str,
    lang: str,
    field: str,
    platforms: tuple[str, ...],
    limits: PlatformLimits,
    x_premium: bool,
    house: HouseRules,
) -> tuple[Finding, ...]:
    """The platform rules on one text that goes out on ``platforms``; cached."""
    nfc, scan = analyse(text)
    merged = _Merger(field)
    end = len(text)
    known = _known(platforms)
    for p in known:
        limit = limits.text_limit(p, x_premium=x_premium)
        if limit is None or (p != Platform.X and len(text) * _MAX_GROWTH <= limit):
            pass  # cannot be over: skip measuring
        elif (count := counters.measure(p, text, limits, x_premium=x_premium)).over:
            assert count.limit is not None
            rule = "PLAT-X-2" if p == Platform.X and x_premium else TEXT_RULE[p]
            start = over_index(text, nfc, count.limit, count.unit)
            merged.add(
                p,
                rule,
                BLOCKER,
                "too_long",
                (min(start, end), end),
                f"{count.length} {UNIT_NAMES[count.unit]} on {PLATFORM_NAMES[p]}: "
                f"the limit is {count.limit}",
                {"length": count.length, "limit": count.limit, "unit": count.unit},
            )
        links = limits.link_cap(p)
        if links is not None and len(scan.urls) > links:
            extra = scan.urls[links:]
            merged.add(
                p,
                TEXT_RULE[p],
                BLOCKER,
                "too_many_links",
                nfc.span(extra[0][0], extra[-1][1]),
                f"{len(scan.urls)} links: {PLATFORM_NAMES[p]} allows at most {links}",
                {"count": len(scan.urls), "limit": links},
            )
        if p == Platform.YOUTUBE and ("<" in text or ">" in text):
            for m in _ANGLE.finditer(nfc.text):
                merged.add(
                    p,
                    "PLAT-YT",
                    BLOCKER,
                    "angle_brackets",
                    nfc.span(*m.span()),
                    "YouTube refuses < and > in a description",
                )
        if p == Platform.X and scan.top >= "\u200e":
            marks = local_spans(_X_HEAVY_MARKS, nfc.text)  # single characters
            if marks:
                merged.add(
                    p,
                    "AR-BIDI-4",
                    TIP,
                    "marks_weigh_2",
                    nfc.span(*marks[0]),
                    f"{len(marks)} direction marks here count 2 each on X",
                    {"count": len(marks)},
                )
    # A11Y-HASH-4: over a platform's cap (B), else over the house rule (W)
    tags = scan.hashtags
    house_max = limits.house_hashtags
    for p in known or [None]:
        cap = limits.hashtag_cap(p) if p is not None else None
        if cap is not None and len(tags) > cap:
            merged.add(
                p,
                "A11Y-HASH-4",
                BLOCKER,
                "over_cap",
                nfc.span(tags[cap][0], tags[-1][1]),
                f"{len(tags)} hashtags: {PLATFORM_NAMES[p]} allows at most {cap}",
                {"count": len(tags), "limit": cap},
            )
        elif len(tags) > house_max:
            merged.add(
                p,
                "A11Y-HASH-4",
                WARNING,
                "over_house",
                nfc.span(tags[house_max][0], tags[-1][1]),
                f"{len(tags)} hashtags: use at most {house_max}",
                {"count": len(tags), "limit": house_max},
            )
    return merged.findings()


def check_alt_length(
    alt: str, field: str, platforms: Iterable[str], limits: PlatformLimits, house: HouseRules
) -> tuple[Finding, ...]:
    """A11Y-ALT-2: over a platform's alt-text cap (B), else over the house heuristic (W)."""
    nfc, _ = analyse(alt)
    length = len(nfc.text)
    merged = _Merger(field)
    end = len(alt)
    for p in _known(platforms):
        cap = limits.alt_text_cap(p)
        if cap is not None and length > cap:
            merged.add(
                p,
                "A11Y-ALT-2",
                BLOCKER,
                "over_cap",
                (nfc.start(cap), end),
                f"The alt text has {length} characters: {PLATFORM_NAMES[p]} allows {cap}",
                {"length": length, "limit": cap},
            )
    if not merged.found and length > limits.alt_text_heuristic:
        soft = limits.alt_text_heuristic
        merged.add(
            None,
            "A11Y-ALT-2",
            WARNING,
            "long",
            (nfc.start(soft), end),
            f"The alt text has {length} characters: keep it under {soft} and move detail "
            "into the post",
            {"length": length, "limit": soft},
        )
    return merged.findings()


def check_title(draft: Draft, limits: PlatformLimits) -> tuple[Finding, ...]:
    """PLAT-YT on the title (used as the YouTube video's title): length and < >."""
    if Platform.YOUTUBE not in draft.platforms or not draft.title:
        return ()
    title = draft.title
    nfc, _ = analyse(title)
    merged = _Merger("title")
    count = counters.measure(Platform.YOUTUBE, title, limits, part="title")
    if count.over and count.limit is not None:
        merged.add(
            Platform.YOUTUBE,
            "PLAT-YT",
            BLOCKER,
            "title_too_long",
            (nfc.start(count.limit), len(title)),
            f"The title has {count.length} characters: YouTube allows {count.limit}",
            {"length": count.length, "limit": count.limit},
        )
    for m in _ANGLE.finditer(nfc.text):
        merged.add(
            Platform.YOUTUBE,
            "PLAT-YT",
            BLOCKER,
            "angle_brackets",
            nfc.span(*m.span()),
            "YouTube refuses < and > in a title",
        )
    return merged.findings()
