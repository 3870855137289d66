"""An official account's record: platform, handle, addresses, flags, dates, notes and its
administrators (name, role, full or limited rights, inside or outside the agency).

Nothing secret is edited here: the password and the 2FA key live in the keyring (see the vault
area of the Accounts page).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Platform
from app.ui import labels, theme
from app.ui.i18n import Retranslating, keep_sections_in_order

DEFAULT_ROTATION_DAYS = 90


@dataclass
class AdminRow:
    name: str
    role: str = ""
    full_rights: bool = False
    outside_agency: bool = False


@dataclass
class AccountForm:
    """What the dialog edits; the page turns it into the service's AccountFields."""

    platform: str = Platform.FACEBOOK.value
    handle: str = ""
    url: str = ""
    official_email: str = ""
    verified: bool = False
    two_factor_enabled: bool = False
    active: bool = True
    premium: bool = False
    password_changed_on: dt.date | None = None
    rotation_days: int = DEFAULT_ROTATION_DAYS
    privacy_reviewed_on: dt.date | None = None
    notes: str = ""
    administrators: list[AdminRow] = field(default_factory=list)


class OptionalDate(QWidget):
    """A date that may be unknown: a tick box "known" and the date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(self)
        self.edit = QDateEdit(self)
        keep_sections_in_order(self.edit)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.known.toggled.connect(self.edit.setEnabled)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.known)

    def set_value(self, day: dt.date | None) -> None:
        self.known.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> dt.date | None:
        if not self.known.isChecked():
            return None
        q = self.edit.date()
        return dt.date(q.year(), q.month(), q.day())


ADMIN_COLUMNS = 4  # name, role, full rights, outside agency


class AccountDialog(Retranslating, QDialog):
    def __init__(self, form: AccountForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_new = form is None
        form = form or AccountForm()
        self.platform_combo = QComboBox(self)
        for platform in Platform:
            self.platform_combo.addItem(labels.platform(platform), platform.value)
        self.handle_edit = QLineEdit(self)
        self.url_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.verified_check = QCheckBox(self)
        self.two_factor_check = QCheckBox(self)
        self.active_check = QCheckBox(self)
        self.premium_check = QCheckBox(self)
        self.changed_date = OptionalDate(self)
        self.rotation_spin = QSpinBox(self)
        self.rotation_spin.setRange(7, 365)
        self.privacy_date = OptionalDate(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)

        self.form_layout = QFormLayout()
        self.form_labels: list[QLabel] = []
        for widget in (
            self.platform_combo,
            self.handle_edit,
            self.url_edit,
            self.email_edit,
            self.verified_check,
            self.two_factor_check,
            self.active_check,
            self.premium_check,
            self.changed_date,
            self.rotation_spin,
            self.privacy_date,
            self.notes_edit,
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.form_labels.append(label)
            self.form_layout.addRow(label, widget)

        self.admins_box = QGroupBox(self)
        self.admins = QTableWidget(0, ADMIN_COLUMNS, self.admins_box)
        self.admins.setObjectName("adminsTable")
        self.admins.verticalHeader().setVisible(False)
        self.admins.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.admins.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        header = self.admins.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.add_admin_button = QPushButton(self.admins_box)
        self.add_admin_button.clicked.connect(lambda: self.add_admin(AdminRow(""), edit=True))
        self.remove_admin_button = QPushButton(self.admins_box)
        self.remove_admin_button.clicked.connect(self.remove_admin)
        admin_buttons = QHBoxLayout()
        admin_buttons.addWidget(self.add_admin_button)
        admin_buttons.addWidget(self.remove_admin_button)
        admin_buttons.addStretch(1)
        self.admins_hint = QLabel(self.admins_box)
        self.admins_hint.setWordWrap(True)
        theme.muted(self.admins_hint)
        admins_layout = QVBoxLayout(self.admins_box)
        admins_layout.addWidget(self.admins_hint)
        admins_layout.addWidget(self.admins)
        admins_layout.addLayout(admin_buttons)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        theme.error_text(self.message)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addLayout(self.form_layout, 1)
        body.addWidget(self.admins_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.set_form(form)
        self.retranslate()

    # --- the form ------------------------------------------------------------------------------

    def set_form(self, form: AccountForm) -> None:
        index = self.platform_combo.findData(form.platform)
        self.platform_combo.setCurrentIndex(max(index, 0))
        self.handle_edit.setText(form.handle)
        self.url_edit.setText(form.url)
        self.email_edit.setText(form.official_email)
        self.verified_check.setChecked(form.verified)
        self.two_factor_check.setChecked(form.two_factor_enabled)
        self.active_check.setChecked(form.active)
        self.premium_check.setChecked(form.premium)
        self.changed_date.set_value(form.password_changed_on)
        self.rotation_spin.setValue(form.rotation_days)
        self.privacy_date.set_value(form.privacy_reviewed_on)
        self.notes_edit.setPlainText(form.notes)
        self.admins.setRowCount(0)
        for admin in form.administrators:
            self.add_admin(admin)

    def form(self) -> AccountForm:
        return AccountForm(
            platform=str(self.platform_combo.currentData()),
            handle=self.handle_edit.text().strip(),
            url=self.url_edit.text().strip(),
            official_email=self.email_edit.text().strip(),
            verified=self.verified_check.isChecked(),
            two_factor_enabled=self.two_factor_check.isChecked(),
            active=self.active_check.isChecked(),
            premium=self.premium_check.isChecked(),
            password_changed_on=self.changed_date.value(),
            rotation_days=self.rotation_spin.value(),
            privacy_reviewed_on=self.privacy_date.value(),
            notes=self.notes_edit.toPlainText().strip(),
            administrators=self.admin_rows(),
        )

    def add_admin(self, admin: AdminRow, *, edit: bool = False) -> None:
        row = self.admins.rowCount()
        self.admins.insertRow(row)
        self.admins.setItem(row, 0, QTableWidgetItem(admin.name))
        self.admins.setItem(row, 1, QTableWidgetItem(admin.role))
        full = QCheckBox(self.admins)
        full.setChecked(admin.full_rights)
        outside = QCheckBox(self.admins)
        outside.setChecked(admin.outside_agency)
        self.admins.setCellWidget(row, 2, full)
        self.admins.setCellWidget(row, 3, outside)
        self._name_checks(row)
        if edit:
            self.admins.setCurrentCell(row, 0)
            self.admins.setFocus()
            self.admins.editItem(self.admins.item(row, 0))

    def _name_checks(self, row: int) -> None:
        full = self.admins.cellWidget(row, 2)
        outside = self.admins.cellWidget(row, 3)
        name = self.admins.item(row, 0).text() if self.admins.item(row, 0) else ""
        if isinstance(full, QCheckBox):
            full.setAccessibleName(self.tr("Full rights: %1").replace("%1", name))
        if isinstance(outside, QCheckBox):
            outside.setAccessibleName(self.tr("Outside the agency: %1").replace("%1", name))

    def remove_admin(self) -> None:
        row = self.admins.currentRow()
        if row >= 0:
            self.admins.removeRow(row)

    def admin_rows(self) -> list[AdminRow]:
        rows = []
        for row in range(self.admins.rowCount()):
            name_item = self.admins.item(row, 0)
            role_item = self.admins.item(row, 1)
            full = self.admins.cellWidget(row, 2)
            outside = self.admins.cellWidget(row, 3)
            rows.append(
                AdminRow(
                    name=name_item.text().strip() if name_item else "",
                    role=role_item.text().strip() if role_item else "",
                    full_rights=isinstance(full, QCheckBox) and full.isChecked(),
                    outside_agency=isinstance(outside, QCheckBox) and outside.isChecked(),
                )
            )
        return rows

    # --- checking and saving -------------------------------------------------------------------

    def problem(self) -> tuple[str, QWidget] | None:
        """What stops saving (a message and the control to fix), or None."""
        form = self.form()
        if not form.handle:
            return self.tr("Enter the account's handle or name."), self.handle_edit
        if form.url and not form.url.lower().startswith(("https://", "http://")):
            return self.tr("The URL must start with https://."), self.url_edit
        email = form.official_email
        if email and ("@" not in email or " " in email or email.startswith("@")):
            return self.tr("The official e-mail address is not valid."), self.email_edit
        for number, admin in enumerate(form.administrators, start=1):
            if not admin.name:
                message = self.tr("Administrator %1 has no name.").replace("%1", str(number))
                return message, self.admins
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            text, widget = problem
            self.message.setText(text)
            self.message.show()
            widget.setFocus()
            return
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New account") if self.is_new else self.tr("Edit account"))
        texts = (
            self.tr("&Platform:"),
            self.tr("&Handle:"),
            self.tr("&URL:"),
            self.tr("Official &e-mail:"),
            self.tr("&Verified:"),
            self.tr("&Two-factor authentication:"),
            self.tr("In &use:"),
            self.tr("X Pre&mium:"),
            self.tr("Password last &changed:"),
            self.tr("Change the password every (&days):"),
            self.tr("Privacy settings &reviewed:"),
            self.tr("&Notes:"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.verified_check.setText(self.tr("Verification badge"))
        self.two_factor_check.setText(self.tr("Enabled"))
        self.active_check.setText(self.tr("Active account"))
        self.premium_check.setText(self.tr("Long posts allowed"))
        for optional in (self.changed_date, self.privacy_date):
            optional.known.setText(self.tr("Known"))
        self.changed_date.edit.setAccessibleName(self.tr("Date the password was last changed"))
        self.privacy_date.edit.setAccessibleName(self.tr("Date the privacy settings were reviewed"))
        self.handle_edit.setPlaceholderText(self.tr("@handle or page name"))
        self.url_edit.setPlaceholderText("https://")
        self.rotation_spin.setSuffix(self.tr(" days"))
        self.admins_box.setTitle(self.tr("Administrators"))
        self.admins_hint.setText(
            self.tr(
                "The guideline asks for two administrators from the agency with full rights; "
                "an outside agency should have limited rights only."
            )
        )
        self.admins.setAccessibleName(self.tr("Administrators"))
        self.admins.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Full rights"), self.tr("Outside agency")]
        )
        self.add_admin_button.setText(self.tr("&Add administrator"))
        self.remove_admin_button.setText(self.tr("Re&move administrator"))
        for row in range(self.admins.rowCount()):
            self._name_checks(row)
