"""Global search's text forms: what the full-text index stores, what a query asks for, and where
a query's words are in the original text (for highlighting).

The index is SQLite FTS5 with ``unicode61 remove_diacritics 2``, which does not fold Arabic
(NOTES.md, "SQLite full-text search in Arabic"); so both sides go through
:func:`app.core.arabic.normalise_for_search`, and:

- :func:`index_form` adds, after each Arabic word that starts with the definite article or a
  conjunction or preposition plus the article (ال، وال، بال، فال، كال، لل), the word without it
  (and without a second one, when what is left starts with one too), so «انتخابات» finds
  «الانتخابات»; characters newer than FTS5's Unicode 6.1 that are not letters (most emoji)
  become spaces, so they never glue two words into one token;
- :func:`query_terms` takes the query's words in the same form, strips one such prefix, and
  drops everything else (FTS5's own syntax: quotes, ``*``, brackets, ``-``, ``:``, ``^``);
- :func:`fts_match` quotes each term as a prefix query (``"term"*``), all of them required, so
  ``OR``/``NEAR``/``NOT`` in a query are words like any other;
- :func:`match_spans` finds the words of the original text that a term matches.

Pure functions, no I/O.
"""

from __future__ import annotations

import unicodedata

import regex

from app.core.arabic import normalise_for_search

# A word as the query and the highlighting see it: letters, digits, private-use characters
# (FTS5 unicode61's token characters) and the marks that sit on them.
_WORD = regex.compile(r"[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*")
_HAS_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}]")
# FTS5's tokenizer knows Unicode 6.1: a character assigned since (most emoji, U+061C ARABIC
# LETTER MARK) counts there as part of a word, so "🤝شراكة" would be one token that «شراكة»
# does not find. In the index form every character that is not a letter, digit, private-use
# character, mark or space (ASCII aside) becomes a space: a separator for FTS5 as for us.
_NOT_WORD = regex.compile(r"[^\x00-\x7f\p{L}\p{N}\p{Co}\p{M}\s]+")
# In index_form: a word (after normalising) that starts with an article prefix, with what is
# left after it (``s1``: an Arabic letter and at least one more character) and, when that too
# starts with one, what is left after the second (``s2``). _PREFIX is ARTICLE_PREFIXES.
ARTICLE_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
_T = r"\p{L}\p{N}\p{Co}\p{M}"
_PREFIX = r"(?:[وبفك]?ال|لل)"
_STEM = rf"[\u0600-\u06ff][{_T}]+"
_WORD_START = r"(?<![\p{L}\p{N}\p{Co}]\p{M}*)"  # not after a letter and its marks
_ARTICLE_WORD = regex.compile(
    rf"{_WORD_START}{_PREFIX}(?P<s1>{_PREFIX}(?P<s2>{_STEM})|{_STEM})(?![{_T}])"
)

MAX_TERMS = 12  # words of a query looked for; the rest are ignored
MAX_TERM_CHARS = 64


def _stems(word: str) -> list[str]:
    """The forms of ``word`` (normalised) without its article prefixes: one, or two when what
    is left starts with one too («الالتزام» → «التزام», «تزام»); [] for a word without."""
    found = _ARTICLE_WORD.fullmatch(word)
    if found is None:
        return []
    return [found["s1"], found["s2"]] if found["s2"] else [found["s1"]]


def strip_article(word: str) -> str:
    """``word`` (normalised) without one leading article prefix (ال، وال، بال، فال، كال، لل),
    when an Arabic letter and at least one more character are left; otherwise ``word``."""
    stems = _stems(word)
    return stems[0] if stems else word


def index_form(text: str) -> str:
    """The text as the full-text index stores it: normalised for search, each Arabic word with
    an article prefix followed by its forms without it («الانتخابات» → «الانتخابات انتخابات»)."""
    if not text:
        return ""
    folded = normalise_for_search(text)
    if not folded.isascii():
        folded = _NOT_WORD.sub(" ", folded)
    if "ال" not in folded and "لل" not in folded:
        return folded
    # A substitution template (no Python call per word): an absent s2 gives "" and an extra
    # space, which the tokenizer ignores.
    return _ARTICLE_WORD.sub(r"\g<0> \g<s1> \g<s2>", folded)


def query_terms(query: str) -> list[str]:
    """The words of a search query, normalised, with one article prefix stripped, without FTS5
    syntax; empty terms and repeats dropped, at most :data:`MAX_TERMS`. ``[]`` for a query with
    nothing to look for (blank, or punctuation only)."""
    if not isinstance(query, str) or not query.strip():
        return []
    terms: list[str] = []
    for word in _WORD.findall(normalise_for_search(query)):
        if not _HAS_TOKEN.search(word):
            continue  # marks alone: nothing FTS5 would index
        term = strip_article(word)[:MAX_TERM_CHARS]
        if term not in terms:
            terms.append(term)
            if len(terms) == MAX_TERMS:
                break
    return terms


def fts_match(terms: list[str]) -> str:
    """An FTS5 MATCH expression requiring every term as a word prefix: ``"a"* AND "b"*``.

    Terms come from :func:`query_terms` (no quotes in them); a quote that slips in is doubled,
    as FTS5 strings want, so the expression is always well formed. ``""`` for no terms.
    """
    return " AND ".join('"' + term.replace('"', '""') + '"*' for term in terms if term)


_LATIN_MARKS = regex.compile(r"[\u0300-\u036f]+")


def _fold_latin(text: str) -> str:
    """Without the combining diacritics U+0300–036F that Latin letters carry (as FTS5's
    ``remove_diacritics 2`` does): "café" → "cafe"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    if not _LATIN_MARKS.search(decomposed):
        return text
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", decomposed))


def _folded(text: str) -> str:
    """A text in the form its words are compared in: as indexed, Latin diacritics removed."""
    return text.lower() if text.isascii() else _fold_latin(normalise_for_search(text))


class _Matcher:
    """The words of a text that a query's terms match, found quickly: the text is normalised
    once, a regular expression finds the words that may match (a term, after up to two
    article prefixes, at the start of a word), and each of those is checked exactly."""

    def __init__(self, terms: tuple[str, ...]) -> None:
        self.wanted = tuple(dict.fromkeys(_fold_latin(t) for t in terms if t))
        self.candidate = None
        if self.wanted:
            either = "|".join(regex.escape(t) for t in self.wanted)
            self.candidate = regex.compile(rf"{_WORD_START}(?:{_PREFIX}){{0,2}}(?:{either})")

    def word_matches(self, word: str) -> bool:
        """Whether a term matches this word of an original text (the exact rule)."""
        for token in _WORD.findall(_folded(word)):
            if token.startswith(self.wanted):
                return True
            if any(stem.startswith(self.wanted) for stem in _stems(token)):
                return True
        return False

    def spans(self, text: str, first_only: bool = False) -> list[tuple[int, int]]:
        if not text or self.candidate is None:
            return []
        folded = _folded(text)
        candidates = [m.start() for m in self.candidate.finditer(folded)]
        if not candidates:
            return []
        if first_only:
            candidates = candidates[:8]  # the first few; the slow way below if none is one
        originals = [m.span() for m in _WORD.finditer(text)]
        starts = {m.start(): i for i, m in enumerate(_WORD.finditer(folded))}
        found: list[tuple[int, int]] = []
        if len(starts) == len(originals):  # word i of the folded text is word i of the text
            for position in candidates:
                index = starts.get(position)
                if index is None:
                    continue
                a, b = originals[index]
                if (not found or found[-1] != (a, b)) and self.word_matches(text[a:b]):
                    found.append((a, b))
                    if first_only:
                        return found
            if found or not first_only:
                return found
        # Words split or vanished when normalised (ligatures, marks alone): word by word.
        for a, b in originals:
            if self.word_matches(text[a:b]):
                found.append((a, b))
                if first_only:
                    break
        return found


_MATCHERS: dict[tuple[str, ...], _Matcher] = {}


def _matcher(terms: list[str] | tuple[str, ...]) -> _Matcher:
    key = tuple(terms)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        if len(_MATCHERS) > 64:
            _MATCHERS.clear()
        matcher = _MATCHERS[key] = _Matcher(key)
    return matcher


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text`` (the original, as shown) that one of ``terms``
    matches as the index does: the word, normalised, or one of its forms without an article
    prefix, starts with the term. In order, never overlapping, within ``text``."""
    if not text or not terms:
        return []
    return _matcher(terms).spans(text)


def first_match(text: str, terms: list[str]) -> tuple[int, int] | None:
    """The first span :func:`match_spans` would give (None when there is none)."""
    if not text or not terms:
        return None
    found = _matcher(terms).spans(text, first_only=True)
    return found[0] if found else None


SNIPPET_CHARS = 160
_SENTENCE_END = regex.compile(r"[.!?؟。…]+[\s\"'»”)]*")
_SPACE = regex.compile(r"\s")


def snippet(
    text: str,
    terms: list[str],
    width: int = SNIPPET_CHARS,
    hit: tuple[int, int] | None = None,
) -> tuple[str, list[tuple[int, int]]]:
    """About ``width`` characters of ``text`` around the first word a term matches (from the
    start of its sentence when that is near, within its line), on one line, with "…" where it
    was cut; and the spans of the matched words in it. The start of the text when no word
    matches; ``("", [])`` for an empty text. ``hit``: that word's span, when already known."""
    if not text or not text.strip():
        return "", []
    width = max(20, width)
    hit = first_match(text, terms) if hit is None else hit
    anchor, anchor_end = hit if hit is not None else (0, 0)
    line_start = text.rfind("\n", 0, anchor) + 1
    line_end = text.find("\n", anchor_end)
    if line_end < 0:
        line_end = len(text)
    start = line_start
    if anchor_end - line_start > width - width // 8 and anchor - line_start > width // 3:
        # The sentence's start when it is close enough, else a word boundary a little before.
        lo = anchor - width // 3
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, anchor)]
        if ends:
            start = ends[-1]
        else:
            space = _SPACE.search(text, lo, anchor)
            start = space.end() if space else lo
    end = min(line_end, start + width)
    if end < max(anchor_end, line_end):
        cut = text.rfind(" ", max(anchor_end, start + width // 2), end)
        end = cut if cut > 0 else end
    end = max(end, min(anchor_end, start + 2 * width))
    piece = text[start:end].strip()
    piece = _SPACE.sub(" ", piece)
    if not piece:
        return "", []
    if start > 0 and text[:start].strip():
        piece = "… " + piece
    if end < len(text) and text[end:].strip():
        piece += " …"
    return piece, match_spans(piece, terms)
