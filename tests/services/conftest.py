"""Fixtures of the service tests: a fake clock and a post service on a fresh workspace."""

from __future__ import annotations

import pytest

from app.services.posts import PostService
from tests.services.post_fixtures import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def service(workspace, clock: FakeClock) -> PostService:
    return PostService(workspace.sessions, workspace.workspace.media_dir, clock=clock)
