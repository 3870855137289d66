"""English words for A11Y-HASH-1: is a hashtag one dictionary word, and where are the word
boundaries of a run-together one ("mentalhealth" → "MentalHealth")?

Data from the ``wordsegment`` package (Apache-2.0): its English word list (``words.txt``, about
179,000 words) answers "is it a word", and the first 80,000 lines of its unigram counts (Peter
Norvig's web word counts) score splits. Both are read on first use only (about 0.1 s, 10 MB), never
at import; :func:`warm_up` lets the editor load them in the background beforehand.

A split is offered only when it is unambiguous: the best split into known words has at least two
words and is at least 100 times likelier than the next best (Norvig's unigram model, with tokens
missing from the word list made rarer).
"""

from __future__ import annotations

import itertools
import math
import threading
from functools import lru_cache

_UNIGRAM_LINES = 80_000
_MARGIN = 2.0  # log10: the best split must be 100 times likelier than the next one
# The web counts hold run-together tokens ("healthday", "forall") and names; a token that is not
# in the word list counts as 30 times rarer, so "world|health|day" beats "world|healthday".
_NOT_A_WORD = 1.5
_MAX_WORD = 24

_lock = threading.Lock()
_words_text: str | None = None
_unigrams: dict[str, float] | None = None


def _load() -> tuple[str, dict[str, float]]:
    global _words_text, _unigrams
    with _lock:
        if _words_text is None or _unigrams is None:
            from wordsegment import Segmenter

            with open(Segmenter.WORDS_FILENAME, encoding="utf-8") as f:
                words_text = "\n" + f.read().replace("\r", "")
            dictionary = frozenset(words_text.split())
            total = Segmenter.TOTAL
            unigrams: dict[str, float] = {}
            with open(Segmenter.UNIGRAMS_FILENAME, encoding="utf-8") as f:
                for line in itertools.islice(f, _UNIGRAM_LINES):
                    word, _, count = line.partition("\t")
                    score = math.log10(int(count) / total)
                    if len(word) > 1 and word not in dictionary:
                        score -= _NOT_A_WORD
                    unigrams[word] = score
            del dictionary
            _words_text, _unigrams = words_text, unigrams
        return _words_text, _unigrams


def warm_up() -> None:
    """Load the word data now (call from a worker thread to avoid a pause while typing)."""
    _load()


@lru_cache(maxsize=4096)
def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` (any case) is an English dictionary word."""
    w = word.lower()
    if not w.isascii() or not w.isalpha():
        return False
    words_text, _ = _load()
    return f"\n{w}\n" in words_text


def _word_score(unigrams: dict[str, float], w: str) -> float | None:
    if len(w) == 1:
        return unigrams.get(w) if w in ("a", "i") else None
    return unigrams.get(w)


@lru_cache(maxsize=2048)
def unambiguous_split(letters: str) -> tuple[str, ...] | None:
    """The words of a run-together lowercase ASCII ``letters``, or None when not sure.

    None when no split into known words exists, when the best is a single word, or when another
    split is nearly as likely ("expertsexchange").
    """
    w = letters.lower()
    if len(w) < 2 or not w.isascii() or not w.isalpha() or len(w) > 60:
        return None
    _, unigrams = _load()
    n = len(w)
    # best[i]: the two best (score, words) splits of w[:i]
    best: list[list[tuple[float, tuple[str, ...]]]] = [[] for _ in range(n + 1)]
    best[0] = [(0.0, ())]
    for i in range(1, n + 1):
        candidates: list[tuple[float, tuple[str, ...]]] = []
        for j in range(max(0, i - _MAX_WORD), i):
            if not best[j]:
                continue
            score = _word_score(unigrams, w[j:i])
            if score is None:
                continue
            for prev_score, prev_words in best[j]:
                candidates.append((prev_score + score, (*prev_words, w[j:i])))
        candidates.sort(key=lambda c: c[0], reverse=True)
        best[i] = candidates[:2]
    splits = best[n]
    if not splits:
        return None
    top_score, top_words = splits[0]
    if len(top_words) < 2:
        return None
    if len(splits) > 1 and top_score - splits[1][0] < _MARGIN:
        return None
    return top_words
