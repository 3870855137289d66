"""Helpers for the post editor's GUI tests: reading the database, clicking rows and boxes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint, Qt

from app.services.posts import PostData, PostFields, PostService
from app.store.fastread import FastReader
from app.ui import i18n
from app.ui.context import AppContext
from app.ui.editor.window import PostEditor


def make_context(workspace_root, language: str = "en") -> AppContext:  # type: ignore[no-untyped-def]
    from app.store.workspace import Workspace

    languages = i18n.LanguageManager()
    languages.apply(language)
    ws = Workspace(workspace_root)
    return AppContext(ws, FastReader(ws.db_path), languages, "Asia/Amman")


def service_of(context: AppContext) -> PostService:
    return context.posts()


def stored(context: AppContext, post_id: int) -> PostData:
    """The post as the database holds it now (a fresh service, not the editor's)."""
    return service_of(context).get(post_id)


def post_count(context: AppContext) -> int:
    import sqlite3

    conn = sqlite3.connect(context.workspace.db_path)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0])
    finally:
        conn.close()


def new_post(context: AppContext, **changes: Any) -> PostData:
    base: dict[str, Any] = {
        "title": "إعلان التسجيل",
        "title_en": "Registration notice",
        "platforms": ("x", "facebook"),
        "scheduled_at": dt.datetime(2026, 12, 3, 7, 0, tzinfo=dt.UTC),
        "text_ar": "تبدأ الهيئة استقبال طلبات التسجيل اليوم.",
        "text_en": "The commission opens registration today.",
    }
    base.update(changes)
    return service_of(context).create(PostFields(**base))


def click_row(qtbot, view, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click a row of a list view as the mouse would."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    point = QPoint(rect.left() + min(20, rect.width() // 2), rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def tick_manual(qtbot, window: PostEditor) -> None:  # type: ignore[no-untyped-def]
    """Tick every confirmation the checklist shows, by mouse."""
    for rule in window.checklist.visible_manual_rules():
        box = window.checklist.manual_boxes[rule]
        if not box.isChecked():
            click_check_box(qtbot, box)


def click_check_box(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """Click a check box where its style says it takes clicks (the mirrored side in Arabic)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxClickRect, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=rect.center())


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into ``widget`` key by key. ``qtbot.keyClicks`` types Latin text; QTest
    cannot map Arabic letters or emoji to keys, so those go as key events carrying the text,
    which is what a keyboard with an Arabic layout sends."""
    from PySide6.QtTest import QTest

    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )
    if run:
        qtbot.keyClicks(widget, run)
