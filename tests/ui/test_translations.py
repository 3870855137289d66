"""The Arabic translation is complete, compiled, and covers every string in the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "i18n" / "bayan_ar.ts"
QM = ROOT / "resources" / "i18n" / "bayan_ar.qm"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.fail(f"{name} is missing: it ships with pyside6-essentials")
        return found
    return str(path)


def _forms(message: ET.Element) -> list[str]:
    """A message's Arabic: its six plural forms (zero … other), or its one text."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes":
        return [(f.text or "") for f in forms]
    return [translation.text or ""]


def test_every_message_has_an_arabic_translation() -> None:
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 50
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished"
        or not all(form.strip() for form in _forms(m))
        or (m.get("numerus") == "yes" and len(_forms(m)) != 6)
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    for message in ET.parse(TS).iter("message"):
        source = message.findtext("source") or ""
        forms = _forms(message)
        for marker in ("%1", "%2", "%3"):
            for form in forms:
                assert (marker in source) == (marker in form), (source, form)
        if message.get("numerus") == "yes":
            # Arabic names the number in words for 0, 1 and 2; from 3 on it is shown.
            marker = "%Ln" if "%Ln" in source else "%n"
            assert all(marker in form for form in forms[3:]), source
        else:
            assert ("%n" in source) == ("%n" in forms[0]), source


def test_arabic_layout_direction_entry() -> None:
    contexts = {c.findtext("name"): c for c in ET.parse(TS).iter("context")}
    entry = contexts["QT_LAYOUT_DIRECTION"].find("message")
    assert (entry.findtext("source"), entry.findtext("translation")) == ("LTR", "RTL")


def test_lupdate_finds_no_new_strings(tmp_path: Path) -> None:
    copy = tmp_path / "bayan_ar.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    fresh = [
        m.findtext("source")
        for m in ET.parse(copy).iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert fresh == [], "run tools/update_translations.sh and translate the new strings"


def test_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    out = tmp_path / "bayan_ar.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == QM.read_bytes(), "run tools/update_translations.sh"


def test_english_has_the_plural_forms_of_every_counted_message(tmp_path: Path) -> None:
    """"%n post(s)" reads "1 post" / "2 posts" in English (i18n/bayan_en.ts, made from the
    sources by tools/english_plurals.py): every plural message of the code is in it."""
    english = ROOT / "i18n" / "bayan_en.ts"
    plural = {
        (m.findtext("source") or "")
        for m in ET.parse(TS).iter("message")
        if m.get("numerus") == "yes"
    }
    forms = {
        (m.findtext("source") or ""): [f.text or "" for f in m.iter("numerusform")]
        for m in ET.parse(english).iter("message")
    }
    assert plural and plural <= set(forms)
    for source, (one, many) in ((s, forms[s]) for s in plural):
        assert "(s)" not in one + many and "(ies)" not in one + many, source
    out = tmp_path / "bayan_en.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(english), "-qm", str(out)], check=True, capture_output=True
    )
    compiled = ROOT / "resources" / "i18n" / "bayan_en.qm"
    assert out.read_bytes() == compiled.read_bytes(), "run tools/update_translations.sh"


def test_english_plural_forms_at_run_time(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n import LanguageManager

    manager = LanguageManager()
    try:
        manager.apply("en")
        one = QCoreApplication.translate("PostsPage", "%Ln post(s).", "", 1)
        many = QCoreApplication.translate("PostsPage", "%Ln post(s).", "", 3)
        assert (one, many) == ("1 post.", "3 posts.")
    finally:
        manager.apply("en")
