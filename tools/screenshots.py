"""Render Bayan's main pages offscreen, in Arabic and in English, into docs/screenshots/.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py WORKSPACE`` (a demo
workspace: ``bayan demo --workspace WORKSPACE``).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.ui import theme
from app.ui.launch import Launcher, set_names

ROOT = Path(__file__).resolve().parent.parent


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
        window.resize(1200, 760)
        settings_row = len(window.page_factories) - 1
        for row, name in (
            (0, "dashboard"),
            (1, "calendar"),
            (2, "posts"),
            (settings_row, "settings"),
        ):
            window.navigation.setCurrentRow(row)
            if name == "calendar":
                window.calendar.hijri_check.setChecked(True)  # the Hijri dates shown too
            app.processEvents()
            path = args.out / f"{name}-{language}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
