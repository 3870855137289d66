"""The writer that ``tests/store/test_crash_safety.py`` kills: Bayan's real services in a loop.

Run as ``python -m tests.crash_child WORKSPACE RUN SEED``. It opens the workspace as Bayan does
(``open_workspace``, with the workspace lock the GUI holds), prints ``ready``, then writes for
ever: new posts, edits of posts, new inquiries and audit entries, chosen at random. After each
change is COMMITTED it prints one line, flushed, naming it:

- ``post <id> <title>``: a post created or edited; the title is ``crash <RUN>-<N>``, the
  English text ends in ``<RUN>-<N>``
- ``autosave <id> <title>``: the same for an autosave (which writes no revision when the
  post's last one is recent)
- ``inquiry <id> <subject>``: a new inquiry, subject ``crash <RUN>-<N>``
- ``audit <id> <RUN>-<N>``: an audit entry (action ``crash.tick``, details ``{"tag": ...}``)

Every third run checkpoints the WAL after nearly every commit. ``N`` counts up within a run,
so (RUN, N) orders every change the children ever made.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

TITLE_PREFIX = "crash "
AUDIT_ACTION = "crash.tick"


def tag_of(text: str) -> tuple[int, int]:
    """``crash 3-17`` (or ``3-17``) -> (3, 17)."""
    run, n = text.removeprefix(TITLE_PREFIX).split("-")
    return int(run), int(n)


def main(argv: list[str]) -> int:
    root, run, seed = Path(argv[0]), int(argv[1]), int(argv[2])
    rng = random.Random(seed)

    from app.services.audit import AuditLog
    from app.services.inquiries import InquiryFields, InquiryService
    from app.services.posts import PostFields, PostService
    from app.services.workspace import open_workspace
    from app.store.lock import WorkspaceLock
    from app.store.workspace import Workspace

    workspace = Workspace(root)
    lock = WorkspaceLock(workspace.root)
    lock.acquire()  # as the GUI does; a killed holder's lock goes with the process
    opened = open_workspace(workspace)
    if run % 3 == 0:
        # Every third run checkpoints the WAL into bayan.db after nearly every commit, so some
        # kills land in a checkpoint too (Bayan's own setting is SQLite's default, 1000 pages).
        from sqlalchemy import event

        event.listen(
            opened.engine,
            "connect",
            lambda conn, _record: conn.execute("PRAGMA wal_autocheckpoint = 4"),
        )
    posts = PostService(opened.sessions, workspace.media_dir)
    inquiries = InquiryService(opened.sessions)
    audit = AuditLog(opened.sessions)

    from sqlalchemy import text

    with opened.engine.connect() as conn:
        post_ids = [
            int(row[0])
            for row in conn.execute(
                text("SELECT id FROM posts WHERE title LIKE :p"), {"p": TITLE_PREFIX + "%"}
            )
        ]

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    say("ready")
    n = 0
    while True:
        n += 1
        tag = f"{run}-{n}"
        title = TITLE_PREFIX + tag
        # Text long enough that some changes spill over several pages.
        body = f"نص المنشور {tag} " * rng.randint(1, 120)
        roll = rng.random()
        if roll < 0.3 or not post_ids:
            post = posts.create(PostFields(title=title, text_ar=body, text_en=f"Post {tag}"))
            post_ids.append(post.id)
            say(f"post {post.id} {title}")
        elif roll < 0.55:
            post_id = rng.choice(post_ids)
            fields = PostFields(title=title, text_ar=body, text_en=f"Edited {tag}")
            autosave = rng.random() < 0.3
            posts.save(post_id, fields, autosave=autosave)
            say(f"{'autosave' if autosave else 'post'} {post_id} {title}")
        elif roll < 0.8:
            inquiry = inquiries.create(
                InquiryFields(channel="facebook", kind="inquiry", subject=title, text=body)
            )
            say(f"inquiry {inquiry.id} {title}")
        else:
            with opened.sessions.begin() as session:
                entry = audit.append(
                    session, "crash-test", AUDIT_ACTION, "test", None, {"tag": tag}
                )
                entry_id = entry.id
            say(f"audit {entry_id} {tag}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
