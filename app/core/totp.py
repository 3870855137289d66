"""Two-factor (TOTP, RFC 6238) secrets: reading a pasted key or ``otpauth://`` URI, and the code.

A pasted secret is either a base32 key (spaces, dashes and lower case allowed, ``=`` padding
optional) or an ``otpauth://totp/Issuer:account?secret=...&issuer=...`` URI. Nothing here
stores anything, and no message or ``repr`` ever carries the secret itself.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

import pyotp

ALGORITHMS = {"SHA1": hashlib.sha1, "SHA256": hashlib.sha256, "SHA512": hashlib.sha512}
DIGITS = (6, 7, 8)
# 112 bits after decoding: pyotp refuses shorter keys when it makes a code (RFC 4226 asks
# for at least 128 bits; the platforms issue 160).
MIN_SECRET_CHARS = 23
MAX_SECRET_CHARS = 512
_BASE32 = re.compile(r"[A-Z2-7]+")


class TotpSecret(NamedTuple):
    """A validated TOTP secret and its parameters (``repr`` masks the key)."""

    secret_base32: str
    digits: int = 6
    period: int = 30
    algorithm: str = "SHA1"
    issuer: str = ""
    label: str = ""

    def __repr__(self) -> str:
        return (
            f"TotpSecret(secret_base32='***', digits={self.digits}, period={self.period}, "
            f"algorithm={self.algorithm!r}, issuer={self.issuer!r}, label={self.label!r})"
        )

    __str__ = __repr__

    def to_uri(self) -> str:
        """The canonical ``otpauth://`` form (what the vault keeps; parses back to ``self``)."""
        query = {"secret": self.secret_base32}
        if self.issuer:
            query["issuer"] = self.issuer
        query |= {"digits": str(self.digits), "period": str(self.period)}
        query["algorithm"] = self.algorithm
        return f"otpauth://totp/{_quote(self.label)}?{urlencode(query)}"


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe=":@")


def normalise_base32(text: str) -> str:
    """The key in upper case without spaces, dashes or padding; ``ValueError`` if it is not one."""
    key = re.sub(r"[\s\-]+", "", text).upper().rstrip("=")
    if not key:
        raise ValueError("the 2FA secret is empty")
    if not _BASE32.fullmatch(key):
        raise ValueError(
            "the 2FA secret is not a base32 key: only the letters A–Z and digits 2–7 may appear "
            "(spaces and dashes are ignored)"
        )
    if len(key) < MIN_SECRET_CHARS:
        raise ValueError(
            f"the 2FA secret is too short: {len(key)} characters, at least {MIN_SECRET_CHARS} "
            "are needed"
        )
    if len(key) > MAX_SECRET_CHARS:
        raise ValueError(f"the 2FA secret is too long (more than {MAX_SECRET_CHARS} characters)")
    try:
        base64.b32decode(key + "=" * (-len(key) % 8))
    except (binascii.Error, ValueError):
        raise ValueError(
            f"the 2FA secret has a length ({len(key)} characters) no base32 key can have; "
            "a character is probably missing or extra"
        ) from None
    return key


def parse_totp_secret(text: str) -> TotpSecret:
    """Read a pasted base32 key or ``otpauth://totp/...`` URI; ``ValueError`` says what is wrong
    (never repeating the secret)."""
    if not isinstance(text, str):
        raise ValueError("the 2FA secret must be text")
    stripped = text.strip()
    if any("\ud800" <= c <= "\udfff" for c in stripped):
        # A lone surrogate (broken UTF-16 from a clipboard) cannot be kept in the vault.
        raise ValueError("the 2FA secret holds characters that are not valid text")
    if stripped.lower().startswith("otpauth:"):
        return _parse_uri(stripped)
    return TotpSecret(normalise_base32(stripped))


def _parse_uri(uri: str) -> TotpSecret:
    try:
        parts = urlsplit(uri)
    except ValueError:  # e.g. an unbalanced "[" taken for an IPv6 address
        raise ValueError(
            "the otpauth URI cannot be read: it must start with otpauth://totp/"
        ) from None
    kind = parts.netloc.lower()
    if kind == "hotp":
        raise ValueError("the URI is for counter-based (HOTP) codes; only time-based TOTP works")
    if kind != "totp":
        raise ValueError("the URI must start with otpauth://totp/")
    try:
        query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError:
        raise ValueError("the otpauth URI's parameters cannot be read") from None
    secrets = query.get("secret", [])
    if len(secrets) != 1 or not secrets[0]:
        raise ValueError("the otpauth URI has no secret= parameter (or more than one)")
    key = normalise_base32(secrets[0])
    digits = _int_param(query, "digits", 6)
    if digits not in DIGITS:
        raise ValueError(f"the otpauth URI asks for {digits} digits; 6, 7 or 8 are supported")
    period = _int_param(query, "period", 30)
    if not 1 <= period <= 300:
        raise ValueError(f"the otpauth URI's period ({period} s) must be 1 to 300 seconds")
    algorithm = (query.get("algorithm", ["SHA1"])[0] or "SHA1").upper().replace("-", "")
    if algorithm not in ALGORITHMS:
        raise ValueError(
            f"the otpauth URI's algorithm {algorithm[:20]!r} is not supported "
            "(SHA1, SHA256 or SHA512)"
        )
    label = unquote(parts.path.lstrip("/"))[:200].strip()
    issuer = (query.get("issuer", [""])[0])[:200].strip()
    if not issuer and ":" in label:
        issuer = label.split(":", 1)[0].strip()
    # Cut to 200 characters before stripping, so that the canonical URI parses back the same.
    return TotpSecret(key, digits, period, algorithm, issuer, label)


def _int_param(query: dict[str, list[str]], name: str, default: int) -> int:
    values = query.get(name)
    if not values:
        return default
    try:
        return int(values[0])
    except ValueError:
        raise ValueError(f"the otpauth URI's {name} must be a whole number") from None


def current_code(secret: TotpSecret, now: dt.datetime) -> tuple[str, int]:
    """The code for ``now`` (aware) and how many seconds it stays valid (1 … period)."""
    totp = pyotp.TOTP(
        secret.secret_base32,
        digits=secret.digits,
        digest=ALGORITHMS[secret.algorithm],
        interval=secret.period,
    )
    stamp = int(now.timestamp())
    return totp.at(stamp), secret.period - stamp % secret.period
