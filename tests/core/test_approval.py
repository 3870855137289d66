"""The rules of approval without storage: the content hash, one-time codes, lockout, URLs."""

from __future__ import annotations

import datetime as dt

import pyotp
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.approval import (
    LOCK_DURATION,
    MAX_FAILURES,
    ApprovedContent,
    ApprovedMedia,
    BadPublicationUrl,
    CodeRefused,
    after_failure,
    check_publication_url,
    content_hash,
    lock_remaining,
    match_code,
    new_secret,
    provisioning_uri,
    time_step,
)

NOW = dt.datetime(2026, 11, 25, 9, 0, 10, tzinfo=dt.UTC)
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

BASE = ApprovedContent(
    text_ar="نص عربي",
    text_en="English text",
    platforms=("x", "facebook"),
    variants={"x": ("نص لإكس", None), "facebook": (None, None)},
    link="https://example.org",
    media=(ApprovedMedia("a" * 64, "وصف", "alt"),),
)


def _with(**changes: object) -> ApprovedContent:
    values = {
        "text_ar": BASE.text_ar,
        "text_en": BASE.text_en,
        "platforms": BASE.platforms,
        "variants": BASE.variants,
        "link": BASE.link,
        "media": BASE.media,
    }
    values.update(changes)
    return ApprovedContent(**values)  # type: ignore[arg-type]


# --- content hash ----------------------------------------------------------------------------


def test_the_hash_is_sha256_hex_and_stable() -> None:
    digest = content_hash(BASE)
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert content_hash(_with()) == digest


def test_platform_order_and_empty_variants_do_not_change_the_hash() -> None:
    same = _with(platforms=("facebook", "x"), variants={"x": ("نص لإكس", None)})
    assert content_hash(same) == content_hash(BASE)


@pytest.mark.parametrize(
    "change",
    [
        {"text_ar": "نص عربي."},
        {"text_en": "English text."},
        {"platforms": ("x", "facebook", "instagram")},
        {"variants": {"x": ("نص آخر", None)}},
        {"variants": {"x": ("نص لإكس", "own English")}},
        {"link": "https://example.org/other"},
        {"media": ()},
        {"media": (ApprovedMedia("b" * 64, "وصف", "alt"),)},
        {"media": (ApprovedMedia("a" * 64, "وصف آخر", "alt"),)},
        {"media": (ApprovedMedia("a" * 64, "وصف", "other alt"),)},
        {
            "media": (
                ApprovedMedia("a" * 64, "وصف", "alt"),
                ApprovedMedia("c" * 64),
            )
        },
    ],
    ids=lambda c: ",".join(c),
)
def test_every_covered_part_changes_the_hash(change: dict[str, object]) -> None:
    assert content_hash(_with(**change)) != content_hash(BASE)


def test_media_order_is_part_of_the_content() -> None:
    one, two = ApprovedMedia("a" * 64), ApprovedMedia("b" * 64)
    assert content_hash(_with(media=(one, two))) != content_hash(_with(media=(two, one)))


def test_fields_cannot_be_shifted_into_each_other() -> None:
    # The canonical form is structured JSON: moving text between fields changes the hash.
    a = _with(text_ar="ab", text_en="")
    b = _with(text_ar="a", text_en="b")
    assert content_hash(a) != content_hash(b)


# --- one-time codes --------------------------------------------------------------------------


def test_the_current_code_matches_its_step() -> None:
    code = pyotp.TOTP(SECRET).at(NOW)
    assert match_code(SECRET, code, NOW, None) == time_step(NOW)


@pytest.mark.parametrize("offset", [-1, 1])
def test_one_step_of_drift_either_way(offset: int) -> None:
    code = pyotp.TOTP(SECRET).at(NOW + dt.timedelta(seconds=30 * offset))
    assert match_code(SECRET, code, NOW, None) == time_step(NOW) + offset


@pytest.mark.parametrize("offset", [-2, 2])
def test_two_steps_away_is_wrong(offset: int) -> None:
    code = pyotp.TOTP(SECRET).at(NOW + dt.timedelta(seconds=30 * offset))
    # A code two steps away can collide with a nearer one by chance (1 in a million): skip it.
    near = {pyotp.TOTP(SECRET).at(NOW + dt.timedelta(seconds=30 * k)) for k in (-1, 0, 1)}
    if code in near:
        pytest.skip("code collision")
    with pytest.raises(CodeRefused) as refused:
        match_code(SECRET, code, NOW, None)
    assert refused.value.reason == "wrong"


def test_a_code_is_accepted_once() -> None:
    code = pyotp.TOTP(SECRET).at(NOW)
    step = match_code(SECRET, code, NOW, None)
    with pytest.raises(CodeRefused) as refused:
        match_code(SECRET, code, NOW + dt.timedelta(seconds=5), step)
    assert refused.value.reason == "reused"
    assert "already used" in str(refused.value)


def test_an_older_code_after_a_newer_one_is_reused() -> None:
    newer = pyotp.TOTP(SECRET).at(NOW + dt.timedelta(seconds=30))
    step = match_code(SECRET, newer, NOW, None)
    older = pyotp.TOTP(SECRET).at(NOW)
    with pytest.raises(CodeRefused) as refused:
        match_code(SECRET, older, NOW, step)
    assert refused.value.reason == "reused"


def test_the_next_code_after_a_used_one_is_accepted() -> None:
    step = match_code(SECRET, pyotp.TOTP(SECRET).at(NOW), NOW, None)
    later = NOW + dt.timedelta(seconds=30)
    assert match_code(SECRET, pyotp.TOTP(SECRET).at(later), later, step) == step + 1


def test_spaces_and_arabic_indic_digits_are_read() -> None:
    code = pyotp.TOTP(SECRET).at(NOW)
    arabic = code.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert match_code(SECRET, f"{arabic[:3]} {arabic[3:]}", NOW, None) == time_step(NOW)


@pytest.mark.parametrize("code", ["", "12345", "1234567", "12a456", "１２３４５６", "١٢٣٤٥"])
def test_malformed_codes(code: str) -> None:
    with pytest.raises(CodeRefused) as refused:
        match_code(SECRET, code, NOW, None)
    assert refused.value.reason == "format"


@given(st.text(max_size=20))
def test_any_text_is_refused_or_matched_never_raises_otherwise(code: str) -> None:
    try:
        step = match_code(SECRET, code, NOW, None)
    except CodeRefused as refused:
        assert refused.reason in ("format", "wrong", "reused")
        # A fixed message: what was typed is never echoed back.
        assert str(refused) == str(CodeRefused(refused.reason))
    else:
        assert abs(step - time_step(NOW)) <= 1


def test_new_secrets_are_160_bits_and_differ() -> None:
    one, two = new_secret(), new_secret()
    assert one != two
    assert len(one) == 32 and set(one) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def test_provisioning_uri() -> None:
    uri = provisioning_uri(SECRET, "هيفاء", "الهيئة")
    parsed = pyotp.parse_uri(uri)
    assert parsed.secret == SECRET
    assert parsed.issuer == "Bayan"
    assert parsed.digits == 6 and parsed.interval == 30
    assert "هيفاء" in parsed.name and "الهيئة" in parsed.name


# --- lockout ---------------------------------------------------------------------------------


def test_four_failures_do_not_lock_the_fifth_does() -> None:
    failures, until = 0, None
    for _ in range(MAX_FAILURES - 1):
        failures, until = after_failure(failures, NOW)
        assert until is None
    assert failures == MAX_FAILURES - 1
    failures, until = after_failure(failures, NOW)
    assert until == NOW + LOCK_DURATION == NOW + dt.timedelta(minutes=15)
    assert failures == 0


def test_lock_remaining() -> None:
    until = NOW + LOCK_DURATION
    assert lock_remaining(None, NOW) is None
    assert lock_remaining(until, NOW) == dt.timedelta(minutes=15)
    assert lock_remaining(until, until) is None
    assert lock_remaining(until, until - dt.timedelta(seconds=1)) == dt.timedelta(seconds=1)


# --- publication URLs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "url"),
    [
        ("facebook", "https://www.facebook.com/iec.jo/posts/123"),
        ("facebook", "https://m.facebook.com/story.php?id=1"),
        ("facebook", "https://fb.watch/abc/"),
        ("x", "https://x.com/iec/status/1"),
        ("x", "https://twitter.com/iec/status/1"),
        ("instagram", "https://www.instagram.com/p/Cabc/"),
        ("youtube", "https://youtu.be/abc"),
        ("youtube", "https://www.youtube.com/watch?v=abc"),
        ("linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:1/"),
        ("tiktok", "https://www.tiktok.com/@iec/video/1"),
        ("threads", "https://www.threads.net/@iec/post/abc"),
        ("x", "  https://X.COM/iec/status/1  "),
    ],
)
def test_platform_urls_accepted(platform: str, url: str) -> None:
    assert check_publication_url(platform, url) == url.strip()


@pytest.mark.parametrize(
    ("platform", "url", "words"),
    [
        ("x", "", "empty"),
        ("x", "x.com/iec/status/1", "not a web address"),
        ("x", "ftp://x.com/1", "not a web address"),
        ("x", "https://facebook.com/1", "x.com"),
        ("facebook", "https://facebook.com.evil.example/1", "facebook.com"),
        ("facebook", "https://notfacebook.com/1", "facebook.com"),
        ("instagram", "https://x.com/1", "instagram.com"),
        ("x", "https://x.com/a b", "no spaces"),
        ("x", "https://[::1/", "not a web address"),
    ],
)
def test_platform_urls_refused(platform: str, url: str, words: str) -> None:
    with pytest.raises(BadPublicationUrl) as refused:
        check_publication_url(platform, url)
    assert words in str(refused.value)


def test_website_urls_follow_the_organisation_domain() -> None:
    assert check_publication_url("website", "https://iec.jo/news/1") == "https://iec.jo/news/1"
    domains = ("www.iec.jo",)
    assert check_publication_url("website", "https://iec.jo/news/1", domains)
    with pytest.raises(BadPublicationUrl):
        check_publication_url("website", "https://example.org/news/1", domains)


@given(st.sampled_from(["x", "facebook", "website"]), st.text(max_size=60))
def test_any_text_is_a_url_or_a_clear_refusal(platform: str, url: str) -> None:
    try:
        check_publication_url(platform, url, ("iec.jo",))
    except BadPublicationUrl as refused:
        assert str(refused)


def test_a_refusal_says_which_rule_for_a_translated_message() -> None:
    with pytest.raises(BadPublicationUrl) as refused:
        check_publication_url("x", "https://www.facebook.com/iec/posts/1")
    assert refused.value.problem == "domain"
    assert refused.value.host == "www.facebook.com"
    assert refused.value.allowed == ("x.com", "twitter.com")
    for url, problem in (("", "empty"), ("https://x.com/a b", "spaces"), ("x.com/1", "not_web")):
        with pytest.raises(BadPublicationUrl) as refused:
            check_publication_url("x", url)
        assert refused.value.problem == problem
