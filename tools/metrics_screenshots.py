"""Render the metrics page's KPI tab offscreen, in Arabic and in English, into
docs/screenshots/ (metrics-ar.png, metrics-en.png).

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/metrics_screenshots.py WORKSPACE``
(a demo workspace: ``bayan demo --workspace WORKSPACE``). "Now" is the demo's today at 10:00
in the workspace's time zone. Nothing is changed in the workspace.
"""

from __future__ import annotations

import sys

from shots import application, arguments, demo_now, windows


def main() -> int:
    args = arguments()
    app = application()
    for language, window in windows(app, args.workspace):
        now = demo_now(window)
        window.context.clock = lambda now=now: now
        window.resize(1280, 800)
        window.navigation.setCurrentRow(window.page_factories.index(window._make_metrics))
        window.metrics.tabs.setCurrentIndex(3)  # KPIs
        app.processEvents()
        path = args.out / f"metrics-{language}.png"
        window.grab().save(str(path))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
