"""Enrolling an approver, or re-enrolling one: two steps in one dialog.

1. Who (name and title, for a new approver) and the passphrase only the approver knows, typed
   twice.
2. The QR code of the new key's ``otpauth://`` address, for the authenticator app on the
   approver's own phone, with the key in text as a fallback, and the code the phone then shows,
   which proves the phone holds the key. Finish stores the key, sealed with the passphrase.

The key is shown in this dialog only. When the dialog closes, its :class:`Enrolment` reference,
the picture and the text of the key are dropped and the passphrase fields emptied. Nothing of
it is logged.
"""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.approval import MIN_PASSPHRASE_CHARS
from app.errors import BayanError
from app.ui import theme
from app.ui.approvals import code_complete, code_digits, error_text, group_key, make_code_edit
from app.ui.i18n import Retranslating

QR_SCALE = 6  # pixels per module: about 300 pixels for a key's address
QR_BORDER = 4  # the quiet zone the QR standard asks for, in modules


def qr_pixmap(uri: str, scale: int = QR_SCALE) -> QPixmap:
    """The QR code of ``uri``: black modules on white with a quiet zone, as a pixmap."""
    import segno

    buffer = io.BytesIO()
    segno.make(uri, error="m").save(
        buffer, kind="png", scale=scale, border=QR_BORDER, dark="black", light="white"
    )
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    buffer.close()
    return pixmap


class EnrolDialog(Retranslating, QDialog):
    """``approver`` None: a new approver; else that approver gets a new key and passphrase.

    After Finish, :attr:`approver_info` holds the approver as stored."""

    def __init__(
        self,
        service: Any,
        parent: QWidget | None = None,
        approver: Any | None = None,
        *,
        timezone: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.approver = approver
        self.enrolment: Any | None = None  # app.services.approvals.Enrolment while open
        self._enrolled_name = ""
        self.approver_info: Any | None = None
        # For the rare error that names a time (a lock): the workspace's zone.
        self.timezone = timezone or getattr(parent, "timezone", None) or "UTC"

        self.steps = QStackedWidget(self)

        # --- step 1: who, and the passphrase ---
        first = QWidget(self.steps)
        self.intro = QLabel(first)
        self.intro.setWordWrap(True)
        self.name_edit = QLineEdit(first)
        self.name_edit.setObjectName("approverName")
        self.name_edit.setMaxLength(200)
        self.title_edit = QLineEdit(first)
        self.title_edit.setObjectName("approverTitle")
        self.title_edit.setMaxLength(200)
        self.passphrase_edit = QLineEdit(first)
        self.passphrase_edit.setObjectName("passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(first)
        self.repeat_edit.setObjectName("passphraseRepeat")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_hint = QLabel(first)
        self.passphrase_hint.setWordWrap(True)
        theme.muted(self.passphrase_hint)
        self.match_label = QLabel(first)
        self.match_label.setObjectName("passphraseMatch")
        self.match_label.setWordWrap(True)
        self.name_label = QLabel(first)
        self.name_label.setBuddy(self.name_edit)
        self.title_label = QLabel(first)
        self.title_label.setBuddy(self.title_edit)
        self.passphrase_label = QLabel(first)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.repeat_label = QLabel(first)
        self.repeat_label.setBuddy(self.repeat_edit)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow("", self.passphrase_hint)
        form.addRow(self.repeat_label, self.repeat_edit)
        form.addRow("", self.match_label)
        if approver is not None:  # re-enrolling: the person is known
            for widget in (self.name_label, self.name_edit, self.title_label, self.title_edit):
                widget.hide()
        first_layout = QVBoxLayout(first)
        first_layout.addWidget(self.intro)
        first_layout.addLayout(form)
        first_layout.addStretch(1)
        self.repeat_edit.textChanged.connect(self._check_match)
        self.passphrase_edit.textChanged.connect(self._check_match)

        # --- step 2: the key for the phone, and the code that proves it arrived ---
        second = QWidget(self.steps)
        self.scan_intro = QLabel(second)
        self.scan_intro.setObjectName("scanInstructions")
        self.scan_intro.setWordWrap(True)
        self.qr_label = QLabel(second)
        self.qr_label.setObjectName("qrCode")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.key_caption = QLabel(second)
        self.key_caption.setWordWrap(True)
        self.key_label = QLabel(second)
        self.key_label.setObjectName("keyText")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(QFont().pointSizeF() * 1.2)
        self.key_label.setFont(mono)
        self.key_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_caption.setBuddy(self.key_label)
        self.code_edit = make_code_edit(second)
        self.code_edit.setObjectName("enrolCode")
        self.code_label = QLabel(second)
        self.code_label.setBuddy(self.code_edit)
        self.code_label.setWordWrap(True)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.code_edit)
        code_row.addStretch(1)
        second_layout = QVBoxLayout(second)
        second_layout.addWidget(self.scan_intro)
        second_layout.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignHCenter)
        second_layout.addWidget(self.key_caption)
        second_layout.addWidget(self.key_label)
        second_layout.addLayout(code_row)
        second_layout.addStretch(1)

        self.steps.addWidget(first)
        self.steps.addWidget(second)

        # --- messages and buttons ---
        self.message_icon = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("enrolMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.error_text(self.message)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message, 1)
        self.message_icon.hide()
        self.message.hide()

        self.back_button = QPushButton(self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.next_step)
        self.finish_button = QPushButton(self)
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(message_row)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.retranslate()
        self._show_step(0)

    # --- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.approver is None:
            self.setWindowTitle(self.tr("Enrol an approver"))
            self.intro.setText(
                self.tr(
                    "The approver signs posts with a passphrase only they know and the 6-digit "
                    "code of the authenticator app on their own phone. Let the approver type "
                    "the passphrase themselves."
                )
            )
        else:
            self.setWindowTitle(self.tr("Re-enrol %1").replace("%1", self.approver.name))
            self.intro.setText(
                self.tr(
                    "%1 gets a new key for their authenticator app and a new passphrase; the "
                    "old key stops working. Let the approver type the passphrase themselves."
                ).replace("%1", self.approver.name)
            )
        self.name_label.setText(self.tr("&Name:"))
        self.title_label.setText(self.tr("&Title (position):"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat the passphrase:"))
        self.name_edit.setAccessibleName(self.tr("Approver's name"))
        self.title_edit.setAccessibleName(self.tr("Approver's title"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat_edit.setAccessibleName(self.tr("Passphrase again"))
        self.passphrase_hint.setText(
            self.tr(
                "At least %n characters. Bayan cannot recover a forgotten passphrase: the "
                "approver would be enrolled again.",
                "",
                MIN_PASSPHRASE_CHARS,
            )
        )
        self.scan_intro.setText(
            self.tr(
                "Scan this code with the authenticator app on the approver's own phone. The "
                "officer should look away. The code is shown this once only: it cannot be "
                "shown again after this dialog closes."
            )
        )
        self.qr_label.setAccessibleName(self.tr("QR code of the approver's key"))
        self.qr_label.setToolTip(self.tr("QR code of the approver's key"))
        self.key_caption.setText(
            self.tr("If the phone cannot scan it, type this &key into the app (time-based):")
        )
        self.key_label.setAccessibleName(self.tr("The approver's key, in text"))
        self.code_label.setText(self.tr("&Code the app shows now:"))
        self.code_edit.setAccessibleName(self.tr("6-digit code from the authenticator app"))
        self.back_button.setText(self.tr("&Back"))
        self.next_button.setText(self.tr("&Next"))
        self.finish_button.setText(self.tr("&Finish"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._check_match()

    # --- step 1 ----------------------------------------------------------------------------

    def _check_match(self) -> None:
        repeat = self.repeat_edit.text()
        if not repeat:
            self.match_label.setText("")
            self.match_label.hide()
            return
        same = repeat == self.passphrase_edit.text()
        theme.error_text(self.match_label, not same)
        self.match_label.setText(
            self.tr("The passphrases are the same.")
            if same
            else self.tr("The two passphrases differ.")
        )
        self.match_label.show()

    def name(self) -> str:
        if self.approver is not None:
            return str(self.approver.name)
        return " ".join(self.name_edit.text().split())

    def step_one_problem(self) -> tuple[str, QWidget] | None:
        """What stops step 1, and the field to go to; None when it is complete."""
        if self.approver is None and not self.name():
            return self.tr("Type the approver's name."), self.name_edit
        passphrase = self.passphrase_edit.text()
        if len(passphrase) < MIN_PASSPHRASE_CHARS:
            return (
                self.tr("The passphrase needs at least %n characters.", "", MIN_PASSPHRASE_CHARS),
                self.passphrase_edit,
            )
        if passphrase != self.repeat_edit.text():
            return self.tr("The two passphrases differ: type the same one twice."), self.repeat_edit
        return None

    def next_step(self) -> bool:
        problem = self.step_one_problem()
        if problem is not None:
            text, widget = problem
            self.say(text)
            widget.setFocus()
            return False
        name = self.name()
        if self.enrolment is None or name != self._enrolled_name:
            try:
                enrolment = self.service.new_enrolment(name)
            except (ValueError, BayanError) as error:
                self.say(error_text(error, self.timezone))
                return False
            self.set_enrolment(enrolment, name)
        self.clear_message()
        self._show_step(1)
        self.code_edit.setFocus()
        return True

    def set_enrolment(self, enrolment: Any, name: str) -> None:
        self.enrolment = enrolment
        self._enrolled_name = name
        self.qr_label.setPixmap(qr_pixmap(enrolment.uri))
        self.key_label.setText(group_key(enrolment.secret))
        self.code_edit.clear()

    def back(self) -> None:
        self.clear_message()
        self._show_step(0)
        self.passphrase_edit.setFocus()

    def _show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        first = index == 0
        self.back_button.setVisible(not first)
        self.next_button.setVisible(first)
        self.finish_button.setVisible(not first)
        self.next_button.setDefault(first)
        self.finish_button.setDefault(not first)

    # --- step 2 ----------------------------------------------------------------------------

    def finish(self) -> bool:
        if self.enrolment is None or self.steps.currentIndex() != 1:
            return False
        if not code_complete(self.code_edit.text()):
            self.say(self.tr("Type the 6-digit code the authenticator app shows now."))
            self.code_edit.setFocus()
            return False
        code = code_digits(self.code_edit.text())
        passphrase = self.passphrase_edit.text()
        try:
            if self.approver is None:
                info = self.service.enrol(
                    self.name(), self.title_edit.text().strip(), passphrase, self.enrolment, code
                )
            else:
                info = self.service.reenrol(self.approver.id, passphrase, self.enrolment, code)
        except (ValueError, BayanError) as error:
            self.say(self.enrol_error_text(error))
            self.code_edit.selectAll()
            self.code_edit.setFocus()
            return False
        self.approver_info = info
        self.accept()
        return True

    def enrol_error_text(self, error: BaseException) -> str:
        from app.services.approvals import ApproverInvalid

        if isinstance(error, ApproverInvalid) and "code" in str(error).lower():
            return self.tr(
                "This code does not match the key: nothing was stored. Check that the phone "
                "scanned this QR code and that its clock is right, then type the code it "
                "shows now."
            )
        return error_text(error, self.timezone)

    # --- messages and closing --------------------------------------------------------------

    def say(self, text: str) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.message_icon.setPixmap(icon.pixmap(size, size))
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message_icon.show()
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
        self.message_icon.hide()

    def done(self, result: int) -> None:
        """Closing, however it happens, drops the key and empties the passphrase fields."""
        self.forget()
        super().done(result)

    def forget(self) -> None:
        self.enrolment = None
        self._enrolled_name = ""
        self.qr_label.clear()
        self.key_label.clear()
        for edit in (self.passphrase_edit, self.repeat_edit, self.code_edit):
            edit.clear()
