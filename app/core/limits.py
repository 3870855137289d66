"""The one editable table of platform limits (checklist.md §3, A11Y-ALT-2, A11Y-HASH-4).

Every number here came from a third-party source that may change, so a user can override any of
them in Settings. The services store only the overrides, as a JSON object under the setting key
:data:`SETTING_KEY` (``{"x_text": 280, "linkedin_alt_text": 1000}``);
:func:`limits_from_settings` turns that object back into a :class:`PlatformLimits`, refusing
unknown names and anything but positive whole numbers with a :class:`ValueError` that names the
key. An override is removed by leaving its key out.

Units (how a text is measured against its limit, :meth:`PlatformLimits.text_unit`):

- X: twitter-text v3 weighted length (``app.core.xtext``);
- YouTube description: bytes of UTF-8;
- Threads: code points, except that each emoji counts as its UTF-8 byte length;
- every other text: code points after NFC. The website has no limit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from app.core.domain import Platform

SETTING_KEY = "platform.limits"


class Unit(StrEnum):
    WEIGHTED = "weighted"  # X, twitter-text v3 (PLAT-X-1)
    CODEPOINTS = "codepoints"  # Unicode code points after NFC
    UTF8_BYTES = "utf8_bytes"  # UTF-8 bytes after NFC (YouTube description)
    EMOJI_UTF8_BYTES = "codepoints_emoji_utf8_bytes"  # code points, each emoji its UTF-8 bytes


def _limit(default: int | None, source: str) -> Any:
    return field(default=default, metadata={"source": source})


@dataclass(frozen=True)
class PlatformLimits:
    """Every limit, by name. ``None``: no cap is known (a user may still set one)."""

    # Text of a post (PLAT-*).
    x_text: int = _limit(280, "PLAT-X-1")
    x_premium_text: int = _limit(25_000, "PLAT-X-2")
    facebook_text: int = _limit(63_206, "PLAT-FB")
    instagram_caption: int = _limit(2_200, "PLAT-IG")
    linkedin_text: int = _limit(3_000, "PLAT-LI")
    youtube_title: int = _limit(100, "PLAT-YT")
    youtube_description_bytes: int = _limit(5_000, "PLAT-YT")
    tiktok_caption: int = _limit(2_200, "PLAT-TT")
    threads_text: int = _limit(500, "PLAT-TH")
    # Links and hashtags.
    threads_links: int = _limit(5, "PLAT-TH")
    instagram_hashtags: int = _limit(5, "PLAT-IG")
    youtube_hashtags: int = _limit(60, "PLAT-YT: more and all are ignored")
    house_hashtags: int = _limit(2, "A11Y-HASH-4 house rule")
    # Alt text, in code points (A11Y-ALT-2).
    x_alt_text: int = _limit(1_000, "PLAT-X-2")
    # Unverified (sources say 120, 256 or 1,000): the smallest, so that nothing is cut off.
    linkedin_alt_text: int | None = _limit(120, "PLAT-LI (unverified)")
    facebook_alt_text: int | None = _limit(None, "A11Y-ALT-2 (configurable)")
    instagram_alt_text: int | None = _limit(None, "A11Y-ALT-2 (configurable)")
    threads_alt_text: int | None = _limit(None, "A11Y-ALT-2 (configurable)")
    tiktok_alt_text: int | None = _limit(None, "A11Y-ALT-2 (configurable)")
    youtube_alt_text: int | None = _limit(None, "A11Y-ALT-2 (configurable)")
    alt_text_heuristic: int = _limit(250, "A11Y-ALT-2 heuristic: warn above")

    # --- by platform ---------------------------------------------------------------------

    def text_limit(self, platform: str, *, x_premium: bool = False) -> int | None:
        """The limit of a post's text on ``platform`` (in :meth:`text_unit`); None: no limit."""
        match _platform(platform):
            case Platform.X:
                return self.x_premium_text if x_premium else self.x_text
            case Platform.FACEBOOK:
                return self.facebook_text
            case Platform.INSTAGRAM:
                return self.instagram_caption
            case Platform.LINKEDIN:
                return self.linkedin_text
            case Platform.YOUTUBE:
                return self.youtube_description_bytes
            case Platform.TIKTOK:
                return self.tiktok_caption
            case Platform.THREADS:
                return self.threads_text
            case _:
                return None

    @staticmethod
    def text_unit(platform: str) -> Unit:
        """How a post's text on ``platform`` is measured."""
        match _platform(platform):
            case Platform.X:
                return Unit.WEIGHTED
            case Platform.YOUTUBE:
                return Unit.UTF8_BYTES
            case Platform.THREADS:
                return Unit.EMOJI_UTF8_BYTES
            case _:
                return Unit.CODEPOINTS

    def title_limit(self, platform: str) -> int | None:
        """The limit of a title, in code points (only YouTube has titles)."""
        return self.youtube_title if _platform(platform) is Platform.YOUTUBE else None

    def alt_text_cap(self, platform: str) -> int | None:
        """The alt-text cap on ``platform`` in code points; None: none known (A11Y-ALT-2)."""
        p = _platform(platform)
        return None if p is Platform.WEBSITE else getattr(self, f"{p.value}_alt_text")

    def hashtag_cap(self, platform: str) -> int | None:
        """The platform's own cap on hashtags (the house rule is :attr:`house_hashtags`)."""
        match _platform(platform):
            case Platform.INSTAGRAM:
                return self.instagram_hashtags
            case Platform.YOUTUBE:
                return self.youtube_hashtags
            case _:
                return None

    def link_cap(self, platform: str) -> int | None:
        """How many links a post may hold on ``platform``; None: no cap."""
        return self.threads_links if _platform(platform) is Platform.THREADS else None

    # --- settings ------------------------------------------------------------------------

    def to_settings(self) -> dict[str, int]:
        """The values that differ from :data:`DEFAULT_LIMITS`, as stored under SETTING_KEY."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) != getattr(DEFAULT_LIMITS, f.name)
            and getattr(self, f.name) is not None
        }


DEFAULT_LIMITS = PlatformLimits()
LIMIT_NAMES: tuple[str, ...] = tuple(f.name for f in fields(PlatformLimits))
LIMIT_SOURCES: dict[str, str] = {f.name: f.metadata["source"] for f in fields(PlatformLimits)}


def limits_from_settings(overrides: Mapping[str, Any] | None) -> PlatformLimits:
    """:data:`DEFAULT_LIMITS` with a user's ``overrides`` (the stored JSON object) applied.

    Raises ValueError naming the first bad key: an unknown name, or a value that is not a
    positive whole number (``true``, ``2.5``, ``"280"``, ``0`` and ``-1`` are all refused).
    """
    if overrides is None:
        return DEFAULT_LIMITS
    if not isinstance(overrides, Mapping):
        kind = type(overrides).__name__
        raise ValueError(f"platform limits must be an object of names and numbers, not {kind}")
    changes: dict[str, int] = {}
    for key, value in overrides.items():
        if key not in LIMIT_NAMES:
            raise ValueError(f"unknown platform limit {key!r}")
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError(
                f"platform limit {key!r} must be a positive whole number, not {value!r}"
            )
        changes[key] = value
    return replace(DEFAULT_LIMITS, **changes) if changes else DEFAULT_LIMITS


def _platform(platform: str) -> Platform:
    try:
        return Platform(platform)
    except ValueError:
        names = ", ".join(p.value for p in Platform)
        raise ValueError(f"unknown platform {platform!r} (one of: {names})") from None
