"""The inquiry page's open queue on a workspace (issue 6: opening the page and sorting the open
queue on the large workspace under 100 ms, the page's own drawing included).

Times, in this process: the first read of the open queue through
:meth:`app.store.fastread.FastReader.inquiry_queue` (its imports, the settings, the query of the
open inquiries and their order by time left in office hours), then ``--rounds`` more of the
same, the same through the service (:meth:`app.services.inquiries.InquiryService.queue`, on
SQLAlchemy), and the dashboard's overdue count. "Now" is the demo's today at 10:00 in the
workspace's time zone, so the figures do not drift as the demo ages.

Prints one JSON line. Run alone:

    .venv/bin/python bench/inquiry_queue.py --workspace bench/.cache/large
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    db = args.workspace / "bayan.db"

    began = time.perf_counter()
    from app.store.fastread import FastReader

    reader = FastReader(db)
    zone_name = reader.setting("timezone", "UTC")
    demo = reader.json_object_setting("demo") or {}
    from zoneinfo import ZoneInfo

    today = dt.date.fromisoformat(demo["today"]) if "today" in demo else dt.date.today()
    now = dt.datetime.combine(today, dt.time(10), ZoneInfo(zone_name)).astimezone(dt.UTC)
    opened = time.perf_counter()
    rows = reader.inquiry_queue(None, now, zone_name)
    first_ms = (time.perf_counter() - opened) * 1000
    open_ms = (opened - began) * 1000

    fast = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        rows = reader.inquiry_queue(None, now, zone_name)
        fast.append((time.perf_counter() - t) * 1000)

    from app.services.dashboard import DashboardService

    dashboard = DashboardService(reader, zone_name)
    overdue = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        count = dashboard.overdue_inquiries(now)
        overdue.append((time.perf_counter() - t) * 1000)
    reader.close()

    from app.services.inquiries import InquiryService
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    opened_ws = open_workspace(Workspace(args.workspace), check_integrity=False)
    try:
        service = InquiryService(opened_ws.sessions, clock=lambda: now)
        service_rows = service.queue()
        via_service = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            service_rows = service.queue()
            via_service.append((time.perf_counter() - t) * 1000)
    finally:
        opened_ws.close()
    assert [r.id for r in service_rows] == [r.id for r in rows]

    print(
        json.dumps(
            {
                "open_rows": len(rows),
                "awaiting_response": sum(r.awaiting_response for r in rows),
                "overdue": sum(r.overdue for r in rows),
                "dashboard_overdue": count,
                "reader_open_ms": round(open_ms, 2),
                "first_queue_ms": round(first_ms, 2),
                "queue_median_ms": round(statistics.median(fast), 2),
                "queue_min_ms": round(min(fast), 2),
                "service_queue_median_ms": round(statistics.median(via_service), 2),
                "service_queue_min_ms": round(min(via_service), 2),
                "dashboard_overdue_median_ms": round(statistics.median(overdue), 2),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
