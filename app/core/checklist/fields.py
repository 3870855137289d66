"""One text's findings: NFC, the text rules, spans mapped back to the text as typed; cached.

Shared by :func:`run_checklist` and ``bayan check``. The caches are keyed by the text itself
(with its language, field, platforms and house rules), so while the officer types in one field
the other fields' findings come from the cache.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from app.core.checklist.house import DEFAULT_HOUSE_RULES, HouseRules
from app.core.checklist.model import EMPTY_PARAMS, Finding, frozen_params, new_finding
from app.core.checklist.scan import Scan
from app.core.checklist.spans import NfcMap
from app.core.checklist.text_rules import Hit, text_hits


@lru_cache(maxsize=64)
def analyse(text: str) -> tuple[NfcMap, Scan]:
    """The NFC map and scan of ``text`` (shared by the text and platform rules)."""
    nfc = NfcMap(text)
    return nfc, Scan(nfc.text)


def to_finding(hit: Hit, nfc: NfcMap, field: str, platforms: tuple[str, ...]) -> Finding:
    start, end = (hit.start, hit.end) if nfc.identity else nfc.span(hit.start, hit.end)
    return new_finding(
        hit.rule,
        hit.severity,
        field,
        start,
        end,
        platforms,
        hit.message,
        hit.fix,
        hit.code,
        frozen_params(hit.params),
    )


@lru_cache(maxsize=256)
def check_text(
    text: str,
    lang: str,
    field: str = "",
    platforms: tuple[str, ...] = (),
    house: HouseRules = DEFAULT_HOUSE_RULES,
) -> tuple[Finding, ...]:
    """The text rules (A11Y, AR, GOV-PII-2, GOV-INCL-1) on one post text; cached."""
    field = field or f"text_{lang}"
    nfc, scan = analyse(text)
    hits = text_hits(scan, lang, "post", house)
    if not nfc.identity:
        return tuple(to_finding(h, nfc, field, platforms) for h in hits)
    # the usual case (the text is NFC): to_finding without its calls, dozens per keystroke
    return tuple(
        [
            new_finding(
                h.rule,
                h.severity,
                field,
                h.start,
                h.end,
                platforms,
                h.message,
                h.fix,
                h.code,
                MappingProxyType(dict(h.params)) if h.params else EMPTY_PARAMS,
            )
            for h in hits
        ]
    )


@lru_cache(maxsize=128)
def check_alt_text(
    text: str, lang: str, field: str, house: HouseRules = DEFAULT_HOUSE_RULES
) -> tuple[Finding, ...]:
    """The alt-text rules (A11Y-ALT-3/4/6 and the character rules) on one alt text; cached."""
    nfc, scan = analyse(text)
    hits = text_hits(scan, lang, "alt", house)
    return tuple(to_finding(h, nfc, field, ()) for h in hits)
