"""The archive page's dialogs: the summary of an import, and the period and folder of an
institutional-memory export. The import itself runs in :class:`ImportWorker`, a thread that
reports its progress to the GUI thread and stops when asked."""

from __future__ import annotations

import datetime as dt
import html
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.i18n import Retranslating, date_field, ltr

_SKIP_REASONS = {
    "unsupported": QT_TRANSLATE_NOOP(
        "Archive",
        "not a kind of file the archive takes (images: JPEG, PNG, GIF, WebP; videos: MP4, MOV, "
        "WebM, M4V; documents: PDF, DOCX, XLSX, PPTX, ODT, TXT)",
    ),
    "folder": QT_TRANSLATE_NOOP("Archive", "a folder, not a file"),
    "not_file": QT_TRANSLATE_NOOP("Archive", "not a regular file"),
    "unreadable": QT_TRANSLATE_NOOP("Archive", "could not be read (%1)"),
    "empty": QT_TRANSLATE_NOOP("Archive", "the file is empty"),
    "corrupt_image": QT_TRANSLATE_NOOP(
        "Archive", "the image is damaged, incomplete or not a JPEG, PNG, GIF or WebP (%1)"
    ),
    "not_pdf": QT_TRANSLATE_NOOP("Archive", "not a PDF file, whatever its name says"),
    "not_package": QT_TRANSLATE_NOOP(
        "Archive", "not an office document, whatever its name says (not a ZIP package)"
    ),
    "changed": QT_TRANSLATE_NOOP("Archive", "the file changed while it was being imported"),
    "store": QT_TRANSLATE_NOOP("Archive", "could not be copied into the workspace (%1)"),
    "database": QT_TRANSLATE_NOOP("Archive", "the database refused it (%1)"),
    "error": QT_TRANSLATE_NOOP("Archive", "something went wrong (%1)"),
}


def skip_reason_text(reason: object) -> str:
    """Why a file was skipped, in the interface's language (the service's
    :class:`app.services.archive.SkipReason`: a code, and the system's own words as detail)."""
    code = getattr(reason, "code", None)
    text = _SKIP_REASONS.get(code) if isinstance(code, str) else None
    if text is None:
        return str(reason)
    detail = getattr(reason, "detail", "") or ""
    shown = QCoreApplication.translate("Archive", text)
    if "%1" in shown:
        if not detail:
            return shown.replace(" (%1)", "").replace("(%1)", "").replace("%1", "")
        return shown.replace("%1", ltr(detail))
    return shown


class ImportWorker(QThread):
    """Runs ``job(progress)`` outside the GUI thread; ``progress(done, total)`` is reported with
    ``advanced``, and returns False once :meth:`cancel` was called (the service then stops)."""

    advanced = Signal(int, int)

    def __init__(self, job: Callable[[Callable[[int, int], bool]], Any], parent: Any = None):
        super().__init__(parent)
        self.job = job
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.advanced.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            self.result = self.job(self._progress)
        except BaseException as exc:
            self.error = exc


class ImportSummaryDialog(Retranslating, QDialog):
    """What an import did: the files imported, those already in the archive, and those skipped
    with the reason for each, as text a screen reader reads in order (and that can be copied)."""

    # Files listed per group; the rest are counted.
    MOST_LISTED = 500

    def __init__(
        self,
        imported: list[tuple[int, str]],
        duplicates: list[tuple[Path, str]],
        skipped: list[tuple[Path, str]],
        cancelled: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.imported = imported  # (media id, name)
        self.duplicates = duplicates  # (path, the item it matches)
        self.skipped = skipped  # (path, reason)
        self.cancelled = cancelled
        self.resize(720, 460)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.report = QTextBrowser(self)
        self.report.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.accept)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _rows(self) -> list[list[tuple[str, str]]]:
        return [
            [(name, "") for _id, name in self.imported],
            [(ltr(path.name), match) for path, match in self.duplicates],
            [(ltr(path.name), reason) for path, reason in self.skipped],
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import finished"))
        counts = (len(self.imported), len(self.duplicates), len(self.skipped))
        text = self.tr("Imported: %1. Already in the archive: %2. Skipped: %3.")
        for marker, count in zip(("%1", "%2", "%3"), counts, strict=True):
            text = text.replace(marker, str(count))
        if self.cancelled:
            text = self.tr("The import was cancelled; the files before it stay imported.") + (
                " " + text
            )
        self.intro.setText(text)
        self.report.setAccessibleName(self.tr("Files of the import"))
        headings = (
            self.tr("Imported (%1)"),
            self.tr("Already in the archive, not stored again (%1)"),
            self.tr("Skipped (%1)"),
        )
        more = self.tr("… and %1 more")
        direction = "rtl" if self.isRightToLeft() else "ltr"
        parts = [f'<div dir="{direction}">']
        for heading, rows, count in zip(headings, self._rows(), counts, strict=True):
            if not rows:
                continue
            parts.append(f"<h3>{html.escape(heading.replace('%1', str(count)))}</h3><ul>")
            for first, second in rows[: self.MOST_LISTED]:
                line = f"<b>{html.escape(first)}</b>"
                if second:
                    line += ": " + html.escape(second)
                parts.append(f"<li>{line}</li>")
            if len(rows) > self.MOST_LISTED:
                left = str(len(rows) - self.MOST_LISTED)
                parts.append(f"<li>{html.escape(more.replace('%1', left))}</li>")
            parts.append("</ul>")
        parts.append("</div>")
        self.report.setHtml("".join(parts))

    def texts(self, group: int) -> list[str]:
        """The lines of ``group`` (0 imported, 1 already there, 2 skipped), as listed."""
        return [
            f"{first}: {second}".replace("\u200e", "") if second else first.replace("\u200e", "")
            for first, second in self._rows()[group]
        ]


class MemoryExportDialog(Retranslating, QDialog):
    """The period (whole days, both included) and the folder of an institutional-memory
    export."""

    def __init__(self, first: dt.date, last: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.from_date = date_field(self, first)
        self.to_date = date_field(self, last)
        self.folder = QLineEdit(self)
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.from_label = QLabel(self)
        self.to_label = QLabel(self)
        self.folder_label = QLabel(self)
        self.from_label.setBuddy(self.from_date)
        self.to_label.setBuddy(self.to_date)
        self.folder_label.setBuddy(self.folder)
        form = QFormLayout()
        form.addRow(self.from_label, self.from_date)
        form.addRow(self.to_label, self.to_date)
        form.addRow(self.folder_label, folder_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export for institutional memory"))
        self.intro.setText(
            self.tr(
                "The posts published in these days, with their images and videos, alt texts, "
                "publication links and details, as a folder that opens in any web browser "
                "without the internet (index.html) and as data (data.json)."
            )
        )
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To (included)"))
        self.folder_label.setText(self.tr("F&older"))
        self.folder.setPlaceholderText(self.tr("An empty folder, or a new one"))
        self.browse.setText(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the folder of the export"))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the export"), self.folder.text() or str(Path.home())
        )
        if chosen:
            self.folder.setText(chosen)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.from_date.date().toPython(), self.to_date.date().toPython()

    def _accept(self) -> None:
        first, last = self.period()
        if last < first:
            theme.show_message(
                self.message, self.tr("The period ends before it starts."), error=True
            )
            self.to_date.setFocus()
            return
        if not self.folder.text().strip():
            theme.show_message(self.message, self.tr("Choose the folder."), error=True)
            self.folder.setFocus()
            return
        self.accept()
