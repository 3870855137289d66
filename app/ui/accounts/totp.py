"""Adding an account's 2FA (TOTP) secret: its base32 key or its ``otpauth://`` URI, pasted.

The text is checked before anything is stored; a malformed one gets a message naming what is
wrong and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import theme
from app.ui.i18n import Retranslating


class TotpDialog(Retranslating, QDialog):
    """``store(text)`` stores the secret or raises ValueError/BayanError with the reason."""

    def __init__(
        self, account_name: str, store: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.account_name = account_name
        self.store = store
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.secret_label = QLabel(self)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setObjectName("totpEdit")
        # Shown as dots like a password; it is pasted, not typed.
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret_edit)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        theme.error_text(self.message)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.secret_label)
        layout.addWidget(self.secret_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Two-factor secret of %1").replace("%1", self.account_name))
        self.intro.setText(
            self.tr(
                "Paste the key the platform showed when you set up two-factor authentication: "
                "the base32 key (letters A–Z and digits 2–7) or the otpauth:// link of its QR "
                "code. It is kept in the operating system's keyring only."
            )
        )
        self.secret_label.setText(self.tr("&Key or otpauth:// link:"))
        self.secret_edit.setAccessibleName(self.tr("Two-factor key or otpauth link"))

    def accept(self) -> None:
        text = self.secret_edit.text().strip()
        if not text:
            self._say(self.tr("Paste the key or the otpauth:// link first."))
            return
        try:
            self.store(text)
        except (ValueError, BayanError) as error:
            self._say(self.tr("This key was not stored: %1").replace("%1", str(error)))
            self.secret_edit.setFocus()
            self.secret_edit.selectAll()
            return
        self.secret_edit.clear()
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
