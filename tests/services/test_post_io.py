"""CSV and JSON export of posts; JSON import: all or nothing, row-numbered errors."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from app.core.filters import PostFilter
from app.services.post_io import (
    CSV_COLUMNS,
    ImportFailed,
    ImportUnreadable,
    PostIO,
)
from app.services.posts import PostService
from tests.services.post_fixtures import (
    FakeClock,
    count,
    fields,
    set_state,
)

AMMAN = "Asia/Amman"


@pytest.fixture
def io(workspace, clock: FakeClock) -> PostIO:
    return PostIO(workspace.sessions, workspace.workspace.media_dir, clock=clock, tz=AMMAN)


@pytest.fixture
def names(workspace) -> dict[str, int]:
    from app.store.models import Campaign, Pillar

    with workspace.sessions.begin() as session:
        pillar = Pillar(name_ar="توعية", name_en="Awareness")
        campaign = Campaign(
            name_ar="سجل الآن",
            name_en="Register now",
            starts_on=dt.date(2026, 6, 1),
            ends_on=dt.date(2026, 6, 30),
        )
        session.add_all([pillar, campaign])
        session.flush()
        return {"pillar": pillar.id, "campaign": campaign.id}


def write_json(tmp_path: Path, document: object, name: str = "in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_json_round_trip_makes_drafts(
    service: PostService, io: PostIO, workspace, names, tmp_path: Path
) -> None:
    original = service.create(
        fields(
            pillar_id=names["pillar"],
            campaign_id=names["campaign"],
            variants={"x": ("نص إكس", None)},
            link="https://iec.jo",
            evergreen=True,
            manual_checks={"GOV-PROP-1": True},
            warning_justifications={"AR-PUNCT-1": "اقتباس"},
        )
    )
    set_state(workspace, original.id, "approved")
    out = tmp_path / "posts.json"
    assert io.export_json(PostFilter(), out) == 1
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "bayan-posts" and document["timezone"] == AMMAN
    (record,) = document["posts"]
    assert record["id"] == original.id and record["state"] == "approved"
    assert record["scheduled_at"] == "2026-06-10T10:00:00+03:00"  # 07:00 UTC in Amman
    assert record["pillar"] == "توعية" and record["campaign"] == "سجل الآن"
    assert record["variants"] == {"x": {"text_ar": "نص إكس", "text_en": None}}
    assert "يبدأ التسجيل" in out.read_text(encoding="utf-8"), "Arabic as text, not escapes"

    result = io.import_json(out)
    (new_id,) = result.created
    assert new_id != original.id
    imported = service.get(new_id)
    assert imported.state == "draft", "imports are always drafts"
    assert imported.fields.scheduled_at == original.fields.scheduled_at
    assert imported.fields.pillar_id == names["pillar"]
    assert imported.fields.campaign_id == names["campaign"]
    assert imported.fields.text_ar == original.fields.text_ar
    assert imported.fields.variants == original.fields.variants
    assert imported.fields.warning_justifications == {"AR-PUNCT-1": "اقتباس"}
    assert imported.fields.manual_checks == {}, "confirmations are given again"
    assert service.revisions(new_id)[0].reason == "import"


def test_import_with_one_bad_row_changes_nothing(
    service: PostService, io: PostIO, workspace, names, tmp_path: Path
) -> None:
    service.create(fields())
    posts_before = count(workspace, "posts")
    revisions_before = count(workspace, "post_revisions")
    good = {"title": "جيد", "platforms": ["x"], "scheduled_at": "2026-06-01T09:00:00"}
    path = write_json(
        tmp_path,
        {
            "format": "bayan-posts",
            "version": 1,
            "posts": [
                good,
                {"title": "  ", "platforms": ["x"]},
                good,
                {"title": "تاريخ", "scheduled_at": "next tuesday"},
                {"title": "منصة", "platforms": ["x", "myspace"]},
                {"title": "حالة", "state": "sent"},
                {"title": "ركيزة", "pillar": "غير موجودة"},
                "not a post",
            ],
        },
    )
    with pytest.raises(ImportFailed) as caught:
        io.import_json(path)
    errors = caught.value.errors
    assert [row for row, _ in errors] == [2, 4, 5, 6, 7, 8]
    messages = dict(errors)
    assert messages[2] == "missing title"
    assert "bad date 'next tuesday'" in messages[4]
    assert "unknown platform 'myspace'" in messages[5]
    assert "unknown state 'sent'" in messages[6]
    assert "unknown pillar 'غير موجودة'" in messages[7]
    assert messages[8] == "not a JSON object"
    text = str(caught.value)
    assert text.startswith("nothing imported: 6 rows have errors: row 2: missing title")
    assert "and 1 more" in text and "\n" not in text
    assert count(workspace, "posts") == posts_before
    assert count(workspace, "post_revisions") == revisions_before


def test_import_reads_names_in_either_language_and_naive_times_locally(
    service: PostService, io: PostIO, names, tmp_path: Path
) -> None:
    path = write_json(
        tmp_path,
        [  # a bare list is accepted too
            {
                "title": "أ",
                "pillar": "Awareness",
                "campaign": "سجل الآن",
                "scheduled_at": "2026-06-01T09:00",
                "state": "published",
                "id": 999,
            },
            {"title": "ب", "scheduled_at": "2026-06-01T09:00:00Z", "checklist_status": "ok"},
        ],
    )
    first, second = io.import_json(path).created
    a, b = service.get(first), service.get(second)
    assert a.fields.pillar_id == names["pillar"] and a.fields.campaign_id == names["campaign"]
    assert a.fields.scheduled_at == dt.datetime(2026, 6, 1, 6, 0, tzinfo=dt.UTC)  # Amman +3
    assert b.fields.scheduled_at == dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
    assert a.state == b.state == "draft" and first != 999


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON \\(line 1"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b'{"format": "something-else", "posts": []}', "not a Bayan posts file"),
        (b'{"format": "bayan-posts", "version": 7, "posts": []}', "newer Bayan"),
        (b'{"posts": {}}', "no list of posts"),
        (b'{"posts": []}', "holds no posts"),
    ],
)
def test_unreadable_files_are_refused(
    io: PostIO, workspace, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(ImportUnreadable, match=message):
        io.import_json(path)
    with pytest.raises(ImportUnreadable, match="does not exist"):
        io.import_json(tmp_path / "missing.json")
    assert count(workspace, "posts") == 0


def test_variant_for_an_untargeted_platform_is_a_row_error(io: PostIO, tmp_path: Path) -> None:
    path = write_json(
        tmp_path,
        {"posts": [{"title": "أ", "platforms": ["x"], "variants": {"facebook": {"text_ar": "ف"}}}]},
    )
    with pytest.raises(ImportFailed, match="row 1: per-platform text for 'facebook'"):
        io.import_json(path)


def test_csv_export(service: PostService, io: PostIO, workspace, tmp_path: Path) -> None:
    one = service.create(fields(text_ar="سطر أول\nسطر ثان، وفاصلة", link="https://iec.jo"))
    two = service.create(fields(title='=HYPERLINK("http://evil")', scheduled_at=None))
    service.create(fields(platforms=("linkedin",)))
    out = tmp_path / "posts.csv"
    assert io.export_csv(PostFilter(platforms=frozenset({"x"})), out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    header, *body = rows
    assert tuple(header) == CSV_COLUMNS
    by_id = {int(r[0]): dict(zip(header, r, strict=True)) for r in body}
    assert set(by_id) == {one.id, two.id}
    first = by_id[one.id]
    assert first["text_ar"] == "سطر أول\nسطر ثان، وفاصلة"
    assert first["scheduled"] == "2026-06-10T10:00:00+03:00"
    assert first["platforms"] == "facebook x"
    assert first["state"] == "draft"
    assert by_id[two.id]["title"].startswith("'="), "no formula runs in a spreadsheet"
    assert by_id[two.id]["scheduled"] == ""


def test_export_follows_the_filter(service: PostService, io: PostIO, tmp_path: Path) -> None:
    service.create(fields(scheduled_at=dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC)))
    service.create(fields(scheduled_at=dt.datetime(2026, 7, 1, 9, tzinfo=dt.UTC)))
    june = PostFilter(
        start=dt.datetime(2026, 6, 1, tzinfo=dt.UTC), end=dt.datetime(2026, 7, 1, tzinfo=dt.UTC)
    )
    out = tmp_path / "june.json"
    assert io.export_json(june, out) == 1
    assert io.export_json(PostFilter(states=frozenset({"approved"})), out) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["posts"] == []
