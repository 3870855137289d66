"""Where a workspace lives (``--workspace`` > ``BAYAN_WORKSPACE`` > app-data) and what it holds."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from app.errors import WorkspaceError
from app.services.workspace import open_workspace
from app.store.workspace import (
    ENV_VAR,
    TEST_ROOT_VAR,
    Workspace,
    default_workspace_dir,
    resolve_workspace_dir,
)

# A folder certainly outside the temporary folder the test suite is confined to.
OUTSIDE = Path("/") / "srv" / "bayan-must-not-be-touched"


def test_cli_value_wins_over_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert resolve_workspace_dir(tmp_path / "from-cli") == tmp_path / "from-cli"
    assert Workspace.resolve(str(tmp_path / "from-cli")).root == tmp_path / "from-cli"


def test_environment_wins_over_the_default(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert resolve_workspace_dir(None) == tmp_path / "from-env"


@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_workspace_option_is_refused_not_taken_as_the_default(empty: str) -> None:
    # `bayan restore --workspace "$WS"` with WS unset must not reach the real workspace.
    with pytest.raises(WorkspaceError, match="empty"):
        resolve_workspace_dir(empty)


@pytest.mark.parametrize("env_value", [None, ""], ids=["unset", "empty"])
def test_default_is_the_platform_app_data_folder(
    tmp_path: Path, monkeypatch, env_value: str | None
) -> None:
    if env_value is None:
        monkeypatch.delenv(ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(ENV_VAR, env_value)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))

    resolved = resolve_workspace_dir(None)

    assert resolved == default_workspace_dir()
    assert resolved.name == "Bayan"
    assert resolved.is_absolute()
    assert resolved.is_relative_to(tmp_path / "data-home")  # Linux: $XDG_DATA_HOME/Bayan


def test_relative_and_home_paths_become_absolute(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_workspace_dir("relative-ws") == tmp_path / "relative-ws"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert resolve_workspace_dir("~/ws") == tmp_path / "home" / "ws"


def test_workspace_outside_the_test_folder_is_refused(monkeypatch) -> None:
    assert os.environ[TEST_ROOT_VAR] == tempfile.gettempdir(), "set by tests/conftest.py"
    with pytest.raises(WorkspaceError):
        resolve_workspace_dir(OUTSIDE)
    monkeypatch.setenv(ENV_VAR, str(OUTSIDE))
    with pytest.raises(WorkspaceError):
        Workspace.resolve(None)
    assert not OUTSIDE.exists()


def test_test_root_is_a_folder_not_a_text_prefix(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(TEST_ROOT_VAR, str(tmp_path / "root"))
    assert resolve_workspace_dir(tmp_path / "root" / "ws") == tmp_path / "root" / "ws"
    with pytest.raises(WorkspaceError):
        resolve_workspace_dir(tmp_path / "root-sibling" / "ws")


def test_test_root_cannot_be_left_through_dot_dot(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(TEST_ROOT_VAR, str(tmp_path / "root"))
    with pytest.raises(WorkspaceError):
        resolve_workspace_dir(tmp_path / "root" / ".." / "escaped")


def test_ensure_folders_makes_media_and_backups_beside_the_database(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "a" / "b" / "ws")

    ws.ensure_folders()
    ws.ensure_folders()  # a second time changes nothing

    assert ws.db_path == ws.root / "bayan.db"
    assert ws.media_dir == ws.db_path.parent / "media" and ws.media_dir.is_dir()
    assert ws.backups_dir == ws.db_path.parent / "backups" and ws.backups_dir.is_dir()
    assert not ws.exists(), "folders alone are not a workspace"


def test_workspace_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    afile = tmp_path / "a-file"
    afile.write_text("not a folder")
    ws = Workspace(afile)

    with pytest.raises(WorkspaceError):
        ws.ensure_folders()
    with pytest.raises(WorkspaceError):
        open_workspace(ws)
    with pytest.raises(WorkspaceError):
        open_workspace(ws, create=True)
    assert afile.read_text() == "not a folder"


def test_opening_a_missing_workspace_creates_nothing(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "missing")
    with pytest.raises(WorkspaceError) as caught:
        open_workspace(ws)
    assert "bayan.db" in str(caught.value)
    assert not ws.root.exists()


def test_create_makes_a_full_workspace_and_refuses_to_overwrite(tmp_path: Path) -> None:
    from app.services.workspace import create_workspace

    ws = Workspace(tmp_path / "new")
    create_workspace(ws).close()
    assert ws.exists() and ws.media_dir.is_dir() and ws.backups_dir.is_dir()
    before = ws.db_path.read_bytes()
    with pytest.raises(WorkspaceError):
        create_workspace(ws)
    assert ws.db_path.read_bytes() == before
