"""Publication records and the audit trail in the GUI (issue 5): the editor's approval banners
and buttons, recording where a post went live platform by platform, the post's audit trail in
words with the chain's verification, and a tampered log named by its broken entry."""

from __future__ import annotations

import sqlite3

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.core.domain import ApprovalDecision
from app.ui.audit_trail import COLUMNS, AuditTrailDialog
from app.ui.editor.publication import PublicationDialog
from app.ui.editor.window import PostEditor
from app.ui.pages.posts import PostsPage
from tests.ui.editor_helpers import new_post, stored

pytest_plugins = ["tests.ui.editor_fixtures"]  # the context and editor fixtures

TICKS = {"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True}
PASSPHRASE = "cedar tree at dawn"
APPROVER = "Hala Haddad"
FACEBOOK_URL = "https://www.facebook.com/iec.jo/posts/1234567890"
X_URL = "https://x.com/IECJordan/status/1861234567890"


# --- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def approvals(context, monkeypatch):  # type: ignore[no-untyped-def]
    """The context's approval service with a cheap scrypt (fast tests), and one approver
    enrolled with a key the test knows: (service, approver, secret)."""
    from app.secrets.sealed import KdfParams
    from app.services.accounts import workspace_secret_store
    from app.services.approvals import ApprovalService
    from app.services.settings import ensure_workspace_uid

    sessions = context.opened.sessions
    service = ApprovalService(
        sessions,
        workspace_secret_store(sessions),
        ensure_workspace_uid(sessions),
        kdf=KdfParams(n=2**10),
    )
    monkeypatch.setattr(context, "approvals", lambda: service)
    enrolment = service.new_enrolment(APPROVER)
    approver = service.enrol(
        APPROVER, "Director", PASSPHRASE, enrolment, pyotp.TOTP(enrolment.secret).now()
    )
    return service, approver, enrolment.secret


def submitted(context, **changes):  # type: ignore[no-untyped-def]
    changes.setdefault("manual_checks", TICKS)
    post = new_post(context, **changes)
    return context.posts().submit_for_review(post.id)


def decide(approvals, post_id: int, decision: ApprovalDecision, comment: str = "") -> None:  # type: ignore[no-untyped-def]
    service, approver, secret = approvals
    service.decide(post_id, approver.id, PASSPHRASE, pyotp.TOTP(secret).now(), decision, comment)


def approved_post(context, approvals):  # type: ignore[no-untyped-def]
    post = submitted(context)
    decide(approvals, post.id, ApprovalDecision.APPROVED)
    assert stored(context, post.id).state == "approved"
    return post


def record_url(qtbot, dialog: PublicationDialog, platform: str, url: str) -> None:  # type: ignore[no-untyped-def]
    """Type the URL into the platform's row and press its Record button."""
    row = dialog.rows[platform]
    row.url.clear()
    qtbot.keyClicks(row.url, url)
    assert row.record.isEnabled()
    qtbot.mouseClick(row.record, Qt.MouseButton.LeftButton)


def what_column(dialog: AuditTrailDialog) -> list[str]:
    column = COLUMNS.index("what")
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def published_post(context, approvals):  # type: ignore[no-untyped-def]
    """A post approved and recorded on both its platforms, through the services."""
    import datetime as dt

    post = approved_post(context, approvals)
    publication = context.publication()
    now = dt.datetime.now(dt.UTC)
    publication.record(post.id, "facebook", now, FACEBOOK_URL)
    assert publication.record(post.id, "x", now, X_URL) == "published"
    return post


# --- publication ---------------------------------------------------------------------------


def test_record_every_platform_and_see_the_post_published(
    context, editor, approvals, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    post = approved_post(context, approvals)
    window = editor(post.id)
    assert window.publication_button.isEnabled()
    assert not window.archive_button.isEnabled()
    seen: dict[str, object] = {}

    def drive(self, dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PublicationDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        # One row per target platform, in platform order, nothing recorded yet.
        assert list(dialog.rows) == ["facebook", "x"]
        assert [r.status.text() for r in dialog.rows.values()] == ["not yet", "not yet"]
        for row in dialog.rows.values():
            assert row.url.layoutDirection() == Qt.LayoutDirection.LeftToRight
            assert row.when.isEnabled()
        # A Facebook post's URL on X's domain is refused under the Facebook row.
        record_url(qtbot, dialog, "facebook", X_URL)
        error = dialog.rows["facebook"].error
        assert error.isVisible()
        assert "Facebook" in error.text() and "x.com" in error.text()
        plain = error.text().replace("\u200e", "")
        assert "x.com is not an address of Facebook: use a link on facebook.com" in plain
        assert dialog.rows["facebook"].status.text() == "not yet"
        assert stored(context, post.id).state == "approved"
        assert not dialog.rows["x"].error.isVisible()

        record_url(qtbot, dialog, "facebook", FACEBOOK_URL)
        assert not dialog.rows["facebook"].error.isVisible()
        assert dialog.rows["facebook"].status.text() == "recorded"
        assert "1 of 2" in dialog.summary.text()
        assert stored(context, post.id).state == "approved"
        assert dialog.focusWidget() is dialog.rows["x"].url  # on to the next platform

        # Enter in the URL field records that row (and nothing else).
        qtbot.keyClicks(dialog.rows["x"].url, X_URL)
        qtbot.keyClick(dialog.rows["x"].url, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert [r.status.text() for r in dialog.rows.values()] == ["recorded", "recorded"]
        assert "the post is published" in dialog.summary.text()
        seen["summary"] = dialog.summary.text()
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PostEditor, "run_dialog", drive)
    qtbot.mouseClick(window.publication_button, Qt.MouseButton.LeftButton)
    assert "summary" in seen
    assert stored(context, post.id).state == "published"
    records = {r.platform: r.url for r in context.publication().records(post.id)}
    assert records == {"facebook": FACEBOOK_URL, "x": X_URL}
    # The editor follows: published, kept as it is, ready to be archived.
    assert window.state == "published" and window.read_only
    assert "Published" in window.state_label.text()
    assert window.archive_button.isEnabled() and window.publication_button.isEnabled()
    assert not window.review_button.isEnabled()

    monkeypatch.setattr(PostEditor, "confirm", lambda self, title, text: True)
    qtbot.mouseClick(window.archive_button, Qt.MouseButton.LeftButton)
    assert stored(context, post.id).state == "archived"
    assert window.state == "archived" and not window.archive_button.isEnabled()


def test_a_recorded_post_shows_its_records_and_refuses_a_post_not_approved(
    context, approvals, qtbot
) -> None:  # type: ignore[no-untyped-def]
    post = published_post(context, approvals)
    dialog = PublicationDialog(context, post.id)
    qtbot.addWidget(dialog)
    assert dialog.rows["facebook"].url.text() == FACEBOOK_URL
    assert dialog.rows["x"].status.text() == "recorded"
    assert dialog.rows["x"].record.text() == "Correct"
    assert "the post is published" in dialog.summary.text()

    draft = new_post(context, title="مسودة")
    waiting = PublicationDialog(context, draft.id)
    qtbot.addWidget(waiting)
    assert "Only an approved post" in waiting.summary.text()
    assert "Draft" in waiting.summary.text()
    assert not any(row.record.isEnabled() for row in waiting.rows.values())


# --- the audit trail --------------------------------------------------------------------------


def test_the_audit_trail_tells_the_story_and_is_verified(context, editor, approvals, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = published_post(context, approvals)
    window = editor(post.id)
    assert window.trail_button.isEnabled()
    qtbot.mouseClick(window.trail_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in window.findChildren(AuditTrailDialog))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    what = what_column(dialog)
    assert what == [
        "Submitted for approval (Draft → In review)",
        what[1],
        f"Publication recorded: Facebook, \u200e{FACEBOOK_URL}\u200e",
        f"Publication recorded: X, \u200e{X_URL}\u200e",
        "Published: every platform has a record (Approved → Published)",
    ]
    assert what[1].startswith("Approved (In review → Approved) — content ")
    # Who: the officer, and the approver by name.
    who = [dialog.table.item(r, COLUMNS.index("actor")).text() for r in range(5)]
    assert who == ["Officer", APPROVER, "Officer", "Officer", "Officer"]
    # The approved content's hash: 12 hex digits shown, the whole hash in the tooltip.
    digest = context.approvals().latest(post.id).content_hash
    assert what[1].endswith(f"\u200e{digest[:12]}\u200e")
    assert digest in dialog.table.item(1, COLUMNS.index("what")).toolTip()
    dialog.table.setCurrentCell(1, 0)
    assert digest in dialog.details.toPlainText()
    # The numbers are positions in the whole chain (the enrolment came first).
    numbers = [dialog.table.item(r, COLUMNS.index("number")).text() for r in range(5)]
    assert numbers == ["2", "3", "4", "5", "6"]

    result = context.audit().verify()
    assert dialog.status.text().startswith("Audit log verified: 6 entries")
    assert dialog.anchor.text() == f"6:{result.head_hash}"
    assert dialog.table.isColumnHidden(COLUMNS.index("chain"))
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == f"6:{result.head_hash}"
    assert context.audit().verify_anchor(dialog.anchor.text()).ok

    # Keyboard: Tab reaches the table, the full entry and the copy button.
    dialog.table.setFocus()
    reached = set()
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert {dialog.details, dialog.anchor, dialog.copy_button} <= reached


def test_a_tampered_entry_is_named_in_the_trail(context, approvals, qtbot) -> None:  # type: ignore[no-untyped-def]
    post = published_post(context, approvals)
    dialog = AuditTrailDialog(context, "post", post.id)
    qtbot.addWidget(dialog)
    approved = dialog.entries[1]
    assert approved.action == "post.approved"
    # Someone with the file turns the approver's decision into the officer's, by hand.
    conn = sqlite3.connect(context.workspace.db_path)
    try:
        with conn:
            changed = conn.execute(
                "UPDATE audit_entries SET actor = 'officer' WHERE hash = ?", (approved.hash,)
            ).rowcount
    finally:
        conn.close()
    assert changed == 1

    dialog.reload()
    number = approved.number
    assert dialog.status.text().startswith(f"The audit log is broken at entry {number}:")
    assert dialog.anchor.text() == "" and not dialog.copy_button.isEnabled()
    chain = COLUMNS.index("chain")
    assert not dialog.table.isColumnHidden(chain)
    marks = [dialog.table.item(r, chain).text() for r in range(dialog.table.rowCount())]
    assert marks == ["", "broken here", "after the break", "after the break", "after the break"]


# --- the editor's banners and the review button --------------------------------------------


def test_changes_requested_banner_carries_the_comment(context, editor, approvals) -> None:  # type: ignore[no-untyped-def]
    post = submitted(context)
    decide(
        approvals,
        post.id,
        ApprovalDecision.CHANGES_REQUESTED,
        "Add the registration deadline to both texts.",
    )
    window = editor(post.id)
    assert window.banner.isVisible()
    text = window.banner.text.text()
    assert text.startswith(f"Changes requested by \u2068{APPROVER}\u2069 on ")
    assert text.endswith(": \u2068Add the registration deadline to both texts.\u2069")
    assert not window._banner_is_error()
    assert not window.review_button.isEnabled() and not window.publication_button.isEnabled()
    assert window.submit_button.isEnabled()  # sent again once changed
    # The trail says who sent it back and why (the comment is kept with the approval).
    trail = window.show_audit_trail()
    assert what_column(trail)[1].startswith(
        "Changes requested (In review → Changes requested): “\u2068Add the registration deadline"
    )
    assert trail.table.item(1, COLUMNS.index("actor")).text() == APPROVER


def test_approved_banner_and_review_from_the_editor(
    context, editor, approvals, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.approvals.review import ReviewDialog

    _service, approver, secret = approvals
    post = submitted(context)
    window = editor(post.id)
    assert window.review_button.isEnabled()
    assert not window.publication_button.isEnabled()
    assert not window.banner.isVisible()

    def sign(self, dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ReviewDialog)
        qtbot.addWidget(dialog)
        dialog.choose_approver(approver.id)
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClicks(dialog.code_edit, pyotp.TOTP(secret).now())
        assert dialog.approve()
        return dialog.result()

    monkeypatch.setattr(PostEditor, "run_dialog", sign)
    qtbot.mouseClick(window.review_button, Qt.MouseButton.LeftButton)
    assert stored(context, post.id).state == "approved"
    assert window.state == "approved"
    assert "Approved" in window.state_label.text()
    text = window.banner.text.text()
    assert text.startswith(f"Approved by \u2068{APPROVER}\u2069 on ")
    assert text.endswith("Publish it by hand, then record where.")
    assert not window._banner_is_error()
    assert window.publication_button.isEnabled() and not window.review_button.isEnabled()

    # Reopened later, the banner is there from the start.
    window.close()
    again = editor(post.id)
    assert again.banner.isVisible()
    assert again.banner.text.text().startswith(f"Approved by \u2068{APPROVER}\u2069 on ")


def test_posts_page_offers_review_and_the_audit_trail(context, approvals, qtbot) -> None:  # type: ignore[no-untyped-def]
    waiting = submitted(context)
    draft = new_post(context, title="مسودة أخرى")
    page = PostsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.select_post(draft.id)
    assert not page.review_action.isEnabled() and page.trail_action.isEnabled()
    assert page.select_post(waiting.id)
    assert page.review_action.isEnabled()
    assert page.review_action in page.table.actions()

    shown = []
    page.run_dialog = lambda dialog: shown.append(dialog) or 0  # type: ignore[method-assign]
    page.review_action.trigger()
    assert shown and shown[0].post_id == waiting.id

    page.trail_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, AuditTrailDialog)
    assert what_column(dialog) == ["Submitted for approval (Draft → In review)"]
