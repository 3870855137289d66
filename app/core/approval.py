"""The rules of approval (SPEC §4), without storage: what an approval covers, how an approver's
one-time code is checked, when an approver is locked, and which addresses a publication record
may give.

- :func:`content_hash` — SHA-256 over a canonical JSON of the approved content: both texts, the
  per-platform texts, the platforms, the link, and each attachment's file hash and alt texts.
  Stored with the approval; any change to one of these gives another hash.
- :func:`match_code` — the time step a 6-digit code belongs to, one step of clock drift either
  way, and never a step at or before the last one accepted (a code is accepted once only).
- :func:`after_failure` / :func:`lock_remaining` — five failures in a row lock for 15 minutes.
- :func:`check_publication_url` — the live post's URL must be https (or http) on the platform's
  own domain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pyotp

MIN_PASSPHRASE_CHARS = 8
MAX_FAILURES = 5
LOCK_DURATION = dt.timedelta(minutes=15)
CODE_DIGITS = 6
CODE_PERIOD = 30
DRIFT_STEPS = 1
ISSUER = "Bayan"


# --- what an approval covers ----------------------------------------------------------------


@dataclass(frozen=True)
class ApprovedMedia:
    """An attachment as the approval sees it: the file (by content hash) and its alt texts."""

    sha256: str
    alt_ar: str = ""
    alt_en: str = ""


@dataclass(frozen=True)
class ApprovedContent:
    """Everything an approval covers. ``variants`` maps a platform to its own (Arabic, English)
    texts, None where the platform uses the main text; media keep their order."""

    text_ar: str
    text_en: str
    platforms: Sequence[str]
    variants: Mapping[str, tuple[str | None, str | None]] = field(default_factory=dict)
    link: str = ""
    media: Sequence[ApprovedMedia] = ()

    def canonical(self) -> str:
        """The canonical JSON the hash is taken over (sorted keys, no ASCII escaping)."""
        platforms = sorted(set(self.platforms))
        variants = {
            p: [ar, en]
            for p, (ar, en) in sorted(self.variants.items())
            if p in platforms and (ar is not None or en is not None)
        }
        payload = {
            "v": 1,
            "text_ar": self.text_ar,
            "text_en": self.text_en,
            "platforms": platforms,
            "variants": variants,
            "link": self.link,
            "media": [[m.sha256, m.alt_ar, m.alt_en] for m in self.media],
        }
        return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(content: ApprovedContent) -> str:
    """SHA-256 (hex) of :meth:`ApprovedContent.canonical`."""
    return hashlib.sha256(content.canonical().encode("utf-8")).hexdigest()


# --- one-time codes ---------------------------------------------------------------------------


class CodeRefused(ValueError):
    """Why a one-time code was not accepted: ``reason`` is "format", "wrong" or "reused"."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            {
                "format": f"a code is {CODE_DIGITS} digits",
                "wrong": "the code is not right",
                "reused": "this code was already used; wait for the next one",
            }[reason]
        )


def normalise_code(code: str) -> str:
    """The digits of a typed code (spaces removed, Arabic-Indic digits read as ASCII)."""
    table = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
    return "".join(code.split()).translate(table)


def new_secret() -> str:
    """A fresh random TOTP secret: 32 base32 characters (160 bits, as RFC 4226 recommends)."""
    return pyotp.random_base32(32)


def provisioning_uri(secret: str, approver_name: str, organisation: str = "") -> str:
    """The ``otpauth://`` URI an authenticator app reads from the QR code."""
    label = f"{organisation} — {approver_name}" if organisation else approver_name
    return pyotp.TOTP(secret, digits=CODE_DIGITS, interval=CODE_PERIOD).provisioning_uri(
        name=label, issuer_name=ISSUER
    )


def time_step(now: dt.datetime) -> int:
    """The TOTP time step (30-second window) of an aware ``now``."""
    return int(now.timestamp()) // CODE_PERIOD


def match_code(secret: str, code: str, now: dt.datetime, last_step: int | None) -> int:
    """The time step ``code`` was made for, within :data:`DRIFT_STEPS` of ``now``. Raises
    :class:`CodeRefused`: "format" (not 6 digits), "wrong" (no step matches) or "reused" (it
    matches a step at or before ``last_step``, the last one accepted)."""
    digits = normalise_code(code)
    if len(digits) != CODE_DIGITS or not digits.isascii() or not digits.isdigit():
        raise CodeRefused("format")
    totp = pyotp.TOTP(secret, digits=CODE_DIGITS, interval=CODE_PERIOD)
    current = time_step(now)
    matched: list[int] = []
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        # Compare every candidate (constant time each) so timing says nothing of which matched.
        if hmac.compare_digest(totp.generate_otp(step), digits):
            matched.append(step)
    if not matched:
        raise CodeRefused("wrong")
    fresh = [s for s in matched if last_step is None or s > last_step]
    if not fresh:
        raise CodeRefused("reused")
    return max(fresh)


# --- lockout ----------------------------------------------------------------------------------


def lock_remaining(locked_until: dt.datetime | None, now: dt.datetime) -> dt.timedelta | None:
    """How long the approver stays locked, or None when they are not locked."""
    if locked_until is None or locked_until <= now:
        return None
    return locked_until - now


def after_failure(failures: int, now: dt.datetime) -> tuple[int, dt.datetime | None]:
    """The failure count and lock time after one more failure following ``failures`` in a row:
    the fifth locks for :data:`LOCK_DURATION` and starts the count again."""
    failures += 1
    if failures >= MAX_FAILURES:
        return 0, now + LOCK_DURATION
    return failures, None


# --- publication records ----------------------------------------------------------------------

PLATFORM_DOMAINS: dict[str, tuple[str, ...]] = {
    "facebook": ("facebook.com", "fb.com", "fb.watch"),
    "x": ("x.com", "twitter.com"),
    "instagram": ("instagram.com",),
    "youtube": ("youtube.com", "youtu.be"),
    "linkedin": ("linkedin.com", "lnkd.in"),
    "tiktok": ("tiktok.com",),
    "threads": ("threads.net", "threads.com"),
}
"""The domains a live post of each platform lives on (subdomains such as ``m.`` allowed). The
website has none: its domain is the organisation's own."""


class BadPublicationUrl(ValueError):
    """A publication URL that is not a web address of the platform. ``problem`` says which
    rule it breaks: "empty", "spaces", "not_web" or "domain" (then ``host`` is the address's
    host and ``allowed`` the platform's domains)."""

    def __init__(
        self, message: str, problem: str, host: str = "", allowed: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.host = host
        self.allowed = tuple(allowed)


def check_publication_url(platform: str, url: str, website_domains: Sequence[str] = ()) -> str:
    """``url`` cleaned of surrounding spaces if it is an http(s) address on ``platform``'s
    domain; for the website, on one of ``website_domains`` when any are given. Raises
    :class:`BadPublicationUrl` naming what is wrong."""
    url = url.strip()
    if not url:
        raise BadPublicationUrl("the URL of the live post is empty", "empty")
    if any(c.isspace() for c in url):
        raise BadPublicationUrl("a URL has no spaces", "spaces")
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        raise BadPublicationUrl(f"{url!r} is not a web address", "not_web") from None
    if parts.scheme.lower() not in ("https", "http") or not host:
        raise BadPublicationUrl(f"{url!r} is not a web address (https://…)", "not_web")
    allowed = PLATFORM_DOMAINS.get(platform)
    if allowed is None:
        allowed = tuple(d.lower().removeprefix("www.") for d in website_domains)
        if not allowed:
            return url
    if not any(host == d or host.endswith("." + d) for d in allowed):
        raise BadPublicationUrl(
            f"{host} is not {platform}'s address: use a link on {' or '.join(allowed)}",
            "domain",
            host,
            allowed,
        )
    return url
