"""Render the Dashboard with its KPI cards and each of its tabs (next 7 days, trends and
forecast, content mix) offscreen, in Arabic and in English, into docs/screenshots/
(dashboard-{ar,en}.png, dashboard-trends-{ar,en}.png, dashboard-mix-{ar,en}.png).

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/dashboard_screenshots.py WORKSPACE``
(a demo workspace). "Now" is the demo's today at 10:00. Nothing is changed in the workspace.
"""

from __future__ import annotations

import sys
import time

from shots import application, arguments, demo_now, windows


def main() -> int:
    args = arguments()
    app = application()
    for language, window in windows(app, args.workspace):
        now = demo_now(window)
        window.context.clock = lambda now=now: now
        window.resize(1280, 900)
        page = window.dashboard
        page.refresh()
        page.load_kpis()
        deadline = time.monotonic() + 60
        while (page.kpi_reading or page.kpi_strip is None) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        for index, name in ((0, "dashboard"), (1, "dashboard-trends"), (2, "dashboard-mix")):
            page.tabs.setCurrentIndex(index)
            app.processEvents()
            path = args.out / f"{name}-{language}.png"
            window.grab().save(str(path))
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
