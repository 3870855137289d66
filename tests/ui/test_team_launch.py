"""The GUI in team mode (BAYAN_DATABASE_URL): the window opens on the PostgreSQL server's
records, without the first-start question, bayan.db, the integrity check or the daily backup."""

from __future__ import annotations

import argparse

import pytest

from app.ui.launch import Launcher
from tests import pg


@pytest.fixture
def errors(monkeypatch):  # type: ignore[no-untyped-def]
    """What the launcher would show or ask (nothing is expected but errors)."""
    from app.ui import dialogs as real

    calls: list[tuple] = []
    monkeypatch.setattr(
        real, "show_error", lambda error, parent=None: calls.append(("error", error))
    )
    monkeypatch.setattr(
        real, "ask_first_start", lambda root, parent=None: calls.append(("first_start", root))
    )
    return calls


def test_the_window_opens_on_the_server(bayan_app, tmp_path, errors, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services.posts import PostService
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace
    from tests.services.post_fixtures import FakeClock, fields

    with pg.team_database(monkeypatch, migrated=False):
        launcher = Launcher(
            bayan_app,
            argparse.Namespace(workspace=str(tmp_path / "ws"), lang="en", bench_idle=False),
        )
        assert launcher.start()  # an empty database: the schema is made, no question asked
        window = launcher.window
        assert window is not None and errors == []
        try:
            assert not (tmp_path / "ws" / "bayan.db").exists()
            assert (tmp_path / "ws" / "media").is_dir()
            launcher._after_start()
            assert launcher.watch is None  # no bayan.db to check, no backup to make
            # Another officer's post is read by this window's reader.
            other = open_workspace(Workspace(tmp_path / "other"))
            try:
                posts = PostService(other.sessions, other.workspace.media_dir, clock=FakeClock())
                made = posts.create(fields(title="From the other office"))
            finally:
                other.close()
            assert window.context.reader.post_state(made.id) == "draft"
            shown = window.workspace_label.text()
            assert "records on the team server \u200e127.0.0.1:" in shown and "/t" in shown
        finally:
            window.close()
            window.context.close()


def test_an_unreachable_server_is_said_plainly(bayan_app, tmp_path, errors, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if pg.get_server() is None:
        pytest.skip(pg.unavailable() or "no PostgreSQL server")
    port = pg._free_port()
    monkeypatch.setenv(
        "BAYAN_DATABASE_URL", f"postgresql+psycopg://bayan:s3cret@127.0.0.1:{port}/x"
    )
    launcher = Launcher(
        bayan_app, argparse.Namespace(workspace=str(tmp_path / "ws"), lang="en", bench_idle=True)
    )
    assert not launcher.start()
    assert len(errors) == 1 and errors[0][0] == "error"
    message = str(errors[0][1])
    assert "cannot reach the team database" in message and "s3cret" not in message
