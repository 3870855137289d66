"""The X counter (app.core.xtext) against twitter-text v3.

The reference is PyPI ``twitter-text-parser`` (import name ``twitter_text``), a port of
twitter-text's ``parseTweet``; it is a test-only dependency. Every explicit case states the
expected weighted length worked out by hand from checklist.md PLAT-X-1 *and* checks that the
reference agrees, so a wrong expectation and a wrong implementation both show.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import xtext

twitter_text = pytest.importorskip("twitter_text")

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "twitter_text_conformance_v3.json"


def reference(text: str) -> dict:
    """twitter_text.parse_tweet as a dict of twitter-text's field names."""
    return twitter_text.parse_tweet(text).asdict()


def mine(text: str, **kwargs) -> dict:
    """xtext.parse_tweet_uncached in twitter-text's field names."""
    got = xtext.parse_tweet_uncached(text, **kwargs)
    return {
        "weightedLength": got.weighted_length,
        "valid": got.valid,
        "permillage": got.permillage,
        "displayRangeStart": got.display_range[0],
        "displayRangeEnd": got.display_range[1],
        "validRangeStart": got.valid_range[0],
        "validRangeEnd": got.valid_range[1],
    }


# --- the regexes and data are twitter-text's ------------------------------------------------------


def test_url_patterns_are_the_references_exactly() -> None:
    from twitter_text.regexp.extract_url import extract_url
    from twitter_text.regexp.valid_ascii_domain import valid_ascii_domain
    from twitter_text.regexp.valid_tco_url import valid_tco_url

    assert extract_url.pattern == xtext.EXTRACT_URL_PATTERN
    assert valid_ascii_domain.pattern == xtext.VALID_ASCII_DOMAIN_PATTERN
    assert valid_tco_url.pattern == xtext.VALID_TCO_URL_PATTERN
    compiled = xtext.url_regexes()
    assert [r.flags for r in compiled] == [
        extract_url.flags,
        valid_ascii_domain.flags,
        valid_tco_url.flags,
    ]


def test_emoji_table_is_the_references_emoji_list() -> None:
    from twitter_text.regexp.emoji import emoji_list

    expected = {"".join(chr(int(cp, 16)) for cp in e.codepoint.split()) for e in emoji_list}
    assert len(expected) == 3827
    assert xtext._twitter_emoji().sequences == expected


def test_runtime_does_not_import_the_reference() -> None:
    source = Path(xtext.__file__).read_text(encoding="utf-8")
    assert "import twitter_text" not in source
    assert "from twitter_text" not in source


# --- explicit cases -------------------------------------------------------------------------------

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"

CASES: list[tuple[str, str, int, bool]] = [
    # (what, text, weighted length, valid)
    ("empty", "", 0, False),
    ("https URL", "https://example.com", 23, True),
    ("http URL with path", "http://example.com/path", 23, True),
    ("bare domain", "example.com", 23, True),
    ("bare domain then a full stop", "Visit example.com.", 6 + 23 + 1, True),
    ("bare ccTLD domain with path and query", "example.co.jp/path?q=1", 23, True),
    ("t.co bare", "t.co", 23, True),
    ("t.co link", "https://t.co/abc123", 23, True),
    ("URL inside Arabic", "راجع https://modee.gov.jo/ar اليوم", 5 + 23 + 6, True),
    ("URL in brackets then comma", "(https://example.com),", 1 + 23 + 2, True),
    ("URL path ending with a full stop", "https://example.com/path.", 23 + 1, True),
    ("bare domain with Arabic path", "www.example.com/عربي", 23 + 4, True),
    ("bare domain, query without path", "example.com?q=1", 23 + 4, True),
    ("bare domain after Arabic-Indic digits", "١٢٣example.com", 3 + 23, True),
    ("bare domain after RLM", "\u200fmodee.gov.jo", 2 + 23, True),
    ("bare domain after colon", "see:example.com", 4 + 23, True),
    ("Arabic then bare domain then stop", "موقع الوزارة modee.gov.jo.", 13 + 23 + 1, True),
    ("domain glued to an Arabic word is not a URL", "الموقعexample.com", 17, True),
    ("unknown TLD is not a URL", "example.invalidtld", 18, True),
    ("file name is not a URL", "report.pdf", 10, True),
    ("but .md is Moldova", "readme.md", 23, True),
    ("ftp is not a protocol, the domain after // is refused", "ftp://example.com", 17, True),
    ("e-mail address is not a URL", "user@example.com", 16, True),
    ("mention-like is not a URL", "@example.com", 12, True),
    ("label over 63 characters is not a domain", "randomurl" * 7 + "s.com", 68, True),
    ("emoji", "👍", 2, True),
    ("emoji with skin tone", "👍🏽", 2, True),
    ("ZWJ family", FAMILY, 2, True),
    ("ZWJ profession with VS16", "👩\u200d⚕\ufe0f", 2, True),
    ("flag", "🇯🇴", 2, True),
    ("lone regional indicator", "🇯", 2, True),
    ("keycap digit", "1\ufe0f\u20e3", 2, True),
    ("keycap hash", "#\ufe0f\u20e3", 2, True),
    ("keycap star", "*\ufe0f\u20e3", 2, True),
    ("digit and hash are not emoji", "#1", 2, True),
    ("heart with VS16", "❤\ufe0f", 2, True),
    ("heart without VS16", "❤", 2, True),
    ("copyright sign is an emoji for twitter-text", "©", 2, True),
    ("registered sign is an emoji for twitter-text", "®", 2, True),
    ("lone skin tone", "🏽", 2, True),
    ("Emoji 14 single code point", "🫠", 2, True),
    ("Emoji 13.1 ZWJ sequence counts per part", "❤\ufe0f\u200d🔥", 2 + 1 + 2, True),
    ("CJK", "日本語", 6, True),
    ("Arabic with diacritics", "مُحَمَّد", 8, True),
    ("Arabic presentation forms", "ﻣﺮﺣﺒﺎ", 10, True),
    ("Arabic ligature presentation form", "ﷺ", 2, True),
    ("LRM weighs 2", "a\u200eb", 4, True),
    ("RLM weighs 2", "a\u200fb", 4, True),
    ("LRI weighs 2", "a\u2066b", 4, True),
    ("RLI weighs 2", "a\u2067b", 4, True),
    ("FSI weighs 2", "a\u2068b", 4, True),
    ("PDI weighs 2", "a\u2069b", 4, True),
    ("ALM weighs 1", "a\u061cb", 3, True),
    ("ZWNJ weighs 1", "a\u200cb", 3, True),
    ("ZWJ weighs 1", "a\u200db", 3, True),
    ("BOM is invalid", "abc\ufeff", 5, False),
    ("U+FFFE is invalid", "\ufffe", 2, False),
    ("U+FFFF is invalid", "\uffff", 2, False),
    ("ellipsis weighs 2", "…", 2, True),
    ("curly quotes weigh 1", "“quoted”", 8, True),
    ("astral letter counts once, as 2", "𝐀", 2, True),
    ("CRLF counts as one", "a\r\nb", 3, True),
    ("decomposed é counts as one", "e\u0301", 1, True),
    ("exactly 280", "a" * 280, 280, True),
    ("281", "a" * 281, 281, False),
    ("280 Arabic letters", "ب" * 280, 280, True),
    ("140 emoji", "😷" * 140, 280, True),
    ("141 emoji", "😷" * 141, 282, False),
]


@pytest.mark.parametrize(("what", "text", "length", "valid"), CASES, ids=[c[0] for c in CASES])
def test_explicit_case(what: str, text: str, length: int, valid: bool) -> None:
    ref = reference(text)
    assert (ref["weightedLength"], ref["valid"]) == (length, valid), "expectation vs reference"
    assert mine(text) == ref
    assert xtext.weighted_length(text) == length


def test_url_and_emoji_spans_index_the_normalised_text() -> None:
    text = "راجع https://modee.gov.jo/ar اليوم 👍🏽 و example.com"
    got = xtext.parse_tweet(text)
    assert [got.text[a:b] for a, b in got.urls] == ["https://modee.gov.jo/ar", "example.com"]
    assert [got.text[a:b] for a, b in got.emoji] == ["👍🏽"]
    assert got.weighted_length == 5 + 23 + 7 + 2 + 3 + 23


def test_spans_match_the_references_extractors() -> None:
    text = "Hi http://t.co/x1 and 日本.example.com/p, 🇯🇴 1\ufe0f\u20e3 ❤\ufe0f\u200d🔥 (a.b.co)"
    got = xtext.parse_tweet(text)
    refs = twitter_text.extract_urls_with_indices(text)
    assert list(got.urls) == [tuple(u["indices"]) for u in refs]
    emoji = twitter_text.extract_emojis_with_indices(text)
    assert list(got.emoji) == [tuple(e["indices"]) for e in emoji]


def test_valid_end_is_where_the_text_stops_fitting() -> None:
    assert xtext.parse_tweet("a" * 300).valid_end == 280
    assert xtext.parse_tweet("a" * 279 + "😷").valid_end == 279  # the emoji would make 281
    assert xtext.parse_tweet("a" * 278 + "😷b").valid_end == 279  # the emoji fits, "b" not
    assert xtext.parse_tweet("a" * 270 + " https://example.com").valid_end == 271
    assert xtext.parse_tweet("ab\ufeffcd").valid_end == 2  # stops at the invalid character
    assert xtext.parse_tweet("short").valid_end == 5
    assert xtext.parse_tweet("").valid_end == 0


def test_premium_limit() -> None:
    text = "ب" * 3000
    assert not xtext.parse_tweet(text).valid
    got = xtext.parse_tweet(text, max_weighted=xtext.PREMIUM_MAX_WEIGHTED_LENGTH)
    assert got.valid and got.weighted_length == 3000 and got.remaining == 22_000
    assert got.valid_end == 3000
    assert mine(text, max_weighted=25_000)["permillage"] == 120


def test_max_weighted_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_weighted"):
        xtext.parse_tweet("a", max_weighted=0)


def test_remaining_and_over() -> None:
    got = xtext.parse_tweet("a" * 281)
    assert got.over and got.remaining == -1
    got = xtext.parse_tweet("a" * 280)
    assert not got.over and got.remaining == 0


def test_cached_and_uncached_agree() -> None:
    text = "مرحبا https://example.com 👍🏽"
    assert xtext.parse_tweet(text) == xtext.parse_tweet_uncached(text)
    assert xtext.parse_tweet(text) is xtext.parse_tweet(text)


# --- twitter-text's conformance cases -------------------------------------------------------------

CONFORMANCE = json.loads(FIXTURE.read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CONFORMANCE, ids=[c["description"] for c in CONFORMANCE])
def test_conformance_case(case: dict) -> None:
    assert reference(case["text"]) == case["expected"]
    assert mine(case["text"]) == case["expected"]


# --- normalisation offsets ------------------------------------------------------------------------


def test_offsets_when_nothing_changes() -> None:
    assert xtext.normalize_with_offsets("مرحبا\nhello") == ("مرحبا\nhello", None)


def test_offsets_map_back_through_composition_and_line_endings() -> None:
    original = "e\u0301t\u00e9 a\r\nb https://x.com"
    normal, offsets = xtext.normalize_with_offsets(original)
    assert normal == "été a\nb https://x.com"
    assert offsets is not None and len(offsets) == len(normal) + 1
    got = xtext.parse_tweet(original)
    assert got.text == normal
    (start, end), = got.urls
    assert original[offsets[start] : offsets[end]] == "https://x.com"
    assert original[offsets[0] : offsets[1]] == "e\u0301"
    assert original[offsets[5] : offsets[6]] == "\r\n"


def test_offsets_survive_composition_across_starters() -> None:
    # Hangul L + V (both starters) compose; Indic two-part vowels too.
    original = "x\u1100\u1161y \u0b47\u0b3e"
    normal, offsets = xtext.normalize_with_offsets(original)
    assert normal == unicodedata.normalize("NFC", original)
    assert offsets is not None and offsets[-1] == len(original)
    assert list(offsets) == sorted(offsets)
    assert original[offsets[normal.index("y")]] == "y"


# --- properties -----------------------------------------------------------------------------------

ARABIC_WORDS = ["مرحبا", "الوزارة", "مُحَمَّد", "ﻣﺮﺣﺒﺎ", "١٤٤٦هـ", "التحول_الرقمي", "٬", "؟"]
EMOJI = ["👍", "👍🏽", FAMILY, "👩\u200d⚕\ufe0f", "🇯🇴", "🇯", "1\ufe0f\u20e3", "#\u20e3", "❤",
         "❤\ufe0f\u200d🔥", "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
         "©", "🏽", "\u200d", "\ufe0f", "☺"]
URLS = ["https://example.com", "http://modee.gov.jo/ar/news?id=1", "example.com", "t.co",
        "example.co.jp/path?q=1", "www.example.com/", "https://t.co/abc", "x.y", "a.b.c.d",
        "foo.بارت", "http://☃.net/", "example.invalidtld", "http://192.168.0.1/x", "a-b.com",
        "readme.md", "ftp://x.org", "user@mail.com", "#tag.com", "http://example.com/(a)",
        "ünïcode.com", "xn--mgbh0fb.xn--kgbechtv"]
PUNCT = [" ", "  ", "\n", "\r\n", "\r", ".", ",", "،", "(", ")", "/", "-", "_", "@", "#", "…",
         "“", "\u200e", "\u200f", "\u2066", "\u2069", "\u061c", "\u00a0", "\u3000", "\ufeff",
         "\u0301", "e\u0301", "日本", "A", "z", "9"]
PIECE = st.sampled_from(ARABIC_WORDS + EMOJI + URLS + PUNCT) | st.text(max_size=4)
MIXED = st.lists(PIECE, max_size=40).map("".join)
ANY_TEXT = st.text(max_size=300)
ALL_CODE_POINTS = st.text(st.characters(exclude_categories=()), max_size=200)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED)
def test_mixed_text_agrees_with_reference(text: str) -> None:
    assert mine(text) == reference(text)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_any_text_agrees_with_reference(text: str) -> None:
    assert mine(text) == reference(text)


@settings(max_examples=150, deadline=None)
@given(MIXED, st.integers(min_value=1, max_value=400))
def test_other_limits_agree_with_reference(text: str, limit: int) -> None:
    from twitter_text.config import config

    options = dict(config["defaults"], max_weighted_tweet_length=limit)
    expected = twitter_text.parse_tweet(text, options).asdict()
    assert mine(text, max_weighted=limit) == expected


@settings(max_examples=300, deadline=None)
@given(ALL_CODE_POINTS)
def test_any_code_points_never_raise(text: str) -> None:
    got = xtext.parse_tweet_uncached(text)
    assert got.weighted_length >= len(got.text)
    assert 0 <= got.valid_end <= len(got.text)
    for start, end in (*got.urls, *got.emoji):
        assert 0 <= start < end <= len(got.text)
    normal, offsets = xtext.normalize_with_offsets(text)
    assert normal == got.text
    if offsets is not None:
        assert len(offsets) == len(normal) + 1 and offsets[-1] == len(text)
        assert list(offsets) == sorted(offsets)
