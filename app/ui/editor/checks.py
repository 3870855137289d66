"""The editor's one door to the counters, the checklist and its fixes (``app.core``), and to the
workspace's table of platform limits."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.core import fixes
from app.core.checklist import (
    blocking,
    manual_rules_for,
    needs_justification,
    run_checklist,
    warm_up,
)
from app.core.counters import Count, measure_all
from app.core.draft import Draft
from app.core.limits import PlatformLimits

if TYPE_CHECKING:
    from app.ui.context import AppContext

_warmed = False


def warm_up_in_background() -> None:
    """Load the English word list the hashtag rule uses (about 0.1 s) off the GUI thread, once."""
    global _warmed
    if not _warmed:
        _warmed = True
        threading.Thread(target=warm_up, name="bayan-words", daemon=True).start()


def limits(context: AppContext) -> PlatformLimits:
    """The workspace's limits table (Settings; checklist.md §3's where nothing usable is kept)."""
    return context.settings.platform_limits()


def measure(draft: Draft, table: PlatformLimits) -> dict[tuple[str, str], Count]:
    """Counts keyed by (platform, "ar"|"en")."""
    return {(count.platform, count.lang): count for count in measure_all(draft, table)}


def findings(draft: Draft, table: PlatformLimits) -> list[Any]:
    return run_checklist(draft, table)


def manual_rules(draft: Draft, found: list[Any]) -> list[str]:
    """The post-level Manual rules that apply to ``draft``, as rule ids."""
    return [m.rule for m in manual_rules_for(draft, found)]


def open_blockers(found: list[Any], ticks: Mapping[str, bool], draft: Draft) -> list[Any]:
    """Automatic blockers and unticked manual blockers (``field == "manual"``): what stops a
    submission."""
    return blocking(found, ticks, draft)


def to_justify(found: list[Any], ticks: Mapping[str, bool], draft: Draft) -> list[str]:
    """Rule ids of the warnings that need a justification."""
    return needs_justification(found, ticks, draft)


def fix(text: str, finding: Any, hint: str | None = None) -> str:
    return fixes.apply_fix(text, finding, hint)


def fix_needs_hint(finding: Any) -> bool:
    """Whether the officer types the fixed form first (a hashtag with no sure word split)."""
    return fixes.needs_hint(finding)


def fix_suggestion(text: str, finding: Any) -> str:
    """What to offer the officer to edit: the hashtag as it is."""
    return text[finding.start : finding.end]
