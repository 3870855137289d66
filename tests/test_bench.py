"""The benchmark runner's pieces (bench/run.py, bench/memory.py): what they compare, how the one
table is made and how a failure shows. Timing itself is not tested here."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.ui.main_window import MainWindow

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _load(name: str) -> ModuleType:
    module_name = f"bayan_bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def run() -> ModuleType:
    return _load("run")


@pytest.fixture(scope="module")
def memory() -> ModuleType:
    return _load("memory")


def _context(run: ModuleType, **kwargs: object):  # type: ignore[no-untyped-def]
    values = {"runs": 3, "warmup": 0, "skip_large": True, "rebuild": False, "env": dict(os.environ)}
    values.update(kwargs)
    return run.Context(**values)


def test_bare_window_has_the_size_bayan_opens_with() -> None:
    text = (BENCH / "bare_window.py").read_text(encoding="utf-8")
    sizes = re.findall(r"resize\((\d+), (\d+)\)", text)
    assert sizes == [tuple(str(n) for n in MainWindow.DEFAULT_SIZE)]


def test_one_run_holds_every_benchmark_of_the_issue(run: ModuleType) -> None:
    names = [bench.__name__ for bench in run.BENCHMARKS]
    issue_9 = ["startup", "calendar_months", "keystroke", "search", "inquiry_queue"]
    issue_9 += ["inquiry_page", "report", "memory"]
    assert [name for name in names if name in issue_9] == issue_9  # in the table's order
    assert len(set(names)) == len(names)
    source = (BENCH / "run.py").read_text(encoding="utf-8")
    for script in set(re.findall(r'BENCH_DIR / "(\w+\.py)"', source)):
        assert (BENCH / script).is_file(), script


def test_the_table_gives_units_ratios_limits_and_failures(run: ModuleType) -> None:
    rows = [
        run.Row("start-up: demo", 300.0, 280.0, ratio=1.2, baseline="bare", limit=1.5),
        run.Row("calendar: switch", 20.0, 18.0, ratio=1.25, baseline="16 ms budget", limit=1.0),
        run.Row("memory: resident", 186.25, 185.0, ratio=0.745, limit=1.0, unit="MB"),
        run.failed_row(run.report, run.BenchError("report: bench/report.py failed\n  tail")),
    ]
    lines = run.format_table(rows).splitlines()
    assert lines[0].split() == ["benchmark", "median", "min", "unit", "ratio", "baseline", "limit"]
    demo, calendar, resident, failed = lines[2:]
    assert demo.endswith("<= 1.5 ok") and " 300.0 " in demo and " ms " in demo
    assert calendar.endswith("<= 1 OVER")
    assert " 186.2 " in resident and " MB " in resident and " 0.74 " in resident
    assert failed.startswith("report: FAILED") and failed.endswith("FAILED")
    assert "report: bench/report.py failed" in failed and "tail" not in failed
    assert rows[1].over_limit and not rows[0].over_limit and not rows[2].over_limit


def test_a_failing_benchmark_leaves_the_others_in_the_table_and_exits_1(
    run: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fine(ctx):  # type: ignore[no-untyped-def]
        return [run.Row("fine: one", 1.0, 1.0, ratio=0.5, limit=1.0)]

    def broken(ctx):  # type: ignore[no-untyped-def]
        raise run.BenchError("broken: the child exited with 3")

    def after(ctx):  # type: ignore[no-untyped-def]
        return [run.Row("after: one", 2.0, 2.0)]

    monkeypatch.setattr(run, "BENCHMARKS", [fine, broken, after])
    monkeypatch.setattr("compileall.compile_dir", lambda *a, **k: True)
    assert run.main(["--runs", "1"]) == 1
    out, err = capsys.readouterr()
    assert "fine: one" in out and "after: one" in out and "broken: FAILED" in out
    assert "broken: the child exited with 3" in err

    monkeypatch.setattr(run, "BENCHMARKS", [fine, after])
    assert run.main(["--runs", "1"]) == 0
    monkeypatch.setattr(run, "BENCHMARKS", [lambda ctx: [run.Row("x", 3.0, 3.0, 3.0, "", 1.0)]])
    assert run.main(["--runs", "1"]) == 0  # over its limit: said, but an error only if strict
    assert run.main(["--runs", "1", "--strict"]) == 1


def test_child_json_reads_the_last_line_and_reports_failures(run: ModuleType) -> None:
    ctx = _context(run)
    code = "print('progress'); print('{\"a\": 1}')"
    assert run.child_json([sys.executable, "-c", code], "ok", ctx) == {"a": 1}
    failing = "import sys; print('what went wrong', file=sys.stderr); sys.exit(3)"
    with pytest.raises(run.BenchError, match=r"(?s)exit code 3.*what went wrong"):
        run.child_json([sys.executable, "-c", failing], "failing", ctx)
    with pytest.raises(run.BenchError, match="unreadable result"):
        run.child_json([sys.executable, "-c", "print('not json')"], "garbled", ctx)


def test_cached_workspaces_are_made_again_when_a_migration_changes(
    run: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "app" / "store" / "migrations" / "versions"
    versions.mkdir(parents=True)
    (tmp_path / "app" / "services").mkdir()
    (tmp_path / "app" / "services" / "demo.py").write_text("SCALE = 1\n", encoding="utf-8")
    (versions / "0001_initial.py").write_text("revision = '0001'\n", encoding="utf-8")
    monkeypatch.setattr(run, "ROOT", tmp_path)
    first = run._demo_fingerprint()
    assert run._demo_fingerprint() == first
    (versions / "0002_more.py").write_text("revision = '0002'\n", encoding="utf-8")
    with_migration = run._demo_fingerprint()
    assert with_migration != first
    (tmp_path / "app" / "services" / "demo.py").write_text("SCALE = 2\n", encoding="utf-8")
    assert run._demo_fingerprint() != with_migration


def test_memory_rows_are_megabytes_against_the_250_mb_budget(
    run: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = iter(
        [
            {"rss_mb": 190.0, "hwm_mb": 200.0, "first_screen_mb": 70.0, "steps": [["a", 70]]},
            {"rss_mb": 180.0, "hwm_mb": 195.0, "first_screen_mb": 72.0, "steps": [["a", 72]]},
            {"rss_mb": 260.0, "hwm_mb": 270.0, "first_screen_mb": 71.0, "steps": [["a", 71]]},
        ]
    )
    commands: list[list[str]] = []

    def child_json(cmd, label, ctx):  # type: ignore[no-untyped-def]
        commands.append(cmd)
        return next(results)

    monkeypatch.setattr(run, "ensure_workspace", lambda name, args, ctx: tmp_path / name)
    monkeypatch.setattr(run, "child_json", child_json)
    resident, peak, first = run.memory(_context(run, runs=9, skip_large=False))
    assert len(commands) == 3 and commands[0][1].endswith("memory.py")
    assert commands[0][-1] == str(tmp_path / "large")
    assert (resident.median, resident.minimum, resident.unit) == (190.0, 180.0, "MB")
    assert resident.ratio == pytest.approx(190.0 / 250.0) and resident.limit == 1.0
    assert "large workspace" in resident.name and not resident.over_limit
    assert (peak.median, peak.limit) == (200.0, None)
    assert first.median == 71.0


def test_memory_reads_sizes_from_proc_status(memory: ModuleType) -> None:
    text = (
        "Name:\tpython\nVmPeak:\t  900000 kB\nVmHWM:\t  204800 kB\nVmRSS:\t  190464 kB\n"
        "RssAnon:\t  131072 kB\nRssFile:\t   59392 kB\nThreads:\t4\nVmFlags: rd wr\n"
    )
    sizes = memory.parse_status(text)
    assert sizes["VmRSS"] == 186.0 and sizes["VmHWM"] == 200.0
    assert sizes["RssAnon"] == 128.0 and sizes["RssFile"] == 58.0
    assert "Threads" not in sizes and "VmFlags" not in sizes and "Name" not in sizes
    if Path("/proc/self/status").is_file():
        now = memory.memory_mb()
        assert 10.0 < now["VmRSS"] <= now["VmHWM"]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="reads /proc (Linux)")
def test_memory_benchmark_visits_every_section_of_a_demo_workspace(workspace) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from app.services.demo import generate_demo

    generate_demo(workspace, today=dt.date(2026, 11, 24))
    workspace.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = str(workspace.workspace.root)
    result = subprocess.run(
        [sys.executable, str(BENCH / "memory.py"), "--workspace", root, "--settle-ms", "50"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    steps = [name for name, _ in figures["steps"]]
    pages = figures["pages"]
    assert pages >= 8 and len(steps) == pages + 4  # + first screen, check, search, again
    assert steps[:3] == ["first screen", "integrity check", "Dashboard"]
    assert steps[2 + pages - 1] == "Settings"  # always the last section
    assert {"Calendar", "Posts", "Inquiries", "Archive", "Metrics"} <= set(steps)
    assert steps[-2:] == ["search dialog", "every section again (1)"]
    assert figures["search_hits"] > 0
    assert 0 < figures["first_screen_mb"] <= figures["rss_mb"] <= figures["hwm_mb"]
    assert figures["rss_mb"] == figures["steps"][-1][1]


def test_a_busy_machine_is_reported(run: ModuleType) -> None:
    assert run.load_warning(None, 2) == ""
    assert run.load_warning(1.5, 2) == ""
    warning = run.load_warning(5.25, 2)
    assert "load average 5.2 on 2 CPUs" in warning and "pessimistic" in warning
