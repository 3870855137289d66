"""``bayan search``: the same results as the GUI's search, grouped by kind; status 0 with or
without results, 2 (one line on stderr) for bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.services.inquiries import InquiryFields, InquiryService
from app.services.posts import PostFields, PostService
from app.services.search import SearchService
from app.services.settings import SettingsService
from app.services.workspace import open_workspace
from app.store.workspace import Workspace


@pytest.fixture
def ws_root(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    opened = open_workspace(Workspace(root), create=True)
    try:
        SettingsService(opened.sessions).set_timezone("Asia/Amman")
        posts = PostService(opened.sessions, opened.workspace.media_dir)
        posts.create(PostFields(title="الانتخابات النيابية", text_ar="موعد الانتخابات ٢٠٢٦"))
        posts.create(PostFields(title="Voter registration", text_en="Register before March."))
        InquiryService(opened.sessions).create(
            InquiryFields(
                channel="email",
                kind="inquiry",
                subject="سؤال عن الإنتخابات",
                text="متى موعد الانتخابات؟",
                inquirer_name="Zebulon Quarterfield",
                received_at=dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC),
            )
        )
    finally:
        opened.close()
    return root


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_results_grouped_by_kind(ws_root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "search", "--workspace", str(ws_root), "انتخابات")
    assert code == EXIT_OK and err == ""
    lines = out.splitlines()
    assert lines[0] == "Posts (1)"
    assert lines[1] == "  post 1\tالانتخابات النيابية"
    assert lines[2] == "    موعد الانتخابات ٢٠٢٦"
    assert "Inquiries (1)" in lines and "  inquiry 1\tسؤال عن الإنتخابات" in lines
    assert out.index("Posts") < out.index("Inquiries")


def test_json_gives_what_the_service_gives(ws_root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _err = run(capsys, "search", "--workspace", str(ws_root), "الإنتخابات", "--json")
    assert code == EXIT_OK
    report = json.loads(out)
    assert report["query"] == "الإنتخابات" and report["terms"] == ["انتخابات"]
    opened = open_workspace(Workspace(ws_root))
    try:
        with SearchService(opened.sessions) as service:
            hits = service.search("الإنتخابات")
    finally:
        opened.close()
    assert [(r["kind"], r["id"], r["title"], r["snippet"]) for r in report["results"]] == [
        (h.kind, h.ref_id, h.title, h.snippet) for h in hits
    ]
    first = report["results"][0]
    assert first["title_spans"] == [[0, 10]]
    assert first["snippet_spans"] == [[5, 15]]


def test_english_any_case_and_digits(ws_root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "search", "--workspace", str(ws_root), "VOTER", "--json")
    assert code == EXIT_OK and [r["id"] for r in json.loads(out)["results"]] == [2]
    code, out, _ = run(capsys, "search", "--workspace", str(ws_root), "2026", "--json")
    assert [r["id"] for r in json.loads(out)["results"]] == [1]


def test_no_result_is_not_an_error(ws_root: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "search", "--workspace", str(ws_root), "غير موجود")
    assert code == EXIT_OK and err == ""
    assert out == "no results for 'غير موجود'\n"
    code, out, _ = run(capsys, "search", "--workspace", str(ws_root), "zebulon", "--json")
    assert code == EXIT_OK and json.loads(out)["results"] == []  # names are not searchable


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["   "], "no letters or digits"),
        (['"*()'], "no letters or digits"),
        (["x", "--limit", "0"], "from 1 to 500"),
        (["x" * 1001], "longer than 1,000 characters"),
    ],
)
def test_bad_input_is_one_line_and_status_2(ws_root: Path, capsys, argv, message) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "search", "--workspace", str(ws_root), *argv)
    assert code == EXIT_BAD_INPUT and out == ""
    assert err.count("\n") == 1 and err.startswith("bayan search: ") and message in err


def test_missing_workspace_and_missing_query(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run(capsys, "search", "--workspace", str(tmp_path / "none"), "x")
    assert code == EXIT_BAD_INPUT and "no Bayan workspace" in err
    with pytest.raises(SystemExit) as exited:
        main(["search", "--workspace", str(tmp_path)])
    assert exited.value.code == EXIT_BAD_INPUT
    assert "QUERY" in capsys.readouterr().err
