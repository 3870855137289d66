"""Read-only work off the GUI thread: ``run_in_background(job, on_done, parent)`` runs ``job()``
in a daemon thread and calls ``on_done(result, error)`` back on the GUI thread (a queued signal),
unless ``parent`` is gone by then. For reads that would freeze the window for a moment, such as
the Dashboard's KPI cards (their first use imports the ORM and reads a month of records)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Delivery(QObject):
    done = Signal(object, object)  # result, error


def run_in_background(
    job: Callable[[], Any],
    on_done: Callable[[Any, BaseException | None], None],
    parent: QObject,
    name: str = "bayan-background",
) -> threading.Thread:
    delivery = _Delivery(parent)  # lives on the GUI thread: the call back is queued there
    delivery.done.connect(on_done)
    delivery.done.connect(delivery.deleteLater)

    def target() -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = job()
        except BaseException as exc:  # handed to on_done, which says it in words or drops it
            error = exc
        # RuntimeError: the parent, and the delivery with it, was deleted meanwhile.
        with contextlib.suppress(RuntimeError):
            delivery.done.emit(result, error)

    # A daemon: a read left unfinished when Bayan quits is simply dropped.
    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    return thread
