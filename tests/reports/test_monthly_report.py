"""The monthly PDF report (issue 8 item 5) on a demo workspace: the text pdftotext reads back,
in reading order, with no inquirer's name or contact, and the audit anchor."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app.reports.monthly import STRINGS, ReportError, build_monthly_report, period_of

TODAY = dt.date(2026, 11, 20)
MONTH = dt.date(2026, 10, 1)
SECTIONS = (
    "summary", "charts", "published", "events", "inquiries",
    "accessibility", "security", "next", "appendix",
)  # fmt: skip
HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0653))


def clock() -> dt.datetime:
    return dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    from app.services.demo import generate_demo
    from app.services.workspace import new_workspace, open_workspace
    from app.store.workspace import Workspace

    ws = Workspace(tmp_path_factory.mktemp("report") / "ws")
    new_workspace(ws, lambda opened: generate_demo(opened, today=TODAY))
    opened = open_workspace(ws)
    yield opened
    opened.close()


def _text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    raw = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", raw)
    # Bidi marks pdftotext adds around right-to-left runs; harakat (the reshaper drops them).
    return text.translate({ord(c): None for c in "\u202a\u202b\u202c\u200e\u200f" + HARAKAT})


def _plain(text: str) -> str:
    """Letters, digits and single spaces: pdftotext puts the neutral punctuation at the edge of
    a right-to-left run (brackets as drawn, mirrored; a colon beside the next run), so names
    and titles are compared without it."""
    dropped = HARAKAT + "()[]:.,،"
    return " ".join(text.translate({ord(c): " " for c in dropped}).split())


def _report(demo, language: str, out: Path, kind: str = "month", start: dt.date = MONTH):
    from app.services.settings import SettingsService

    return build_monthly_report(
        demo.sessions,
        start,
        kind,
        language,
        out,
        clock=clock,
        timezone=SettingsService(demo.sessions).timezone(),
        media_dir=demo.workspace.media_dir,
    )


def _names(demo) -> tuple[str, str]:
    from sqlalchemy import select

    from app.store import models as m

    with demo.sessions() as s:
        org = s.scalars(select(m.Organisation)).one()
        return org.name_ar, org.name_en


def _in_order(text: str, titles: list[str]) -> None:
    flat = " ".join(text.split())
    at = -1
    for title in titles:
        found = flat.find(title, at + 1)
        assert found > at, f"{title!r} missing or out of order"
        at = found


@pytest.fixture(scope="module")
def pdfs(demo, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdfs")
    result = {}
    for lang in ("ar", "en", "both"):
        info = _report(demo, lang, folder / f"{lang}.pdf")
        assert info.path.exists() and info.pages >= 4
        result[lang] = info.path
    return result


def test_reportlab_not_imported_by_the_module() -> None:
    code = "import app.reports.monthly, app.cli, sys; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_arabic_report_has_name_and_titles_in_reading_order(demo, pdfs) -> None:
    text = _text(pdfs["ar"])
    name_ar, _name_en = _names(demo)
    assert _plain(name_ar) in _plain(text)
    titles = [_plain(STRINGS["ar"][k]) for k in ("title_month", *SECTIONS)]
    _in_order(_plain(text), titles)
    assert "معدل التفاعل = التفاعلات ÷ المشاهدات" in _plain(text)
    assert STRINGS["en"]["summary"] not in text


def test_english_report_has_name_and_titles_in_reading_order(demo, pdfs) -> None:
    text = _text(pdfs["en"])
    _name_ar, name_en = _names(demo)
    assert name_en in " ".join(text.split())
    _in_order(text, [STRINGS["en"][k] for k in ("title_month", *SECTIONS)])
    flat = " ".join(text.split())
    assert "engagement rate = engagements ÷ views" in flat
    assert "in office hours" in flat
    assert "October 2026" in flat


def test_both_is_arabic_then_english(pdfs) -> None:
    text = _text(pdfs["both"])
    _in_order(_plain(text), [_plain(STRINGS["ar"]["appendix"]), STRINGS["en"]["summary"]])


def test_no_inquirer_name_or_contact_appears(demo, pdfs) -> None:
    from sqlalchemy import select

    from app.store import models as m

    with demo.sessions() as s:
        people = s.execute(select(m.Inquiry.inquirer_name, m.Inquiry.inquirer_contact)).all()
    secrets = {v.strip() for row in people for v in row if v and len(v.strip()) >= 4}
    assert secrets, "the demo should have inquirers to hide"
    for lang in ("ar", "en"):
        flat = _plain(_text(pdfs[lang]))
        leaked = [v for v in secrets if _plain(v) in flat]
        assert not leaked, f"{lang}: {leaked[:3]}"


def test_audit_anchor_appears(demo, pdfs) -> None:
    from app.services.audit import AuditLog

    v = AuditLog(demo.sessions).verify()
    assert v.ok and v.count > 0
    for lang in ("ar", "en"):
        assert f"{v.count}:{v.head_hash}" in _text(pdfs[lang])


def test_approvals_of_the_month_listed_with_hashes(demo, pdfs) -> None:
    from sqlalchemy import select

    from app.store import models as m

    with demo.sessions() as s:
        hashes = list(
            s.scalars(
                select(m.Approval.content_hash).where(
                    m.Approval.decided_at >= dt.datetime(2026, 9, 25, tzinfo=dt.UTC),
                    m.Approval.decided_at < dt.datetime(2026, 11, 5, tzinfo=dt.UTC),
                )
            )
        )
    text = _text(pdfs["en"]).replace("\n", "")
    listed = [h for h in hashes if h in text]
    assert listed, "some approvals of October should be listed with their content hash"
    assert len(listed) < len(hashes) or not hashes  # not those from other months


def test_quarter_and_year_reports(demo, tmp_path: Path) -> None:
    info = _report(demo, "en", tmp_path / "q.pdf", "quarter", dt.date(2026, 7, 1))
    assert "Quarterly report" in _text(info.path)
    info = _report(demo, "ar", tmp_path / "y.pdf", "year", dt.date(2026, 1, 1))
    assert _plain(STRINGS["ar"]["title_year"]) in _plain(_text(info.path))
    info = _report(demo, "en", tmp_path / "y.pdf", "year", dt.date(2026, 1, 1))
    text = " ".join(_text(info.path).split())
    assert "Yearly report" in text and "2026" in text
    assert "Followers" in text and "No target" in text and "At risk" not in text


def test_bad_period_or_language_refused_and_nothing_written(demo, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="quarter"):
        period_of(dt.date(2026, 8, 1), "quarter")
    with pytest.raises(ReportError, match="first day"):
        period_of(dt.date(2026, 8, 2), "month")
    with pytest.raises(ReportError, match="language"):
        _report(demo, "fr", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cli_report(demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    root = str(demo.workspace.root)
    out = tmp_path / "r.pdf"
    assert main(["report", "--workspace", root, "--month", "2026-10", "--lang", "en",
                 "-o", str(out)]) == 0  # fmt: skip
    assert out.exists() and "pages" in capsys.readouterr().out
    bad = tmp_path / "bad.pdf"
    assert main(["report", "--workspace", root, "--month", "2026-13", "-o", str(bad)]) == 2
    assert "--month" in capsys.readouterr().err
    assert main(["report", "--workspace", root, "--quarter", "2026-Q5", "-o", str(bad)]) == 2
    assert not bad.exists()


def _words(pdf: Path, page: int) -> list[tuple[float, str]]:
    """(x of the word's left edge, NFKC text) of each word pdftotext finds on ``page``."""
    import html
    import re

    raw = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        (float(x), unicodedata.normalize("NFKC", html.unescape(w)))
        for x, w in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', raw)
    ]


def test_arabic_tables_laid_out_from_the_right(pdfs) -> None:
    _text(pdfs["ar"])  # skips without pdftotext
    words = _words(pdfs["ar"], 2)  # the executive summary

    def x(word: str) -> float:  # -bbox gives each word's glyphs as drawn, left to right
        return next(x for x, w in words if w[::-1] == word)

    # First column (KPI) on the right, then value, …, the last (how computed) on the left.
    assert x("المؤشر") > x("القيمة") > x("الهدف") > x("الحالة")
    words_en = _words(pdfs["en"], 2)
    xs = {w: x for x, w in words_en}
    assert xs["KPI"] < xs["Value"] < xs["Target"] < xs["Status"]


def test_page_numbers(pdfs) -> None:
    assert "Page 2" in _text(pdfs["en"])
    assert "صفحة 2" in _plain(_text(pdfs["ar"]))
    both = _plain(_text(pdfs["both"]))  # each part numbered in its own language
    assert "صفحة 2" in both and "Page 2" not in both
    _in_order(both, [_plain(STRINGS["ar"]["appendix"]), "Page"])


def _cover_images(pdf: Path) -> int:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(str(pdf))
    try:
        cover = document[0]
        return len(list(cover.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))))
    finally:
        document.close()


def test_the_cover_prints_the_logo_set_in_settings(tmp_path: Path) -> None:
    """A fresh workspace: names and logo set through the organisation service (what Settings →
    Organisation calls) reach the cover; without a logo the cover has no image."""
    import io

    from PIL import Image

    from app.services.organisation import OrganisationService
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    opened = open_workspace(Workspace(tmp_path / "ws"), create=True)
    try:
        ws = opened.workspace
        org = OrganisationService(opened.sessions, ws.media_dir, ws.cache_dir, clock)
        org.save_names("هيئة الاختبار", "Test Commission")
        without = _report(opened, "en", tmp_path / "plain.pdf")
        assert _cover_images(without.path) == 0
        buffer = io.BytesIO()
        Image.new("RGB", (300, 300), "navy").save(buffer, format="PNG")
        logo = tmp_path / "logo.png"
        logo.write_bytes(buffer.getvalue())
        org.set_logo(logo)
        with_logo = _report(opened, "ar", tmp_path / "logo.pdf")
        assert _cover_images(with_logo.path) == 1
        assert "Test Commission" in _text(without.path)
        assert _plain("هيئة الاختبار") in _plain(_text(with_logo.path))
    finally:
        opened.close()


def test_the_cover_date_reads_in_order_in_arabic(pdfs) -> None:
    """An ISO date after Arabic text came out as 25-11-2026 (bidi reordered its parts): the
    Arabic cover says the day, the month's name and the year instead; English keeps ISO."""
    from app.reports.monthly import MONTHS_AR

    cover_ar = _text(pdfs["ar"]).split("\f")[0]
    cover_en = _text(pdfs["en"]).split("\f")[0]
    made = clock().date()
    assert made.isoformat() not in cover_ar and made.strftime("%d-%m-%Y") not in cover_ar
    words = _plain(cover_ar).split()
    assert {MONTHS_AR[made.month - 1], str(made.day), str(made.year)} <= set(words)
    assert made.isoformat() in cover_en
