"""Setting or changing an account's password, typed or made by the generator.

The password is hidden unless "Show" is ticked, and it goes straight to the secret store: the
dialog keeps it only while open.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.i18n import Retranslating

DEFAULT_LENGTH = 20


class PasswordDialog(Retranslating, QDialog):
    def __init__(self, account_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account_name = account_name
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("passwordEdit")
        self.show_check = QCheckBox(self)
        self.show_check.toggled.connect(self._show_toggled)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password_edit)
        row = QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.show_check)

        self.generator_box = QGroupBox(self)
        self.length_spin = QSpinBox(self.generator_box)
        self.length_spin.setRange(8, 128)
        self.length_spin.setValue(DEFAULT_LENGTH)
        self.length_label = QLabel(self.generator_box)
        self.length_label.setBuddy(self.length_spin)
        self.lower_check = QCheckBox(self.generator_box)
        self.upper_check = QCheckBox(self.generator_box)
        self.digits_check = QCheckBox(self.generator_box)
        self.symbols_check = QCheckBox(self.generator_box)
        for check in self.class_checks:
            check.setChecked(True)
            check.toggled.connect(self._classes_changed)
        self.generate_button = QPushButton(self.generator_box)
        self.generate_button.clicked.connect(self.generate)
        generator = QFormLayout(self.generator_box)
        generator.addRow(self.length_label, self.length_spin)
        classes = QHBoxLayout()
        for check in self.class_checks:
            classes.addWidget(check)
        classes.addStretch(1)
        generator.addRow(classes)
        generator.addRow(self.generate_button)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        theme.error_text(self.message)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.password_label)
        layout.addLayout(row)
        layout.addWidget(self.generator_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    @property
    def class_checks(self) -> tuple[QCheckBox, ...]:
        return (self.lower_check, self.upper_check, self.digits_check, self.symbols_check)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Password of %1").replace("%1", self.account_name))
        self.intro.setText(
            self.tr(
                "The password is kept in the operating system's keyring, never in the "
                "workspace. Saving it records today as the day it was changed."
            )
        )
        self.password_label.setText(self.tr("New &password:"))
        self.password_edit.setAccessibleName(self.tr("New password"))
        self.show_check.setText(self.tr("S&how"))
        self.generator_box.setTitle(self.tr("Generator"))
        self.length_label.setText(self.tr("&Length:"))
        self.lower_check.setText(self.tr("Lowercase a–z"))
        self.upper_check.setText(self.tr("Uppercase A–Z"))
        self.digits_check.setText(self.tr("Digits 0–9"))
        self.symbols_check.setText(self.tr("Symbols"))
        self.generate_button.setText(self.tr("&Generate"))
        self.generate_button.setToolTip(self.tr("Make a random password with these settings"))

    def _show_toggled(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)

    def _classes_changed(self) -> None:
        self.generate_button.setEnabled(any(c.isChecked() for c in self.class_checks))

    def generate(self) -> None:
        from app.core.passwords import generate

        try:
            password = generate(
                self.length_spin.value(),
                lower=self.lower_check.isChecked(),
                upper=self.upper_check.isChecked(),
                digits=self.digits_check.isChecked(),
                symbols=self.symbols_check.isChecked(),
            )
        except ValueError as error:
            self._say(str(error))
            return
        self.message.hide()
        self.password_edit.setText(password)

    def password(self) -> str:
        return self.password_edit.text()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        if not self.password_edit.text():
            self._say(self.tr("Type a password or make one with the generator."))
            self.password_edit.setFocus()
            return
        if self.password_edit.text() != self.password_edit.text().strip():
            self._say(self.tr("The password starts or ends with a space; remove it."))
            self.password_edit.setFocus()
            return
        super().accept()
