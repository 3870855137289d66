"""The approvers, in Settings: who may sign posts, since when, and whether they can sign now.

A table (name, title, enrolled on, status in words: active, locked until a time, removed) and
the actions: enrol, re-enrol, change the passphrase, remove. When the keyring cannot be used the
panel says why and enrolment is disabled: an approver's key is kept nowhere else.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.approval import MIN_PASSPHRASE_CHARS
from app.errors import BayanError
from app.ui import theme
from app.ui.approvals import clock_text, date_time_text, error_text, vault_state
from app.ui.i18n import Retranslating, ltr

APPROVER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOUR = "#92400e"  # 7:1 on white; always beside words


class ApproversPanel(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.approvals()
        self.approvers: list[Any] = []
        self.vault: Any = None

        style = self.style()
        self.lock_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        theme.muted(self.intro)
        self.vault_icon = QLabel(self)
        self.vault_status = QLabel(self)
        self.vault_status.setObjectName("approversVaultStatus")
        self.vault_status.setWordWrap(True)
        self.vault_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_icon, 0, Qt.AlignmentFlag.AlignTop)
        vault_row.addWidget(self.vault_status, 1)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("approversTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.show_removed = QCheckBox(self)
        self.show_removed.toggled.connect(lambda _on: self.reload())

        self.enrol_button = QPushButton(self)
        self.enrol_button.clicked.connect(self.enrol)
        self.reenrol_button = QPushButton(self)
        self.reenrol_button.clicked.connect(self.reenrol)
        self.passphrase_button = QPushButton(self)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (
            self.enrol_button,
            self.reenrol_button,
            self.passphrase_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_removed)

        self.message = QLabel(self)
        self.message.setObjectName("approversMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(vault_row)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()
        self.reload()

    @property
    def timezone(self) -> str:
        return str(self.context.timezone)

    # --- reading ---------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = self.current()
        if select_id is None and current is not None:
            select_id = current.id
        self.vault = self.vault_state()
        try:
            self.approvers = list(self.service.approvers(self.show_removed.isChecked()))
        except (ValueError, BayanError) as error:
            self.approvers = []
            self.say(error_text(error, self.timezone), error=True)
        self.fill_table()
        row = next((i for i, a in enumerate(self.approvers) if a.id == select_id), 0)
        if self.approvers:
            self.table.setCurrentCell(row, 0)
        self.show_vault()
        self._update_buttons()

    def vault_state(self) -> Any:
        return vault_state(self.context, self.service)

    def vault_available(self) -> bool:
        return bool(self.vault is not None and self.vault.available)

    def status_text(self, approver: Any) -> str:
        if not approver.active:
            return self.tr("Removed")
        if approver.locked_until is not None:
            return self.tr("Locked until %1").replace(
                "%1", clock_text(approver.locked_until, self.timezone)
            )
        if not approver.has_secret and self.vault_available():
            return self.tr("Active — key missing from the keyring: re-enrol")
        if approver.failed_attempts:
            return self.tr("Active — %n failed attempt(s)", "", approver.failed_attempts)
        return self.tr("Active")

    def fill_table(self) -> None:
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self.approvers))
        for row, approver in enumerate(self.approvers):
            cells = (
                approver.name,
                approver.title or "—",
                date_time_text(approver.enrolled_at, self.timezone, short=True),
                self.status_text(approver),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(APPROVER_ID_ROLE, approver.id)
                if column == 3:
                    warn = approver.active and (
                        approver.locked_until is not None
                        or (not approver.has_secret and self.vault_available())
                    )
                    if warn:
                        item.setIcon(self.lock_icon)
                        item.setForeground(_brush(WARNING_COLOUR))
                table.setItem(row, column, item)
        table.blockSignals(False)
        self.table.setVisible(bool(self.approvers))
        self.empty_label.setVisible(not self.approvers)
        if self.approvers:
            height = table.horizontalHeader().height() + 2 * table.frameWidth() + 2
            height += sum(table.rowHeight(r) for r in range(len(self.approvers)))
            table.setFixedHeight(min(height, 220))

    def current(self) -> Any | None:
        row = self.table.currentRow()
        return self.approvers[row] if 0 <= row < len(self.approvers) else None

    def select(self, approver_id: int) -> None:
        row = next(i for i, a in enumerate(self.approvers) if a.id == approver_id)
        self.table.setCurrentCell(row, 0)

    def show_vault(self) -> None:
        available = self.vault_available()
        self.vault_icon.setVisible(not available)
        self.vault_status.setVisible(not available)
        if not available:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self.vault_icon.setPixmap(self.lock_icon.pixmap(size, size))
            reason = self.vault.reason if self.vault is not None else ""
            self.vault_status.setText(
                self.tr(
                    "The keyring cannot be used, so approvers cannot be enrolled and cannot "
                    "sign. Why: %1."
                ).replace("%1", ltr(reason) if reason else self.tr("unknown"))
            )
            theme.error_text(self.vault_status)

    def _update_buttons(self) -> None:
        available = self.vault_available()
        approver = self.current()
        active = approver is not None and approver.active
        self.enrol_button.setEnabled(available)
        self.reenrol_button.setEnabled(available and active)
        self.passphrase_button.setEnabled(available and active and approver.has_secret)
        self.remove_button.setEnabled(active)

    # --- actions (dialogs go through run_dialog/confirm, which tests replace) --------------

    def enrol(self) -> Any | None:
        from app.ui.approvals.enrol import EnrolDialog

        dialog = EnrolDialog(self.service, self, timezone=self.timezone)
        self.run_dialog(dialog)
        info = dialog.approver_info
        dialog.deleteLater()
        if info is None:
            return None
        self.reload(info.id)
        self.say(self.tr("%1 is enrolled and can sign posts.").replace("%1", info.name))
        self.changed.emit()
        return info

    def reenrol(self) -> Any | None:
        from app.ui.approvals.enrol import EnrolDialog

        approver = self.current()
        if approver is None or not approver.active:
            return None
        dialog = EnrolDialog(self.service, self, approver, timezone=self.timezone)
        self.run_dialog(dialog)
        info = dialog.approver_info
        dialog.deleteLater()
        if info is None:
            return None
        self.reload(info.id)
        self.say(
            self.tr("%1 has a new key and passphrase; the old key no longer works.").replace(
                "%1", info.name
            )
        )
        self.changed.emit()
        return info

    def change_passphrase(self) -> bool:
        approver = self.current()
        if approver is None or not approver.active:
            return False
        dialog = ChangePassphraseDialog(self.service, approver, self.timezone, self)
        accepted = self.run_dialog(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        self.reload(approver.id)
        if accepted:
            self.say(self.tr("The passphrase of %1 was changed.").replace("%1", approver.name))
            self.changed.emit()
        return accepted

    def remove(self) -> bool:
        approver = self.current()
        if approver is None or not approver.active:
            return False
        if not self.confirm(
            self.tr("Remove the approver"),
            self.tr(
                "Remove %1 as an approver? Their key is deleted from the keyring and they can "
                "no longer sign. Their past approvals stay in the history."
            ).replace("%1", approver.name),
        ):
            return False
        try:
            self.service.remove(approver.id)
        except (ValueError, BayanError) as error:
            self.say(error_text(error, self.timezone), error=True)
            self.reload()
            return False
        self.reload()
        self.say(self.tr("%1 was removed as an approver.").replace("%1", approver.name))
        self.changed.emit()
        return True

    def run_dialog(self, dialog: QDialog) -> int:
        return int(dialog.exec())

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def say(self, text: str, error: bool = False) -> None:
        theme.show_message(self.message, text, error)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "An approver signs a post with a passphrase only they know and the 6-digit code "
                "of the authenticator app on their own phone. Their key is kept in the keyring, "
                "sealed with that passphrase: whoever uses this computer cannot make approval "
                "codes."
            )
        )
        self.table.setAccessibleName(self.tr("Approvers"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Job title"), self.tr("Enrolled on"), self.tr("Status")]
        )
        self.empty_label.setText(self.tr("No approvers yet. Enrol one with “Enrol…”."))
        self.show_removed.setText(self.tr("Show re&moved approvers"))
        self.enrol_button.setText(self.tr("&Enrol…"))
        self.enrol_button.setToolTip(self.tr("Enrol a new approver"))
        self.reenrol_button.setText(self.tr("Re-e&nrol…"))
        self.reenrol_button.setToolTip(
            self.tr("Give the chosen approver a new key and passphrase (a new phone, a lost one)")
        )
        self.passphrase_button.setText(self.tr("Change &passphrase…"))
        self.remove_button.setText(self.tr("Remo&ve…"))
        if self.vault is not None:
            self.fill_table()
            self.show_vault()


class ChangePassphraseDialog(Retranslating, QDialog):
    """The approver types the old passphrase and the new one twice; a wrong old passphrase
    counts as a failed attempt (the service says how many are left)."""

    def __init__(
        self, service: Any, approver: Any, timezone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.approver = approver
        self.timezone = timezone
        self.old_edit = QLineEdit(self)
        self.new_edit = QLineEdit(self)
        self.repeat_edit = QLineEdit(self)
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_label = QLabel(self)
        self.old_label.setBuddy(self.old_edit)
        self.new_label = QLabel(self)
        self.new_label.setBuddy(self.new_edit)
        self.repeat_label = QLabel(self)
        self.repeat_label.setBuddy(self.repeat_edit)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        theme.muted(self.hint)
        form = QFormLayout()
        form.addRow(self.old_label, self.old_edit)
        form.addRow(self.new_label, self.new_edit)
        form.addRow("", self.hint)
        form.addRow(self.repeat_label, self.repeat_edit)
        self.message = QLabel(self)
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        theme.error_text(self.message)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Passphrase of %1").replace("%1", self.approver.name))
        self.old_label.setText(self.tr("&Current passphrase:"))
        self.new_label.setText(self.tr("&New passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat the new passphrase:"))
        self.old_edit.setAccessibleName(self.tr("Current passphrase"))
        self.new_edit.setAccessibleName(self.tr("New passphrase"))
        self.repeat_edit.setAccessibleName(self.tr("New passphrase again"))
        self.hint.setText(self.tr("At least %n characters.", "", MIN_PASSPHRASE_CHARS))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def accept(self) -> None:
        old, new = self.old_edit.text(), self.new_edit.text()
        if not old:
            self.say(self.tr("Type the current passphrase."))
            self.old_edit.setFocus()
            return
        if len(new) < MIN_PASSPHRASE_CHARS:
            self.say(
                self.tr(
                    "The new passphrase needs at least %n characters.", "", MIN_PASSPHRASE_CHARS
                )
            )
            self.new_edit.setFocus()
            return
        if new != self.repeat_edit.text():
            self.say(self.tr("The two new passphrases differ: type the same one twice."))
            self.repeat_edit.setFocus()
            return
        try:
            self.service.change_passphrase(self.approver.id, old, new)
        except (ValueError, BayanError) as error:
            self.say(self.error_text(error))
            self.old_edit.clear()
            self.old_edit.setFocus()
            return
        super().accept()

    def error_text(self, error: BaseException) -> str:
        from app.services.approvals import SignatureRefused

        if not isinstance(error, SignatureRefused):
            return error_text(error, self.timezone)
        text = self.tr("The current passphrase is not right; nothing was changed.")
        if error.locked_until is not None:
            return text + " " + self.tr(
                "That was the fifth failed attempt in a row: this approver is locked until %1."
            ).replace("%1", clock_text(error.locked_until, self.timezone))
        return text + " " + self.tr(
            "%n attempt(s) left before this approver is locked for 15 minutes.",
            "",
            error.attempts_left,
        )

    def done(self, result: int) -> None:
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        super().done(result)


def _brush(colour: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(colour))
