"""``bayan audit verify``: status 0 with the count and head for an intact chain, 1 naming the first
broken entry, 2 with one line for bad input; ``--anchor N:HASH`` catches a rewritten chain."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import EXIT_AUDIT_BROKEN, EXIT_BAD_INPUT, EXIT_OK, main
from app.core.audit import GENESIS, entry_hash
from app.services.audit import AuditLog
from app.services.workspace import open_workspace
from app.store.workspace import Workspace


def one_line(text: str) -> str:
    assert text.endswith("\n") and text.count("\n") == 1, f"not exactly one line: {text!r}"
    return text.rstrip("\n")


@pytest.fixture
def ws_root(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    open_workspace(Workspace(root), create=True).close()
    return root


def append(root: Path, n: int) -> list[str]:
    opened = open_workspace(Workspace(root))
    try:
        log = AuditLog(opened.sessions)
        hashes = []
        for i in range(n):
            with opened.sessions.begin() as session:
                entry = log.append(session, "officer", "post.submitted", "post", i + 1, {"i": i})
                hashes.append(entry.hash)
        return hashes
    finally:
        opened.close()


def sql(root: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(Workspace(root).db_path)
    with conn:
        conn.execute(statement, params)
    conn.close()


def verify(root: Path, *extra: str) -> int:
    return main(["audit", "verify", "--workspace", str(root), *extra])


def test_an_empty_log_is_intact(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert verify(ws_root) == EXIT_OK
    assert one_line(capsys.readouterr().out) == f"audit chain: 0 entries, head {GENESIS}, intact"


def test_an_intact_chain(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hashes = append(ws_root, 3)
    assert verify(ws_root) == EXIT_OK
    assert one_line(capsys.readouterr().out) == f"audit chain: 3 entries, head {hashes[-1]}, intact"


def test_an_edited_entry_is_named(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    append(ws_root, 4)
    sql(ws_root, "UPDATE audit_entries SET details = ? WHERE id = 2", '{"i": 7}')
    assert verify(ws_root) == EXIT_AUDIT_BROKEN
    out = one_line(capsys.readouterr().out)
    assert out.startswith("audit chain broken at entry 2: ") and "content" in out


def test_a_deleted_entry_is_caught(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    append(ws_root, 4)
    sql(ws_root, "DELETE FROM audit_entries WHERE id = 3")
    assert verify(ws_root) == EXIT_AUDIT_BROKEN
    assert one_line(capsys.readouterr().out).startswith("audit chain broken at entry 4: ")


def test_reordered_hashes_are_caught(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hashes = append(ws_root, 3)
    sql(ws_root, "UPDATE audit_entries SET hash = 'tmp' WHERE id = 1")
    sql(ws_root, "UPDATE audit_entries SET hash = ? WHERE id = 2", hashes[0])
    sql(ws_root, "UPDATE audit_entries SET hash = ? WHERE id = 1", hashes[1])
    assert verify(ws_root) == EXIT_AUDIT_BROKEN
    assert one_line(capsys.readouterr().out).startswith("audit chain broken at entry 1: ")


def test_anchor_match_and_a_rewritten_chain(
    ws_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hashes = append(ws_root, 3)
    anchor = f"3:{hashes[-1]}"
    assert verify(ws_root, "--anchor", anchor) == EXIT_OK
    assert one_line(capsys.readouterr().out).endswith("intact, entry 3 matches the anchor")
    # Edit entry 2 and rewrite the chain after it: plain verify passes, the anchor does not.
    conn = sqlite3.connect(Workspace(ws_root).db_path)
    with conn:
        rows = conn.execute(
            "SELECT id, at, actor, action, entity, entity_id, details, prev_hash FROM audit_entries"
            " ORDER BY id"
        ).fetchall()
        prev = None
        for row_id, at, actor, action, entity, entity_id, details, prev_hash in rows:
            import datetime as dt

            when = dt.datetime.fromisoformat(at).replace(tzinfo=dt.UTC)
            data = json.loads(details)
            if row_id == 2:
                data = {"i": 99}
            prev = prev or prev_hash
            digest = entry_hash(prev, when, actor, action, entity, entity_id, data)
            conn.execute(
                "UPDATE audit_entries SET details = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (json.dumps(data), prev, digest, row_id),
            )
            prev = digest
    conn.close()
    assert verify(ws_root) == EXIT_OK
    capsys.readouterr()
    assert verify(ws_root, "--anchor", anchor) == EXIT_AUDIT_BROKEN
    out = one_line(capsys.readouterr().out)
    assert out.startswith("audit chain broken at entry 3: ") and "anchor" in out


def test_an_anchor_beyond_the_log(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hashes = append(ws_root, 2)
    assert verify(ws_root, "--anchor", f"5:{hashes[-1]}") == EXIT_AUDIT_BROKEN
    out = one_line(capsys.readouterr().out)
    assert out.startswith("audit chain broken: ") and "2 entries" in out


def test_json_output(ws_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hashes = append(ws_root, 2)
    sql(ws_root, "UPDATE audit_entries SET actor = 'x' WHERE id = 2")
    assert verify(ws_root, "--json") == EXIT_AUDIT_BROKEN
    report = json.loads(capsys.readouterr().out)
    assert report == {
        "ok": False,
        "entries": 2,
        "head": hashes[-1],
        "first_broken_id": 2,
        "reason": report["reason"],
        "anchor": None,
    }
    assert "content" in report["reason"]


@pytest.mark.parametrize("anchor", ["3", "0:" + "a" * 64, "3:abc", "three:" + "a" * 64])
def test_a_bad_anchor_is_one_line_status_2(
    ws_root: Path, capsys: pytest.CaptureFixture[str], anchor: str
) -> None:
    assert verify(ws_root, "--anchor", anchor) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert captured.out == ""
    assert one_line(captured.err).startswith("bayan audit: the anchor ")


def test_a_missing_workspace_is_one_line_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert verify(tmp_path / "nowhere") == EXIT_BAD_INPUT
    assert one_line(capsys.readouterr().err).startswith("bayan audit: ")
    assert not (tmp_path / "nowhere" / "bayan.db").exists()
