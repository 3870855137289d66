"""Resident memory after opening a workspace and visiting every page (issue 9: under 250 MB on
the large workspace).

Opens a workspace as ``bayan --workspace DIR`` does (offscreen, 1200×760), lets the window's
after-start work run, runs the full integrity check and the ORM's imports on their worker thread
as the application does after its first screen, then chooses every section of the navigation
list in turn, letting each page build, load and paint (its events processed for ``--settle-ms``,
then a synchronous ``repaint()``), and opens the global search (Ctrl+K) with a query. After that
it goes round every section ``--again`` times more (1; what each round adds would be a leak),
and reads this process's resident set from ``/proc/self/status``: ``VmRSS`` (resident now) and
``VmHWM`` (the highest it has been). Linux only.

Prints one JSON line (sizes in MB of 2**20 bytes): ``rss_mb`` and ``hwm_mb`` at the end, of
which ``anon_mb`` (heap) and ``file_mb`` (mapped libraries and files), ``first_screen_mb`` once
the first screen is up, and ``steps``: ``[name, rss_mb]`` after each step.
``--tracemalloc`` also traces the Python allocations from the first screen on and prints the
largest sources of what is still allocated at the end on stderr (slow; the figures are then
not comparable). ``bench/run.py`` runs it as a child process. Run alone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/memory.py --workspace bench/.cache/large
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET_MB = 250.0
STATUS = Path("/proc/self/status")
AFTER_START_WAIT_MS = 400
INTEGRITY_TIMEOUT_S = 120.0
SEARCH_QUERY = "الانتخابات"  # in a fifth of the large workspace's posts


def parse_status(text: str) -> dict[str, float]:
    """The sizes (``VmRSS``, ``VmHWM``, ``RssAnon``, ``RssFile``…) of a ``/proc/PID/status``
    text, in MB."""
    sizes: dict[str, float] = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        parts = value.split()
        sized = len(parts) == 2 and parts[1] == "kB" and parts[0].isdigit()
        if key.startswith(("Vm", "Rss")) and sized:
            sizes[key] = int(parts[0]) / 1024.0
    return sizes


def memory_mb() -> dict[str, float]:
    return parse_status(STATUS.read_text(encoding="ascii"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", required=True, type=Path)
    parser.add_argument(
        "--settle-ms", type=int, default=300, help="events processed after each step (300)"
    )
    parser.add_argument(
        "--again", type=int, default=1, help="rounds of every section after the first (1)"
    )
    parser.add_argument("--tracemalloc", action="store_true", help="list the largest sources")
    args = parser.parse_args(argv)
    if not STATUS.is_file():
        print("bench/memory.py: needs /proc/self/status (Linux)", file=sys.stderr)
        return 2

    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    from app.ui import theme
    from app.ui.launch import Launcher, set_names

    set_names()
    app = QApplication(sys.argv[:1])
    theme.install(app)
    launch_args = argparse.Namespace(workspace=str(args.workspace), lang="en", bench_idle=True)
    launcher = Launcher(app, launch_args)
    if not launcher.start():
        print("bench/memory.py: the workspace did not open", file=sys.stderr)
        return 2
    window = launcher.window
    assert window is not None
    window.resize(1200, 760)

    def settle(ms: int) -> None:
        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    settle(AFTER_START_WAIT_MS)
    assert launcher.focus_ring is not None, "the after-start work did not run"
    first_screen = memory_mb()["VmRSS"]

    # The application's own after-start check (skipped with --bench-idle): the full integrity
    # check on a worker thread, then the ORM's imports.
    from app.ui.integrity import IntegrityWatch

    watch = IntegrityWatch(app)
    done: list[object] = []
    watch.finished.connect(lambda: done.append(True))
    watch.damaged.connect(done.append)
    watch.start(window.context.workspace)
    began = time.monotonic()
    while not done:
        if time.monotonic() - began > INTEGRITY_TIMEOUT_S:
            print("bench/memory.py: the integrity check did not finish", file=sys.stderr)
            return 2
        settle(20)
    if done[0] is not True:
        print(f"bench/memory.py: the workspace is damaged: {done[0]}", file=sys.stderr)
        return 2

    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(12)

    steps: list[tuple[str, float]] = [("first screen", round(first_screen, 1))]
    steps.append(("integrity check", round(memory_mb()["VmRSS"], 1)))
    navigation = window.navigation

    def visit(row: int) -> str:
        navigation.setCurrentRow(row)
        settle(args.settle_ms)
        page = window.stack.currentWidget()
        page.repaint()
        return navigation.item(row).text() or type(page).__name__

    for row in range(navigation.count()):
        name = visit(row)
        steps.append((name, round(memory_mb()["VmRSS"], 1)))

    dialog = window.open_search()
    dialog.query.setText(SEARCH_QUERY)
    dialog.run_search()
    settle(args.settle_ms)
    dialog.repaint()
    if dialog.error or not dialog.hits:
        print(f"bench/memory.py: the search found nothing {dialog.error}", file=sys.stderr)
        return 2
    search_hits = len(dialog.hits)
    steps.append(("search dialog", round(memory_mb()["VmRSS"], 1)))
    dialog.hide()

    for round_no in range(args.again):
        for row in range(navigation.count()):
            visit(row)
        settle(args.settle_ms)
        end = memory_mb()
        steps.append((f"every section again ({round_no + 1})", round(end["VmRSS"], 1)))

    if args.tracemalloc:
        import tracemalloc

        snapshot = tracemalloc.take_snapshot()
        tracemalloc.stop()
        stats = snapshot.statistics("traceback")
        total = sum(s.size for s in stats) / 2**20
        print(f"Python allocations since the first screen: {total:.1f} MB", file=sys.stderr)
        for stat in stats[:15]:
            print(f"{stat.size / 2**20:7.2f} MB  {stat.count:8,} blocks", file=sys.stderr)
            for line in stat.traceback.format(limit=4):
                print("   " + line, file=sys.stderr)

    print(
        json.dumps(
            {
                "rss_mb": round(end["VmRSS"], 1),
                "hwm_mb": round(end["VmHWM"], 1),
                "anon_mb": round(end.get("RssAnon", 0.0), 1),
                "file_mb": round(end.get("RssFile", 0.0), 1),
                "first_screen_mb": round(first_screen, 1),
                "steps": steps,
                "pages": navigation.count(),
                "search_hits": search_hits,
                "budget_mb": BUDGET_MB,
            },
            ensure_ascii=False,
        )
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
