"""Approvals in the GUI (issue 5): enrolling an approver with the QR code, the review dialog
signed with the passphrase and the one-time code, the approvers' table in Settings.

The acceptance test goes the whole way: enrol, submit, approve with ``pyotp.TOTP(secret).now()``,
see the same code refused on a second post, edit the approved post and see it back in draft."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from dataclasses import replace

import keyring
import pyotp
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from app.core.domain import ApprovalDecision
from app.ui.approvals import group_key
from app.ui.approvals.enrol import EnrolDialog
from app.ui.approvals.panel import ApproversPanel, ChangePassphraseDialog
from app.ui.approvals.review import ReviewDialog
from tests.ui.editor_helpers import new_post, stored, type_text

pytest_plugins = ["tests.ui.editor_fixtures"]  # the context and editor fixtures

TICKS = {"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True}
PASSPHRASE = "cedar tree at dawn"
CLICK_HERE = "Click here to register for the elections."  # A11Y-LINK-1, a warning


# --- helpers -------------------------------------------------------------------------------


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enrol_through_dialog(
    context, qtbot, name: str = "Hala Haddad", passphrase: str = PASSPHRASE
):  # type: ignore[no-untyped-def]
    """Enrol an approver as a user would: the dialog's two steps, by keyboard and mouse.
    Returns (the approver as stored, the key the phone got)."""
    dialog = EnrolDialog(context.approvals(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.title_edit, "Director of Communications")
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.keyClicks(dialog.repeat_edit, passphrase)
    click(qtbot, dialog.next_button)
    assert dialog.steps.currentIndex() == 1
    secret = dialog.enrolment.secret
    assert not dialog.qr_label.pixmap().isNull()
    assert dialog.key_label.text() == group_key(secret)
    qtbot.keyClicks(dialog.code_edit, pyotp.TOTP(secret).now())
    click(qtbot, dialog.finish_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.enrolment is None  # the key is dropped with the dialog
    assert dialog.key_label.text() == ""
    info = dialog.approver_info
    assert info is not None and info.name == name and info.has_secret
    return info, secret


def enrol_directly(context, name: str = "Sami Nasser", passphrase: str = PASSPHRASE):  # type: ignore[no-untyped-def]
    service = context.approvals()
    enrolment = service.new_enrolment(name)
    info = service.enrol(name, "Deputy", passphrase, enrolment, pyotp.TOTP(enrolment.secret).now())
    return info, enrolment.secret


def submitted_post(context, **changes):  # type: ignore[no-untyped-def]
    changes.setdefault("manual_checks", TICKS)
    post = new_post(context, **changes)
    verdict = context.posts().check(post.id)
    assert verdict.submittable, verdict
    return context.posts().submit_for_review(post.id)


def open_review(context, qtbot, post_id: int) -> ReviewDialog:  # type: ignore[no-untyped-def]
    dialog = ReviewDialog(context, post_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # keyboard focus needs the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def sign(qtbot, dialog: ReviewDialog, approver_id: int, passphrase: str, code: str) -> None:  # type: ignore[no-untyped-def]
    dialog.choose_approver(approver_id)
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, code)


def message_of(dialog) -> str:  # type: ignore[no-untyped-def]
    assert dialog.message.isVisible()
    return dialog.message.text()


# --- the acceptance test ------------------------------------------------------------------


def test_enrol_approve_reuse_refused_edit_withdraws(context, editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    approver, secret = enrol_through_dialog(context, qtbot)
    first = submitted_post(context)
    second = submitted_post(context, title="إعلان ثان", text_en="Registration opens on Sunday.")
    assert stored(context, first.id).state == "in_review"

    # The approver signs the first post with the passphrase and the code the phone shows.
    code = pyotp.TOTP(secret).now()
    dialog = open_review(context, qtbot, first.id)
    sign(qtbot, dialog, approver.id, PASSPHRASE, code)
    with qtbot.waitSignal(dialog.decided, timeout=5000) as signal:
        click(qtbot, dialog.approve_button)
    assert signal.args == [first.id, "approved"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(context, first.id).state == "approved"
    latest = context.approvals().latest(first.id)
    assert latest is not None and latest.approver_id == approver.id
    assert latest.decision == "approved"

    # The same code on the second post is refused, said in words, and nothing changes.
    dialog = open_review(context, qtbot, second.id)
    sign(qtbot, dialog, approver.id, PASSPHRASE, code)
    click(qtbot, dialog.approve_button)
    assert "already used" in message_of(dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert stored(context, second.id).state == "in_review"
    assert context.approvals().latest(second.id) is None
    assert dialog.code_edit.text() == ""  # a new code is needed
    dialog.reject()

    # The officer edits the approved text: back to draft, the approval withdrawn, said so.
    window = editor(first.id)
    assert not window.read_only
    window.text_ar.moveCursor(window.text_ar.textCursor().MoveOperation.End)
    type_text(qtbot, window.text_ar, " التفاصيل")
    assert window.save_now()
    assert stored(context, first.id).state == "draft"
    assert window.banner.isVisible()
    assert "approval" in window.banner.text.text() and "withdrawn" in window.banner.text.text()
    assert context.approvals().latest(first.id) is None
    assert context.approvals().approvals(first.id)[0].withdrawn_at is not None


def test_correct_code_with_a_wrong_passphrase_is_refused(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    approver, secret = enrol_directly(context)
    post = submitted_post(context)
    dialog = open_review(context, qtbot, post.id)
    sign(qtbot, dialog, approver.id, "not the passphrase", pyotp.TOTP(secret).now())
    click(qtbot, dialog.approve_button)
    text = message_of(dialog)
    assert "passphrase or the code is not right" in text
    assert "4 attempts left" in text
    assert not dialog.message_icon.isHidden()  # not colour alone: an icon and words
    assert dialog.passphrase_edit.text() == "" and dialog.code_edit.text() == ""
    assert stored(context, post.id).state == "in_review"
    assert context.approvals().latest(post.id) is None
    assert context.approvals().approvers()[0].failed_attempts == 1


def test_the_keyring_holds_no_readable_secret(context, qtbot, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    approver, secret = enrol_through_dialog(context, qtbot)
    entries = {k: v for k, v in memory_keyring.items.items() if k[1].startswith("approver/")}
    assert list(k[1] for k in entries) == [f"approver/{approver.id}/totp"]
    blob = next(iter(entries.values()))
    raw = base64.b32decode(secret)
    readable = {
        secret,
        secret.lower(),
        secret.rstrip("="),
        group_key(secret),
        raw.hex(),
        raw.hex().upper(),
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode(),
        base64.b64encode(secret.encode()).decode(),
    }
    for form in readable:
        assert form not in blob
    assert raw not in blob.encode("latin-1", "ignore")
    for value in json.loads(blob).values():  # every base64 field decodes to something else
        if isinstance(value, str) and len(value) >= 16:
            try:
                decoded = base64.b64decode(value)
            except ValueError:
                continue
            assert raw not in decoded and secret.encode() not in decoded
    # Nor is it in the database.
    assert secret.encode() not in context.workspace.db_path.read_bytes()


# --- the review dialog ---------------------------------------------------------------------


def test_request_changes_needs_a_comment(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    approver, secret = enrol_directly(context)
    post = submitted_post(context)
    dialog = open_review(context, qtbot, post.id)
    sign(qtbot, dialog, approver.id, PASSPHRASE, pyotp.TOTP(secret).now())
    click(qtbot, dialog.changes_button)
    assert "needs a comment" in message_of(dialog)
    assert QApplication.focusWidget() is dialog.comment_edit
    assert stored(context, post.id).state == "in_review"
    type_text(qtbot, dialog.comment_edit, "Name the registration offices.")
    with qtbot.waitSignal(dialog.decided, timeout=5000) as signal:
        click(qtbot, dialog.changes_button)
    assert signal.args == [post.id, "changes_requested"]
    assert stored(context, post.id).state == "changes_requested"
    latest = context.approvals().latest(post.id)
    assert latest.comment == "Name the registration offices."


def test_arabic_indic_digits_are_accepted(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    approver, secret = enrol_directly(context)
    post = submitted_post(context)
    dialog = open_review(context, qtbot, post.id)
    code = pyotp.TOTP(secret).now()
    arabic = code.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    dialog.choose_approver(approver.id)
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    type_text(qtbot, dialog.code_edit, arabic)
    assert dialog.code_edit.text() == arabic
    type_text(qtbot, dialog.code_edit, "x")  # letters are not taken
    assert dialog.code_edit.text() == arabic
    assert dialog.approve()
    assert stored(context, post.id).state == "approved"


def attach_image(context, post_id: int, tmp_path, **alt: str):  # type: ignore[no-untyped-def]
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    path = tmp_path / f"offices-{post_id}.png"
    assert image.save(str(path))
    return context.posts().attach_media(post_id, path, credit="IEC", licence="own", **alt)


def shown_texts(dialog: ReviewDialog) -> str:
    return "\n".join(label.text() for label in dialog.content.findChildren(QLabel))


def test_the_post_is_shown_whole(context, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    enrol_directly(context)
    post = new_post(
        context,
        text_en=CLICK_HERE,
        platforms=("x", "facebook"),
        variants={"x": ("نص خاص بمنصة إكس للتسجيل.", None)},
        link="https://www.iec.jo/ar/registration",
        source_refs="قرار مجلس المفوضين رقم 12",
        manual_checks={**TICKS, "GOV-COPY-1": True, "A11Y-COLOR-1": True, "GOV-PII-1": True},
        warning_justifications={"A11Y-LINK-1": "The campaign's approved wording."},
    )
    attach_image(
        context,
        post.id,
        tmp_path,
        alt_ar="خريطة مكاتب التسجيل في المحافظات.",
        alt_en="Map of the registration offices.",
    )
    service = context.posts()
    verdict = service.check(post.id)
    if not verdict.submittable:  # confirmations the attachment brings with it
        fields = stored(context, post.id).fields
        ticks = {**fields.manual_checks, **{r: True for r in verdict.unticked_manual}}
        justified = {**fields.warning_justifications}
        justified.update({r: "Reviewed by the officer." for r in verdict.unjustified_warnings})
        service.save(
            post.id, replace(fields, manual_checks=ticks, warning_justifications=justified)
        )
    service.submit_for_review(post.id)

    dialog = open_review(context, qtbot, post.id)
    texts = shown_texts(dialog)
    fields = stored(context, post.id).fields
    assert fields.text_ar in texts and fields.text_en in texts
    assert "نص خاص بمنصة إكس للتسجيل." in texts
    assert "English: uses the main text" in texts  # X's English, Facebook's both
    assert texts.count("uses the main text") == 3
    assert "خريطة مكاتب التسجيل في المحافظات." in texts
    assert "Map of the registration offices." in texts
    assert "no alt text" not in texts
    assert "https://www.iec.jo/ar/registration" in texts
    assert "قرار مجلس المفوضين رقم 12" in texts
    assert re.search(r"Warning · \u200eA11Y-LINK-1\u200e · English text", texts)
    assert "Officer's justification: \u2068The campaign's approved wording.\u2069" in texts
    assert "Confirmed: Facts verified against an official source" in texts
    assert "Asia/Amman" in dialog.summary.text() and "In review" in dialog.summary.text()
    arabic = dialog.content.findChild(QLabel, "textAr")
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    english = dialog.content.findChild(QLabel, "textEn")
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    thumbnails = [label for label in dialog.content.findChildren(QLabel) if label.pixmap()]
    assert any(not label.pixmap().isNull() for label in thumbnails)


def test_a_missing_alt_text_is_said_in_words(context, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    post = new_post(context, manual_checks=TICKS)
    attach_image(context, post.id, tmp_path, alt_en="Map of the registration offices.")
    dialog = open_review(context, qtbot, post.id)
    missing = dialog.content.findChild(QLabel, "alt_1_ar")
    assert missing.text() == "Arabic alt text: no alt text"
    assert dialog.content.findChild(QLabel, "alt_1_en").text() == "Map of the registration offices."
    assert "A11Y-ALT-1" in shown_texts(dialog)  # and the checklist's blocker with it


def test_no_approvers_points_to_settings(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = submitted_post(context)
    dialog = open_review(context, qtbot, post.id)
    assert dialog.no_approvers.isVisible()
    assert "Settings → Approvers" in dialog.no_approvers.text()
    assert not dialog.approve_button.isEnabled()
    assert not dialog.changes_button.isEnabled()
    assert dialog.cancel_button.isEnabled()


def test_a_post_not_in_review_cannot_be_signed(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    enrol_directly(context)
    post = new_post(context, manual_checks=TICKS)
    dialog = open_review(context, qtbot, post.id)
    assert dialog.state_note.isVisible() and "Draft" in dialog.state_note.text()
    assert not dialog.approve_button.isEnabled()


def test_tab_reaches_every_control_of_the_review(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    enrol_directly(context)
    enrol_directly(context, "Rana Khoury")
    post = submitted_post(context)
    dialog = open_review(context, qtbot, post.id)
    dialog.scroll.setFocus()
    seen = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    controls = [
        dialog.scroll,
        dialog.approver_combo,
        dialog.passphrase_edit,
        dialog.code_edit,
        dialog.comment_edit,
        dialog.approve_button,
        dialog.changes_button,
        dialog.cancel_button,
    ]
    for control in controls:
        assert control in seen, control.objectName() or control.accessibleName()
    # In reading order, the signature after the post.
    order = [seen.index(c) for c in controls[1:]]
    assert order == sorted(order)
    # Every control of the signature has a name a screen reader says.
    for control in controls[1:5]:
        assert control.accessibleName()


def test_a_locked_approver_is_said_in_words(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    approver, secret = enrol_directly(context)
    post = submitted_post(context)
    service = context.approvals()
    from app.services.approvals import ApproverLocked, SignatureRefused

    for _ in range(5):
        with pytest.raises(SignatureRefused):
            service.decide(
                post.id, approver.id, "wrong passphrase", "123456", ApprovalDecision.APPROVED
            )
    locked = service.approvers()[0]
    assert locked.locked_until is not None

    panel = ApproversPanel(context, None)
    qtbot.addWidget(panel)
    status = panel.table.item(0, 3).text()
    assert status.startswith("Locked until ")
    assert re.search(r"\d\d:\d\d", status)
    assert not panel.table.item(0, 3).icon().isNull()

    dialog = open_review(context, qtbot, post.id)
    assert "locked until" in dialog.approver_combo.currentText()
    assert "locked until" in dialog.approver_note.text()
    sign(qtbot, dialog, approver.id, PASSPHRASE, pyotp.TOTP(secret).now())
    click(qtbot, dialog.approve_button)
    assert "locked until" in message_of(dialog)
    assert stored(context, post.id).state == "in_review"
    with pytest.raises(ApproverLocked):
        service.decide(
            post.id, approver.id, PASSPHRASE, pyotp.TOTP(secret).now(), ApprovalDecision.APPROVED
        )


# --- the enrolment dialog ------------------------------------------------------------------


def test_enrolment_checks_step_one_inline(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EnrolDialog(context.approvals(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.next_button)
    assert "name" in dialog.message.text()
    qtbot.keyClicks(dialog.name_edit, "Hala")
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    click(qtbot, dialog.next_button)
    assert "at least 8 characters" in dialog.message.text()
    assert dialog.steps.currentIndex() == 0
    assert "At least 8 characters" in dialog.passphrase_hint.text()
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE[:-1] + "X")
    assert dialog.match_label.isVisible() and "differ" in dialog.match_label.text()
    click(qtbot, dialog.next_button)
    assert dialog.steps.currentIndex() == 0
    for edit in (dialog.passphrase_edit, dialog.repeat_edit):
        assert edit.echoMode() == edit.EchoMode.Password
    dialog.repeat_edit.clear()
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE)
    assert "same" in dialog.match_label.text()
    click(qtbot, dialog.next_button)
    assert dialog.steps.currentIndex() == 1
    assert "look away" in dialog.scan_intro.text() and "once" in dialog.scan_intro.text()


def test_a_wrong_enrolment_code_keeps_the_dialog_open(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EnrolDialog(context.approvals(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Hala")
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE)
    click(qtbot, dialog.next_button)
    secret = dialog.enrolment.secret
    good = pyotp.TOTP(secret).now()
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    qtbot.keyClicks(dialog.code_edit, wrong)
    click(qtbot, dialog.finish_button)
    assert dialog.isVisible()
    assert "does not match the key" in dialog.message.text()
    assert dialog.enrolment is not None and dialog.enrolment.secret == secret
    assert context.approvals().approvers() == []
    # The key on show is the one the QR code carries, and the QR code is black on white.
    image = dialog.qr_label.pixmap().toImage()
    assert image.pixelColor(0, 0).name() == "#ffffff"  # the quiet zone
    dark = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(40, 60)}
    assert "#000000" in dark
    dialog.reject()
    assert dialog.enrolment is None
    assert dialog.passphrase_edit.text() == ""


def test_the_enrolment_is_never_in_a_repr(context) -> None:  # type: ignore[no-untyped-def]
    enrolment = context.approvals().new_enrolment("Hala")
    assert enrolment.secret not in repr(enrolment)
    assert enrolment.secret not in str(enrolment)


# --- the approvers' panel ------------------------------------------------------------------


def test_the_panel_enrols_changes_passphrase_and_removes(context, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = ApproversPanel(context, None)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.empty_label.isVisible()
    assert panel.enrol_button.isEnabled() and not panel.remove_button.isEnabled()

    def run_enrol(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.name_edit, "Hala Haddad")
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE)
        assert dialog.next_step()
        run_enrol.secret = dialog.enrolment.secret
        qtbot.keyClicks(dialog.code_edit, pyotp.TOTP(dialog.enrolment.secret).now())
        assert dialog.finish()
        return dialog.result()

    monkeypatch.setattr(panel, "run_dialog", run_enrol)
    click(qtbot, panel.enrol_button)
    assert [a.name for a in panel.approvers] == ["Hala Haddad"]
    assert panel.table.item(0, 3).text() == "Active"
    assert "enrolled" in panel.message.text()

    new_passphrase = "olive grove by the sea"

    def run_change(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ChangePassphraseDialog)
        qtbot.keyClicks(dialog.old_edit, "wrong old passphrase")
        qtbot.keyClicks(dialog.new_edit, new_passphrase)
        qtbot.keyClicks(dialog.repeat_edit, new_passphrase)
        dialog.accept()
        assert "current passphrase is not right" in dialog.message.text()
        assert "4 attempts left" in dialog.message.text()
        qtbot.keyClicks(dialog.old_edit, PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(panel, "run_dialog", run_change)
    click(qtbot, panel.passphrase_button)
    assert "passphrase of Hala Haddad was changed" in panel.message.text()
    # The new passphrase signs; the old one no longer does.
    post = submitted_post(context)
    service = context.approvals()
    from app.services.approvals import SignatureRefused

    code = pyotp.TOTP(run_enrol.secret).now()
    with pytest.raises(SignatureRefused):
        service.decide(post.id, panel.approvers[0].id, PASSPHRASE, code, "approved")
    service.decide(post.id, panel.approvers[0].id, new_passphrase, code, "approved")

    asked: list[str] = []
    monkeypatch.setattr(panel, "confirm", lambda title, text: asked.append(text) or False)
    click(qtbot, panel.remove_button)
    assert asked and "Hala Haddad" in asked[0]
    assert panel.approvers[0].active  # not confirmed: nothing changed
    monkeypatch.setattr(panel, "confirm", lambda title, text: True)
    click(qtbot, panel.remove_button)
    assert panel.approvers == []
    panel.show_removed.setChecked(True)
    assert panel.table.item(0, 3).text() == "Removed"
    assert not panel.reenrol_button.isEnabled()


def test_reenrolment_replaces_the_key(context, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    approver, old_secret = enrol_directly(context)
    panel = ApproversPanel(context, None)
    qtbot.addWidget(panel)
    panel.show()
    panel.select(approver.id)
    new_passphrase = "new phone, new words"

    def run(dialog):  # type: ignore[no-untyped-def]
        assert dialog.name_edit.isHidden()  # the person is known
        assert "Sami Nasser" in dialog.windowTitle()
        qtbot.keyClicks(dialog.passphrase_edit, new_passphrase)
        qtbot.keyClicks(dialog.repeat_edit, new_passphrase)
        assert dialog.next_step()
        run.secret = dialog.enrolment.secret
        qtbot.keyClicks(dialog.code_edit, pyotp.TOTP(run.secret).now())
        assert dialog.finish()
        return dialog.result()

    monkeypatch.setattr(panel, "run_dialog", run)
    click(qtbot, panel.reenrol_button)
    assert run.secret != old_secret
    assert "new key" in panel.message.text()
    post = submitted_post(context)
    info = context.approvals().decide(
        post.id, approver.id, new_passphrase, pyotp.TOTP(run.secret).now(), "approved"
    )
    assert info.decision == "approved"


def test_the_panel_says_why_without_a_keyring(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())
    panel = ApproversPanel(context, None)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.vault_status.isVisible()
    assert "keyring cannot be used" in panel.vault_status.text()
    assert "no keyring backend" in panel.vault_status.text()
    assert not panel.enrol_button.isEnabled()


def test_the_settings_page_has_the_approvers(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.pages.settings import SettingsPage

    enrol_directly(context)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert page.approvers_box.title() == "Approvers"
    assert isinstance(page.approvers, ApproversPanel)
    assert [a.name for a in page.approvers.approvers] == ["Sami Nasser"]


def test_the_approval_dialog_in_arabic_is_mirrored(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    context.languages.apply("ar")
    enrol_directly(context)
    post = submitted_post(context)
    dialog = open_review(context, qtbot, post.id)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The code stays left to right whatever the language.
    assert dialog.code_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    english = dialog.content.findChild(QLabel, "textEn")
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_scheduled_time_is_in_the_workspace_zone(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    enrol_directly(context)
    when = dt.datetime(2026, 12, 3, 7, 0, tzinfo=dt.UTC)  # 10:00 in Amman
    post = submitted_post(context, scheduled_at=when)
    dialog = open_review(context, qtbot, post.id)
    assert "10:00" in dialog.summary.text()


def test_fields_are_hidden_and_emptied_on_close(context, qtbot) -> None:  # type: ignore[no-untyped-def]
    approver, _secret = enrol_directly(context)
    post = submitted_post(context)
    dialog = open_review(context, qtbot, post.id)
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password
    sign(qtbot, dialog, approver.id, PASSPHRASE, "123456")
    dialog.reject()
    assert dialog.passphrase_edit.text() == "" and dialog.code_edit.text() == ""
