"""Per-piece caches for the work done on every keystroke over a whole text.

A long text is cut into pieces: after each line break and after each ". " at least 32
characters after the previous cut (plain string searches, cheaper than one regular-expression
pass). A keystroke changes one piece; what is computed per piece and remembered (keyed by the
piece's text) is found again for all the others.

Every cut falls right after a whitespace character. So a pattern none of whose matches can
contain whitespace, and whose lookarounds (if any) see whitespace and the start or end of a
string alike, finds exactly the same matches piece by piece as in the whole text: a match cannot
straddle a cut, the character before a piece is whitespace (as good as the start of the string
to a lookbehind that whitespace does not satisfy), and a match never ends at a piece's end (its
last character is whitespace) except at the end of the text. :func:`local_spans` is only used
with such patterns; each use says why its pattern qualifies.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SHORT = 256  # texts up to this length are searched whole
_MIN_PIECE = 32


@lru_cache(maxsize=16)
def pieces(text: str) -> tuple[str, ...]:
    """``text`` cut after each line break and after each ". " at least 32 characters after the
    previous cut: the pieces joined give ``text`` back; each but the last ends in whitespace."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):  # every line break str.splitlines knows
        start = 0
        find = line.find
        while True:
            i = find(". ", start + _MIN_PIECE)
            if i < 0:
                break
            out.append(line[start : i + 2])
            start = i + 2
        if start < len(line):
            out.append(line[start:])
    return tuple(out) if out else (text,)


@lru_cache(maxsize=8192)
def _piece_spans(pattern: Any, piece: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in pattern.finditer(piece))


def local_spans(pattern: Any, text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in pattern.finditer(text)]``, found piece by piece (see the module's
    docstring for the patterns this may be used with: matches never hold whitespace)."""
    if len(text) <= SHORT:
        return [m.span() for m in pattern.finditer(text)]
    out: list[tuple[int, int]] = []
    offset = 0
    for piece in pieces(text):
        found = _piece_spans(pattern, piece)
        if found:
            if offset:
                out.extend([(s + offset, e + offset) for s, e in found])
            else:
                out.extend(found)
        offset += len(piece)
    return out


def run_spans(pattern: Any, text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in pattern.finditer(text)]`` for a pattern of the form ``[...]+`` (the
    maximal runs of one character class), whatever the class: the runs of each piece, with a
    run that ends where a piece ends joined to one that starts where the next piece starts."""
    if len(text) <= SHORT:
        return [m.span() for m in pattern.finditer(text)]
    out: list[tuple[int, int]] = []
    offset = 0
    for piece in pieces(text):
        for s, e in _piece_spans(pattern, piece):
            s += offset
            e += offset
            if out and out[-1][1] == s:
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        offset += len(piece)
    return out


def has_match(pattern: Any, text: str) -> bool:
    """``pattern.search(text) is not None`` for a pattern :func:`local_spans` may take."""
    if len(text) <= SHORT:
        return pattern.search(text) is not None
    return any(_piece_spans(pattern, piece) for piece in pieces(text))


@lru_cache(maxsize=4096)
def _piece_top(piece: str) -> str:
    return max(piece)


def top_char(text: str) -> str:
    """The highest code point of ``text`` ("\\0" for an empty text)."""
    if not text:
        return "\0"
    if len(text) <= SHORT:
        return max(text)
    return max(map(_piece_top, pieces(text)))


@lru_cache(maxsize=4096)
def _piece_count(pattern: re.Pattern[str], piece: str) -> int:
    return sum(map(len, pattern.findall(piece)))


def char_count(pattern: re.Pattern[str], text: str) -> int:
    """How many characters the matches of ``pattern`` in ``text`` cover, for a pattern that
    matches runs of one character class (the count then adds up over any cut of the text)."""
    if len(text) <= SHORT:
        return sum(map(len, pattern.findall(text)))
    return sum([_piece_count(pattern, piece) for piece in pieces(text)])


def clear_caches() -> None:
    """Forget every piece (benchmarks of a first check)."""
    pieces.cache_clear()
    _piece_spans.cache_clear()
    _piece_top.cache_clear()
    _piece_count.cache_clear()
