"""A full disk or a read-only workspace in the GUI: the editor says so plainly, keeps the
officer's text, leaves the stored post as it was and saves once the trouble is gone; opening a
read-only workspace says that, not that something is damaged."""

from __future__ import annotations

import argparse
import errno
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.errors import DiskFull, WorkspaceReadOnly
from app.ui.editor.window import PostEditor
from tests.services.disk_trouble import disk_full, read_only
from tests.ui.editor_helpers import new_post, stored

pytest_plugins = ["tests.ui.editor_fixtures"]  # the context and editor fixtures

LONG = "تعلن الهيئة عن مواعيد التسجيل الجديدة في جميع المراكز. " * 300

TROUBLES = {
    "disk full": (disk_full, "The disk is full: nothing was saved. Free some space and try again."),
    "read-only": (
        read_only,
        "The workspace is read-only: nothing was saved. Bayan needs permission to write to "
        "the workspace folder and its files.",
    ),
}


@pytest.mark.parametrize("trouble", list(TROUBLES))
def test_the_editor_says_what_is_wrong_and_keeps_the_text(
    editor, context, qtbot, monkeypatch, trouble: str
) -> None:  # type: ignore[no-untyped-def]
    make, expected = TROUBLES[trouble]
    post = new_post(context)
    window = editor(post.id)
    before = stored(context, post.id)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        PostEditor, "inform", lambda self, title, text, error=False: shown.append((title, text))
    )

    with make(context.opened.engine):
        window.text_ar.setPlainText(LONG)
        assert window.save_now() is False

    assert shown, "no message was shown"
    title, text = shown[-1]
    assert title == "Not saved"
    assert text.startswith(expected)
    assert "INSERT" not in text and "UPDATE" not in text and "[SQL" not in text
    assert window.banner.isVisible()
    banner = window.banner.text.text()
    assert banner.startswith("Not saved. Your text is still here; Bayan will try again.")
    assert expected in banner
    assert "Not saved" in window.save_status.text()
    assert window.text_ar.toPlainText() == LONG
    assert stored(context, post.id) == before

    # Space freed (or permission given): the same editor saves what the officer wrote.
    assert window.save_now() is True
    assert stored(context, post.id).fields.text_ar == LONG
    assert not window.banner.isVisible()


def test_opening_a_read_only_workspace_says_so(bayan_app, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.store import lock as lock_module
    from app.ui import dialogs
    from app.ui.launch import Launcher

    root = workspace.workspace.root
    workspace.close()
    shown: list[Any] = []

    def refuse(*_args: Any, **_kwargs: Any) -> Any:  # the lock file cannot be made there
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(lock_module, "open", refuse, raising=False)
    monkeypatch.setattr(dialogs, "show_error", lambda error, parent=None: shown.append(error))
    monkeypatch.setattr(dialogs, "ask_restore", lambda *a, **k: shown.append("restore?"))
    launcher = Launcher(
        bayan_app, argparse.Namespace(workspace=str(root), lang="en", bench_idle=True)
    )
    assert launcher.start() is False
    assert len(shown) == 1 and isinstance(shown[0], WorkspaceReadOnly)
    assert launcher.window is None


@pytest.mark.parametrize(
    ("error", "title", "start"),
    [
        (
            WorkspaceReadOnly(Path("/srv/ws")),
            "The workspace is read-only",
            "Bayan cannot write to this workspace: its folder or database is read-only",
        ),
        (DiskFull(Path("/srv/ws")), "The disk is full", "The disk holding the workspace is full"),
    ],
)
def test_the_start_up_dialog_words_it_plainly(bayan_app, monkeypatch, error, title, start) -> None:  # type: ignore[no-untyped-def]
    from app.ui import dialogs

    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    dialogs.show_error(error)
    (box,) = boxes
    assert box.windowTitle() == title
    assert box.text().startswith(start)
    assert "Nothing was" in box.text() or "nothing was saved" in box.text()
    assert "/srv/ws" in box.informativeText()


def test_a_window_that_does_not_catch_it_still_says_it_plainly(bayan_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from app import logs
    from app.ui import dialogs
    from app.ui.launch import _install_excepthook

    shown: list[Any] = []
    monkeypatch.setattr(dialogs, "show_error", lambda error, parent=None: shown.append(error))
    monkeypatch.setattr(dialogs, "show_bug", lambda path, parent=None: shown.append("bug"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "__excepthook__", lambda *exc: None)
    monkeypatch.setattr(logs.log, "handlers", [])
    _install_excepthook(bayan_app)
    full = DiskFull(Path("/srv/ws"))
    sys.excepthook(DiskFull, full, None)
    read_only = WorkspaceReadOnly(Path("/srv/ws"))
    sys.excepthook(WorkspaceReadOnly, read_only, None)
    sys.excepthook(ZeroDivisionError, ZeroDivisionError("a bug"), None)
    for handler in logs.log.handlers:
        handler.close()
    assert shown == [full, read_only, "bug"]
