"""The office's own settings for the checklist: editable lists with sensible defaults.

The services load overrides from the workspace settings and pass a :class:`HouseRules` to
``run_checklist``; everything here is a frozen, hashable value so results can be cached on it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InclusiveTerm:
    """A phrase to avoid (GOV-INCL-1) and what to write instead.

    English terms match whole words, case-insensitively, with any run of spaces between words.
    Arabic terms are stems: they also match with the clitics و ف ب ك ل and the article ال (or لل)
    in front, the endings ون ين ة ات after, and with harakat or tatweel anywhere inside.
    """

    term: str
    suggestion: str
    lang: str  # "en" or "ar"


DEFAULT_INCLUSIVE_TERMS: tuple[InclusiveTerm, ...] = (
    InclusiveTerm("suffers from", "has / lives with", "en"),
    InclusiveTerm("suffering from", "living with", "en"),
    InclusiveTerm("wheelchair-bound", "wheelchair user", "en"),
    InclusiveTerm("wheelchair bound", "wheelchair user", "en"),
    InclusiveTerm("confined to a wheelchair", "uses a wheelchair", "en"),
    InclusiveTerm("handicapped", "disabled people / people with disabilities", "en"),
    InclusiveTerm("the disabled", "disabled people / people with disabilities", "en"),
    InclusiveTerm("crippled", "disabled", "en"),
    InclusiveTerm("retarded", "person with a learning disability", "en"),
    InclusiveTerm("special needs", "disabled / people with disabilities", "en"),
    InclusiveTerm("victim of", "person who has / survivor of", "en"),
    InclusiveTerm("the elderly", "older people", "en"),
    InclusiveTerm("معاق", "الأشخاص ذوو الإعاقة", "ar"),
    InclusiveTerm("ذوي الاحتياجات الخاصة", "الأشخاص ذوو الإعاقة", "ar"),
    InclusiveTerm("ذوو الاحتياجات الخاصة", "الأشخاص ذوو الإعاقة", "ar"),
    InclusiveTerm("العجزة", "كبار السن", "ar"),
    InclusiveTerm("مقعد", "مستخدم الكرسي المتحرك", "ar"),
    InclusiveTerm("متخلف عقليا", "شخص ذو إعاقة ذهنية", "ar"),
)

# Acronyms everyone reads as words or letters: not "shouting" (A11Y-CAPS-1), not hashtags to
# CamelCase (A11Y-HASH-1) and no need to spell them out (A11Y-PLAIN-1).
DEFAULT_ACRONYMS: frozenset[str] = frozenset(
    {
        "AI", "AIDS", "AM", "ATM", "BBC", "CEO", "CNN", "COVID", "CV", "DNA", "EU", "FAQ", "GCC",
        "GDP", "HIV", "HR", "ICT", "ID", "IMF", "IT", "JD", "JOD", "MENA", "NATO", "NGO", "OK",
        "PDF", "PM", "QR", "SDG", "SDGS", "SMS", "TV", "UAE", "UK", "UN", "UNDP", "UNESCO",
        "UNHCR", "UNICEF", "UNRWA", "URL", "USA", "USAID", "USD", "VIP", "WHO", "WFP",
    }
)  # fmt: skip

DEFAULT_SHORTENERS: frozenset[str] = frozenset(
    {
        "bit.ly", "tinyurl.com", "t.ly", "ow.ly", "buff.ly", "is.gd", "cutt.ly", "rb.gy",
        "shorturl.at", "tiny.cc",
    }
)  # fmt: skip


@dataclass(frozen=True)
class HouseRules:
    """Editable house settings of the checklist (defaults as in checklist.md)."""

    # The house limits on hashtags (2) and alt-text length (250) are in the table of platform
    # limits (app.core.limits: house_hashtags, alt_text_heuristic), edited with the others.
    max_emoji: int = 3  # A11Y-EMO-1
    max_sentence_words: int = 25  # A11Y-PLAIN-1
    # AR-DIGIT-1: "latn" (0–9) or "arab" (٠–٩) to name the office's digits; None: when a text
    # mixes both, the less used system is the one reported.
    digits: str | None = None
    acronyms: frozenset[str] = DEFAULT_ACRONYMS
    shorteners: frozenset[str] = DEFAULT_SHORTENERS
    inclusive_terms: tuple[InclusiveTerm, ...] = DEFAULT_INCLUSIVE_TERMS

    def __hash__(self) -> int:
        # The checklist's caches hash the house rules several times per keystroke; hashing the
        # tuple of terms calls each term's dataclass __hash__, so its hash is remembered.
        return hash(
            (
                self.max_emoji,
                self.max_sentence_words,
                self.digits,
                self.acronyms,
                self.shorteners,
                terms_hash(self.inclusive_terms),
            )
        )


# id(terms) -> (terms, hash(terms)); the tuple is kept, so its id is not reused meanwhile.
_TERMS_HASHES: dict[int, tuple[tuple[InclusiveTerm, ...], int]] = {}


def terms_hash(terms: tuple[InclusiveTerm, ...]) -> int:
    """``hash(terms)``, remembered for the same tuple object."""
    entry = _TERMS_HASHES.get(id(terms))
    if entry is not None and entry[0] is terms:
        return entry[1]
    value = hash(terms)
    if len(_TERMS_HASHES) >= 64:
        _TERMS_HASHES.clear()
    _TERMS_HASHES[id(terms)] = (terms, value)
    return value


DEFAULT_HOUSE_RULES = HouseRules()
