"""What the counters and the checklist look at: a post's content as plain values.

The editor, the services and ``bayan check`` all build a :class:`Draft` and hand it to
``app.core.checklist``; nothing here knows about the database or the screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class MediaInfo:
    """One attachment of a post, as the checklist needs it."""

    kind: str  # a MediaKind value: "image" (GIFs too), "video", "document"
    name: str = ""  # the original file name, for messages
    media_id: int | None = None
    alt_ar: str = ""
    alt_en: str = ""
    credit: str = ""
    licence: str = ""
    has_identifiable_people: bool = False
    people_count: int = 0  # identifiable people the officer listed
    consent_count: int = 0  # of them, those with a consent record
    has_captions_file: bool = False  # an SRT/VTT file is attached (A11Y-VID-1)
    burned_in_captions: bool = False
    contains_text: bool = False  # the officer ticked "image contains text" (A11Y-ALT-5)


@dataclass(frozen=True)
class QuietSpan:
    """A quiet period (electoral silence, mourning): no publishing unless it allows it."""

    starts_at: dt.datetime  # aware
    ends_at: dt.datetime  # aware
    name_ar: str = ""
    name_en: str = ""
    allows_publishing: bool = False


@dataclass(frozen=True)
class Draft:
    """The content of one post: Arabic first, English second, and its per-platform texts."""

    text_ar: str = ""
    text_en: str = ""
    platforms: tuple[str, ...] = ()
    # Per-platform overrides: platform -> (Arabic text or None, English text or None).
    variants: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    link: str = ""
    source_refs: str = ""
    title: str = ""
    media: tuple[MediaInfo, ...] = ()
    scheduled_at: dt.datetime | None = None  # aware
    quiet_periods: tuple[QuietSpan, ...] = ()
    x_premium: bool = False  # the X account may post up to 25,000 (PLAT-X-2)

    def text_for(self, platform: str, lang: str) -> str:
        """The text that goes out on ``platform`` in ``lang`` ("ar" or "en")."""
        override = self.variants.get(platform)
        if override is not None:
            chosen = override[0] if lang == "ar" else override[1]
            if chosen is not None:
                return chosen
        return self.text_ar if lang == "ar" else self.text_en
