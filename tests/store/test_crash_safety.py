"""Killing Bayan at any moment loses nothing committed and never damages the database.

A child process (``tests/crash_child.py``) writes posts, post edits, inquiries and audit entries
through the real services and prints each change once it is committed; the test kills it with
SIGKILL at random moments (seeded), restarts it on the same workspace, and after every kill
checks ``PRAGMA integrity_check``, that every change the child ever reported is there with its
content, and that the audit chain verifies.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.crash_child import AUDIT_ACTION, tag_of

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[2]
KILLS = 30
SEED = 20261125
READY_TIMEOUT_S = 60


@dataclass
class Reported:
    """Every change the children reported as committed, across all runs."""

    posts: dict[int, list[tuple[str, bool]]] = field(default_factory=dict)  # id -> (title, rev)
    inquiries: dict[int, str] = field(default_factory=dict)
    audit: dict[int, str] = field(default_factory=dict)
    count: int = 0

    def read(self, out: Path) -> int:
        """Take the lines of one run; returns how many changes it reported."""
        lines = out.read_text(encoding="utf-8").splitlines()
        # A kill can cut the last line short: only whole lines (ending in "\n") count.
        if lines and not out.read_bytes().endswith(b"\n"):
            lines = lines[:-1]
        changes = 0
        for line in lines:
            if line == "ready":
                continue
            verb, ident, rest = line.split(" ", 2)
            key = int(ident)
            if verb in ("post", "autosave"):
                self.posts.setdefault(key, []).append((rest, verb == "post"))
            elif verb == "inquiry":
                self.inquiries[key] = rest
            elif verb == "audit":
                self.audit[key] = rest
            else:
                raise AssertionError(f"unexpected line from the child: {line!r}")
            changes += 1
        self.count += changes
        return changes


def start_child(root: Path, run: int, out: Path) -> subprocess.Popen[bytes]:
    with out.open("wb") as fh:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.crash_child", str(root), str(run), str(SEED + run)],
            cwd=REPO,
            stdout=fh,
            stderr=subprocess.PIPE,
        )


def wait_ready(child: subprocess.Popen[bytes], out: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if out.read_bytes().startswith(b"ready\n"):
            return
        if child.poll() is not None:
            err = child.stderr.read().decode() if child.stderr else ""
            stop(child)
            raise AssertionError(f"the child ended (status {child.returncode}):\n{err}")
        time.sleep(0.01)
    stop(child)
    raise AssertionError("the child did not get ready")


def wait_lines(child: subprocess.Popen[bytes], out: Path, changes: int) -> None:
    """Until the child has reported ``changes`` committed changes (so a slow machine still
    kills it while it writes, not while it starts)."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline and child.poll() is None:
        if out.read_bytes().count(b"\n") > changes:  # "ready" and the changes
            return
        time.sleep(0.002)


def stop(child: subprocess.Popen[bytes]) -> None:
    """SIGKILL (if still running), reap, close the pipe."""
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    if child.stderr is not None:
        child.stderr.close()


def check_workspace(root: Path, reported: Reported, *, as_bayan: bool = False) -> None:
    """Read-only checks, which leave the killed child's WAL for the next child to recover (as
    Bayan started again after a crash would); ``as_bayan``: through ``open_workspace`` too."""
    from app.store.health import readonly_connect

    db = root / "bayan.db"
    conn = readonly_connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

        for post_id, versions in reported.posts.items():
            row = conn.execute(
                "SELECT title, text_en FROM posts WHERE id = ?", (post_id,)
            ).fetchone()
            assert row is not None, f"post {post_id} was reported committed but is missing"
            title, text_en = row
            # The post holds the last reported version, or one written after it whose line
            # the kill cut off; never an older one.
            last_title = versions[-1][0]
            assert tag_of(title) >= tag_of(last_title), (post_id, title, last_title)
            assert text_en.split()[-1] == title.removeprefix("crash "), (post_id, text_en)
            snapshots = [
                json.loads(s)
                for (s,) in conn.execute(
                    "SELECT snapshot FROM post_revisions WHERE post_id = ?", (post_id,)
                )
            ]
            kept = {(s["title"], s["text_en"].split()[-1]) for s in snapshots}
            for version, revised in versions:
                if revised:  # created or saved explicitly: its revision is in the history
                    assert (version, version.removeprefix("crash ")) in kept, (post_id, version)

        for inquiry_id, subject in reported.inquiries.items():
            row = conn.execute(
                "SELECT subject, text FROM inquiries WHERE id = ?", (inquiry_id,)
            ).fetchone()
            assert row is not None, f"inquiry {inquiry_id} was reported committed but is missing"
            assert row[0] == subject
            assert subject.removeprefix("crash ") in row[1]

        for entry_id, tag in reported.audit.items():
            row = conn.execute(
                "SELECT action, details FROM audit_entries WHERE id = ?", (entry_id,)
            ).fetchone()
            assert row is not None, f"audit entry {entry_id} was reported committed but is missing"
            assert row[0] == AUDIT_ACTION
            assert json.loads(row[1]) == {"tag": tag}
    finally:
        conn.close()

    # The chain, checked by the code behind ``bayan audit verify``.
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    from app.services.audit import AuditLog

    engine = create_engine("sqlite://", creator=lambda: readonly_connect(db))
    try:
        result = AuditLog(sessionmaker(engine)).verify()
    finally:
        engine.dispose()
    assert result.ok, result
    assert result.count >= len(reported.audit)

    if as_bayan:
        from app.services.workspace import open_workspace
        from app.store.workspace import Workspace

        opened = open_workspace(Workspace(root))  # its full integrity check passes too
        try:
            assert AuditLog(opened.sessions).verify().ok
        finally:
            opened.close()


def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    root = tmp_path / "workspace"
    open_workspace(Workspace(root), create=True).close()
    rng = random.Random(SEED)
    reported = Reported()
    kills = 0
    early_kills = 0  # before it was ready to write
    hot_wals = 0  # kills that left a WAL behind, for the next child to recover
    expected = 0  # changes the runs were let make at least
    started = time.monotonic()
    for run in range(1, KILLS + 1):
        out = tmp_path / f"run-{run}.out"
        child = start_child(root, run, out)
        if run % 7 == 0:
            # Now and then at any moment from its start: often while it is still opening the
            # workspace (imports, lock, integrity check, recovering the WAL).
            time.sleep(rng.uniform(0.05, 0.6))
        else:
            wait_ready(child, out)
            # After a random number of commits, at a random moment of the next one's work.
            at_least = rng.randint(0, 25)
            wait_lines(child, out, at_least)
            expected += at_least
            time.sleep(rng.uniform(0.0, 0.03))
        if child.poll() is not None:
            err = child.stderr.read().decode() if child.stderr else ""
            stop(child)
            raise AssertionError(f"the child stopped by itself ({child.returncode}):\n{err}")
        stop(child)
        assert child.returncode == -signal.SIGKILL
        kills += 1
        early_kills += not out.read_bytes().startswith(b"ready\n")
        reported.read(out)
        check_workspace(root, reported)
        wal = root / "bayan.db-wal"
        hot_wals += wal.exists() and wal.stat().st_size > 0
    check_workspace(root, reported, as_bayan=True)
    elapsed = time.monotonic() - started

    assert kills >= 20
    assert reported.count >= expected >= 200
    assert reported.audit and reported.inquiries and reported.posts
    summary = (
        f"crash safety: {kills} SIGKILLs ({early_kills} while opening), "
        f"{reported.count} committed changes reported and verified after each later kill "
        f"({len(reported.posts)} posts, {len(reported.inquiries)} inquiries, "
        f"{len(reported.audit)} audit entries); {hot_wals} kills left a WAL to recover; "
        f"{elapsed:.1f} s"
    )
    with capsys.disabled():
        print("\n" + summary)


def test_the_check_sees_a_lost_change_and_a_broken_chain(tmp_path: Path) -> None:
    """The checks above can fail: a reported change removed, or an audit entry altered."""
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    root = tmp_path / "workspace"
    open_workspace(Workspace(root), create=True).close()
    out = tmp_path / "run.out"
    child = start_child(root, 1, out)
    wait_ready(child, out)
    deadline = time.monotonic() + 30
    reported = Reported()
    while time.monotonic() < deadline:
        time.sleep(0.2)
        probe = Reported()
        probe.read(out)
        if probe.inquiries and len(probe.audit) >= 2:
            break
    stop(child)
    reported.read(out)
    assert reported.inquiries and len(reported.audit) >= 2
    check_workspace(root, reported)

    db = sqlite3.connect(root / "bayan.db")
    with db:
        db.execute("DELETE FROM inquiries WHERE id = ?", (max(reported.inquiries),))
    with pytest.raises(AssertionError, match=r"inquiry \d+ was reported committed but is missing"):
        check_workspace(root, reported)
    del reported.inquiries[max(reported.inquiries)]
    check_workspace(root, reported)

    with db:
        db.execute(
            "UPDATE audit_entries SET actor = 'someone else' WHERE id = ?", (min(reported.audit),)
        )
    db.close()
    with pytest.raises(AssertionError, match=r"VerifyResult\(ok=False"):
        check_workspace(root, reported)
