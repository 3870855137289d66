"""Readability tips: OSMAN equals textstat's ``osman()``; Flesch uses textstat's counting."""

from __future__ import annotations

import pytest
import textstat  # a test dependency (pyproject "test" extra): the reference implementation
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.checklist import readability

ARABIC_TEXTS = [
    "وزارة الصحة تعلن عن حملة التطعيم الوطنية للأطفال في جميع المحافظات. ويمكن للأهالي حجز موعد.",
    "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ",
    "ذهب الولد إلى المدرسة. وقرأ كتابا جميلا؟ نعم! لا.",
    "مؤسسات الدولة والمواطنون يعملون معا من أجل مستقبل أفضل لأبنائنا وبناتنا",
    "أعلنت الوزارة اليوم. ثم أكدت! وبعدها؟ انتهى الاجتماع. " * 20,
    "a",
    "",
    "...",
    "كلمة.\nسطر آخر مع 123 رقم و ٤٥٦.",
]


@pytest.mark.parametrize("text", ARABIC_TEXTS)
def test_osman_equals_textstat(text: str) -> None:
    assert readability.osman(text) == pytest.approx(textstat.osman(text), abs=1e-9)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤةىأإآ َُِّْٰـ.!?،؟\n", max_size=300))
def test_osman_equals_textstat_on_any_arabic_text(text: str) -> None:
    assert readability.osman(text) == pytest.approx(textstat.osman(text), abs=1e-7)


def test_flesch_uses_textstats_formula_and_counting() -> None:
    # 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1
    assert readability.flesch_reading_ease("The cat sat on the mat.") == pytest.approx(116.145)
    assert readability.flesch_reading_ease("") == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Health announces the national vaccination campaign. Parents can book.",
        "Join us tomorrow at 10 am. We will discuss the new road safety plan, and the budget!",
        "Short. Very short. It's done, isn't it? Yes.",
    ],
)
def test_flesch_matches_textstat_given_the_same_syllables(text: str, monkeypatch) -> None:
    """With textstat's syllable counter fed our counts, the scores agree: the word and
    sentence counting is textstat's own."""
    from textstat.backend.counts import _count_syllables
    from textstat.backend.metrics import _flesch_reading_ease, _syllables_per_word

    words = readability._words(text.lower())
    fake = {w: [["A1"] * readability.english_syllables(w)] for w in words}
    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: fake)
    for cached in (
        _count_syllables.count_syllables,
        _syllables_per_word.syllables_per_word,
        _flesch_reading_ease.flesch_reading_ease,
    ):
        cached.cache_clear()
    try:
        expected = textstat.flesch_reading_ease(text)
    finally:
        for cached in (
            _count_syllables.count_syllables,
            _syllables_per_word.syllables_per_word,
            _flesch_reading_ease.flesch_reading_ease,
        ):
            cached.cache_clear()
    assert readability.flesch_reading_ease(text) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("ministry", 3),
        ("health", 1),
        ("vaccination", 4),
        ("children", 2),
        ("table", 2),
        ("make", 1),
        ("created", 3),
        ("loved", 1),
        ("boxes", 2),
        ("area", 3),
        ("idea", 3),
        ("science", 2),
        ("being", 2),
        ("people", 2),
        ("social", 2),
        ("cities", 2),
        ("the", 1),
        ("video", 3),
        ("quiet", 2),
        ("makes", 1),
    ],
)
def test_english_syllables(word: str, syllables: int) -> None:
    assert readability.english_syllables(word) == syllables


def test_scores_do_not_depend_on_how_the_text_is_cut() -> None:
    text = "First sentence here. Second one! Third? " * 5
    whole = readability.flesch_reading_ease(text)
    readability._flesch_counts.cache_clear()
    assert readability.flesch_reading_ease(text) == whole
    assert "".join(readability.chunks(text)) == text


def test_links_hashtags_and_handles_are_not_read_as_words() -> None:
    from app.core.checklist import check_single_text

    plain = "Registration opens today. Details on our site."
    noisy = (
        "Registration opens today. Details on our site https://iec.jo/register"
        " #VoterRegistration @IEC_Jordan"
    )

    def score(text: str) -> float:
        found = [f for f in check_single_text(text, "en", "facebook") if f.rule == "A11Y-PLAIN-2"]
        return found[0].params["score"]

    assert score(noisy) == pytest.approx(score(plain), abs=1.0)
    assert score(noisy) > 0
