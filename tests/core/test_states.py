"""The post state machine: allowed moves, refused moves with clear messages, editing rules."""

from __future__ import annotations

import pytest

from app.core.domain import PostState
from app.core.states import (
    EDITABLE,
    FROZEN,
    TRANSITIONS,
    ForbiddenTransition,
    can_reschedule,
    can_transition,
    check_transition,
    is_editable,
    parse_state,
    state_after_content_edit,
)
from app.errors import BayanError

S = PostState

ALLOWED = [
    (S.DRAFT, S.IN_REVIEW),
    (S.IN_REVIEW, S.APPROVED),
    (S.IN_REVIEW, S.CHANGES_REQUESTED),
    (S.CHANGES_REQUESTED, S.DRAFT),
    (S.CHANGES_REQUESTED, S.IN_REVIEW),
    (S.APPROVED, S.PUBLISHED),
    (S.PUBLISHED, S.ARCHIVED),
    (S.DRAFT, S.WITHDRAWN),
    (S.IN_REVIEW, S.WITHDRAWN),
    (S.CHANGES_REQUESTED, S.WITHDRAWN),
    (S.APPROVED, S.WITHDRAWN),
]

REFUSED = [
    (S.DRAFT, S.APPROVED),  # approval needs review first
    (S.DRAFT, S.PUBLISHED),
    (S.CHANGES_REQUESTED, S.APPROVED),
    (S.PUBLISHED, S.WITHDRAWN),  # too late: it is out
    (S.PUBLISHED, S.DRAFT),
    (S.ARCHIVED, S.PUBLISHED),
    (S.ARCHIVED, S.WITHDRAWN),
    (S.WITHDRAWN, S.DRAFT),
    (S.DRAFT, S.DRAFT),
]


def test_every_state_has_a_row() -> None:
    assert set(TRANSITIONS) == set(PostState)


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed_transitions(current: PostState, target: PostState) -> None:
    assert can_transition(current, target)
    assert can_transition(current.value, target.value)  # plain strings, as stored
    check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_refused_transitions_name_both_states(current: PostState, target: PostState) -> None:
    assert not can_transition(current, target)
    with pytest.raises(ForbiddenTransition) as caught:
        check_transition(current, target)
    message = str(caught.value)
    assert current.value.replace("_", " ") in message
    assert target.value.replace("_", " ") in message
    assert "\n" not in message
    assert isinstance(caught.value, BayanError)
    assert caught.value.current == current and caught.value.target == target


def test_withdrawn_from_every_state_before_published_only() -> None:
    before = {S.DRAFT, S.IN_REVIEW, S.CHANGES_REQUESTED, S.APPROVED}
    for state in PostState:
        assert can_transition(state, S.WITHDRAWN) == (state in before), state


def test_history_states_go_nowhere_but_archive() -> None:
    for state in FROZEN:
        targets = {t for t in PostState if can_transition(state, t)}
        assert targets <= {S.ARCHIVED}
    with pytest.raises(ForbiddenTransition, match="kept as it is"):
        check_transition(S.WITHDRAWN, S.DRAFT)


def test_unknown_states_are_refused_not_crashing() -> None:
    assert not can_transition("drafted", "in_review")
    assert not can_transition("draft", "sent")
    with pytest.raises(ForbiddenTransition, match="'sent'"):
        check_transition("draft", "sent")
    with pytest.raises(ValueError, match=r"unknown post state 'sent'.*draft, in_review"):
        parse_state("sent")
    assert parse_state("approved") is S.APPROVED


def test_editable_states() -> None:
    assert {S.DRAFT, S.CHANGES_REQUESTED} == EDITABLE
    for state in PostState:
        assert is_editable(state) == (state not in FROZEN)


@pytest.mark.parametrize("state", [S.DRAFT, S.CHANGES_REQUESTED])
def test_editing_an_open_draft_keeps_its_state(state: PostState) -> None:
    assert state_after_content_edit(state) == (state, False)


@pytest.mark.parametrize("state", [S.IN_REVIEW, S.APPROVED])
def test_editing_content_under_review_or_approved_returns_to_draft(state: PostState) -> None:
    new_state, withdrawn = state_after_content_edit(state)
    assert new_state is S.DRAFT and withdrawn
    assert can_transition(state, S.DRAFT)


@pytest.mark.parametrize("state", sorted(FROZEN))
def test_history_cannot_be_edited_or_rescheduled(state: PostState) -> None:
    with pytest.raises(ForbiddenTransition, match="cannot be edited"):
        state_after_content_edit(state)
    assert not can_reschedule(state)


def test_rescheduling_is_allowed_before_publication() -> None:
    for state in (S.DRAFT, S.IN_REVIEW, S.CHANGES_REQUESTED, S.APPROVED):
        assert can_reschedule(state)
