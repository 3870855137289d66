"""The monthly PDF report of the large workspace's busiest month (issue 8: under 2 s).

Finds the month with the most publication records, then builds its report (Arabic and English,
``--lang both``: the largest) ``--rounds`` times in this process, each into a fresh file. The
first build includes importing reportlab, arabic_reshaper and python-bidi and registering the
fonts (what the user waits for the first time); the later ones do not. Prints one JSON line;
``bench/run.py`` runs it as a child process. Run alone:

    .venv/bin/python bench/report.py --workspace bench/.cache/large
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET_MS = 2000.0


def busiest_month(db: Path) -> dt.date:
    import sqlite3

    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT strftime('%Y-%m', published_at) AS m, count(*) FROM publication_records "
            "GROUP BY m ORDER BY count(*) DESC, m LIMIT 1"
        ).fetchone()
    if row is None:
        raise SystemExit("the workspace has no publication records")
    year, month = row[0].split("-")
    return dt.date(int(year), int(month), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--lang", default="both", choices=("ar", "en", "both"))
    args = parser.parse_args(argv)

    from app.reports.monthly import build_monthly_report
    from app.services.settings import SettingsService
    from app.services.workspace import OpenWorkspace
    from app.store.workspace import Workspace

    month = busiest_month(args.workspace / "bayan.db")
    opened = OpenWorkspace(Workspace(args.workspace))
    zone = SettingsService(opened.sessions).timezone()
    samples, pages = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(max(2, args.rounds)):
            start = time.perf_counter()
            info = build_monthly_report(
                opened.sessions,
                month,
                "month",
                args.lang,
                Path(tmp) / f"report-{k}.pdf",
                clock=lambda: dt.datetime.now(dt.UTC),
                timezone=zone,
                media_dir=opened.workspace.media_dir,
            )
            samples.append((time.perf_counter() - start) * 1000)
            pages = info.pages
    warm = samples[1:]
    print(
        json.dumps(
            {
                "month": month.isoformat()[:7],
                "lang": args.lang,
                "pages": pages,
                "first_ms": samples[0],
                "median_ms": statistics.median(warm),
                "min_ms": min(warm),
                "samples_ms": [round(s, 1) for s in samples],
                "budget_ms": BUDGET_MS,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
