"""One pass over a text for the pieces several rules look at: hashtags, URLs, emoji, words.

A :class:`Scan` is built once per text (and cached with the text's findings); its attributes are
computed on first use, so a rule whose trigger is absent costs nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property, lru_cache

import regex

from app.core import xtext
from app.core.textpieces import SHORT, local_spans, pieces, top_char

# A hashtag as checklist.md writes it, ``#([\p{L}\p{N}_]+)``, also taking combining marks (an
# Arabic tag with harakat is one tag, which A11Y-HASH-2 then reports); not after a letter, digit,
# "&" or "/" (C#, &#38;, a URL's fragment), and with at least one letter (#2025 is no tag).
HASHTAG = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_&/#＃])[#＃]((?:[\p{L}\p{M}\p{N}_])*\p{L}[\p{L}\p{M}\p{N}_]*)"
)
# Words (A11Y-PLAIN-1).
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*")
WORD_BACKWARDS = regex.compile(r"(?r)[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*")
_EMOJI_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}")
ARABIC_LETTER = regex.compile(r"[\p{Script=Arabic}&&\p{L}]", regex.V1)
LATIN_LETTER = regex.compile(r"[\p{Script=Latin}&&\p{L}]", regex.V1)
_LINE = re.compile(r"[^\n\u2029]+")
# Letter counts by code-point ranges (stdlib re: several times faster than \p{Script=...} for
# counting): Arabic letters without tatweel, presentation forms included; Latin letters.
_ARABIC_RUN = re.compile(
    "[\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc"
    "\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc]+"
)
_LATIN_RUN = re.compile("[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")


class Scan:
    """Lazily computed pieces of one (NFC) text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.top = top_char(text)  # the highest code point: skips whole rules
        self.memo: dict[object, object] = {}  # rules' own intermediate results

    @cached_property
    def urls(self) -> list[tuple[int, int]]:
        """URL spans, as X finds them (with or without protocol)."""
        return xtext.find_urls(self.text) if "." in self.text else []

    def in_url(self, i: int) -> bool:
        starts = self._url_starts
        k = bisect_right(starts, i) - 1
        return k >= 0 and i < self.urls[k][1]

    @cached_property
    def _url_starts(self) -> list[int]:
        return [s for s, _ in self.urls]

    @cached_property
    def hashtags(self) -> list[tuple[int, int, str]]:
        """(start of "#", end, body) of each hashtag outside URLs."""
        if "#" not in self.text and "＃" not in self.text:
            return []
        text = self.text
        # a local pattern (textpieces): no whitespace in a tag, and the lookbehind refuses
        # letters, marks, digits, "_", "&", "/" and "#" only; the tag's body follows the "#"
        return [
            (s, e, text[s + 1 : e])
            for s, e in local_spans(HASHTAG, text)
            if not (self.urls and self.in_url(s))
        ]

    @cached_property
    def emoji(self) -> list[tuple[int, int]]:
        """Emoji sequences shown as emoji: every sequence the ``emoji`` package knows, except a
        lone character that is text by default (©, ™, ↔ without U+FE0F)."""
        if self.top < "\u00a9":
            return []
        text = self.text
        return [
            (s, e)
            for s, e in xtext.find_emoji(text, current=True)
            if e - s > 1 or _EMOJI_PRESENTATION.match(text, s)
        ]

    def last_word_outside(self, covered: list[tuple[int, int]]) -> int:
        """Start of the last word that starts outside every span of ``covered``; -1 if none."""
        for m in WORD_BACKWARDS.finditer(self.text):
            s = m.start()
            if not any(cs <= s < ce for cs, ce in covered):
                return s
        return -1

    def letters(self, start: int, end: int) -> tuple[int, int]:
        """(Arabic letters, Latin letters) in ``text[start:end]``."""
        return letter_counts(self.text[start:end])

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """Spans of the non-empty lines (paragraphs)."""
        text = self.text
        if "\n" not in text and "\u2029" not in text:
            return [(0, len(text))] if text else []
        return [m.span() for m in _LINE.finditer(text)]

    @cached_property
    def latin_count(self) -> int:
        """Latin letters in the whole text."""
        return sum(letter_counts(self.text[s:e])[1] for s, e in self.lines)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def has_arabic(self) -> bool:
        return self.top >= "\u0600" and ARABIC_LETTER.search(self.text) is not None


@lru_cache(maxsize=4096)
def _piece_letter_counts(piece: str) -> tuple[int, int]:
    return sum(map(len, _ARABIC_RUN.findall(piece))), sum(map(len, _LATIN_RUN.findall(piece)))


@lru_cache(maxsize=1024)
def letter_counts(text: str) -> tuple[int, int]:
    """(Arabic letters, Latin letters) in ``text``; remembered per text (per line: while typing
    only the line under the cursor is new) and, in a long text, per piece
    (:mod:`app.core.textpieces`: the counts add up over any cut)."""
    if len(text) <= SHORT:
        return _piece_letter_counts.__wrapped__(text)
    arabic = latin = 0
    for piece in pieces(text):
        a, b = _piece_letter_counts(piece)
        arabic += a
        latin += b
    return arabic, latin
