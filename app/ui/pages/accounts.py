"""Accounts: the organisation's official accounts, the guideline's warnings, and the vault.

A table of accounts on one side; on the other the chosen account's record, its administrators,
the guideline's warnings as sentences, the vault (password and 2FA code, kept in the operating
system's keyring through :class:`app.services.accounts.AccountService`), the everyday actions and
its compromised-account incidents. When no keyring works the vault says why and its controls
are disabled; the records stay editable.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import clipboard, labels, theme
from app.ui.accounts.edit import AccountDialog, AccountForm, AdminRow
from app.ui.context import AppContext
from app.ui.i18n import Retranslating, ltr

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
INCIDENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = 5  # platform, handle, 2FA, next rotation, warnings
WARNING_COLOUR = "#92400e"  # 7:1 on white; always with a text and an icon
OK_COLOUR = "#166534"
MASKED = "••••••••••••"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: dt.date | None) -> str:
    return QLocale().toString(_qdate(day), QLocale.FormatType.ShortFormat) if day else ""


class AccountsPage(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.accounts()
        self.incident_service = context.incidents()
        self.clipboard = clipboard.shared()
        self.accounts: list[Any] = []
        self.current: Any = None
        self.vault: Any = None
        self.revealed = False
        self.incident_windows: dict[int, QWidget] = {}
        # The 2FA code on show and when it runs out (time.monotonic()).
        self._code: str | None = None
        self._code_deadline = 0.0
        self._period = 30
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

        style = self.style()
        self.warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.ok_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.lock_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)

        # --- head ---
        self.title = QLabel(self)
        self.title.setFont(theme.title_font())
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        theme.muted(self.subtitle)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_account)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)

        # --- the list ---
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("accountsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_row(row))
        self.table.doubleClicked.connect(lambda _index: self.edit_account())
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        list_panel = QWidget(self)
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_label)

        # --- the detail panel ---
        detail = QWidget(self)
        self.detail_widget = detail
        body = QVBoxLayout(detail)
        self.heading = QLabel(detail)
        self.heading.setFont(theme.title_font(1.25))
        self.heading.setObjectName("accountHeading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.heading)

        self.warnings_box = QGroupBox(detail)
        self.warnings_layout = QVBoxLayout(self.warnings_box)
        self.warning_rows: list[tuple[QLabel, QLabel]] = []
        body.addWidget(self.warnings_box)

        self.vault_box = QGroupBox(detail)
        self._build_vault(self.vault_box)
        body.addWidget(self.vault_box)

        self.actions_box = QGroupBox(detail)
        actions = QGridLayout(self.actions_box)
        self.edit_button = QPushButton(self.actions_box)
        self.edit_button.clicked.connect(self.edit_account)
        self.changed_button = QPushButton(self.actions_box)
        self.changed_button.clicked.connect(self.password_changed)
        self.reviewed_button = QPushButton(self.actions_box)
        self.reviewed_button.clicked.connect(self.privacy_reviewed)
        self.compromised_button = QPushButton(self.actions_box)
        self.compromised_button.setObjectName("compromisedButton")
        self.compromised_button.clicked.connect(self.account_compromised)
        self.delete_button = QPushButton(self.actions_box)
        self.delete_button.clicked.connect(self.delete_account)
        actions.addWidget(self.edit_button, 0, 0)
        actions.addWidget(self.changed_button, 0, 1)
        actions.addWidget(self.reviewed_button, 1, 1)
        actions.addWidget(self.compromised_button, 1, 0)
        actions.addWidget(self.delete_button, 2, 1)
        body.addWidget(self.actions_box)

        self.record_box = QGroupBox(detail)
        self.record = QFormLayout(self.record_box)
        self.record.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.record_names: list[QLabel] = []
        self.record_values: dict[str, QLabel] = {}
        for key in RECORD_FIELDS:
            name = QLabel(self.record_box)
            value = QLabel(self.record_box)
            value.setWordWrap(True)
            value.setObjectName(f"field_{key}")
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            if key == "url":
                value.setOpenExternalLinks(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            name.setBuddy(value)
            self.record_names.append(name)
            self.record_values[key] = value
            self.record.addRow(name, value)
        body.addWidget(self.record_box)

        self.admins_box = QGroupBox(detail)
        self.admins = QTableWidget(0, 4, self.admins_box)
        self.admins.setObjectName("adminsView")
        self.admins.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.admins.setTabKeyNavigation(False)
        self.admins.verticalHeader().setVisible(False)
        self.admins.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        admins_header = self.admins.horizontalHeader()
        admins_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        admins_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        admins_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        admins_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        admins_layout = QVBoxLayout(self.admins_box)
        admins_layout.addWidget(self.admins)
        body.addWidget(self.admins_box)

        self.incidents_box = QGroupBox(detail)
        self.incidents = QTableWidget(0, 3, self.incidents_box)
        self.incidents.setObjectName("incidentsTable")
        self.incidents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incidents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incidents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incidents.setTabKeyNavigation(False)
        self.incidents.verticalHeader().setVisible(False)
        self.incidents.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.incidents.doubleClicked.connect(lambda _index: self.open_incident())
        self.open_incident_button = QPushButton(self.incidents_box)
        self.open_incident_button.clicked.connect(lambda: self.open_incident())
        self.no_incidents = QLabel(self.incidents_box)
        theme.muted(self.no_incidents)
        incidents_layout = QVBoxLayout(self.incidents_box)
        incidents_layout.addWidget(self.no_incidents)
        incidents_layout.addWidget(self.incidents)
        incidents_layout.addWidget(self.open_incident_button, 0, Qt.AlignmentFlag.AlignLeading)
        body.addWidget(self.incidents_box)
        body.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(detail)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(list_panel)
        self.splitter.addWidget(self.scroll)
        # The details get the larger share: their Arabic buttons are the widest part.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 580])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self.reload()

    def _build_vault(self, box: QGroupBox) -> None:
        self.vault_icon = QLabel(box)
        self.vault_status = QLabel(box)
        self.vault_status.setObjectName("vaultStatus")
        self.vault_status.setWordWrap(True)
        self.vault_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.vault_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.vault_status, 1)

        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.password_name = QLabel(box)
        self.password_value = QLabel(box)
        self.password_value.setObjectName("passwordValue")
        self.password_value.setFont(mono)
        self.password_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_password_button = QPushButton(box)
        self.set_password_button.clicked.connect(self.set_password)
        self.reveal_button = QPushButton(box)
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self.reveal)
        self.copy_password_button = QPushButton(box)
        self.copy_password_button.clicked.connect(self.copy_password)

        self.totp_name = QLabel(box)
        self.code_label = QLabel(box)
        self.code_label.setObjectName("totpCode")
        code_font = QFont(mono)
        code_font.setPointSizeF(theme.title_font(1.6).pointSizeF())
        code_font.setBold(True)
        self.code_label.setFont(code_font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.countdown = QLabel(box)
        self.countdown.setObjectName("totpCountdown")
        self.countdown_bar = QProgressBar(box)
        self.countdown_bar.setTextVisible(False)
        self.countdown_bar.setFixedHeight(8)
        self.countdown_bar.setMaximumWidth(220)
        self.copy_code_button = QPushButton(box)
        self.copy_code_button.clicked.connect(self.copy_code)
        self.set_totp_button = QPushButton(box)
        self.set_totp_button.clicked.connect(self.set_totp)
        self.remove_totp_button = QPushButton(box)
        self.remove_totp_button.clicked.connect(self.remove_totp)
        self.copied_note = QLabel(box)
        self.copied_note.setObjectName("copiedNote")
        self.copied_note.setWordWrap(True)
        theme.muted(self.copied_note)
        self.clipboard.cleared.connect(self._clipboard_cleared)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.password_name, 0, 0)
        grid.addWidget(self.password_value, 0, 1)
        password_buttons = QHBoxLayout()
        for button in (self.reveal_button, self.copy_password_button, self.set_password_button):
            password_buttons.addWidget(button)
        password_buttons.addStretch(1)
        grid.addLayout(password_buttons, 1, 1)
        grid.addWidget(self.totp_name, 2, 0, Qt.AlignmentFlag.AlignTop)
        code_column = QVBoxLayout()
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addSpacing(12)
        countdown_column = QVBoxLayout()
        countdown_column.addWidget(self.countdown)
        countdown_column.addWidget(self.countdown_bar)
        code_row.addLayout(countdown_column)
        code_row.addStretch(1)
        code_column.addLayout(code_row)
        totp_buttons = QHBoxLayout()
        for button in (self.copy_code_button, self.set_totp_button, self.remove_totp_button):
            totp_buttons.addWidget(button)
        totp_buttons.addStretch(1)
        code_column.addLayout(totp_buttons)
        grid.addLayout(code_column, 2, 1)

        layout = QVBoxLayout(box)
        layout.addLayout(status_row)
        layout.addLayout(grid)
        layout.addWidget(self.copied_note)
        self.copied_note.hide()

    # --- reading -------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the accounts and the vault's state again, keeping (or moving) the selection."""
        if select_id is None and self.current is not None:
            select_id = self.current.id
        self.vault = self.service.vault_status()
        self.accounts = self.service.list()
        self.fill_table()
        row = next((i for i, a in enumerate(self.accounts) if a.id == select_id), 0)
        if self.accounts:
            self.table.blockSignals(True)
            self.table.setCurrentCell(row, 0)
            self.table.blockSignals(False)
            self.show_row(row)
        else:
            self.show_row(-1)

    def fill_table(self) -> None:
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            due = account.next_rotation_due
            overdue = due is not None and due < self.service.today()
            due_text = date_text(due) if due else self.tr("Unknown")
            if overdue:
                due_text = self.tr("%1 (overdue)").replace("%1", due_text)
            count = len(account.warnings)
            warnings_text = (
                self.tr("%n warning(s)", "", count) if count else self.tr("Meets the guideline")
            )
            cells = (
                labels.platform(account.platform),
                ltr(account.handle)
                if account.active
                else self.tr("%1 (not in use)").replace("%1", ltr(account.handle)),
                self.tr("On") if account.two_factor_enabled else self.tr("Off"),
                due_text,
                warnings_text,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(ACCOUNT_ID_ROLE, account.id)
                if column == 4:
                    item.setIcon(self.warning_icon if count else self.ok_icon)
                    sentences = [labels.account_warning(code) for code in account.warnings]
                    item.setToolTip("\n".join(sentences))
                if (
                    (column == 4 and count)
                    or (column == 3 and overdue)
                    or (column == 2 and not account.two_factor_enabled)
                ):
                    item.setForeground(theme_colour(WARNING_COLOUR))
                table.setItem(row, column, item)
        table.blockSignals(False)
        self.empty_label.setVisible(not self.accounts)
        self.table.setVisible(bool(self.accounts))

    def account_name(self, account: Any) -> str:
        return f"{labels.platform(account.platform)} {ltr(account.handle)}"

    def show_row(self, row: int) -> None:
        account = self.accounts[row] if 0 <= row < len(self.accounts) else None
        changed = account is None or self.current is None or account.id != self.current.id
        self.current = account
        if changed:
            self.revealed = False
            self.reveal_button.blockSignals(True)
            self.reveal_button.setChecked(False)
            self.reveal_button.blockSignals(False)
            self._code = None
        self.detail_widget.setEnabled(account is not None)
        self.show_account()

    def show_account(self) -> None:
        account = self.current
        if account is None:
            self.heading.setText(self.tr("No account chosen"))
            for value in self.record_values.values():
                value.clear()
            self.admins.setRowCount(0)
            self.show_warnings(())
            self.show_vault()
            self.fill_incidents()
            return
        self.heading.setText(self.account_name(account))
        yes, no = self.tr("Yes"), self.tr("No")
        unknown = self.tr("Unknown")
        due = account.next_rotation_due
        url = account.url
        values = {
            "platform": labels.platform(account.platform),
            "handle": ltr(account.handle),
            "url": f'<a href="{_attr(url)}">{_html(url)}</a>' if url else self.tr("None"),
            "official_email": ltr(account.official_email)
            if account.official_email
            else self.tr("None recorded"),
            "verified": yes if account.verified else no,
            "two_factor": self.tr("Enabled") if account.two_factor_enabled else self.tr("Off"),
            "active": yes if account.active else no,
            "premium": yes if account.premium else no,
            "password_changed_on": date_text(account.password_changed_on) or unknown,
            "next_rotation_due": self.due_text(due),
            "rotation_days": self.tr("Every %n day(s)", "", account.rotation_days),
            "privacy_reviewed_on": date_text(account.privacy_reviewed_on) or self.tr("Never"),
            "notes": account.notes or self.tr("None"),
        }
        for key, text in values.items():
            label = self.record_values[key]
            if key == "url":
                label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(text)
        self.fill_admins(account.administrators)
        self.show_warnings(account.warnings)
        self.show_vault()
        self.fill_incidents()

    def due_text(self, due: dt.date | None) -> str:
        if due is None:
            return self.tr("Unknown: record when the password was last changed")
        days = (due - self.service.today()).days
        when = date_text(due)
        if days < 0:
            return self.tr("%1 — overdue by %n day(s)", "", -days).replace("%1", when)
        if days == 0:
            return self.tr("%1 — today").replace("%1", when)
        return self.tr("%1 — in %n day(s)", "", days).replace("%1", when)

    def fill_admins(self, admins: tuple[Any, ...]) -> None:
        self.admins.setRowCount(len(admins))
        for row, admin in enumerate(admins):
            cells = (
                admin.name,
                admin.role,
                self.tr("Full rights") if admin.full_rights else self.tr("Limited"),
                self.tr("Outside agency") if admin.outside_agency else self.tr("Inside"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.admins.setItem(row, column, item)
        height = self.admins.horizontalHeader().height() + 4
        height += sum(self.admins.rowHeight(r) for r in range(len(admins))) or 28
        self.admins.setFixedHeight(min(height, 220))

    def show_warnings(self, codes: tuple[str, ...]) -> None:
        while len(self.warning_rows) < max(len(codes), 1):
            icon = QLabel(self.warnings_box)
            text = QLabel(self.warnings_box)
            text.setWordWrap(True)
            text.setObjectName("warningText")
            row = QHBoxLayout()
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            self.warnings_layout.addLayout(row)
            self.warning_rows.append((icon, text))
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        for index, (icon, text) in enumerate(self.warning_rows):
            if codes and index < len(codes):
                icon.setPixmap(self.warning_icon.pixmap(size, size))
                text.setText(labels.account_warning(codes[index]))
                _colour(text, WARNING_COLOUR)
                visible = True
            elif not codes and index == 0 and self.current is not None:
                icon.setPixmap(self.ok_icon.pixmap(size, size))
                text.setText(self.tr("This account meets the guideline."))
                _colour(text, OK_COLOUR)
                visible = True
            else:
                visible = False
            icon.setVisible(visible)
            text.setVisible(visible)
        count = len(codes)
        self.warnings_box.setTitle(
            self.tr("Guideline: %n warning(s)", "", count) if count else self.tr("Guideline")
        )

    # --- the vault -----------------------------------------------------------------------------

    def vault_available(self) -> bool:
        return bool(self.vault is not None and self.vault.available)

    def show_vault(self) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        available = self.vault_available()
        if available:
            self.vault_icon.setPixmap(self.ok_icon.pixmap(size, size))
            self.vault_status.setText(
                self.tr("The vault is open: secrets are kept in the operating system's keyring.")
            )
            theme.error_text(self.vault_status, False)
        else:
            reason = self.vault.reason if self.vault is not None else ""
            self.vault_icon.setPixmap(self.lock_icon.pixmap(size, size))
            self.vault_status.setText(
                self.tr(
                    "The vault is locked: passwords and 2FA codes cannot be used. Why: %1. "
                    "The account records can still be edited; nothing secret is written "
                    "anywhere else."
                ).replace("%1", ltr(reason) if reason else self.tr("unknown"))
            )
            theme.error_text(self.vault_status, True)
        account = self.current
        usable = available and account is not None
        has_password = bool(account is not None and account.has_password)
        has_totp = bool(account is not None and account.has_totp)
        self.set_password_button.setEnabled(usable)
        self.set_password_button.setText(
            self.tr("C&hange password…") if has_password else self.tr("Set &password…")
        )
        self.reveal_button.setEnabled(usable and has_password)
        self.copy_password_button.setEnabled(usable and has_password)
        self.set_totp_button.setEnabled(usable)
        self.set_totp_button.setText(
            self.tr("Replace 2FA &key…") if has_totp else self.tr("Add 2FA &key…")
        )
        self.remove_totp_button.setEnabled(usable and has_totp)
        self.copy_code_button.setEnabled(usable and has_totp)
        self.show_password()
        if usable and has_totp:
            self.countdown.show()
            self.countdown_bar.show()
            self.tick()
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
            self._code = None
            self.countdown.hide()
            self.countdown_bar.hide()
            if account is None or not available:
                self.code_label.setText(self.tr("Locked") if not available else "")
            else:
                self.code_label.setText(self.tr("No 2FA key stored"))
            self.code_label.setAccessibleName(self.tr("Two-factor code: none"))

    def show_password(self) -> None:
        account = self.current
        if account is None:
            self.password_value.setText("")
            return
        if not self.vault_available():
            self.password_value.setText(self.tr("Locked"))
        elif not account.has_password:
            self.password_value.setText(self.tr("Not stored"))
        elif self.revealed:
            try:
                self.password_value.setText(ltr(self.service.password(account.id)))
            except (ValueError, BayanError) as error:
                self.failed(error)
                self.password_value.setText(MASKED)
        else:
            self.password_value.setText(MASKED)
        self.password_value.setAccessibleName(
            self.tr("Password shown") if self.revealed else self.tr("Password hidden")
        )

    def reveal(self, on: bool) -> None:
        self.revealed = on
        self.reveal_button.setText(self.tr("&Hide") if on else self.tr("&Reveal"))
        self.show_password()

    def tick(self) -> None:
        """Each second: the countdown; a new code when the old one runs out."""
        account = self.current
        if account is None or not account.has_totp or not self.vault_available():
            self.timer.stop()
            return
        now = time.monotonic()
        if self._code is None or now >= self._code_deadline:
            try:
                code, seconds_left = self.service.totp_code(account.id)
            except (ValueError, BayanError) as error:
                self.timer.stop()
                self._code = None
                self.code_label.setText(self.tr("No code"))
                self.countdown.setText(str(error))
                return
            self._code = code
            self._code_deadline = now + seconds_left
            if seconds_left > self._period:
                self._period = 60 if seconds_left <= 60 else seconds_left
        left = max(0, round(self._code_deadline - now))
        self.code_label.setText(ltr(self._code))
        self.code_label.setAccessibleName(self.tr("Two-factor code: %1").replace("%1", self._code))
        self.countdown.setText(self.tr("Renews in %n second(s)", "", left))
        self.countdown_bar.setRange(0, self._period)
        self.countdown_bar.setValue(left)
        self.countdown_bar.setAccessibleName(self.countdown.text())

    def current_code(self) -> str | None:
        return self._code

    def set_password(self) -> None:
        from app.ui.accounts.password import PasswordDialog

        account = self.current
        if account is None:
            return
        dialog = PasswordDialog(self.account_name(account), self)
        if dialog.exec() != PasswordDialog.DialogCode.Accepted:
            return
        try:
            self.service.set_password(account.id, dialog.password())
        except (ValueError, BayanError) as error:
            self.failed(error)
        finally:
            dialog.password_edit.clear()
        self.reload(account.id)

    def copy_password(self) -> None:
        account = self.current
        if account is None:
            return
        try:
            secret = self.service.password(account.id)
        except (ValueError, BayanError) as error:
            self.failed(error)
            return
        self.clipboard.copy(secret)
        self.say_copied(self.tr("Password copied"))

    def copy_code(self) -> None:
        account = self.current
        if account is None:
            return
        try:
            code, _left = self.service.totp_code(account.id)
        except (ValueError, BayanError) as error:
            self.failed(error)
            return
        self.clipboard.copy(code)
        self.say_copied(self.tr("2FA code copied"))

    def say_copied(self, what: str) -> None:
        seconds = round(self.clipboard.interval_ms / 1000)
        self.copied_note.setText(
            self.tr("%1; the clipboard is cleared in %n second(s).", "", seconds).replace(
                "%1", what
            )
        )
        self.copied_note.show()

    def _clipboard_cleared(self) -> None:
        self.copied_note.setText(self.tr("The clipboard was cleared."))

    def set_totp(self) -> None:
        from app.ui.accounts.totp import TotpDialog

        account = self.current
        if account is None:
            return
        dialog = TotpDialog(
            self.account_name(account),
            lambda text: self.service.set_totp(account.id, text),
            self,
        )
        if dialog.exec() == TotpDialog.DialogCode.Accepted:
            self._code = None
            self.reload(account.id)

    def remove_totp(self) -> None:
        account = self.current
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the 2FA key"),
            self.tr(
                "Remove the two-factor key of %1 from the keyring? Bayan will no longer show "
                "its codes."
            ).replace("%1", self.account_name(account)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.remove_totp(account.id)
        except (ValueError, BayanError) as error:
            self.failed(error)
        self._code = None
        self.reload(account.id)

    # --- the record ----------------------------------------------------------------------------

    def new_account(self) -> None:
        form = AccountForm(rotation_days=self.service.default_rotation_days())
        dialog = AccountDialog(None, self)
        dialog.set_form(form)
        if dialog.exec() != AccountDialog.DialogCode.Accepted:
            return
        try:
            created = self.service.create(self.fields(dialog.form()))
        except (ValueError, BayanError) as error:
            self.failed(error)
            return
        self.reload(created.id)

    def edit_account(self) -> None:
        account = self.current
        if account is None:
            return
        dialog = AccountDialog(self.form_of(account), self)
        if dialog.exec() != AccountDialog.DialogCode.Accepted:
            return
        try:
            self.service.update(account.id, self.fields(dialog.form()))
        except (ValueError, BayanError) as error:
            self.failed(error)
        self.reload(account.id)

    @staticmethod
    def form_of(account: Any) -> AccountForm:
        return AccountForm(
            platform=account.platform,
            handle=account.handle,
            url=account.url,
            official_email=account.official_email,
            verified=account.verified,
            two_factor_enabled=account.two_factor_enabled,
            active=account.active,
            premium=account.premium,
            password_changed_on=account.password_changed_on,
            rotation_days=account.rotation_days,
            privacy_reviewed_on=account.privacy_reviewed_on,
            notes=account.notes,
            administrators=[
                AdminRow(a.name, a.role, a.full_rights, a.outside_agency)
                for a in account.administrators
            ],
        )

    @staticmethod
    def fields(form: AccountForm) -> Any:
        from app.services.accounts import AccountFields, AdminInfo

        values = dataclasses.asdict(form)
        values["administrators"] = tuple(
            AdminInfo(a.name, a.role, a.full_rights, a.outside_agency) for a in form.administrators
        )
        return AccountFields(**values)

    def password_changed(self) -> None:
        """The password was changed on the platform today: the rotation clock starts again."""
        account = self.current
        if account is None:
            return
        form = self.form_of(account)
        form.password_changed_on = self.service.today()
        try:
            self.service.update(account.id, self.fields(form))
        except (ValueError, BayanError) as error:
            self.failed(error)
        self.reload(account.id)

    def privacy_reviewed(self) -> None:
        account = self.current
        if account is None:
            return
        try:
            self.service.mark_privacy_reviewed(account.id)
        except (ValueError, BayanError) as error:
            self.failed(error)
        self.reload(account.id)

    def delete_account(self) -> None:
        account = self.current
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the account"),
            self.tr(
                "Delete %1 with its administrators, incidents, password and 2FA key? This "
                "cannot be undone. An account no longer used can be marked “not in use” "
                "instead."
            ).replace("%1", self.account_name(account)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(account.id)
        except (ValueError, BayanError) as error:
            self.failed(error)
            return
        self.current = None
        self.reload()

    # --- incidents -----------------------------------------------------------------------------

    def fill_incidents(self) -> None:
        account = self.current
        items = self.incident_service.list_for(account.id) if account is not None else []
        self.incidents.setRowCount(len(items))
        for row, incident in enumerate(items):
            from app.ui.accounts.incident import local_text

            status = (
                self.tr("Open")
                if incident.closed_at is None
                else self.tr("Closed %1").replace(
                    "%1", local_text(incident.closed_at, self.context.timezone)
                )
            )
            cells = (
                local_text(incident.started_at, self.context.timezone),
                status,
                incident.summary,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(INCIDENT_ID_ROLE, incident.id)
                if column == 1 and incident.closed_at is None:
                    item.setIcon(self.warning_icon)
                self.incidents.setItem(row, column, item)
        self.incidents.setVisible(bool(items))
        self.open_incident_button.setVisible(bool(items))
        self.no_incidents.setVisible(not items)
        if items:
            self.incidents.setCurrentCell(0, 0)
            height = self.incidents.horizontalHeader().height() + 4
            height += sum(self.incidents.rowHeight(r) for r in range(len(items)))
            self.incidents.setFixedHeight(min(height, 180))

    def account_compromised(self) -> None:
        account = self.current
        if account is None:
            return
        summary, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Account compromised"),
            self.tr("Start the guideline's procedure for %1. What happened (optional)?").replace(
                "%1", self.account_name(account)
            ),
        )
        if not ok:
            return
        self.start_incident(summary.strip())

    def start_incident(self, summary: str = "") -> QWidget | None:
        account = self.current
        if account is None:
            return None
        try:
            incident = self.incident_service.start(account.id, summary)
        except (ValueError, BayanError) as error:
            self.failed(error)
            return None
        incident_id = incident if isinstance(incident, int) else incident.id
        self.fill_incidents()
        return self.open_incident(incident_id)

    def open_incident(self, incident_id: int | None = None) -> QWidget | None:
        from app.ui.accounts.incident import IncidentWindow

        if incident_id is None:
            row = self.incidents.currentRow()
            item = self.incidents.item(row, 0) if row >= 0 else None
            if item is None:
                return None
            incident_id = int(item.data(INCIDENT_ID_ROLE))
        window = self.incident_windows.get(incident_id)
        if window is None:
            account = self.current
            name = self.account_name(account) if account is not None else ""
            window = IncidentWindow(
                self.incident_service, incident_id, name, self.context.timezone, self
            )
            window.changed.connect(lambda _id: self.fill_incidents())
            window.finished.connect(lambda _r, i=incident_id: self.incident_windows.pop(i, None))
            self.incident_windows[incident_id] = window
        if window.isVisible():  # already open: bring it to the front
            window.raise_()
            window.activateWindow()
        else:
            window.show()
        return window

    # --- messages and language -----------------------------------------------------------------

    def failed(self, error: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Not done"),
            self.tr("That did not work: %1").replace("%1", ltr(str(error))),
        )

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.timer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self.current is not None and self.current.has_totp and self.vault_available():
            self.timer.start()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Official accounts"))
        self.subtitle.setText(
            self.tr(
                "Who administers each account, when its password is due for a change, and its "
                "2FA codes. Passwords and 2FA keys stay in the operating system's keyring."
            )
        )
        self.new_button.setText(self.tr("&New account…"))
        self.table.setAccessibleName(self.tr("Official accounts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Platform"),
                self.tr("Handle"),
                self.tr("2FA"),
                self.tr("Next change"),
                self.tr("Guideline"),
            ]
        )
        self.empty_label.setText(self.tr("No official accounts yet. Add one with “New account…”."))
        self.vault_box.setTitle(self.tr("Vault"))
        self.password_name.setText(self.tr("Password:"))
        self.reveal_button.setText(self.tr("&Hide") if self.revealed else self.tr("&Reveal"))
        self.reveal_button.setToolTip(self.tr("Show or hide the password"))
        self.copy_password_button.setText(self.tr("&Copy password"))
        self.copy_password_button.setToolTip(
            self.tr("Copy the password; the clipboard is cleared after 20 seconds")
        )
        self.totp_name.setText(self.tr("2FA code:"))
        self.copy_code_button.setText(self.tr("Copy c&ode"))
        self.copy_code_button.setToolTip(
            self.tr("Copy the current code; the clipboard is cleared after 20 seconds")
        )
        self.remove_totp_button.setText(self.tr("Remove 2FA key"))
        self.actions_box.setTitle(self.tr("Actions"))
        self.edit_button.setText(self.tr("&Edit account…"))
        self.changed_button.setText(self.tr("Password changed &today"))
        self.changed_button.setToolTip(
            self.tr("Record that the password was changed today: the rotation clock restarts")
        )
        self.reviewed_button.setText(self.tr("Privacy settings re&viewed"))
        self.reviewed_button.setToolTip(
            self.tr("Record that the privacy and security settings were reviewed today")
        )
        self.compromised_button.setText(self.tr("Account co&mpromised…"))
        self.compromised_button.setToolTip(
            self.tr("Start the guideline's procedure for a hacked account")
        )
        self.delete_button.setText(self.tr("&Delete account…"))
        self.record_box.setTitle(self.tr("Record"))
        names = (
            self.tr("Platform:"),
            self.tr("Handle:"),
            self.tr("URL:"),
            self.tr("Official e-mail:"),
            self.tr("Verification badge:"),
            self.tr("Two-factor authentication:"),
            self.tr("In use:"),
            self.tr("X Premium:"),
            self.tr("Password last changed:"),
            self.tr("Next change due:"),
            self.tr("Password rotation:"),
            self.tr("Privacy settings reviewed:"),
            self.tr("Notes:"),
        )
        for label, text in zip(self.record_names, names, strict=True):
            label.setText(text)
        self.admins_box.setTitle(self.tr("Administrators"))
        self.admins.setAccessibleName(self.tr("Administrators"))
        self.admins.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Rights"), self.tr("Agency")]
        )
        self.incidents_box.setTitle(self.tr("Incidents"))
        self.incidents.setAccessibleName(self.tr("Incidents of this account"))
        self.incidents.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("Status"), self.tr("What happened")]
        )
        self.open_incident_button.setText(self.tr("Open &incident"))
        self.no_incidents.setText(self.tr("No incidents recorded for this account."))
        if self.vault is not None:
            self.fill_table()
            self.show_account()


RECORD_FIELDS = (
    "platform",
    "handle",
    "url",
    "official_email",
    "verified",
    "two_factor",
    "active",
    "premium",
    "password_changed_on",
    "next_rotation_due",
    "rotation_days",
    "privacy_reviewed_on",
    "notes",
)


def theme_colour(colour: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(colour))


def _colour(label: QLabel, colour: str) -> None:
    from PySide6.QtGui import QColor, QPalette

    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _html(text).replace('"', "&quot;")
