"""Arabic helpers: search folding (NOTES.md), presentation forms, tatweel, digits, script."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core import arabic


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("الصِّحَّةُ", "الصحه"),
        ("الســـلام", "السلام"),
        ("هٰذا", "هذا"),
        ("عام ٢٠٢٥", "عام 2025"),
        ("AMMAN Vision", "amman vision"),
        ("ﺍﻟﺼﺤﺔ", "الصحه"),  # presentation forms, via NFKC
        ("ﻻ", "لا"),
    ],
)
def test_normalise_for_search_folds_as_notes_say(typed: str, folded: str) -> None:
    assert arabic.normalise_for_search(typed) == folded


def test_search_folding_makes_spelling_variants_meet() -> None:
    variants = ["المؤتمر الصحفي للوزارة", "المؤتمر الصحفى للوزاره", "المُؤتَمَرُ الصَّحَفِيُّ للوزارة"]
    assert len({arabic.normalise_for_search(v) for v in variants}) == 1


def test_search_folding_keeps_persian_digits_as_notes_list_only_arabic_indic() -> None:
    assert arabic.normalise_for_search("۱۲") == "۱۲"


def test_fold_presentation_forms_touches_only_presentation_forms() -> None:
    text = "ﺍﻟﺼﺤﺔ الصِّحة ١٤٤٦هـ x²"
    folded = arabic.fold_presentation_forms(text)
    assert folded == "الصحة الصِّحة ١٤٤٦هـ x²"  # superscript ² kept (not a presentation form)


def test_remove_tatweel_keeps_the_hijri_year_suffix() -> None:
    assert arabic.remove_tatweel("الســـلام عليكم ١٤٤٦هـ") == "السلام عليكم ١٤٤٦هـ"
    assert arabic.remove_tatweel("تاريخ ١٤٤٦هـ.") == "تاريخ ١٤٤٦هـ."


def test_remove_tatweel_keeps_marks_and_handles_presentation_tatweel() -> None:
    assert arabic.remove_tatweel("بَـــد") == "بَد"
    assert arabic.remove_tatweel("ب\ufe77د") == "بَد"  # ARABIC FATHA MEDIAL FORM
    assert arabic.remove_tatweel("ـبد ـ") == "ـبد ـ"  # no letter before: not decorative


def test_digit_mappings() -> None:
    assert arabic.arabic_indic_to_ascii("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert arabic.persian_to_ascii("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert arabic.persian_to_arabic_indic("۴۵۶") == "٤٥٦"
    assert arabic.ascii_to_arabic_indic("2025") == "٢٠٢٥"
    assert arabic.to_ascii_digits("٢٠۲۵ and 7") == "2025 and 7"


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("صورة لوزير الصحة", "ar"),
        ("The minister of health", "en"),
        ("Minister وزير الصحة في عمان", "ar"),
        ("2025 ٢٠٢٥ !!! 🎉", None),
        ("ab أب", None),
        ("", None),
    ],
)
def test_dominant_script(text: str, script: str | None) -> None:
    assert arabic.dominant_script(text) == script


@given(st.text())
def test_helpers_never_raise_and_keep_types(text: str) -> None:
    assert isinstance(arabic.normalise_for_search(text), str)
    folded = arabic.fold_presentation_forms(text)
    for c in folded:  # what is left of the presentation forms has no decomposition
        if arabic.PRESENTATION_FORMS.match(c):
            assert unicodedata.normalize("NFKC", c) == c
    assert arabic.dominant_script(text) in ("ar", "en", None)
    assert len(arabic.to_ascii_digits(text)) == len(text)
    assert isinstance(arabic.remove_tatweel(text), str)


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويـَُِّْ ١٤٦هـ"))
def test_remove_tatweel_leaves_no_decorative_tatweel(text: str) -> None:
    assert not arabic.DECORATIVE_TATWEEL.search(arabic.remove_tatweel(text))
