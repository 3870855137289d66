"""The one-click fixes: each fix removes its finding and changes nothing else."""

from __future__ import annotations

import pytest

from app.core.checklist import Finding, check_text
from app.core.fixes import apply_fix, apply_fixes, camelcase_hint_ok, needs_hint


def finding(text: str, lang: str, rule: str) -> Finding:
    [f] = [f for f in check_text(text, lang, f"text_{lang}") if f.rule == rule]
    return f


def rule_ids(text: str, lang: str) -> set[str]:
    return {f.rule for f in check_text(text, lang, f"text_{lang}")}


def test_remove_tatweel_keeps_the_hijri_year() -> None:
    text = "السلام عليكم الســـلام ١٤٤٦هـ"
    fixed = apply_fix(text, finding(text, "ar", "AR-TATWEEL-1"))
    assert fixed == "السلام عليكم السلام ١٤٤٦هـ"
    assert "AR-TATWEEL-1" not in rule_ids(fixed, "ar")


def test_fold_presentation_forms() -> None:
    text = "خبر ﺍﻟﺼﺤﺔ اليوم"
    fixed = apply_fix(text, finding(text, "ar", "AR-PRES-1"))
    assert fixed == "خبر الصحة اليوم"


def test_rlm_at_the_start_of_the_line() -> None:
    text = "سطر أول\nBayan منصة حكومية"
    fixed = apply_fix(text, finding(text, "ar", "AR-BIDI-1"))
    assert fixed == "سطر أول\n\u200fBayan منصة حكومية"
    assert "AR-BIDI-1" not in rule_ids(fixed, "ar")
    assert apply_fix(fixed, finding(text, "ar", "AR-BIDI-1")) == fixed  # already there: no second


def test_lrm_after_an_ltr_piece() -> None:
    text = "الموعد في 15/3 الساعة العاشرة"
    fixed = apply_fix(text, finding(text, "ar", "AR-BIDI-2"))
    assert fixed == "الموعد في 15/3\u200e الساعة العاشرة"
    assert "AR-BIDI-2" not in rule_ids(fixed, "ar")


def test_camelcase_with_a_sure_split() -> None:
    text = "Join us #mentalhealth"
    f = finding(text, "en", "A11Y-HASH-1")
    assert not needs_hint(f)
    assert apply_fix(text, f) == "Join us #MentalHealth"


def test_camelcase_with_the_officers_hint() -> None:
    text = "Join us #qwzxvbnmk today"
    f = finding(text, "en", "A11Y-HASH-1")
    assert needs_hint(f)
    assert apply_fix(text, f) == text  # no hint, no sure split: unchanged
    assert apply_fix(text, f, "#QwzXvbNmk") == "Join us #QwzXvbNmk today"
    assert apply_fix(text, f, "QwzXvbNmk") == "Join us #QwzXvbNmk today"
    assert apply_fix(text, f, "#OtherTag") == text  # a different tag is refused
    assert apply_fix(text, f, "#Qwz_XvbNmk") == text


def test_camelcase_hint_check() -> None:
    assert camelcase_hint_ok("#mentalhealth", "#MentalHealth")
    assert not camelcase_hint_ok("#mentalhealth", "#mentalhealth")
    assert not camelcase_hint_ok("#mentalhealth", "#MentalHealths")
    assert not camelcase_hint_ok("#mentalhealth", "")


def test_clean_arabic_hashtag() -> None:
    text = "نص #الصِّحـة"
    f = finding(text, "ar", "A11Y-HASH-2")
    assert apply_fix(text, f) == "نص #الصحة"


def test_arabic_punctuation() -> None:
    text = "مرحبا, كيف الحال?"
    fixed = apply_fixes(text, check_text(text, "ar", "text_ar"))
    assert fixed == "مرحبا، كيف الحال؟"


def test_digit_fixes() -> None:
    text = "الرقم ۱۲۳ و٤٥"
    assert apply_fix(text, finding(text, "ar", "AR-DIGIT-1")) == "الرقم ١٢٣ و٤٥"
    mixed = "عام 2025 و٢٠٢٦"
    assert apply_fix(mixed, finding(mixed, "ar", "AR-DIGIT-1")) == "عام 2025 و2026"


def test_fancy_letters_and_line_marks() -> None:
    text = "Read 𝐁𝐨𝐥𝐝 now"
    assert apply_fix(text, finding(text, "en", "A11Y-FANCY-1")) == "Read Bold now"
    struck = "an s̶t̶r̶u̶c̶k̶ word"
    assert apply_fix(struck, finding(struck, "en", "A11Y-FANCY-1")) == "an struck word"


@pytest.mark.parametrize(
    ("text", "lang", "rule", "fixed"),
    [
        ("bad\ufeffchar", "en", "AR-BIDI-3", "badchar"),
        ("كلمة َكلمة", "ar", "AR-DIAC-1", "كلمة كلمة"),
    ],
)
def test_delete_span(text: str, lang: str, rule: str, fixed: str) -> None:
    assert apply_fix(text, finding(text, lang, rule)) == fixed


def test_stale_or_unknown_findings_leave_the_text_alone() -> None:
    text = "السلام الســلام"
    f = finding(text, "ar", "AR-TATWEEL-1")
    assert apply_fix("قصير", f) == "قصير"  # the span no longer fits
    assert apply_fix("السلام السلام", f) == "السلام السلام"  # nothing to remove there now
    odd = Finding("X", "warning", "text_ar", 0, 3, fix="no_such_fix")
    assert apply_fix(text, odd) == text
    assert apply_fix(text, Finding("X", "warning", "text_ar", 5, 2, fix="delete_span")) == text


def test_apply_fixes_fixes_everything_fixable_at_once() -> None:
    text = "Bayan الســلام ﺍﻟﺼﺤﺔ, في 15/3 الساعة"
    fixed = apply_fixes(text, check_text(text, "ar", "text_ar"))
    assert fixed == "\u200fBayan السلام الصحة، في 15/3\u200e الساعة"
    remaining = {f.rule for f in check_text(fixed, "ar", "text_ar") if f.fix}
    assert remaining == set()
