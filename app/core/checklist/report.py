"""``bayan check``'s output: the counter and findings of one text, as JSON data or a table."""

from __future__ import annotations

from app.core import counters
from app.core.checklist.model import Finding
from app.core.checklist.runner import check_single_text
from app.core.domain import Platform
from app.core.limits import DEFAULT_LIMITS, PlatformLimits

PLATFORMS: tuple[str, ...] = tuple(p.value for p in Platform)


def check_report(
    text: str, lang: str, platform: str, limits: PlatformLimits = DEFAULT_LIMITS
) -> dict[str, object]:
    """``{"platform", "lang", "length", "limit", "unit", "findings": [...]}`` for one text.

    ``length`` is in the platform's unit (weighted for X, UTF-8 bytes for YouTube); ``limit`` is
    None where the platform has none. Each finding: ``rule``, ``severity``, ``start``, ``end``
    (``str`` indices in ``text``), ``message``, and ``code`` and ``fix``. Raises ValueError for
    an unknown platform or language.
    """
    if platform not in PLATFORMS:
        raise ValueError(f"unknown platform {platform!r} (one of: {', '.join(PLATFORMS)})")
    if lang not in ("ar", "en"):
        raise ValueError(f"unknown language {lang!r} (ar or en)")
    count = counters.measure(platform, text, limits)
    findings = check_single_text(text, lang, platform, limits)
    return {
        "platform": platform,
        "lang": lang,
        "length": count.length,
        "limit": count.limit,
        "unit": count.unit,
        "findings": [_finding_json(f) for f in findings],
    }


def _finding_json(f: Finding) -> dict[str, object]:
    return {
        "rule": f.rule,
        "severity": f.severity,
        "start": f.start,
        "end": f.end,
        "message": f.message,
        "code": f.code,
        "fix": f.fix,
    }


def has_blocker(report: dict[str, object]) -> bool:
    findings = report["findings"]
    assert isinstance(findings, list)
    return any(f["severity"] == "blocker" for f in findings)


def format_table(report: dict[str, object]) -> str:
    """A readable plain-text table of ``report`` (ends with a newline)."""
    limit = report["limit"]
    length = f"{report['length']}/{limit}" if limit is not None else f"{report['length']}"
    lines = [f"{report['platform']} ({report['lang']}): {length} {report['unit']}"]
    findings = report["findings"]
    assert isinstance(findings, list)
    if not findings:
        lines.append("no findings")
        return "\n".join(lines) + "\n"
    rows = [("SEVERITY", "RULE", "SPAN", "MESSAGE")]
    rows += [(f["severity"], f["rule"], f"{f['start']}-{f['end']}", f["message"]) for f in findings]
    widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
    for r in rows:
        lines.append(
            "  ".join(str(c).ljust(w) for c, w in zip(r[:3], widths, strict=True)) + "  " + r[3]
        )
    counts = {
        s: sum(1 for f in findings if f["severity"] == s) for s in ("blocker", "warning", "tip")
    }
    lines.append(", ".join(f"{s}s: {n}" for s, n in counts.items()))
    return "\n".join(lines) + "\n"
