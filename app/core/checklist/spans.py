"""Rules run on the NFC form of a text (checklist.md); findings point into the text as typed.

Almost every text is already NFC (keyboards type composed letters), and then the two are the
same string and indices need no mapping. Otherwise the text is cut into grapheme clusters (NFC
never composes or reorders across a cluster boundary: combining marks, Hangul jamo and the
vowel signs that compose are all inside one cluster), each cluster is normalised on its own, and
an index inside a cluster that normalisation changed maps to the cluster's edges: a span's start
to the start of its first cluster, its end to the end of its last. A span therefore never cuts a
character the user typed in two, and at worst widens to whole clusters.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

import regex

_CLUSTER = regex.compile(r"\X", regex.DOTALL)


class NfcMap:
    """The NFC form of ``original`` (``.text``) and index mapping back to ``original``."""

    __slots__ = ("_norm_starts", "_orig_starts", "_same", "identity", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        if unicodedata.is_normalized("NFC", original):
            self.text = original
            self.identity = True
            return
        self.identity = False
        parts: list[str] = []
        norm_starts: list[int] = []
        orig_starts: list[int] = []
        same: list[bool] = []
        n = 0
        for m in _CLUSTER.finditer(original):
            cluster = m.group()
            nfc = unicodedata.normalize("NFC", cluster)
            norm_starts.append(n)
            orig_starts.append(m.start())
            same.append(nfc == cluster)
            parts.append(nfc)
            n += len(nfc)
        text = "".join(parts)
        whole = unicodedata.normalize("NFC", original)
        if text != whole:  # not seen in practice; keep the true NFC and map coarsely
            norm_starts, orig_starts, same, text = [0], [0], [False], whole
        norm_starts.append(len(text))
        orig_starts.append(len(original))
        same.append(True)
        self.text = text
        self._norm_starts = norm_starts
        self._orig_starts = orig_starts
        self._same = same

    def start(self, i: int) -> int:
        """Where a span starting at NFC index ``i`` starts in the original."""
        if self.identity:
            return i
        k = bisect_right(self._norm_starts, i) - 1
        k = max(0, min(k, len(self._norm_starts) - 1))
        base = self._orig_starts[k]
        if self._same[k]:
            return min(base + (i - self._norm_starts[k]), len(self.original))
        return base

    def end(self, i: int) -> int:
        """Where a span ending at NFC index ``i`` ends in the original."""
        if self.identity:
            return i
        k = bisect_right(self._norm_starts, i) - 1
        k = max(0, min(k, len(self._norm_starts) - 1))
        offset = i - self._norm_starts[k]
        if offset == 0:
            return self._orig_starts[k]
        if self._same[k]:
            return min(self._orig_starts[k] + offset, len(self.original))
        return self._orig_starts[k + 1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        s, e = self.start(start), self.end(end)
        return (s, max(s, e))
