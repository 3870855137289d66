"""One Bayan process at a time in a workspace: an advisory lock on ``.bayan.lock`` in its folder.

The GUI holds it while a workspace is open; restoring, making a demo and migrating take it too,
so one process never replaces a database another is writing to. Within one process the lock is
re-entrant (the GUI restoring a backup into its own workspace).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from app.errors import WorkspaceError

LOCK_NAME = ".bayan.lock"


class WorkspaceLocked(WorkspaceError):
    kind = "locked"


# Locks this process holds: path -> (open lock file, how many holders).
_held: dict[Path, tuple[IO[str], int]] = {}


def _try_lock(fh: IO[str]) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class WorkspaceLock:
    def __init__(self, root: Path) -> None:
        self.path = Path(root).absolute() / LOCK_NAME
        self._acquired = False

    def acquire(self) -> None:
        """Take the lock, or raise :class:`WorkspaceLocked` naming the process that holds it."""
        if self._acquired:
            return
        held = _held.get(self.path)
        if held is not None:
            _held[self.path] = (held[0], held[1] + 1)
            self._acquired = True
            return
        try:
            fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (kept open while held)
        except OSError as exc:
            from app.store.storage_errors import storage_error

            trouble = storage_error(exc, self.path.parent)  # a read-only folder, a full disk
            if trouble is not None:
                raise trouble from exc
            raise WorkspaceError(
                f"cannot lock the workspace {self.path.parent}: {exc.strerror or exc}"
            ) from exc
        if not _try_lock(fh):
            fh.seek(0)
            holder = fh.read().strip() or "unknown"
            fh.close()
            raise WorkspaceLocked(
                f"the workspace {self.path.parent} is in use by another Bayan "
                f"(process {holder}); close it first"
            )
        try:  # unbuffered, so nothing is left to fail again when the file is closed
            os.ftruncate(fh.fileno(), 0)
            os.lseek(fh.fileno(), 0, os.SEEK_SET)
            os.write(fh.fileno(), str(os.getpid()).encode())
        except OSError:
            # A full disk: the lock is held all the same (the process id only tells a second
            # Bayan who has it), and reading works; every save then says the disk is full.
            pass
        _held[self.path] = (fh, 1)
        self._acquired = True

    def release(self) -> None:
        if not self._acquired:
            return
        self._acquired = False
        fh, count = _held[self.path]
        if count > 1:
            _held[self.path] = (fh, count - 1)
            return
        del _held[self.path]
        fh.close()  # closing the file releases the lock

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
