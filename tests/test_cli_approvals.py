"""``bayan approvers`` and ``bayan approve``: the passphrase and code read from standard input (or
hidden from a terminal), status 0 with the new state, 1 for a refused signature or decision, 2
for bad input; no secret in any output."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pyotp
import pytest

from app.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, main
from app.secrets.sealed import KdfParams
from app.services.accounts import workspace_secret_store
from app.services.approvals import ApprovalService
from app.services.posts import PostService
from app.services.settings import ensure_workspace_uid
from app.services.workspace import open_workspace
from app.store.workspace import Workspace
from tests.services.post_fixtures import fields

TICKS = {"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True}
PASSPHRASE = "olive grove at dawn"
NAME = "Omar Haddad"


def one_line(text: str) -> str:
    assert text.endswith("\n") and text.count("\n") == 1, f"not exactly one line: {text!r}"
    return text.rstrip("\n")


class Setup:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.secret = ""
        self.approver = 0

    def open(self):  # type: ignore[no-untyped-def]
        return open_workspace(Workspace(self.root))

    def approvals(self, opened) -> ApprovalService:  # type: ignore[no-untyped-def]
        sessions = opened.sessions
        return ApprovalService(
            sessions,
            workspace_secret_store(sessions),
            ensure_workspace_uid(sessions),
            kdf=KdfParams(n=2**10),
        )

    def enrol(self) -> int:
        opened = self.open()
        try:
            service = self.approvals(opened)
            enrolment = service.new_enrolment(NAME)
            self.secret = enrolment.secret
            code = pyotp.TOTP(self.secret).now()
            self.approver = service.enrol(NAME, "Director", PASSPHRASE, enrolment, code).id
            return self.approver
        finally:
            opened.close()

    def post(self, submit: bool = True) -> int:
        opened = self.open()
        try:
            posts = PostService(opened.sessions, opened.workspace.media_dir)
            post = posts.create(fields(manual_checks=TICKS))
            return posts.submit_for_review(post.id).id if submit else post.id
        finally:
            opened.close()

    def state(self, post_id: int) -> str:
        opened = self.open()
        try:
            return PostService(opened.sessions, opened.workspace.media_dir).get(post_id).state
        finally:
            opened.close()

    def code(self, steps: int = 0) -> str:
        now = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30 * steps)
        return pyotp.TOTP(self.secret).at(now)


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    root = tmp_path / "ws"
    open_workspace(Workspace(root), create=True).close()
    return Setup(root)


def approve(
    setup: Setup, monkeypatch: pytest.MonkeyPatch, post_id: int, stdin: str, *extra: str
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    args = ["approve", "--workspace", str(setup.root), str(post_id)]
    return main([*args, "--approver", str(setup.approver), *extra])


def test_approvers_lists_id_name_title_enrolled_and_lock(setup: Setup, capsys) -> None:
    assert main(["approvers", "--workspace", str(setup.root)]) == EXIT_OK
    assert one_line(capsys.readouterr().out).startswith("no approvers")
    approver = setup.enrol()
    assert main(["approvers", "--workspace", str(setup.root), "--json"]) == EXIT_OK
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1
    row = rows[0]
    assert (row["id"], row["name"], row["title"]) == (approver, NAME, "Director")
    assert (row["locked"], row["locked_until"], row["has_key"]) == (False, None, True)
    assert dt.datetime.fromisoformat(row["enrolled"]).date() == dt.datetime.now(dt.UTC).date()
    assert main(["approvers", "--workspace", str(setup.root)]) == EXIT_OK
    line = one_line(capsys.readouterr().out)
    assert line.startswith(f"{approver}\t{NAME} (Director)\tenrolled ")
    assert "locked" not in line


def test_approve_reads_the_passphrase_and_code_from_stdin(
    setup: Setup, monkeypatch, capsys
) -> None:
    setup.enrol()
    post_id = setup.post()
    code = setup.code()
    assert approve(setup, monkeypatch, post_id, f"{PASSPHRASE}\n{code}\n") == EXIT_OK
    out, err = capsys.readouterr()
    assert one_line(out).startswith(f"post {post_id}: approved by {NAME} (decision ")
    assert err == ""
    assert PASSPHRASE not in out and code not in out
    assert setup.state(post_id) == "approved"


def test_a_wrong_passphrase_exits_1_and_says_how_many_attempts_are_left(
    setup: Setup, monkeypatch, capsys
) -> None:
    setup.enrol()
    post_id = setup.post()
    code = setup.code()
    status = approve(setup, monkeypatch, post_id, f"not my passphrase\n{code}\n")
    assert status == EXIT_REFUSED
    out, err = capsys.readouterr()
    assert out == ""
    assert one_line(err) == (
        "bayan approve: refused: The passphrase or the code is not right; "
        "4 attempts left before a 15-minute lock"
    )
    assert code not in err and "not my passphrase" not in err
    assert setup.state(post_id) == "in_review"
    # The same code still signs: it was not used.
    assert approve(setup, monkeypatch, post_id, f"{PASSPHRASE}\r\n{code}") == EXIT_OK


def test_a_reused_code_is_refused(setup: Setup, monkeypatch, capsys) -> None:
    setup.enrol()
    first, second = setup.post(), setup.post()
    code = setup.code(1)
    assert approve(setup, monkeypatch, first, f"{PASSPHRASE}\n{code}\n") == EXIT_OK
    capsys.readouterr()
    assert approve(setup, monkeypatch, second, f"{PASSPHRASE}\n{code}\n") == EXIT_REFUSED
    assert "already used" in one_line(capsys.readouterr().err)
    assert setup.state(second) == "in_review"


def test_request_changes_with_a_comment(setup: Setup, monkeypatch, capsys) -> None:
    setup.enrol()
    post_id = setup.post()
    stdin = f"{PASSPHRASE}\n{setup.code()}\n"
    status = approve(setup, monkeypatch, post_id, stdin, "--request-changes", "Add the date.")
    assert status == EXIT_OK
    assert one_line(capsys.readouterr().out).startswith(f"post {post_id}: changes_requested by")
    assert setup.state(post_id) == "changes_requested"
    status = approve(setup, monkeypatch, post_id, stdin, "--request-changes", "  ")
    assert status == EXIT_BAD_INPUT
    assert "comment" in one_line(capsys.readouterr().err)


def test_a_draft_is_refused_with_status_1(setup: Setup, monkeypatch, capsys) -> None:
    setup.enrol()
    post_id = setup.post(submit=False)
    status = approve(setup, monkeypatch, post_id, f"{PASSPHRASE}\n{setup.code()}\n")
    assert status == EXIT_REFUSED
    assert "from draft to approved" in one_line(capsys.readouterr().err)
    assert setup.state(post_id) == "draft"


def test_bad_input_exits_2(setup: Setup, monkeypatch, capsys) -> None:
    setup.enrol()
    post_id = setup.post()
    assert approve(setup, monkeypatch, post_id, f"{PASSPHRASE}\n") == EXIT_BAD_INPUT
    assert "second" in one_line(capsys.readouterr().err)
    assert approve(setup, monkeypatch, post_id, "") == EXIT_BAD_INPUT
    capsys.readouterr()
    setup.approver = 99
    assert approve(setup, monkeypatch, post_id, f"{PASSPHRASE}\n{setup.code()}\n") == 2
    assert "no approver 99" in one_line(capsys.readouterr().err)
    assert setup.state(post_id) == "in_review"


def test_five_failures_lock_and_approvers_says_so(setup: Setup, monkeypatch, capsys) -> None:
    setup.enrol()
    post_id = setup.post()
    for _ in range(5):
        assert approve(setup, monkeypatch, post_id, "wrong passphrase\n000000\n") == EXIT_REFUSED
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 5 and "1 attempt left" in lines[3]
    assert "locked for 15 minutes" in lines[4]
    status = approve(setup, monkeypatch, post_id, f"{PASSPHRASE}\n{setup.code()}\n")
    assert status == EXIT_REFUSED
    assert "locked" in one_line(capsys.readouterr().err)
    assert main(["approvers", "--workspace", str(setup.root)]) == EXIT_OK
    assert "locked until" in one_line(capsys.readouterr().out)
    assert main(["approvers", "--workspace", str(setup.root), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)[0]["locked"] is True


def test_on_a_terminal_the_passphrase_is_read_hidden(setup: Setup, monkeypatch, capsys) -> None:
    import builtins
    import getpass

    setup.enrol()
    post_id = setup.post()
    code = setup.code()
    prompts: list[str] = []

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def hidden(prompt: str = "") -> str:
        prompts.append(prompt)
        return PASSPHRASE

    def typed(prompt: str = "") -> str:
        prompts.append(prompt)
        return code

    monkeypatch.setattr(getpass, "getpass", hidden)
    monkeypatch.setattr(builtins, "input", typed)
    monkeypatch.setattr("sys.stdin", Terminal(""))
    args = ["approve", "--workspace", str(setup.root), str(post_id)]
    assert main([*args, "--approver", str(setup.approver)]) == EXIT_OK
    assert prompts == ["Passphrase: ", "Code from the authenticator app: "]
    assert setup.state(post_id) == "approved"
