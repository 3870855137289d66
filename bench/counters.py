"""Benchmark of the live counters on a 3,000-character mixed Arabic/English post.

    .venv/bin/python bench/counters.py [--rounds N]

Prints the median and minimum time of:

- ``twitter_text.parse_tweet`` (the reference, PyPI twitter-text-parser, if installed);
- ``xtext.parse_tweet_uncached`` with every cache emptied first (the worst case: a new text);
- ``xtext.parse_tweet`` per keystroke (one character changed each time, as while typing: the
  text is new, the URL words the keystroke did not touch are remembered);
- ``counters.measure_all`` per keystroke, on a draft targeting all eight platforms, Arabic and
  English (two X parses, a Threads emoji scan, NFC checks).

:func:`sample_post` is the post, for other benchmarks (counters plus checklist) to share.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.core import xtext  # noqa: E402
from app.core.counters import measure_all  # noqa: E402
from app.core.draft import Draft  # noqa: E402

PLATFORMS = ("facebook", "x", "instagram", "youtube", "linkedin", "tiktok", "threads", "website")

_AR = (
    "أعلنت وزارة الاقتصاد الرقمي والريادة اليوم عن إطلاق المرحلة الثانية من برنامج التحول "
    "الرقمي في المحافظات، بمشاركة أكثر من ١٢٠ مؤسسة حكومية. "
)
_EN = (
    "The Ministry of Digital Economy announced today the second phase of the digital "
    "transformation programme, with more than 120 public institutions taking part. "
)
_EXTRA = (
    "التفاصيل على الرابط https://modee.gov.jo/ar/news/123 ",
    "Read more at www.example.com/path?q=1 ",
    "👍🏽 ",
    "👨\u200d👩\u200d👧\u200d👦 ",
    "🇯🇴 ",
    "#التحول_الرقمي ",
    "#DigitalJordan ",
    "example.co.jp/x ",
    "… ",
    "1\ufe0f\u20e3 ",
)


def sample_post(length: int = 3000) -> str:
    """A mixed Arabic/English post of ``length`` characters with URLs, emoji and hashtags."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < length:
        for piece in (_AR if i % 2 == 0 else _EN, _EXTRA[i % len(_EXTRA)]):
            parts.append(piece)
            total += len(piece)
        i += 1
    return "".join(parts)[:length]


def keystrokes(text: str, count: int) -> list[str]:
    """``count`` different versions of ``text``, each with one character typed over another,
    at a different place each time (so no result can come from the cache of the last texts)."""
    seen = {text}
    out: list[str] = []
    i = 0
    while len(out) < count:
        at = 1 + (i * 7919) % (len(text) - 2)
        typed = text[:at] + "ابتثجحخدذرزسش"[i % 13] + text[at + 1 :]
        if typed not in seen:
            seen.add(typed)
            out.append(typed)
        i += 1
    return out


def timed(run: Callable[[int], object], rounds: int) -> list[float]:
    samples = []
    for i in range(rounds):
        start = time.perf_counter()
        run(i)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def clear_caches() -> None:
    xtext._parse_cached.cache_clear()
    xtext._urls_in_window.cache_clear()
    xtext._punycode.cache_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args(argv)
    rounds = args.rounds

    post = sample_post()
    other = post  # the other language's editor: unchanged while the officer types in this one
    xtext.warm_up()
    texts = keystrokes(post, rounds)
    drafts = [Draft(text_ar=t, text_en=other, platforms=PLATFORMS) for t in texts]
    for draft in drafts[:3]:
        measure_all(draft)

    rows: list[tuple[str, list[float]]] = []
    try:
        import twitter_text
    except ImportError:
        twitter_text = None
    if twitter_text is not None:
        reference = twitter_text.parse_tweet
        rows.append(
            ("reference twitter_text.parse_tweet", timed(lambda i: reference(texts[i]), 50))
        )

    def cold(i: int) -> None:
        clear_caches()
        xtext.parse_tweet_uncached(texts[i])

    rows.append(("xtext.parse_tweet, all caches empty", timed(cold, rounds)))
    for draft in drafts[:3]:
        measure_all(draft)
    xtext._parse_cached.cache_clear()
    rows.append(
        ("xtext.parse_tweet per keystroke", timed(lambda i: xtext.parse_tweet(texts[i]), rounds))
    )
    xtext._parse_cached.cache_clear()
    rows.append(
        (
            "counters.measure_all per keystroke (8 platforms x 2)",
            timed(lambda i: measure_all(drafts[i]), rounds),
        )
    )

    print(f"{len(post)}-character post, {sys.version.split()[0]}, {rounds} rounds")
    print(f"{'what':<56} {'median ms':>10} {'min ms':>8}")
    for name, samples in rows:
        print(f"{name:<56} {statistics.median(samples):>10.3f} {min(samples):>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
