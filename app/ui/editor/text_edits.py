"""The editor's text fields: an Arabic (right-to-left) or English (left-to-right) plain-text
editor that reports losing the focus, selects a checklist span, and applies a fix as one undoable
edit.

The checklist counts positions in code points (Python string indices); Qt's text cursor counts
UTF-16 code units, so an emoji outside the Basic Multilingual Plane is two positions for Qt and
one for Python. :func:`utf16_index` converts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QGuiApplication, QTextCursor, QTextOption
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

ARABIC_FAMILIES = ["Noto Sans Arabic UI", "Noto Sans"]
LATIN_FAMILIES = ["Noto Sans", "Noto Sans Arabic UI"]


def utf16_index(text: str, index: int) -> int:
    """Qt's position (UTF-16 code units) of the code-point ``index`` in ``text``."""
    index = max(0, min(index, len(text)))
    head = text[:index]
    return index + sum(1 for ch in head if ord(ch) > 0xFFFF)


def text_font(arabic: bool, scale: float = 1.15) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setFamilies(ARABIC_FAMILIES if arabic else LATIN_FAMILIES)
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


class PostTextEdit(QPlainTextEdit):
    """A plain-text editor for one language of a post."""

    focusLost = Signal()

    def __init__(self, arabic: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arabic = arabic
        direction = Qt.LayoutDirection.RightToLeft if arabic else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        option = QTextOption(self.document().defaultTextOption())
        option.setTextDirection(direction)
        option.setAlignment(
            (Qt.AlignmentFlag.AlignRight if arabic else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDefaultTextOption(option)
        self.setFont(text_font(arabic))
        self.setTabChangesFocus(True)  # Tab moves on; the posts are not indented
        self.setMinimumHeight(90)
        self._applying = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()

    def select_span(self, start: int, end: int) -> None:
        """Focus the field and select the code points ``start`` … ``end``."""
        text = self.toPlainText()
        cursor = self.textCursor()
        cursor.setPosition(utf16_index(text, start))
        cursor.setPosition(utf16_index(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def replace_text(self, new_text: str) -> None:
        """Make the text ``new_text`` by replacing only the part that differs, as one step the
        user can undo with Ctrl+Z."""
        old = self.toPlainText()
        if old == new_text:
            return
        prefix = 0
        limit = min(len(old), len(new_text))
        while prefix < limit and old[prefix] == new_text[prefix]:
            prefix += 1
        suffix = 0
        while (
            suffix < limit - prefix
            and old[len(old) - 1 - suffix] == new_text[len(new_text) - 1 - suffix]
        ):
            suffix += 1
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(utf16_index(old, prefix))
        cursor.setPosition(utf16_index(old, len(old) - suffix), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new_text[prefix : len(new_text) - suffix])
        cursor.endEditBlock()
        # Leave the caret just after the replaced part.
        caret = self.textCursor()
        caret.setPosition(utf16_index(new_text, len(new_text) - suffix))
        self.setTextCursor(caret)


class FocusLineEdit(QLineEdit):
    """A line edit that reports losing the focus (autosave)."""

    focusLost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()
