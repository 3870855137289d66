"""Reading pasted 2FA secrets (base32 keys, otpauth URIs) and the codes they give."""

from __future__ import annotations

import datetime as dt

import pyotp
import pytest

from app.core.totp import TotpSecret, current_code, parse_totp_secret

KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # 32 base32 characters


@pytest.mark.parametrize(
    "pasted",
    [
        KEY,
        KEY.lower(),
        "jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp",
        "JBSW-Y3DP-EHPK-3PXP-JBSW-Y3DP-EHPK-3PXP",
        f"  {KEY}\n",
    ],
)
def test_base32_keys_in_the_forms_people_paste(pasted: str) -> None:
    assert parse_totp_secret(pasted) == TotpSecret(KEY)


def test_padding_is_optional() -> None:
    key = "GEZDGNBVGY3TQOJQGEZDGNBVGY"  # 26 characters: a 16-byte key needs padding
    assert parse_totp_secret(key + "======").secret_base32 == key
    assert parse_totp_secret(key).secret_base32 == key


def test_otpauth_uri_with_every_parameter() -> None:
    uri = (
        "otpauth://totp/Ministry%20of%20Culture:press%40example.gov"
        f"?secret={KEY.lower()}&issuer=Ministry%20of%20Culture&digits=8&period=60&algorithm=SHA256"
    )
    secret = parse_totp_secret(uri)
    assert secret == TotpSecret(
        KEY, 8, 60, "SHA256", "Ministry of Culture", "Ministry of Culture:press@example.gov"
    )


def test_otpauth_uri_defaults_and_issuer_from_the_label() -> None:
    secret = parse_totp_secret(f"otpauth://totp/Facebook:page?secret={KEY}")
    assert (secret.digits, secret.period, secret.algorithm) == (6, 30, "SHA1")
    assert secret.issuer == "Facebook"


def test_canonical_uri_reads_back_the_same() -> None:
    secret = TotpSecret(KEY, 8, 60, "SHA512", "وزارة الثقافة", "وزارة الثقافة:press")
    assert parse_totp_secret(secret.to_uri()) == secret
    plain = TotpSecret(KEY)
    assert parse_totp_secret(plain.to_uri()) == plain


@pytest.mark.parametrize(
    ("pasted", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("JBSWY3DPEHPK3PX1JBSWY3DPEHPK3PXP", "base32"),  # 1 is not base32
        ("JBSWY3DPEHPK3PX", "too short"),
        ("JBSWY3DPEHPK3PXPJBSWY3DPE", "length"),  # 25 characters: no base32 key is that long
        ("otpauth://hotp/x?secret=" + KEY + "&counter=1", "HOTP"),
        ("otpauth://totp/x?issuer=Facebook", "secret="),
        ("otpauth://totp/x?secret=" + KEY + "&digits=5", "digits"),
        ("otpauth://totp/x?secret=" + KEY + "&digits=six", "whole number"),
        ("otpauth://totp/x?secret=" + KEY + "&period=0", "period"),
        ("otpauth://totp/x?secret=" + KEY + "&algorithm=MD5", "algorithm"),
        ("otpauth://totp/x?secret=" + KEY + "&secret=" + KEY, "secret="),
        ("otpauth://steam/x?secret=" + KEY, "otpauth://totp/"),
    ],
)
def test_malformed_secrets_say_what_is_wrong_without_echoing_it(pasted: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        parse_totp_secret(pasted)
    text = str(caught.value)
    assert KEY not in text and KEY.lower() not in text
    assert "JBSWY3DP" not in text


def test_repr_masks_the_key() -> None:
    secret = parse_totp_secret(KEY)
    assert KEY not in repr(secret) and KEY not in str(secret)
    assert "***" in repr(secret)


def test_code_matches_pyotp_and_counts_down() -> None:
    now = dt.datetime(2026, 11, 24, 10, 0, 7, tzinfo=dt.UTC)
    code, left = current_code(parse_totp_secret(KEY), now)
    assert code == pyotp.TOTP(KEY).at(now)
    assert len(code) == 6 and code.isdigit()
    assert left == 23
    _, left_at_boundary = current_code(parse_totp_secret(KEY), now.replace(second=0))
    assert left_at_boundary == 30


def test_code_with_other_parameters_matches_pyotp() -> None:
    import hashlib

    now = dt.datetime(2026, 1, 1, 0, 0, 59, tzinfo=dt.UTC)
    secret = parse_totp_secret(f"otpauth://totp/x?secret={KEY}&digits=8&period=60&algorithm=SHA256")
    code, left = current_code(secret, now)
    assert code == pyotp.TOTP(KEY, digits=8, interval=60, digest=hashlib.sha256).at(now)
    assert len(code) == 8 and left == 1


def test_rfc6238_test_vector() -> None:
    # RFC 6238 appendix B: SHA1, secret "12345678901234567890", T = 59 s -> 94287082 (8 digits).
    import base64

    key = base64.b32encode(b"12345678901234567890").decode()
    secret = TotpSecret(key, digits=8)
    assert current_code(secret, dt.datetime.fromtimestamp(59, dt.UTC)) == ("94287082", 1)


def test_a_key_too_short_for_a_code_is_refused_when_parsed() -> None:
    """An 80-bit key would be stored and then fail at every code (pyotp wants 112 bits)."""
    with pytest.raises(ValueError, match="too short"):
        parse_totp_secret("JBSWY3DPEHPK3PXP")
    secret = parse_totp_secret("JBSWY3DPEHPK3PXPJBSWY3D")  # 23 characters: 112 bits
    code, _left = current_code(secret, dt.datetime(2026, 11, 24, tzinfo=dt.UTC))
    assert len(code) == 6
