"""The start-up benchmark compares like with like."""

from __future__ import annotations

import re
from pathlib import Path

from app.ui.main_window import MainWindow

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_bare_window_has_the_size_bayan_opens_with() -> None:
    text = (BENCH / "bare_window.py").read_text(encoding="utf-8")
    sizes = re.findall(r"resize\((\d+), (\d+)\)", text)
    assert sizes == [tuple(str(n) for n in MainWindow.DEFAULT_SIZE)]
