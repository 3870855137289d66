"""One inquiry: log it in a few keystrokes, answer it (with a saved reply or in your own words),
follow its state, and see its first-response time against its target (SPEC §5, issue 6).

The form comes first, in the order an officer reads a message out: channel, kind, subject,
text, language, the inquirer's name and contact, when it came in (now unless changed), a related
post or campaign, internal notes. Ctrl+Enter logs it (or saves the changes). Once it is logged,
the responses: the log (time, channel, text), a saved reply filled in by the service
(:meth:`app.services.inquiries.InquiryService.fill`; a placeholder it cannot fill is reported in
words and nothing is inserted), the response to add, and the state buttons.

The timing line gives the first-response time both in office hours and in calendar time, the
target, and the verdict in words (within target, late, time left, overdue) with an icon.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import InquiryChannel, InquiryKind, InquiryStatus
from app.core.inquiries import ERASED_MARKER
from app.errors import BayanError, EditConflict
from app.ui import labels, theme
from app.ui.conflicts import conflict_text, kept_text
from app.ui.i18n import Retranslating, keep_sections_in_order, ltr
from app.ui.inquiries.timing import (
    calendar_hours_text,
    duration_text,
    local_text,
    office_hours_text,
    target_text,
)

# The service's refusals (plain English) the officer may meet here, in the interface's words.
_KNOWN_ERRORS = {
    "an inquiry needs a subject or a text": QT_TRANSLATE_NOOP(
        "InquiryDialog", "Write a subject or the text of the inquiry."
    ),
    "received at is in the future": QT_TRANSLATE_NOOP(
        "InquiryDialog", "The time it was received is in the future."
    ),
    "received at is after the first response was sent": QT_TRANSLATE_NOOP(
        "InquiryDialog", "The time it was received is after the first response was sent."
    ),
    "received at is after the inquiry was resolved": QT_TRANSLATE_NOOP(
        "InquiryDialog", "The time it was received is after the inquiry was resolved."
    ),
    "a response cannot be logged as sent in the future": QT_TRANSLATE_NOOP(
        "InquiryDialog", "The response's time is in the future."
    ),
    "a response cannot be sent before the inquiry was received": QT_TRANSLATE_NOOP(
        "InquiryDialog", "The response's time is before the inquiry was received."
    ),
    "an inquiry with no response logged cannot be marked answered": QT_TRANSLATE_NOOP(
        "InquiryDialog", "Log a response before marking the inquiry answered."
    ),
    "an inquiry with a response logged cannot go back to new": QT_TRANSLATE_NOOP(
        "InquiryDialog", "An inquiry with a response logged cannot go back to new."
    ),
}


def error_text(error: BaseException) -> str:
    """A refusal from the service in the interface's language where it is known, else as it
    came (plain English naming what is wrong)."""
    message = str(error)
    known = _KNOWN_ERRORS.get(message)
    if known is not None:
        return QCoreApplication.translate("InquiryDialog", known)
    return ltr(message) if message.isascii() else message


def status_error_text(error: BaseException) -> str:
    return QCoreApplication.translate("InquiryDialog", "The state was not changed: %1").replace(
        "%1", error_text(error)
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class DateTimeField(QDateTimeEdit):
    """A wall-clock date and time of the workspace's zone. Kept as UTC digits, so the machine's
    own zone (and its daylight saving) never shifts it, like the editor's schedule. Remembers
    the moment it was last set to, to the second: left unchanged, :meth:`moment` gives that."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setCalendarPopup(True)
        self.setTimeZone(QTimeZone.utc())
        keep_sections_in_order(self)  # 10:05 must not read 05:10 in Arabic
        self.default: dt.datetime | None = None

    def set_moment(self, moment: dt.datetime) -> None:
        local = moment.astimezone(self.zone)
        self.default = moment
        self.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone.utc(),
            )
        )

    def wall(self) -> dt.datetime:
        shown = self.dateTime()
        d, t = shown.date(), shown.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)

    def unchanged(self) -> bool:
        if self.default is None:
            return False
        local = self.default.astimezone(self.zone).replace(second=0, microsecond=0)
        return self.wall() == local

    def moment(self) -> dt.datetime:
        """What the field shows as aware UTC (the remembered moment when left unchanged)."""
        if self.default is not None and self.unchanged():
            return self.default.astimezone(dt.UTC)
        return self.wall().astimezone(dt.UTC)


class InquiryDialog(Retranslating, QDialog):
    """Inquiry ``inquiry_id``, or a new one (None) that is logged by :meth:`save`."""

    changed = Signal(int)  # the inquiry's id, after anything was stored
    # The channel, kind and language of the last inquiry logged: the next one is often alike.
    last_choice: ClassVar[dict[str, str]] = {}

    def __init__(
        self, context: Any, inquiry_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.inquiry_id = inquiry_id
        self.service = context.inquiries()
        self.zone = ZoneInfo(context.timezone)
        self.info: Any = None  # app.services.inquiries.InquiryInfo once logged
        self.dirty = False
        # Asked before removing a response; tests replace it. (title, question) -> yes?
        self.confirm = self._ask
        self._loading = False

        # --- the form ---------------------------------------------------------------------
        self.form_box = QGroupBox(self)
        self.channel_combo = QComboBox(self.form_box)
        for channel in InquiryChannel:
            self.channel_combo.addItem("", channel.value)
        self.kind_combo = QComboBox(self.form_box)
        for kind in InquiryKind:
            self.kind_combo.addItem("", kind.value)
        self.subject_edit = QLineEdit(self.form_box)
        self.text_edit = QPlainTextEdit(self.form_box)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(90)
        self.language_combo = QComboBox(self.form_box)
        self.language_combo.addItem("", "ar")
        self.language_combo.addItem("", "en")
        self.name_edit = QLineEdit(self.form_box)
        self.contact_edit = QLineEdit(self.form_box)
        self.received_edit = DateTimeField(self.zone, self.form_box)
        self.zone_label = QLabel(ltr(context.timezone), self.form_box)
        theme.muted(self.zone_label)
        received_row = QHBoxLayout()
        received_row.addWidget(self.received_edit, 1)
        received_row.addWidget(self.zone_label)
        self.post_spin = QSpinBox(self.form_box)
        self.post_spin.setRange(0, 2_000_000_000)
        self.post_spin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.post_title = QLabel(self.form_box)
        theme.muted(self.post_title)
        self.post_title.setWordWrap(True)
        post_row = QHBoxLayout()
        post_row.addWidget(self.post_spin)
        post_row.addWidget(self.post_title, 1)
        self.campaign_combo = QComboBox(self.form_box)
        self.campaign_combo.addItem("", None)
        english = context.languages.language != "ar"
        for campaign_id, name_ar, name_en in context.reader.campaign_names():
            name = (name_en or name_ar) if english else (name_ar or name_en)
            self.campaign_combo.addItem(name, campaign_id)
        self.notes_edit = QPlainTextEdit(self.form_box)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        self.save_button = QPushButton(self.form_box)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.form_message = QLabel(self.form_box)
        self.form_message.setWordWrap(True)
        self.form_message.setObjectName("formMessage")
        self.form_message.hide()

        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}

        def row(key: str, field: Any, buddy: QWidget | None = None) -> None:
            label = QLabel(self.form_box)
            label.setBuddy(buddy if buddy is not None else field)
            self.form_labels[key] = label
            self.form.addRow(label, field)

        row("channel", self.channel_combo)
        row("kind", self.kind_combo)
        row("subject", self.subject_edit)
        row("text", self.text_edit)
        row("language", self.language_combo)
        row("name", self.name_edit)
        row("contact", self.contact_edit)
        row("received", received_row, self.received_edit)
        row("post", post_row, self.post_spin)
        row("campaign", self.campaign_combo)
        row("notes", self.notes_edit)
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addLayout(self.form)
        form_layout.addWidget(self.form_message)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form_layout.addLayout(save_row)

        # --- where it stands ------------------------------------------------------------------
        self.personal_banner = QLabel(self)
        self.personal_banner.setObjectName("personalDataBanner")
        self.personal_banner.setWordWrap(True)
        self.personal_banner.setFrameShape(QLabel.Shape.StyledPanel)
        self.personal_banner.hide()
        self.state_label = QLabel(self)
        self.state_label.setFont(theme.title_font(1.0))
        self.verdict_icon = QLabel(self)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setFont(theme.title_font(1.0))
        self.timing = QLabel(self)
        self.timing.setObjectName("timing")
        self.timing.setWordWrap(True)
        self.timing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict_icon)
        verdict_row.addWidget(self.verdict, 1)

        # --- responses ------------------------------------------------------------------------
        self.responses_box = QGroupBox(self)
        self.responses = QTableWidget(0, 3, self.responses_box)
        self.responses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.responses.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.responses.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.responses.verticalHeader().setVisible(False)
        self.responses.setWordWrap(True)
        self.responses.horizontalHeader().resizeSection(0, 175)
        self.responses.horizontalHeader().resizeSection(1, 95)
        self.responses.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.responses.setMinimumHeight(150)
        # Rows as tall as their wrapped text at the text column's real width (known only once
        # the table has its size: see eventFilter).
        self.responses.installEventFilter(self)
        self.no_responses = QLabel(self.responses_box)
        theme.muted(self.no_responses)
        self.reply_label = QLabel(self.responses_box)
        self.reply_combo = QComboBox(self.responses_box)
        self.reply_label.setBuddy(self.reply_combo)
        self.insert_button = QPushButton(self.responses_box)
        self.insert_button.setAutoDefault(False)
        self.insert_button.clicked.connect(lambda: self.insert_saved_reply())
        self.reply_message = QLabel(self.responses_box)
        self.reply_message.setObjectName("replyMessage")
        self.reply_message.setWordWrap(True)
        self.reply_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reply_message.hide()
        self.response_label = QLabel(self.responses_box)
        self.response_edit = QPlainTextEdit(self.responses_box)
        self.response_edit.setTabChangesFocus(True)
        self.response_edit.setFixedHeight(110)
        self.response_label.setBuddy(self.response_edit)
        self.response_channel = QComboBox(self.responses_box)
        for channel in InquiryChannel:
            self.response_channel.addItem("", channel.value)
        self.sent_label = QLabel(self.responses_box)
        self.sent_edit = DateTimeField(self.zone, self.responses_box)
        self.sent_label.setBuddy(self.sent_edit)
        self.add_button = QPushButton(self.responses_box)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_response())
        self.remove_button = QPushButton(self.responses_box)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_response())
        self.responses.itemSelectionChanged.connect(self._update_buttons)

        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_label)
        reply_row.addWidget(self.reply_combo, 1)
        reply_row.addWidget(self.insert_button)
        send_row = QHBoxLayout()
        send_row.addWidget(self.response_channel)
        send_row.addWidget(self.sent_label)
        send_row.addWidget(self.sent_edit)
        send_row.addStretch(1)
        send_row.addWidget(self.add_button)
        responses_layout = QVBoxLayout(self.responses_box)
        responses_layout.addWidget(self.responses, 1)
        responses_layout.addWidget(self.no_responses)
        responses_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeading)
        responses_layout.addLayout(reply_row)
        responses_layout.addWidget(self.reply_message)
        responses_layout.addWidget(self.response_label)
        responses_layout.addWidget(self.response_edit)
        responses_layout.addLayout(send_row)

        # --- states ---------------------------------------------------------------------------
        self.status_buttons: dict[str, QPushButton] = {}
        status_row = QHBoxLayout()
        for key in ("waiting", "resolved", "closed", "reopen"):
            button = QPushButton(self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self.set_status(k))
            self.status_buttons[key] = button
            status_row.addWidget(button)
        status_row.addStretch(1)
        self.status_message = QLabel(self)
        self.status_message.setWordWrap(True)
        self.status_message.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        right = QVBoxLayout()
        right.addWidget(self.personal_banner)
        right.addWidget(self.state_label)
        right.addLayout(verdict_row)
        right.addWidget(self.timing)
        right.addWidget(self.responses_box, 100)
        right.addLayout(status_row)
        right.addWidget(self.status_message)
        right.addStretch(1)  # takes the room while a new inquiry shows no responses
        body = QHBoxLayout()
        body.addWidget(self.form_box, 5)
        body.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        for shortcut_keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            shortcut = QShortcut(QKeySequence(shortcut_keys), self)
            shortcut.activated.connect(self._save_shortcut)
        for signal in (
            self.channel_combo.currentIndexChanged,
            self.kind_combo.currentIndexChanged,
            self.subject_edit.textEdited,
            self.text_edit.textChanged,
            self.language_combo.currentIndexChanged,
            self.name_edit.textEdited,
            self.contact_edit.textEdited,
            self.received_edit.dateTimeChanged,
            self.post_spin.valueChanged,
            self.campaign_combo.currentIndexChanged,
            self.notes_edit.textChanged,
        ):
            signal.connect(self._edited)
        self.post_spin.valueChanged.connect(lambda _v: self._show_post_title())
        self.channel_combo.currentIndexChanged.connect(self._channel_chosen)

        # Tab follows the page: the form, then the responses top to bottom, then the states.
        chain: list[QWidget] = [
            self.save_button,
            self.responses,
            self.remove_button,
            self.reply_combo,
            self.insert_button,
            self.response_edit,
            self.response_channel,
            self.sent_edit,
            self.add_button,
            *self.status_buttons.values(),
            self.buttons.button(QDialogButtonBox.StandardButton.Close),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.resize(1080, 700)
        self.retranslate()
        self.load()
        # A new inquiry starts at its channel; a logged one, most often, at the answer.
        if self.info is None or self.info.erased:
            self.channel_combo.setFocus()
        else:
            self.response_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.responses and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.responses, self.responses.resizeRowsToContents)
        return super().eventFilter(watched, event)

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for combo, names in (
            (self.channel_combo, labels.inquiry_channel),
            (self.response_channel, labels.inquiry_channel),
            (self.kind_combo, labels.inquiry_kind),
        ):
            for index in range(combo.count()):
                combo.setItemText(index, names(combo.itemData(index)))
        self.language_combo.setItemText(0, self.tr("Arabic"))
        self.language_combo.setItemText(1, self.tr("English"))
        self.campaign_combo.setItemText(0, self.tr("None"))
        self.post_spin.setSpecialValueText(self.tr("None"))
        self.post_spin.setToolTip(self.tr("The number of a post this inquiry is about (optional)"))
        texts = {
            "channel": self.tr("C&hannel"),
            "kind": self.tr("&Kind"),
            "subject": self.tr("&Subject"),
            "text": self.tr("&Text"),
            "language": self.tr("&Language"),
            "name": self.tr("Inquirer's na&me"),
            "contact": self.tr("C&ontact"),
            "received": self.tr("Recei&ved at"),
            "post": self.tr("Related &post"),
            "campaign": self.tr("Related campai&gn"),
            "notes": self.tr("Internal &notes"),
        }
        for key, label in self.form_labels.items():
            label.setText(texts[key])
        self.contact_edit.setPlaceholderText(self.tr("Phone, e-mail or account, as given"))
        self.name_edit.setPlaceholderText(self.tr("Optional"))
        self.notes_edit.setPlaceholderText(self.tr("For the team only; never sent"))
        self.received_edit.setToolTip(
            self.tr("When the inquiry came in, in the workspace's time zone (now unless changed)")
        )
        self.form_box.setTitle(self.tr("The inquiry"))
        self.responses_box.setTitle(self.tr("Responses"))
        self.responses.setHorizontalHeaderLabels(
            [self.tr("Sent"), self.tr("Channel"), self.tr("Text")]
        )
        self.responses.setAccessibleName(self.tr("Responses sent"))
        self.no_responses.setText(self.tr("No response logged yet."))
        self.reply_label.setText(self.tr("Saved repl&y"))
        self.insert_button.setText(self.tr("&Insert saved reply"))
        self.insert_button.setToolTip(
            self.tr("Put the chosen saved reply, filled in for this inquiry, into the response")
        )
        self.response_label.setText(self.tr("&Response"))
        self.response_channel.setAccessibleName(self.tr("Channel of the response"))
        self.sent_label.setText(self.tr("Sent at"))
        self.sent_edit.setToolTip(self.tr("When the response was sent (now unless changed)"))
        self.add_button.setText(self.tr("&Add response"))
        self.remove_button.setText(self.tr("Remove response"))
        self.remove_button.setToolTip(self.tr("Take back the chosen response, logged by mistake"))
        self.status_buttons["waiting"].setText(self.tr("Mark &waiting"))
        self.status_buttons["waiting"].setToolTip(
            self.tr("Waiting for the inquirer or another department")
        )
        self.status_buttons["resolved"].setText(self.tr("Mark resolve&d"))
        self.status_buttons["closed"].setText(self.tr("Mark &closed"))
        self.status_buttons["closed"].setToolTip(self.tr("Closed without further action"))
        self.status_buttons["reopen"].setText(self.tr("R&eopen"))
        self.refresh()

    # --- reading -------------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the form and the rest from the stored inquiry (or the defaults for a new one)."""
        self._loading = True
        try:
            if self.inquiry_id is None:
                self.info = None
                last = self.last_choice
                self._choose(self.channel_combo, last.get("channel", InquiryChannel.FACEBOOK))
                self._choose(self.kind_combo, last.get("kind", InquiryKind.INQUIRY))
                # Most of the public writes in Arabic: Arabic unless the last one was English.
                self._choose(self.language_combo, last.get("language", "ar"))
                self.received_edit.set_moment(self.context.clock())
            else:
                self.info = info = self.service.get(self.inquiry_id)
                self._choose(self.channel_combo, info.channel)
                self._choose(self.kind_combo, info.kind)
                self.subject_edit.setText(self._shown_text(info.subject))
                self.text_edit.setPlainText(self._shown_text(info.text))
                self._choose(self.language_combo, info.language)
                self.name_edit.setText(info.inquirer_name or "")
                self.contact_edit.setText(info.inquirer_contact or "")
                self.received_edit.set_moment(info.received_at)
                self.post_spin.setValue(info.post_id or 0)
                self._choose(self.campaign_combo, info.campaign_id)
                self.notes_edit.setPlainText(self._shown_text(info.internal_notes))
                self._choose(self.response_channel, info.channel)
            self.sent_edit.set_moment(self.context.clock())
            self._fill_replies()
        finally:
            self._loading = False
        self.dirty = False
        self._show_post_title()
        self.refresh()

    def _shown_text(self, text: str) -> str:
        return self.tr("(erased on request)") if text == ERASED_MARKER else text

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill_replies(self) -> None:
        kept = self.reply_combo.currentData()
        self.reply_combo.clear()
        for reply in self.service.saved_replies():
            self.reply_combo.addItem(reply.title, reply.id)
        if kept is not None:
            self._choose(self.reply_combo, kept)

    def refresh(self) -> None:
        """The title, the state, the timing, the responses and which buttons work."""
        info = self.info
        if info is None:
            self.setWindowTitle(self.tr("New inquiry"))
            self.save_button.setText(self.tr("Log inquiry (Ctrl+Enter)"))
            self.state_label.setText(self.tr("Not logged yet"))
            self.verdict.clear()
            self.verdict_icon.clear()
            self.timing.setText(
                self.tr(
                    "Log the inquiry first (Ctrl+Enter): its response-time target starts from "
                    "the time it was received."
                )
            )
            self.personal_banner.hide()
            self.responses.setRowCount(0)
            self.no_responses.show()
        else:
            self.setWindowTitle(
                self.tr("Inquiry %1 — %2")
                .replace("%1", str(info.id))
                .replace("%2", labels.inquiry_kind(info.kind))
            )
            self.save_button.setText(self.tr("Save changes (Ctrl+Enter)"))
            self.state_label.setText(
                self.tr("State: %1").replace("%1", labels.inquiry_status(info.status))
            )
            self._show_timing(info)
            self._show_personal_data(info)
            self._fill_responses(info)
        self._update_buttons()

    def _show_timing(self, info: Any) -> None:
        zone = self.zone
        target = (
            self.tr("Target (%1): a first response within %2; deadline %3.")
            .replace("%1", labels.inquiry_kind(info.kind))
            .replace("%2", target_text(info.target))
            .replace("%3", local_text(info.deadline, zone))
        )
        lines: list[str] = []
        style = self.style()
        icon: QStyle.StandardPixmap | None = None
        if info.first_response_at is not None:
            lines.append(
                self.tr("First response after %1 (%2), on %3.")
                .replace("%1", office_hours_text(info.office_response))
                .replace("%2", calendar_hours_text(info.calendar_response))
                .replace("%3", local_text(info.first_response_at, zone))
            )
            if info.within_target:
                verdict = self.tr("Within target")
                icon = QStyle.StandardPixmap.SP_DialogApplyButton
            else:
                late = info.office_response - info.target
                verdict = self.tr("Late: %1 past the target (office hours)").replace(
                    "%1", duration_text(late)
                )
                icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        elif info.overdue:
            office = info.office_left or dt.timedelta(0)
            if office < -dt.timedelta(minutes=1):
                verdict = self.tr("Overdue by %1 (office hours)").replace(
                    "%1", duration_text(office)
                )
            else:
                verdict = self.tr("Overdue")
            lines.append(
                self.tr("No response yet; the deadline passed %1 ago in calendar time.").replace(
                    "%1", duration_text(info.calendar_left, days=True)
                )
            )
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        elif info.is_open:
            verdict = self.tr("%1 left (office hours)").replace(
                "%1", duration_text(info.office_left or dt.timedelta(0))
            )
            lines.append(
                self.tr("No response yet; %1 left to the deadline in calendar time.").replace(
                    "%1", duration_text(info.calendar_left, days=True)
                )
            )
            icon = QStyle.StandardPixmap.SP_MessageBoxInformation
        else:
            verdict = self.tr("Closed without a response")
            lines.append(self.tr("No response was logged before it was resolved or closed."))
        lines.append(target)
        if info.resolved_at is not None:
            lines.append(
                self.tr("Resolved or closed on %1.").replace(
                    "%1", local_text(info.resolved_at, zone)
                )
            )
        self.verdict.setText(verdict)
        if icon is not None:
            self.verdict_icon.setPixmap(style.standardIcon(icon).pixmap(20, 20))
        else:
            self.verdict_icon.clear()
        self.timing.setText("\n".join(lines))
        self.verdict.setAccessibleName(verdict)
        self.timing.setAccessibleName(" ".join(lines))

    def _show_personal_data(self, info: Any) -> None:
        if info.erased:
            text = self.tr(
                "Erased on request on %1: the inquirer's name and contact were removed, and the "
                "subject, text, notes and responses replaced. The times, channel, kind and state "
                "are kept for the figures."
            ).replace("%1", local_text(info.anonymised_at, self.zone))
        elif info.anonymised_at is not None:
            text = self.tr(
                "Anonymised on %1 after the retention period: the inquirer's name and contact "
                "were removed, and so were their mentions in the texts."
            ).replace("%1", local_text(info.anonymised_at, self.zone))
        else:
            self.personal_banner.hide()
            return
        self.personal_banner.setText(text)
        self.personal_banner.setAccessibleName(text)
        self.personal_banner.show()

    def _fill_responses(self, info: Any) -> None:
        table = self.responses
        table.setRowCount(len(info.responses))
        for row, response in enumerate(info.responses):
            text = self._shown_text(response.text)
            cells = (
                local_text(response.sent_at, self.zone),
                labels.inquiry_channel(response.channel),
                text,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setToolTip(value)
                item.setData(Qt.ItemDataRole.UserRole, response.id)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        self.no_responses.setVisible(not info.responses)

    def _update_buttons(self) -> None:
        info = self.info
        logged = info is not None
        erased = logged and info.erased
        anonymised = logged and info.anonymised_at is not None
        for widget in (
            self.channel_combo,
            self.kind_combo,
            self.subject_edit,
            self.text_edit,
            self.language_combo,
            self.received_edit,
            self.post_spin,
            self.campaign_combo,
            self.notes_edit,
            self.save_button,
        ):
            widget.setEnabled(not erased)
        for widget in (self.name_edit, self.contact_edit):
            widget.setEnabled(not anonymised)
            if anonymised:
                widget.setPlaceholderText(self.tr("Removed"))
        has_replies = self.reply_combo.count() > 0
        for widget in (self.response_edit, self.response_channel, self.sent_edit, self.add_button):
            widget.setEnabled(logged and not erased)
        self.reply_combo.setEnabled(logged and not erased and has_replies)
        self.insert_button.setEnabled(logged and not erased and has_replies)
        self.remove_button.setEnabled(
            logged and not erased and bool(self.responses.selectedItems())
        )
        done = logged and info.status in (InquiryStatus.RESOLVED, InquiryStatus.CLOSED)
        status = info.status if logged else ""
        self.status_buttons["waiting"].setEnabled(logged and status != InquiryStatus.WAITING)
        self.status_buttons["resolved"].setEnabled(logged and status != InquiryStatus.RESOLVED)
        self.status_buttons["closed"].setEnabled(logged and status != InquiryStatus.CLOSED)
        self.status_buttons["reopen"].setEnabled(bool(done))
        # A new inquiry shows the form alone until it is logged.
        self.responses_box.setVisible(logged)
        for button in self.status_buttons.values():
            button.setVisible(logged)

    def _show_post_title(self) -> None:
        post_id = self.post_spin.value()
        if not post_id:
            self.post_title.clear()
            return
        try:
            post = self.context.posts().get(post_id)
        except BayanError:
            self.post_title.setText(self.tr("There is no post %1.").replace("%1", str(post_id)))
            return
        fields = post.fields
        english = self.context.languages.language != "ar"
        title = (fields.title_en or fields.title) if english else (fields.title or fields.title_en)
        self.post_title.setText(title or "")

    # --- editing -------------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True
            self.form_message.hide()

    def _channel_chosen(self, _index: int) -> None:
        # A response usually goes back the way the inquiry came.
        if self.info is None or not self.info.responses:
            self._choose(self.response_channel, self.channel_combo.currentData())

    def fields(self) -> Any:
        from app.services.inquiries import InquiryFields

        info = self.info
        # Left as shown: now for a new inquiry (the service's clock), unchanged for one logged.
        received = None if self.received_edit.unchanged() else self.received_edit.moment()
        anonymised = info is not None and info.anonymised_at is not None
        campaign = self.campaign_combo.currentData()
        return InquiryFields(
            channel=self.channel_combo.currentData(),
            kind=self.kind_combo.currentData(),
            subject=self.subject_edit.text(),
            text=self.text_edit.toPlainText(),
            language=self.language_combo.currentData(),
            inquirer_name=None if anonymised else (self.name_edit.text().strip() or None),
            inquirer_contact=None if anonymised else (self.contact_edit.text().strip() or None),
            received_at=received,
            post_id=self.post_spin.value() or None,
            campaign_id=int(campaign) if campaign is not None else None,
            internal_notes=self.notes_edit.toPlainText(),
        )

    def _save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> bool:
        """Log the new inquiry, or store the changes to the form; True when stored."""
        if self.info is not None and self.info.erased:
            return False
        try:
            fields = self.fields()
            if self.inquiry_id is None:
                info = self.service.create(fields)
            else:
                info = self.service.update(self.inquiry_id, fields, base=self.info)
        except EditConflict as exc:  # the form keeps what the officer wrote
            self._form_error(f"{conflict_text(exc, self.zone)} {kept_text()}")
            return False
        except BayanError as exc:
            self._form_error(
                self.tr("The inquiry was not saved: %1").replace("%1", error_text(exc))
            )
            return False
        new = self.inquiry_id is None
        self.inquiry_id = info.id
        if new:
            type(self).last_choice = {
                "channel": info.channel,
                "kind": info.kind,
                "language": info.language,
            }
        self.load()
        theme.show_message(
            self.form_message,
            self.tr("Inquiry %1 logged.").replace("%1", str(info.id))
            if new
            else self.tr("Changes saved."),
        )
        self.changed.emit(info.id)
        if new:
            self.response_edit.setFocus()
        return True

    def _form_error(self, text: str) -> None:
        theme.show_message(self.form_message, text, error=True)

    # --- responses -----------------------------------------------------------------------------

    def _save_first(self) -> bool:
        """Unsaved changes to the form are stored before a response (a saved reply reads the
        stored name and subject)."""
        return not self.dirty or self.save()

    def insert_saved_reply(self, reply_id: int | None = None) -> bool:
        """Put the saved reply (the chosen one by default), filled in for this inquiry in its
        language, into the response at the cursor. A placeholder it cannot fill is reported in
        words and nothing is inserted."""
        if self.inquiry_id is None or not self._save_first():
            return False
        if reply_id is None:
            reply_id = self.reply_combo.currentData()
        if reply_id is None:
            return False
        index = self.reply_combo.findData(reply_id)
        title = self.reply_combo.itemText(index) if index >= 0 else str(reply_id)
        from app.services.inquiries import SavedReplyError

        try:
            text = self.service.fill(int(reply_id), self.inquiry_id)
        except SavedReplyError as exc:
            self._reply_error(self.saved_reply_error_text(exc, title))
            return False
        except BayanError as exc:
            self._reply_error(
                self.tr("The saved reply was not inserted: %1").replace("%1", error_text(exc))
            )
            return False
        self.reply_message.hide()
        cursor = self.response_edit.textCursor()
        if self.response_edit.toPlainText().strip() and not cursor.atBlockStart():
            text = "\n" + text
        self.response_edit.insertPlainText(text)
        self.response_edit.setFocus()
        return True

    def saved_reply_error_text(self, error: Any, title: str) -> str:
        names = ", ".join("{" + n + "}" for n in getattr(error, "names", ()))
        problem = getattr(error, "problem", "invalid")
        if problem == "unknown":
            text = self.tr(
                "“%1” uses %2, which Bayan cannot fill in: a saved reply may use {name}, "
                "{subject} and {date}. Nothing was inserted; correct the reply under Saved "
                "replies."
            )
        elif problem == "missing":
            text = self.tr(
                "“%1” needs %2, which this inquiry does not have: fill it in above, or write "
                "the response yourself. Nothing was inserted."
            )
        elif problem == "no_text":
            language = self.tr("Arabic") if self._inquiry_language() == "ar" else self.tr("English")
            text = self.tr("“%1” has no text in %2. Nothing was inserted.")
            names = language
        elif problem == "malformed":
            text = self.tr(
                "“%1” has a brace that is not closed (character %2): write {{ and }} for a "
                "brace. Nothing was inserted."
            )
            names = str((getattr(error, "position", 0) or 0) + 1)
        else:
            return (
                self.tr("“%1” was not inserted: %2")
                .replace("%1", title)
                .replace("%2", error_text(error))
            )
        return text.replace("%1", title).replace(
            "%2", ltr(names) if problem != "no_text" else names
        )

    def _inquiry_language(self) -> str:
        return self.info.language if self.info is not None else self.language_combo.currentData()

    def _reply_error(self, text: str) -> None:
        theme.show_message(self.reply_message, text, error=True)

    def add_response(self) -> bool:
        """Log the response written (sent now unless the time was changed)."""
        if self.inquiry_id is None:
            return False
        text = self.response_edit.toPlainText().strip()
        if not text:
            self._reply_error(self.tr("Write the response first, or insert a saved reply."))
            self.response_edit.setFocus()
            return False
        if not self._save_first():
            return False
        sent = None if self.sent_edit.unchanged() else self.sent_edit.moment()
        try:
            self.service.respond(
                self.inquiry_id, text, self.response_channel.currentData(), sent_at=sent
            )
        except BayanError as exc:
            self._reply_error(
                self.tr("The response was not logged: %1").replace("%1", error_text(exc))
            )
            return False
        self.response_edit.clear()
        self.reply_message.hide()
        self.load()
        self.changed.emit(self.inquiry_id)
        return True

    def remove_response(self) -> bool:
        items = self.responses.selectedItems()
        if not items or self.inquiry_id is None:
            return False
        response_id = items[0].data(Qt.ItemDataRole.UserRole)
        if not self.confirm(
            self.tr("Remove the response"),
            self.tr(
                "Remove the chosen response from the log? Do this only for a response logged "
                "by mistake; the first-response time is worked out again."
            ),
        ):
            return False
        try:
            self.service.remove_response(int(response_id))
        except BayanError as exc:
            self._reply_error(
                self.tr("The response was not removed: %1").replace("%1", error_text(exc))
            )
            return False
        self.load()
        self.changed.emit(self.inquiry_id)
        return True

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- states --------------------------------------------------------------------------------

    def set_status(self, key: str) -> bool:
        """Move to ``key``: "waiting", "resolved", "closed", or "reopen" (answered when a
        response was logged, else new)."""
        if self.inquiry_id is None or self.info is None:
            return False
        if key == "reopen":
            status = (
                InquiryStatus.ANSWERED.value
                if self.info.first_response_at is not None
                else InquiryStatus.NEW.value
            )
        else:
            status = InquiryStatus(key).value
        if self.dirty and not self.save():
            return False
        try:
            self.service.set_status(self.inquiry_id, status)
        except BayanError as exc:
            theme.show_message(self.status_message, status_error_text(exc), error=True)
            return False
        self.status_message.hide()
        self.load()
        self.changed.emit(self.inquiry_id)
        return True
