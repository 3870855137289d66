"""The post state machine, in one place: which state may follow which, and what may be edited.

SPEC §4: draft → in review → approved or changes requested → published → archived, and
withdrawn from any state before publication. The services ask :func:`check_transition` before
every change of state; the approval work (issue 5) builds on the same table.

Editing: the content of a draft or of a post with changes requested is edited in place. Editing
the content of a post in review or approved takes it back to draft (its approval no longer covers
what would be published) — :func:`state_after_content_edit` says so. Published, archived and
withdrawn posts are history and are never edited.
"""

from __future__ import annotations

from app.core.domain import PostState
from app.errors import BayanError

S = PostState

TRANSITIONS: dict[PostState, frozenset[PostState]] = {
    S.DRAFT: frozenset({S.IN_REVIEW, S.WITHDRAWN}),
    S.IN_REVIEW: frozenset({S.APPROVED, S.CHANGES_REQUESTED, S.DRAFT, S.WITHDRAWN}),
    S.CHANGES_REQUESTED: frozenset({S.DRAFT, S.IN_REVIEW, S.WITHDRAWN}),
    S.APPROVED: frozenset({S.PUBLISHED, S.DRAFT, S.WITHDRAWN}),
    S.PUBLISHED: frozenset({S.ARCHIVED}),
    S.ARCHIVED: frozenset(),
    S.WITHDRAWN: frozenset(),
}
"""Every allowed change of state. ``in_review``/``approved`` → ``draft`` is the content edit."""

EDITABLE: frozenset[PostState] = frozenset({S.DRAFT, S.CHANGES_REQUESTED})
"""States whose content is edited in place."""

RETURNS_TO_DRAFT_ON_EDIT: frozenset[PostState] = frozenset({S.IN_REVIEW, S.APPROVED})
"""States a content edit takes back to draft, withdrawing the approval (or the request for it)."""

FROZEN: frozenset[PostState] = frozenset({S.PUBLISHED, S.ARCHIVED, S.WITHDRAWN})
"""States that are history: no edit, no reschedule."""

SUBMITTABLE: frozenset[PostState] = frozenset({S.DRAFT, S.CHANGES_REQUESTED})
"""States from which a post can be submitted for approval."""


class ForbiddenTransition(BayanError):
    """A change of state the state machine does not allow."""

    kind = "forbidden_transition"

    def __init__(self, current: str, target: str, reason: str = "") -> None:
        self.current = current
        self.target = target
        message = f"a post cannot go from {_name(current)} to {_name(target)}"
        if reason:
            message += f": {reason}"
        super().__init__(message)


def _name(state: str) -> str:
    return state.replace("_", " ") if state in PostState._value2member_map_ else repr(state)


def parse_state(value: str) -> PostState:
    """The :class:`PostState` named ``value``; ValueError naming the valid states otherwise."""
    try:
        return PostState(value)
    except ValueError:
        valid = ", ".join(s.value for s in PostState)
        raise ValueError(f"unknown post state {value!r}: use one of {valid}") from None


def can_transition(current: str, target: str) -> bool:
    """Whether a post in state ``current`` may move to ``target``."""
    try:
        return PostState(target) in TRANSITIONS[PostState(current)]
    except ValueError:
        return False


def check_transition(current: str, target: str) -> None:
    """Raise :class:`ForbiddenTransition` unless ``current`` → ``target`` is allowed."""
    if can_transition(current, target):
        return
    reason = ""
    if current in FROZEN:
        reason = f"a {_name(current)} post is kept as it is"
    elif current == target:
        reason = f"it is already {_name(current)}"
    raise ForbiddenTransition(current, target, reason)


def is_editable(state: str) -> bool:
    """Whether content can be changed (possibly taking the post back to draft)."""
    return state in EDITABLE or state in RETURNS_TO_DRAFT_ON_EDIT


def state_after_content_edit(state: str) -> tuple[PostState, bool]:
    """The state after the content of a post in ``state`` is edited, and whether that edit
    withdrew an approval or a pending request for one. Raises :class:`ForbiddenTransition` for
    a post that is history (published, archived, withdrawn)."""
    current = PostState(state)
    if current in EDITABLE:
        return current, False
    if current in RETURNS_TO_DRAFT_ON_EDIT:
        return S.DRAFT, True
    raise ForbiddenTransition(current, S.DRAFT, f"a {_name(current)} post cannot be edited")


def can_reschedule(state: str) -> bool:
    """Rescheduling is allowed (and logged) in every state that is not history."""
    return state not in FROZEN
