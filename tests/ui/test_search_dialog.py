"""Global search as the officer meets it: Ctrl+K from anywhere, results while typing, grouped and
highlighted, the keyboard, opening what was found, Arabic right to left."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from app.ui import theme
from app.ui.search_dialog import (
    HEADER_ROLE,
    HIT_ROLE,
    MARK_BACKGROUND,
    MARK_TEXT,
    SearchDialog,
    highlighted_html,
    merged_spans,
    row_html,
    text_direction,
)
from tests.ui.test_theme import contrast

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass(frozen=True)
class Hit:
    """A stand-in for app.services.search.SearchHit where the test is about the dialog only."""

    kind: str
    ref_id: int
    title: str
    snippet: str = ""
    title_spans: tuple[tuple[int, int], ...] = ()
    snippet_spans: tuple[tuple[int, int], ...] = ()
    rank: float = 0.0


class FixedResults:
    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.queries: list[str] = []

    def search(self, query: str, limit_per_kind: int = 20) -> list[Hit]:
        self.queries.append(query)
        return list(self.hits)


def _ready(window, qtbot):  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.install_shortcuts()
    return window


def _open(window, qtbot) -> SearchDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_K, CTRL)
    dialog = window._search
    assert isinstance(dialog, SearchDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _search(dialog: SearchDialog, text: str) -> None:
    dialog.query.setText(text)
    dialog.run_search()


def _rows(dialog: SearchDialog) -> list[tuple[str, object]]:
    """("header", text) and ("hit", SearchHit) in the list's order."""
    rows: list[tuple[str, object]] = []
    for row in range(dialog.results.count()):
        item = dialog.results.item(row)
        hit = item.data(HIT_ROLE)
        rows.append(("hit", hit) if hit is not None else ("header", item.text()))
    return rows


def _hits(dialog: SearchDialog, kind: str) -> list[object]:
    return [hit for what, hit in _rows(dialog) if what == "hit" and hit.kind == kind]  # type: ignore[attr-defined]


def _stored_text(root, post_id: int) -> str:  # type: ignore[no-untyped-def]
    import sqlite3

    conn = sqlite3.connect(root / "bayan.db")
    try:
        rows = conn.execute(
            "SELECT coalesce(text_ar, '') || ' ' || coalesce(text_en, '') FROM post_variants "
            "WHERE post_id = ?",
            (post_id,),
        ).fetchall()
        title = conn.execute("SELECT title FROM posts WHERE id = ?", (post_id,)).fetchone()[0]
    finally:
        conn.close()
    return title + " " + " ".join(r[0] for r in rows)


# --- the pieces ---------------------------------------------------------------------------------


def test_direction_follows_the_first_strong_character() -> None:
    assert text_direction("«الانتخابات» 2026") == Qt.LayoutDirection.RightToLeft
    assert text_direction("2026: Voter day «يوم»") == Qt.LayoutDirection.LeftToRight
    assert text_direction("2026 — 15") is None


def test_highlighting_escapes_the_text_and_marks_in_bold() -> None:
    text = "<script>alert(1)</script> & الانتخابات"
    start = text.index("الانتخابات")
    markup = highlighted_html(text, [(start, start + 4), (start + 2, len(text)), (90, 99)])
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup and "&amp;" in markup
    assert markup.count("<b ") == 1  # the overlapping spans joined, the one outside dropped
    assert markup.endswith(">الانتخابات</b>")
    assert merged_spans([(3, 1), (0, 2), (2, 4), (8, 20)], 10) == [(0, 4), (8, 10)]


def test_each_text_of_a_row_keeps_its_own_direction() -> None:
    hit = Hit("post", 1, "الانتخابات البلدية", "Register to vote today", ((0, 10),), ((12, 16),))
    markup = row_html(hit, "(untitled)")
    assert markup.index('dir="rtl"') < markup.index("الانتخابات") < markup.index('dir="ltr"')
    assert "<b " in markup


def test_the_highlight_is_readable() -> None:
    assert contrast(MARK_TEXT, MARK_BACKGROUND) >= 4.5
    # On a chosen row the highlight keeps its own colours; the row's text is white on the accent.
    assert contrast(theme.ACCENT_TEXT, theme.ACCENT) >= 4.5


# --- opening it ---------------------------------------------------------------------------------


def test_ctrl_k_opens_one_search_and_selects_its_query(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    assert window._search is None  # nothing of it is made before it is asked for
    dialog = _open(window, qtbot)
    assert dialog.parent() is window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.query)
    assert dialog.query.accessibleName() == "Search for"
    assert dialog.results.accessibleName() == "Search results"
    assert "Type words" in dialog.message.text()  # the hint for an empty query
    assert dialog.results.isHidden()

    dialog.query.setText("voter")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    again = _open(window, qtbot)
    assert again is dialog
    assert dialog.query.selectedText() == "voter"  # typing replaces the last query


def test_the_search_button_opens_it_for_mouse_users(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch(demo_workspace.root, "en")
    button = window.search_button
    assert button.text() == "Search…"
    assert "Ctrl+K" in button.toolTip()
    assert "Ctrl+K" in button.accessibleDescription()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window._search is not None and window._search.isVisible()


def test_ctrl_k_from_a_post_editor(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    editor = window.open_editor(1)
    qtbot.addWidget(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.text_ar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.text_ar)
    text = editor.text_ar.toPlainText()
    dialog = _open(window, qtbot)
    assert dialog.isVisible()
    assert editor.text_ar.toPlainText() == text  # the key did nothing in the editor


def test_ctrl_k_from_a_text_box_that_wants_the_key(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On Linux a text box deletes to the end of the line on Ctrl+K and claims the key before
    any shortcut; the search opens all the same (and the text stays)."""

    class LinuxLineEdit(QLineEdit):
        def event(self, event):  # type: ignore[no-untyped-def]
            if event.type() == event.Type.ShortcutOverride and (
                event.key() == Qt.Key.Key_K and event.modifiers() == CTRL
            ):
                event.accept()
                return True
            return super().event(event)

        def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
            if event.key() == Qt.Key.Key_K and event.modifiers() == CTRL:
                self.setText(self.text()[: self.cursorPosition()])
                return
            super().keyPressEvent(event)

    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    box = LinuxLineEdit(window.dashboard)
    box.setText("keep all of this")
    box.setCursorPosition(4)
    box.show()
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    dialog = _open(window, qtbot)
    assert dialog.isVisible()
    assert box.text() == "keep all of this"


def test_ctrl_k_over_a_modal_dialog(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    modal = QDialog(window)
    field = QLineEdit(modal)
    QVBoxLayout(modal).addWidget(field)
    modal.setModal(True)
    modal.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is modal)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: window._search is not None and window._search.isVisible())
    dialog = window._search
    assert dialog.isModal()  # usable above the other modal dialog
    qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
    modal.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    again = _open(window, qtbot)
    assert again is dialog and not dialog.isModal()


# --- results ------------------------------------------------------------------------------------


def test_typing_finds_a_post_whatever_the_hamza(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services.posts import PostFields

    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    created = window.context.posts().create(
        PostFields(
            title="موعد التسجيل في الانتخابات البلدية",
            text_ar="يبدأ غداً التسجيل في الانتخابات البلدية في مراكز الهيئة.",
            text_en="Registration for the municipal elections starts tomorrow.",
            scheduled_at=dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC),
        )
    )
    dialog = _open(window, qtbot)
    for letter in "الإنتخابات":  # typed (QTest can only type Latin letters)
        dialog.query.insert(letter)
    assert dialog.results.count() == 0  # not on every keystroke: after a short pause
    qtbot.waitUntil(lambda: bool(_hits(dialog, "post")), timeout=2000)
    assert dialog.searched == "الإنتخابات"
    found = [hit for hit in _hits(dialog, "post") if hit.ref_id == created.id]  # type: ignore[attr-defined]
    assert len(found) == 1
    hit = found[0]
    assert hit.title == "موعد التسجيل في الانتخابات البلدية"  # type: ignore[attr-defined]
    assert [hit.title[s:e] for s, e in hit.title_spans] == ["الانتخابات"]  # type: ignore[attr-defined]
    assert "الانتخابات" in [hit.snippet[s:e] for s, e in hit.snippet_spans]  # type: ignore[attr-defined]
    markup = row_html(hit, dialog.untitled("post"))
    assert markup.count(">الانتخابات</b>") == 2  # in the title and in the snippet
    assert dialog.detail(hit) == "Draft · 3 Dec 2026"  # its state and date, in muted text
    assert markup.startswith('<p dir="rtl"')
    assert dialog.message.text() == f"Results: {len(dialog.hits)}"
    # What a screen reader is told about the chosen row.
    row = next(
        r for r in range(dialog.results.count()) if dialog.results.item(r).data(HIT_ROLE) is hit
    )
    dialog.results.setCurrentRow(row)
    assert dialog.query.accessibleDescription().startswith("Post: موعد التسجيل")


def test_results_are_grouped_by_kind_with_counts(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    dialog = _open(window, qtbot)
    _search(dialog, "ورشة")  # workshops: posts, inquiries praising them, photos of them
    rows = _rows(dialog)
    headers = [text for what, text in rows if what == "header"]
    kinds = [hit.kind for what, hit in rows if what == "hit"]  # type: ignore[attr-defined]
    assert kinds == sorted(kinds, key=["post", "inquiry", "media"].index)  # one group per kind
    counts = {kind: kinds.count(kind) for kind in set(kinds)}
    names = {"post": "Posts", "inquiry": "Inquiries", "media": "Media"}
    assert headers == [
        f"{names[kind]} ({counts[kind]})" for kind in ("post", "inquiry", "media") if kind in counts
    ]
    assert len(headers) >= 2
    # The headers are shown, never chosen; the first result is chosen at once.
    for row in range(dialog.results.count()):
        item = dialog.results.item(row)
        if item.data(HEADER_ROLE):
            assert not item.flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialog.results.currentRow() == 1
    # Best first within a group (a higher rank is a better match), as the service gave them.
    for kind in counts:
        ranks = [h.rank for h in _hits(dialog, kind)]  # type: ignore[attr-defined]
        assert ranks == sorted(ranks, reverse=True)
    assert [h for what, h in rows if what == "hit"] == dialog.hits


def test_no_results_are_said_in_words(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    dialog = _open(window, qtbot)
    _search(dialog, "zzqxv")
    assert dialog.results.count() == 0 and dialog.results.isHidden()
    assert dialog.message.text() == "No results for “zzqxv”."
    assert dialog.message.accessibleName() == dialog.message.text()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert dialog.isVisible()
    _search(dialog, '"*()')  # FTS5's own syntax only
    assert dialog.results.count() == 0
    assert dialog.isVisible()


# --- keyboard and opening -----------------------------------------------------------------------


def test_down_and_enter_open_the_post_in_its_editor(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.editor.window import PostEditor

    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    dialog = _open(window, qtbot)
    _search(dialog, "انتخابات")
    posts = _hits(dialog, "post")
    assert len(posts) >= 2
    assert dialog.current_hit() is posts[0]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    chosen = dialog.current_hit()
    assert chosen is posts[1]
    assert dialog.results.accessibleDescription().startswith("Post: ")
    assert posts[1].title.strip() in dialog.query.accessibleDescription()  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)  # stays on the first result, not its header
    assert dialog.current_hit() is posts[0]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    editor = PostEditor.find_open(chosen.ref_id)  # type: ignore[attr-defined]
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.post_id == chosen.ref_id  # type: ignore[attr-defined]
    assert not dialog.isVisible()


def test_the_arrows_pass_over_the_headers(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    dialog = _open(window, qtbot)
    dialog._service = FixedResults(
        [Hit("post", 1, "One"), Hit("inquiry", 2, "Two"), Hit("media", 3, "Three")]
    )
    _search(dialog, "x")
    assert [what for what, _ in _rows(dialog)] == ["header", "hit"] * 3
    seen = [dialog.current_hit().ref_id]
    for _ in range(3):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
        seen.append(dialog.current_hit().ref_id)
    assert seen == [1, 2, 3, 3]
    # In the list itself too.
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Up)
    assert dialog.current_hit().ref_id == 2
    qtbot.keyClick(dialog.results, Qt.Key.Key_Home)
    assert dialog.current_hit().ref_id == 1


def test_enter_on_an_inquiry_opens_the_inquiry_dialog(
    launch, demo_workspace, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.inquiries.dialog import InquiryDialog

    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    dialog = _open(window, qtbot)
    shown: list[InquiryDialog] = []

    def run(inquiry_dialog):  # type: ignore[no-untyped-def]
        shown.append(inquiry_dialog)
        return 0

    monkeypatch.setattr(dialog, "run_dialog", run)
    _search(dialog, "برايل")
    inquiries = _hits(dialog, "inquiry")
    assert inquiries
    while dialog.current_hit().kind != "inquiry":
        qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Enter)
    assert len(shown) == 1
    assert isinstance(shown[0], InquiryDialog)
    assert shown[0].inquiry_id == inquiries[0].ref_id  # type: ignore[attr-defined]
    assert not dialog.isVisible()


def test_enter_before_the_pause_searches_first(launch, demo_workspace, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    dialog = _open(window, qtbot)
    opened: list[object] = []
    monkeypatch.setattr(dialog, "open_hit", opened.append)
    dialog._service = FixedResults([Hit("post", 7, "Seven")])
    qtbot.keyClicks(dialog.query, "sev")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert [h.ref_id for h in opened] == [7]  # type: ignore[attr-defined]
    assert dialog._service.queries == ["sev"]


def test_a_media_result_opens_the_archive_on_it(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    if not hasattr(window, "_make_archive"):
        pytest.skip("the archive page is not in the main window yet")
    dialog = _open(window, qtbot)
    _search(dialog, "ورشة")
    media = _hits(dialog, "media")
    assert media
    while dialog.current_hit().kind != "media":
        qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    page = window.page(window.page_factories.index(window._make_archive))
    assert window.stack.currentWidget() is page
    assert page.selected_id() == media[0].ref_id  # type: ignore[attr-defined]


# --- Arabic -------------------------------------------------------------------------------------


def test_the_search_in_arabic_is_right_to_left(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _ready(launch(demo_workspace.root, "ar"), qtbot)
    dialog = _open(window, qtbot)
    assert dialog.isRightToLeft()
    assert dialog.results.isRightToLeft()
    _search(dialog, "انتخاب")
    posts = _hits(dialog, "post")
    assert posts
    assert 'dir="rtl"' in row_html(posts[0], dialog.untitled("post"))
    # The arrows and Enter work the same way in a right-to-left window.
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.current_hit() is (posts[1] if len(posts) > 1 else dialog.hits[1])
    # Text in English stays left to right there.
    _search(dialog, "voter")
    english = [h for h in dialog.hits if text_direction(h.title) == Qt.LayoutDirection.LeftToRight]
    assert english
    assert row_html(english[0], "").startswith('<p dir="ltr"')


def test_an_open_search_follows_a_change_of_language(launch, demo_workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    window = _ready(launch(demo_workspace.root, "en"), qtbot)
    dialog = _open(window, qtbot)
    _search(dialog, "برايل")
    count = len(_hits(dialog, "post"))
    assert _rows(dialog)[0] == ("header", f"Posts ({count})")
    window.context.languages.apply("ar")
    qtbot.waitUntil(dialog.isRightToLeft)
    arabic_count = QLocale().toString(count)
    assert arabic_count != str(count)  # Arabic-Indic digits
    qtbot.waitUntil(lambda: arabic_count in str(_rows(dialog)[0][1]))
    assert dialog.current_hit() is dialog.hits[0]  # still chosen, still the same results
