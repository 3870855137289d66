"""Saved replies (SPEC §5): bilingual templates the officer inserts into a response.

A list of the replies by title beside the form that edits one: its title, the Arabic text (right
to left) and the English text (left to right). The placeholders a reply may use are listed under
the texts; saving a reply with any other placeholder, or with a lone brace, is refused by the
service and said in words, with the cursor put on the offending placeholder.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import inquiries as rules
from app.errors import BayanError
from app.ui import theme
from app.ui.i18n import Retranslating, ltr

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def braces(names: Any) -> str:
    return ", ".join("{" + str(n) + "}" for n in names)


class SavedRepliesDialog(Retranslating, QDialog):
    """``changed`` is emitted after a reply is created, changed or deleted."""

    changed = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.inquiries()
        self.replies: list[Any] = []
        self.current_id: int | None = None
        self.dirty = False
        self._loading = False

        self.list = QListWidget(self)
        self.list.setObjectName("savedRepliesList")
        self.list.setMinimumWidth(220)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.list_label = QLabel(self)
        self.list_label.setBuddy(self.list)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_reply)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_reply)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("replyTitle")
        self.body_ar = _body_edit(True, self)
        self.body_ar.setObjectName("replyArabic")
        self.body_en = _body_edit(False, self)
        self.body_en.setObjectName("replyEnglish")
        for body in (self.body_ar, self.body_en):
            body.setTabChangesFocus(True)
            body.setMinimumHeight(110)
            body.textChanged.connect(self._edited)
        self.title_edit.textChanged.connect(self._edited)
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title_edit)
        self.ar_label = QLabel(self)
        self.ar_label.setBuddy(self.body_ar)
        self.en_label = QLabel(self)
        self.en_label.setBuddy(self.body_en)
        self.placeholders = QLabel(self)
        self.placeholders.setObjectName("replyPlaceholders")
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.muted(self.placeholders)
        form = QFormLayout()
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.ar_label, self.body_ar)
        form.addRow(self.en_label, self.body_en)
        form.addRow("", self.placeholders)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveReply")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("replyMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form, 1)
        right.addLayout(save_row)

        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(900, 560)
        self.save_button.setDefault(True)  # Enter in the title saves; never "New" or "Delete"
        self.retranslate()
        self.reload()
        if self.replies:
            self.list.setCurrentRow(0)
        else:
            self.new_reply()

    # --- the list --------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        try:
            self.replies = list(self.service.saved_replies())
        except (ValueError, BayanError) as exc:
            self.replies = []
            self.say(
                self.tr("The saved replies could not be read: %1").replace("%1", ltr(str(exc))),
                True,
            )
        self.list.blockSignals(True)
        self.list.clear()
        for reply in self.replies:
            item = QListWidgetItem(reply.title)
            item.setData(ID_ROLE, reply.id)
            self.list.addItem(item)
        row = next((i for i, r in enumerate(self.replies) if r.id == select_id), -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._update_buttons()

    def _row_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.replies):
            return
        reply = self.replies[row]
        if reply.id == self.current_id:
            return
        if not self.may_discard():
            self._select(self.current_id)
            return
        self.show_reply(reply)

    def _select(self, reply_id: int | None) -> None:
        row = next((i for i, r in enumerate(self.replies) if r.id == reply_id), -1)
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    def show_reply(self, reply: Any | None) -> None:
        self._loading = True
        try:
            self.current_id = reply.id if reply is not None else None
            self.title_edit.setText(reply.title if reply is not None else "")
            self.body_ar.setPlainText(reply.body_ar if reply is not None else "")
            self.body_en.setPlainText(reply.body_en if reply is not None else "")
        finally:
            self._loading = False
        self.dirty = False
        self.message.hide()
        self.show_heading()
        self._update_buttons()

    def show_heading(self) -> None:
        if self.current_id is None:
            self.heading.setText(self.tr("New saved reply"))
        else:
            self.heading.setText(self.tr("Saved reply"))

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.current_id is not None)

    def may_discard(self) -> bool:
        if not self.dirty:
            return True
        return self.confirm(
            self.tr("Unsaved changes"),
            self.tr("The saved reply you were editing has unsaved changes. Discard them?"),
        )

    # --- actions (confirmation is a method tests replace) ------------------------------------

    def new_reply(self) -> None:
        if not self.may_discard():
            return
        self._select(None)
        self.show_reply(None)
        self.title_edit.setFocus()

    def save(self) -> Any | None:
        title = self.title_edit.text().strip()
        body_ar, body_en = self.body_ar.toPlainText(), self.body_en.toPlainText()
        if not title:
            self.say(self.tr("Give the saved reply a title. Nothing was saved."), True)
            self.title_edit.setFocus()
            return None
        try:
            if self.current_id is None:
                info = self.service.create_reply(title, body_ar, body_en)
            else:
                info = self.service.update_reply(self.current_id, title, body_ar, body_en)
        except (ValueError, BayanError) as exc:
            self.refused(exc, body_ar, body_en)
            return None
        self.dirty = False
        self.current_id = info.id
        self.reload(info.id)
        self.show_heading()
        self.say(self.tr("“%1” saved.").replace("%1", info.title))
        self.changed.emit()
        return info

    def refused(self, error: BaseException, body_ar: str, body_en: str) -> None:
        """Say why the service refused the reply and put the cursor where the problem is."""
        problem = getattr(error, "problem", "")
        names = tuple(getattr(error, "names", ()))
        nothing = " " + self.tr("Nothing was saved.")
        if problem == "unknown" and names:
            self.say(
                self.tr("Not a placeholder Bayan knows: %1. A saved reply may use only %2.")
                .replace("%1", ltr(braces(names)))
                .replace("%2", ltr(braces(rules.PLACEHOLDERS)))
                + nothing,
                True,
            )
            marker = "{" + names[0] + "}"
            for body, text in ((self.body_ar, body_ar), (self.body_en, body_en)):
                at = text.find(marker)
                if at >= 0:
                    self._point_at(body, at, len(marker))
                    break
            return
        if problem == "malformed":
            for body, text, message in (
                (
                    self.body_ar,
                    body_ar,
                    self.tr(
                        "A brace in the Arabic text (character %1) has no partner: write {{ or }} "
                        "for a brace itself."
                    ),
                ),
                (
                    self.body_en,
                    body_en,
                    self.tr(
                        "A brace in the English text (character %1) has no partner: write {{ or }} "
                        "for a brace itself."
                    ),
                ),
            ):
                try:
                    rules.check_template(text.strip())
                except rules.MalformedTemplate as exc:
                    offset = len(text) - len(text.lstrip())
                    self.say(message.replace("%1", str(exc.position + 1)) + nothing, True)
                    self._point_at(body, exc.position + offset, 1)
                    return
                except rules.TemplateError:
                    continue
        if problem == "no_text":
            self.say(self.tr("Write the Arabic text, the English text, or both.") + nothing, True)
            self.body_ar.setFocus()
            return
        self.say(self.tr("Not saved: %1").replace("%1", ltr(str(error))), True)

    def _point_at(self, body: QPlainTextEdit, start: int, length: int) -> None:
        cursor = body.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        body.setTextCursor(cursor)
        body.setFocus()

    def delete_reply(self) -> bool:
        reply = next((r for r in self.replies if r.id == self.current_id), None)
        if reply is None:
            return False
        if not self.confirm(
            self.tr("Delete the saved reply"),
            self.tr(
                "Delete the saved reply “%1”? Responses already sent with it keep their text."
            ).replace("%1", reply.title),
        ):
            return False
        try:
            self.service.delete_reply(reply.id)
        except (ValueError, BayanError) as exc:
            self.say(self.tr("Not deleted: %1").replace("%1", ltr(str(exc))), True)
            return False
        self.dirty = False
        self.reload()
        if self.replies:
            self.list.setCurrentRow(0)
            self.show_reply(self.replies[0])
        else:
            self.show_reply(None)
        self.say(self.tr("“%1” deleted.").replace("%1", reply.title))
        self.changed.emit()
        return True

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def done(self, result: int) -> None:
        if not self.may_discard():
            return
        self.dirty = False
        super().done(result)

    def say(self, text: str, error: bool = False) -> None:
        theme.show_message(self.message, text, error)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Saved replies"))
        self.list_label.setText(self.tr("&Replies:"))
        self.list.setAccessibleName(self.tr("Saved replies"))
        self.new_button.setText(self.tr("&New"))
        self.new_button.setToolTip(self.tr("Write a new saved reply"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.title_label.setText(self.tr("&Title:"))
        self.title_edit.setAccessibleName(self.tr("Title of the saved reply"))
        self.ar_label.setText(self.tr("&Arabic text:"))
        self.body_ar.setAccessibleName(self.tr("Arabic text of the saved reply"))
        self.en_label.setText(self.tr("&English text:"))
        self.body_en.setAccessibleName(self.tr("English text of the saved reply"))
        self.placeholders.setText(
            self.tr(
                "Placeholders filled in when the reply is inserted: %1 the inquirer's name, %2 "
                "the inquiry's subject, %3 the day it was received. No others are allowed; "
                "write {{ or }} for a brace itself."
            )
            .replace("%1", ltr("{name}"))
            .replace("%2", ltr("{subject}"))
            .replace("%3", ltr("{date}"))
        )
        self.save_button.setText(self.tr("&Save reply"))
        self.close_button.setText(self.tr("&Close"))
        self.show_heading()


def _body_edit(arabic: bool, parent: QWidget) -> QPlainTextEdit:
    """A reply's text in one language: right to left for Arabic, left to right for English,
    whatever the interface's direction."""
    from PySide6.QtGui import QTextOption

    from app.ui.editor.text_edits import text_font

    edit = QPlainTextEdit(parent)
    direction = Qt.LayoutDirection.RightToLeft if arabic else Qt.LayoutDirection.LeftToRight
    edit.setLayoutDirection(direction)
    option = QTextOption(edit.document().defaultTextOption())
    option.setTextDirection(direction)
    option.setAlignment(
        (Qt.AlignmentFlag.AlignRight if arabic else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignAbsolute
    )
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    edit.document().setDefaultTextOption(option)
    edit.setFont(text_font(arabic, 1.0))
    return edit
