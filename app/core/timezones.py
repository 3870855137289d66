"""The machine's time zone name, and checking a name the user gives."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK = "UTC"


def system_timezone_name() -> str:
    """The IANA name of the system's time zone: tzlocal's answer (Windows, macOS, Linux), else
    ``TZ``, ``/etc/timezone`` and ``/etc/localtime``, else UTC."""
    candidates: list[str] = []
    try:
        import warnings

        import tzlocal

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            name = tzlocal.get_localzone_name()
        if name:
            candidates.append(name)
    except Exception:
        pass
    if os.environ.get("TZ"):
        candidates.append(os.environ["TZ"].lstrip(":"))
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if is_valid(name):
            return name
    return FALLBACK


def is_valid(name: str) -> bool:
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a region folder ("Asia")
        return False
    return True
