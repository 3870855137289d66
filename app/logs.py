"""Where Bayan writes its log, and logging bugs (uncaught exceptions) with their traceback."""

from __future__ import annotations

import logging
from pathlib import Path

from app import APP_NAME, ORG_NAME

log = logging.getLogger("bayan")


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


def log_file() -> Path:
    return log_dir() / "bayan.log"


def setup_file_logging() -> Path:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path
