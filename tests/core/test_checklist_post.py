"""run_checklist on whole drafts: variants and platforms, media and alt text, the post-level
rules, platform limits, spans through NFC, and what blocks submission."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.checklist import (
    MANUAL_RULES,
    Finding,
    blocking,
    manual_rules_for,
    needs_justification,
    run_checklist,
)
from app.core.checklist.model import BLOCKER, TIP, WARNING
from app.core.draft import Draft, MediaInfo, QuietSpan
from app.core.limits import DEFAULT_LIMITS, limits_from_settings

UTC = dt.UTC
SOURCE = "Ministry press release"


def rules(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


def image(**kw) -> MediaInfo:
    base = {"kind": "image", "name": "photo.jpg", "licence": "Ministry", "alt_ar": "", "alt_en": ""}
    base.update(kw)
    return MediaInfo(**base)


# --- texts per platform ---------------------------------------------------------------------------


def test_shared_text_reported_once_with_its_platforms() -> None:
    draft = Draft(text_ar="السلام عليكم الســلام", platforms=("x", "facebook", "instagram"))
    [f] = rules(run_checklist(draft), "AR-TATWEEL-1")
    assert f.field == "text_ar" and f.platforms == ("facebook", "x", "instagram")


def test_a_platform_variant_is_its_own_field() -> None:
    draft = Draft(
        text_ar="نص عادي",
        platforms=("x", "facebook"),
        variants={"x": ("نص الســلام لمنصة إكس", None)},
    )
    [f] = rules(run_checklist(draft), "AR-TATWEEL-1")
    assert (f.field, f.platforms) == ("variant:x:ar", ("x",))
    assert draft.variants["x"][0][f.start : f.end] == "ــ"  # type: ignore[index]


def test_a_variant_equal_to_the_base_text_is_the_base_field() -> None:
    text = "نص الســلام"
    draft = Draft(text_ar=text, platforms=("x", "facebook"), variants={"x": (text, None)})
    [f] = rules(run_checklist(draft), "AR-TATWEEL-1")
    assert (f.field, f.platforms) == ("text_ar", ("facebook", "x"))


def test_without_platforms_the_base_texts_are_checked() -> None:
    draft = Draft(text_ar="نص الســلام", text_en="Click here")
    found = run_checklist(draft)
    assert {(f.rule, f.field, f.platforms) for f in found if f.severity != TIP} == {
        ("AR-TATWEEL-1", "text_ar", ()),
        ("A11Y-LINK-1", "text_en", ()),
    }


def test_findings_come_blockers_first() -> None:
    draft = Draft(text_ar="الســلام, عليكم", text_en="Click here", source_refs=SOURCE)
    order = [f.severity for f in run_checklist(draft)]
    assert order == sorted(order, key=[BLOCKER, WARNING, TIP].index)
    assert order[0] == BLOCKER and order[-1] == TIP


def test_spans_point_into_the_text_as_typed_when_nfc_changes_it() -> None:
    # "é" typed as e + combining acute: NFC composes it, so NFC indices run one short.
    typed = "Cafe\u0301 ﺍﻟﺼﺤﺔ click here"
    draft = Draft(text_en=typed)
    found = run_checklist(draft)
    [pres] = rules(found, "AR-PRES-1")
    assert typed[pres.start : pres.end] == "ﺍﻟﺼﺤﺔ"
    [link] = rules(found, "A11Y-LINK-1")
    assert typed[link.start : link.end] == "click here"


def test_a_span_inside_a_composed_character_widens_to_the_whole_character() -> None:
    typed = "نص a\u0332\u0301bc"  # underline mark: NFC reorders nothing but composes á
    [f] = rules(run_checklist(Draft(text_ar=typed)), "A11Y-FANCY-1")
    assert typed[f.start : f.end].startswith("a") and f.end <= len(typed)


# --- platform limits ------------------------------------------------------------------------------


def test_plat_x1_weighted_length_and_the_span_past_the_limit() -> None:
    text = "a" * 281
    [f] = rules(run_checklist(Draft(text_en=text, platforms=("x",))), "PLAT-X-1")
    assert (f.severity, f.start, f.end, f.params["length"]) == (BLOCKER, 280, 281, 281)
    assert rules(run_checklist(Draft(text_en="a" * 280, platforms=("x",))), "PLAT-X-1") == []


def test_plat_x1_urls_weigh_23_and_arabic_weighs_1() -> None:
    text = "ا" * 257 + " https://moh.gov.jo/" + "x" * 200  # 257 + 1 + 23 = 281
    [f] = rules(run_checklist(Draft(text_ar=text, platforms=("x",))), "PLAT-X-1")
    assert f.params["length"] == 281 and f.start == 258  # the URL is what goes over


def test_plat_x2_premium() -> None:
    premium = Draft(text_en="a" * 281, platforms=("x",), x_premium=True)
    assert [f.rule for f in run_checklist(premium) if f.rule.startswith("PLAT")] == []
    too_long = Draft(text_en="a " * 12_501, platforms=("x",), x_premium=True)
    [f] = [f for f in run_checklist(too_long) if f.rule.startswith("PLAT")]
    assert f.rule == "PLAT-X-2" and f.params["limit"] == 25_000


@pytest.mark.parametrize(
    ("platform", "rule", "limit"),
    [
        ("instagram", "PLAT-IG", 2200),
        ("facebook", "PLAT-FB", 63_206),
        ("linkedin", "PLAT-LI", 3000),
        ("tiktok", "PLAT-TT", 2200),
        ("threads", "PLAT-TH", 500),
    ],
)
def test_plat_code_point_limits(platform: str, rule: str, limit: int) -> None:
    over = Draft(text_en="a" * (limit + 1), platforms=(platform,))
    [f] = rules(run_checklist(over), rule)
    assert (f.start, f.end, f.platforms) == (limit, limit + 1, (platform,))
    assert rules(run_checklist(Draft(text_en="a" * limit, platforms=(platform,))), rule) == []


def test_plat_yt_description_in_bytes() -> None:
    text = "ب" * 2501  # 5,002 bytes of UTF-8
    [f] = rules(run_checklist(Draft(text_ar=text, platforms=("youtube",))), "PLAT-YT")
    assert (f.code, f.start, f.params["length"]) == ("too_long", 2500, 5002)
    assert rules(run_checklist(Draft(text_ar="ب" * 2500, platforms=("youtube",))), "PLAT-YT") == []


def test_plat_yt_angle_brackets_and_title() -> None:
    draft = Draft(text_en="Watch <this>", title="T" * 101 + ">", platforms=("youtube",))
    found = rules(run_checklist(draft), "PLAT-YT")
    assert {(f.field, f.code) for f in found} == {
        ("text_en", "angle_brackets"),
        ("title", "title_too_long"),
        ("title", "angle_brackets"),
    }
    assert rules(run_checklist(Draft(title="<x>", platforms=("x",))), "PLAT-YT") == []


def test_plat_th_emoji_count_their_bytes_and_links_are_capped() -> None:
    ok = Draft(text_en="👍" * 125, platforms=("threads",))  # 125 x 4 bytes = 500
    assert rules(run_checklist(ok), "PLAT-TH") == []
    [f] = rules(run_checklist(Draft(text_en="👍" * 126, platforms=("threads",))), "PLAT-TH")
    assert (f.start, f.end) == (125, 126)  # the 126th emoji is what goes over
    links = " ".join(f"https://site{i}.gov.jo" for i in range(6))
    [f] = rules(run_checklist(Draft(text_en=links, platforms=("threads",))), "PLAT-TH")
    assert f.code == "too_many_links" and links[f.start : f.end] == "https://site5.gov.jo"


def test_limits_come_from_the_editable_table() -> None:
    limits = limits_from_settings({"linkedin_text": 10})
    [f] = rules(run_checklist(Draft(text_en="a" * 11, platforms=("linkedin",)), limits), "PLAT-LI")
    assert f.params["limit"] == 10


def test_hash4_house_rule_and_platform_cap() -> None:
    tags = " ".join(f"#Tag{i}" for i in range(6))
    found = rules(
        run_checklist(Draft(text_en=f"News {tags}", platforms=("x", "instagram"))), "A11Y-HASH-4"
    )
    by_severity = {f.severity: f for f in found}
    assert by_severity[BLOCKER].platforms == ("instagram",)
    assert by_severity[WARNING].platforms == ("x",)
    text = f"News {tags}"
    assert text[by_severity[BLOCKER].start : by_severity[BLOCKER].end] == "#Tag5"
    assert text[by_severity[WARNING].start : by_severity[WARNING].end] == "#Tag2 #Tag3 #Tag4 #Tag5"
    two = run_checklist(Draft(text_en="News #One #Two", platforms=("instagram",)))
    assert rules(two, "A11Y-HASH-4") == []


def test_unknown_platforms_do_not_break_the_checklist() -> None:
    found = run_checklist(Draft(text_en="a" * 300, platforms=("myspace", "x")))
    assert [f.platforms for f in rules(found, "PLAT-X-1")] == [("x",)]


# --- media and alt text ---------------------------------------------------------------------------


def test_alt1_every_image_needs_alt_text_in_the_post_languages() -> None:
    draft = Draft(text_ar="نص", text_en="Text", platforms=("x", "youtube"), media=(image(),))
    found = rules(run_checklist(draft), "A11Y-ALT-1")
    assert {(f.field, f.platforms, f.start, f.end) for f in found} == {
        ("media:0:alt_ar", ("x",), 0, 0),
        ("media:0:alt_en", ("x",), 0, 0),
    }
    arabic_only = Draft(text_ar="نص", media=(image(alt_ar="الوزير في عمان"),))
    assert rules(run_checklist(arabic_only), "A11Y-ALT-1") == []


def test_alt1_not_for_video_or_platforms_without_alt_text() -> None:
    video = MediaInfo(kind="video", licence="x", has_captions_file=True)
    assert rules(run_checklist(Draft(text_ar="نص", media=(video,))), "A11Y-ALT-1") == []
    yt = Draft(text_ar="نص", platforms=("youtube",), media=(image(),))
    assert rules(run_checklist(yt), "A11Y-ALT-1") == []


def test_alt2_cap_and_heuristic() -> None:
    long_alt = "a " * 150  # 300 characters
    draft = Draft(text_en="Text", platforms=("x",), media=(image(alt_en=long_alt),))
    [f] = rules(run_checklist(draft), "A11Y-ALT-2")
    assert (f.severity, f.start, f.end) == (WARNING, 250, 300)
    on_linkedin = Draft(text_en="Text", platforms=("linkedin",), media=(image(alt_en=long_alt),))
    [f] = rules(run_checklist(on_linkedin), "A11Y-ALT-2")
    assert (f.severity, f.platforms, f.start) == (BLOCKER, ("linkedin",), 120)
    short = Draft(text_en="Text", platforms=("x",), media=(image(alt_en="A minister speaks"),))
    assert rules(run_checklist(short), "A11Y-ALT-2") == []


@pytest.mark.parametrize(
    ("alt", "span"),
    [
        ("Image of the minister at the podium", "Image of"),
        ("  a photo showing the new school", "a photo showing"),
    ],
)
def test_alt3_image_of_lead_in(alt: str, span: str) -> None:
    draft = Draft(text_en="Text", media=(image(alt_en=alt),))
    [f] = rules(run_checklist(draft), "A11Y-ALT-3")
    assert alt[f.start : f.end] == span and f.field == "media:0:alt_en"


def test_alt3_arabic_lead_in_and_a_plain_description() -> None:
    alt = "صورة تظهر الوزير في المدرسة"
    [f] = rules(run_checklist(Draft(text_ar="نص", media=(image(alt_ar=alt),))), "A11Y-ALT-3")
    assert alt[f.start : f.end] == "صورة تظهر"
    plain = Draft(text_en="Text", media=(image(alt_en="The minister at the podium"),))
    assert rules(run_checklist(plain), "A11Y-ALT-3") == []


def test_alt4_file_names_placeholders_and_copies_of_the_post() -> None:
    for alt, code in (("IMG_1234", "placeholder"), ("launch-final.JPG", "filename")):
        [f] = rules(run_checklist(Draft(text_en="T", media=(image(alt_en=alt),))), "A11Y-ALT-4")
        assert f.code == code
    copy = Draft(
        text_en="The minister opened the school",
        media=(image(alt_en="The minister opened the school"),),
    )
    [f] = rules(run_checklist(copy), "A11Y-ALT-4")
    assert f.code == "copy_of_post"
    good = Draft(text_en="News", media=(image(alt_en="Children in a bright classroom"),))
    assert rules(run_checklist(good), "A11Y-ALT-4") == []


def test_alt5_image_with_text_needs_five_words() -> None:
    short = Draft(text_en="T", media=(image(alt_en="Poster text", contains_text=True),))
    [f] = rules(run_checklist(short), "A11Y-ALT-5")
    assert (f.severity, f.params["words"]) == (BLOCKER, 2)
    long = image(alt_en="Poster: vaccination days are Sunday to Thursday", contains_text=True)
    assert rules(run_checklist(Draft(text_en="T", media=(long,))), "A11Y-ALT-5") == []
    unticked = Draft(text_en="T", media=(image(alt_en="Poster text"),))
    assert rules(run_checklist(unticked), "A11Y-ALT-5") == []


def test_alt6_alt_text_language() -> None:
    draft = Draft(text_ar="نص", text_en="T", media=(image(alt_ar="The minister", alt_en="الوزير"),))
    found = rules(run_checklist(draft), "A11Y-ALT-6")
    assert {(f.field, f.params["found"]) for f in found} == {
        ("media:0:alt_ar", "en"),
        ("media:0:alt_en", "ar"),
    }
    good = Draft(text_ar="نص", text_en="T", media=(image(alt_ar="الوزير", alt_en="The minister"),))
    assert rules(run_checklist(good), "A11Y-ALT-6") == []


def test_alt_text_gets_the_character_rules_too() -> None:
    draft = Draft(text_ar="نص", media=(image(alt_ar="الوزير في الســاحة"),))
    [f] = rules(run_checklist(draft), "AR-TATWEEL-1")
    assert f.field == "media:0:alt_ar"


def test_vid1_captions() -> None:
    bare = MediaInfo(kind="video", name="clip.mp4", licence="x")
    [f] = rules(run_checklist(Draft(text_en="T", media=(bare,))), "A11Y-VID-1")
    assert (f.field, f.severity) == ("media:0", BLOCKER)
    for ok in (
        MediaInfo(kind="video", licence="x", has_captions_file=True),
        MediaInfo(kind="video", licence="x", burned_in_captions=True),
    ):
        assert rules(run_checklist(Draft(text_en="T", media=(ok,))), "A11Y-VID-1") == []


def test_pii1_consent_per_identifiable_person() -> None:
    people = image(alt_en="Pupils", has_identifiable_people=True, people_count=3, consent_count=2)
    [f] = rules(run_checklist(Draft(text_en="T", media=(people,))), "GOV-PII-1")
    assert f.params == {"people": 3, "consents": 2}
    unnumbered = image(alt_en="Pupils", has_identifiable_people=True)
    assert len(rules(run_checklist(Draft(text_en="T", media=(unnumbered,))), "GOV-PII-1")) == 1
    ok = image(alt_en="Pupils", has_identifiable_people=True, people_count=2, consent_count=2)
    assert rules(run_checklist(Draft(text_en="T", media=(ok,))), "GOV-PII-1") == []


def test_copy1_licence() -> None:
    [f] = rules(
        run_checklist(Draft(text_en="T", media=(image(alt_en="x y", licence=" "),))), "GOV-COPY-1"
    )
    assert f.field == "media:0"
    assert (
        rules(run_checklist(Draft(text_en="T", media=(image(alt_en="x y"),))), "GOV-COPY-1") == []
    )


# --- the post as a whole --------------------------------------------------------------------------


def test_fact1_figures_need_a_source() -> None:
    for text in ("Up 20% this year", "ارتفع بنسبة ٢٠٪"):
        [f] = rules(run_checklist(Draft(text_en=text)), "GOV-FACT-1")
        assert (f.field, f.severity) == ("source_refs", BLOCKER)
    assert rules(run_checklist(Draft(text_en="Up 20%", source_refs=SOURCE)), "GOV-FACT-1") == []
    assert rules(run_checklist(Draft(text_en="No figures here")), "GOV-FACT-1") == []


def test_link2_on_the_link_field() -> None:
    [f] = rules(run_checklist(Draft(text_en="T", link="  https://bit.ly/abc ")), "A11Y-LINK-2")
    assert (f.field, f.start, f.end) == ("link", 2, 20)
    assert rules(run_checklist(Draft(text_en="T", link="https://moh.gov.jo")), "A11Y-LINK-2") == []


def test_quiet1_scheduled_inside_a_quiet_period() -> None:
    quiet = QuietSpan(
        dt.datetime(2025, 9, 9, tzinfo=UTC), dt.datetime(2025, 9, 10, tzinfo=UTC), name_en="Silence"
    )
    inside = dt.datetime(2025, 9, 9, 12, tzinfo=UTC)
    [f] = rules(
        run_checklist(Draft(text_en="T", scheduled_at=inside, quiet_periods=(quiet,))),
        "GOV-QUIET-1",
    )
    assert (f.field, f.params["name_en"]) == ("scheduled_at", "Silence")
    allowed = QuietSpan(quiet.starts_at, quiet.ends_at, allows_publishing=True)
    assert (
        rules(
            run_checklist(Draft(text_en="T", scheduled_at=inside, quiet_periods=(allowed,))),
            "GOV-QUIET-1",
        )
        == []
    )
    after = dt.datetime(2025, 9, 10, tzinfo=UTC)  # the end is outside
    assert (
        rules(
            run_checklist(Draft(text_en="T", scheduled_at=after, quiet_periods=(quiet,))),
            "GOV-QUIET-1",
        )
        == []
    )
    naive = dt.datetime(2025, 9, 9, 12)  # read as UTC rather than raising
    assert (
        len(
            rules(
                run_checklist(Draft(text_en="T", scheduled_at=naive, quiet_periods=(quiet,))),
                "GOV-QUIET-1",
            )
        )
        == 1
    )


# --- manual confirmations and submission ----------------------------------------------------------


def test_manual_rules_list_every_manual_rule_in_order() -> None:
    ids = [m.rule for m in MANUAL_RULES]
    for rule in (
        "A11Y-ALT-5",
        "A11Y-VID-1",
        "A11Y-VID-2",
        "A11Y-VID-3",
        "A11Y-LINK-3",
        "A11Y-COLOR-1",
        "AR-LANG-1",
        "GOV-PROP-1",
        "GOV-INCL-1",
        "GOV-PII-2",
        "GOV-FACT-1",
    ):
        assert rule in ids
    assert len(ids) == len(set(ids))
    assert all(m.severity in (BLOCKER, WARNING, TIP) for m in MANUAL_RULES)


def test_manual_rules_that_apply_depend_on_the_post() -> None:
    text_only = {m.rule for m in manual_rules_for(Draft(text_en="T"))}
    assert "A11Y-VID-1" not in text_only and "A11Y-COLOR-1" not in text_only
    assert {"GOV-PROP-1", "GOV-FACT-1", "AR-LANG-1"} <= text_only
    video = Draft(text_en="T", media=(MediaInfo(kind="video"),), link="https://moh.gov.jo")
    with_video = {m.rule for m in manual_rules_for(video)}
    assert {"A11Y-VID-1", "A11Y-VID-2", "A11Y-VID-3", "A11Y-LINK-3", "GOV-COPY-1"} <= with_video
    assert "A11Y-ALT-5" not in with_video  # ticked on the media, not on the post


def test_blocking_and_justifications() -> None:
    draft = Draft(text_en="Call 0791234567 for the news", source_refs=SOURCE)
    found = run_checklist(draft)
    open_ = blocking(found, (), draft)
    assert {f.rule for f in open_} == {"GOV-PII-2", "GOV-FACT-1", "GOV-PROP-1"}
    assert all(f.field == "manual" for f in open_ if f.rule != "GOV-PII-2")
    ticks = {"GOV-PII-2": True, "GOV-FACT-1": True, "GOV-PROP-1": True}
    assert blocking(found, ticks, draft) == []
    assert blocking(found, {"GOV-PII-2": False, "GOV-FACT-1": True, "GOV-PROP-1": True}, draft)
    warn = Draft(text_en="Click here", source_refs=SOURCE)
    assert needs_justification(run_checklist(warn)) == ["A11Y-LINK-1"]


def test_blocking_without_a_draft_asks_every_post_level_blocker() -> None:
    open_ = {f.rule for f in blocking([], ())}
    assert {"A11Y-VID-1", "A11Y-COLOR-1", "GOV-PROP-1"} <= open_
    assert "GOV-PII-2" not in open_  # only asked when the automatic part found something


def test_manual_warnings_need_a_justification_unless_ticked() -> None:
    video = Draft(
        text_en="T", media=(MediaInfo(kind="video", licence="x", burned_in_captions=True),)
    )
    assert "A11Y-VID-2" in needs_justification(run_checklist(video), (), video)
    assert "A11Y-VID-2" not in needs_justification(run_checklist(video), {"A11Y-VID-2"}, video)


def test_default_limits_are_the_table() -> None:
    assert run_checklist(Draft(text_en="a" * 281, platforms=("x",)), DEFAULT_LIMITS)
