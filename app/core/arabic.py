"""Arabic text helpers shared by the checklist, its fixes and search.

- :func:`normalise_for_search` folds Arabic spelling variants so that the full-text index and the
  query meet (NOTES.md, "SQLite full-text search in Arabic").
- :func:`fold_presentation_forms`, :func:`remove_tatweel` and the digit mappings are the one-click
  fixes of the checklist (AR-PRES-1, AR-TATWEEL-1, AR-DIGIT-1).
- :func:`dominant_script` tells whether a text is mostly Arabic or Latin (A11Y-ALT-6).

Pure functions, no I/O.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

import regex

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # U+0660–0669
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0–06F9 (Extended Arabic-Indic)
ASCII_DIGITS = "0123456789"
TATWEEL = "\u0640"

_ARABIC_INDIC_TO_ASCII = str.maketrans(ARABIC_INDIC_DIGITS, ASCII_DIGITS)
_PERSIAN_TO_ASCII = str.maketrans(PERSIAN_DIGITS, ASCII_DIGITS)
_ALL_TO_ASCII = str.maketrans(ARABIC_INDIC_DIGITS + PERSIAN_DIGITS, ASCII_DIGITS * 2)
_PERSIAN_TO_ARABIC_INDIC = str.maketrans(PERSIAN_DIGITS, ARABIC_INDIC_DIGITS)
_ASCII_TO_ARABIC_INDIC = str.maketrans(ASCII_DIGITS, ARABIC_INDIC_DIGITS)

# Search folding (NOTES.md): strip harakat U+064B–065F, superscript alef U+0670 and tatweel;
# fold hamza and alef variants, ta marbuta and alef maqsura; Arabic-Indic digits to ASCII.
_SEARCH_TABLE: dict[int, str | None] = {cp: None for cp in range(0x064B, 0x0660)}
_SEARCH_TABLE.update({0x0670: None, 0x0640: None})
_SEARCH_TABLE.update({ord(c): "ا" for c in "أإآٱ"})
_SEARCH_TABLE.update({ord("ى"): "ي", ord("ة"): "ه", ord("ؤ"): "و", ord("ئ"): "ي"})
_SEARCH_TABLE.update({ord(a): d for a, d in zip(ARABIC_INDIC_DIGITS, ASCII_DIGITS, strict=True)})
# The same folding as (find, replace) pairs: str.replace skips a text without the character at
# C speed, where str.translate with a dict looks up every character (four times slower on the
# search index's texts). No replacement is itself a character to replace, so the order is free.
_SEARCH_PAIRS = tuple((chr(cp), to or "") for cp, to in _SEARCH_TABLE.items())

PRESENTATION_FORMS = regex.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFC]+")

# The decorative tatweel of AR-TATWEEL-1: U+0640 and the presentation-form characters that
# contain one, between two Arabic letters. Combining marks may sit on either side (a fatha on
# the letter before, a shadda on the tatweel itself); a tatweel at the end of a word, as in the
# Hijri year "١٤٤٦هـ", is not decorative.
TATWEEL_CHARS = "\u0640\ufcf2-\ufcf4\ufe71\ufe77\ufe79\ufe7b\ufe7d\ufe7f"
DECORATIVE_TATWEEL = regex.compile(
    rf"(?<=\p{{Script=Arabic}}\p{{M}}*)(?<![{TATWEEL_CHARS}])"
    rf"[{TATWEEL_CHARS}](?:[{TATWEEL_CHARS}\p{{M}}]*[{TATWEEL_CHARS}])?"
    rf"(?=\p{{M}}*\p{{Script=Arabic}})"
)

_ARABIC_LETTER = regex.compile(r"[\p{Script=Arabic}&&\p{L}]", regex.V1)
_LATIN_LETTER = regex.compile(r"[\p{Script=Latin}&&\p{L}]", regex.V1)


def normalise_for_search(text: str) -> str:
    """The form of ``text`` that the full-text index stores and queries are matched in.

    NFKC (presentation forms and ligatures become letters); harakat U+064B–065F, superscript
    alef U+0670 and tatweel U+0640 removed; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
    Arabic-Indic digits ٠–٩ → 0–9; case folded (Latin "Amman" finds "AMMAN").
    """
    text = unicodedata.normalize("NFKC", text)
    removed = False
    for char, replacement in _SEARCH_PAIRS:
        if char in text:
            text = text.replace(char, replacement)
            removed = removed or not replacement
    if removed and not unicodedata.is_normalized("NFC", text):
        # A removed tatweel or mark kept apart two characters that compose ("Aـ\u0301", and
        # Bengali "ে" + "া" with a haraka between): composed now, so that folding a folded text
        # changes nothing.
        text = unicodedata.normalize("NFC", text)
    return text.casefold()


def fold_presentation_forms(text: str) -> str:
    """NFKC applied to the Arabic presentation-form characters only (U+FB50–FDFF, FE70–FEFC).

    Text pasted from a PDF often arrives as contextual glyphs ("ﺍﻟﺼﺤﺔ"); this gives the letters
    back ("الصحة") and leaves every other character exactly as it was.
    """
    if not PRESENTATION_FORMS.search(text):
        return text
    return PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def remove_tatweel(text: str) -> str:
    """Delete decorative tatweel between Arabic letters; keep it at the end of a word ("١٤٤٦هـ").

    A presentation-form tatweel that carries a mark (U+FE77 "ـَ") keeps its mark.
    """
    if not DECORATIVE_TATWEEL.search(text):
        return text
    return DECORATIVE_TATWEEL.sub(lambda m: strip_tatweel_run(m.group()), text)


def strip_tatweel_run(run: str) -> str:
    """A run of tatweel (and marks) without its tatweel: the marks stay, in order."""
    return unicodedata.normalize("NFKC", run).replace(TATWEEL, "")


def arabic_indic_to_ascii(text: str) -> str:
    """٠–٩ → 0–9."""
    return text.translate(_ARABIC_INDIC_TO_ASCII)


def persian_to_ascii(text: str) -> str:
    """۰–۹ (Persian, Extended Arabic-Indic) → 0–9."""
    return text.translate(_PERSIAN_TO_ASCII)


def persian_to_arabic_indic(text: str) -> str:
    """۰–۹ → ٠–٩ (the Arabic-Indic digits used in Arabic text)."""
    return text.translate(_PERSIAN_TO_ARABIC_INDIC)


def ascii_to_arabic_indic(text: str) -> str:
    """0–9 → ٠–٩."""
    return text.translate(_ASCII_TO_ARABIC_INDIC)


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits → 0–9; every other character unchanged (same length)."""
    return text.translate(_ALL_TO_ASCII)


def dominant_script(text: str) -> Literal["ar", "en"] | None:
    """ "ar" when Arabic-script letters outnumber Latin ones, "en" for the reverse, else None.

    Only letters count (digits, punctuation, marks and emoji do not); None for a text without
    letters of either script, or with as many of each.
    """
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic > latin:
        return "ar"
    if latin > arabic:
        return "en"
    return None
