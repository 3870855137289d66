"""bench/keystroke.py runs and reports what the acceptance asks for (times are not judged here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "keystroke.py"


def test_keystroke_benchmark_runs_and_reports_medians() -> None:
    spec = importlib.util.spec_from_file_location("bench_keystroke", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert len(module.mixed_post()) == 3000
    result = module.run(samples=8)
    assert result["chars"] == 3000 and result["findings"] > 0
    for name in ("full", "keystroke"):
        stats = result[name]
        assert 0 < stats["median_ms"] <= stats["p95_ms"] <= stats["max_ms"]
