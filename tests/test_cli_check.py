"""``bayan check``: counters and checklist on one text; exit 0, 1 with a blocker, 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import EXIT_BAD_INPUT, EXIT_BLOCKER, EXIT_OK, main


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["check", *args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def exit_code(argv: list[str]) -> int:
    """main's status, whether it returns it or argparse exits with it."""
    try:
        return main(argv)
    except SystemExit as stop:
        assert isinstance(stop.code, int)
        return stop.code


def one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.endswith("\n") and captured.err.count("\n") == 1, captured.err
    return captured.err


def test_clean_text_exits_0_with_json(capsys) -> None:
    code, report = run_json(capsys, "--platform", "x", "--lang", "en", "--text", "Hello world")
    assert code == EXIT_OK
    assert report["platform"] == "x" and report["length"] == 11 and report["limit"] == 280
    assert [f["rule"] for f in report["findings"]] == ["A11Y-PLAIN-2"]
    assert set(report["findings"][0]) >= {"rule", "severity", "start", "end", "message"}


def test_blocker_exits_1_and_reports_its_span(capsys) -> None:
    text = "مرحبا بكم في الأردنــية"
    code, report = run_json(capsys, "--platform", "facebook", "--lang", "ar", "--text", text)
    assert code == EXIT_BLOCKER
    [tatweel] = [f for f in report["findings"] if f["rule"] == "AR-TATWEEL-1"]
    assert tatweel["severity"] == "blocker"
    assert text[tatweel["start"] : tatweel["end"]] == "ــ"


def test_x_length_is_weighted(capsys) -> None:
    text = "a" * 260 + " https://moh.gov.jo/a/very/long/path/indeed 🎉"
    code, report = run_json(capsys, "--platform", "x", "--lang", "en", "--text", text)
    assert report["length"] == 260 + 1 + 23 + 1 + 2
    assert code == EXIT_BLOCKER and "PLAT-X-1" in {f["rule"] for f in report["findings"]}


def test_youtube_length_is_in_bytes(capsys) -> None:
    _, report = run_json(capsys, "--platform", "youtube", "--lang", "ar", "--text", "بيان")
    assert (report["length"], report["limit"], report["unit"]) == (8, 5000, "utf8_bytes")


def test_warnings_alone_exit_0(capsys) -> None:
    code, report = run_json(capsys, "--platform", "x", "--lang", "en", "--text", "Click here")
    assert code == EXIT_OK
    assert "A11Y-LINK-1" in {f["rule"] for f in report["findings"]}


def test_file_input_and_text_table(tmp_path: Path, capsys) -> None:
    post = tmp_path / "post.txt"
    post.write_text("\ufeffزوروا الموقع, اليوم", encoding="utf-8")  # a BOM is not part of the text
    code = main(["check", "--platform", "instagram", "--lang", "ar", "--file", str(post)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert out.startswith("instagram (ar): 19/2200 codepoints\n")
    assert "AR-PUNCT-1" in out and "12-13" in out
    assert "AR-BIDI-3" not in out


def test_workspace_option_is_accepted_and_not_needed(tmp_path: Path, capsys) -> None:
    code = main(
        [
            "check",
            "--workspace",
            str(tmp_path / "none"),
            "--platform",
            "x",
            "--lang",
            "en",
            "--text",
            "Hi",
        ]
    )
    assert code == EXIT_OK and not (tmp_path / "none").exists()
    capsys.readouterr()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--platform", "myspace", "--lang", "en", "--text", "x"], "unknown platform 'myspace'"),
        (["--platform", "x", "--lang", "fr", "--text", "x"], "invalid choice"),
        (["--platform", "x", "--lang", "en"], "one of the arguments --file --text is required"),
        (["--platform", "x", "--lang", "en", "--text", "a", "--file", "f"], "not allowed"),
        (["--platform", "x", "--lang", "en", "--file", "/no/such/file.txt"], "cannot read"),
    ],
)
def test_bad_input_exits_2_with_one_line(args: list[str], needle: str, capsys) -> None:
    assert exit_code(["check", *args]) == EXIT_BAD_INPUT
    line = one_error_line(capsys)
    assert line.startswith("bayan check: ") and needle in line, line


def test_non_utf8_file_exits_2(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("café".encode("latin-1"))
    assert main(["check", "--platform", "x", "--lang", "en", "--file", str(bad)]) == EXIT_BAD_INPUT
    assert "not UTF-8" in one_error_line(capsys)


def test_a_folder_is_not_a_file(tmp_path: Path, capsys) -> None:
    assert main(["check", "--platform", "x", "--lang", "en", "--file", str(tmp_path)]) == 2
    assert "cannot read" in one_error_line(capsys)
