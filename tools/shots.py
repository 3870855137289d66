"""What the screenshot tools share: the command line (a workspace and ``--out``), an offscreen
application with Bayan's theme, the main window opened on a workspace in each language, and
the demo's "now" (its today at 10:00 in the workspace's zone)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ui import theme  # noqa: E402
from app.ui.launch import Launcher, set_names  # noqa: E402


def arguments() -> argparse.Namespace:
    """``WORKSPACE [--out DIR]``; the output folder is made."""
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def application() -> QApplication:
    set_names()
    app = QApplication(sys.argv[:1])
    theme.install(app)
    return app


def windows(app: QApplication, workspace: str | Path) -> Iterator[tuple[str, object]]:
    """The main window on ``workspace`` in Arabic, then in English; each closed after use."""
    for language in ("ar", "en"):
        args = argparse.Namespace(workspace=workspace, lang=language, bench_idle=True)
        launcher = Launcher(app, args)
        assert launcher.start(), "the workspace did not open"
        window = launcher.window
        assert window is not None
        yield language, window
        window.close()
        app.processEvents()


def demo_now(window) -> dt.datetime:  # type: ignore[no-untyped-def]
    """The demo's today at 10:00 in the workspace's zone (today, for another workspace)."""
    context = window.context
    demo = context.reader.setting("demo")
    today = dt.date.today()
    if isinstance(demo, str):
        today = dt.date.fromisoformat(json.loads(demo)["today"])
    zone = ZoneInfo(context.timezone)
    return dt.datetime.combine(today, dt.time(10), zone).astimezone(dt.UTC)
