"""Property-based tests (hypothesis) of the imports that read users' files into the workspace:
analytics exports (app.services.analytics_import) and posts JSON (app.services.post_io).

Whatever the file, an import either succeeds or raises the module's own error naming the file
and row, and a failed import leaves the database exactly as it was (all or nothing). The
crashes these tests found are pinned by the ``test_regression_*`` tests.
``BAYAN_PROPERTY_SCALE`` multiplies the number of examples (see tests/core/test_properties.py).
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.core.analytics import MAX_FIGURE, ImportFailed
from app.services import post_io
from app.services.analytics_import import AnalyticsImporter, parse_file, preview
from app.store.models import Account, AuditEntry, MonthlyMetric, Post
from tests.core.test_properties import Export, csv_texts, examples, x_overviews

FAST = examples(60)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One workspace for every example of a test (a fresh one per example would be slow): each
    example compares the database before and after itself."""
    from app.services.workspace import open_workspace
    from app.store.workspace import Workspace

    opened = open_workspace(Workspace(tmp_path_factory.mktemp("props") / "ws"), create=True)
    with opened.sessions.begin() as session:
        session.add(Account(platform="x", handle="bayan"))
    yield opened
    opened.close()


def snapshot(workspace) -> tuple:  # type: ignore[no-untyped-def]
    """Everything an import may change: monthly figures, posts, audit entries."""
    with workspace.sessions() as session:
        months = session.execute(
            select(
                MonthlyMetric.account_id,
                MonthlyMetric.month,
                MonthlyMetric.views,
                MonthlyMetric.new_followers,
                MonthlyMetric.followers,
                MonthlyMetric.source,
            ).order_by(MonthlyMetric.id)
        ).all()
        posts = session.scalar(select(func.count()).select_from(Post))
        audit = session.scalar(select(func.count()).select_from(AuditEntry))
    return months, posts, audit


# --- analytics exports ----------------------------------------------------------------------------

NAMES = st.sampled_from(["export.csv", "export.txt", "Views.CSV", "book.xlsx", "book.xls"])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
FILE_BYTES = (
    st.binary(max_size=300)
    | st.tuples(csv_texts(), ENCODINGS).map(lambda t: t[0].encode(t[1], "replace"))
    | st.tuples(x_overviews().map(Export.text), ENCODINGS).map(
        lambda t: t[0].encode(t[1], "replace")
    )
)


@FAST
@given(NAMES, FILE_BYTES)
def test_any_file_parses_or_fails_naming_the_file(name: str, data: bytes) -> None:
    try:
        exports = parse_file(name, data)
    except ImportFailed as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.file.startswith(name), problem
            assert problem.message
        return
    assert exports


@st.composite
def export_files(draw: st.DrawFn) -> list[tuple[str, bytes]]:
    """One to three files: well-formed exports, some with a damaged cell, or arbitrary bytes."""
    files = []
    for index in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["good", "good", "damaged", "bytes"]))
        if kind == "bytes":
            files.append((f"f{index}.csv", draw(FILE_BYTES)))
            continue
        export = draw(x_overviews())
        if kind == "damaged":
            row = draw(st.integers(1, len(export.cells) - 1))
            export.cells[row][draw(st.integers(0, 3))] = draw(
                st.sampled_from(["ten", "9" * 30, "-1", "2024-13-01"])
            )
        files.append((f"f{index}.csv", export.text().encode("utf-8")))
    return files


@FAST
@given(export_files(), st.none() | st.integers(0, 2 * MAX_FIGURE))
def test_analytics_import_is_all_or_nothing(shared, files, followers: int | None) -> None:  # type: ignore[no-untyped-def]
    folder = Path(tempfile.mkdtemp(dir=shared.workspace.root.parent))
    for name, data in files:
        (folder / name).write_bytes(data)
    before = snapshot(shared)
    with shared.sessions() as session:
        account_id = session.scalars(select(Account.id)).first()
    try:
        seen = preview(sorted(folder.iterdir()))
        result = AnalyticsImporter(shared.sessions).apply(seen, account_id, followers)
    except ImportFailed as exc:
        event("refused")
        assert exc.problems and all(p.message for p in exc.problems)
        str(exc).encode("utf-8")
        assert snapshot(shared) == before
        return
    event("imported")
    after = snapshot(shared)
    assert after[2] == before[2] + 1  # one audit entry per import
    written = {month for _, month, *_ in after[0]}
    complete = {m for m in seen.months if m not in seen.partial}
    assert result.created == len(written - {month for _, month, *_ in before[0]})
    assert all(m in written for m in complete if seen.months[m].keys() & {"views"})


def test_regression_huge_follower_total_is_refused(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Figures beyond SQLite's 64-bit integers once raised OverflowError from the database.
    export = tmp_path / "x.csv"
    export.write_text(
        "Date,Impressions,New follows,Unfollows\n"
        + "".join(f"2025-09-{d:02d},10,2,1\n" for d in range(1, 31))
    )
    with workspace.sessions.begin() as session:
        account = Account(platform="x", handle="bayan")
        session.add(account)
        session.flush()
        account_id = account.id
    seen = preview([export])
    with pytest.raises(ImportFailed, match="too large"):
        AnalyticsImporter(workspace.sessions).apply(seen, account_id, 10**20)
    export.write_text("Date,Views\n" + "".join(f"2025-09-{d:02d},{10**19}\n" for d in range(1, 31)))
    with pytest.raises(ImportFailed, match="figure too large"):
        preview([export])
    with workspace.sessions() as session:
        assert session.scalars(select(MonthlyMetric)).all() == []


def test_regression_huge_monthly_figure_typed_in_is_refused(workspace) -> None:  # type: ignore[no-untyped-def]
    # save_month accepted "1e300" and SQLite raised OverflowError.
    from app.services.metrics import MetricsError, MetricsService

    with workspace.sessions.begin() as session:
        account = Account(platform="x", handle="bayan")
        session.add(account)
        session.flush()
        account_id = account.id
    service = MetricsService(workspace.sessions)
    for raw in ("1e300", "9" * 30, 10**19):
        with pytest.raises(MetricsError, match="views: too large"):
            service.save_month(account_id, dt.date(2025, 1, 1), {"views": raw})
    with workspace.sessions() as session:
        assert session.scalars(select(MonthlyMetric)).all() == []
    assert service.save_month(account_id, dt.date(2025, 1, 1), {"views": "1,234"})["views"] == 1234


# --- posts JSON -----------------------------------------------------------------------------------

KEYS = [*sorted(post_io._KNOWN_KEYS), "other"]
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(
    max_size=8
) | st.sampled_from(
    [
        "draft",
        "approved",
        "x",
        "facebook",
        "2026-06-01T09:00:00+03:00",
        "2026-06-01 09:00",
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T23:00:00-05:00",
        "\ud800",
        "a" * 400,
    ]
)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["x", "text_ar", "text_en"]) | st.text(max_size=4), inner)
    ),
    max_leaves=6,
)
ROWS = (
    st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=8).map(lambda r: {"title": "t"} | r)
    | VALUES
)
TEXT = st.text(st.characters(codec="utf-8"), max_size=40)
GOOD_ROWS = st.fixed_dictionaries(
    {"title": TEXT.filter(str.strip).map(lambda t: t[:300])},
    optional={
        "state": st.sampled_from(["draft", "approved", "published"]),
        "platforms": st.lists(st.sampled_from(["x", "facebook", "instagram"]), max_size=3),
        "text_ar": TEXT,
        "text_en": TEXT | st.none(),
        "scheduled_at": st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1)).map(
            dt.datetime.isoformat
        ),
        "evergreen": st.booleans(),
        "link": st.sampled_from(["", "https://example.com/a"]),
        "checklist_status": TEXT,
    },
)
DOCUMENTS = st.one_of(
    st.lists(GOOD_ROWS, min_size=1, max_size=4),  # imported
    st.lists(GOOD_ROWS | GOOD_ROWS | ROWS, min_size=1, max_size=4),  # often one bad row
    st.fixed_dictionaries(
        {
            "format": st.sampled_from(["bayan-posts", "other"]),
            "version": st.integers(0, 3) | st.text(max_size=2),
            "posts": st.lists(GOOD_ROWS | ROWS, max_size=3),
        }
    ),
)


@examples(150)
@given(DOCUMENTS)
def test_posts_json_import_is_all_or_nothing(shared, document) -> None:  # type: ignore[no-untyped-def]
    path = Path(tempfile.mkdtemp(dir=shared.workspace.root.parent)) / "posts.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    rows = document if isinstance(document, list) else document["posts"]
    io = post_io.PostIO(shared.sessions, shared.workspace.media_dir, tz="Asia/Amman")
    before = snapshot(shared)
    try:
        result = io.import_json(path)
    except post_io.ImportFailed as exc:
        event("refused: bad rows")
        assert exc.errors and all(1 <= row <= len(rows) and message for row, message in exc.errors)
        assert f"row {exc.errors[0][0]}" in str(exc)
        str(exc).encode("utf-8")  # printable and loggable, even for broken input
        assert snapshot(shared) == before
        return
    except post_io.ImportUnreadable as exc:
        event("refused: unreadable")
        assert str(exc)
        assert snapshot(shared) == before
        return
    event("imported")
    assert len(result.created) == len(rows)
    assert snapshot(shared)[1] == before[1] + len(rows)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"title": "t", "state": {"a": 1}}, "unknown state"),  # once: TypeError, unhashable
        ({"title": "t", "platforms": [["x"]]}, "unknown platform"),  # once: TypeError
        ({"title": "t", "scheduled_at": "0001-01-01T00:00:00+05:00"}, "out of range"),
        ({"title": "t", "scheduled_at": "9999-12-31T23:00:00-05:00"}, "out of range"),
        ({"title": "t\ud800"}, "broken text"),  # once: UnicodeEncodeError from SQLite
        ({"title": "t", "variants": {"x": {"text_ar": "\udc00"}}}, "broken text"),
    ],
)
def test_regression_post_json_rows_that_once_crashed(
    workspace, tmp_path: Path, row: dict, message: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "posts.json"
    path.write_text(json.dumps([{"title": "good"}, row]), encoding="utf-8")
    io = post_io.PostIO(workspace.sessions, workspace.workspace.media_dir, tz="Asia/Amman")
    with pytest.raises(post_io.ImportFailed, match=message) as caught:
        io.import_json(path)
    assert [r for r, _ in caught.value.errors] == [2]
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Post)) == 0


def test_regression_a_good_import_still_works(workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "posts.json"
    rows = [{"title": "أ", "state": "approved", "platforms": ["x", "x"]}, {"title": "b"}]
    path.write_text(json.dumps(rows), encoding="utf-8")
    io = post_io.PostIO(workspace.sessions, workspace.workspace.media_dir, tz="Asia/Amman")
    assert len(io.import_json(path).created) == 2
    with workspace.sessions() as session:
        scheduled = session.scalars(select(Post.scheduled_at)).all()
    assert scheduled == [None, None]
