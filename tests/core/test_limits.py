"""The table of platform limits (app.core.limits) and its validation of a user's overrides."""

from __future__ import annotations

import json

import pytest

from app.core.domain import Platform
from app.core.limits import (
    DEFAULT_LIMITS,
    LIMIT_NAMES,
    LIMIT_SOURCES,
    SETTING_KEY,
    PlatformLimits,
    Unit,
    limits_from_settings,
)


def test_defaults_follow_the_checklist() -> None:
    d = DEFAULT_LIMITS
    assert d.text_limit("x") == 280
    assert d.text_limit("x", x_premium=True) == 25_000
    assert d.text_limit("facebook") == 63_206
    assert d.text_limit("instagram") == 2_200
    assert d.text_limit("linkedin") == 3_000
    assert d.text_limit("youtube") == 5_000
    assert d.text_limit("tiktok") == 2_200
    assert d.text_limit("threads") == 500
    assert d.text_limit("website") is None
    assert d.title_limit("youtube") == 100
    assert d.title_limit("x") is None
    assert d.alt_text_cap("x") == 1_000
    assert d.alt_text_cap("linkedin") == 120
    assert d.alt_text_cap("facebook") is None
    assert d.alt_text_cap("website") is None
    assert d.hashtag_cap("instagram") == 5
    assert d.hashtag_cap("youtube") == 60
    assert d.hashtag_cap("x") is None
    assert d.link_cap("threads") == 5
    assert d.link_cap("facebook") is None
    assert d.house_hashtags == 2
    assert d.alt_text_heuristic == 250


def test_units() -> None:
    assert PlatformLimits.text_unit("x") is Unit.WEIGHTED
    assert PlatformLimits.text_unit("youtube") is Unit.UTF8_BYTES
    assert PlatformLimits.text_unit("threads") is Unit.EMOJI_UTF8_BYTES
    for platform in ("facebook", "instagram", "linkedin", "tiktok", "website"):
        assert PlatformLimits.text_unit(platform) is Unit.CODEPOINTS


def test_every_platform_has_an_answer() -> None:
    for platform in Platform:
        DEFAULT_LIMITS.text_limit(platform)
        DEFAULT_LIMITS.alt_text_cap(platform)
        DEFAULT_LIMITS.hashtag_cap(platform)
        assert isinstance(PlatformLimits.text_unit(platform), Unit)


def test_unknown_platform_is_named() -> None:
    with pytest.raises(ValueError, match="unknown platform 'myspace'"):
        DEFAULT_LIMITS.text_limit("myspace")


def test_every_limit_names_its_source() -> None:
    assert set(LIMIT_SOURCES) == set(LIMIT_NAMES)
    assert all(LIMIT_SOURCES.values())
    assert SETTING_KEY == "platform.limits"


def test_no_overrides_gives_the_defaults() -> None:
    assert limits_from_settings(None) is DEFAULT_LIMITS
    assert limits_from_settings({}) == DEFAULT_LIMITS
    assert DEFAULT_LIMITS.to_settings() == {}


def test_overrides_apply_and_round_trip_through_json() -> None:
    limits = limits_from_settings({"instagram_hashtags": 30, "linkedin_alt_text": 1_000,
                                   "facebook_alt_text": 500})
    assert limits.hashtag_cap("instagram") == 30
    assert limits.alt_text_cap("linkedin") == 1_000
    assert limits.alt_text_cap("facebook") == 500
    assert limits.text_limit("x") == 280  # untouched
    stored = json.loads(json.dumps(limits.to_settings()))
    assert stored == {"instagram_hashtags": 30, "linkedin_alt_text": 1_000,
                      "facebook_alt_text": 500}
    assert limits_from_settings(stored) == limits


def test_an_override_equal_to_the_default_is_not_stored() -> None:
    assert limits_from_settings({"x_text": 280}).to_settings() == {}


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"x_txt": 280}, "unknown platform limit 'x_txt'"),
        ({"x_text": 0}, "'x_text' must be a positive whole number, not 0"),
        ({"x_text": -5}, "'x_text' must be a positive whole number, not -5"),
        ({"x_text": 2.5}, "'x_text' must be a positive whole number, not 2.5"),
        ({"x_text": "280"}, "'x_text' must be a positive whole number, not '280'"),
        ({"x_text": True}, "'x_text' must be a positive whole number, not True"),
        ({"linkedin_alt_text": None}, "'linkedin_alt_text' must be a positive whole number"),
        ([("x_text", 280)], "must be an object of names and numbers, not list"),
    ],
)
def test_bad_overrides_are_refused_naming_the_key(overrides, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        limits_from_settings(overrides)


def test_limits_are_frozen() -> None:
    with pytest.raises(AttributeError):
        DEFAULT_LIMITS.x_text = 1  # type: ignore[misc]
