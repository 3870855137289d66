"""The archive's detail panel: the chosen item's preview, every metadata field to edit, its
consent records and the posts that use it.

Nothing is stored until Save; then the metadata goes through
:meth:`app.services.archive.ArchiveService.update` (an alt-text change withdraws the approval of
the posts using the item, as in the editor) and the tags through ``set_tags``. Consent records
are added and removed at once (with their document), through the post service as in the
editor's media dialog.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import labels, theme
from app.ui.i18n import Retranslating, keep_sections_in_order, ltr

if TYPE_CHECKING:
    from app.ui.pages.archive import ArchivePage

PREVIEW_WIDTH = 192
PREVIEW_HEIGHT = 144
CONSENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
POST_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAG_SEPARATORS = (",", "،", ";", "؛")


def split_tags(text: str) -> list[str]:
    """Tags typed with commas (Arabic or Latin) or semicolons between them; each once, in the
    order typed."""
    for separator in TAG_SEPARATORS[1:]:
        text = text.replace(separator, ",")
    tags: list[str] = []
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DetailPanel(Retranslating, QWidget):
    """The chosen item (:class:`app.services.archive.ArchiveDetail`), or a note to choose one."""

    saved = Signal(int)  # the item's metadata was stored
    postRequested = Signal(int)  # open this post in the editor

    def __init__(self, page: ArchivePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.detail: Any = None
        self.loaded: dict[str, Any] = {}
        self.events: list[Any] = []
        self.returned_to_draft: tuple[int, ...] = ()

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self.scroll)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self.empty = QLabel(body)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.muted(self.empty)
        self.preview = QLabel(body)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.file_label = QLabel(body)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.muted(self.file_label)
        self.warnings = QLabel(body)
        self.warnings.setWordWrap(True)
        theme.error_text(self.warnings)

        self.title = QLineEdit(body)
        self.description = QPlainTextEdit(body)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.alt_ar = QLineEdit(body)
        self.alt_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.alt_en = QLineEdit(body)
        self.alt_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.credit = QLineEdit(body)
        self.licence = QLineEdit(body)
        self.has_date = QCheckBox(body)
        self.taken_on = QDateEdit(body)
        keep_sections_in_order(self.taken_on)
        self.taken_on.setCalendarPopup(True)
        self.taken_on.setEnabled(False)
        self.has_date.toggled.connect(self.taken_on.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.taken_on, 1)
        self.event = QComboBox(body)
        self.event.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event.setMinimumContentsLength(16)
        self.tags = QLineEdit(body)
        self.has_people = QCheckBox(body)

        self.field_labels = [QLabel(body) for _ in range(9)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = (
            self.title,
            self.description,
            self.alt_ar,
            self.alt_en,
            self.credit,
            self.licence,
            self.has_date,
            self.event,
            self.tags,
        )
        for label, widget in zip(self.field_labels, fields, strict=True):
            label.setBuddy(widget)
            form.addRow(label, date_row if widget is self.has_date else widget)
        form.addRow("", self.has_people)

        self.consents_box = QGroupBox(body)
        self.consents = QListWidget(self.consents_box)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents.setWordWrap(True)
        self.add_consent_button = QPushButton(self.consents_box)
        self.remove_consent_button = QPushButton(self.consents_box)
        self.add_consent_button.clicked.connect(lambda: self.add_consent())
        self.remove_consent_button.clicked.connect(lambda: self.remove_consent())
        self.consents.currentRowChanged.connect(lambda _row: self._update_buttons())
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self.add_consent_button)
        consent_buttons.addWidget(self.remove_consent_button)
        consent_buttons.addStretch(1)
        consents_layout = QVBoxLayout(self.consents_box)
        self.no_consents = QLabel(self.consents_box)
        self.no_consents.setWordWrap(True)
        theme.muted(self.no_consents)
        consents_layout.addWidget(self.no_consents)
        consents_layout.addWidget(self.consents)
        consents_layout.addLayout(consent_buttons)

        self.posts_box = QGroupBox(body)
        self.posts = QListWidget(self.posts_box)
        self.posts.itemActivated.connect(self._post_activated)
        self.no_posts = QLabel(self.posts_box)
        theme.muted(self.no_posts)
        posts_layout = QVBoxLayout(self.posts_box)
        posts_layout.addWidget(self.no_posts)
        posts_layout.addWidget(self.posts)

        self.save_button = QPushButton(body)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(body)
        self.revert_button.clicked.connect(lambda: self.revert())
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.hide()
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)

        self.content = QWidget(body)
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        about = QVBoxLayout()
        about.addWidget(self.file_label)
        about.addWidget(self.warnings)
        about.addStretch(1)
        top.addLayout(about, 1)
        content.addLayout(top)
        content.addLayout(form)
        content.addWidget(self.consents_box)
        content.addWidget(self.posts_box)
        content.addWidget(self.message)
        content.addLayout(save_row)
        content.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)
        for widget in (self.title, self.alt_ar, self.alt_en, self.credit, self.licence, self.tags):
            widget.textChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.has_date.toggled.connect(self._edited)
        self.taken_on.dateChanged.connect(self._edited)
        self.event.currentIndexChanged.connect(self._edited)
        self.has_people.toggled.connect(self._edited)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.retranslate()
        self.show_detail(None)

    # --- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Choose an item in the grid to see and edit its details."))
        texts = (
            self.tr("T&itle:"),
            self.tr("&Description:"),
            self.tr("Alt text (&Arabic):"),
            self.tr("Alt text (&English):"),
            self.tr("C&redit:"),
            self.tr("&Licence:"),
            self.tr("Da&te:"),
            self.tr("E&vent:"),
            self.tr("Ta&gs:"),
        )
        for label, text in zip(self.field_labels, texts, strict=True):
            label.setText(text)
        self.description.setAccessibleName(self.tr("Description"))
        self.alt_ar.setPlaceholderText(self.tr("Describe what the image shows, in Arabic"))
        self.alt_en.setPlaceholderText(self.tr("Describe what the image shows, in English"))
        self.credit.setPlaceholderText(self.tr("Photographer or owner"))
        self.licence.setPlaceholderText(self.tr("e.g. owned by the organisation, CC BY 4.0"))
        self.has_date.setText(self.tr("Known"))
        self.has_date.setToolTip(self.tr("When the photo or video was taken"))
        self.taken_on.setAccessibleName(self.tr("Date taken"))
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        self.has_people.setText(self.tr("Identifiable &people appear"))
        self.consents_box.setTitle(self.tr("Consent records"))
        self.consents.setAccessibleName(self.tr("Consent records"))
        self.add_consent_button.setText(self.tr("Add co&nsent…"))
        self.add_consent_button.setToolTip(
            self.tr("Record a person's consent, with the signed document")
        )
        self.remove_consent_button.setText(self.tr("Re&move consent"))
        self.posts_box.setTitle(self.tr("Posts using it"))
        self.posts.setAccessibleName(self.tr("Posts using this item"))
        self.posts.setToolTip(self.tr("Enter or a double-click opens the post in the editor"))
        self.no_posts.setText(self.tr("No post uses this item."))
        self.no_consents.setText(self.tr("No consent recorded."))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Store the details of this item (Ctrl+S)"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.revert_button.setToolTip(self.tr("Show the stored details again"))
        self._fill_events()
        if self.detail is not None:
            self._show_header()
            self._fill_consents()
            self._fill_posts()

    # --- showing ---------------------------------------------------------------------------------

    def set_events(self, events: list[Any]) -> None:
        """The events an item can belong to (:class:`app.services.posts.LookupItem`)."""
        self.events = list(events)
        self._fill_events()

    def _fill_events(self) -> None:
        english = self.page.context.english
        wanted = self.event.currentData()
        self.event.blockSignals(True)
        self.event.clear()
        self.event.addItem(self.tr("None"), None)
        for event in self.events:
            name = (event.name_en or event.name_ar) if english else (event.name_ar or event.name_en)
            if event.starts_at is not None:
                day = event.starts_at.astimezone(self.page.zone).date()
                name = f"{name} ({QLocale().toString(_qdate(day), QLocale.FormatType.ShortFormat)})"
            self.event.addItem(name, event.id)
        index = self.event.findData(wanted)
        self.event.setCurrentIndex(max(0, index))
        self.event.blockSignals(False)

    def show_detail(self, detail: Any) -> None:
        """Show ``detail`` (None: nothing chosen); what was typed and not saved is dropped."""
        self.detail = detail
        self.returned_to_draft = ()
        self.empty.setVisible(detail is None)
        self.content.setVisible(detail is not None)
        self.show_message("")
        if detail is None:
            self.loaded = {}
            return
        widgets = (
            self.title,
            self.description,
            self.alt_ar,
            self.alt_en,
            self.credit,
            self.licence,
            self.has_date,
            self.taken_on,
            self.event,
            self.tags,
            self.has_people,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.title.setText(detail.title)
        self.description.setPlainText(detail.description)
        self.alt_ar.setText(detail.alt_ar)
        self.alt_en.setText(detail.alt_en)
        self.credit.setText(detail.credit)
        self.licence.setText(detail.licence)
        self.has_date.setChecked(detail.taken_on is not None)
        self.taken_on.setEnabled(detail.taken_on is not None)
        day = detail.taken_on or self.page.today()
        self.taken_on.setDate(_qdate(day))
        index = self.event.findData(detail.event_id) if detail.event_id is not None else 0
        if index < 0:  # an event the list does not have yet
            self.page.refresh_events()
            index = max(0, self.event.findData(detail.event_id))
        self.event.setCurrentIndex(index)
        arabic = any("\u0600" <= ch <= "\u06ff" for tag in detail.tags for ch in tag)
        self.tags.setText(("، " if arabic else ", ").join(detail.tags))
        self.has_people.setChecked(detail.has_identifiable_people)
        for edit in (self.title, self.alt_ar, self.alt_en, self.credit, self.licence, self.tags):
            edit.setCursorPosition(0)  # the beginning of a long text, not its end
        for widget in widgets:
            widget.blockSignals(False)
        alt_matters = detail.kind != "document"
        for widget in (self.alt_ar, self.alt_en):
            widget.setEnabled(alt_matters)
        self.loaded = self.values()
        self._show_header()
        self._show_preview()
        self._fill_consents()
        self._fill_posts()
        self._update_buttons()
        self._edited()

    def _show_header(self) -> None:
        detail = self.detail
        kind = self.page.kind_name(detail.kind)
        parts = [kind]
        if detail.size_bytes:
            parts.append(QLocale().formattedDataSize(detail.size_bytes))
        if detail.width and detail.height:
            parts.append(ltr(f"{detail.width} × {detail.height}"))
        imported = QLocale().toString(
            _qdate(detail.imported_at.astimezone(self.page.zone).date()),
            QLocale.FormatType.ShortFormat,
        )
        # A right-to-left mark before each line: in Arabic they are laid out right to left
        # although they start with a file name or an English word.
        mark = "\u200f" if self.isRightToLeft() else ""
        self.file_label.setText(
            mark
            + f"\n{mark}".join(
                (
                    ltr(detail.original_name),
                    " · ".join(parts),
                    self.tr("Imported on %1").replace("%1", imported),
                )
            )
        )
        missing = []
        if detail.kind == "image":
            has_ar, has_en = bool(detail.alt_ar.strip()), bool(detail.alt_en.strip())
            if not has_ar and not has_en:
                missing.append(
                    self.tr("No alt text: describe the image for people who cannot see it.")
                )
            elif not has_ar:
                missing.append(self.tr("The Arabic alt text is missing."))
            elif not has_en:
                missing.append(self.tr("The English alt text is missing."))
        if self.needs_consent():
            missing.append(
                self.tr("Consent missing: identifiable people appear without a valid consent.")
            )
        if not detail.licence.strip():
            missing.append(self.tr("No licence recorded."))
        self.warnings.setText("\n".join(missing))
        self.warnings.setVisible(bool(missing))

    def needs_consent(self) -> bool:
        return self.detail is not None and bool(self.detail.needs_consent)

    def _show_preview(self) -> None:
        pixmap = self.page.preview_pixmap(self.detail)
        if pixmap is None:
            from app.ui.archive.grid import placeholder

            pixmap = placeholder(self.detail.kind)
        else:
            pixmap = pixmap.scaled(
                PREVIEW_WIDTH,
                PREVIEW_HEIGHT,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.preview.setPixmap(pixmap)
        name = self.detail.title or self.detail.original_name
        self.preview.setAccessibleName(self.tr("Preview of %1").replace("%1", name))
        english = self.page.context.english
        self.preview.setToolTip(self.detail.alt_en if english else self.detail.alt_ar)

    def set_preview(self, pixmap: QPixmap) -> None:
        """A thumbnail arrived for the item shown."""
        if self.detail is not None and not pixmap.isNull():
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_WIDTH,
                    PREVIEW_HEIGHT,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    # --- consents --------------------------------------------------------------------------------

    def validity_text(self, consent: Any) -> str:
        """Whether ``consent`` counts today (the service says), and why, in words."""
        locale = QLocale()

        def day(value: dt.date) -> str:
            return locale.toString(_qdate(value), QLocale.FormatType.ShortFormat)

        if not consent.valid:
            if consent.minor and not consent.guardian_name.strip():
                return self.tr("not valid: a minor's consent needs the guardian's name")
            if consent.expires_on is not None:
                return self.tr("expired on %1").replace("%1", day(consent.expires_on))
            return self.tr("not valid")
        if consent.expires_on is not None:
            return self.tr("valid until %1").replace("%1", day(consent.expires_on))
        return self.tr("valid, no end date")

    def consent_text(self, consent: Any) -> str:
        locale = QLocale()
        parts = [consent.person_name, self.validity_text(consent)]
        if consent.given_on is not None:
            parts.append(
                self.tr("given on %1").replace(
                    "%1", locale.toString(_qdate(consent.given_on), QLocale.FormatType.ShortFormat)
                )
            )
        if consent.scope:
            parts.append(self.tr("for: %1").replace("%1", consent.scope))
        if consent.minor:
            parts.append(self.tr("guardian: %1").replace("%1", consent.guardian_name or "—"))
        if consent.document_media_id is None:
            parts.append(self.tr("no document attached"))
        else:
            name = ltr(consent.document_name) if consent.document_name else ""
            parts.append(self.tr("document: %1").replace("%1", name).strip())
        return " — ".join(parts[:2]) + ("; " + "; ".join(parts[2:]) if parts[2:] else "")

    def _fill_consents(self) -> None:
        self.consents.clear()
        for consent in self.detail.consents:
            text = self.consent_text(consent)
            item = QListWidgetItem(text, self.consents)
            item.setData(CONSENT_ID_ROLE, consent.id)
            item.setToolTip(text)
            if not consent.valid:  # said in words too ("expired on …")
                item.setForeground(theme_colour(theme.ERROR_TEXT))
        has_consents = self.consents.count() > 0
        self.consents.setVisible(has_consents)
        self.no_consents.setVisible(not has_consents)
        _fit_rows(self.consents)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_consent_button.setEnabled(self.consents.currentRow() >= 0)

    def add_consent(self, pending: Any = None) -> bool:
        """Record a consent (``pending``, a :class:`app.ui.editor.media_dialog.PendingConsent`;
        without it, asked for in the consent dialog). True when stored."""
        if self.detail is None:
            return False
        if pending is None:
            from PySide6.QtWidgets import QDialog

            from app.ui.editor.media_dialog import ConsentDialog

            dialog = ConsentDialog(self)
            if self.page.run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return False
            pending = dialog.result_value
            if pending is None:
                return False
        try:
            self.page.archive.add_consent(
                self.detail.id,
                pending.person_name,
                given_on=pending.given_on,
                scope=pending.scope,
                expires_on=pending.expires_on,
                minor=pending.minor,
                guardian_name=pending.guardian_name,
                document_path=pending.document_path,
            )
        except BayanError as exc:
            self.show_message(self.tr("The consent was not recorded: %1").replace("%1", str(exc)))
            return False
        except OSError as exc:
            self.show_message(
                self.tr("The document could not be read: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return False
        self._reload_keeping_edits()
        self.show_message(
            self.tr("Consent of %1 recorded.").replace("%1", pending.person_name), error=False
        )
        return True

    def remove_consent(self) -> bool:
        """Remove the chosen consent record, after a confirmation."""
        item = self.consents.currentItem()
        if self.detail is None or item is None:
            return False
        consent_id = int(item.data(CONSENT_ID_ROLE))
        consent = next(c for c in self.detail.consents if c.id == consent_id)
        if not self.page.confirm(
            self.tr("Remove the consent record"),
            self.tr(
                "Remove the consent record of %1? Posts using this item may then be blocked "
                "until another consent is recorded."
            ).replace("%1", consent.person_name),
        ):
            return False
        try:
            self.page.archive.remove_consent(consent_id)
        except BayanError as exc:
            self.show_message(self.tr("The consent was not removed: %1").replace("%1", str(exc)))
            return False
        self._reload_keeping_edits()
        self.show_message(
            self.tr("Consent of %1 removed.").replace("%1", consent.person_name), error=False
        )
        return True

    def _reload_keeping_edits(self) -> None:
        """Read the item again (its consents changed) without losing what was typed."""
        typed = self.values()
        was_loaded = self.loaded
        fresh = self.page.archive.detail(self.detail.id)
        self.detail = fresh
        # Adding a consent ticks "identifiable people" in the store.
        people = fresh.has_identifiable_people
        self.loaded = dict(was_loaded, has_identifiable_people=people)
        if (
            typed["has_identifiable_people"] != people
            and was_loaded.get("has_identifiable_people") == typed["has_identifiable_people"]
        ):
            self.has_people.setChecked(people)
        self._show_header()
        self._fill_consents()
        self.page.item_changed(fresh.id)

    # --- posts -----------------------------------------------------------------------------------

    def _fill_posts(self) -> None:
        self.posts.clear()
        zone = self.page.zone
        locale = QLocale()
        for use in self.detail.posts:
            post_id, title, state, scheduled_at = _post_use(use)
            parts = [title or self.tr("(no title)"), labels.post_state(state)]
            if scheduled_at is not None:
                local = scheduled_at.astimezone(zone)
                parts.append(
                    locale.toString(_qdate(local.date()), QLocale.FormatType.ShortFormat)
                    + " "
                    + f"{local:%H:%M}"
                )
            item = QListWidgetItem(" — ".join(parts), self.posts)
            item.setData(POST_ID_ROLE, post_id)
            item.setToolTip(self.tr("Open post %1 in the editor").replace("%1", str(post_id)))
        has_posts = self.posts.count() > 0
        self.posts.setVisible(has_posts)
        self.no_posts.setVisible(not has_posts)
        _fit_rows(self.posts)

    def _post_activated(self, item: QListWidgetItem) -> None:
        self.postRequested.emit(int(item.data(POST_ID_ROLE)))

    # --- editing ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip(),
            "alt_ar": self.alt_ar.text().strip(),
            "alt_en": self.alt_en.text().strip(),
            "credit": self.credit.text().strip(),
            "licence": self.licence.text().strip(),
            "taken_on": self.taken_on.date().toPython() if self.has_date.isChecked() else None,
            "event_id": self.event.currentData(),
            "has_identifiable_people": self.has_people.isChecked(),
            "tags": split_tags(self.tags.text()),
        }

    def is_dirty(self) -> bool:
        return self.detail is not None and self.values() != self.loaded

    def _edited(self, *_args: object) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def revert(self) -> None:
        if self.detail is not None:
            self.show_detail(self.detail)

    def save(self) -> bool:
        """Store what was typed; on an error, say what is wrong and keep it typed."""
        if self.detail is None:
            return False
        values = self.values()
        tags = values.pop("tags")
        changed = {k: v for k, v in values.items() if v != self.loaded.get(k)}
        archive = self.page.archive
        returned: tuple[int, ...] = ()
        media_id = self.detail.id
        old_tags = self.loaded.get("tags", [])
        try:
            # The tags first: a wrong one stops everything before anything is stored, and
            # they are put back if the metadata is refused.
            tags_changed = tags != old_tags
            if tags_changed:
                archive.set_tags(media_id, tags)
            try:
                if changed:
                    returned = archive.update(media_id, **changed).returned_to_draft
            except BayanError:
                if tags_changed:
                    archive.set_tags(media_id, old_tags)
                raise
        except BayanError as exc:
            self.show_message(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        self.show_detail(archive.detail(media_id))
        self.returned_to_draft = returned
        text = self.tr("Saved.")
        if returned:
            text += " " + self.tr(
                "%n post(s) using it went back to draft: their approval covered the old alt text.",
                "",
                len(returned),
            )
        self.show_message(text, error=False)
        self.saved.emit(media_id)
        return True

    def show_message(self, text: str, error: bool = True) -> None:
        theme.show_message(self.message, text, error, show=bool(text))
        if not text:
            self.message.hide()


def _fit_rows(view: QListWidget, most: int = 5) -> None:
    """Make a short list as tall as its rows (up to ``most``; it scrolls beyond)."""
    rows = min(max(view.count(), 1), most)
    row_height = view.sizeHintForRow(0) if view.count() else view.fontMetrics().lineSpacing()
    view.setFixedHeight(rows * max(row_height, 1) + 2 * view.frameWidth() + 4)


def _post_use(use: Any) -> tuple[int, str, str, dt.datetime | None]:
    """(post id, title, state, scheduled at) of one post using the item, given as a tuple or
    as an object with those fields."""
    if isinstance(use, tuple):
        return use[0], use[1], use[2], use[3]
    return use.post_id, use.title, use.state, use.scheduled_at


def theme_colour(name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(name))
