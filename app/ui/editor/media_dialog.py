"""Attach an image or video to a post, or edit an attachment: alt text in Arabic and English,
credit and licence, "image contains text", captions for a video, and the identifiable people
with their consent records.

The file is copied into the workspace's media store (named by its content hash) by
``PostService.attach_media`` when the officer presses OK; nothing is stored before that, and an
error keeps the dialog open with everything typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.services.media_store import IMAGE_SUFFIXES, VIDEO_SUFFIXES
from app.services.posts import AttachedMedia, ConsentInfo, PostService
from app.ui import theme
from app.ui.editor.text_edits import text_font
from app.ui.i18n import Retranslating, keep_sections_in_order, ltr


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


@dataclass
class PendingConsent:
    """A consent record typed in the dialog, stored when it is accepted."""

    person_name: str
    given_on: dt.date | None
    scope: str
    expires_on: dt.date | None
    minor: bool
    guardian_name: str
    document_path: Path | None


class ConsentDialog(Retranslating, QDialog):
    """One identifiable person's consent: who, when, for what, until when, and the document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = QLineEdit(self)
        self.given_on = QDateEdit(self)
        keep_sections_in_order(self.given_on)
        self.given_on.setCalendarPopup(True)
        self.given_on.setDate(QDate.currentDate())
        self.scope = QLineEdit(self)
        self.has_expiry = QCheckBox(self)
        self.expires_on = QDateEdit(self)
        keep_sections_in_order(self.expires_on)
        self.expires_on.setCalendarPopup(True)
        self.expires_on.setDate(QDate.currentDate().addYears(1))
        self.expires_on.setEnabled(False)
        self.has_expiry.toggled.connect(self.expires_on.setEnabled)
        self.minor = QCheckBox(self)
        self.guardian = QLineEdit(self)
        self.guardian.setEnabled(False)
        self.minor.toggled.connect(self.guardian.setEnabled)
        self.document = QLineEdit(self)
        self.document.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        document_row = QHBoxLayout()
        document_row.addWidget(self.document, 1)
        document_row.addWidget(self.browse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        theme.error_text(self.message)
        self.labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout()
        fields = (
            self.person,
            self.given_on,
            self.scope,
            self.has_expiry,
            self.guardian,
            self.document,
        )
        for label, widget in zip(self.labels, fields, strict=True):
            label.setBuddy(widget)
        form.addRow(self.labels[0], self.person)
        form.addRow(self.labels[1], self.given_on)
        form.addRow(self.labels[2], self.scope)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.has_expiry)
        expiry_row.addWidget(self.expires_on, 1)
        form.addRow(self.labels[3], expiry_row)
        form.addRow("", self.minor)
        form.addRow(self.labels[4], self.guardian)
        form.addRow(self.labels[5], document_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.result_value: PendingConsent | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent record"))
        texts = (
            self.tr("&Person:"),
            self.tr("&Given on:"),
            self.tr("&For what use:"),
            self.tr("&Expires:"),
            self.tr("Guar&dian:"),
            self.tr("Doc&ument:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.has_expiry.setText(self.tr("Has an end date"))
        self.minor.setText(self.tr("The person is a minor (consent from a guardian)"))
        self.browse.setText(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the consent document"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Consent document"))
        if path:
            self.document.setText(path)

    def _accept(self) -> None:
        name = self.person.text().strip()
        if not name:
            self.message.setText(self.tr("Enter the name of the person who gave consent."))
            self.person.setFocus()
            return
        if self.minor.isChecked() and not self.guardian.text().strip():
            self.message.setText(self.tr("A minor's consent comes from a guardian: name them."))
            self.guardian.setFocus()
            return
        document = self.document.text().strip()
        if document and not Path(document).is_file():
            self.message.setText(self.tr("There is no file at %1.").replace("%1", ltr(document)))
            self.document.setFocus()
            return
        self.result_value = PendingConsent(
            person_name=name,
            given_on=_pydate(self.given_on.date()),
            scope=self.scope.text().strip(),
            expires_on=_pydate(self.expires_on.date()) if self.has_expiry.isChecked() else None,
            minor=self.minor.isChecked(),
            guardian_name=self.guardian.text().strip() if self.minor.isChecked() else "",
            document_path=Path(document) if document else None,
        )
        self.accept()


class MediaDialog(Retranslating, QDialog):
    """Attach a new file (``media`` None) or edit the attachment ``media`` of ``post_id``."""

    def __init__(
        self,
        service: PostService,
        post_id: int,
        media: AttachedMedia | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.post_id = post_id
        self.media = media
        self.consents: list[ConsentInfo] = list(media.consents) if media else []
        self.pending: list[PendingConsent] = []
        self.removed: list[int] = []
        # Posts whose approval an alt-text change withdrew.
        self.returned_to_draft: tuple[int, ...] = ()
        self.resize(620, 640)

        self.file_box = QWidget(self)
        self.path = QLineEdit(self.file_box)
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path.textChanged.connect(self._update_kind)
        self.browse = QPushButton(self.file_box)
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout(self.file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        self.file_box.setVisible(media is None)
        self.file_name = QLabel(self)
        self.file_name.setVisible(media is not None)

        self.alt_ar = QLineEdit(self)
        self.alt_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.alt_ar.setFont(text_font(True, 1.0))
        self.alt_en = QLineEdit(self)
        self.alt_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.credit = QLineEdit(self)
        self.licence = QLineEdit(self)
        self.contains_text = QCheckBox(self)
        self.burned_in = QCheckBox(self)
        self.captions_path = QLineEdit(self)
        self.captions_path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.captions_browse = QPushButton(self)
        self.captions_browse.clicked.connect(self._browse_captions)
        self.captions_box = QWidget(self)
        captions_row = QHBoxLayout(self.captions_box)
        captions_row.setContentsMargins(0, 0, 0, 0)
        captions_row.addWidget(self.captions_path, 1)
        captions_row.addWidget(self.captions_browse)

        self.field_labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout()
        form.addRow(self.field_labels[0], self.file_box)
        form.addRow("", self.file_name)
        for label, widget in zip(
            self.field_labels[1:5],
            (self.alt_ar, self.alt_en, self.credit, self.licence),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.field_labels[0].setBuddy(self.path)
        form.addRow("", self.contains_text)
        form.addRow("", self.burned_in)
        self.field_labels[5].setBuddy(self.captions_path)
        form.addRow(self.field_labels[5], self.captions_box)

        self.people_box = QGroupBox(self)
        self.has_people = QCheckBox(self.people_box)
        self.consent_table = QTableWidget(0, 4, self.people_box)
        self.consent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.consent_table.verticalHeader().hide()
        self.add_consent = QPushButton(self.people_box)
        self.add_consent.clicked.connect(self._add_consent)
        self.remove_consent = QPushButton(self.people_box)
        self.remove_consent.clicked.connect(self._remove_consent)
        self.has_people.toggled.connect(self._update_people)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.add_consent)
        people_buttons.addWidget(self.remove_consent)
        people_buttons.addStretch(1)
        people_layout = QVBoxLayout(self.people_box)
        people_layout.addWidget(self.has_people)
        people_layout.addWidget(self.consent_table, 1)
        people_layout.addLayout(people_buttons)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        theme.error_text(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.people_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if media is not None:
            self.alt_ar.setText(media.alt_ar)
            self.alt_en.setText(media.alt_en)
            self.credit.setText(media.credit)
            self.licence.setText(media.licence)
            self.contains_text.setChecked(media.contains_text)
            self.burned_in.setChecked(media.burned_in_captions)
            self.has_people.setChecked(media.has_identifiable_people)
        self.retranslate()
        self._update_kind()
        self._update_people()

    # -- presentation ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Attach media") if self.media is None else self.tr("Edit attachment")
        )
        texts = (
            self.tr("&File:"),
            self.tr("Alt text (&Arabic):"),
            self.tr("Alt text (&English):"),
            self.tr("&Credit:"),
            self.tr("&Licence:"),
            self.tr("Captions file (S&RT or VTT):"),
        )
        for label, text in zip(self.field_labels, texts, strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Ch&oose…"))
        self.browse.setAccessibleName(self.tr("Choose the image or video file"))
        self.captions_browse.setText(self.tr("Choose…"))
        self.captions_browse.setAccessibleName(self.tr("Choose the captions file"))
        self.contains_text.setText(self.tr("The image contains &text (repeat it in the alt text)"))
        self.burned_in.setText(self.tr("Captions are &burned into the video"))
        self.alt_ar.setPlaceholderText(self.tr("Describe what the image shows, in Arabic"))
        self.alt_en.setPlaceholderText(self.tr("Describe what the image shows, in English"))
        self.licence.setPlaceholderText(self.tr("e.g. owned by the organisation, CC BY 4.0"))
        self.people_box.setTitle(self.tr("People"))
        self.has_people.setText(self.tr("Identifiable &people appear"))
        self.consent_table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Given on"), self.tr("Use"), self.tr("Expires")]
        )
        self.consent_table.setAccessibleName(self.tr("Consent records"))
        self.add_consent.setText(self.tr("Add co&nsent…"))
        self.remove_consent.setText(self.tr("Re&move consent"))
        if self.media is not None:
            self.file_name.setText(ltr(self.media.original_name))
        self._fill_consents()

    def kind(self) -> str:
        if self.media is not None:
            return self.media.kind
        suffix = Path(self.path.text().strip()).suffix.lower()
        return "video" if suffix in VIDEO_SUFFIXES else "image"

    def _update_kind(self) -> None:
        video = self.kind() == "video"
        self.contains_text.setVisible(not video)
        self.burned_in.setVisible(video)
        self.captions_box.setVisible(video)
        self.field_labels[5].setVisible(video)

    def _update_people(self) -> None:
        on = self.has_people.isChecked()
        self.consent_table.setEnabled(on)
        self.add_consent.setEnabled(on)
        self.remove_consent.setEnabled(on and self.consent_table.rowCount() > 0)

    def _fill_consents(self) -> None:
        locale = QLocale()

        def day(value: dt.date | None) -> str:
            return locale.toString(_qdate(value), QLocale.FormatType.ShortFormat) if value else ""

        rows = [
            (c.person_name, day(c.given_on), c.scope, day(c.expires_on))
            for c in self.consents
            if c.id not in self.removed
        ]
        rows += [(p.person_name, day(p.given_on), p.scope, day(p.expires_on)) for p in self.pending]
        self.consent_table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.consent_table.setItem(row, column, QTableWidgetItem(value))
        self._update_people()

    # -- actions ------------------------------------------------------------------------------

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach an image or video"),
            "",
            self.tr("Images and videos (%1);;All files (*)").replace(
                "%1", " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES | VIDEO_SUFFIXES))
            ),
        )
        if path:
            self.path.setText(path)

    def _browse_captions(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Captions file"), "", self.tr("Captions (*.srt *.vtt);;All files (*)")
        )
        if path:
            self.captions_path.setText(path)

    def _add_consent(self) -> None:
        dialog = ConsentDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            self.pending.append(dialog.result_value)
            self._fill_consents()

    def _remove_consent(self) -> None:
        row = self.consent_table.currentRow()
        kept = [c for c in self.consents if c.id not in self.removed]
        if row < 0:
            return
        if row < len(kept):
            self.removed.append(kept[row].id)
        else:
            del self.pending[row - len(kept)]
        self._fill_consents()

    def apply(self) -> None:
        """Store everything; on an error say what is wrong and keep the dialog open."""
        self.message.clear()
        try:
            if self.media is None:
                text = self.path.text().strip()
                if not text:
                    self.message.setText(self.tr("Choose the file to attach."))
                    self.path.setFocus()
                    return
                path = Path(text)
                if not path.is_file():
                    self.message.setText(
                        self.tr("There is no file at %1.").replace("%1", ltr(text))
                    )
                    self.path.setFocus()
                    return
                self.media = self.service.attach_media(
                    self.post_id,
                    path,
                    alt_ar=self.alt_ar.text().strip(),
                    alt_en=self.alt_en.text().strip(),
                    credit=self.credit.text().strip(),
                    licence=self.licence.text().strip(),
                    has_identifiable_people=self.has_people.isChecked(),
                )
            media_id = self.media.media_id
            metadata: dict[str, object] = {
                "alt_ar": self.alt_ar.text().strip(),
                "alt_en": self.alt_en.text().strip(),
                "credit": self.credit.text().strip(),
                "licence": self.licence.text().strip(),
                "has_identifiable_people": self.has_people.isChecked(),
            }
            if self.media.kind == "video":
                metadata["burned_in_captions"] = self.burned_in.isChecked()
            else:
                metadata["contains_text"] = self.contains_text.isChecked()
            change = self.service.change_media(media_id, **metadata)
            self.media = change.media
            self.returned_to_draft = change.returned_to_draft
            captions = self.captions_path.text().strip()
            if self.media.kind == "video" and captions:
                self.media = self.service.set_captions(media_id, Path(captions))
                self.captions_path.clear()
            while self.removed:
                self.service.remove_consent(self.removed[0])
                self.consents = [c for c in self.consents if c.id != self.removed[0]]
                self.removed.pop(0)
            while self.pending:
                p = self.pending[0]
                info = self.service.add_consent(
                    media_id,
                    p.person_name,
                    given_on=p.given_on,
                    scope=p.scope,
                    expires_on=p.expires_on,
                    minor=p.minor,
                    guardian_name=p.guardian_name,
                    document_path=p.document_path,
                )
                self.consents.append(info)
                self.pending.pop(0)
        except BayanError as exc:
            self.message.setText(self.tr("Not stored: %1").replace("%1", str(exc)))
            self._fill_consents()
            return
        except OSError as exc:
            self.message.setText(
                self.tr("The file could not be read: %1").replace("%1", exc.strerror or str(exc))
            )
            return
        self.accept()
