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
