"""Readability scores shown as tips: Flesch Reading Ease for English (A11Y-PLAIN-2) and OSMAN for
Arabic (AR-READ-1). Both run on every keystroke, so both are written here for speed.

- :func:`osman` gives exactly what ``textstat.osman()`` (0.7.13) gives — same word, sentence,
  syllable and "faseeh" counting, quirks included (its punctuation removal also removes harakat)
  — in a few regular-expression passes instead of textstat's character loops (1.6 ms on 1,700
  Arabic characters there). The tests compare the two on many texts.
- :func:`flesch_reading_ease` uses textstat's word and sentence counting and its English
  constants (206.835 − 1.015 × words per sentence − 84.6 × syllables per word). textstat counts
  syllables with the CMU dictionary, which it downloads through NLTK at first use (impossible
  offline); here syllables come from a vowel-group rule with the usual English corrections
  (silent final e, -es/-ed, vowel pairs read as two), right on about nine words in ten (better
  than hyphenation-based counts on the same words): enough for a tip that says "aim for 60 or
  more".
"""

from __future__ import annotations

import re
from functools import lru_cache

# textstat's punctuation removal (stdlib ``re`` on purpose: \w must mean what it means there)
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCT_KEEPING_APOSTROPHE = re.compile(r"[^\w\s\']")
_PUNCT = re.compile(r"[^\w\s]")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_CHUNK_END = re.compile(r"[.!?]+(?=\s)")

_SHORT_VOWEL = re.compile("[\u064e\u064f\u0650]")
_LONG_SYLLABLE = re.compile("[\u064e\u064f\u0650](?=[\u0627\u0648\u064a])")
_STRESS = re.compile("[\u064b\u064c\u064d\u0651]")
_NOT_SYLLABLE = re.compile(r"[\u0627\u0649\?\.\!\,\s*]")
_COMPLEX_MARK = re.compile("[\u064e\u064b\u064f\u064c\u0650\u064d\u0651]")
_TASHKEEL = re.compile(
    "\u064e|\u064b|\u064f|\u064c|\u0650|\u064d|\u0651|\u0652|\u0653|\u0657|\u0658"
)
_FASEEH_CHAR = re.compile("[\u0626\u0621\u0624\u0630\u0638]")
_FASEEH_PAIR = re.compile("(\u0648\u0627|\u0648\u0646)")
_HAS_FASEEH = re.compile("[\u0626\u0621\u0624\u0630\u0638]|\u0648\u0627|\u0648\u0646")

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# Vowel pairs read as two syllables: ia but not -cia/-tia (media; social), eo but not eop (video;
# people), io not before n (radio; nation), ua (annual), uo (duo), oe not at the end (poem), ea at
# the end (idea), ie before -nce/-nt/-t (science, quiet), a vowel before -ing (being), -eate
# (create), ya/yo (loyal, embryo).
_TWO_SYLLABLE_PAIR = re.compile(
    r"(?<![ct])ia|eo(?!p)|io(?!n)|ua|uo|oe(?!s?$)|eas?$|ie(?=nce|nt|t)|[aeiou](?=ing)|ea(?=te)|ya|yo"
)
_SOUNDED_FINAL_E = re.compile(r"[^aeiouy]le$|ee$|ye$|oe$|ie$")  # table, agree; not "make"
_SOUNDED_ES = re.compile(r"(?:[sxz]|ch|sh|[cg]|i)es$")  # boxes, pages, cities; not "makes"
_SOUNDED_ED = re.compile(r"[td]ed$")  # wanted, created; not "loved"
_NON_LETTER = re.compile(r"[^a-z]")


def _words(text: str) -> list[str]:
    """textstat's ``list_words(text)``: punctuation but contraction apostrophes removed."""
    return _PUNCT_KEEPING_APOSTROPHE.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


def _words_bare(text: str) -> list[str]:
    """textstat's ``list_words(text, rm_apostrophe=True)``."""
    return _PUNCT.sub("", text).split()


def chunks(text: str) -> list[str]:
    """``text`` cut right after each run of . ! ? that a space follows.

    Every count both scores use adds up over these pieces: a cut falls on a space, so no word
    is cut, and right after a sentence's end, so no sentence is (textstat's sentences are
    ``\b[^.!?]+[.!?]*``). While typing, only the piece under the cursor changes; the others'
    counts come from a cache.
    """
    # The cuts of ``_CHUNK_END.finditer(text)`` (each run of . ! ? ends right before the
    # whitespace that follows it), found with plain string searches: a regular expression
    # starting with a character class scans a long non-ASCII text several times slower.
    n = len(text)
    find = text.find
    cuts: list[int] = []
    for mark in ".!?":
        i = find(mark)
        while i >= 0:
            i += 1
            if i < n and text[i].isspace():  # re's \s is str.isspace
                cuts.append(i)
            i = find(mark, i)
    cuts.sort()
    pieces: list[str] = []
    start = 0
    for cut in cuts:
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _sentences(text: str) -> tuple[int, int]:
    """(textstat's sentence matches, how many of them it ignores: two words or fewer)."""
    sentences = _SENTENCE.findall(text)
    return len(sentences), sum(1 for s in sentences if len(_words(s)) <= 2)


def _sentence_count(found: int, ignored: int, text_empty: bool) -> int:
    return 0 if text_empty else max(1, found - ignored)


@lru_cache(maxsize=8192)
def _word_syllables_ar(word: str) -> int:
    """textstat's ``count_arabic_syllables`` of one word (as its faseeh count uses it)."""
    bare = _words_bare(word)
    joined = "".join(bare)
    long_count = len(_LONG_SYLLABLE.findall(joined))
    short_count = len(_SHORT_VOWEL.findall(joined)) - long_count
    stress_count = len(_STRESS.findall(word))
    if short_count == 0:
        short_count = len(_NOT_SYLLABLE.sub("", word)) - 2
    return short_count + 2 * (long_count + stress_count)


@lru_cache(maxsize=4096)
def _osman_counts(piece: str) -> tuple[int, ...]:
    bare = _words_bare(piece)
    joined = "".join(bare)
    long_count = len(_LONG_SYLLABLE.findall(joined))
    short_count = len(_SHORT_VOWEL.findall(joined)) - long_count
    found, ignored = _sentences(piece)
    return (
        len(_words(piece)),
        sum(1 for w in bare if len(_COMPLEX_MARK.findall(w)) > 5),
        sum(1 for w in _words_bare(_TASHKEEL.sub("", piece)) if len(w) > 5),
        sum(1 for w in bare if _HAS_FASEEH.search(w) and _word_syllables_ar(w) > 5),
        short_count,
        long_count,
        int(bool(joined) and joined[0] in "\u0627\u0648\u064a"),
        int(bool(joined) and joined[-1] in "\u064e\u064f\u0650"),
        len(_STRESS.findall(piece)),
        len(_NOT_SYLLABLE.sub("", piece)),
        found,
        ignored,
        int(bool(joined)),
    )


def osman(text: str) -> float:
    """The OSMAN readability index of Arabic ``text`` (higher is easier); 0.0 without words."""
    return osman_with_words(text)[0]


def osman_with_words(text: str) -> tuple[float, int]:
    """:func:`osman` and textstat's word count of ``text``."""
    words = complex_words = long_words = faseeh = short = long_ = 0
    stress = kept = found = ignored = 0
    previous_ends_short = 0
    for piece in chunks(text):
        c = _osman_counts(piece)
        # textstat looks at all words' letters joined: a short vowel ending one piece followed
        # by alef, waw or ya starting the next is a long syllable
        if c[12]:
            if previous_ends_short and c[6]:
                short -= 1
                long_ += 1
            previous_ends_short = c[7]
        words += c[0]
        complex_words += c[1]
        long_words += c[2]
        faseeh += c[3]
        short += c[4]
        long_ += c[5]
        stress += c[8]
        kept += c[9]
        found += c[10]
        ignored += c[11]
    if words == 0:
        return 0.0, 0
    if short == 0:
        short = kept - 2
    syllables = short + 2 * (long_ + stress)
    sentences = _sentence_count(found, ignored, not text)
    per_sentence = words / sentences if sentences else 0.0
    return (
        200.791
        - 1.015 * per_sentence
        - 24.181 * (complex_words + syllables + faseeh + long_words) / words
    ), words


@lru_cache(maxsize=16384)
def english_syllables(word: str) -> int:
    """Syllables of one English word by vowel groups (at least 1 for a word with letters)."""
    w = _NON_LETTER.sub("", word.lower())
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    n = len(_VOWEL_GROUP.findall(w)) + len(_TWO_SYLLABLE_PAIR.findall(w))
    if (
        (w.endswith("e") and not _SOUNDED_FINAL_E.search(w))
        or (w.endswith("es") and not _SOUNDED_ES.search(w))
        or (w.endswith("ed") and not _SOUNDED_ED.search(w))
    ):
        n -= 1
    return max(1, n)


@lru_cache(maxsize=4096)
def _flesch_counts(piece: str) -> tuple[int, int, int, int]:
    words = _words(piece)
    found, ignored = _sentences(piece)
    return len(words), sum(english_syllables(w) for w in words), found, ignored


def flesch_reading_ease(text: str) -> float:
    """Flesch Reading Ease of English ``text`` (60 or more reads easily); 0.0 without words."""
    return flesch_with_words(text)[0]


def flesch_with_words(text: str) -> tuple[float, int]:
    """:func:`flesch_reading_ease` and textstat's word count of ``text``."""
    words = syllables = found = ignored = 0
    for piece in chunks(text):
        w, s, f, i = _flesch_counts(piece)
        words += w
        syllables += s
        found += f
        ignored += i
    sentences = _sentence_count(found, ignored, not text)
    if words == 0 or sentences == 0 or syllables == 0:
        return 0.0, words
    return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words, words
