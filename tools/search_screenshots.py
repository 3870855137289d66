"""Render the global search (Ctrl+K) over the main window offscreen, with the results of an
Arabic query in the Arabic interface and of an English one in the English interface, into
docs/screenshots/ (search-ar.png, search-en.png).

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/search_screenshots.py WORKSPACE``
(a demo workspace: ``bayan demo --workspace WORKSPACE``). Nothing is changed in the workspace.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ui import theme  # noqa: E402
from app.ui.launch import Launcher, set_names  # noqa: E402

# The query typed in each language: words the demo has in more than one kind of item.
QUERIES = {"ar": "برايل", "en": "sign language"}


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
        app.processEvents()
        dialog = window.open_search()
        dialog.resize(720, 660)  # tall enough to show every group of results
        dialog.query.setText(QUERIES[language])
        dialog.run_search()
        dialog.move_selection(1)  # the second result chosen, as after pressing Down once
        app.processEvents()
        # The dialog as a window manager puts it: centred on the window, both drawn as one.
        picture = window.grab()
        offset = QPoint((picture.width() - dialog.width()) // 2, 40)
        painter = QPainter(picture)
        shot = dialog.grab()
        frame = QRect(offset, shot.size()).adjusted(-1, -1, 0, 0)
        painter.fillRect(frame.translated(4, 4), QColor(0, 0, 0, 40))  # a light shadow
        painter.drawPixmap(offset, shot)
        painter.setPen(QColor(theme.BORDER))
        painter.drawRect(frame)
        painter.end()
        path = args.out / f"search-{language}.png"
        picture.save(str(path))
        print(path, f"({len(dialog.hits)} results for {QUERIES[language]!r})")
        dialog.close()
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
