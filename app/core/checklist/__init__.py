"""The accessibility and quality checklist of the post editor (checklist.md, SPEC §3).

    findings = run_checklist(draft, limits)          # every automatic rule
    blocking(findings, manual_ticks, draft)          # what stops submission (empty: may submit)
    needs_justification(findings, manual_ticks, draft)  # warning rule ids needing a reason
    apply_fix(text, finding, replacement_hint=None)  # app.core.fixes: one-click fixes

Pure functions on plain values: no database, no Qt, no I/O (the English word list used for
hashtags is read from the ``wordsegment`` package's data on first use).
"""

from app.core.checklist.fields import check_alt_text, check_text
from app.core.checklist.house import (
    DEFAULT_HOUSE_RULES,
    DEFAULT_INCLUSIVE_TERMS,
    HouseRules,
    InclusiveTerm,
)
from app.core.checklist.model import (
    AUTO_RULES,
    BLOCKER,
    MANUAL_RULE_IDS,
    MANUAL_RULES,
    RULE_TITLES,
    SEVERITIES,
    TIP,
    WARNING,
    Finding,
    ManualRule,
    blocking,
    manual_rules_for,
    needs_justification,
)
from app.core.checklist.runner import (
    check_single_text,
    run_checklist,
    sort_findings,
    text_targets,
)
from app.core.checklist.words import warm_up

__all__ = [
    "AUTO_RULES",
    "BLOCKER",
    "DEFAULT_HOUSE_RULES",
    "DEFAULT_INCLUSIVE_TERMS",
    "MANUAL_RULES",
    "MANUAL_RULE_IDS",
    "RULE_TITLES",
    "SEVERITIES",
    "TIP",
    "WARNING",
    "Finding",
    "HouseRules",
    "InclusiveTerm",
    "ManualRule",
    "blocking",
    "check_alt_text",
    "check_single_text",
    "check_text",
    "manual_rules_for",
    "needs_justification",
    "run_checklist",
    "sort_findings",
    "text_targets",
    "warm_up",
]
