"""Live per-platform character counters of the post editor (SPEC §3, checklist.md §3).

:func:`measure` measures one text against one platform's limit from the table in
``app.core.limits``; :func:`measure_all` measures a whole :class:`~app.core.draft.Draft`: each
target platform's Arabic and English text (``Draft.text_for``). Each is fast enough to run on
every keystroke (X uses ``app.core.xtext``, whose last results are cached, so the checklist's
PLAT-X-1 costs nothing more for the same text).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from app.core import xtext
from app.core.domain import Platform
from app.core.limits import DEFAULT_LIMITS, PlatformLimits, Unit

if TYPE_CHECKING:
    from app.core.draft import Draft

LANGS = ("ar", "en")
PARTS = ("text", "title", "alt")


@dataclass(frozen=True, slots=True)
class Count:
    """One counter: ``length`` of a text against ``limit`` (None: no limit), in ``unit``."""

    platform: str
    length: int
    limit: int | None
    unit: str  # a limits.Unit value: "weighted", "codepoints", "utf8_bytes", ...
    over: bool
    remaining: int | None  # limit - length (negative when over); None without a limit
    lang: str = ""  # "ar" or "en" from measure_all
    part: str = "text"  # "text", "title" (YouTube) or "alt"


def measure(
    platform: str,
    text: str,
    limits: PlatformLimits = DEFAULT_LIMITS,
    *,
    x_premium: bool = False,
    part: str = "text",
    lang: str = "",
) -> Count:
    """Measure ``text`` as ``part`` of a post on ``platform``.

    ``part``: "text" (the post; its unit depends on the platform), "title" (YouTube's title,
    code points) or "alt" (an image's alt text, code points). Raises ValueError for an unknown
    platform or part; never for the text itself.
    """
    unit = Unit.CODEPOINTS
    if part == "text":
        limit = limits.text_limit(platform, x_premium=x_premium)
        unit = limits.text_unit(platform)
        if unit is Unit.WEIGHTED:
            max_weighted = limit if limit is not None else xtext.MAX_WEIGHTED_LENGTH
            length = xtext.parse_tweet(text, max_weighted=max_weighted).weighted_length
        elif unit is Unit.UTF8_BYTES:
            length = utf8_length(text)
        elif unit is Unit.EMOJI_UTF8_BYTES:
            length = threads_length(text)
        else:
            length = codepoint_length(text)
    elif part == "title":
        limit = limits.title_limit(platform)
        length = codepoint_length(text)
    elif part == "alt":
        limit = limits.alt_text_cap(platform)
        length = codepoint_length(text)
    else:
        raise ValueError(f"unknown part {part!r} (one of: {', '.join(PARTS)})")
    return Count(
        platform=str(platform),
        length=length,
        limit=limit,
        unit=unit.value,
        over=limit is not None and length > limit,
        remaining=None if limit is None else limit - length,
        lang=lang,
        part=part,
    )


def measure_all(draft: Draft, limits: PlatformLimits = DEFAULT_LIMITS) -> list[Count]:
    """A counter per target platform of ``draft`` and per language (Arabic first).

    Platforms the app does not know are skipped (a stored post never breaks the editor).
    """
    platforms = tuple(p for p in draft.platforms if p in _KNOWN)
    x_premium = draft.x_premium
    ar = _measure_texts(
        platforms, tuple(draft.text_for(p, "ar") for p in platforms), limits, x_premium, "ar"
    )
    en = _measure_texts(
        platforms, tuple(draft.text_for(p, "en") for p in platforms), limits, x_premium, "en"
    )
    counts: list[Count] = []
    for a, e in zip(ar, en, strict=True):
        counts.append(a)
        counts.append(e)
    return counts


_KNOWN = frozenset(p.value for p in Platform)


# Counts are immutable and a keystroke changes one text: the other language's counts (the
# English text's on every platform, while the officer types Arabic) come from here.
@lru_cache(maxsize=32)
def _measure_texts(
    platforms: tuple[str, ...],
    texts: tuple[str, ...],
    limits: PlatformLimits,
    x_premium: bool,
    lang: str,
) -> tuple[Count, ...]:
    return tuple(
        measure(p, text, limits, x_premium=x_premium, lang=lang)
        for p, text in zip(platforms, texts, strict=True)
    )


# --- units ----------------------------------------------------------------------------------------


# The functions below are pure and cached: on a keystroke only one of a draft's texts changes,
# and the same text is measured for several platforms.


@lru_cache(maxsize=32)
def nfc(text: str) -> str:
    """``text`` in NFC (cheap when it already is, as typed text nearly always is)."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def codepoint_length(text: str) -> int:
    """Unicode code points after NFC (a surrogate pair is one code point)."""
    return len(nfc(text))


@lru_cache(maxsize=32)
def utf8_length(text: str) -> int:
    """Bytes of UTF-8 after NFC (YouTube descriptions). Never raises on lone surrogates."""
    return len(nfc(text).encode("utf-8", "surrogatepass"))


@lru_cache(maxsize=32)
def threads_length(text: str) -> int:
    """Threads: code points after NFC, except that each emoji counts as its UTF-8 bytes.

    Emoji are the sequences of the installed ``emoji`` package (the newest version, skin-tone
    and ZWJ sequences whole): 👍 counts 4, 👍🏽 8, a family of four 25.
    """
    normal = nfc(text)
    length = len(normal)
    for start, end in xtext.find_emoji(normal, current=True):
        piece = normal[start:end]
        length += len(piece.encode("utf-8", "surrogatepass")) - len(piece)
    return length
