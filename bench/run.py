"""Bayan's benchmarks: ``make bench`` (or ``.venv/bin/python bench/run.py --help``).

Standard library only, plus the project itself run as a child process (``python -m app``).

Each benchmark is a function ``(Context) -> list[Row]`` listed in ``BENCHMARKS``; all rows are
printed as one table (name, median, minimum and their unit, ratio to the row's baseline, the SPEC's
limit on that ratio). To add a benchmark, write such a function and append it to ``BENCHMARKS``;
a benchmark that fails is a FAILED row, the others still run, and the run exits 1.

The start-up benchmark (SPEC "Quality bars": start to an interactive main window within 1.5x the
start of a bare PySide6 window): wall-clock time from ``subprocess.Popen`` until the child prints
the line ``BAYAN_IDLE``, which it does once its main window is shown and the event loop is idle,
for a bare ``QMainWindow`` (bench/bare_window.py), Bayan on the demo workspace and Bayan on the
large workspace (``bayan demo --scale large``: 50,000 posts, 20,000 inquiries, 5,000 media
records). Runs are interleaved (one of each case per round) so that drifts in machine load hit
every case alike; the first round(s) are warm-up and not counted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
CACHE_DIR = BENCH_DIR / ".cache"
IDLE_LINE = b"BAYAN_IDLE"
CHILD_TIMEOUT_S = 60.0
STARTUP_RATIO_LIMIT = 1.5  # SPEC "Quality bars"


class BenchError(Exception):
    """A child process failed or timed out: the run is not valid."""


@dataclass
class Row:
    name: str
    median: float
    minimum: float
    ratio: float | None = None  # median / baseline's median
    baseline: str = ""  # what the ratio is taken against
    limit: float | None = None  # highest acceptable ratio, when the SPEC sets one
    samples: list[float] = field(default_factory=list)
    unit: str = "ms"  # of median, minimum and samples
    error: str = ""  # the benchmark failed: why (its figures are then meaningless)

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.ratio is not None and self.ratio > self.limit

    @property
    def failed(self) -> bool:
        return bool(self.error)


@dataclass
class Context:
    runs: int
    warmup: int
    skip_large: bool
    rebuild: bool
    env: dict[str, str]
    python: str = sys.executable

    def log(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- child processes


def _tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    tail = text.strip().splitlines()[-lines:]
    return "".join("\n  " + line for line in tail)


def time_to_idle(cmd: list[str], ctx: Context, label: str) -> float:
    """Seconds from Popen to the child's BAYAN_IDLE line; the child must then exit with 0."""
    with tempfile.TemporaryDirectory(prefix="bayan-bench-") as tmp:
        err_path = Path(tmp) / "stderr.txt"
        with open(err_path, "wb") as err:
            timed_out = threading.Event()
            start = time.perf_counter()
            proc = subprocess.Popen(
                cmd,
                cwd=ROOT,
                env=ctx.env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=err,
            )

            def kill() -> None:
                timed_out.set()
                proc.kill()

            watchdog = threading.Timer(CHILD_TIMEOUT_S, kill)
            watchdog.start()
            idle_at = None
            try:
                assert proc.stdout is not None
                for line in proc.stdout:  # blocks; the watchdog ends it after the timeout
                    if line.strip() == IDLE_LINE:
                        idle_at = time.perf_counter()
                        break
                if idle_at is not None:
                    proc.stdout.read()  # let the child finish writing and quit
                returncode = proc.wait()
            finally:
                watchdog.cancel()
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                proc.stdout.close()
        command = " ".join(cmd)
        if timed_out.is_set():
            what = (
                "did not print BAYAN_IDLE" if idle_at is None else "did not quit after BAYAN_IDLE"
            )
            raise BenchError(
                f"{label}: {what} within {CHILD_TIMEOUT_S:.0f} s\n  command: {command}"
                + _tail(err_path)
            )
        if idle_at is None or returncode != 0:
            what = (
                "exited without printing BAYAN_IDLE"
                if idle_at is None
                else "failed after BAYAN_IDLE"
            )
            raise BenchError(
                f"{label}: {what} (exit code {returncode})\n  command: {command}" + _tail(err_path)
            )
        return idle_at - start


def measure_interleaved(cases: list[tuple[str, list[str]]], ctx: Context) -> dict[str, list[float]]:
    """Run every case once per round, warm-up rounds first; the measured times in ms per case."""
    samples: dict[str, list[float]] = {name: [] for name, _ in cases}
    rounds = ctx.warmup + ctx.runs
    for round_no in range(rounds):
        measured = round_no >= ctx.warmup
        ctx.log(f"  round {round_no + 1}/{rounds}{'' if measured else ' (warm-up)'}")
        # Rotate the order each round so no case always runs right after the same other one.
        shift = round_no % len(cases)
        for name, cmd in cases[shift:] + cases[:shift]:
            seconds = time_to_idle(cmd, ctx, name)
            if measured:
                samples[name].append(seconds * 1000.0)
    return samples


# ---------------------------------------------------------------- workspaces


def _demo_fingerprint() -> str:
    """Changes when the demo generator or the schema's migrations change, so a cached workspace
    is then made again (rather than migrated by the first benchmark that opens it, which would
    time the migration and leave a before-migration backup in the cache)."""
    digest = hashlib.sha256()
    migrations = ROOT / "app" / "store" / "migrations" / "versions"
    for path in sorted([*(ROOT / "app").rglob("*demo*.py"), *migrations.glob("*.py")]):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _row_counts(db: Path) -> str:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            parts = []
            for table in ("posts", "inquiries", "media_assets"):
                try:
                    (count,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
                    parts.append(f"{count:,} {table}")
                except sqlite3.Error:
                    pass
            return ", ".join(parts)
        finally:
            conn.close()
    except sqlite3.Error:
        return ""


def ensure_workspace(name: str, demo_args: list[str], ctx: Context) -> Path:
    """bench/.cache/NAME, made with ``python -m app demo`` unless a complete, current one is
    there."""
    workspace = CACHE_DIR / name
    marker = CACHE_DIR / f"{name}.complete"  # outside the workspace; written only on success
    fingerprint = _demo_fingerprint()
    current = (
        not ctx.rebuild
        and (workspace / "bayan.db").is_file()
        and marker.is_file()
        and marker.read_text(encoding="utf-8").strip() == fingerprint
    )
    if current:
        return workspace
    if workspace.exists():
        shutil.rmtree(workspace)
    marker.unlink(missing_ok=True)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cmd = [ctx.python, "-m", "app", "demo", "--workspace", str(workspace), *demo_args]
    ctx.log(f"making the {name} workspace: {' '.join(cmd[1:])}")
    start = time.perf_counter()
    result = subprocess.run(
        cmd,
        cwd=ROOT,
        env=ctx.env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        tail = "".join("\n  " + line for line in result.stderr.strip().splitlines()[-15:])
        raise BenchError(
            f"making the {name} workspace failed (exit code {result.returncode}){tail}"
        )
    marker.write_text(fingerprint + "\n", encoding="utf-8")
    counts = _row_counts(workspace / "bayan.db")
    ctx.log(f"  made in {seconds:.1f} s{': ' + counts if counts else ''}")
    return workspace


# ---------------------------------------------------------------- benchmarks


def bayan_command(ctx: Context) -> str:
    script = Path(ctx.python).with_name("bayan")
    if not script.exists():
        raise BenchError(f"{script} is missing: install the project first (make bench does)")
    return str(script)


def startup(ctx: Context) -> list[Row]:
    """Process start to main window shown and idle, against a bare PySide6 QMainWindow."""
    bare = "start-up: bare QMainWindow"
    cases = [(bare, [ctx.python, str(BENCH_DIR / "bare_window.py")])]
    workspaces = [("demo", "start-up: demo workspace", [])]
    if not ctx.skip_large:
        workspaces.append(("large", "start-up: large workspace", ["--scale", "large"]))
    for ws_name, label, demo_args in workspaces:
        path = ensure_workspace(ws_name, demo_args, ctx)
        # The installed `bayan` command, as a user starts it (python -m adds runpy's imports).
        cases.append((label, [bayan_command(ctx), "--workspace", str(path), "--bench-idle"]))

    ctx.log(f"start-up: {len(cases)} cases, {ctx.warmup} warm-up + {ctx.runs} measured rounds")
    samples = measure_interleaved(cases, ctx)
    base = statistics.median(samples[bare])
    rows = []
    for name, _ in cases:
        med = statistics.median(samples[name])
        rows.append(
            Row(
                name=name,
                median=med,
                minimum=min(samples[name]),
                ratio=med / base,
                baseline="bare QMainWindow",
                limit=None if name == bare else STARTUP_RATIO_LIMIT,
                samples=[round(s, 2) for s in samples[name]],
            )
        )
    return rows


CALENDAR_BUDGET_MS = 16.0  # SPEC "Quality bars": switching calendar months


def child_json(cmd: list[str], label: str, ctx: Context) -> dict:  # type: ignore[type-arg]
    """Run a benchmark script as a child process; the JSON object on its last stdout line."""
    script = Path(cmd[1]).name
    try:
        result = subprocess.run(
            cmd,
            cwd=ROOT,
            env=ctx.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=CHILD_TIMEOUT_S * 5,
        )
    except subprocess.TimeoutExpired:
        raise BenchError(f"{label}: no result within {CHILD_TIMEOUT_S * 5:.0f} s") from None
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        tail = "".join("\n  " + line for line in result.stderr.strip().splitlines()[-15:])
        raise BenchError(f"{label}: bench/{script} failed (exit code {result.returncode}){tail}")
    try:
        figures = json.loads(lines[-1])
    except ValueError as exc:
        raise BenchError(f"{label}: unreadable result from bench/{script}: {exc}") from None
    if not isinstance(figures, dict):
        raise BenchError(f"{label}: unreadable result from bench/{script}: not an object")
    return figures


def calendar_months(ctx: Context) -> list[Row]:
    """Switching months in the calendar (bench/calendar.py, in a child process): the next month's
    query, its day buckets and a synchronous repaint of the page, against the 16 ms budget."""
    name, demo_args = ("demo", []) if ctx.skip_large else ("large", ["--scale", "large"])
    path = ensure_workspace(name, demo_args, ctx)
    rounds = max(2, ctx.runs // 3)  # one round of 24 switches is at the mercy of a busy moment
    cmd = [
        ctx.python,
        str(BENCH_DIR / "calendar.py"),
        "--workspace",
        str(path),
        "--rounds",
        str(rounds),
    ]
    ctx.log(f"calendar: 24 month switches x {rounds} rounds on the {name} workspace")
    figures = child_json(cmd, "calendar", ctx)
    try:
        samples = [float(s) for s in figures["samples_ms"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise BenchError(f"calendar: unreadable result from bench/calendar.py: {exc}") from None
    median = statistics.median(samples)
    posts = figures.get("posts") or [0]
    ctx.log(
        f"  median {median:.1f} ms, p95 {figures['p95_ms']:.1f} ms, max {figures['max_ms']:.1f}"
        f" ms; {min(posts):,}–{max(posts):,} posts a month"
    )
    return [
        Row(
            name=f"calendar: month switch, {name} workspace",
            median=median,
            minimum=min(samples),
            ratio=median / CALENDAR_BUDGET_MS,
            baseline=f"{CALENDAR_BUDGET_MS:g} ms budget",
            limit=1.0,
            samples=[round(s, 2) for s in samples],
        )
    ]


KEYSTROKE_BUDGET_MS = 2.0  # SPEC "Quality bars": counters and checklist per keystroke


def keystroke(ctx: Context) -> list[Row]:
    """Counters plus the full checklist per keystroke on a 3,000-character mixed post
    (bench/keystroke.py, in a child process), against the 2 ms budget; the reference X counter
    (twitter-text-parser) on the same text is timed in the same run for comparison."""
    samples = max(100, ctx.runs * 20)
    ctx.log(f"keystroke: {samples} keystrokes in a 3,000-character mixed Arabic/English post")
    cmd = [ctx.python, str(BENCH_DIR / "keystroke.py"), "--json", "--samples", str(samples)]
    figures = child_json(cmd, "keystroke", ctx)
    try:
        typing = figures["keystroke"]
        first = figures["full"]
        reference = figures.get("reference_x_parse")
    except (KeyError, TypeError) as exc:
        raise BenchError(f"keystroke: unreadable result from bench/keystroke.py: {exc}") from None
    ctx.log(
        f"  per keystroke median {typing['median_ms']:.2f} ms, p95 {typing['p95_ms']:.2f} ms;"
        f" first check {first['median_ms']:.2f} ms; {figures['findings']} findings"
    )
    rows = [
        Row(
            name="keystroke: counters + checklist, 3,000 chars",
            median=typing["median_ms"],
            minimum=typing["min_ms"],
            ratio=typing["median_ms"] / KEYSTROKE_BUDGET_MS,
            baseline=f"{KEYSTROKE_BUDGET_MS:g} ms budget",
            limit=1.0,
        ),
        Row(
            name="keystroke: first check, nothing cached",
            median=first["median_ms"],
            minimum=first["min_ms"],
            ratio=first["median_ms"] / KEYSTROKE_BUDGET_MS,
            baseline=f"{KEYSTROKE_BUDGET_MS:g} ms budget",
            limit=None,
        ),
    ]
    if reference:
        rows.append(
            Row(
                name="keystroke: its X count vs twitter-text-parser",
                median=reference["median_ms"],
                minimum=reference["min_ms"],
                ratio=reference["median_ms"] / typing["median_ms"],
                baseline="whole keystroke above",
                limit=None,
            )
        )
    return rows


INQUIRY_PAGE_BUDGET_MS = 100.0  # issue 6: opening the inquiry page and sorting the open queue


def inquiry_page(ctx: Context) -> list[Row]:
    """Opening the Inquiries section and sorting its open queue by time left, synchronous
    repaint included (bench/inquiry_page.py, in child processes), against the 100 ms budget.
    The first row is each process's first opening (the page's modules imported then); the
    second, openings of a page built afresh once they are imported."""
    name, demo_args = ("demo", []) if ctx.skip_large else ("large", ["--scale", "large"])
    path = ensure_workspace(name, demo_args, ctx)
    processes = max(3, ctx.runs // 3)
    cmd = [ctx.python, str(BENCH_DIR / "inquiry_page.py"), "--workspace", str(path)]
    ctx.log(f"inquiry page: {processes} processes on the {name} workspace")
    first: list[float] = []
    again: list[float] = []
    figures: dict = {}  # type: ignore[type-arg]
    for _ in range(processes):
        figures = child_json(cmd, "inquiry page", ctx)
        try:
            first.append(float(figures["first_open_ms"]))
            again.extend(float(s) for s in figures["samples_ms"])
        except (KeyError, TypeError, ValueError) as exc:
            raise BenchError(
                f"inquiry page: unreadable result from bench/inquiry_page.py: {exc}"
            ) from None
    ctx.log(
        f"  {figures['open_rows']:,} open inquiries, {figures['overdue']} overdue; first"
        f" opening median {statistics.median(first):.1f} ms, again"
        f" {statistics.median(again):.1f} ms; re-sort {figures['sort_median_ms']:.1f} ms,"
        f" queue read {figures['queue_read_ms']:.1f} ms"
    )
    budget = f"{INQUIRY_PAGE_BUDGET_MS:g} ms budget"
    return [
        Row(
            name=f"inquiry page: open + sort the open queue, {name} workspace",
            median=statistics.median(first),
            minimum=min(first),
            ratio=statistics.median(first) / INQUIRY_PAGE_BUDGET_MS,
            baseline=budget,
            limit=1.0,
            samples=[round(s, 2) for s in first],
        ),
        Row(
            name="inquiry page: open again (page built afresh)",
            median=statistics.median(again),
            minimum=min(again),
            ratio=statistics.median(again) / INQUIRY_PAGE_BUDGET_MS,
            baseline=budget,
            limit=1.0,
            samples=[round(s, 2) for s in again],
        ),
    ]


def inquiry_queue(ctx: Context) -> list[Row]:
    """The open queue read and ordered by time left in office hours without the GUI
    (bench/inquiry_queue.py, in a child process): through the fast reader, as the Inquiries page
    reads it, against the page's 100 ms budget (the page's own drawing comes on top), and
    through InquiryService on SQLAlchemy (what the command line uses) as a ratio to it."""
    name, demo_args = ("demo", []) if ctx.skip_large else ("large", ["--scale", "large"])
    path = ensure_workspace(name, demo_args, ctx)
    rounds = max(10, ctx.runs * 2)
    cmd = [ctx.python, str(BENCH_DIR / "inquiry_queue.py"), "--workspace", str(path)]
    cmd += ["--rounds", str(rounds)]
    ctx.log(f"inquiry queue: {rounds} reads on the {name} workspace")
    figures = child_json(cmd, "inquiry queue", ctx)
    try:
        fast, fast_min = float(figures["queue_median_ms"]), float(figures["queue_min_ms"])
        service = float(figures["service_queue_median_ms"])
        service_min = float(figures.get("service_queue_min_ms", service))
        rows, overdue = figures["open_rows"], figures["overdue"]
    except (KeyError, TypeError, ValueError) as exc:
        raise BenchError(
            f"inquiry queue: unreadable result from bench/inquiry_queue.py: {exc}"
        ) from None
    ctx.log(
        f"  {rows:,} open inquiries, {overdue} overdue; first read {figures['first_queue_ms']:.1f}"
        f" ms; dashboard's overdue count {figures['dashboard_overdue_median_ms']:.1f} ms"
    )
    return [
        Row(
            name=f"inquiry queue: read + order by time left, {name} workspace",
            median=fast,
            minimum=fast_min,
            ratio=fast / INQUIRY_PAGE_BUDGET_MS,
            baseline=f"{INQUIRY_PAGE_BUDGET_MS:g} ms budget",
        ),
        Row(
            name="inquiry queue: the same through InquiryService (ORM)",
            median=service,
            minimum=service_min,
            ratio=service / fast if fast else None,
            baseline="fast reader above",
        ),
    ]


SEARCH_BUDGET_MS = 20.0  # issue 7: global search on the large workspace, median


def search(ctx: Context) -> list[Row]:
    """Global search (bench/search.py, in a child process): SearchService on the fast reader,
    as the search dialog calls it, over ten Arabic and English queries, against the 20 ms
    budget; beside it, in the same run, the three FTS5 queries the service runs and the raw
    FTS5 query for the same terms (all kinds, bm25 over every match, 60 rows)."""
    name, demo_args = ("demo", []) if ctx.skip_large else ("large", ["--scale", "large"])
    path = ensure_workspace(name, demo_args, ctx)
    rounds = max(5, ctx.runs)
    cmd = [ctx.python, str(BENCH_DIR / "search.py"), "--workspace", str(path)]
    cmd += ["--rounds", str(rounds)]
    ctx.log(f"search: 10 queries x {rounds} rounds on the {name} workspace")
    figures = child_json(cmd, "search", ctx)
    try:
        service, ranked, raw = figures["search"], figures["ranked"], figures["raw"]
        queries = figures["queries"]
    except (KeyError, TypeError) as exc:
        raise BenchError(f"search: unreadable result from bench/search.py: {exc}") from None
    for q in queries:
        ctx.log(
            f"  {q['query']}: {q['matches']:,} matches, {q['hits']} hits; search"
            f" {q['search_ms']:.1f} ms, its FTS5 queries {q['ranked_ms']:.1f} ms, raw FTS5"
            f" {q['raw_ms']:.1f} ms"
        )
    budget = f"{SEARCH_BUDGET_MS:g} ms budget"
    return [
        Row(
            name=f"search: SearchService, 10 queries, {name} workspace",
            median=service["median_ms"],
            minimum=service["min_ms"],
            ratio=service["median_ms"] / SEARCH_BUDGET_MS,
            baseline=budget,
            limit=1.0,
        ),
        Row(
            name="search: its three ranked FTS5 queries alone",
            median=ranked["median_ms"],
            minimum=ranked["min_ms"],
            ratio=ranked["median_ms"] / service["median_ms"],
            baseline="SearchService above",
        ),
        Row(
            name="search: raw FTS5 MATCH, same terms, bm25 of all",
            median=raw["median_ms"],
            minimum=raw["min_ms"],
            ratio=raw["median_ms"] / service["median_ms"],
            baseline="SearchService above",
        ),
    ]


REPORT_BUDGET_MS = 2000.0  # issue 8: the monthly report of the large workspace's busiest month


def report(ctx: Context) -> list[Row]:
    """The monthly PDF report (bench/report.py, in a child process) of the busiest month of the
    large workspace, Arabic and English (``--lang both``), against the 2 s budget: the first
    build (with reportlab's imports and the fonts) and the median of the later ones."""
    name, demo_args = ("demo", []) if ctx.skip_large else ("large", ["--scale", "large"])
    path = ensure_workspace(name, demo_args, ctx)
    rounds = max(3, min(ctx.runs, 5))
    cmd = [ctx.python, str(BENCH_DIR / "report.py"), "--workspace", str(path)]
    cmd += ["--rounds", str(rounds)]
    ctx.log(f"report: busiest month of the {name} workspace, {rounds} builds")
    figures = child_json(cmd, "report", ctx)
    try:
        first, median, low = figures["first_ms"], figures["median_ms"], figures["min_ms"]
        month, pages = figures["month"], figures["pages"]
    except (KeyError, TypeError) as exc:
        raise BenchError(f"report: unreadable result from bench/report.py: {exc}") from None
    budget = f"{REPORT_BUDGET_MS:g} ms budget"
    return [
        Row(
            name=f"report: {month}, ar+en, {pages} pages, first build ({name} workspace)",
            median=first,
            minimum=first,
            ratio=first / REPORT_BUDGET_MS,
            baseline=budget,
            limit=1.0,
        ),
        Row(
            name="report: the same, later builds",
            median=median,
            minimum=low,
            ratio=median / REPORT_BUDGET_MS,
            baseline=budget,
            limit=1.0,
            samples=figures.get("samples_ms", []),
        ),
    ]


MEMORY_BUDGET_MB = 250.0  # issue 9: resident after the large workspace and every page


def memory(ctx: Context) -> list[Row]:
    """Resident memory (bench/memory.py, in child processes) after opening the large workspace
    as ``bayan`` does, its after-start work done, every section visited and painted, the search
    dialog used, and every section visited once more, against the 250 MB budget; beside it the
    peak (VmHWM) and the resident memory with just the first screen up."""
    name, demo_args = ("demo", []) if ctx.skip_large else ("large", ["--scale", "large"])
    if not Path("/proc/self/status").is_file():
        ctx.log("memory: skipped, it reads /proc/self/status (Linux only)")
        return []
    path = ensure_workspace(name, demo_args, ctx)
    processes = max(1, min(3, ctx.runs // 3))
    cmd = [ctx.python, str(BENCH_DIR / "memory.py"), "--workspace", str(path)]
    plural = "es" if processes != 1 else ""
    ctx.log(f"memory: {processes} process{plural} on the {name} workspace")
    rss: list[float] = []
    peak: list[float] = []
    first: list[float] = []
    figures: dict = {}  # type: ignore[type-arg]
    for _ in range(processes):
        figures = child_json(cmd, "memory", ctx)
        try:
            rss.append(float(figures["rss_mb"]))
            peak.append(float(figures["hwm_mb"]))
            first.append(float(figures["first_screen_mb"]))
            steps = [(str(step), float(mb)) for step, mb in figures["steps"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise BenchError(f"memory: unreadable result from bench/memory.py: {exc}") from None
    ctx.log("  resident after each step (MB): " + ", ".join(f"{s} {mb:.0f}" for s, mb in steps))
    budget = f"{MEMORY_BUDGET_MB:g} MB budget"

    def row(label: str, values: list[float], limit: float | None) -> Row:
        median = statistics.median(values)
        return Row(
            name=label,
            median=median,
            minimum=min(values),
            ratio=median / MEMORY_BUDGET_MB,
            baseline=budget,
            limit=limit,
            samples=values,
            unit="MB",
        )

    return [
        row(f"memory: resident after every page, {name} workspace", rss, 1.0),
        row("memory: peak resident (VmHWM) of the same", peak, None),
        row("memory: resident at the first screen, after-start work done", first, None),
    ]


BENCHMARKS: list[Callable[[Context], list[Row]]] = [
    startup,
    calendar_months,
    keystroke,
    search,
    inquiry_queue,
    inquiry_page,
    report,
    memory,
]


# ---------------------------------------------------------------- report


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def load_average() -> float | None:
    """The machine's load over the last minute (None where the system does not say)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def load_warning(load: float | None, cpus: int | None) -> str:
    """A warning when other work kept the CPUs busy: the budgets in ms and MB are absolute, so
    their rows are then pessimistic; the start-up ratios, measured interleaved, hold better."""
    if load is None or not cpus or load <= cpus:
        return ""
    return (
        f"warning: load average {load:.1f} on {cpus} CPUs: other work competed with the"
        " benchmarks; the rows against a budget in ms are then pessimistic"
    )


def describe_machine(ctx: Context) -> str:
    load = load_average()
    return (
        f"Python {platform.python_version()}, PySide6 {_version('PySide6_Essentials')}, "
        f"{platform.platform()}, {os.cpu_count()} CPUs"
        + ("" if load is None else f" (load average {load:.1f})")
        + f", QT_QPA_PLATFORM={ctx.env.get('QT_QPA_PLATFORM')}, "
        f"{ctx.runs} measured runs per case (+{ctx.warmup} warm-up), interleaved"
    )


def failed_row(bench: Callable[[Context], list[Row]], error: BenchError) -> Row:
    """The table's row for a benchmark that could not run: its name and FAILED."""
    return Row(name=f"{bench.__name__}: FAILED", median=0.0, minimum=0.0, error=str(error))


def format_table(rows: list[Row]) -> str:
    header = ("benchmark", "median", "min", "unit", "ratio", "baseline", "limit")
    body = []
    for row in rows:
        if row.failed:
            first_line = row.error.splitlines()[0] if row.error else ""
            body.append((row.name, "", "", "", "", first_line[:60], "FAILED"))
            continue
        limit = ""
        if row.limit is not None:
            limit = f"<= {row.limit:g} {'OVER' if row.over_limit else 'ok'}"
        body.append(
            (
                row.name,
                f"{row.median:.1f}",
                f"{row.minimum:.1f}",
                row.unit,
                "" if row.ratio is None else f"{row.ratio:.2f}",
                row.baseline,
                limit,
            )
        )
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
    right = {1, 2, 4}

    def fmt(cells: tuple[str, ...]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    lines = [fmt(header), fmt(tuple("-" * w for w in widths)), *(fmt(r) for r in body)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bayan's benchmarks (see bench/README.md).")
    parser.add_argument("--runs", type=int, default=9, help="measured runs per case (default 9)")
    parser.add_argument("--warmup", type=int, default=1, help="warm-up runs per case (default 1)")
    parser.add_argument(
        "--skip-large",
        action="store_true",
        help="leave out the large workspace (and do not make it)",
    )
    parser.add_argument(
        "--rebuild",
        action="store_true",
        help="make the cached demo workspaces in bench/.cache/ again",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        choices=[b.__name__ for b in BENCHMARKS],
        help="run only these benchmarks",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a ratio is over its limit"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")

    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("BAYAN_WORKSPACE", None)
    # Measure what a user's machine does: byte-code cached in __pycache__ (compiled here first).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    import compileall

    compileall.compile_dir(str(ROOT / "app"), quiet=1)
    ctx = Context(
        runs=args.runs,
        warmup=args.warmup,
        skip_large=args.skip_large,
        rebuild=args.rebuild,
        env=env,
    )

    rows: list[Row] = []
    for bench in BENCHMARKS:
        if args.only and bench.__name__ not in args.only:
            continue
        try:
            rows.extend(bench(ctx))
        except BenchError as exc:  # the others still run; the run then exits 1
            print(f"bench: {exc}", file=sys.stderr)
            rows.append(failed_row(bench, exc))

    machine = describe_machine(ctx)
    print(machine)
    print(format_table(rows))
    warning = load_warning(load_average(), os.cpu_count())
    if warning:
        print(warning, file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {"machine": machine, "rows": [asdict(r) for r in rows]},
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    failed = [r.name for r in rows if r.failed]
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    over = [r.name for r in rows if r.over_limit]
    if over:
        print(f"over the limit: {', '.join(over)}", file=sys.stderr)
    return 1 if failed or (over and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
