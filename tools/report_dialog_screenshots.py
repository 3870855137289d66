"""Render the "Monthly report…" dialog with last month's report made and its first page in the
preview, offscreen, in Arabic and in English, into docs/screenshots/ (report-dialog-{ar,en}.png).

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/report_dialog_screenshots.py WORKSPACE``
(a demo workspace). "Now" is the demo's today at 10:00. Nothing is changed in the workspace.
"""

from __future__ import annotations

import sys
import time

from shots import application, arguments, demo_now, windows


def main() -> int:
    args = arguments()
    app = application()
    from app.ui.report_dialog import ReportDialog

    for language, window in windows(app, args.workspace):
        now = demo_now(window)
        window.context.clock = lambda now=now: now
        dialog = ReportDialog(window.context, window)
        dialog.set_language(language)
        dialog.show()
        dialog.make_report()
        deadline = time.monotonic() + 120
        while dialog.busy_now() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        app.processEvents()
        path = args.out / f"report-dialog-{language}.png"
        dialog.grab().save(str(path))
        print(path, dialog.status.text())
        dialog.reject()
    return 0


if __name__ == "__main__":
    sys.exit(main())
