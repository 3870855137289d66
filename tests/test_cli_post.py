"""``bayan post submit|withdraw|publish|archive|trail``: the state machine from the command line.
Status 0 with the post's new state, 1 with one line on stderr when the change is refused, 2 for
bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, main
from app.services.posts import PostService
from app.services.workspace import open_workspace
from app.store.workspace import Workspace
from tests.services.approval_fixtures import approve_directly
from tests.services.post_fixtures import fields

TICKS = {"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True}
FB = "https://www.facebook.com/DemoCommission/posts/1234567890"
X = "https://x.com/DemoCommission/status/1790000000000000000"


@pytest.fixture
def ws_root(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    open_workspace(Workspace(root), create=True).close()
    return root


def new_post(root: Path, *, approved: bool = False) -> int:
    """A clean post for Facebook and X; signed an hour ago when ``approved``."""
    opened = open_workspace(Workspace(root))
    try:
        post = PostService(opened.sessions, opened.workspace.media_dir).create(
            fields(manual_checks=TICKS)
        )
        if approved:
            approve_directly(opened, post.id, dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
        return post.id
    finally:
        opened.close()


def state_of(root: Path, post_id: int) -> str:
    opened = open_workspace(Workspace(root))
    try:
        return PostService(opened.sessions, opened.workspace.media_dir).get(post_id).state
    finally:
        opened.close()


def post(root: Path, *args: str) -> int:
    action, *rest = args
    return main(["post", action, "--workspace", str(root), *rest])


def test_submit_and_withdraw(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    post_id = new_post(ws_root)
    assert post(ws_root, "submit", str(post_id)) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"post {post_id} is in review"
    assert state_of(ws_root, post_id) == "in_review"

    assert post(ws_root, "withdraw", str(post_id), "--note", "the event was cancelled") == EXIT_OK
    assert capsys.readouterr().out.strip() == f"post {post_id} is withdrawn"
    assert post(ws_root, "trail", str(post_id)) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[3] for line in lines] == ["post.submitted", "post.withdrawn"]
    number, _at, actor, _action, details, digest = lines[1].split("\t")
    assert number == "2" and actor == "officer" and len(digest) == 64
    assert json.loads(details) == {"from": "in_review", "to": "withdrawn"}
    assert main(["audit", "verify", "--workspace", str(ws_root), "--anchor", f"2:{digest}"]) == 0


def test_a_forbidden_transition_is_refused_on_stderr(
    ws_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post_id = new_post(ws_root)
    assert post(ws_root, "archive", str(post_id)) == EXIT_REFUSED
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == (
        "bayan post archive: refused: a post cannot go from draft to archived"
    )
    assert post(ws_root, "publish", str(post_id), "--platform", "x", "--url", X) == EXIT_REFUSED
    assert "draft to published" in capsys.readouterr().err
    assert state_of(ws_root, post_id) == "draft"


def test_submitting_with_a_blocker_is_refused(
    ws_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opened = open_workspace(Workspace(ws_root))
    try:
        post_id = (
            PostService(opened.sessions, opened.workspace.media_dir)
            .create(fields(text_ar="يبدأ التسجيـــل للانتخابات اليوم.", manual_checks=TICKS))
            .id
        )
    finally:
        opened.close()
    assert post(ws_root, "submit", str(post_id)) == EXIT_REFUSED
    assert "AR-TATWEEL-1" in capsys.readouterr().err


def test_publish_every_platform_then_archive(
    ws_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post_id = new_post(ws_root, approved=True)
    assert post(ws_root, "publish", str(post_id), "--platform", "x", "--url", X) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[-1] == f"post {post_id} is approved"
    went_live = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)).replace(microsecond=0)
    at = went_live.astimezone(dt.timezone(dt.timedelta(hours=3))).isoformat()
    args = ("--platform", "facebook", "--url", FB, "--at", at)
    assert post(ws_root, "publish", str(post_id), *args) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[-1] == f"post {post_id} is published"
    assert post(ws_root, "archive", str(post_id)) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"post {post_id} is archived"

    assert post(ws_root, "trail", str(post_id), "--json") == EXIT_OK
    trail = json.loads(capsys.readouterr().out)
    assert [e["action"] for e in trail] == [
        "publication.recorded",
        "publication.recorded",
        "post.published",
        "post.archived",
    ]
    assert trail[1]["details"]["platform"] == "facebook"
    assert dt.datetime.fromisoformat(trail[1]["details"]["published_at"]) == went_live
    assert [e["number"] for e in trail] == [1, 2, 3, 4]


def test_a_url_off_the_platforms_domain_is_refused(
    ws_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post_id = new_post(ws_root, approved=True)
    assert post(ws_root, "publish", str(post_id), "--platform", "facebook", "--url", X) == (
        EXIT_REFUSED
    )
    err = capsys.readouterr().err
    assert err.startswith("bayan post publish: refused: ") and "facebook" in err
    assert err.count("\n") == 1
    assert state_of(ws_root, post_id) == "approved"


def test_bad_input_exits_2(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    post_id = new_post(ws_root, approved=True)
    assert post(ws_root, "trail", "999") == EXIT_BAD_INPUT
    assert "no post 999" in capsys.readouterr().err
    args = ("--platform", "x", "--url", X, "--at", "yesterday")
    assert post(ws_root, "publish", str(post_id), *args) == EXIT_BAD_INPUT
    assert "--at 'yesterday' is not a date and time" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        post(ws_root, "submit", "one")
    assert caught.value.code == EXIT_BAD_INPUT
