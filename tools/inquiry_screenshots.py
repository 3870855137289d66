"""Render the inquiry queue and one inquiry offscreen, in Arabic and in English, into
docs/screenshots/ (inquiries-ar.png, inquiries-en.png, inquiry-ar.png, inquiry-en.png).

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/inquiry_screenshots.py WORKSPACE``
(a demo workspace: ``bayan demo --workspace WORKSPACE``). "Now" is the demo's today at 10:00
in the workspace's time zone, so the queue shows the overdue items the demo has then. Nothing is
changed in the workspace: the inquiry is only shown.
"""

from __future__ import annotations

import sys

from shots import application, arguments, demo_now, windows


def chosen_inquiry(page) -> int:  # type: ignore[no-untyped-def]
    """An open inquiry answered in writing, with a name and the most responses among the first
    forty answered ones: what the dialog shows best."""
    service = page.context.inquiries()
    best, best_count = None, -1
    answered = [r for r in page.model.queue if r.first_response_at is not None]
    for row in answered[:40]:
        info = service.get(row.id)
        count = len(info.responses) + (2 if info.inquirer_name else 0)
        if count > best_count:
            best, best_count = row.id, count
    if best is None:
        best = page.model.queue[0].id
    return int(best)


def main() -> int:
    from app.ui.inquiries.dialog import InquiryDialog

    args = arguments()
    app = application()
    inquiry_id: int | None = None
    for language, window in windows(app, args.workspace):
        now = demo_now(window)
        window.context.clock = lambda now=now: now
        window.resize(1200, 760)
        window.navigation.setCurrentRow(window.page_factories.index(window._make_inquiries))
        page = window.inquiries
        app.processEvents()
        if page.model.rows:
            page.table.selectRow(0)
        app.processEvents()
        path = args.out / f"inquiries-{language}.png"
        window.grab().save(str(path))
        print(path)
        if inquiry_id is None:
            inquiry_id = chosen_inquiry(page)
        dialog = InquiryDialog(window.context, inquiry_id, window)
        dialog.resize(1080, 720)
        dialog.show()
        app.processEvents()
        path = args.out / f"inquiry-{language}.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
