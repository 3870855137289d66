"""The filters the calendar and the posts list share (platform, state, campaign, pillar, dates)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class PostFilter:
    """Which posts to show. An empty set means "any"; dates are aware, ``end`` exclusive."""

    platforms: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    campaign_ids: frozenset[int] = frozenset()
    pillar_ids: frozenset[int] = frozenset()
    start: dt.datetime | None = None
    end: dt.datetime | None = None

    def with_range(self, start: dt.datetime | None, end: dt.datetime | None) -> PostFilter:
        return PostFilter(
            self.platforms, self.states, self.campaign_ids, self.pillar_ids, start, end
        )

    @property
    def is_empty(self) -> bool:
        """True when it lets every post through (dates aside)."""
        return not (self.platforms or self.states or self.campaign_ids or self.pillar_ids)
