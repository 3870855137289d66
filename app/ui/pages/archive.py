"""Archive: the workspace's images, videos and documents kept as institutional memory (SPEC §8,
issue 7).

A thumbnail grid (:mod:`app.ui.archive.grid`: thumbnails made in the background, only for the
items on screen) with filters (kind, event, tag, missing alt text, consent or licence, words),
and a detail panel (:mod:`app.ui.archive.detail`) to edit the chosen item's metadata and consent
records and to open the posts that use it. Files and folders are imported in a worker thread
with a progress dialog that can cancel; a summary then lists what was imported, what was
already in the archive and what was skipped, with the reason. The institutional-memory export
writes a period's published posts with their media as a folder that opens offline.

Everything goes through :class:`app.services.archive.ArchiveService`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import theme
from app.ui.archive.detail import DetailPanel
from app.ui.archive.dialogs import (
    ImportSummaryDialog,
    ImportWorker,
    MemoryExportDialog,
    skip_reason_text,
)
from app.ui.archive.grid import (
    MEDIA_ID_ROLE,
    SERVICE_SIZE,
    ArchiveDelegate,
    ArchiveModel,
    ThumbnailLoader,
)
from app.ui.context import AppContext
from app.ui.filters import ChoiceButton, search_box
from app.ui.i18n import Retranslating, ltr

SEARCH_DELAY_MS = 300
KINDS = ("image", "video", "document")


class ArchivePage(Retranslating, QWidget):
    """The archive's grid, filters, detail panel, import and export."""

    # Open the editor on a post (post id, day): MainWindow.open_editor.
    editRequested = Signal(object, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.archive = context.archive()
        self.zone: dt.tzinfo = ZoneInfo(context.timezone)
        self.last_report: Any = None
        self.last_export: Any = None
        self._shown = False
        self._current: int | None = None  # the item the detail panel shows
        self.import_worker: ImportWorker | None = None  # while an import runs
        self.import_progress: QProgressDialog | None = None
        self.summary: ImportSummaryDialog | None = None  # the last import's summary

        self.title = QLabel(self)
        self.title.setFont(theme.title_font(1.3))
        self.import_files_button = QPushButton(self)
        self.import_folder_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.import_files_button.clicked.connect(lambda: self.import_files())
        self.import_folder_button.clicked.connect(lambda: self.import_folder())
        self.export_button.clicked.connect(lambda: self.export_memory())

        # Filters.
        self.kinds = ChoiceButton(self)
        self.kinds.changed.connect(self.reload)
        self.event_filter = QComboBox(self)
        self.event_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_filter.setMinimumContentsLength(14)
        self.event_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.tag_filter = QComboBox(self)
        self.tag_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag_filter.setMinimumContentsLength(10)
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.missing_alt = QCheckBox(self)
        self.missing_consent = QCheckBox(self)
        self.missing_licence = QCheckBox(self)
        for check in (self.missing_alt, self.missing_consent, self.missing_licence):
            check.toggled.connect(lambda _on: self.reload())
        self.search, self.search_timer = search_box(self, self.reload, SEARCH_DELAY_MS, 160)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_filters)

        # The grid.
        self.loader = ThumbnailLoader(_thumbnail_maker(context, self.archive), self)
        self.model = ArchiveModel(self.loader, self)
        self.loader.loaded.connect(self._thumbnail_arrived)
        self.grid = QListView(self)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setWrapping(True)
        self.grid.setUniformItemSizes(True)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)
        self.grid.setBatchSize(200)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = ArchiveDelegate(self.loader, self.grid)
        self.grid.setItemDelegate(self.delegate)
        self.grid.setModel(self.model)
        self.grid.setSpacing(4)
        self.grid.setGridSize(self.delegate.cell_size().grownBy(_margins(4)))
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.grid.activated.connect(self._activated)
        self.open_file_action = QAction(self)
        self.open_file_action.triggered.connect(lambda: self.open_selected_file())
        self.edit_action = QAction(self)
        self.edit_action.triggered.connect(lambda: self.detail.title.setFocus())
        self.grid.addAction(self.edit_action)
        self.grid.addAction(self.open_file_action)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.detail = DetailPanel(self, self)
        self.detail.setMinimumWidth(360)
        self.detail.saved.connect(self.item_changed)
        self.detail.postRequested.connect(lambda post_id: self.open_post(post_id))

        self.note = QLabel(self)
        theme.muted(self.note)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.import_files_button)
        head.addWidget(self.import_folder_button)
        head.addSpacing(12)
        head.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.kinds,
            self.event_filter,
            self.tag_filter,
            self.missing_alt,
            self.missing_consent,
            self.missing_licence,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.clear_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self._focus_search)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(lambda: self.detail.save())
        self.import_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self)
        self.import_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.import_shortcut.activated.connect(lambda: self.import_files())

        self.refresh_events()
        self.refresh_tags()
        self.retranslate()
        self.reload()


    def today(self) -> dt.date:
        return self.context.clock().astimezone(self.zone).date()

    # --- language ------------------------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        return {
            "image": self.tr("Image"),
            "video": self.tr("Video"),
            "document": self.tr("Document"),
        }.get(kind, kind)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Archive"))
        self.import_files_button.setText(self.tr("&Import files…"))
        self.import_files_button.setToolTip(
            self.tr("Copy images, videos and documents into the archive (Ctrl+O)")
        )
        self.import_folder_button.setText(self.tr("Import &folder…"))
        self.import_folder_button.setToolTip(
            self.tr("Copy every image, video and document of a folder and its sub-folders")
        )
        self.export_button.setText(self.tr("E&xport for institutional memory…"))
        self.export_button.setToolTip(
            self.tr(
                "Save a period's published posts with their media and details as a folder "
                "that opens in a web browser"
            )
        )
        self.kinds.caption = self.tr("Types")
        self.kinds.any_text = self.tr("any")
        self.kinds.many_text = self.tr("%1 chosen")
        self.kinds.clear_action.setText(self.tr("Any (clear the ticks)"))
        self.kinds.setToolTip(self.tr("Show items of any of the ticked types"))
        self.kinds.set_choices([(k, self.kind_name(k), None) for k in KINDS])
        self.event_filter.setAccessibleName(self.tr("Event"))
        self.event_filter.setToolTip(self.tr("Show the items of one event"))
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        self.tag_filter.setToolTip(self.tr("Show the items with one tag"))
        self._fill_event_filter()
        self._fill_tag_filter()
        self.missing_alt.setText(self.tr("No &alt text"))
        self.missing_alt.setToolTip(
            self.tr("Only images whose Arabic or English alt text is missing")
        )
        self.missing_consent.setText(self.tr("No co&nsent"))
        self.missing_consent.setToolTip(
            self.tr("Only items showing identifiable people without a valid consent for each")
        )
        self.missing_licence.setText(self.tr("No &licence"))
        self.missing_licence.setToolTip(self.tr("Only items whose licence is not recorded"))
        self.search.setPlaceholderText(self.tr("Search titles, names and tags (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the archive"))
        self.search.setToolTip(
            self.tr(
                "Every word, in the title, description, file name or tags; Arabic spelling "
                "variants and diacritics do not matter"
            )
        )
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every item again"))
        self.grid.setAccessibleName(self.tr("Archive items"))
        self.grid.setAccessibleDescription(
            self.tr("Arrow keys move between items; the details are beside the grid")
        )
        self.edit_action.setText(self.tr("&Edit details"))
        self.open_file_action.setText(self.tr("&Open the file"))
        self.model.kind_names = {k: self.kind_name(k) for k in KINDS}
        self.model.texts = {
            "no_alt": self.tr("No alt text"),
            "no_consent": self.tr("Consent missing"),
            "no_alt_tip": self.tr("No alt text: the Arabic or English description is missing."),
            "no_consent_tip": self.tr(
                "Consent missing: identifiable people appear without a valid consent."
            ),
            "no_licence_tip": self.tr("No licence recorded."),
        }
        self.model.refresh_texts()
        self.update_note()

    def _fill_event_filter(self) -> None:
        wanted = self.event_filter.currentData()
        english = self.context.english
        self.event_filter.blockSignals(True)
        self.event_filter.clear()
        self.event_filter.addItem(self.tr("Event: any"), None)
        for event in self._events:
            name = (event.name_en or event.name_ar) if english else (event.name_ar or event.name_en)
            self.event_filter.addItem(name, event.id)
        self.event_filter.setCurrentIndex(max(0, self.event_filter.findData(wanted)))
        self.event_filter.blockSignals(False)

    def _fill_tag_filter(self) -> None:
        wanted = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Tag: any"), "")
        for tag in self._tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(wanted)))
        self.tag_filter.blockSignals(False)

    def refresh_events(self) -> None:
        """Read the events again (for the filter and the detail panel)."""
        try:
            self._events = list(self.context.posts().lookups().events)
        except BayanError:
            self._events = []
        if hasattr(self, "detail"):
            self._fill_event_filter()
            self.detail.set_events(self._events)

    def refresh_tags(self) -> None:
        self._tags = self.archive.tags()
        if hasattr(self, "detail"):
            self._fill_tag_filter()

    # --- the filter and the grid ---------------------------------------------------------------

    def archive_filter(self) -> Any:
        from app.services.archive import ArchiveFilter

        return ArchiveFilter(
            kinds=frozenset(self.kinds.values()),
            event_id=self.event_filter.currentData(),
            tag=self.tag_filter.currentData() or "",
            missing_alt=self.missing_alt.isChecked(),
            missing_consent=self.missing_consent.isChecked(),
            missing_licence=self.missing_licence.isChecked(),
            text=self.search.text().strip(),
        )

    def filtered(self) -> bool:
        return self.archive_filter() != type(self.archive_filter())()

    def reload(self) -> None:
        """Read the items again with the filters (the chosen item stays chosen if shown)."""
        self.search_timer.stop()
        if self.context.timezone != getattr(self.zone, "key", ""):
            self.zone = ZoneInfo(self.context.timezone)
        chosen = self._current
        self.model.set_items(self.archive.items(self.archive_filter()))
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            self._select_row(row, show=False)
        self.update_note()

    def update_note(self) -> None:
        items = self.model.items
        text = self.tr("%n item(s) shown", "", len(items))
        no_alt = sum(1 for i in items if i.kind == "image" and not i.has_alt)
        no_consent = sum(1 for i in items if i.needs_consent)
        if no_alt:
            text += " · " + self.tr("%n without alt text", "", no_alt)
        if no_consent:
            text += " · " + self.tr("%n missing consent", "", no_consent)
        self.note.setText(text)

    def clear_filters(self) -> None:
        widgets = (
            self.kinds,
            self.event_filter,
            self.tag_filter,
            self.missing_alt,
            self.missing_consent,
            self.missing_licence,
            self.search,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.kinds.set_values(frozenset())
        self.event_filter.setCurrentIndex(0)
        self.tag_filter.setCurrentIndex(0)
        for check in (self.missing_alt, self.missing_consent, self.missing_licence):
            check.setChecked(False)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.reload()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Posts may have attached or dropped items meanwhile; consents may have expired.
        if self._shown:
            self.reload()
            if self._current is not None and not self.detail.is_dirty():
                self._show_detail(self._current)
        self._shown = True
        super().showEvent(event)

    # --- thumbnails ----------------------------------------------------------------------------

    def _thumbnail_arrived(self, media_id: int) -> None:
        self.model.thumbnail_arrived(media_id)
        if media_id == self._current:
            pixmap = self.loader.cache.get(media_id)
            if pixmap is not None:
                self.detail.set_preview(self._preview_of(media_id) or pixmap)

    def preview_pixmap(self, detail: Any) -> QPixmap | None:
        """The detail panel's picture of ``detail``: the thumbnail file if it is made (else
        asked for, and shown when it arrives)."""
        if detail.kind != "image":
            return None
        pixmap = self._preview_of(detail.id, detail.sha256)
        if pixmap is None:
            self.loader.request(detail.id)
        return pixmap

    def _preview_of(self, media_id: int, sha256: str | None = None) -> QPixmap | None:
        if sha256 is None:
            row = self.model.row_of(media_id)
            if row is None:
                return None
            sha256 = self.model.items[row].sha256
        path = self.archive.thumbnail_path(sha256, SERVICE_SIZE)
        if not path.is_file():
            return None
        pixmap = QPixmap(str(path))
        return None if pixmap.isNull() else pixmap

    def thumbnails_pending(self) -> int:
        return self.loader.pending()

    # --- selection -----------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.grid.currentIndex()
        if not index.isValid() or not self.grid.selectionModel().isSelected(index):
            return None
        return int(index.data(MEDIA_ID_ROLE))

    def select_item(self, media_id: int) -> bool:
        """Show and choose ``media_id`` (the filters are cleared if they hide it); False when
        there is no such item."""
        row = self.model.row_of(media_id)
        if row is None and self.filtered():
            self.clear_filters()
            row = self.model.row_of(media_id)
        if row is None:
            self.reload()  # imported meanwhile, elsewhere
            row = self.model.row_of(media_id)
        if row is None:
            self.show_message(self.tr("There is no archive item %1.").replace("%1", str(media_id)))
            return False
        self._select_row(row)
        return self._current == media_id  # False: the officer kept editing another item

    def _select_row(self, row: int, show: bool = True) -> None:
        """Choose ``row``; its details are shown through ``currentChanged`` (which asks about
        unsaved changes first), or here when it was already the current row."""
        index = self.model.index(row)
        already = self.grid.currentIndex() == index
        self.grid.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.grid.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        media_id = self.model.items[row].id
        if show and already and self._current != media_id:
            self._show_detail(media_id)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        media_id = int(current.data(MEDIA_ID_ROLE)) if current.isValid() else None
        if media_id == self._current:
            return
        if self.detail.is_dirty() and not self._leave_edits():
            # Back to the item being edited, once this signal is over.
            QTimer.singleShot(0, lambda: self._back_to_current())
            return
        self._show_detail(media_id)

    def _back_to_current(self) -> None:
        row = self.model.row_of(self._current) if self._current is not None else None
        if row is not None:
            self.grid.selectionModel().blockSignals(True)
            index = self.model.index(row)
            self.grid.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.grid.selectionModel().blockSignals(False)
            self.grid.viewport().update()

    def _leave_edits(self) -> bool:
        """The item shown has unsaved changes: save them, drop them, or stay (False)."""
        detail = self.detail.detail
        name = detail.title or detail.original_name
        answer = self.ask_unsaved(name)
        if answer == "save":
            return self.detail.save()
        return answer == "discard"

    def ask_unsaved(self, name: str) -> str:
        """The answer: "save", "discard" or "cancel" (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved details"))
        box.setText(self.tr("The details of “%1” have changed. Save them?").replace("%1", name))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def _show_detail(self, media_id: int | None) -> None:
        self._current = media_id
        if media_id is None:
            self.detail.show_detail(None)
            return
        try:
            detail = self.archive.detail(media_id)
        except BayanError as exc:
            self.detail.show_detail(None)
            self.show_message(str(exc))
            return
        self.detail.show_detail(detail)

    def item_changed(self, media_id: int) -> None:
        """``media_id``'s details were stored: its cell and the filters' choices follow."""
        # An item the filters no longer let through (its alt text is written now) stays in the
        # detail panel until another is chosen.
        del media_id
        self.refresh_tags()
        self.reload()

    def _activated(self, index: QModelIndex) -> None:
        """Enter on an item: to its details."""
        if index.isValid():
            self.detail.title.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions -------------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog (tests replace this)."""
        return int(dialog.exec())

    def confirm(self, title: str, question: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_url(self, url: QUrl) -> bool:
        """Open a file or folder in the system's program (tests replace this)."""
        from PySide6.QtGui import QDesktopServices

        return bool(QDesktopServices.openUrl(url))

    def show_message(self, text: str, error: bool = True) -> None:
        theme.show_message(self.message, text, error, show=bool(text))
        if not text:
            self.message.hide()

    def open_post(self, post_id: int) -> None:
        self.editRequested.emit(post_id, None)

    def open_selected_file(self) -> bool:
        media_id = self.selected_id()
        if media_id is None:
            return False
        detail = self.archive.detail(media_id)
        if not Path(detail.path).is_file():
            self.show_message(
                self.tr("The file of “%1” is missing from the workspace's media store.").replace(
                    "%1", detail.title or detail.original_name
                )
            )
            return False
        return self.open_url(QUrl.fromLocalFile(str(detail.path)))

    # --- import --------------------------------------------------------------------------------

    def import_files(self) -> Any:
        """Ask for files and import them."""
        from app.services.archive import DOCUMENT_SUFFIXES, IMAGE_SUFFIXES, VIDEO_SUFFIXES

        patterns = " ".join(
            f"*{s}" for s in sorted(IMAGE_SUFFIXES | VIDEO_SUFFIXES | DOCUMENT_SUFFIXES)
        )
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import into the archive"),
            str(Path.home()),
            self.tr("Images, videos and documents (%1);;All files (*)").replace("%1", patterns),
        )
        if not paths:
            return None
        return self.import_paths([Path(p) for p in paths])

    def import_folder(self, path: Path | str | None = None) -> Any:
        """Import every file of ``path`` and its sub-folders (asked for without it)."""
        if path is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Import a folder into the archive"), str(Path.home())
            )
            if not chosen:
                return None
            path = chosen
        folder = Path(path)
        return self._run_import(lambda progress: self.archive.import_folder(folder, progress))

    def import_paths(self, paths: Sequence[Path | str]) -> Any:
        """Import ``paths`` (files) in a worker thread with a progress dialog; then a summary.
        The :class:`app.services.archive.ImportReport`, or None when the import failed."""
        files = [Path(p) for p in paths]
        return self._run_import(lambda progress: self.archive.import_files(files, progress))

    def _run_import(self, job: Callable[[Callable[[int, int], bool]], Any]) -> Any:
        self.show_message("")
        progress = QProgressDialog(self)
        progress.setWindowTitle(self.tr("Importing"))
        progress.setLabelText(self.tr("Checking and copying the files…"))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setRange(0, 0)
        self.import_progress = progress  # tests cancel through it
        worker = ImportWorker(job, self)
        loop = QEventLoop()

        def advanced(done: int, total: int) -> None:
            if progress.wasCanceled():  # cancel() as well as the button
                worker.cancel()
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Checking and copying the files: %1 of %2")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

        worker.advanced.connect(advanced)
        progress.canceled.connect(worker.cancel)
        worker.finished.connect(loop.quit)
        self.import_worker = worker  # tests may cancel through it
        worker.start()
        if not worker.isFinished():
            loop.exec()
        worker.wait()
        progress.close()
        progress.deleteLater()
        worker.deleteLater()
        self.import_worker = None
        self.import_progress = None
        if worker.error is not None:
            if isinstance(worker.error, BayanError | OSError):
                self.show_message(
                    self.tr("Nothing was imported: %1").replace("%1", str(worker.error))
                )
                return None
            raise worker.error
        report = worker.result
        self.last_report = report
        self.refresh_tags()
        self.reload()
        self.show_summary(report)
        if report.imported:
            self.select_item(report.imported[0])
        elif report.duplicates:
            self.select_item(report.duplicates[0][1])
        return report

    def show_summary(self, report: Any) -> ImportSummaryDialog:
        names = {item.id: item.title or item.original_name for item in self.model.items}

        def name_of(media_id: int) -> str:
            if media_id not in names:
                try:
                    detail = self.archive.detail(media_id)
                    names[media_id] = detail.title or detail.original_name
                except BayanError:
                    names[media_id] = str(media_id)
            return names[media_id]

        imported = [(i, ltr(name_of(i))) for i in report.imported]
        duplicates = [
            (path, self.tr("already in the archive as “%1”").replace("%1", name_of(media_id)))
            for path, media_id in report.duplicates
        ]
        skipped = [(path, skip_reason_text(reason)) for path, reason in report.skipped]
        dialog = ImportSummaryDialog(
            imported, duplicates, skipped, bool(getattr(report, "cancelled", False)), self
        )
        self.summary = dialog
        self.run_dialog(dialog)
        return dialog

    # --- export --------------------------------------------------------------------------------

    def export_memory(
        self,
        folder: Path | str | None = None,
        first: dt.date | None = None,
        last: dt.date | None = None,
    ) -> Any:
        """Export the posts published from ``first`` to ``last`` into ``folder``; without a
        folder, asks for the period and the folder. The
        :class:`app.services.archive.ExportResult`, or None."""
        today = self.today()
        if folder is None:
            start = first or today.replace(day=1)
            chooser = MemoryExportDialog(start, last or today, self)
            chooser.folder.setText(
                str(Path.home() / f"bayan-memory-{start.isoformat()}-{(last or today).isoformat()}")
            )
            if self.run_dialog(chooser) != QDialog.DialogCode.Accepted:
                return None
            first, last = chooser.period()
            folder = chooser.folder.text().strip()
        first = first or today.replace(day=1)
        last = last or today
        try:
            result = self.archive.export_memory(first, last, Path(folder))
        except (BayanError, OSError) as exc:
            self.show_message(self.tr("Nothing was exported: %1").replace("%1", str(exc)))
            return None
        self.last_export = result
        text = (
            self.tr("%n post(s) exported", "", result.posts)
            + ", "
            + self.tr("%n media file(s) copied", "", result.media)
            + ": "
            + ltr(str(result.folder))
        )
        self.show_message(text, error=False)
        if self.confirm(
            self.tr("Export finished"),
            text + "\n\n" + self.tr("Open the folder?"),
        ):
            self.open_url(QUrl.fromLocalFile(str(result.folder)))
        return result


def _thumbnail_maker(context: AppContext, archive: Any) -> Callable[[int], Path | None]:
    """What the worker threads call: the thumbnail file of an item (made if need be), without
    touching the page (a widget of the GUI thread)."""

    def make(media_id: int) -> Path | None:
        if context.closed:
            return None
        return archive.thumbnail(media_id, SERVICE_SIZE)  # type: ignore[no-any-return]

    return make


def _margins(pixels: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMargins

    return QMargins(pixels, pixels, pixels, pixels)
