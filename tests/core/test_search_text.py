"""Search text forms: what the index stores, what a query asks, where the matches are.

The acceptance of issue 7 is checked against a real FTS5 table made as migration 0005 makes
it, so the tokenizer's own behaviour is part of what is tested.
"""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.arabic import _SEARCH_TABLE, normalise_for_search
from app.core.search import (
    MAX_TERMS,
    first_match,
    fts_match,
    index_form,
    match_spans,
    query_terms,
    snippet,
    strip_article,
)

CREATE = (
    "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref_id UNINDEXED, title, body,"
    " tokenize = 'unicode61 remove_diacritics 2')"
)


class Index:
    """An in-memory FTS5 table holding texts in index form."""

    def __init__(self) -> None:
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute(CREATE)

    def add(self, ref_id: int, body: str, title: str = "") -> None:
        self.conn.execute(
            "INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (?, ?, ?, ?, ?)",
            (ref_id, "post", ref_id, index_form(title), index_form(body)),
        )

    def find(self, query: str) -> list[int]:
        terms = query_terms(query)
        if not terms:
            return []
        rows = self.conn.execute(
            "SELECT ref_id FROM search_index WHERE search_index MATCH ? ORDER BY rank",
            (fts_match(terms),),
        )
        return sorted(row[0] for row in rows)


@pytest.fixture
def index() -> Index:
    idx = Index()
    idx.add(1, "قبل أن تشارك أي معلومة عن الانتخابات، تحقّق من مصدرها.")
    idx.add(2, "كلمة مُحَمَّد في النص")
    idx.add(3, "موعد الاقتراع في ٢٠٢٦ قريب")
    idx.add(4, "Every Voter counts. Check the final voter list.")
    idx.add(5, "نص لا علاقة له", title="عنوان آخر")
    return idx


# --- the acceptance of issue 7 -----------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["الانتخابات", "الإنتخابات", "الانتخـــابات", "الانتخاباتِ", "انتخابات", "انتخ", "الانتخ"],
)
def test_elections_found_by_every_spelling(index: Index, query: str) -> None:
    assert index.find(query) == [1]


def test_diacritics_digits_and_case(index: Index) -> None:
    assert index.find("محمد") == [2]
    assert index.find("مُحَمَّد") == [2]
    assert index.find("2026") == [3]
    assert index.find("٢٠٢٦") == [3]
    assert index.find("voter") == [4]
    assert index.find("VOTER") == [4]
    assert index.find("Vot") == [4]


def test_every_word_is_required_and_titles_count(index: Index) -> None:
    assert index.find("موعد 2026") == [3]
    assert index.find("موعد 2027") == []
    assert index.find("آخر") == [5]  # title only (آ folded to ا)


def test_fts5_syntax_in_a_query_never_raises(index: Index) -> None:
    for query in ['"', "*", "(", ")", "OR", "NEAR", "-", "AND", "NOT", "^", ":", "+",
                  '"voter', "voter*", "(voter", "voter OR", "NEAR(voter list)", "-voter",
                  "voter -list", 'title:voter', "{title body}: voter", "voter AND", "*voter",
                  "voter^", "''", "\\", "voter\x00list", "\u200f", "ـــ", "ِ"]:  # fmt: skip
        index.find(query)  # no sqlite3.OperationalError
    assert index.find("voter OR") == []  # OR is a word here, and no text has it
    assert index.find("(voter") == [4]
    assert index.find('"voter"') == [4]
    assert index.find("-voter") == [4]
    assert index.find("title:voter") == []  # "title" is a word too


# --- the pieces ---------------------------------------------------------------------------------


def test_index_form_adds_the_word_without_its_article() -> None:
    assert index_form("الانتخابات") == "الانتخابات انتخابات "
    assert index_form("والانتخابات").split() == ["والانتخابات", "انتخابات"]
    assert index_form("بالانتخابات للانتخابات").split() == [
        "بالانتخابات", "انتخابات", "للانتخابات", "انتخابات",
    ]  # fmt: skip
    assert index_form("فالمركز كالعادة").split() == ["فالمركز", "مركز", "كالعاده", "عاده"]
    assert index_form("الالتزام").split() == ["الالتزام", "التزام", "تزام"]
    assert index_form("Voter ٢٠٢٦ مُحَمَّد") == "voter 2026 محمد"
    # Too short to be an article plus a word, or not Arabic after it.
    assert index_form("بالغ الx") == "بالغ الx"
    assert index_form("") == ""


def test_query_terms() -> None:
    assert query_terms("  الإنتخابات  ") == ["انتخابات"]
    assert query_terms("Voter voter VOTER") == ["voter"]
    assert query_terms('"a*(b) OR NEAR -x') == ["a", "b", "or", "near", "x"]
    assert query_terms("") == query_terms("   ") == query_terms('"*()-') == []
    assert query_terms("\u0301") == []  # a mark alone: nothing the index holds
    assert query_terms(None) == []  # type: ignore[arg-type]
    assert query_terms("ال") == ["ال"]  # typing the article: kept as typed
    assert len(query_terms(" ".join(f"w{i}" for i in range(40)))) == MAX_TERMS
    assert strip_article("الانتخابات") == "انتخابات"
    assert strip_article("بالغ") == "بالغ"


def test_fts_match_quotes_each_term_as_a_prefix() -> None:
    assert fts_match(["a", "b"]) == '"a"* AND "b"*'
    assert fts_match(['x"y']) == '"x""y"*'
    assert fts_match([]) == ""


def test_match_spans_point_at_the_original_words() -> None:
    text = "تحقّق من الانتخاباتِ اليوم، Voter café و٢٠٢٦"
    terms = query_terms("انتخابات voter cafe 2026")
    assert [text[a:b] for a, b in match_spans(text, terms)] == [
        "الانتخاباتِ",
        "Voter",
        "café",
    ]  # «و٢٠٢٦» is one word, and it starts with و, not with 2026
    stretched = "في الانتخـــابات"
    assert [stretched[a:b] for a, b in match_spans(stretched, ["انتخ"])] == ["الانتخـــابات"]
    assert match_spans("", ["x"]) == [] and match_spans("x", []) == []
    assert first_match(text, terms) == match_spans(text, terms)[0]
    assert first_match("nothing here", terms) is None


def test_snippet_is_around_the_first_match() -> None:
    text = ("مقدمة طويلة. " * 30) + "هنا ذكر الانتخابات في جملة. " + ("خاتمة. " * 40)
    piece, spans = snippet(text, ["انتخابات"])
    assert piece.startswith("… ") and piece.endswith(" …")
    assert len(piece) <= 170
    assert [piece[a:b] for a, b in spans] == ["الانتخابات"]
    assert piece.index("هنا") < 70  # the sentence's start is kept when near
    short, short_spans = snippet("الانتخابات\nسطر ثان", ["انتخابات"])
    assert short == "الانتخابات …" and short_spans == [(0, 10)]
    assert snippet("", ["x"]) == ("", [])
    assert snippet("no match at all", ["zzz"]) == ("no match at all", [])


# --- never raises, stays in bounds --------------------------------------------------------------

SPECIAL = list(
    "ـًٌٍَُِّْٰٓﺍﻟﺼﺤﺔ﷽ﷺ#@.,;?!؟،؛:/-*\"()^+{}[]'0123456789٠١٢٣٤٥٦٧٨٩ \n\t"
    "\u200e\u200f\u200d\ufeffABCxyzéßİ\u0301الوبفكلةىأإآؤئ"
)
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=("Cs",)), st.sampled_from(SPECIAL)
    ),
    max_size=120,
)
WORDS = st.lists(
    st.sampled_from(
        [
            "الانتخابات",
            "والاقتراع",
            "للناخبين",
            "OR",
            "NEAR",
            "مُحَمَّد",
            "ﷺ",
            "Voter",
            "café",
            "٢٠٢٦",
            "الالتزام",
            "بال",
            "ال",
            "-",
            '"',
            "*",
        ]
    ),
    max_size=8,
).map(" ".join)
ANY_TEXT = TEXT | WORDS


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, query=ANY_TEXT)
def test_arbitrary_text_never_raises_and_spans_stay_in_bounds(text: str, query: str) -> None:
    form = index_form(text)
    assert isinstance(form, str)
    terms = query_terms(query)
    assert all(terms) and len(terms) <= MAX_TERMS and len(set(terms)) == len(terms)
    assert all('"' not in t and "*" not in t for t in terms)
    spans = match_spans(text, terms)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        previous = end
    assert first_match(text, terms) == (spans[0] if spans else None)
    piece, piece_spans = snippet(text, terms)
    assert all(0 <= a < b <= len(piece) for a, b in piece_spans)


@settings(max_examples=200, deadline=None)
@given(text=ANY_TEXT, query=ANY_TEXT)
def test_any_query_is_a_valid_fts5_expression(text: str, query: str) -> None:
    idx = Index()
    idx.add(1, text)
    idx.find(query)  # never an FTS5 syntax error


@settings(max_examples=200, deadline=None)
@given(text=ANY_TEXT, query=ANY_TEXT)
def test_the_quick_highlighting_agrees_with_word_by_word(text: str, query: str) -> None:
    import regex

    from app.core.search import _Matcher

    terms = query_terms(query)
    matcher = _Matcher(tuple(terms))
    slow = [
        m.span()
        for m in regex.finditer(r"[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*", text)
        if matcher.wanted and matcher.word_matches(m.group())
    ]
    assert match_spans(text, terms) == slow


ASSIGNED_TEXT = (
    st.text(
        alphabet=st.one_of(
            st.characters(codec=None, exclude_categories=("Cs", "Cn")),
            st.sampled_from([*SPECIAL, "🤝", "🗳", "\ufe0f", "\u061c", "🥳"]),
        ),
        max_size=80,
    )
    | WORDS
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ASSIGNED_TEXT)
def test_every_word_of_a_text_finds_it(text: str) -> None:
    """Each word of the text (as normalised) is found: the index form and FTS5's tokenizer
    agree on where words are, even around characters newer than its Unicode 6.1."""
    import regex

    idx = Index()
    idx.add(1, text)
    for word in regex.findall(
        r"[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*", normalise_for_search(text)
    ):
        if query_terms(word):
            assert idx.find(word) == [1], word


def test_new_emoji_and_the_arabic_letter_mark_separate_words() -> None:
    idx = Index()
    idx.add(1, "🤝شراكة مع🥳الجامعة و\u061cالانتخابات 🗳️الاقتراع")
    for query in ("شراكة", "مع", "جامعة", "انتخابات", "اقتراع"):
        assert idx.find(query) == [1], query
    text = "🤝شراكة"
    assert [text[a:b] for a, b in match_spans(text, ["شراكه"])] == ["شراكة"]


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_normalise_for_search_is_the_documented_folding(text: str) -> None:
    """The replace-based implementation gives what the translation table says."""
    expected = unicodedata.normalize("NFKC", text).translate(_SEARCH_TABLE).casefold()
    assert normalise_for_search(text) == expected
