"""A full disk or a read-only workspace: a plain message, the change rolled back, nothing that was
already stored changed, and the next attempt works once the trouble is gone."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.errors import BayanError, DiskFull, WorkspaceError, WorkspaceReadOnly
from app.services.audit import AuditLog
from app.services.inquiries import InquiryFields, InquiryService
from app.services.posts import PostService
from app.store import health
from app.store.storage_errors import storage_error
from tests.services.disk_trouble import (
    FULL,
    READ_ONLY,
    disk_full,
    failing_commit,
    failing_writes,
    read_only,
)
from tests.services.post_fixtures import count, fields, post_row

# The ways of making trouble are SQLite's (PRAGMAs, the sqlite3 driver's errors).
pytestmark = pytest.mark.sqlite_only

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

# A text that needs new pages wherever it goes (the post row, its revision, the search index).
LONG = "نص طويل يحتاج إلى صفحات جديدة في قاعدة البيانات. " * 400

TROUBLES = {
    "disk full": (disk_full, DiskFull),
    "read-only": (read_only, WorkspaceReadOnly),
    "commit fails: disk full": (lambda e: failing_commit(e, FULL), DiskFull),
    "commit fails: read-only": (lambda e: failing_commit(e, READ_ONLY), WorkspaceReadOnly),
    "writes fail: disk full": (lambda e: failing_writes(e, FULL), DiskFull),
    "writes fail: read-only": (lambda e: failing_writes(e, READ_ONLY), WorkspaceReadOnly),
}


def rows(workspace, table: str) -> list[tuple[Any, ...]]:
    from sqlalchemy import text

    with workspace.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]


def snapshot(workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the search index's too)."""
    from sqlalchemy import text

    with workspace.engine.connect() as conn:
        tables = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).scalars()
        return {
            table: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1'))]
            for table in list(tables)
        }


def check_message(exc: BayanError, expected: type[BayanError], workspace) -> None:
    message = str(exc)
    assert "\n" not in message
    assert "nothing was saved" in message
    if expected is DiskFull:
        assert message.startswith("the disk is full")
        assert "free some space and try again" in message
    else:
        assert message.startswith(f"the workspace {workspace.workspace.root} is read-only")
        assert isinstance(exc, WorkspaceError)
    # Neither the SQL nor what was being written (personal data, post texts) is in it.
    for leak in ("INSERT", "UPDATE", "[SQL", "parameters", "نص"):
        assert leak not in message


@pytest.fixture(params=list(TROUBLES), ids=list(TROUBLES))
def trouble(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return TROUBLES[request.param]


def test_saving_a_post_changes_nothing_and_says_why(
    workspace, service: PostService, trouble
) -> None:  # type: ignore[no-untyped-def]
    make, expected = trouble
    post = service.create(fields())
    before = snapshot(workspace)
    row = post_row(workspace, post.id)
    with make(workspace.engine), pytest.raises(expected) as caught:
        service.save(post.id, fields(text_ar=LONG, title="عنوان جديد"))
    check_message(caught.value, expected, workspace)
    assert snapshot(workspace) == before
    assert post_row(workspace, post.id) == row
    # The trouble gone (space freed, permission given), the same service saves.
    saved = service.save(post.id, fields(text_ar=LONG, title="عنوان جديد"))
    assert saved.post.fields.text_ar == LONG
    assert count(workspace, "post_revisions") == len(before["post_revisions"]) + 1


def test_creating_records_changes_nothing(workspace, service: PostService, trouble) -> None:  # type: ignore[no-untyped-def]
    make, expected = trouble
    inquiries = InquiryService(workspace.sessions)
    service.create(fields())
    before = snapshot(workspace)
    with make(workspace.engine):
        with pytest.raises(expected):
            service.create(fields(text_ar=LONG))
        with pytest.raises(expected):
            inquiries.create(InquiryFields(channel="email", kind="inquiry", text=LONG))
    assert snapshot(workspace) == before
    assert inquiries.create(InquiryFields(channel="email", kind="inquiry", text=LONG)).id


def test_the_audit_chain_stays_whole(workspace, clock) -> None:  # type: ignore[no-untyped-def]
    log = AuditLog(workspace.sessions, clock)

    def append(n: int) -> None:
        with workspace.sessions.begin() as session:
            log.append(session, "officer", "test.tick", "test", None, {"n": n, "pad": LONG})

    append(1)
    before = rows(workspace, "audit_entries")
    for make, expected in TROUBLES.values():
        with make(workspace.engine), pytest.raises(expected):
            append(2)
        assert rows(workspace, "audit_entries") == before
    append(2)
    result = log.verify()
    assert result.ok and result.count == 2


def test_a_withdrawal_with_its_audit_entry_is_all_or_nothing(
    workspace, service: PostService
) -> None:  # type: ignore[no-untyped-def]
    post = service.create(fields())
    before = snapshot(workspace)
    with failing_commit(workspace.engine), pytest.raises(DiskFull):
        service.withdraw(post.id, note=LONG)
    assert snapshot(workspace) == before
    assert service.get(post.id).state == "draft"
    assert service.withdraw(post.id, note="cancelled").state == "withdrawn"


def test_attaching_media_on_a_full_disk_stores_nothing(
    workspace, service: PostService, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.services.posts import MediaError

    post = service.create(fields())
    source = tmp_path / "poster.png"
    source.write_bytes(PNG)
    media_dir = workspace.workspace.media_dir
    before = snapshot(workspace)

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", no_space)  # the copy into the media store cannot be written
        with pytest.raises(MediaError) as caught:
            service.attach_media(post.id, source)
    # Not "cannot read poster.png": the original is fine, the disk is full.
    assert str(caught.value) == (
        f"the disk is full: poster.png was not stored in {media_dir}; nothing was saved; "
        "free some space and try again"
    )
    assert [p for p in media_dir.rglob("*") if p.is_file()] == []

    # The file is stored, then the database cannot take the record: the file goes again.
    with failing_commit(workspace.engine), pytest.raises(DiskFull):
        service.attach_media(post.id, source)
    assert [p for p in media_dir.rglob("*") if p.is_file()] == []
    assert snapshot(workspace) == before
    assert service.attach_media(post.id, source).path.read_bytes() == PNG


# --- recognising the trouble ------------------------------------------------------------------


def sqlite_error(message: str, code: int | None) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    if code is not None:
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


class FakePgError(Exception):
    """What psycopg raises carries the SQLSTATE."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__("server says no")
        self.sqlstate = sqlstate


FakePgError.__module__ = "psycopg.errors"


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (sqlite_error("database or disk is full", 13), DiskFull),
        (sqlite_error("database or disk is full", None), DiskFull),
        (sqlite_error("attempt to write a readonly database", 8), WorkspaceReadOnly),
        (sqlite_error("attempt to write a readonly database", 1544), WorkspaceReadOnly),
        (sqlite_error("attempt to write a readonly database", None), WorkspaceReadOnly),
        (OSError(errno.ENOSPC, "No space left on device"), DiskFull),
        (OSError(errno.EROFS, "Read-only file system"), WorkspaceReadOnly),
        (PermissionError(errno.EACCES, "Permission denied"), WorkspaceReadOnly),
        (FakePgError("53100"), DiskFull),
        (FakePgError("25006"), WorkspaceReadOnly),
        (sqlite_error("database is locked", 5), None),
        (sqlite_error("database disk image is malformed", 11), None),
        (ValueError("database or disk is full"), None),  # not from a database or the disk
        (FakePgError("23505"), None),
        (OSError(errno.ENOENT, "No such file or directory"), None),
    ],
)
def test_storage_error_recognises_the_trouble(exc: BaseException, expected: type | None) -> None:
    found = storage_error(exc, Path("/ws"))
    if expected is None:
        assert found is None
    else:
        assert type(found) is expected
        assert "/ws" in str(found)


def test_storage_error_looks_inside_sqlalchemys_error() -> None:
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT INTO posts ...", {}, sqlite_error(FULL, 13))
    assert isinstance(storage_error(wrapped), DiskFull)


def test_opening_a_read_only_workspace_is_not_called_damage(tmp_path: Path) -> None:
    db = tmp_path / "bayan.db"
    assert isinstance(health.database_error(db, sqlite_error(READ_ONLY, 1544)), WorkspaceReadOnly)
    assert isinstance(health.database_error(db, sqlite_error(FULL, 13)), DiskFull)
    assert not isinstance(
        health.database_error(db, sqlite_error("malformed", 11)), (DiskFull, WorkspaceReadOnly)
    )


def test_a_lock_in_a_read_only_folder_says_so(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.store import lock as lock_module

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(lock_module, "open", refuse, raising=False)
    with pytest.raises(WorkspaceReadOnly, match="is read-only"):
        lock_module.WorkspaceLock(tmp_path).acquire()


# --- the command line -------------------------------------------------------------------------


def test_the_cli_says_the_disk_is_full_and_changes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

    from app.cli import EXIT_BAD_INPUT, main
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    root = tmp_path / "ws"
    opened = open_workspace(Workspace(root), create=True)
    post = PostService(opened.sessions, opened.workspace.media_dir).create(
        fields(manual_checks={"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True})
    )
    before = snapshot(opened)
    opened.close()

    def refuse(self: Any, dbapi_conn: Any) -> None:
        raise sqlite3.OperationalError(FULL)

    real = SQLiteDialect_pysqlite.do_commit
    SQLiteDialect_pysqlite.do_commit = refuse  # type: ignore[method-assign]
    try:
        status = main(["post", "submit", "--workspace", str(root), str(post.id)])
    finally:
        SQLiteDialect_pysqlite.do_commit = real  # type: ignore[method-assign]
    err = capsys.readouterr().err
    assert status == EXIT_BAD_INPUT
    assert err.startswith("bayan post: the disk is full (writing to ")
    assert "nothing was saved; free some space and try again" in err
    assert "Traceback" not in err and "[SQL" not in err
    opened = open_workspace(Workspace(root))
    try:
        assert snapshot(opened) == before
    finally:
        opened.close()


def _cant_write_as_root() -> bool:
    """Root ignores file permissions; ``setpriv`` can take that power away from a child."""
    if os.geteuid() != 0:
        return True
    if shutil.which("setpriv") is None:
        return False
    probe = subprocess.run(
        ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def _as_ordinary_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", *command]


@pytest.mark.skipif(
    not _cant_write_as_root(), reason="running as root without setpriv: permissions do not bind"
)
@pytest.mark.parametrize("what", ["folder and files", "database file"])
def test_a_really_read_only_workspace(tmp_path: Path, what: str) -> None:
    """Real file permissions (as root, in a child that has lost the power to ignore them)."""
    import hashlib

    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    root = tmp_path / "ws"
    opened = open_workspace(Workspace(root), create=True)
    post = PostService(opened.sessions, opened.workspace.media_dir).create(
        fields(manual_checks={"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True})
    )
    opened.close()
    files = sorted(p for p in root.rglob("*") if p.is_file())
    digests = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    for path in files:
        if what == "folder and files" or path.name == "bayan.db":
            path.chmod(0o444)
    if what == "folder and files":
        for folder in (root / "media", root / "backups", root):
            folder.chmod(0o555)
    try:
        done = subprocess.run(
            _as_ordinary_user(
                [
                    sys.executable,
                    "-m",
                    "app",
                    "post",
                    "submit",
                    "--workspace",
                    str(root),
                    str(post.id),
                ]
            ),
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
            timeout=120,
            check=False,
        )
    finally:
        for folder in (root, root / "media", root / "backups"):
            folder.chmod(0o755)
        for path in root.rglob("*"):
            if path.is_file():
                path.chmod(0o644)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"bayan post: the workspace {root} is read-only"), done.stderr
    assert "nothing was saved" in done.stderr
    assert "Traceback" not in done.stderr
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in files} == digests


def test_team_mode_names_the_server_not_a_folder() -> None:
    full = storage_error(FakePgError("53100"), server="db.example/bayan")
    assert str(full) == (
        "the disk of the team database server db.example/bayan is full: nothing was saved; "
        "ask its administrator to free some space, then try again"
    )
    read_only = storage_error(FakePgError("25006"), server="db.example/bayan")
    assert isinstance(read_only, WorkspaceReadOnly)
    assert str(read_only).startswith("the team database db.example/bayan is read-only")


def test_the_cli_says_a_report_cannot_be_written_on_a_full_disk(
    workspace, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from reportlab.platypus import SimpleDocTemplate

    from app.cli import EXIT_BAD_INPUT, main

    def full(self: Any, *_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", self.filename)

    monkeypatch.setattr(SimpleDocTemplate, "build", full)
    root = workspace.workspace.root
    workspace.close()
    out = tmp_path / "october.pdf"
    argv = ["report", "--workspace", str(root), "--month", "2026-10", "-o", str(out)]
    assert main(argv) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err == (
        f"bayan report: the disk is full (writing to {out}): nothing was saved; free some "
        "space and try again\n"
    )
    assert not out.exists() and not out.with_name("october.pdf.part").exists()

    def missing(self: Any, *_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.ENOENT, "No such file or directory", self.filename)

    monkeypatch.setattr(SimpleDocTemplate, "build", missing)
    with pytest.raises(FileNotFoundError):  # anything else is not dressed up as disk trouble
        main(argv)


def test_file_error_words() -> None:
    from app.store.storage_errors import file_error

    assert file_error(OSError(errno.EROFS, "Read-only file system", "/mnt/cd/r.pdf.part")) == (
        "cannot write /mnt/cd/r.pdf: the disk is read-only; nothing was saved"
    )
    assert file_error(OSError(errno.ENOSPC, "No space left on device")) == (
        "the disk is full: nothing was saved; free some space and try again"
    )
    assert file_error(OSError(errno.EIO, "Input/output error", "/x")) is None


# --- a really full disk -------------------------------------------------------------------------


def _private_mount(probe_dir: Path) -> list[str] | None:
    """``unshare`` with the flags that let a child mount a tmpfs of its own, seen by no one else
    and gone with it (a user namespace too when that is what allows it); None when neither
    works here (then the test is skipped)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    for flags in (["-m"], ["-rm"]):
        probe = subprocess.run(
            [unshare, *flags, "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs '{probe_dir}'"],
            capture_output=True,
            check=False,
        )
        if probe.returncode == 0:
            return [unshare, *flags]
    return None


FULL_DISK_SCRIPT = r"""
set -u
mount -t tmpfs -o size=4m tmpfs "$MNT"
mkdir "$MNT/ws" && cp -a "$SRC/." "$MNT/ws/"
# 1. The disk is full when Bayan starts.
dd if=/dev/zero of="$MNT/filler" bs=64k 2>/dev/null || true
"$PY" -m app post submit --workspace "$MNT/ws" "$POST" >"$OUT/cli.out" 2>"$OUT/cli.err"
echo $? >"$OUT/cli.status"
mkdir "$OUT/after-cli" && cp -a "$MNT/ws/." "$OUT/after-cli/"
rm "$MNT/filler"
# 2. The disk fills up while Bayan works.
"$PY" -m tests.disk_full_child "$MNT/ws" "$POST" "$MNT/filler" >"$OUT/child.json" 2>"$OUT/child.err"
echo $? >"$OUT/child.status"
"""


def test_a_really_full_disk(tmp_path: Path) -> None:
    """A real tmpfs of 4 MB, filled up: at start and while Bayan writes."""
    import json

    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace
    from tests.disk_full_child import LONG as CHILD_LONG
    from tests.disk_full_child import dump

    (tmp_path / "probe").mkdir()
    unshare = _private_mount(tmp_path / "probe")
    if unshare is None:
        pytest.skip("no private mount namespace here (unshare -m / -rm not permitted)")
    src, mnt, out = tmp_path / "src", tmp_path / "mnt", tmp_path / "out"
    mnt.mkdir()
    out.mkdir()
    opened = open_workspace(Workspace(src), create=True)
    post = PostService(opened.sessions, opened.workspace.media_dir).create(
        fields(manual_checks={"GOV-FACT-1": True, "GOV-PROP-1": True, "AR-LANG-1": True})
    )
    opened.close()
    before = dump(src / "bayan.db")

    env = dict(os.environ, MNT=str(mnt), SRC=str(src), OUT=str(out), PY=sys.executable)
    env["POST"] = str(post.id)
    done = subprocess.run(
        [*unshare, "sh", "-c", FULL_DISK_SCRIPT],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    ws = mnt / "ws"
    message = (
        f"the disk is full (writing to {ws}): nothing was saved; free some space and try again"
    )

    # 1. At start: one plain line, status 2, nothing changed.
    assert (out / "cli.status").read_text().strip() == "2"
    assert (out / "cli.err").read_text() == f"bayan post: {message}\n"
    assert dump(out / "after-cli" / "bayan.db") == before

    # 2. While working: every write refused plainly, nothing changed, all well once space is
    # freed.
    assert (out / "child.status").read_text().strip() == "0", (out / "child.err").read_text()
    result = json.loads((out / "child.json").read_text())
    assert result["lock"] == "held"
    for action in ("save", "inquiry", "audit"):
        assert result[action] == ["DiskFull", message], action
    assert result["unchanged"] is True
    assert result["saved_after"] is True
    assert result["chain_ok"] is True
    assert result["integrity"] == [["ok"]]
    assert len(CHILD_LONG) > 10_000  # more than the free pages of the database can take


def test_what_was_being_handled_is_another_matter() -> None:
    try:
        try:
            raise DiskFull()
        except DiskFull:
            raise sqlite_error("database is locked", 5)  # noqa: B904 (its context on purpose)
    except sqlite3.OperationalError as exc:
        assert exc.__context__ is not None
        assert storage_error(exc) is None


def test_the_lock_is_taken_on_a_full_disk_too(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Writing the process id into the lock file is a courtesy; reading still works."""
    from app.store import lock as lock_module

    def no_space(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "write", no_space)
    held = lock_module.WorkspaceLock(tmp_path)
    held.acquire()
    monkeypatch.undo()
    try:
        with pytest.raises(lock_module.WorkspaceLocked):
            probe = subprocess.run(
                [sys.executable, "-c", _TRY_LOCK, str(tmp_path)],
                cwd=Path(__file__).resolve().parents[2],
                capture_output=True,
                text=True,
                check=False,
            )
            if probe.returncode == 3:
                raise lock_module.WorkspaceLocked(probe.stdout)
    finally:
        held.release()
    again = lock_module.WorkspaceLock(tmp_path)
    again.acquire()
    again.release()
    assert (tmp_path / lock_module.LOCK_NAME).read_text() == str(os.getpid())


_TRY_LOCK = """
import sys
from pathlib import Path
from app.store.lock import WorkspaceLock, WorkspaceLocked
try:
    WorkspaceLock(Path(sys.argv[1])).acquire()
except WorkspaceLocked as exc:
    print(exc)
    sys.exit(3)
"""
