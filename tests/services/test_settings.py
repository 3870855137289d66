"""Workspace settings: the UI language and the time zone, validated before they are stored."""

from __future__ import annotations

import pytest

from app.errors import BayanError
from app.services.settings import (
    DEFAULT_LANGUAGE,
    LANGUAGE_KEY,
    TIMEZONE_KEY,
    SettingsService,
)
from app.services.workspace import OpenWorkspace
from app.store.fastread import FastReader


@pytest.fixture
def settings(workspace: OpenWorkspace) -> SettingsService:
    return SettingsService(workspace.sessions)


def fast_setting(workspace: OpenWorkspace, key: str) -> object:
    """What the GUI's first screen reads, without the ORM."""
    reader = FastReader(workspace.workspace.db_path)
    try:
        return reader.setting(key)
    finally:
        reader.close()


# --- language ----------------------------------------------------------------------------------


def test_language_defaults_to_arabic(settings: SettingsService) -> None:
    assert DEFAULT_LANGUAGE == "ar"
    assert settings.language() == "ar"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_language_round_trips(settings, workspace, language: str) -> None:
    settings.set_language("en" if language == "ar" else "ar")
    settings.set_language(language)

    assert settings.language() == language
    assert SettingsService(workspace.sessions).language() == language
    assert fast_setting(workspace, LANGUAGE_KEY) == language


@pytest.mark.parametrize("bad", ["fr", "", "EN", "english", "ar "])
def test_invalid_language_is_refused_and_nothing_changes(settings, workspace, bad: str) -> None:
    settings.set_language("en")

    with pytest.raises(BayanError) as caught:
        settings.set_language(bad)

    assert "\n" not in str(caught.value)
    assert settings.language() == "en"
    assert settings.get(LANGUAGE_KEY) == "en"


def test_unknown_stored_language_reads_as_the_default(settings) -> None:
    settings.set(LANGUAGE_KEY, "klingon")
    assert settings.language() == DEFAULT_LANGUAGE


# --- time zone ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Asia/Amman", "Europe/Berlin", "UTC", "America/Argentina/Salta"])
def test_timezone_round_trips(settings, workspace, name: str) -> None:
    settings.set_timezone(name)

    assert settings.timezone() == name
    assert fast_setting(workspace, TIMEZONE_KEY) == name


def test_timezone_is_stripped(settings) -> None:
    settings.set_timezone("  Asia/Amman\n")
    assert settings.get(TIMEZONE_KEY) == "Asia/Amman"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        "Mars/Olympus",
        "Asia/Amman/Extra",
        "../../etc/passwd",
        "/etc/localtime",
        "zone.tab",
    ],
)
def test_invalid_timezone_is_refused_and_nothing_changes(settings, bad: str) -> None:
    settings.set_timezone("Asia/Amman")

    with pytest.raises(BayanError) as caught:
        settings.set_timezone(bad)

    assert "\n" not in str(caught.value)
    assert settings.timezone() == "Asia/Amman"
    assert settings.get(TIMEZONE_KEY) == "Asia/Amman"


@pytest.mark.parametrize("region", ["Asia", "Europe", "America"])
def test_a_region_folder_is_not_a_timezone(settings, region: str) -> None:
    """ "Asia" names a folder of the zone database: refused like any other unknown name."""
    settings.set_timezone("Asia/Amman")

    with pytest.raises(BayanError):
        settings.set_timezone(region)

    assert settings.get(TIMEZONE_KEY) == "Asia/Amman"


def test_timezone_defaults_to_the_system_zone(settings, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    # tzlocal remembers the first answer of the process: any earlier test asking would win.
    monkeypatch.setattr("tzlocal.unix._cache_tz_name", None, raising=False)
    assert settings.timezone() == "Asia/Tokyo"
    settings.set(TIMEZONE_KEY, "Nowhere/Else")
    assert settings.timezone() == "Asia/Tokyo", "an unusable stored value falls back"
    settings.set_timezone("Asia/Amman")
    assert settings.timezone() == "Asia/Amman", "a stored zone wins over the system's"


def test_a_region_folder_in_tz_falls_back_to_utc(settings, monkeypatch) -> None:
    """An unusable ``TZ`` must not stop Bayan from starting: the time zone falls back."""
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("TZ", "Asia")
    name = settings.timezone()
    assert name != "Asia"
    assert ZoneInfo(name).key == name


# --- platform limits ---------------------------------------------------------------------------


def test_platform_limits_default_until_overridden(settings: SettingsService) -> None:
    from app.core.limits import DEFAULT_LIMITS

    assert settings.platform_limits() == DEFAULT_LIMITS
    limits = settings.set_platform_limits({"linkedin_alt_text": 1000, "x_text": 280})
    assert limits.linkedin_alt_text == 1000
    assert settings.platform_limits().linkedin_alt_text == 1000
    # Only what differs from the defaults is stored.
    assert settings.get("platform.limits") == {"linkedin_alt_text": 1000}
    settings.set_platform_limits({})
    assert settings.platform_limits() == DEFAULT_LIMITS


@pytest.mark.parametrize(
    ("values", "named"),
    [({"x_text": 0}, "x_text"), ({"x_text": "280"}, "x_text"), ({"tiktok": 5}, "tiktok")],
)
def test_bad_platform_limits_are_refused_and_nothing_changes(
    settings: SettingsService, values: dict, named: str
) -> None:
    settings.set_platform_limits({"instagram_hashtags": 30})
    with pytest.raises(BayanError, match=named):
        settings.set_platform_limits(values)
    assert settings.get("platform.limits") == {"instagram_hashtags": 30}


def test_stored_limits_that_no_longer_validate_fall_back_to_defaults(
    settings: SettingsService,
) -> None:
    from app.core.limits import DEFAULT_LIMITS

    settings.set("platform.limits", {"no_such_limit": 3})
    assert settings.platform_limits() == DEFAULT_LIMITS
