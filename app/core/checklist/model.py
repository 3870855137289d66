"""What the checklist reports: findings, the rule catalogue, manual confirmations, and the two
questions the services ask before a draft goes for approval (what still blocks it, which warnings
need a justification).

Rule ids and severities are those of ``checklist.md``; keep the ids when wording changes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from app.core.draft import Draft

BLOCKER = "blocker"
WARNING = "warning"
TIP = "tip"
SEVERITIES: tuple[str, ...] = (BLOCKER, WARNING, TIP)
Severity = Literal["blocker", "warning", "tip"]

_EMPTY: Mapping[str, object] = MappingProxyType({})
EMPTY_PARAMS = _EMPTY  # the params of a finding without any (shared: read-only)


@dataclass(frozen=True)
class Finding:
    """One thing the checklist found.

    ``field`` names the text the span is in: "text_ar", "text_en", "variant:{platform}:ar|en",
    "title", "link", "source_refs", "scheduled_at", "media:{i}", "media:{i}:alt_ar|alt_en", or
    "manual" (an unticked manual confirmation, from :func:`blocking`). ``start``/``end`` are
    Python ``str`` indices in that field's text exactly as the user typed it (empty span
    ``start == end`` for "something is missing here"). ``platforms`` lists the target platforms
    the finding concerns (empty: every platform, or the post as a whole). ``code`` tells the
    sub-case of the rule and ``params`` its numbers, so the UI can build its own translated
    sentence; ``message`` is a one-line English explanation. ``fix`` is a fix id for
    :func:`app.core.fixes.apply_fix`, or None.
    """

    rule: str
    severity: Severity
    field: str
    start: int
    end: int
    platforms: tuple[str, ...] = ()
    message: str = ""
    fix: str | None = None
    code: str = ""
    params: Mapping[str, object] = field(default_factory=lambda: _EMPTY, hash=False, compare=False)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form (``params`` values are plain JSON types)."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "platforms": list(self.platforms),
            "code": self.code,
            "message": self.message,
            "fix": self.fix,
            "params": dict(self.params),
        }


_new = object.__new__


def new_finding(
    rule: str,
    severity: str,
    field: str,
    start: int,
    end: int,
    platforms: tuple[str, ...],
    message: str,
    fix: str | None,
    code: str,
    params: Mapping[str, object],
) -> Finding:
    """``Finding(...)`` with every field given, built several times faster than through the
    frozen dataclass's ``__init__`` (the same object: the fields are its ``__dict__``). The
    checklist builds dozens per keystroke."""
    finding = _new(Finding)
    finding.__dict__.update(
        rule=rule,
        severity=severity,
        field=field,
        start=start,
        end=end,
        platforms=platforms,
        message=message,
        fix=fix,
        code=code,
        params=params,
    )
    return finding


def frozen_params(params: Mapping[str, object] | None) -> Mapping[str, object]:
    """A read-only copy (findings are cached and shared; nobody may change them)."""
    return MappingProxyType(dict(params)) if params else _EMPTY


# --- rule catalogue ---------------------------------------------------------------------------

AUTO_RULES: tuple[str, ...] = (
    "A11Y-ALT-1",
    "A11Y-ALT-2",
    "A11Y-ALT-3",
    "A11Y-ALT-4",
    "A11Y-ALT-5",
    "A11Y-ALT-6",
    "A11Y-VID-1",
    "A11Y-HASH-1",
    "A11Y-HASH-2",
    "A11Y-HASH-3",
    "A11Y-HASH-4",
    "A11Y-EMO-1",
    "A11Y-EMO-2",
    "A11Y-CAPS-1",
    "A11Y-FANCY-1",
    "A11Y-LINK-1",
    "A11Y-LINK-2",
    "A11Y-PLAIN-1",
    "A11Y-PLAIN-2",
    "AR-TATWEEL-1",
    "AR-PRES-1",
    "AR-DIAC-1",
    "AR-BIDI-1",
    "AR-BIDI-2",
    "AR-BIDI-3",
    "AR-BIDI-4",
    "AR-DIGIT-1",
    "AR-PUNCT-1",
    "AR-READ-1",
    "PLAT-X-1",
    "PLAT-X-2",
    "PLAT-IG",
    "PLAT-FB",
    "PLAT-LI",
    "PLAT-YT",
    "PLAT-TT",
    "PLAT-TH",
    "GOV-PII-1",
    "GOV-PII-2",
    "GOV-FACT-1",
    "GOV-COPY-1",
    "GOV-INCL-1",
    "GOV-QUIET-1",
)

RULE_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "A11Y-ALT-1": "Every image or GIF has alt text",
        "A11Y-ALT-2": "Alt text within the platform cap and concise",
        "A11Y-ALT-3": 'No "image of" lead-in in alt text',
        "A11Y-ALT-4": "Alt text is not a file name, placeholder or copy of the post",
        "A11Y-ALT-5": "Text in an image is repeated in the alt text or the post",
        "A11Y-ALT-6": "Alt text is in the post's language",
        "A11Y-VID-1": "Video has reviewed captions",
        "A11Y-VID-2": "On-screen information is also spoken or described",
        "A11Y-VID-3": "Nothing flashes more than 3 times a second",
        "A11Y-HASH-1": "Multi-word Latin hashtags use CamelCase",
        "A11Y-HASH-2": "Arabic hashtags without tatweel or diacritics",
        "A11Y-HASH-3": "Hashtags at the end, at most one inline",
        "A11Y-HASH-4": "Few hashtags, never above a platform cap",
        "A11Y-EMO-1": "At most 3 emoji, none repeated",
        "A11Y-EMO-2": "Emoji not mid-sentence or as bullets",
        "A11Y-CAPS-1": "No runs of capitals",
        "A11Y-FANCY-1": "No fancy look-alike letters",
        "A11Y-LINK-1": "Links have a descriptive lead-in",
        "A11Y-LINK-2": "Links go to official domains, not shorteners",
        "A11Y-LINK-3": "Say what a link opens",
        "A11Y-PLAIN-1": "Short sentences, acronyms spelled out",
        "A11Y-PLAIN-2": "English reading ease",
        "A11Y-COLOR-1": "Graphics do not rely on colour alone; text has contrast",
        "AR-TATWEEL-1": "No decorative tatweel",
        "AR-PRES-1": "No Arabic presentation-form characters",
        "AR-DIAC-1": "Diacritics sparing and correct",
        "AR-BIDI-1": "Arabic paragraphs begin with a right-to-left character",
        "AR-BIDI-2": "Left-to-right pieces isolated in Arabic text",
        "AR-BIDI-3": "No override or unbalanced direction controls, no stray BOM",
        "AR-BIDI-4": "Direction marks weigh 2 on X",
        "AR-DIGIT-1": "One digit system per post",
        "AR-PUNCT-1": "Arabic punctuation in Arabic sentences",
        "AR-READ-1": "Arabic readability (OSMAN)",
        "AR-LANG-1": "Languages not mixed inside a sentence",
        "PLAT-X-1": "X weighted length",
        "PLAT-X-2": "X premium length",
        "PLAT-IG": "Instagram limits",
        "PLAT-FB": "Facebook limits",
        "PLAT-LI": "LinkedIn limits",
        "PLAT-YT": "YouTube limits",
        "PLAT-TT": "TikTok limits",
        "PLAT-TH": "Threads limits",
        "GOV-PII-1": "Consent for every identifiable person",
        "GOV-PII-2": "No unnecessary personal data",
        "GOV-FACT-1": "Facts checked against a named source",
        "GOV-PROP-1": "Objective, not party-political",
        "GOV-COPY-1": "Owner and licence of every asset recorded",
        "GOV-INCL-1": "Inclusive language and representation",
        "GOV-QUIET-1": "Not scheduled inside a quiet period",
    }
)


# --- manual confirmations ---------------------------------------------------------------------

# When a manual rule applies: "always"; "image" (the post has an image); "video"; "visual" (an
# image or a video); "media" (any attachment); "link" (the post has a link); "finding" (only when
# the automatic part of the same rule found something: the tick confirms it is intended).
Applies = Literal["always", "image", "video", "visual", "media", "link", "finding"]


class ManualRule(NamedTuple):
    """A confirmation the officer ticks (checklist "Manual")."""

    rule: str
    severity: Severity
    applies: Applies
    message: str
    scope: Literal["post", "media"] = "post"  # "media": ticked per attachment, not per post


MANUAL_RULES: tuple[ManualRule, ...] = (
    ManualRule(
        "A11Y-ALT-5",
        BLOCKER,
        "image",
        "Image contains text (then the alt text must repeat it: at least 5 words)",
        "media",
    ),
    ManualRule("A11Y-VID-1", BLOCKER, "video", "Captions reviewed for each spoken language"),
    ManualRule("A11Y-VID-2", WARNING, "video", "On-screen-only information is also spoken"),
    ManualRule("A11Y-VID-3", BLOCKER, "visual", "Nothing flashes more than 3 times a second"),
    ManualRule("A11Y-COLOR-1", BLOCKER, "visual", "No colour-only meaning; text contrast 4.5:1"),
    ManualRule("A11Y-LINK-3", TIP, "link", "The post says what the link opens ([PDF], [فيديو])"),
    ManualRule("AR-LANG-1", TIP, "always", "Languages kept in separate sentences or paragraphs"),
    ManualRule("GOV-PII-1", BLOCKER, "visual", "Every identifiable person shown is listed"),
    ManualRule("GOV-PII-2", BLOCKER, "finding", "Personal data in the text is intended"),
    ManualRule("GOV-FACT-1", BLOCKER, "always", "Facts, figures and quotes checked at the source"),
    ManualRule("GOV-PROP-1", BLOCKER, "always", "Objective and not party-political"),
    ManualRule("GOV-COPY-1", BLOCKER, "media", "Rights cleared for every attachment"),
    ManualRule("GOV-INCL-1", WARNING, "visual", "Diverse representation in imagery"),
)

MANUAL_RULE_IDS: tuple[str, ...] = tuple(m.rule for m in MANUAL_RULES)

# Auto findings a manual tick of the same rule clears ("B until confirmed as intended").
CLEARED_BY_TICK: frozenset[str] = frozenset({"GOV-PII-2"})


def _ticked(manual_ticks: Mapping[str, object] | Collection[str]) -> frozenset[str]:
    if isinstance(manual_ticks, Mapping):
        return frozenset(str(k) for k, v in manual_ticks.items() if v)
    return frozenset(str(k) for k in manual_ticks)


def manual_rules_for(draft: Draft | None, findings: Iterable[Finding] = ()) -> list[ManualRule]:
    """The post-level manual confirmations that apply to ``draft`` (all of them when None;
    those that confirm an automatic finding only when ``findings`` hold one).

    Per-attachment ticks (A11Y-ALT-5, ``scope="media"``) are not included: they live on the
    media and their consequence is an automatic finding.
    """
    found = {f.rule for f in findings}
    if draft is None:
        return [
            m
            for m in MANUAL_RULES
            if m.scope == "post" and (m.applies != "finding" or m.rule in found)
        ]
    kinds = {m.kind for m in draft.media}
    has_link = (
        bool(draft.link.strip())
        or "http" in draft.text_ar + draft.text_en
        or any("http" in (a or "") + (e or "") for a, e in draft.variants.values())
    )
    present = {
        "always": True,
        "image": "image" in kinds,
        "video": "video" in kinds,
        "visual": bool(kinds & {"image", "video"}),
        "media": bool(kinds),
        "link": has_link,
    }
    return [
        m
        for m in MANUAL_RULES
        if m.scope == "post" and (m.rule in found if m.applies == "finding" else present[m.applies])
    ]


def _manual_finding(m: ManualRule) -> Finding:
    return Finding(
        rule=m.rule,
        severity=m.severity,
        field="manual",
        start=0,
        end=0,
        message=f"Not confirmed yet: {m.message}",
        code="not_confirmed",
    )


def blocking(
    findings: Iterable[Finding],
    manual_ticks: Mapping[str, object] | Collection[str] = (),
    draft: Draft | None = None,
) -> list[Finding]:
    """What still stops the draft from going for approval: empty means it may be submitted.

    Automatic blockers (GOV-PII-2 ones are cleared by ticking GOV-PII-2), then every manual
    blocker that applies and is not ticked, as a ``Finding`` with ``field="manual"`` and
    ``code="not_confirmed"``. ``manual_ticks`` holds the ticked rule ids (or maps ids to
    booleans). Without ``draft`` every post-level manual blocker is required (the strict
    answer); pass the draft so that, say, video rules are not asked of a text-only post.
    """
    findings = list(findings)
    ticked = _ticked(manual_ticks)
    open_blockers = [
        f
        for f in findings
        if f.severity == BLOCKER and not (f.rule in CLEARED_BY_TICK and f.rule in ticked)
    ]
    for m in manual_rules_for(draft, findings):
        if m.severity == BLOCKER and m.rule not in ticked:
            open_blockers.append(_manual_finding(m))
    return open_blockers


def needs_justification(
    findings: Iterable[Finding],
    manual_ticks: Mapping[str, object] | Collection[str] = (),
    draft: Draft | None = None,
) -> list[str]:
    """Rule ids (each once, in order of appearance) of the warnings a justification must cover.

    Automatic warnings always; with ``draft``, also the manual warnings that apply and are not
    ticked (A11Y-VID-2, GOV-INCL-1 imagery).
    """
    ids: dict[str, None] = {}
    findings = list(findings)
    for f in findings:
        if f.severity == WARNING:
            ids.setdefault(f.rule)
    if draft is not None:
        ticked = _ticked(manual_ticks)
        for m in manual_rules_for(draft, findings):
            if m.severity == WARNING and m.rule not in ticked:
                ids.setdefault(m.rule)
    return list(ids)
