"""Month switching in the calendar (SPEC "Quality bars": under 16 ms on the large workspace).

Opens a workspace as ``bayan --workspace DIR`` does (offscreen), shows the Calendar section of
the main window (1200×760), and times switching forward month by month: each switch is the
"next month" action (one indexed query for the visible weeks, the new day buckets and bands)
followed by a synchronous repaint of the whole calendar page (``repaint()``: the month grid,
with the details of the posts it draws read in one query, the title and the counts), so the
painting is inside the time. The first switches warm up and are not counted; the 24 measured
switches run ``--rounds`` times from 23 months before the demo's "today", the busiest stretch of
the large workspace (about a thousand posts a month).

Prints one JSON line on stdout: ``{"samples_ms": [...], "posts": [...], ...}``; ``bench/run.py``
runs it as a child process and adds a row to its table. Run alone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/calendar.py --workspace bench/.cache/large
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

BUDGET_MS = 16.0


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def paint_counter(widget):  # type: ignore[no-untyped-def]
    """Counts the paint events ``widget`` gets (to check each switch really painted it)."""
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        count = 0

        def eventFilter(self, _watched, event) -> bool:  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = Counter(widget)
    widget.installEventFilter(counter)
    return counter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", required=True, type=Path)
    parser.add_argument("--months", type=int, default=24, help="switches per round (24)")
    parser.add_argument("--rounds", type=int, default=3, help="measured rounds (3)")
    parser.add_argument("--warmup", type=int, default=3, help="switches not counted (3)")
    parser.add_argument("--hijri", action="store_true", help="with Hijri dates shown")
    parser.add_argument("--view", choices=("month", "week", "agenda"), default="month")
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
        print("bench/calendar.py: the workspace did not open", file=sys.stderr)
        return 2
    window = launcher.window
    assert window is not None
    window.resize(1200, 760)
    window.navigation.setCurrentRow(1)
    page = window.calendar
    app.processEvents()
    if args.hijri:
        page.hijri_check.setChecked(True)
    page.set_view(args.view)
    demo = window.context.reader.setting("demo")
    today = page.today
    if isinstance(demo, str):
        today = dt.date.fromisoformat(json.loads(demo)["today"])
    # json_extract gives the demo setting back as text: {"scale": …, "today": "YYYY-MM-DD"}
    from app.services.calendar import add_months

    start = add_months(today, -(args.months - 1))
    target = page  # the whole page: grid (or agenda list), title, counts
    drawn = page.agenda.viewport() if args.view == "agenda" else page.grid
    paints = paint_counter(drawn)

    def switch() -> float:
        before = paints.count
        began = time.perf_counter()
        page.next_period()
        target.repaint()
        took = (time.perf_counter() - began) * 1000.0
        if paints.count == before:
            raise SystemExit("bench/calendar.py: the switch did not repaint the calendar")
        return took

    gc.collect()
    gc.freeze()
    samples: list[float] = []
    posts: list[int] = []
    for _round in range(args.rounds):
        page.go_to(add_months(start, -1 - args.warmup))
        target.repaint()
        for _ in range(args.warmup):
            switch()
        for _ in range(args.months):
            samples.append(switch())
            assert page.data is not None
            posts.append(page.data.post_count)
    # What one switch spends where, on the last month: the read, and the paint alone.
    assert page.data is not None
    first, last = page.visible_range()
    began = time.perf_counter()
    page.service.load(first, last, page.post_filter())
    load_ms = (time.perf_counter() - began) * 1000.0
    began = time.perf_counter()
    drawn.repaint()
    paint_ms = (time.perf_counter() - began) * 1000.0
    result = {
        "view": args.view,
        "hijri": args.hijri,
        "from": start.isoformat(),
        "samples_ms": [round(s, 3) for s in samples],
        "posts": posts,
        "median_ms": statistics.median(samples),
        "p95_ms": percentile(samples, 0.95),
        "max_ms": max(samples),
        "min_ms": min(samples),
        "last_load_ms": load_ms,  # the slots and bands of the last month
        "last_paint_ms": paint_ms,  # painting its grid again (details already read)
        "budget_ms": BUDGET_MS,
    }
    print(json.dumps(result))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
