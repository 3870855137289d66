"""The checklist's one-click fixes: each turns the text of one field into its fixed text.

:func:`apply_fix` takes the field's text as the user has it and a :class:`Finding` of that field
(its ``fix`` names what to do, its span where). It never raises: a span that no longer fits the
text (the text changed since the check), a fix id it does not know, or a span that holds nothing
the fix would change give the text back unchanged. Re-run the checklist after a fix: other spans
of the same field may have moved.

Fix ids: ``remove_tatweel``, ``fold_presentation_forms``, ``nfkc_span``, ``remove_line_marks``,
``insert_rlm`` (at the start of the finding's line), ``insert_lrm`` (after the span),
``camelcase_hashtag``, ``clean_arabic_hashtag``, ``arabic_punctuation``, ``map_persian_digits``
and ``map_digits`` (to ``params["target"]``: "arab" ٠–٩ or "latn" 0–9), ``delete_span``.

CamelCase needs the word boundaries. The checklist offers one (``params["suggestion"]``) only
when the split is unambiguous (:mod:`app.core.checklist.words`); otherwise the officer types the
CamelCase form and the UI passes it as ``replacement_hint`` (with or without "#"). A hint is only
taken if it is the same tag with other capitals (letters, digits and underscores unchanged), since
anything else would be a different hashtag; otherwise the text comes back unchanged.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from app.core import arabic
from app.core.checklist.model import Finding

RLM = "\u200f"
LRM = "\u200e"

FIX_IDS: tuple[str, ...] = (
    "remove_tatweel",
    "fold_presentation_forms",
    "nfkc_span",
    "remove_line_marks",
    "insert_rlm",
    "insert_lrm",
    "camelcase_hashtag",
    "clean_arabic_hashtag",
    "arabic_punctuation",
    "map_persian_digits",
    "map_digits",
    "delete_span",
)

_TATWEELS = frozenset("\u0640\ufcf2\ufcf3\ufcf4\ufe71\ufe77\ufe79\ufe7b\ufe7d\ufe7f")
_HASHTAG_MARKS = str.maketrans(
    {c: None for c in "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"}
)
_ARABIC_PUNCTUATION = str.maketrans({",": "،", ";": "؛", "?": "؟"})


def needs_hint(finding: Finding) -> bool:
    """Whether the fix can only be applied with the officer's ``replacement_hint``."""
    return finding.fix == "camelcase_hashtag" and not finding.params.get("suggestion")


def camelcase_hint_ok(tag: str, hint: str) -> bool:
    """Is ``hint`` the hashtag ``tag`` with only its capitals changed?"""
    body = tag.lstrip("#＃")
    candidate = hint.strip().lstrip("#＃")
    return (
        bool(candidate)
        and len(candidate) == len(body)
        and candidate != body
        and all(a.lower() == b.lower() for a, b in zip(candidate, body, strict=True))
    )


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def apply_fix(text: str, finding: Finding, replacement_hint: str | None = None) -> str:
    """``text`` (the finding's field) with the fix applied; unchanged when it cannot apply."""
    try:
        return _apply(text, finding, replacement_hint)
    except Exception:  # a fix must never lose the officer's text; nothing is expected here
        return text


def _apply(text: str, finding: Finding, hint: str | None) -> str:
    start, end = finding.start, finding.end
    if not isinstance(text, str) or not (0 <= start <= end <= len(text)):
        return text
    span = text[start:end]
    fix = finding.fix
    if fix == "remove_tatweel":
        if not any(c in _TATWEELS for c in span):
            return text
        return _replace(text, start, end, arabic.strip_tatweel_run(span))
    if fix == "fold_presentation_forms":
        return _replace(text, start, end, arabic.fold_presentation_forms(span))
    if fix == "nfkc_span":
        return _replace(text, start, end, unicodedata.normalize("NFKC", span))
    if fix == "remove_line_marks":
        return _replace(text, start, end, span.replace("\u0332", "").replace("\u0336", ""))
    if fix == "insert_rlm":
        line_start = max(text.rfind("\n", 0, start), text.rfind("\u2029", 0, start)) + 1
        if text.startswith(RLM, line_start):
            return text
        return _replace(text, line_start, line_start, RLM)
    if fix == "insert_lrm":
        if text.startswith(LRM, end) or start == end:
            return text
        return _replace(text, end, end, LRM)
    if fix == "camelcase_hashtag":
        if not span or span[0] not in "#＃":
            return text
        if hint is not None and camelcase_hint_ok(span, hint):
            new_body = hint.strip().lstrip("#＃")
        else:
            suggestion = finding.params.get("suggestion")
            if not isinstance(suggestion, str) or not camelcase_hint_ok(span, suggestion):
                return text
            new_body = suggestion.lstrip("#＃")
        return _replace(text, start, end, span[0] + new_body)
    if fix == "clean_arabic_hashtag":
        return _replace(text, start, end, span.translate(_HASHTAG_MARKS))
    if fix == "arabic_punctuation":
        return _replace(text, start, end, span.translate(_ARABIC_PUNCTUATION))
    if fix == "map_persian_digits":
        target = finding.params.get("target", "arab")
        mapped = (
            arabic.persian_to_ascii(span)
            if target == "latn"
            else (arabic.persian_to_arabic_indic(span))
        )
        return _replace(text, start, end, mapped)
    if fix == "map_digits":
        target = finding.params.get("target")
        if target == "arab":
            return _replace(text, start, end, arabic.ascii_to_arabic_indic(span))
        if target == "latn":
            return _replace(text, start, end, arabic.arabic_indic_to_ascii(span))
        return text
    if fix == "delete_span":
        return _replace(text, start, end, "")
    return text


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """Every fix of ``findings`` that needs no hint, applied from the end of ``text`` backwards
    (so earlier spans stay valid); a finding overlapping one already applied is skipped."""
    todo = sorted(
        (f for f in findings if f.fix and not needs_hint(f)),
        key=lambda f: (f.start, f.end),
        reverse=True,
    )
    limit = len(text)  # text before this index is as the findings saw it
    for f in todo:
        if f.end > limit:
            continue
        fixed = apply_fix(text, f)
        if fixed != text:
            text = fixed
            limit = f.start
            if f.fix == "insert_rlm":
                limit = max(text.rfind("\n", 0, f.start), text.rfind("\u2029", 0, f.start)) + 1
    return text
