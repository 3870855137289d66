"""The baseline of the start-up benchmark: a bare PySide6 main window.

Shows an empty ``QMainWindow`` of the app's size; once the event loop is idle it prints
``BAYAN_IDLE`` on stdout and quits, exactly as ``python -m app --bench-idle`` does for Bayan.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 760)  # MainWindow.DEFAULT_SIZE (tests/test_bench.py keeps them equal)
    window.show()

    def idle() -> None:
        sys.stdout.write("BAYAN_IDLE\n")
        sys.stdout.flush()
        app.quit()

    QTimer.singleShot(0, idle)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
