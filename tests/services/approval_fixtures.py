"""Putting a post into the approved state for tests that are not about approving: an Approval
row with the hash of the post's content as stored, as the approval service would write it."""

from __future__ import annotations

import datetime as dt

from app.core.approval import content_hash
from app.services.posts import approval_content_of


def approve_directly(
    workspace, post_id: int, decided_at: dt.datetime, *, state: str = "approved"
) -> int:
    """Sign ``post_id`` as approved at ``decided_at`` without codes; returns the approval id."""
    from app.store.models import Approval, Approver, Post

    with workspace.sessions.begin() as session:
        post = session.get(Post, post_id)
        approver = Approver(name="Section head", enrolled_at=decided_at)
        session.add(approver)
        session.flush()
        approval = Approval(
            post_id=post_id,
            approver_id=approver.id,
            decision="approved",
            decided_at=decided_at,
            content_hash=content_hash(approval_content_of(session, post)),
        )
        session.add(approval)
        post.state = state
        session.flush()
        return approval.id
