"""Property-based tests (hypothesis) of the pure modules that read what users type or paste.

- Arabic normalisation and search forms (app.core.arabic, app.core.search): never raise,
  idempotent where they should be, bounded output, nothing left that they remove;
- analytics exports (app.core.analytics): arbitrary text and cells either parse or raise
  ImportFailed naming the row, and a well-formed export gives back exactly what it holds;
  monthly figures typed in (app.core.kpis) and office-hours times (app.core.office_hours)
  likewise parse or name what is wrong;
- 2FA secrets (app.core.totp): any string parses to a usable secret or raises ValueError saying
  what is wrong, never the secret itself;
- the X counter (app.core.xtext) and the checklist: invariants beyond the reference comparisons
  of test_xtext.py and test_checklist_properties.py.

Every test has a bounded ``max_examples`` so the file runs in seconds; set
``BAYAN_PROPERTY_SCALE=50`` to try fifty times as many examples (a longer hunt for bugs). The
crashes these tests found are pinned by ``@example``s and the ``test_regression_*`` tests.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import os
import unicodedata
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.core import arabic, kpis, office_hours, search, totp, xtext
from app.core.analytics import (
    MAX_FIGURE,
    ImportFailed,
    ParsedExport,
    monthly_totals,
    parse_number,
    parse_sheet,
    parse_text,
)
from app.core.checklist import SEVERITIES, check_alt_text, check_single_text, run_checklist
from app.core.checklist.model import AUTO_RULES
from app.core.draft import Draft
from app.core.fixes import apply_fix

SCALE = max(1, int(os.environ.get("BAYAN_PROPERTY_SCALE", "1")))


def examples(count: int) -> settings:
    """``count`` examples (times BAYAN_PROPERTY_SCALE), no deadline: CI machines are slow."""
    return settings(
        max_examples=count * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


FAST = examples(150)
MORE = examples(300)

# Characters the Arabic helpers treat specially, so that they come up often.
ARABIC_SPECIAL = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىةؤئ"
    + "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670\u0640٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
    + "ﺍﻟﺼﺤﺔﷺﷲﻻ\ufe77\ufcf2\ufdfa ،؟"
    + "Aaé\u0301\u0327ǰİßﬀ¸"
)
UNICODE_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=("Cs",)), st.sampled_from(ARABIC_SPECIAL)
    ),
    max_size=80,
)
# What normalise_for_search removes (harakat, superscript alef, tatweel) or folds away.
REMOVED = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}
FOLDED = set("أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩")
# The largest expansion of one character: NFKC (U+FDFA gives 18) then case folding (at most 3).
MAX_GROWTH = 18 * 3


# --- Arabic normalisation -------------------------------------------------------------------------


@MORE
@given(UNICODE_TEXT)
@example("A\u0640\u0301")  # a tatweel kept A and the accent apart: removed, they compose
@example("A\u0654\u0301")  # the same with a hamza above
@example("\u09c7\u064e\u09be")  # a fatha between the two parts of a Bengali vowel
def test_normalise_for_search(text: str) -> None:
    folded = arabic.normalise_for_search(text)
    assert arabic.normalise_for_search(folded) == folded  # idempotent
    assert not REMOVED & set(folded)
    assert not FOLDED & set(folded)
    assert folded.casefold() == folded
    assert len(folded) <= MAX_GROWTH * len(text)


def test_regression_no_removed_character_leaves_a_pair_that_composes() -> None:
    # Folding was not idempotent: a removed tatweel or mark had kept apart two characters that
    # compose (a letter and an accent, the two parts of an Indic vowel, Hangul jamo).
    pairs = []
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = "".join(chr(int(h, 16)) for h in decomposition.split())
            if len(parts) == 2 and unicodedata.normalize("NFC", parts) == chr(code):
                pairs.append(parts)
    assert len(pairs) > 900
    for first, second in pairs:
        for removed in sorted(REMOVED):
            folded = arabic.normalise_for_search(first + removed + second)
            assert arabic.normalise_for_search(folded) == folded, (first, removed, second)


@FAST
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىةؤئ ًٌٍَُِّْٰـ٠١٢٣٤٥٦٧٨٩"))
def test_normalise_for_search_never_lengthens_plain_arabic(text: str) -> None:
    folded = arabic.normalise_for_search(text)
    assert len(folded) <= len(text)
    # Only marks and tatweel go: the letters and digits stay, one for one.
    kept = [c for c in unicodedata.normalize("NFC", text) if c not in REMOVED]
    assert len(folded) == len(kept)


@MORE
@given(UNICODE_TEXT)
def test_remove_tatweel(text: str) -> None:
    once = arabic.remove_tatweel(text)
    assert arabic.remove_tatweel(once) == once
    assert len(once) <= len(text)
    assert not arabic.DECORATIVE_TATWEEL.search(once)
    if not arabic.PRESENTATION_FORMS.search(text):  # then only U+0640 itself is removed
        assert once.replace(arabic.TATWEEL, "") == text.replace(arabic.TATWEEL, "")


@MORE
@given(UNICODE_TEXT)
def test_presentation_forms_and_digits(text: str) -> None:
    folded = arabic.fold_presentation_forms(text)
    assert arabic.fold_presentation_forms(folded) == folded
    for char in folded:  # what is left of the presentation forms has no decomposition
        if arabic.PRESENTATION_FORMS.match(char):
            assert unicodedata.normalize("NFKC", char) == char
    if not arabic.PRESENTATION_FORMS.search(text):
        assert folded == text
    ascii_digits = arabic.to_ascii_digits(text)
    assert len(ascii_digits) == len(text)
    assert not set(arabic.ARABIC_INDIC_DIGITS + arabic.PERSIAN_DIGITS) & set(ascii_digits)
    if not set(arabic.ARABIC_INDIC_DIGITS) & set(text):
        assert arabic.arabic_indic_to_ascii(arabic.ascii_to_arabic_indic(text)) == text
    assert arabic.dominant_script(text) in ("ar", "en", None)


@MORE
@given(UNICODE_TEXT, UNICODE_TEXT)
def test_search_forms(text: str, query: str) -> None:
    indexed = search.index_form(text)
    assert not REMOVED & set(indexed)
    # Indexing or querying an already folded text changes nothing.
    assert search.index_form(arabic.normalise_for_search(text)) == indexed
    terms = search.query_terms(query)
    assert search.query_terms(arabic.normalise_for_search(query)) == terms
    assert len(terms) <= search.MAX_TERMS and len(set(terms)) == len(terms)
    for term in terms:
        assert term and len(term) <= search.MAX_TERM_CHARS
        assert not set('"*()^:') & set(term)
    match = search.fts_match(terms)
    assert match.count('"') == 2 * len(terms)
    for start, end in search.match_spans(text, terms):
        assert 0 <= start < end <= len(text)
    piece, spans = search.snippet(text, terms)
    assert all(0 <= a < b <= len(piece) for a, b in spans)


# --- analytics exports ----------------------------------------------------------------------------

HEADERS = [
    "Date", "Primary", "Post ID", "Post link", "Publish time", "Content", "Views",
    "Impressions", "Reach", "New follows", "Unfollows", "Likes", "Total followers",
    "Impressions (total)", "Video publish time", "Subscribers", "Active users", "Sessions",
]  # fmt: skip
CELLS = [
    "2024-01-01", "2024-01-01T00:00:00", "20240131", "1/2/2024", "Jan 3, 2024",
    "Mon, Jan 01, 2024", "2024-13-01", "2024-02-30", "00000000", "١٢٣", "1,234", "12.0",
    "-5", "", "-", "Total", "x", "9" * 30, "١" * 20, "9" * 5000, '"', "\x00", "\ufeff",
]  # fmt: skip
CELL = st.sampled_from(HEADERS + CELLS) | st.text(max_size=8)
PREFIX = ["", "sep=,\n", "sep=;\n", "sep=\t\n", "#comment\n", "\ufeff", "Note\n", '"Views"\n']


@st.composite
def csv_texts(draw: st.DrawFn) -> str:
    """Comma, semicolon or tab separated rows of export-like cells, sometimes quoted."""
    rows = draw(st.lists(st.lists(CELL, max_size=6), max_size=8))
    sep = draw(st.sampled_from([",", ";", "\t"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))

    def cell(text: str) -> str:
        if draw(st.booleans()):
            return '"' + text.replace('"', '""') + '"'
        return text

    return draw(st.sampled_from(PREFIX)) + newline.join(sep.join(map(cell, r)) for r in rows)


def check_failure(error: ImportFailed, lines: int) -> None:
    """Problems name a row of the file (or 0 for the whole file) and say what is wrong, briefly."""
    assert error.problems
    for problem in error.problems:
        assert 0 <= problem.row <= lines + 1
        assert problem.message and len(problem.message) <= 500  # cells are cut to 40 characters
        if problem.row:
            assert f"row {problem.row}" in str(problem)
    assert str(error.problems[0]) in str(error)
    str(error).encode("utf-8")  # printable and loggable


@examples(400)
@given(csv_texts() | st.text(max_size=200))
@example("Date,Views\n2024-01-01," + "9" * 5000)  # once: int()'s 4300-digit limit's message
@example("Date,Views\n2024-01-01,99999999999999999999")  # once: accepted, too large for SQLite
def test_any_text_parses_or_fails_naming_rows(text: str) -> None:
    lines = text.count("\n") + text.count("\r") + 1
    try:
        parsed = parse_text(text)
    except ImportFailed as exc:
        check_failure(exc, lines)
        return
    assert isinstance(parsed, ParsedExport)
    for figure in [*parsed.daily, *parsed.posts]:
        assert -MAX_FIGURE <= figure.value <= MAX_FIGURE
    for figure in parsed.daily:
        assert figure.value >= 0 or figure.metric == "net_followers"
    if parsed.daily:
        assert parsed.first_day is not None and parsed.last_day is not None
        assert all(parsed.first_day <= f.day <= parsed.last_day for f in parsed.daily)
    monthly_totals(parsed.daily)


SHEET_CELL = st.one_of(
    CELL, st.none(), st.integers(), st.floats(), st.dates(), st.datetimes(), st.booleans()
)


@FAST
@given(st.lists(st.lists(SHEET_CELL, max_size=6), max_size=8), st.integers(1, 50))
def test_any_sheet_parses_or_fails_naming_rows(rows: list[list[object]], first_row: int) -> None:
    try:
        parse_sheet(rows, first_row)
    except ImportFailed as exc:
        check_failure(exc, len(rows) + first_row)


@FAST
@given(st.text(max_size=30) | st.sampled_from(CELLS))
def test_parse_number(text: str) -> None:
    try:
        value = parse_number(text)
    except ValueError as exc:
        assert str(exc).startswith(("not a whole number", "figure too large"))
        assert len(str(exc)) <= 30 + len(repr(text[:40]))  # the cell is cut to 40 characters
        return
    assert value is None or abs(value) <= MAX_FIGURE


DAYS = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))
FIGURES = st.integers(0, 10**9)


def written(value: int, style: int) -> str:
    """A figure as the exports write it: plain, with thousands commas, or as a float."""
    if style == 1:
        return f"{value:,}"
    if style == 2:
        return f"{value}.0"
    return str(value)


def written_day(day: dt.date, style: int) -> str:
    return [day.isoformat(), day.isoformat() + "T00:00:00", f"{day:%m/%d/%Y}", f"{day:%b %d, %Y}"][
        style
    ]


@dataclass
class Export:
    """An X account overview export as cells, and how it is written out."""

    rows: dict[dt.date, tuple[int, int, int]]  # day -> impressions, new follows, unfollows
    cells: list[list[str]]  # the header, then one row per day
    sep: str
    prefix: str
    newline: str
    quoted: list[list[bool]]

    def text(self) -> str:
        def cell(text: str, quote: bool) -> str:
            if quote or self.sep in text or '"' in text:
                return '"' + text.replace('"', '""') + '"'
            return text

        lines = [
            self.sep.join(cell(c, q) for c, q in zip(row, quotes, strict=True))
            for row, quotes in zip(self.cells, self.quoted, strict=True)
        ]
        return self.prefix + self.newline.join(lines) + self.newline

    def row_number(self, index: int) -> int:
        """The file's row number (from 1) of data row ``index`` (from 0)."""
        return (2 if self.prefix.startswith("sep=") else 1) + index + 1


@st.composite
def x_overviews(draw: st.DrawFn) -> Export:
    """An X account overview export: days with impressions, new follows and unfollows, written
    in the forms the exports use (separators, quoting, date and number styles, line endings)."""
    days = draw(st.lists(DAYS, min_size=1, max_size=20, unique=True))
    rows = {d: (draw(FIGURES), draw(st.integers(0, 500)), draw(st.integers(0, 500))) for d in days}
    cells = [["Date", "Impressions", "New follows", "Unfollows"]]
    for day, (views, gained, lost) in rows.items():
        day_text = written_day(day, draw(st.integers(0, 3)))
        cells.append([day_text, written(views, draw(st.integers(0, 2))), str(gained), str(lost)])
    sep = draw(st.sampled_from([",", ";", "\t"]))
    quoted = [[draw(st.booleans()) for _ in row] for row in cells]
    prefix = draw(st.sampled_from(["", f"sep={sep}\n", "\ufeff"]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return Export(rows, cells, sep, prefix, newline, quoted)


@FAST
@given(x_overviews())
def test_a_well_formed_export_gives_back_what_it_holds(export: Export) -> None:
    parsed = parse_text(export.text())
    assert parsed.format == "x_overview"
    got: dict[tuple[dt.date, str], int] = {(f.day, f.metric): f.value for f in parsed.daily}
    for day, (views, gained, lost) in export.rows.items():
        assert got.get((day, "views"), 0) == views  # a 0 may be left out
        assert got.get((day, "new_followers"), 0) == gained
        assert got[(day, "net_followers")] == gained - lost
    assert (parsed.first_day, parsed.last_day) == (min(export.rows), max(export.rows))


@FAST
@given(x_overviews(), st.data())
def test_one_bad_cell_fails_the_whole_export_naming_its_row(
    export: Export, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(export.rows) - 1))
    bad = data.draw(st.sampled_from(["ten", "-3", "9" * 40, "1.5", "2024-02-30", "", "Jan 32"]))
    column = 0 if bad in ("2024-02-30", "", "Jan 32") else data.draw(st.sampled_from([1, 2]))
    export.cells[index + 1][column] = bad
    with pytest.raises(ImportFailed) as caught:
        parse_text(export.text())
    row = export.row_number(index)
    assert [(p.row, p.column) for p in caught.value.problems] == [(row, export.cells[0][column])]
    assert f"row {row}" in str(caught.value)


def test_regression_sep_tab_line_names_the_tab() -> None:
    # "sep=\t" lost its tab to .strip(), and the file was then not recognised.
    parsed = parse_text('sep=\t\n"Date"\t"Views"\n2024-01-01\t3\n')
    assert parsed.format == "youtube_totals" and parsed.daily[0].value == 3


def test_regression_huge_figures_are_refused_with_a_short_message() -> None:
    for cell in ("9" * 5000, "99999999999999999999", f"{MAX_FIGURE + 1:,}"):
        with pytest.raises(ImportFailed) as caught:
            parse_text(f'Date,Views\n2024-01-01,"{cell}"\n')
        (problem,) = caught.value.problems
        assert problem.row == 2 and problem.message.startswith("figure too large")
        assert len(problem.message) < 80
    assert parse_text(f"Date,Views\n2024-01-01,{MAX_FIGURE}\n").daily[0].value == MAX_FIGURE


MONTHLY_VALUES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["1e300", "9" * 30, "9" * 5000, "1,234", "١٢", "-5", "12.0", "1.5", "inf"])
)
MONTHLY_FIELDS = st.sampled_from([*kpis.COUNT_FIELDS, *kpis.CHECK_ONLY_FIELDS, "other"])


@FAST
@given(
    st.dictionaries(MONTHLY_FIELDS, MONTHLY_VALUES), st.dictionaries(MONTHLY_FIELDS, MONTHLY_VALUES)
)
def test_monthly_figures_typed_in_parse_or_name_the_field(values: dict, previous: dict) -> None:
    parsed, problems = kpis.parse_monthly(values)
    assert set(parsed) | {p.field for p in problems} == set(values)
    for number in parsed.values():
        assert number is None or abs(number) <= MAX_FIGURE
    for problem in [*problems, *kpis.check_monthly(values, previous)]:
        assert problem.message.startswith(f"{problem.field}:")
        assert len(problem.message) <= 200


def test_regression_huge_monthly_figures_are_refused() -> None:
    # They were accepted, then SQLite raised OverflowError when the month was saved.
    for raw in ("1e300", 1e300, "9" * 30, 10**19, "9" * 5000):
        parsed, problems = kpis.parse_monthly({"views": raw})
        assert parsed == {} and [p.field for p in problems] == ["views"]
        assert "too" in problems[0].message and len(problems[0].message) < 80
    assert kpis.parse_monthly({"views": f"{MAX_FIGURE:,}"}) == ({"views": MAX_FIGURE}, [])


@FAST
@given(st.text(max_size=8) | st.sampled_from(["08:00", "8:30", "²:00", "1:²³", "١٢:٣٠", "24:00"]))
@example("²:00")  # once: int()'s own message, not one naming the text
def test_office_hours_time_parses_or_names_the_text(text: str) -> None:
    try:
        parsed = office_hours.parse_time(text)
    except ValueError as exc:
        assert "is not a time of day" in str(exc)
        return
    assert isinstance(parsed, dt.time)


# --- 2FA secrets ----------------------------------------------------------------------------------

KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
URI_PIECES = st.sampled_from(
    [
        "otpauth://", "otpauth:", "totp", "hotp", "/", "?", "&", "=", "secret=", KEY,
        KEY.lower(), "issuer=", "digits=", "period=", "algorithm=", "SHA256", "sha-512",
        "md5", "6", "8", "0", "30", "-1", "١", "%", "%2F", "%3A", "%ED%A0%80", ":", "[", "]",
        "@", "#", " ", "\n", "\x00", "ACME", "é", "\ud800", "a" * 250,
    ]
) | st.text(max_size=5)  # fmt: skip
PASTED = st.lists(URI_PIECES, max_size=14).map("".join) | st.text(max_size=60)
NOW = dt.datetime(2026, 1, 1, 12, 0, 30, tzinfo=dt.UTC)


@examples(500)
@given(PASTED)
@example("otpauth://[")  # once: urllib's "Invalid IPv6 URL"
@example(f"otpauth://[{KEY}]")  # once: urllib's message repeated the text
@example(f"otpauth://totp/\ud800?secret={KEY}")  # once: parsed, then to_uri() raised
@example(f"otpauth://totp/x?secret={KEY}&issuer={'a' * 199}%20b")  # once: no round trip
def test_any_pasted_text_is_a_usable_secret_or_a_clear_error(text: str) -> None:
    try:
        secret = totp.parse_totp_secret(text)
    except ValueError as exc:
        message = str(exc)
        assert message.startswith(("the 2FA secret", "the URI", "the otpauth URI")), message
        assert KEY not in message and KEY.lower() not in message
        assert len(message) <= 200
        message.encode("utf-8")
        return
    assert secret.digits in totp.DIGITS and 1 <= secret.period <= 300
    assert secret.algorithm in totp.ALGORITHMS
    assert totp.MIN_SECRET_CHARS <= len(secret.secret_base32) <= totp.MAX_SECRET_CHARS
    assert KEY not in repr(secret)
    code, left = totp.current_code(secret, NOW)
    assert len(code) == secret.digits and code.isdigit() and 1 <= left <= secret.period
    assert totp.parse_totp_secret(secret.to_uri()) == secret


@FAST
@given(
    st.binary(min_size=15, max_size=64),
    st.sampled_from(["", " ", "-", "  "]),
    st.integers(1, 8),
    st.booleans(),
    st.booleans(),
)
def test_any_key_in_the_forms_people_paste(
    key: bytes, sep: str, group: int, lower: bool, padded: bool
) -> None:
    canonical = base64.b32encode(key).decode().rstrip("=")
    pasted = base64.b32encode(key).decode() if padded else canonical
    if sep:
        pasted = sep.join(pasted[i : i + group] for i in range(0, len(pasted), group))
    pasted = pasted.lower() if lower else pasted
    assert totp.parse_totp_secret(f" {pasted}\n") == totp.TotpSecret(canonical)
    uri = f"otpauth://totp/ACME:me?secret={pasted.replace(' ', '%20')}&issuer=ACME"
    assert totp.parse_totp_secret(uri) == totp.TotpSecret(canonical, issuer="ACME", label="ACME:me")


def test_regression_unreadable_uri_says_so_without_echoing() -> None:
    for text in ("otpauth://[", f"otpauth://[{KEY}]", f"otpauth://]{KEY}["):
        with pytest.raises(ValueError, match="otpauth URI cannot be read") as caught:
            totp.parse_totp_secret(text)
        assert KEY not in str(caught.value)


def test_regression_lone_surrogate_is_refused_when_pasted() -> None:
    with pytest.raises(ValueError, match="not valid text"):
        totp.parse_totp_secret(f"otpauth://totp/\ud800?secret={KEY}")


def test_regression_long_issuer_and_label_read_back_the_same() -> None:
    secret = totp.parse_totp_secret(f"otpauth://totp/{'b' * 199}%20c?secret={KEY}&issuer=A")
    assert secret.label == "b" * 199
    secret = totp.parse_totp_secret(f"otpauth://totp/x?secret={KEY}&issuer={'a' * 199}%20b")
    assert secret.issuer == "a" * 199
    assert totp.parse_totp_secret(secret.to_uri()) == secret


# --- the X counter --------------------------------------------------------------------------------

X_PIECE = st.sampled_from(
    ["مرحبا", "مُحَمَّد", "١٤٤٦هـ", "ﻣﺮﺣﺒﺎ", "https://example.com", "example.com", "t.co",
     "👍🏽", "🇯🇴", "\u200f", "\ufeff", "…", " ", "\n", "\r\n", "e\u0301", "a", "日本"]
) | st.text(max_size=4)  # fmt: skip
X_TEXT = st.lists(X_PIECE, max_size=60).map("".join)


@MORE
@given(X_TEXT, st.integers(1, 400), st.integers(1, 400))
def test_x_counter_invariants(text: str, limit: int, other: int) -> None:
    got = xtext.parse_tweet_uncached(text, max_weighted=limit)
    assert got.valid == (not got.has_invalid_characters and 0 < got.weighted_length <= limit)
    assert got.remaining == limit - got.weighted_length and got.over == (got.remaining < 0)
    assert got.permillage == got.weighted_length * 1000 // limit
    assert got.weighted_length == xtext.weighted_length(text)
    assert 0 <= got.valid_end <= len(got.text)
    if got.valid:
        assert got.valid_end == len(got.text)
    # A larger limit never keeps less of the text.
    small, large = sorted((limit, other))
    assert (
        xtext.parse_tweet_uncached(text, max_weighted=small).valid_end
        <= xtext.parse_tweet_uncached(text, max_weighted=large).valid_end
    )
    # Spans are sorted, apart, and within the text.
    spans = sorted((*got.urls, *got.emoji))
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


@FAST
@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=300))
def test_x_counter_arabic_letters_weigh_one(text: str) -> None:
    got = xtext.parse_tweet_uncached(text)
    assert got.weighted_length == len(got.text)


# --- the checklist --------------------------------------------------------------------------------

PLATFORMS = ["x", "facebook", "instagram", "youtube", "linkedin", "tiktok", "threads", "website"]
POST_TEXT = (
    UNICODE_TEXT
    | X_TEXT
    | st.lists(
        st.sampled_from(
            ["ـ", "#", "@", "https://bit.ly/x", "!", " ", "\n", "ا", "WHO ", "١", "🎉"]
        ),
        max_size=300,
    ).map("".join)
)


@FAST
@given(POST_TEXT, POST_TEXT, st.lists(st.sampled_from(PLATFORMS), max_size=8, unique=True))
def test_checklist_on_any_post_texts(text_ar: str, text_en: str, platforms: list[str]) -> None:
    draft = Draft(text_ar=text_ar, text_en=text_en, platforms=tuple(platforms), x_premium=True)
    for finding in run_checklist(draft):
        assert finding.rule in AUTO_RULES and finding.severity in SEVERITIES
    for platform in platforms or ["x"]:
        for lang, text in (("ar", text_ar), ("en", text_en)):
            for finding in check_single_text(text, lang, platform):
                assert finding.severity in SEVERITIES
                assert 0 <= finding.start <= finding.end <= len(text), finding
                assert isinstance(apply_fix(text, finding), str)
    for lang, text in (("ar", text_ar), ("en", text_en)):
        for finding in check_alt_text(text, lang, "media:0:alt_ar"):
            assert finding.severity in SEVERITIES
            assert 0 <= finding.start <= finding.end <= len(text), finding
