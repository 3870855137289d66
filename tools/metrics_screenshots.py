"""Render the metrics page's KPI tab offscreen, in Arabic and in English, into
docs/screenshots/ (metrics-ar.png, metrics-en.png).

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/metrics_screenshots.py WORKSPACE``
(a demo workspace: ``bayan demo --workspace WORKSPACE``). "Now" is the demo's today at 10:00
in the workspace's time zone. Nothing is changed in the workspace.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ui import theme  # noqa: E402
from app.ui.launch import Launcher, set_names  # noqa: E402


def demo_now(window) -> dt.datetime:  # type: ignore[no-untyped-def]
    """The demo's today at 10:00 in the workspace's zone (today, for another workspace)."""
    context = window.context
    demo = context.reader.setting("demo")
    today = dt.date.today()
    if isinstance(demo, str):
        today = dt.date.fromisoformat(json.loads(demo)["today"])
    zone = ZoneInfo(context.timezone)
    return dt.datetime.combine(today, dt.time(10), zone).astimezone(dt.UTC)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    set_names()
    app = QApplication(sys.argv[:1])
    theme.install(app)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in ("ar", "en"):
        launch_args = argparse.Namespace(workspace=args.workspace, lang=language, bench_idle=True)
        launcher = Launcher(app, launch_args)
        assert launcher.start(), "the workspace did not open"
        window = launcher.window
        assert window is not None
        now = demo_now(window)
        window.context.clock = lambda now=now: now
        window.resize(1280, 800)
        window.navigation.setCurrentRow(window.page_factories.index(window._make_metrics))
        page = window.metrics
        page.tabs.setCurrentIndex(3)  # KPIs
        app.processEvents()
        path = args.out / f"metrics-{language}.png"
        window.grab().save(str(path))
        print(path)
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
