"""Each automatic rule of checklist.md that looks at one text: a case that fires (with the exact
span it selects) and a case that does not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.checklist import HouseRules, InclusiveTerm, check_text
from app.core.checklist.model import AUTO_RULES, BLOCKER, SEVERITIES, TIP, WARNING


def found(text: str, lang: str = "en", rule: str | None = None, **kw) -> list[tuple[str, str]]:
    """(code, selected text) of the findings of ``rule`` on ``text``."""
    return [
        (f.code, text[f.start : f.end])
        for f in check_text(text, lang, f"text_{lang}", (), **kw)
        if rule is None or f.rule == rule
    ]


def only(text: str, lang: str, rule: str, **kw):
    hits = [f for f in check_text(text, lang, f"text_{lang}", (), **kw) if f.rule == rule]
    assert len(hits) == 1, hits
    return hits[0]


# --- A11Y-HASH ------------------------------------------------------------------------------------


def test_hash1_lowercase_multiword_tag_with_a_sure_split() -> None:
    f = only("Join us #mentalhealth", "en", "A11Y-HASH-1")
    assert (f.severity, f.code, f.fix) == (WARNING, "not_camelcase", "camelcase_hashtag")
    assert "Join us #mentalhealth"[f.start : f.end] == "#mentalhealth"
    assert f.params["suggestion"] == "#MentalHealth"


def test_hash1_uppercase_tag_and_unsure_split() -> None:
    assert only("#WORLDWATERDAY", "en", "A11Y-HASH-1").params["suggestion"] == "#WorldWaterDay"
    unsure = only("#qwzxvbnmk", "en", "A11Y-HASH-1")
    assert unsure.params["suggestion"] is None and unsure.fix == "camelcase_hashtag"


@pytest.mark.parametrize(
    "text",
    ["#MentalHealth", "#education", "#UNESCO", "#COVID19", "#jordan2030", "#abcde", "#الصحة"],
)
def test_hash1_not_for_camelcase_single_words_acronyms_or_short_tags(text: str) -> None:
    assert found(text, "en", "A11Y-HASH-1") == []


def test_hash2_arabic_tag_with_diacritics_or_tatweel() -> None:
    assert found("نص #الصِّحة", "ar", "A11Y-HASH-2") == [("marks_in_tag", "#الصِّحة")]
    assert found("نص #الصحـة", "ar", "A11Y-HASH-2") == [("marks_in_tag", "#الصحـة")]
    assert found("نص #الصحة_العامة", "ar", "A11Y-HASH-2") == []


def test_hash3_tags_inside_the_text() -> None:
    text = "#One we #Two go #Three now"
    assert found(text, "en", "A11Y-HASH-3") == [("inline_tags", "#One we #Two go #Three")]
    assert found("Text here #One #Two #Three", "en", "A11Y-HASH-3") == []
    assert found("#One starts the text #Two", "en", "A11Y-HASH-3") == []


def test_hashtags_are_not_found_in_urls_or_after_letters() -> None:
    assert found("See https://example.com/page#section and C#", "en", "A11Y-HASH-1") == []


# --- A11Y-EMO -------------------------------------------------------------------------------------


def test_emo1_too_many_emoji_selects_the_ones_over() -> None:
    text = "Good day 🎉👍🌟 and 🚀🌍"
    assert found(text, "en", "A11Y-EMO-1") == [("too_many", "🚀🌍")]


def test_emo1_repeated_emoji_selects_the_repeat() -> None:
    text = "Good day 🎉 and night 🎉"
    hits = found(text, "en", "A11Y-EMO-1")
    assert hits == [("repeated", "🎉")]
    f = only(text, "en", "A11Y-EMO-1")
    assert f.start == text.rindex("🎉")
    assert found("Good day 🎉👍", "en", "A11Y-EMO-1") == []


def test_emo1_counts_skin_tone_and_zwj_sequences_as_one() -> None:
    assert found("Family 👨\u200d👩\u200d👧 and 👍🏽 ok 🇯🇴", "en", "A11Y-EMO-1") == []


def test_emo2_mid_sentence_and_bullets() -> None:
    assert found("Great 🎉 news today", "en", "A11Y-EMO-2") == [("mid_sentence", "🎉")]
    assert found("Great news today 🎉", "en", "A11Y-EMO-2") == []
    assert found("Great news 🎉. Next", "en", "A11Y-EMO-2") == []
    bullets = "Steps:\n✅ register\n✅ book"
    assert found(bullets, "en", "A11Y-EMO-2") == [("bullet", "✅"), ("bullet", "✅")]
    assert found("Steps:\n✅ register", "en", "A11Y-EMO-2") == []


def test_emo_text_presentation_symbols_are_not_emoji() -> None:
    assert found("Bayan™ and ©2025 news", "en", "A11Y-EMO-2") == []


# --- A11Y-CAPS ------------------------------------------------------------------------------------


def test_caps1_run_of_capitals() -> None:
    text = "Please READ THIS NOW before Friday"
    assert found(text, "en", "A11Y-CAPS-1") == [("run", "READ THIS NOW")]
    assert found("The UN WHO EU meeting", "en", "A11Y-CAPS-1") == []
    assert found("Read THIS now", "en", "A11Y-CAPS-1") == []


def test_caps1_share_of_capitals() -> None:
    text = "ThE MiNiStRy AnNoUnCeS a NeW pRoGrAm ToDaY"
    assert [c for c, _ in found(text, "en", "A11Y-CAPS-1")] == ["ratio"]
    assert found("The Ministry Announces A New Program Today", "en", "A11Y-CAPS-1") == []


# --- A11Y-FANCY -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fancy", ["𝐁𝐨𝐥𝐝", "𝘪𝘵𝘢𝘭𝘪𝘤", "ⓒⓘⓡⓒⓛⓔ", "ｆｕｌｌ", "🄰🄱"])
def test_fancy1_lookalike_letters_with_an_nfkc_fix(fancy: str) -> None:
    f = only(f"Read {fancy} now", "en", "A11Y-FANCY-1")
    assert f.severity == BLOCKER and f.fix == "nfkc_span"
    assert f"Read {fancy} now"[f.start : f.end] == fancy


def test_fancy1_small_capitals_have_no_fix_and_lines_are_marks() -> None:
    assert only("ᴀᴄᴇ team", "en", "A11Y-FANCY-1").fix is None
    text = "an u̲n̲d̲e̲r̲ word"
    f = only(text, "en", "A11Y-FANCY-1")
    assert (f.code, text[f.start : f.end], f.fix) == ("line_marks", "u̲n̲d̲e̲r̲", "remove_line_marks")


def test_fancy1_not_for_plain_text_or_emoji_letters() -> None:
    assert found("Bold text and 🅰️ blood type", "en", "A11Y-FANCY-1") == []


# --- A11Y-LINK ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("Click here to register", "en", "Click here"),
        ("TAP  HERE", "en", "TAP  HERE"),
        ("Find it via the link in bio", "en", "link in bio"),
        ("للتسجيل اضغط هنا", "ar", "اضغط هنا"),
        ("الرابط هنا", "ar", "الرابط هنا"),
    ],
)
def test_link1_click_here(text: str, lang: str, span: str) -> None:
    assert found(text, lang, "A11Y-LINK-1") == [("click_here", span)]


def test_link1_descriptive_link_passes() -> None:
    assert found("Register on the ministry's booking page", "en", "A11Y-LINK-1") == []


def test_link2_shorteners_with_and_without_protocol() -> None:
    assert found("See https://bit.ly/3xyz now", "en", "A11Y-LINK-2") == [
        ("shortener", "https://bit.ly/3xyz")
    ]
    assert found("See tinyurl.com/abc now", "en", "A11Y-LINK-2") == [
        ("shortener", "tinyurl.com/abc")
    ]
    assert found("See https://moh.gov.jo/page now", "en", "A11Y-LINK-2") == []


# --- A11Y-PLAIN -----------------------------------------------------------------------------------


def test_plain1_long_sentence() -> None:
    long = " ".join(["word"] * 26) + "."
    assert found(f"{long} Short one.", "en", "A11Y-PLAIN-1") == [("long_sentence", long[:-1])]
    assert found(" ".join(["word"] * 25) + ".", "en", "A11Y-PLAIN-1") == []


def test_plain1_arabic_sentences_split_on_arabic_marks() -> None:
    words = " ".join(["كلمة"] * 20)
    assert found(f"{words}؟ {words}؛ {words}", "ar", "A11Y-PLAIN-1") == []


def test_plain1_acronym_not_spelled_out() -> None:
    assert found("The GAM announced the plan", "en", "A11Y-PLAIN-1") == [("acronym", "GAM")]
    f = only("The GAM announced the plan", "en", "A11Y-PLAIN-1")
    assert f.severity == TIP


@pytest.mark.parametrize(
    "text",
    [
        "Greater Amman Municipality (GAM) announced. GAM thanks you.",
        "GAM (Greater Amman Municipality) announced",
        "The Greater Amman Municipality GAM announced",
        "The WHO announced",
    ],
)
def test_plain1_acronym_spelled_out_or_well_known(text: str) -> None:
    assert found(text, "en", "A11Y-PLAIN-1") == []


def test_plain2_and_read1_readability_tips_per_language() -> None:
    en = only("The cat sat on the mat. It was happy.", "en", "A11Y-PLAIN-2")
    assert en.severity == TIP and isinstance(en.params["score"], float)
    ar = only("ذهب الولد إلى المدرسة صباحا.", "ar", "AR-READ-1")
    assert ar.severity == TIP and ar.params["unstable"] is True
    assert found("ذهب الولد إلى المدرسة", "ar", "A11Y-PLAIN-2") == []
    assert found("The cat sat on the mat", "en", "AR-READ-1") == []
    assert found("   ", "en") == []


# --- AR-TATWEEL, AR-PRES, AR-DIAC -----------------------------------------------------------------


def test_tatweel1_between_letters_not_at_word_end() -> None:
    f = only("السلام عليكم الســـلام", "ar", "AR-TATWEEL-1")
    assert (f.severity, f.fix) == (BLOCKER, "remove_tatweel")
    assert "السلام عليكم الســـلام"[f.start : f.end] == "ـــ"
    assert found("تاريخ ١٤٤٦هـ الموافق", "ar", "AR-TATWEEL-1") == []


def test_tatweel1_also_in_hashtags() -> None:
    assert found("نص #الســلام", "ar", "AR-TATWEEL-1") == [("tatweel", "ــ")]


def test_pres1_presentation_forms() -> None:
    f = only("خبر ﺍﻟﺼﺤﺔ اليوم", "ar", "AR-PRES-1")
    assert (f.severity, f.fix) == (BLOCKER, "fold_presentation_forms")
    assert "خبر ﺍﻟﺼﺤﺔ اليوم"[f.start : f.end] == "ﺍﻟﺼﺤﺔ"
    assert found("قال تعالى ﴿آية﴾", "ar", "AR-PRES-1") == []  # ornate brackets are punctuation
    assert only("﷽", "ar", "AR-PRES-1").fix is None  # no decomposition to fold to
    assert found("خبر الصحة اليوم", "ar", "AR-PRES-1") == []


def test_diac1_density_stray_and_doubled_marks() -> None:
    assert [c for c, _ in found("بِسْمِ اللَّهِ", "ar", "AR-DIAC-1")] == ["dense"]
    stray = "كلمة َكلمة"
    assert found(stray, "ar", "AR-DIAC-1") == [("after_space", "\u064e")]
    assert only(stray, "ar", "AR-DIAC-1").severity == BLOCKER
    doubled = "كلمةَ\u064e ثم"
    hits = [f for f in check_text(doubled, "ar", "text_ar") if f.code == "doubled"]
    assert [(doubled[f.start : f.end], f.start) for f in hits] == [("\u064e", 5)]
    assert found("الصِّحة العامة في الأردن الحبيب", "ar", "AR-DIAC-1") == []


# --- AR-BIDI --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bayan منصة حكومية", "Bayan"),
        ("#الأردن نص", "#"),
        ("2025 عام الخير", "2025"),
        ("@moh_jo تعلن", "@moh_jo"),
        ("سطر أول\nJordan 2030 رؤية", "Jordan 2030"),
    ],
)
def test_bidi1_arabic_paragraph_starting_left_to_right(text: str, span: str) -> None:
    f = only(text, "ar", "AR-BIDI-1")
    assert (f.severity, f.fix, text[f.start : f.end]) == (WARNING, "insert_rlm", span)


@pytest.mark.parametrize(
    "text", ["منصة Bayan", "\u200fBayan منصة", "٢٠٢٥ عام الخير", "Hello world", "«نص» Bayan"]
)
def test_bidi1_not_for_rtl_starts_or_lines_without_arabic(text: str) -> None:
    assert found(text, "ar", "AR-BIDI-1") == []


def test_bidi1_only_in_arabic_texts() -> None:
    assert found("Bayan منصة", "en", "AR-BIDI-1") == []


def test_bidi2_ltr_pieces_touching_punctuation_or_numbers() -> None:
    assert found("الموعد في 15/3 الساعة العاشرة", "ar", "AR-BIDI-2") == [("unisolated", "15/3")]
    assert found("تواصلوا مع WHO, شكرا لكم جميعا", "ar", "AR-BIDI-2") == [("unisolated", "WHO")]
    assert found("الموعد 2025-03-15 في عمان", "ar", "AR-BIDI-2") == [("unisolated", "2025-03-15")]
    assert found("الموعد في 15/3\u200e الساعة", "ar", "AR-BIDI-2") == []
    assert found("نص عربي فقط", "ar", "AR-BIDI-2") == []
    assert found("Meet on 15/3 at 10:30 in Amman", "en", "AR-BIDI-2") == []


def test_bidi3_direction_controls() -> None:
    assert found("نص \u202eمقلوب", "ar", "AR-BIDI-3") == [("override", "\u202e")]
    assert only("نص \u202eمقلوب", "ar", "AR-BIDI-3").severity == BLOCKER
    assert found("نص \u202aمضمن\u202c", "ar", "AR-BIDI-3") == [
        ("embedding", "\u202a"),
        ("embedding", "\u202c"),
    ]
    assert only("a \u2066b", "en", "AR-BIDI-3").code == "unbalanced"
    assert found("bad\ufeffchar", "en", "AR-BIDI-3") == [("invalid_char", "\ufeff")]
    assert found("a \u2066b\u2069 c", "en", "AR-BIDI-3") == []


def test_bidi4_marks_weigh_two_on_x_only() -> None:
    from app.core.checklist.platform_rules import check_platforms
    from app.core.limits import DEFAULT_LIMITS

    text = "\u200fمرحبا Bayan\u200e هنا"
    house = HouseRules()
    on_x = [f for f in check_platforms(text, "ar", "text_ar", ("x",), DEFAULT_LIMITS, False, house)]
    tips = [f for f in on_x if f.rule == "AR-BIDI-4"]
    assert len(tips) == 1 and tips[0].severity == TIP and tips[0].params["count"] == 2
    assert text[tips[0].start : tips[0].end] == "\u200f"
    on_fb = check_platforms(text, "ar", "text_ar", ("facebook",), DEFAULT_LIMITS, False, house)
    assert not [f for f in on_fb if f.rule == "AR-BIDI-4"]


# --- AR-DIGIT, AR-PUNCT ---------------------------------------------------------------------------


def test_digit1_mixed_systems_flags_the_odd_one() -> None:
    text = "عام 2025 و٢٠٢٦"
    f = only(text, "ar", "AR-DIGIT-1")
    assert (text[f.start : f.end], f.fix, f.params["target"]) == ("٢٠٢٦", "map_digits", "latn")
    more_arabic = "عام ٢٠٢٥ و٢٠٢٦ و7"
    assert found(more_arabic, "ar", "AR-DIGIT-1") == [("mixed", "7")]
    assert found("عام ٢٠٢٥ و٢٠٢٦", "ar", "AR-DIGIT-1") == []


def test_digit1_house_default_decides() -> None:
    text = "عام ٢٠٢٥ و٢٠٢٦ و7"
    assert found(text, "ar", "AR-DIGIT-1", house=HouseRules(digits="latn")) == [
        ("mixed", "٢٠٢٥"),
        ("mixed", "٢٠٢٦"),
    ]


def test_digit1_persian_digits() -> None:
    f = only("الرقم ۱۲۳", "ar", "AR-DIGIT-1")
    assert (f.code, "الرقم ۱۲۳"[f.start : f.end], f.fix) == ("persian", "۱۲۳", "map_persian_digits")
    assert f.params["target"] == "arab"


def test_punct1_latin_punctuation_in_arabic_sentences() -> None:
    assert found("مرحبا, كيف الحال?", "ar", "AR-PUNCT-1") == [
        ("latin_punctuation", ","),
        ("latin_punctuation", "?"),
    ]
    assert found("مرحبا، كيف الحال؟", "ar", "AR-PUNCT-1") == []
    assert found("بلغ العدد 3,5 مليون شخص", "ar", "AR-PUNCT-1") == []
    assert found("زوروا https://moh.gov.jo/?a=1,2 للمزيد", "ar", "AR-PUNCT-1") == []
    assert found("Hello, world and more words مرحبا", "ar", "AR-PUNCT-1") == []
    assert found("قال الوزير Hello, world ثم غادر القاعة", "ar", "AR-PUNCT-1") == []


# --- GOV-PII-2, GOV-INCL-1 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "span"),
    [
        ("Write to ali.m+news@moh.gov.jo today", "email", "ali.m+news@moh.gov.jo"),
        ("اتصل على 0791234567 الآن", "mobile", "0791234567"),
        ("Call +962781234567 now", "mobile", "+962781234567"),
        ("اتصل على ٠٧٩١٢٣٤٥٦٧ الآن", "mobile", "٠٧٩١٢٣٤٥٦٧"),
        ("الرقم الوطني 9901234567 للمواطن", "national_id", "9901234567"),
    ],
)
def test_pii2_personal_data(text: str, code: str, span: str) -> None:
    f = only(text, "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en", "GOV-PII-2")
    assert (f.severity, f.code, text[f.start : f.end]) == (BLOCKER, code, span)


@pytest.mark.parametrize("text", ["Call 07912345 now", "رقم القرار 12345", "Visit moh.gov.jo"])
def test_pii2_not_for_short_numbers_or_sites(text: str) -> None:
    assert found(text, "en", "GOV-PII-2") == []


def test_incl1_house_terms_in_both_languages() -> None:
    assert found("He suffers from asthma", "en", "GOV-INCL-1") == [("term", "suffers from")]
    assert found("Support for the   HANDICAPPED", "en", "GOV-INCL-1") == [("term", "HANDICAPPED")]
    assert found("خدمات للمعاقين والمُعَاقين", "ar", "GOV-INCL-1") == [
        ("term", "للمعاقين"),
        ("term", "والمُعَاقين"),
    ]
    assert found("He lives with asthma", "en", "GOV-INCL-1") == []
    assert found("خدمات للأشخاص ذوي الإعاقة في الجامعات", "ar", "GOV-INCL-1") == []


def test_incl1_house_list_can_be_replaced() -> None:
    house = HouseRules(inclusive_terms=(InclusiveTerm("citizen", "resident", "en"),))
    assert found("Every citizen counts", "en", "GOV-INCL-1", house=house) == [("term", "citizen")]
    assert found("He suffers from asthma", "en", "GOV-INCL-1", house=house) == []
    assert only("Every citizen counts", "en", "GOV-INCL-1", house=house).params["suggestion"] == (
        "resident"
    )


# --- every finding is well formed -----------------------------------------------------------------


def test_findings_carry_known_ids_severities_and_messages() -> None:
    text = (
        "Bayan منصة الســلام ﺍﻟﺼﺤﺔ, 15/3 و١٢ #mentalhealth 🎉 هنا info@x.jo\n"
        "PLEASE READ THIS NOW 𝐁𝐨𝐥𝐝 click here https://bit.ly/x"
    )
    findings = check_text(text, "ar", "text_ar", ("x",))
    assert len({f.rule for f in findings}) >= 12
    for f in findings:
        assert f.rule in AUTO_RULES and f.severity in SEVERITIES
        assert f.message and "\n" not in f.message and f.code
        assert f.field == "text_ar" and f.platforms == ("x",)
        assert 0 <= f.start <= f.end <= len(text)


@given(st.text(alphabet="معاقينلوبكفالأإآٱةهذيىحتجخصَُِّْـ ", max_size=60))
def test_incl1_quick_test_never_hides_a_match(text: str) -> None:
    """The substring test that skips the Arabic patterns misses nothing they would find."""
    from app.core.checklist.house import DEFAULT_INCLUSIVE_TERMS
    from app.core.checklist.text_rules import _arabic_prefix_start, _inclusive_matcher

    reported = {(s, e) for _, s, e in _incl_spans(text)}
    for _, _, pattern in _inclusive_matcher(DEFAULT_INCLUSIVE_TERMS).arabic:
        for m in pattern.finditer(text):
            start = _arabic_prefix_start(text, m.start())
            if start is not None:
                assert (start, m.end()) in reported


def _incl_spans(text: str) -> list[tuple[str, int, int]]:
    return [
        (f.code, f.start, f.end)
        for f in check_text(text, "ar", "text_ar")
        if f.rule == "GOV-INCL-1"
    ]
