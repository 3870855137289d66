"""Global search on a workspace (issue 7: under 20 ms median on the large workspace), beside the
raw FTS5 query for the same terms in the same run.

Times, in this process, for a fixed list of Arabic and English queries (spelling variants,
words most posts share, rare ones, a prefix being typed, two-word queries):

- ``search``: :meth:`app.services.search.SearchService.search` with the default 20 results per
  kind, on a :class:`app.store.fastread.FastReader` as the GUI's search dialog uses it: the
  query normalised, three ranked FTS5 queries (one per kind), the hits' rows read by id, titles,
  snippets and the spans of the matched words;
- ``ranked``: those three FTS5 queries alone (what the service asks SQLite);
- ``raw``: the plain FTS5 query one would write for the same terms, all kinds at once, ranked
  by bm25 over every match: ``SELECT rowid, rank FROM search_index WHERE search_index MATCH ?
  ORDER BY rank LIMIT 60``.

Each query runs once untimed (warm-up), then ``--rounds`` times for each of the three, in turn.
Prints one JSON line; ``bench/run.py`` runs it as a child process. Run alone:

    .venv/bin/python bench/search.py --workspace bench/.cache/large
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET_MS = 20.0
QUERIES = (
    "الانتخابات",  # in a fifth of the posts
    "الإقتراع",  # hamza variant of a word in most posts
    "مراكز الاقتراع",  # two words
    "الناخبين",
    "ورشة",  # ta marbuta
    "انتخ",  # a prefix, as typed
    "عمّان",  # shadda
    "voter",
    "Polling place",
    "٢٠٢٦",  # Arabic-Indic digits
)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    db = args.workspace / "bayan.db"

    from app.core.search import fts_match, query_terms
    from app.services.search import SearchService
    from app.services.workspace import OpenWorkspace
    from app.store import search_index
    from app.store.fastread import FastReader
    from app.store.workspace import Workspace

    reader = FastReader(db)
    conn = reader._conn  # the same connection the service reads through
    service = SearchService(OpenWorkspace(Workspace(args.workspace)).sessions, reader=reader)
    matches = {q: fts_match(query_terms(q)) for q in QUERIES}

    def ranked(query: str) -> int:
        return sum(
            len(search_index.ranked(conn, matches[query], kind, 20)) for kind in search_index.KINDS
        )

    def raw(query: str) -> int:
        return len(
            conn.execute(
                "SELECT rowid, rank FROM search_index WHERE search_index MATCH ?"
                " ORDER BY rank LIMIT 60",
                (matches[query],),
            ).fetchall()
        )

    def search(query: str) -> int:
        return len(service.search(query))

    cases = {"search": search, "ranked": ranked, "raw": raw}
    samples: dict[str, list[float]] = {name: [] for name in cases}
    per_query: dict[str, dict[str, list[float]]] = {q: {n: [] for n in cases} for q in QUERIES}
    hits: dict[str, int] = {}
    total = {
        q: conn.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (matches[q],)
        ).fetchone()[0]
        for q in QUERIES
    }
    for query in QUERIES:
        for run in cases.values():
            run(query)  # warm-up: pages into the cache
    for _ in range(args.rounds):
        for query in QUERIES:
            for name, run in cases.items():
                began = time.perf_counter()
                count = run(query)
                took = (time.perf_counter() - began) * 1000.0
                samples[name].append(took)
                per_query[query][name].append(took)
                if name == "search":
                    hits[query] = count
    reader.close()

    def summary(values: list[float]) -> dict[str, float]:
        return {
            "median_ms": statistics.median(values),
            "min_ms": min(values),
            "p95_ms": percentile(values, 0.95),
            "max_ms": max(values),
        }

    figures = {name: summary(values) for name, values in samples.items()}
    figures["samples_ms"] = {name: [round(s, 3) for s in v] for name, v in samples.items()}
    figures["queries"] = [
        {
            "query": query,
            "matches": total[query],
            "hits": hits[query],
            **{
                f"{name}_ms": round(statistics.median(v), 3) for name, v in per_query[query].items()
            },
        }
        for query in QUERIES
    ]
    figures["budget_ms"] = BUDGET_MS
    print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
