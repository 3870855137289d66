"""Bayan at work when the disk fills up, for ``tests/services/test_disk_trouble.py``.

Run as ``python -m tests.disk_full_child WORKSPACE POST_ID FILLER`` inside a private mount
namespace where WORKSPACE and FILLER are on one small tmpfs. It opens the workspace, fills the
disk with FILLER, takes the workspace lock, tries to save the post, record an inquiry and append
an audit entry, checks that nothing stored changed, deletes FILLER, saves again, and prints what
happened as one JSON object.
"""

from __future__ import annotations

import errno
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

LONG = "نص طويل لا يجد مكانا على القرص. " * 600


def fill(path: Path) -> None:
    chunk = b"\0" * 65536
    with path.open("wb") as out:
        try:
            while True:
                out.write(chunk)
                out.flush()
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
            out.truncate(out.tell() - out.tell() % 4096)  # what fitted stays


def dump(db: Path) -> dict[str, list[Any]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    root, post_id, filler = Path(argv[0]), int(argv[1]), Path(argv[2])

    from app.errors import BayanError
    from app.services.audit import AuditLog
    from app.services.inquiries import InquiryFields, InquiryService
    from app.services.posts import PostFields, PostService
    from app.services.workspace import open_workspace
    from app.store.lock import LOCK_NAME, WorkspaceLock
    from app.store.workspace import Workspace

    opened = open_workspace(Workspace(root))
    posts = PostService(opened.sessions, opened.workspace.media_dir)
    inquiries = InquiryService(opened.sessions)
    audit = AuditLog(opened.sessions)
    stored = posts.get(post_id).fields
    before = dump(opened.workspace.db_path)

    def append() -> None:
        with opened.sessions.begin() as session:
            audit.append(session, "officer", "test.tick", "test", None, {"pad": LONG})

    actions = {
        "save": lambda: posts.save(post_id, PostFields(title=stored.title, text_ar=LONG)),
        "inquiry": lambda: inquiries.create(InquiryFields("email", "inquiry", text=LONG)),
        "audit": append,
    }
    fill(filler)
    result: dict[str, Any] = {}
    # Bayan's window takes the workspace lock at start: a new lock file on a full disk.
    (root / LOCK_NAME).unlink(missing_ok=True)
    lock = WorkspaceLock(root)
    try:
        lock.acquire()
        lock.release()
        result["lock"] = "held"
    except Exception as exc:  # reported, for the test to show
        result["lock"] = f"{type(exc).__name__}: {exc}"
    for name, action in actions.items():
        try:
            action()
            result[name] = "saved"
        except BayanError as exc:
            result[name] = [type(exc).__name__, str(exc)]
    result["unchanged"] = dump(opened.workspace.db_path) == before
    filler.unlink()
    posts.save(post_id, PostFields(title=stored.title, text_ar=LONG))
    result["saved_after"] = posts.get(post_id).fields.text_ar == LONG
    result["chain_ok"] = audit.verify().ok
    opened.close()
    conn = sqlite3.connect(opened.workspace.db_path)
    result["integrity"] = conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
