"""Opening the inquiry page and sorting its open queue (issue 6: under 100 ms on the large
workspace).

Opens a workspace as ``bayan --workspace DIR`` does (offscreen, 1200×760), lets the window's
after-start work run (as it has by the time anyone can click), then times, each
followed by a synchronous repaint of the whole page (``repaint()``: the table's visible rows,
their texts and icons made as they are drawn, the filters, the note), so the drawing is inside
the time, as bench/calendar.py does for the month switch:

- ``first_open_ms``: the first time the Inquiries section is chosen in this process — the
  page's modules imported, the page built, the open queue read through
  :meth:`app.store.fastread.FastReader.inquiry_queue` and sorted by time left in office hours;
- ``samples_ms``: ``--rounds`` more openings of a page built afresh (modules already imported:
  the page is thrown away and the section chosen again);
- ``sort_ms``: clicking the "Received" header, then the "Time left" header again (the queue's
  own order), each with its repaint;
- ``reshow_ms``: coming back to the section (the queue is read again, the times left move on).

"Now" is the demo's today at 10:00 in the workspace's zone (the context's clock), so the
figures do not drift as the demo ages. Prints one JSON line; ``bench/run.py`` runs it as a
child process. Run alone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/inquiry_page.py --workspace bench/.cache/large
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET_MS = 100.0
AFTER_START_WAIT_MS = 400


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=15, help="openings after the first (15)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from app.ui import theme
    from app.ui.launch import Launcher, set_names

    set_names()
    app = QApplication(sys.argv[:1])
    theme.install(app)
    launch_args = argparse.Namespace(workspace=str(args.workspace), lang="en", bench_idle=True)
    launcher = Launcher(app, launch_args)
    if not launcher.start():
        print("bench/inquiry_page.py: the workspace did not open", file=sys.stderr)
        return 2
    window = launcher.window
    assert window is not None
    window.resize(1200, 760)
    # As a user meets it: the window's after-start work (focus ring, shortcuts) is done by the
    # time anyone can click a section; it runs 50 ms after the first screen.
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(AFTER_START_WAIT_MS)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    assert launcher.focus_ring is not None, "the after-start work did not run"
    context = window.context
    from zoneinfo import ZoneInfo

    demo = context.reader.setting("demo")
    today = dt.date.today()
    if isinstance(demo, str):
        today = dt.date.fromisoformat(json.loads(demo)["today"])
    zone = ZoneInfo(context.timezone)
    now = dt.datetime.combine(today, dt.time(10), zone).astimezone(dt.UTC)
    context.clock = lambda: now
    row = window.page_factories.index(window._make_inquiries)

    def open_page() -> float:
        began = time.perf_counter()
        window.navigation.setCurrentRow(row)
        page = window.stack.currentWidget()
        page.repaint()
        took = (time.perf_counter() - began) * 1000.0
        assert type(page).__name__ == "InquiriesPage"
        assert page.model.rows, "the open queue is empty"
        return took

    def throw_away() -> None:
        window.navigation.setCurrentRow(0)
        page = window.pages[row]
        window.pages[row] = None
        if page is not None:
            window.stack.removeWidget(page)
            page.deleteLater()
        app.processEvents()

    gc.collect()
    first = open_page()
    page = window.stack.currentWidget()
    rows = len(page.model.rows)
    overdue = sum(r.overdue for r in page.model.rows)
    awaiting = sum(r.awaiting_response for r in page.model.rows)

    from PySide6.QtCore import Qt

    from app.ui.pages.inquiries import COLUMNS

    sorts: list[float] = []
    for _ in range(args.rounds):
        for column in ("received_at", "time_left"):
            began = time.perf_counter()
            page.table.sortByColumn(COLUMNS.index(column), Qt.SortOrder.AscendingOrder)
            page.repaint()
            sorts.append((time.perf_counter() - began) * 1000.0)

    reshow: list[float] = []
    for _ in range(args.rounds):
        window.navigation.setCurrentRow(0)
        app.processEvents()
        reshow.append(open_page())

    samples: list[float] = []
    for _ in range(args.rounds):
        throw_away()
        gc.collect()
        samples.append(open_page())

    # Where the time of one opening goes: the queue's read alone.
    began = time.perf_counter()
    context.reader.inquiry_queue(None, now, context.timezone)
    read_ms = (time.perf_counter() - began) * 1000.0

    result = {
        "open_rows": rows,
        "awaiting_response": awaiting,
        "overdue": overdue,
        "first_open_ms": round(first, 2),
        "samples_ms": [round(s, 2) for s in samples],
        "median_ms": round(statistics.median(samples), 2),
        "min_ms": round(min(samples), 2),
        "max_ms": round(max(samples), 2),
        "sort_median_ms": round(statistics.median(sorts), 2),
        "reshow_median_ms": round(statistics.median(reshow), 2),
        "queue_read_ms": round(read_ms, 2),
        "budget_ms": BUDGET_MS,
    }
    print(json.dumps(result))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
