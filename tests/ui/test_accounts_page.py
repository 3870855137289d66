"""The Accounts page: guideline warnings, rotation dates, the vault (open and locked), the
password and the 2FA code through the keyring, the clipboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import keyring
import pyotp
import pytest
from keyring.backends import fail
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel

from app.services.accounts import AccountFields, AdminInfo
from app.ui import labels
from app.ui.accounts.password import PasswordDialog
from app.ui.accounts.totp import TotpDialog

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
TODAY = dt.date.today()  # the page's service runs on the real clock
INSIDE = (AdminInfo("Hala", "Head", True, False), AdminInfo("Sara", "Officer", True, False))


def good(**changes) -> AccountFields:  # type: ignore[no-untyped-def]
    values = dict(
        platform="facebook",
        handle="GoodPage",
        url="https://www.facebook.com/GoodPage",
        official_email="media@example.gov.jo",
        two_factor_enabled=True,
        password_changed_on=TODAY - dt.timedelta(days=10),
        rotation_days=90,
        administrators=INSIDE,
    )
    values.update(changes)
    return AccountFields(**values)  # type: ignore[arg-type]


CASES = {
    "good": good(),
    "too_few_full_admins": good(handle="OneAdmin", administrators=INSIDE[:1]),
    "outside_agency_full_rights": good(
        handle="Agency", administrators=(*INSIDE, AdminInfo("Agency", "", True, True))
    ),
    "two_factor_off": good(handle="No2FA", two_factor_enabled=False),
    "rotation_overdue": good(handle="Old", password_changed_on=TODAY - dt.timedelta(days=91)),
    "password_date_unknown": good(handle="NoDate", password_changed_on=None),
    "no_official_email": good(handle="NoMail", official_email=""),
}


@pytest.fixture
def accounts_root(workspace) -> Path:  # type: ignore[no-untyped-def]
    from app.secrets.store import KeyringSecretStore
    from app.services.accounts import AccountService

    service = AccountService(workspace.sessions, KeyringSecretStore("unused"))
    for fields in CASES.values():
        service.create(fields)
    workspace.close()
    return workspace.workspace.root


def open_page(launch, root, lang="en"):  # type: ignore[no-untyped-def]
    window = launch(root, lang)
    window.navigation.setCurrentRow(window.page_factories.index(window._make_accounts))
    return window.accounts


def select(page, handle: str) -> None:  # type: ignore[no-untyped-def]
    row = next(i for i, a in enumerate(page.accounts) if a.handle == handle)
    page.table.setCurrentCell(row, 0)
    assert page.current.handle == handle


def shown_warnings(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        label.text()
        for label in page.warnings_box.findChildren(QLabel, "warningText")
        if label.isVisibleTo(page)
    ]


def test_a_warning_sentence_for_each_guideline_rule(launch, accounts_root) -> None:  # type: ignore[no-untyped-def]
    page = open_page(launch, accounts_root)
    assert len(page.accounts) == len(CASES)
    select(page, "GoodPage")
    assert shown_warnings(page) == ["This account meets the guideline."]
    for code, fields in CASES.items():
        if code == "good":
            continue
        select(page, fields.handle)
        sentence = labels.account_warning(code)
        assert sentence != code  # a real sentence, not the code
        assert shown_warnings(page) == [sentence], code
        row = page.table.currentRow()
        assert page.table.item(row, 4).text() == "1 warning"
        assert sentence in page.table.item(row, 4).toolTip()


def test_rotation_dates_shown(launch, accounts_root) -> None:  # type: ignore[no-untyped-def]
    page = open_page(launch, accounts_root)
    select(page, "Old")
    due = TODAY - dt.timedelta(days=1)
    assert page.current.next_rotation_due == due
    row = page.table.currentRow()
    assert "(overdue)" in page.table.item(row, 3).text()
    assert "overdue by 1 day" in page.record_values["next_rotation_due"].text()
    select(page, "GoodPage")
    assert "in 80 days" in page.record_values["next_rotation_due"].text()
    # "Password changed today" restarts the rotation clock.
    page.changed_button.click()
    assert page.current.password_changed_on == TODAY
    assert page.current.next_rotation_due == TODAY + dt.timedelta(days=90)
    assert "in 90 days" in page.record_values["next_rotation_due"].text()


def test_privacy_review_recorded(launch, accounts_root) -> None:  # type: ignore[no-untyped-def]
    page = open_page(launch, accounts_root)
    select(page, "GoodPage")
    assert page.current.privacy_reviewed_on is None
    page.reviewed_button.click()
    assert page.current.privacy_reviewed_on == TODAY


def accept_with(monkeypatch, dialog_class, fill) -> None:  # type: ignore[no-untyped-def]
    """Make ``dialog_class.exec()`` fill the dialog and press Save, as a user would."""

    def exec_(dialog):  # type: ignore[no-untyped-def]
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_password_set_revealed_copied_and_cleared(
    launch, accounts_root, memory_keyring, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(launch, accounts_root)
    select(page, "GoodPage")
    assert page.password_value.text() == "Not stored"
    assert not page.copy_password_button.isEnabled()

    def fill(dialog: PasswordDialog) -> None:
        dialog.length_spin.setValue(24)
        dialog.symbols_check.setChecked(False)
        dialog.generate()

    generated: list[str] = []
    original = PasswordDialog.password
    monkeypatch.setattr(
        PasswordDialog, "password", lambda d: generated.append(original(d)) or generated[-1]
    )
    accept_with(monkeypatch, PasswordDialog, fill)
    page.set_password_button.click()
    password = generated[0]
    assert len(password) == 24 and password.isalnum()
    assert list(memory_keyring.items.values()) == [password]
    assert page.current.has_password
    assert page.current.password_changed_on == TODAY
    assert password not in page.password_value.text()
    page.reveal_button.click()
    assert password in page.password_value.text()
    page.reveal_button.click()
    assert password not in page.password_value.text()

    page.clipboard.interval_ms = 100
    page.copy_password_button.click()
    assert QGuiApplication.clipboard().text() == password
    assert page.copied_note.isVisibleTo(page)
    with qtbot.waitSignal(page.clipboard.cleared, timeout=3000):
        pass
    assert QGuiApplication.clipboard().text() == ""
    page.clipboard.interval_ms = 20_000
    # The password is in the keyring only, never in the database.
    page.context.opened.close()
    db = page.context.workspace.root / "bayan.db"
    for path in db.parent.rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path


def test_totp_code_matches_pyotp(launch, accounts_root, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = open_page(launch, accounts_root)
    select(page, "GoodPage")
    uri = pyotp.TOTP(SECRET).provisioning_uri(name="media@example.gov.jo", issuer_name="Demo")
    accept_with(monkeypatch, TotpDialog, lambda d: d.secret_edit.setText(uri))
    before = pyotp.TOTP(SECRET).now()
    page.set_totp_button.click()
    after = pyotp.TOTP(SECRET).now()
    assert page.current.has_totp
    code = page.current_code()
    assert code in (before, after)
    assert code in page.code_label.text()
    assert page.timer.isActive()
    assert "Renews in" in page.countdown.text()
    assert 0 <= page.countdown_bar.value() <= 30
    page.clipboard.interval_ms = 100
    page.copy_code_button.click()
    assert QGuiApplication.clipboard().text() == pyotp.TOTP(SECRET).now()
    with qtbot.waitSignal(page.clipboard.cleared, timeout=3000):
        pass
    page.clipboard.interval_ms = 20_000


@pytest.mark.parametrize(
    "text", ["not base32!", "otpauth://hotp/x?secret=" + SECRET, "otpauth://totp/x?issuer=a"]
)
def test_malformed_totp_gives_a_message_and_stores_nothing(
    launch, accounts_root, memory_keyring, text
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(launch, accounts_root)
    select(page, "GoodPage")
    dialog = TotpDialog("GoodPage", lambda t: page.service.set_totp(page.current.id, t), page)
    dialog.secret_edit.setText(text)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.isVisibleTo(dialog)
    assert dialog.message.text().startswith("This key was not stored:")
    assert len(dialog.message.text()) > len("This key was not stored: ")
    assert memory_keyring.items == {}
    page.reload()
    assert page.current.has_totp is False


def test_vault_unavailable_says_why_and_locks_secrets(launch, accounts_root) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())
    page = open_page(launch, accounts_root)
    select(page, "GoodPage")
    status = page.vault_status.text()
    assert "locked" in status
    assert "no keyring backend is available" in status
    for button in (
        page.set_password_button,
        page.reveal_button,
        page.copy_password_button,
        page.set_totp_button,
        page.copy_code_button,
        page.remove_totp_button,
    ):
        assert not button.isEnabled(), button.text()
    assert page.password_value.text() == "Locked"
    # The records stay usable.
    assert page.edit_button.isEnabled() and page.reviewed_button.isEnabled()
    page.changed_button.click()
    assert page.current.password_changed_on == TODAY
    assert page.compromised_button.isEnabled()


def test_shown_in_arabic_mirrored(launch, accounts_root) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    page = open_page(launch, accounts_root, "ar")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.table.rowCount() == len(CASES)


def test_icon_only_and_value_controls_have_names(launch, accounts_root) -> None:  # type: ignore[no-untyped-def]
    page = open_page(launch, accounts_root)
    select(page, "GoodPage")
    assert page.table.accessibleName()
    assert page.admins.accessibleName()
    assert page.password_value.accessibleName()
    assert page.code_label.accessibleName()
    assert page.admins.rowCount() == 2
    assert page.admins.item(0, 2).text() == "Full rights"


def test_dashboard_lists_the_reminders(launch, accounts_root) -> None:  # type: ignore[no-untyped-def]
    window = launch(accounts_root)
    text = window.dashboard.reminders_label.text()
    overdue = TODAY - dt.timedelta(days=1)
    from PySide6.QtCore import QDate, QLocale

    when = QLocale().toString(
        QDate(overdue.year, overdue.month, overdue.day), QLocale.FormatType.ShortFormat
    )
    assert f"Password change overdue: Facebook \u200eOld\u200e, {when}" in text
    # No account has had a privacy review: each is reminded (six lines, then "and … more").
    assert "Privacy and security settings review" in text
    assert "more on the Accounts page" in text
