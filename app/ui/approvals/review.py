"""The approver's review of a post in review: everything the approval will cover, read-only,
then the signature — the approver's name, passphrase and current 6-digit code — to approve it
or to request changes with a comment for the officer.

The post is shown as it is stored: both texts, every target platform with its own text or "uses
the main text", the attachments with both alt texts (a missing one said in words), the link, the
sources, and the checklist's findings with the officer's justifications and confirmations. A
refused signature is explained inline with the attempts left or the time of the lock; the
passphrase and the code leave the dialog only to the approval service, and are emptied when
the dialog closes.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import ApprovalDecision, PostState
from app.errors import BayanError
from app.ui import labels, theme
from app.ui.approvals import (
    clock_text,
    code_complete,
    code_digits,
    date_time_text,
    error_text,
    make_code_edit,
    vault_state,
)
from app.ui.i18n import Retranslating, ltr

THUMBNAIL_WIDTH = 220
WARNING_COLOUR = "#92400e"  # 7:1 on white; always beside words and an icon
SEVERITY_RANK = {"blocker": 0, "warning": 1, "tip": 2}


def _text_label(parent: QWidget, text: str = "", *, rtl: bool | None = None) -> QLabel:
    """A read-only paragraph the approver can select and copy; ``rtl`` fixes its direction
    (an Arabic text stays right to left in the English interface, and the reverse)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    if rtl is not None:
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        label.setLayoutDirection(direction)
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    return label


def isolate(text: str) -> str:
    """``text`` kept apart in the bidirectional algorithm (first-strong isolate), so an
    English justification inside an Arabic sentence, or the reverse, neither moves the words
    around it nor turns the paragraph's direction."""
    return f"\u2068{text}\u2069"


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _indented(widget: QWidget, indent: int = 16) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addSpacing(indent)
    row.addWidget(widget, 1)
    return row


def _colour(label: QLabel, colour: str) -> None:
    from PySide6.QtGui import QColor, QPalette

    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


class ReviewDialog(Retranslating, QDialog):
    """Emits :attr:`decided` (post id, "approved" or "changes_requested") and accepts when the
    decision is signed; the caller reloads the post."""

    decided = Signal(int, str)

    def __init__(self, context: Any, post_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.post_id = post_id
        self.timezone = str(context.timezone)
        self.posts = context.posts()
        self.service = context.approvals()
        self.post: Any = None
        self.verdict: Any = None
        self.approvers: list[Any] = []
        self.history: list[Any] = []
        self.decision_made: Any = None  # the ApprovalInfo once signed
        self.vault: Any = None
        style = self.style()
        self.icons = {
            "blocker": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "tip": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            "ok": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        }
        self.icon_size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)

        # --- head ---
        self.heading = QLabel(self)
        self.heading.setObjectName("reviewHeading")
        self.heading.setFont(theme.title_font(1.3))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        # --- the post, read-only ---
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("reviewContent")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content = QWidget(self.scroll)
        self.content_layout = QVBoxLayout(self.content)
        self.scroll.setWidget(self.content)

        # --- the signature ---
        self.sign_box = QGroupBox(self)
        self.no_approvers = QLabel(self.sign_box)
        self.no_approvers.setObjectName("noApprovers")
        self.no_approvers.setWordWrap(True)
        self.state_note = QLabel(self.sign_box)
        self.state_note.setObjectName("stateNote")
        self.state_note.setWordWrap(True)
        self.vault_note = QLabel(self.sign_box)
        self.vault_note.setObjectName("vaultNote")
        self.vault_note.setWordWrap(True)
        self.vault_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.approver_combo = QComboBox(self.sign_box)
        self.approver_combo.setObjectName("approverCombo")
        self.approver_combo.currentIndexChanged.connect(self._approver_chosen)
        self.approver_note = QLabel(self.sign_box)
        self.approver_note.setObjectName("approverNote")
        self.approver_note.setWordWrap(True)
        self.passphrase_edit = QLineEdit(self.sign_box)
        self.passphrase_edit.setObjectName("reviewPassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit = make_code_edit(self.sign_box)
        self.code_edit.setObjectName("reviewCode")
        self.comment_edit = QPlainTextEdit(self.sign_box)
        self.comment_edit.setObjectName("reviewComment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.approver_label = QLabel(self.sign_box)
        self.approver_label.setBuddy(self.approver_combo)
        self.passphrase_label = QLabel(self.sign_box)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.code_label = QLabel(self.sign_box)
        self.code_label.setBuddy(self.code_edit)
        self.comment_label = QLabel(self.sign_box)
        self.comment_label.setBuddy(self.comment_edit)
        self.form = QFormLayout()
        self.form.addRow(self.approver_label, self.approver_combo)
        self.form.addRow("", self.approver_note)
        self.form.addRow(self.passphrase_label, self.passphrase_edit)
        self.form.addRow(self.code_label, self.code_edit)
        self.form.addRow(self.comment_label, self.comment_edit)
        self.message_icon = QLabel(self.sign_box)
        self.message = QLabel(self.sign_box)
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message, 1)
        sign_layout = QVBoxLayout(self.sign_box)
        sign_layout.addWidget(self.no_approvers)
        sign_layout.addWidget(self.state_note)
        sign_layout.addWidget(self.vault_note)
        sign_layout.addLayout(self.form)
        sign_layout.addLayout(message_row)
        self.clear_message()

        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.changes_button = QPushButton(self)
        self.changes_button.setObjectName("requestChangesButton")
        self.changes_button.setAutoDefault(False)
        self.changes_button.clicked.connect(self.request_changes)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.changes_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.sign_box)
        layout.addLayout(buttons)
        self.resize(820, 900)
        self.setMinimumSize(560, 560)

        QWidget.setTabOrder(self.scroll, self.approver_combo)
        QWidget.setTabOrder(self.approver_combo, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.comment_edit)
        QWidget.setTabOrder(self.comment_edit, self.approve_button)
        QWidget.setTabOrder(self.approve_button, self.changes_button)
        QWidget.setTabOrder(self.changes_button, self.cancel_button)
        self.reload()

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the post, its checklist, the approvers and earlier decisions again."""
        self.post = self.posts.get(self.post_id)
        self.verdict = self.posts.check(self.post_id)
        self.vault = vault_state(self.context, self.service)
        try:
            self.approvers = list(self.service.approvers())
        except (ValueError, BayanError) as error:
            self.approvers = []
            self.say(error_text(error, self.timezone))
        try:
            self.history = list(self.service.approvals(self.post_id))
        except (ValueError, BayanError):
            self.history = []
        self.retranslate()

    def vault_available(self) -> bool:
        return bool(self.vault is not None and self.vault.available)

    def in_review(self) -> bool:
        return self.post is not None and self.post.state == PostState.IN_REVIEW.value

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review and sign"))
        self.sign_box.setTitle(self.tr("Sign"))
        self.approver_label.setText(self.tr("&Approver:"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.code_label.setText(self.tr("6-digit &code:"))
        self.comment_label.setText(self.tr("C&omment:"))
        self.approver_combo.setAccessibleName(self.tr("Approver"))
        self.approver_combo.setPlaceholderText(self.tr("Choose your name"))
        self.passphrase_edit.setAccessibleName(self.tr("Approver's passphrase"))
        self.code_edit.setAccessibleName(self.tr("6-digit code from the authenticator app"))
        self.code_edit.setToolTip(
            self.tr("The code the authenticator app on your phone shows now (6 digits)")
        )
        self.comment_edit.setAccessibleName(self.tr("Comment for the officer"))
        self.comment_edit.setPlaceholderText(
            self.tr("Needed when requesting changes: say what should change.")
        )
        self.scroll.setAccessibleName(self.tr("The post as it would be approved"))
        self.approve_button.setText(self.tr("A&pprove"))
        self.changes_button.setText(self.tr("Request c&hanges"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.no_approvers.setText(
            self.tr(
                "No approver is enrolled yet, so nobody can sign. Enrol one in Settings → "
                "Approvers, then open this review again."
            )
        )
        if self.post is not None:
            self.show_post()
            self.fill_approvers()

    # --- the post --------------------------------------------------------------------------

    def show_post(self) -> None:
        post, fields = self.post, self.post.fields
        titles = [t for t in (fields.title, fields.title_en) if t]
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if not rtl:
            titles.reverse()  # the English title first in the English interface
        mark = "\u200f" if rtl else "\u200e"  # the paragraph reads in the interface's direction
        self.heading.setText(
            mark + " — ".join(isolate(t) for t in titles)
            if titles
            else self.tr("Post %1").replace("%1", str(post.id))
        )
        when = (
            self.tr("%1 (%2)")
            .replace("%1", date_time_text(fields.scheduled_at, self.timezone))
            .replace("%2", ltr(self.timezone))
            if fields.scheduled_at is not None
            else self.tr("not scheduled")
        )
        self.summary.setText(
            self.tr("State: %1 · Scheduled: %2")
            .replace("%1", labels.post_state(post.state))
            .replace("%2", when)
        )
        self._clear_content()
        add = self.content_layout.addWidget
        add(self._texts_box())
        add(self._platforms_box())
        add(self._media_box())
        add(self._link_box())
        add(self._checklist_box())
        if self.history:
            add(self._history_box())
        self.content_layout.addStretch(1)

    def _clear_content(self) -> None:
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _box(self, title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title, self.content)
        box.setObjectName(name)
        return box, QVBoxLayout(box)

    def _texts_box(self) -> QGroupBox:
        fields = self.post.fields
        box, layout = self._box(self.tr("Main text"), "reviewTexts")
        for caption, text, rtl, name in (
            (self.tr("Arabic"), fields.text_ar, True, "textAr"),
            (self.tr("English"), fields.text_en, False, "textEn"),
        ):
            layout.addWidget(_bold(QLabel(caption, box)))
            label = _text_label(box, text or self.tr("(empty)"), rtl=rtl if text else None)
            label.setObjectName(name)
            label.setAccessibleName(caption)
            if text:
                from app.ui.editor.text_edits import text_font

                label.setFont(text_font(rtl, 1.1))
            layout.addWidget(label)
        return box

    def _platforms_box(self) -> QGroupBox:
        fields = self.post.fields
        box, layout = self._box(self.tr("Platforms"), "reviewPlatforms")
        if not fields.platforms:
            layout.addWidget(_text_label(box, self.tr("No target platform chosen.")))
        for platform in fields.platforms:
            layout.addWidget(_bold(QLabel(labels.platform(platform), box)))
            own_ar, own_en = fields.variants.get(platform, (None, None))
            for caption, own, rtl in (
                (self.tr("Arabic"), own_ar, True),
                (self.tr("English"), own_en, False),
            ):
                if own is None:
                    line = _text_label(
                        box, self.tr("%1: uses the main text").replace("%1", caption)
                    )
                    theme.muted(line)
                    layout.addWidget(line)
                    continue
                layout.addWidget(
                    QLabel(self.tr("%1: its own text").replace("%1", caption), box)
                )
                own_label = _text_label(box, own, rtl=rtl)
                own_label.setObjectName(f"variant_{platform}_{'ar' if rtl else 'en'}")
                layout.addLayout(_indented(own_label))
        return box

    def _media_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Attachments"), "reviewMedia")
        if not self.post.media:
            layout.addWidget(_text_label(box, self.tr("No attachments.")))
        for number, media in enumerate(self.post.media, start=1):
            row = QHBoxLayout()
            picture = QLabel(box)
            if media.kind == "image":
                pixmap = QPixmap(str(media.path))
                if not pixmap.isNull():
                    picture.setPixmap(
                        pixmap.scaledToWidth(
                            min(THUMBNAIL_WIDTH, pixmap.width()),
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )
                    picture.setAccessibleName(media.alt_en or media.alt_ar or media.original_name)
            row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
            column = QVBoxLayout()
            kind = self.tr("Image") if media.kind == "image" else self.tr("Video")
            head = _bold(
                _text_label(
                    box,
                    self.tr("%1. %2: %3")
                    .replace("%1", QLocale().toString(number))
                    .replace("%2", kind)
                    .replace("%3", ltr(media.original_name)),
                )
            )
            column.addWidget(head)
            for caption, alt, rtl, key in (
                (self.tr("Arabic alt text"), media.alt_ar, True, "ar"),
                (self.tr("English alt text"), media.alt_en, False, "en"),
            ):
                column.addLayout(self._alt_row(box, caption, alt, rtl, f"alt_{number}_{key}"))
            if media.kind == "video":
                captions = (
                    self.tr("Captions: burned into the video")
                    if media.burned_in_captions
                    else self.tr("Captions: subtitle file attached")
                    if media.captions_media_id is not None
                    else self.tr("Captions: none")
                )
                column.addWidget(_text_label(box, captions))
            column.addStretch(1)
            row.addLayout(column, 1)
            layout.addLayout(row)
        return box

    def _alt_row(self, box: QWidget, caption: str, alt: str, rtl: bool, name: str) -> QVBoxLayout:
        rows = QVBoxLayout()
        rows.setSpacing(2)
        if alt.strip():
            rows.addWidget(QLabel(self.tr("%1:").replace("%1", caption), box))
            label = _text_label(box, alt, rtl=rtl)
            label.setObjectName(name)
            rows.addLayout(_indented(label))
            return rows
        line = QHBoxLayout()
        icon = QLabel(box)
        icon.setPixmap(self.icons["warning"].pixmap(self.icon_size, self.icon_size))
        text = _text_label(box, self.tr("%1: no alt text").replace("%1", caption))
        text.setObjectName(name)
        _colour(text, WARNING_COLOUR)
        line.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(text, 1)
        rows.addLayout(line)
        return rows

    def _link_box(self) -> QGroupBox:
        fields = self.post.fields
        box, layout = self._box(self.tr("Link and sources"), "reviewLink")
        form = QFormLayout()
        link = _text_label(box, fields.link or self.tr("None"), rtl=False if fields.link else None)
        link.setObjectName("reviewLinkText")
        form.addRow(self.tr("Link:"), link)
        sources = _text_label(box, fields.source_refs or self.tr("None recorded"))
        sources.setObjectName("reviewSources")
        form.addRow(self.tr("Sources:"), sources)
        layout.addLayout(form)
        return box

    def _finding_row(self, box: QWidget, severity: str, head: str, body: str) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel(box)
        icon.setPixmap(self.icons.get(severity, self.icons["tip"]).pixmap(self.icon_size))
        text = _text_label(box, f"{head}\n{body}" if body else head)
        text.setObjectName("findingText")
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        return row

    def _checklist_box(self) -> QGroupBox:
        fields, verdict = self.post.fields, self.verdict
        box, layout = self._box(self.tr("Checklist"), "reviewChecklist")
        unique: dict[tuple[str, str], Any] = {}
        for finding in verdict.findings:
            unique.setdefault((finding.rule, finding.field), finding)
        findings = sorted(
            unique.values(),
            key=lambda f: (SEVERITY_RANK.get(f.severity, 3), f.rule, f.field),
        )
        counts = {name: 0 for name in SEVERITY_RANK}
        for finding in findings:
            counts[finding.severity] = counts.get(finding.severity, 0) + 1
        if not findings:
            summary = self.tr("No findings: the automatic checks pass.")
        else:
            summary = (
                self.tr("Blockers: %1 · Warnings: %2 · Tips: %3")
                .replace("%1", QLocale().toString(counts["blocker"]))
                .replace("%2", QLocale().toString(counts["warning"]))
                .replace("%3", QLocale().toString(counts["tip"]))
            )
        summary_label = _text_label(box, summary)
        summary_label.setObjectName("checklistSummary")
        layout.addWidget(summary_label)
        if verdict.blockers:
            warning = _text_label(
                box,
                self.tr(
                    "The checklist finds open blockers now (%1): the post should not be approved."
                ).replace("%1", ", ".join(sorted({ltr(f.rule) for f in verdict.blockers}))),
            )
            theme.error_text(warning)
            layout.addWidget(warning)
        justifications = dict(fields.warning_justifications)
        for finding in findings:
            head = (
                self.tr("%1 · %2 · %3")
                .replace("%1", labels.severity(finding.severity))
                .replace("%2", ltr(finding.rule))
                .replace("%3", self.field_name(finding.field))
            )
            body = labels.rule_explanation(finding.rule, finding.message)
            if finding.severity == "warning":
                reason = justifications.get(finding.rule, "").strip()
                body += "\n" + (
                    self.tr("Officer's justification: %1").replace("%1", isolate(reason))
                    if reason
                    else self.tr("No justification given.")
                )
            layout.addLayout(self._finding_row(box, finding.severity, head, body))
        shown = {f.rule for f in findings}
        for rule, reason in sorted(justifications.items()):
            if rule in shown or not reason.strip():
                continue
            layout.addLayout(
                self._finding_row(
                    box,
                    "warning",
                    self.tr("%1 · %2")
                    .replace("%1", labels.severity("warning"))
                    .replace("%2", ltr(rule)),
                    self.tr("Not confirmed: %1").replace(
                        "%1", labels.manual_confirmation(rule, labels.rule_explanation(rule))
                    )
                    + "\n"
                    + self.tr("Officer's justification: %1").replace(
                        "%1", isolate(reason.strip())
                    ),
                )
            )
        ticked = [rule for rule, on in fields.manual_checks.items() if on]
        caption = _bold(QLabel(self.tr("Confirmed by the officer:"), box))
        layout.addWidget(caption)
        if not ticked:
            layout.addWidget(_text_label(box, self.tr("Nothing confirmed.")))
        for rule in sorted(ticked):
            row = QHBoxLayout()
            icon = QLabel(box)
            icon.setPixmap(self.icons["ok"].pixmap(self.icon_size))
            text = _text_label(
                box,
                self.tr("Confirmed: %1 (%2)")
                .replace("%1", labels.manual_confirmation(rule))
                .replace("%2", ltr(rule)),
            )
            text.setObjectName("confirmationText")
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            layout.addLayout(row)
        return box

    def _history_box(self) -> QGroupBox:
        box, layout = self._box(self.tr("Earlier decisions"), "reviewHistory")
        for info in self.history:
            text = (
                self.tr("%1 by %2, %3")
                .replace("%1", labels.post_state(str(info.decision)))
                .replace("%2", isolate(info.approver_name))
                .replace("%3", date_time_text(info.decided_at, self.timezone))
            )
            if info.withdrawn_at is not None:
                text += " " + self.tr("(withdrawn %1: the post was edited after it)").replace(
                    "%1", date_time_text(info.withdrawn_at, self.timezone)
                )
            if info.comment:
                text += "\n" + self.tr("Comment: %1").replace("%1", isolate(info.comment))
            layout.addWidget(_text_label(box, text))
        return box

    def field_name(self, field: str) -> str:
        """A finding's field ("text_ar", "variant:x:ar", "media:0:alt_ar" …) in words."""
        parts = field.split(":")
        simple = {
            "text_ar": self.tr("Arabic text"),
            "text_en": self.tr("English text"),
            "title": self.tr("Title"),
            "link": self.tr("Link"),
            "source_refs": self.tr("Sources"),
            "scheduled_at": self.tr("Schedule"),
            "platforms": self.tr("Platforms"),
            "media": self.tr("Attachments"),
        }
        if parts[0] == "variant" and len(parts) == 3:
            lang = self.tr("Arabic text") if parts[2] == "ar" else self.tr("English text")
            return self.tr("%1: %2").replace("%1", labels.platform(parts[1])).replace("%2", lang)
        if parts[0] == "media" and len(parts) >= 2:
            try:
                shown = QLocale().toString(int(parts[1]) + 1)
            except ValueError:
                shown = parts[1]
            base = self.tr("Attachment %1").replace("%1", shown)
            what = {
                "alt_ar": self.tr("Arabic alt text"),
                "alt_en": self.tr("English alt text"),
            }.get(parts[2] if len(parts) > 2 else "", "")
            return self.tr("%1: %2").replace("%1", base).replace("%2", what) if what else base
        return simple.get(field, field)

    # --- the approvers ---------------------------------------------------------------------

    def approver_text(self, approver: Any) -> str:
        name = approver.name
        if approver.title:
            name = self.tr("%1 (%2)").replace("%1", name).replace("%2", approver.title)
        if approver.locked_until is not None:
            return self.tr("%1 — locked until %2").replace("%1", name).replace(
                "%2", clock_text(approver.locked_until, self.timezone)
            )
        if not approver.has_secret and self.vault_available():
            return self.tr("%1 — key missing: re-enrol in Settings").replace("%1", name)
        return name

    def fill_approvers(self) -> None:
        chosen = self.approver_combo.currentData()
        combo = self.approver_combo
        combo.blockSignals(True)
        combo.clear()
        for approver in self.approvers:
            combo.addItem(self.approver_text(approver), approver.id)
        index = combo.findData(chosen) if chosen is not None else -1
        if index < 0 and len(self.approvers) == 1:
            index = 0
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        has_approvers = bool(self.approvers)
        in_review = self.in_review()
        self.no_approvers.setVisible(not has_approvers)
        _colour(self.no_approvers, theme.ERROR_TEXT)
        self.state_note.setVisible(not in_review)
        if not in_review:
            self.state_note.setText(
                self.tr(
                    "This post is %1: only a post in review can be approved or sent back."
                ).replace("%1", labels.post_state(self.post.state))
            )
            theme.error_text(self.state_note)
        vault_ok = self.vault_available()
        self.vault_note.setVisible(not vault_ok)
        if not vault_ok:
            reason = getattr(self.vault, "reason", "")
            self.vault_note.setText(
                self.tr(
                    "The keyring cannot be used, so the approvers' keys cannot be opened and "
                    "nobody can sign now. Why: %1."
                ).replace("%1", ltr(reason) if reason else self.tr("unknown"))
            )
            theme.error_text(self.vault_note)
        can_sign = has_approvers and in_review and vault_ok
        for widget in (
            self.approver_combo,
            self.passphrase_edit,
            self.code_edit,
            self.comment_edit,
            self.approve_button,
            self.changes_button,
        ):
            widget.setEnabled(can_sign)
        self.approve_button.setDefault(can_sign)
        self._approver_chosen()

    def chosen_approver(self) -> Any | None:
        approver_id = self.approver_combo.currentData()
        return next((a for a in self.approvers if a.id == approver_id), None)

    def choose_approver(self, approver_id: int) -> None:
        self.approver_combo.setCurrentIndex(self.approver_combo.findData(approver_id))

    def _approver_chosen(self, *_args: object) -> None:
        approver = self.chosen_approver()
        note = ""
        if approver is not None and approver.locked_until is not None:
            note = self.tr(
                "%1 is locked until %2 after five failed attempts in a row: they cannot sign "
                "before then."
            ).replace("%1", approver.name).replace(
                "%2", clock_text(approver.locked_until, self.timezone)
            )
        elif approver is not None and not approver.has_secret and self.vault_available():
            note = self.tr(
                "The key of %1 is missing from the keyring: re-enrol them in Settings → "
                "Approvers."
            ).replace("%1", approver.name)
        self.approver_note.setText(note)
        self.approver_note.setVisible(bool(note))
        _colour(self.approver_note, WARNING_COLOUR)

    # --- signing ---------------------------------------------------------------------------

    def approve(self) -> bool:
        return self.sign(ApprovalDecision.APPROVED)

    def request_changes(self) -> bool:
        return self.sign(ApprovalDecision.CHANGES_REQUESTED)

    def sign(self, decision: ApprovalDecision) -> bool:
        if not self.in_review():
            return False
        approver = self.chosen_approver()
        comment = self.comment_edit.toPlainText().strip()
        problem: tuple[str, QWidget] | None = None
        if approver is None:
            problem = (self.tr("Choose your name in the list of approvers."), self.approver_combo)
        elif not self.passphrase_edit.text():
            problem = (self.tr("Type your passphrase."), self.passphrase_edit)
        elif not code_complete(self.code_edit.text()):
            problem = (
                self.tr("Type the 6-digit code the authenticator app on your phone shows now."),
                self.code_edit,
            )
        elif decision == ApprovalDecision.CHANGES_REQUESTED and not comment:
            problem = (
                self.tr(
                    "Requesting changes needs a comment: say what should change, the officer "
                    "reads it."
                ),
                self.comment_edit,
            )
        if problem is not None:
            text, widget = problem
            self.say(text)
            widget.setFocus()
            return False
        assert approver is not None
        try:
            info = self.service.decide(
                self.post_id,
                approver.id,
                self.passphrase_edit.text(),
                code_digits(self.code_edit.text()),
                decision,
                comment,
            )
        except (ValueError, BayanError) as error:
            self.refused(error)
            return False
        self.decision_made = info
        self.decided.emit(self.post_id, str(decision.value))
        self.accept()
        return True

    def refused(self, error: BaseException) -> None:
        """Say why inline, empty what has to be typed again, and show the approvers' states
        as they are now (a lock may have started)."""
        self.say(error_text(error, self.timezone))
        reason = getattr(error, "reason", "")
        self.code_edit.clear()
        if reason in ("reused", "format"):
            self.code_edit.setFocus()
        else:
            self.passphrase_edit.clear()
            self.passphrase_edit.setFocus()
        message = self.message.text()
        with contextlib.suppress(ValueError, BayanError):
            self.approvers = list(self.service.approvers())
        self.post = self.posts.get(self.post_id)
        self.fill_approvers()
        self.say(message)

    def say(self, text: str) -> None:
        self.message_icon.setPixmap(self.icons["warning"].pixmap(self.icon_size))
        self.message.setText(text)
        self.message.setAccessibleName(text)
        theme.error_text(self.message)
        self.message_icon.show()
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
        self.message_icon.hide()

    def done(self, result: int) -> None:
        self.passphrase_edit.clear()
        self.code_edit.clear()
        super().done(result)

