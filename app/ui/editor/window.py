"""The post editor window: one per post, non-modal.

Left, the post: titles, pillar, campaign, event, platforms, schedule (shown in the workspace's
time zone, stored in UTC), the Arabic text (right to left) and the English text (left to right)
with the live length per platform under them, per-platform texts, link, source references,
media and "evergreen". Right, the checklist: findings with their fixes, the justifications
warnings need and the manual confirmations. Counters and checklist follow every keystroke: the
editor builds a :class:`~app.core.draft.Draft` from its widgets (``build_draft`` of the post
service, with the attachments and quiet periods read once) and hands it to
``app.core.counters`` and ``app.core.checklist``; the findings list is updated in place.

Autosave: :attr:`PostEditor.AUTOSAVE_MS` after the last change (but never more than
:attr:`PostEditor.AUTOSAVE_MAX_MS` after the first unsaved one), when a text field loses the
focus, and when the window closes. A new post is created on its first save. A failed save says
so and keeps everything in the editor, to be saved again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
import time
from collections.abc import Callable
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, QTimeZone, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Platform, PostState
from app.core.draft import Draft
from app.core.states import FROZEN, SUBMITTABLE
from app.errors import BayanError, EditConflict
from app.services.posts import (
    AttachedMedia,
    DraftContext,
    LookupItem,
    Lookups,
    PostData,
    PostFields,
    PostService,
    SubmissionRefused,
    build_draft,
)
from app.ui import labels, theme
from app.ui.conflicts import conflict_text, kept_text
from app.ui.context import AppContext
from app.ui.editor import checks
from app.ui.editor.checklist_panel import ChecklistPanel
from app.ui.editor.counters_panel import CountersPanel
from app.ui.editor.messages import error_message
from app.ui.editor.text_edits import FocusLineEdit, PostTextEdit
from app.ui.i18n import Retranslating, keep_sections_in_order, ltr

log = logging.getLogger(__name__)

PLATFORM_ORDER = [p.value for p in Platform]


class VariantEditor(QWidget):
    """One platform's own texts: each language either follows the main text or has its own."""

    def __init__(self, platform: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.own_ar = QCheckBox(self)
        self.own_en = QCheckBox(self)
        self.text_ar = PostTextEdit(True, self)
        self.text_en = PostTextEdit(False, self)
        for edit in (self.text_ar, self.text_en):
            edit.setMinimumHeight(70)
            edit.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_ar)
        layout.addWidget(self.text_ar)
        layout.addWidget(self.own_en)
        layout.addWidget(self.text_en)

    def value(self) -> tuple[str | None, str | None]:
        return (
            self.text_ar.toPlainText() if self.own_ar.isChecked() else None,
            self.text_en.toPlainText() if self.own_en.isChecked() else None,
        )

    def set_value(self, value: tuple[str | None, str | None] | None) -> None:
        ar, en = value if value is not None else (None, None)
        self.own_ar.setChecked(ar is not None)
        self.own_en.setChecked(en is not None)
        self.text_ar.setPlainText(ar or "")
        self.text_en.setPlainText(en or "")
        self.text_ar.setEnabled(ar is not None)
        self.text_en.setEnabled(en is not None)

    def is_overridden(self) -> bool:
        return self.own_ar.isChecked() or self.own_en.isChecked()


class Banner(QFrame):
    """A message across the top of the editor: an icon and a sentence, never colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, text: str, error: bool = False) -> None:
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if error
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(24, 24))
        self.text.setText(text)
        theme.error_text(self.text, error)
        self.setAccessibleName(text)
        self.show()


class PostEditor(Retranslating, QMainWindow):
    """Edit one post. ``post_id`` None: a new post, created on its first save."""

    AUTOSAVE_MS = 3000
    AUTOSAVE_MAX_MS = 5000
    DEFAULT_SIZE = (1280, 860)

    changed = Signal(int)  # a post was stored (saved, submitted, duplicated …): its id
    _open: ClassVar[dict[int, PostEditor]] = {}
    _all: ClassVar[list[PostEditor]] = []

    def __init__(
        self,
        context: AppContext,
        post_id: int | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
        service: PostService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("postEditor")
        self.context = context
        self.zone = ZoneInfo(context.timezone)
        self.service = service or context.posts()
        self.post_id = post_id
        self.state = PostState.DRAFT.value
        self.post: PostData | None = None
        self.media: list[AttachedMedia] = []
        self.draft_context: DraftContext | None = None  # quiet periods, X premium
        self.read_only = False
        self.findings: list[Any] = []
        self.blockers: list[Any] = []
        self.draft = Draft()
        self._change_listeners: list[Callable[[int], None]] = []
        self._tab_order_for: tuple[int, ...] = ()
        self.saved_at: dt.datetime | None = None
        self.preview_dialog: Any = None
        self._loading = True
        self._dirty = False
        self._dirty_since = 0.0
        self._save_error = ""
        self._decision_shown = False  # the banner shows the approver's decision
        self.resize(*self.DEFAULT_SIZE)
        PostEditor._all.append(self)

        self.limits = checks.limits(context)
        self.lookups: Lookups = self.service.lookups()
        self._build()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.timeout.connect(self.autosave)
        self._install_shortcuts()

        if post_id is not None:
            self._load(self.service.get(post_id))
            PostEditor._open[post_id] = self
        else:
            self._prefill_new(day)
        self._loading = False
        self.retranslate()
        self.refresh_checks()
        self.text_ar.setFocus()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = Banner(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("stateLabel")
        self.state_label.setFont(theme.title_font(1.1))
        self.state_chip = QLabel(self)
        self.state_chip.setFixedSize(14, 14)
        self.state_chip.setAutoFillBackground(True)

        form_host = QWidget(self)
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.form_labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget | Any, buddy: QWidget | None = None) -> None:
            label = QLabel(form_host)
            label.setBuddy(buddy or widget)
            self.form_labels[key] = label
            form.addRow(label, widget)

        self.title_edit = FocusLineEdit(form_host)
        self.title_edit.setObjectName("title")
        row("title", self.title_edit)
        self.title_en_edit = FocusLineEdit(form_host)
        self.title_en_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        row("title_en", self.title_en_edit)

        self.pillar = QComboBox(form_host)
        self.campaign = QComboBox(form_host)
        self.event = QComboBox(form_host)
        row("pillar", self.pillar)
        row("campaign", self.campaign)
        row("event", self.event)

        self.platform_box = QWidget(form_host)
        grid = QGridLayout(self.platform_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.platform_checks: dict[str, QCheckBox] = {}
        for index, name in enumerate(PLATFORM_ORDER):
            box = QCheckBox(self.platform_box)
            box.setObjectName(f"platform-{name}")
            self.platform_checks[name] = box
            grid.addWidget(box, index // 4, index % 4)
            box.toggled.connect(self._platforms_changed)
        row("platforms", self.platform_box, next(iter(self.platform_checks.values())))

        self.scheduled = QCheckBox(form_host)
        self.when = QDateTimeEdit(form_host)
        keep_sections_in_order(self.when)
        self.when.setCalendarPopup(True)
        # The field shows wall-clock time in the workspace's zone; it is kept as UTC digits so
        # the machine's own zone (and its daylight saving) never shifts it.
        self.when.setTimeZone(QTimeZone.utc())
        self.zone_label = QLabel(ltr(self.context.timezone), form_host)
        theme.muted(self.zone_label)
        when_row = QHBoxLayout()
        when_row.addWidget(self.scheduled)
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.zone_label)
        self.scheduled.toggled.connect(self.when.setEnabled)
        row("when", when_row, self.scheduled)

        self.text_ar = PostTextEdit(True, form_host)
        self.text_ar.setObjectName("textAr")
        self.text_ar.setFixedHeight(150)  # about seven lines; a longer post scrolls
        row("text_ar", self.text_ar)
        self.text_en = PostTextEdit(False, form_host)
        self.text_en.setObjectName("textEn")
        self.text_en.setFixedHeight(130)
        row("text_en", self.text_en)
        self.counters = CountersPanel(form_host)
        row("counters", self.counters, self.counters.table)

        self.variant_box = QGroupBox(form_host)
        self.variant_tabs = QTabWidget(self.variant_box)
        self.variant_hint = QLabel(self.variant_box)
        self.variant_hint.setWordWrap(True)
        theme.muted(self.variant_hint)
        variant_layout = QVBoxLayout(self.variant_box)
        variant_layout.addWidget(self.variant_hint)
        variant_layout.addWidget(self.variant_tabs)
        self.variants: dict[str, VariantEditor] = {}
        form.addRow(self.variant_box)

        self.link_edit = FocusLineEdit(form_host)
        self.link_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        row("link", self.link_edit)
        self.sources_edit = PostTextEdit(False, form_host)
        self.sources_edit.setLayoutDirection(self.layoutDirection())
        self.sources_edit.setMinimumHeight(50)
        self.sources_edit.setMaximumHeight(80)
        row("sources", self.sources_edit)

        self.media_list = QListWidget(form_host)
        self.media_list.setObjectName("media")
        self.media_list.setMaximumHeight(90)
        self.media_list.itemActivated.connect(lambda _item: self.edit_media())
        self.add_media_button = QPushButton(form_host)
        self.edit_media_button = QPushButton(form_host)
        self.remove_media_button = QPushButton(form_host)
        self.add_media_button.clicked.connect(self.add_media)
        self.edit_media_button.clicked.connect(self.edit_media)
        self.remove_media_button.clicked.connect(self.remove_media)
        media_buttons = QHBoxLayout()
        for button in (self.add_media_button, self.edit_media_button, self.remove_media_button):
            media_buttons.addWidget(button)
        media_buttons.addStretch(1)
        media_column = QVBoxLayout()
        media_column.addWidget(self.media_list)
        media_column.addLayout(media_buttons)
        row("media", media_column, self.media_list)
        self.media_list.currentRowChanged.connect(self._update_media_buttons)

        self.evergreen = QCheckBox(form_host)
        form.addRow("", self.evergreen)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it scrolls to the focused field itself
        scroll.setWidget(form_host)

        # The checklist beside the post; it scrolls as a whole when the window is small.
        self.checklist_box = QGroupBox(self)
        self.checklist = ChecklistPanel(self.field_name, self.checklist_box)
        QVBoxLayout(self.checklist_box).addWidget(self.checklist)
        side = QScrollArea(self)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.setWidget(self.checklist_box)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.save_button = QPushButton(self)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submitButton")
        self.submit_reason = QLabel(self)
        self.submit_reason.setWordWrap(True)
        self.preview_button = QPushButton(self)
        self.history_button = QPushButton(self)
        self.duplicate_button = QPushButton(self)
        self.recurrence_button = QPushButton(self)
        self.reuse_button = QPushButton(self)
        self.withdraw_button = QPushButton(self)
        # Approval and publication (issue 5).
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("reviewButton")
        self.publication_button = QPushButton(self)
        self.publication_button.setObjectName("publicationButton")
        self.archive_button = QPushButton(self)
        self.trail_button = QPushButton(self)
        self.review_button.clicked.connect(self.review)
        self.publication_button.clicked.connect(self.record_publication)
        self.archive_button.clicked.connect(self.archive)
        self.trail_button.clicked.connect(self.show_audit_trail)
        self.save_button.clicked.connect(self.save_now)
        self.submit_button.clicked.connect(self.submit)
        self.preview_button.clicked.connect(self.show_preview)
        self.history_button.clicked.connect(self.show_history)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.recurrence_button.clicked.connect(self.make_recurring)
        self.reuse_button.clicked.connect(self.reuse)
        self.withdraw_button.clicked.connect(self.withdraw)
        # Two rows, so that neither overflows the default width in either language: the
        # workflow first, the less common actions under it.
        actions = QVBoxLayout()
        main_actions = (
            self.save_button,
            self.submit_button,
            self.review_button,
            self.publication_button,
            self.preview_button,
            self.history_button,
            self.withdraw_button,
        )
        more_actions = (
            self.duplicate_button,
            self.recurrence_button,
            self.reuse_button,
            self.archive_button,
            self.trail_button,
        )
        self.action_buttons = (*main_actions, *more_actions)
        for group in (main_actions, more_actions):
            line = QHBoxLayout()
            for button in group:
                line.addWidget(button)
            line.addStretch(1)
            actions.addLayout(line)

        header = QHBoxLayout()
        header.addWidget(self.state_chip)
        header.addWidget(self.state_label)
        header.addStretch(1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.submit_reason)
        layout.addLayout(actions)
        self.setCentralWidget(central)

        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        status.addWidget(self.save_status, 1)

        # Every edit refreshes the checks and schedules an autosave.
        for edit in (self.text_ar, self.text_en, self.sources_edit):
            edit.textChanged.connect(self._edited)
            edit.focusLost.connect(self._focus_lost)
        for line in (self.title_edit, self.title_en_edit, self.link_edit):
            line.textChanged.connect(self._edited)
            line.focusLost.connect(self._focus_lost)
        for combo in (self.pillar, self.campaign, self.event):
            combo.currentIndexChanged.connect(self._edited)
        self.scheduled.toggled.connect(self._edited)
        self.when.dateTimeChanged.connect(self._edited)
        self.evergreen.toggled.connect(self._edited)
        self.evergreen.toggled.connect(self._update_actions)
        self.checklist.findingActivated.connect(self.go_to_finding)
        self.checklist.fixRequested.connect(self.apply_fix)
        self.checklist.justificationChanged.connect(self._edited)
        self.checklist.justificationFocusLost.connect(self._focus_lost)
        self.checklist.manualChanged.connect(self._edited)

    def _install_shortcuts(self) -> None:
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save_now)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            submit = QShortcut(QKeySequence(keys), self)
            submit.activated.connect(self._submit_shortcut)

    def _variant(self, platform: str) -> VariantEditor:
        editor = self.variants.get(platform)
        if editor is None:
            editor = self.variants[platform] = VariantEditor(platform, self.variant_tabs)
            editor.own_ar.toggled.connect(lambda on, e=editor: self._own_toggled(e, "ar", on))
            editor.own_en.toggled.connect(lambda on, e=editor: self._own_toggled(e, "en", on))
            for edit in (editor.text_ar, editor.text_en):
                edit.textChanged.connect(self._edited)
                edit.focusLost.connect(self._focus_lost)
            self._retranslate_variant(editor)
        return editor

    # -- loading ---------------------------------------------------------------------------------

    def _fill_lookups(self, fields: PostFields | None) -> None:
        for combo, items, current in (
            (self.pillar, self.lookups.pillars, fields.pillar_id if fields else None),
            (self.campaign, self.lookups.campaigns, fields.campaign_id if fields else None),
            (self.event, self.lookups.events, fields.event_id if fields else None),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", None)
            for item in items:
                combo.addItem(self._lookup_name(item), item.id)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _lookup_name(self, item: LookupItem) -> str:
        if self.context.languages.language == "ar":
            return item.name_ar or item.name_en
        return item.name_en or item.name_ar

    def _load(self, post: PostData) -> None:
        self._loading = True
        self.post = post
        self.post_id = post.id
        self.state = post.state
        self.media = list(post.media)
        f = post.fields
        self.title_edit.setText(f.title)
        self.title_en_edit.setText(f.title_en)
        self._fill_lookups(f)
        for name, box in self.platform_checks.items():
            box.setChecked(name in f.platforms)
        self._set_when(f.scheduled_at)
        self.text_ar.setPlainText(f.text_ar)
        self.text_en.setPlainText(f.text_en)
        for platform, value in f.variants.items():
            self._variant(platform).set_value(value)
        self._sync_variant_tabs()
        self.link_edit.setText(f.link)
        self.sources_edit.setPlainText(f.source_refs)
        self.evergreen.setChecked(f.evergreen)
        for edit in (self.text_ar, self.text_en, self.sources_edit):
            edit.moveCursor(QTextCursor.MoveOperation.End)  # typing continues the text
        self.checklist.set_manual_checks(dict(f.manual_checks))
        self.checklist.set_justifications(dict(f.warning_justifications))
        self.draft_context = self.service.draft_context(post.id)
        self._fill_media()
        self.read_only = post.state in FROZEN
        self._apply_read_only()
        self._show_decision()
        self.saved_at = post.updated_at
        self._loading = False

    def _prefill_new(self, day: dt.date | None) -> None:
        self._fill_lookups(None)
        self.draft_context = self.service.draft_context(None)
        if day is not None:
            self._set_when(dt.datetime.combine(day, dt.time(10, 0), tzinfo=self.zone))
        else:
            tomorrow = dt.datetime.now(self.zone).date() + dt.timedelta(days=1)
            self._set_when(None, default=dt.datetime.combine(tomorrow, dt.time(10, 0)))
        self._sync_variant_tabs()
        self._fill_media()

    def _set_when(self, when: dt.datetime | None, default: dt.datetime | None = None) -> None:
        self.scheduled.setChecked(when is not None)
        self.when.setEnabled(when is not None)
        local = when.astimezone(self.zone) if when is not None else default
        if local is None:
            local = dt.datetime.now(self.zone).replace(minute=0, second=0, microsecond=0)
        self.when.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone.utc(),
            )
        )

    def scheduled_at(self) -> dt.datetime | None:
        """The scheduled time as an aware date-time (UTC), or None when not scheduled."""
        if not self.scheduled.isChecked():
            return None
        shown = self.when.dateTime()
        d, t = shown.date(), shown.time()
        wall = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        return wall.astimezone(dt.UTC)

    # -- what the widgets hold ---------------------------------------------------------------

    def selected_platforms(self) -> tuple[str, ...]:
        return tuple(name for name in PLATFORM_ORDER if self.platform_checks[name].isChecked())

    def current_variants(self) -> dict[str, tuple[str | None, str | None]]:
        out = {}
        for platform in self.selected_platforms():
            editor = self.variants.get(platform)
            if editor is not None and editor.is_overridden():
                out[platform] = editor.value()
        return out

    def current_fields(self) -> PostFields:
        return PostFields(
            # As typed: the checklist's spans point into these texts.
            title=self.title_edit.text(),
            title_en=self.title_en_edit.text(),
            pillar_id=self.pillar.currentData(),
            campaign_id=self.campaign.currentData(),
            event_id=self.event.currentData(),
            platforms=self.selected_platforms(),
            scheduled_at=self.scheduled_at(),
            text_ar=self.text_ar.toPlainText(),
            text_en=self.text_en.toPlainText(),
            variants=self.current_variants(),
            link=self.link_edit.text(),
            source_refs=self.sources_edit.toPlainText(),
            evergreen=self.evergreen.isChecked(),
            manual_checks=dict(self.checklist.manual_checks),
            warning_justifications=dict(self.checklist.justifications),
        )

    def current_draft(self) -> Draft:
        """The checklist's view of the post as the widgets hold it now."""
        context = self.draft_context
        return build_draft(
            self.current_fields(),
            self.media,
            context.quiet_periods if context else (),
            x_premium=context.x_premium if context else False,
        )

    # -- live checks -----------------------------------------------------------------------------

    def refresh_checks(self) -> None:
        """Counters, findings, the manual rules that apply and the submit button, from the
        widgets as they are now."""
        draft = self.draft = self.current_draft()
        self.counters.set_counts(draft.platforms, checks.measure(draft, self.limits))
        self.findings = checks.findings(draft, self.limits)
        self.checklist.set_findings(self.findings, draft.platforms)
        self.checklist.set_manual_rules(checks.manual_rules(draft, self.findings))
        ticks = self.checklist.manual_checks
        self.checklist.set_to_justify(checks.to_justify(self.findings, ticks, draft))
        self.blockers = checks.open_blockers(self.findings, ticks, draft)
        self._update_actions()
        self._keep_tab_order()
        if self.preview_dialog is not None and self.preview_dialog.isVisible():
            self.preview_dialog.set_draft(draft)

    def _keep_tab_order(self) -> None:
        """Controls made while editing (per-platform texts, justifications, confirmations) join
        the Tab order where they are shown, not at its end."""
        made = (
            len(self.variants),
            len(self.checklist.justify_rows),
            len(self.checklist.manual_boxes),
        )
        if made == self._tab_order_for:
            return
        self._tab_order_for = made
        chain: list[QWidget] = [
            self.title_edit,
            self.title_en_edit,
            self.pillar,
            self.campaign,
            self.event,
            *self.platform_checks.values(),
            self.scheduled,
            self.when,
            self.text_ar,
            self.text_en,
            self.counters.table,
            self.variant_tabs,
        ]
        for platform in PLATFORM_ORDER:
            editor = self.variants.get(platform)
            if editor is not None:
                chain += [editor.own_ar, editor.text_ar, editor.own_en, editor.text_en]
        chain += [
            self.link_edit,
            self.sources_edit,
            self.media_list,
            self.add_media_button,
            self.edit_media_button,
            self.remove_media_button,
            self.evergreen,
            self.checklist.view,
            self.checklist.go_button,
            self.checklist.fix_button,
            *(edit for _, edit in self.checklist.justify_rows.values()),
            *self.checklist.manual_boxes.values(),
            *self.action_buttons,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def open_blockers(self) -> list[Any]:
        """Automatic blockers, then the unticked manual blockers (field "manual")."""
        return list(self.blockers)

    def _edited(self, *args: object) -> None:
        if self._loading:
            return
        self.refresh_checks()
        if self.read_only:
            return
        now = time.monotonic()
        if not self._dirty:
            self._dirty = True
            self._dirty_since = now
        waited = (now - self._dirty_since) * 1000
        delay = max(0, min(self.AUTOSAVE_MS, self.AUTOSAVE_MAX_MS - waited))
        self._autosave_timer.start(int(delay))
        self._show_save_status()

    def _focus_lost(self) -> None:
        if self._dirty and not self._loading:
            self.autosave()

    def _platforms_changed(self) -> None:
        self._sync_variant_tabs()
        self._edited()

    def _sync_variant_tabs(self) -> None:
        platforms = self.selected_platforms()
        current = self.variant_tabs.currentWidget()
        self.variant_tabs.blockSignals(True)
        while self.variant_tabs.count():
            self.variant_tabs.removeTab(0)
        for platform in platforms:
            editor = self._variant(platform)
            self.variant_tabs.addTab(editor, self._variant_tab_text(editor))
        if current is not None and self.variant_tabs.indexOf(current) >= 0:
            self.variant_tabs.setCurrentWidget(current)
        self.variant_tabs.blockSignals(False)
        for platform, editor in self.variants.items():
            if platform not in platforms:
                editor.hide()  # out of the tabs; the tab widget shows only the current one
        self.variant_tabs.setVisible(bool(platforms))

    def _variant_tab_text(self, editor: VariantEditor) -> str:
        name = labels.platform(editor.platform)
        if editor.is_overridden():
            return self.tr("%1 (own text)").replace("%1", name)
        return name

    def _own_toggled(self, editor: VariantEditor, lang: str, on: bool) -> None:
        edit = editor.text_ar if lang == "ar" else editor.text_en
        edit.setEnabled(on and not self.read_only)
        if on and not edit.toPlainText() and not self._loading:
            main = self.text_ar if lang == "ar" else self.text_en
            edit.setPlainText(main.toPlainText())  # start from the main text
        index = self.variant_tabs.indexOf(editor)
        if index >= 0:
            self.variant_tabs.setTabText(index, self._variant_tab_text(editor))
        self._edited()

    # -- findings: go to, fix ---------------------------------------------------------------

    def field_name(self, field: str) -> str:
        """A finding's field ("text_ar", "variant:x:ar", "media:0:alt_ar" …) in words."""
        parts = field.split(":")
        simple = {
            "text_ar": self.tr("Arabic text"),
            "text_en": self.tr("English text"),
            "title": self.tr("Title"),
            "title_en": self.tr("English title"),
            "link": self.tr("Link"),
            "source_refs": self.tr("Source references"),
            "scheduled_at": self.tr("Schedule"),
            "platforms": self.tr("Platforms"),
            "media": self.tr("Media"),
        }
        if parts[0] == "variant" and len(parts) == 3:
            lang = self.tr("Arabic text") if parts[2] == "ar" else self.tr("English text")
            return self.tr("%1: %2").replace("%1", labels.platform(parts[1])).replace("%2", lang)
        if parts[0] == "media" and len(parts) >= 2:
            number = parts[1]
            what = {
                "alt_ar": self.tr("Arabic alt text"),
                "alt_en": self.tr("English alt text"),
                "licence": self.tr("licence"),
                "credit": self.tr("credit"),
                "people": self.tr("people"),
                "captions": self.tr("captions"),
            }.get(parts[2] if len(parts) > 2 else "", "")
            try:
                shown = QLocale().toString(int(number) + 1)
            except ValueError:
                shown = number
            base = self.tr("Attachment %1").replace("%1", shown)
            return self.tr("%1: %2").replace("%1", base).replace("%2", what) if what else base
        return simple.get(field, field)

    def text_widget(self, field: str) -> PostTextEdit | FocusLineEdit | None:
        """The widget holding a finding's field, or None (media, schedule …)."""
        parts = field.split(":")
        if field == "text_ar":
            return self.text_ar
        if field == "text_en":
            return self.text_en
        if field == "title":
            return self.title_edit
        if field == "title_en":
            return self.title_en_edit
        if field == "link":
            return self.link_edit
        if field == "source_refs":
            return self.sources_edit
        if parts[0] == "variant" and len(parts) == 3 and parts[1] in self.variants:
            editor = self.variants[parts[1]]
            return editor.text_ar if parts[2] == "ar" else editor.text_en
        return None

    def go_to_finding(self, finding: Any) -> None:
        """Focus the finding's field and select exactly its span."""
        parts = finding.field.split(":")
        if parts[0] == "variant" and len(parts) == 3 and parts[1] in self.variants:
            self.variant_tabs.setCurrentWidget(self.variants[parts[1]])
        if parts[0] == "media" and len(parts) >= 2:
            if parts[1].isdigit():
                self.media_list.setCurrentRow(int(parts[1]))
            self.media_list.setFocus()
            return
        if finding.field in ("scheduled_at",):
            self.when.setFocus()
            return
        if finding.field == "platforms":
            self.platform_box.setFocus()
            return
        widget = self.text_widget(finding.field)
        if widget is None:
            return
        if isinstance(widget, PostTextEdit):
            widget.select_span(finding.start, finding.end)
        else:
            widget.setFocus()
            widget.setSelection(finding.start, max(0, finding.end - finding.start))

    def apply_fix(self, finding: Any) -> None:
        """Apply the finding's fix to its field, as one step Ctrl+Z undoes."""
        widget = self.text_widget(finding.field)
        if widget is None or self.read_only:
            return
        text = widget.toPlainText() if isinstance(widget, PostTextEdit) else widget.text()
        hint = None
        if checks.fix_needs_hint(finding):
            suggestion = checks.fix_suggestion(text, finding)
            hint, ok = self.ask_text(
                self.tr("Fix %1").replace("%1", finding.rule),
                self.tr("Write the hashtag with a capital letter at the start of each word:"),
                suggestion,
            )
            if not ok:
                return
        new_text = checks.fix(text, finding, hint)
        if new_text == text:
            self.banner.show_message(
                self.tr(
                    "The fix for %1 could not be applied to this text; edit it by hand."
                ).replace("%1", finding.rule),
                True,
            )
            return
        if isinstance(widget, PostTextEdit):
            widget.replace_text(new_text)
            widget.setFocus()
        else:
            widget.selectAll()
            widget.insert(new_text)  # keeps the line edit's undo

    # -- media ------------------------------------------------------------------------------------

    def _fill_media(self) -> None:
        current = self.media_list.currentRow()
        self.media_list.clear()
        for number, item in enumerate(self.media, 1):
            kind = self.tr("Video") if item.kind == "video" else self.tr("Image")
            alt = (
                self.tr("alt text given")
                if (item.alt_ar or item.alt_en)
                else self.tr("no alt text")
            )
            text = (
                self.tr("%1. %2 — %3, %4")
                .replace("%1", QLocale().toString(number))
                .replace("%2", ltr(item.original_name))
                .replace("%3", kind)
                .replace("%4", alt)
            )
            QListWidgetItem(text, self.media_list)
        if 0 <= current < self.media_list.count():
            self.media_list.setCurrentRow(current)
        self._update_media_buttons()

    def _update_media_buttons(self) -> None:
        selected = 0 <= self.media_list.currentRow() < len(self.media)
        self.add_media_button.setEnabled(not self.read_only)
        self.edit_media_button.setEnabled(selected and not self.read_only)
        self.remove_media_button.setEnabled(selected and not self.read_only)

    def _ensure_saved(self) -> bool:
        """Store the post (creating it if new) before an action that needs its id."""
        if self.post_id is None or self._dirty:
            return self.save(autosave=False)
        return True

    def _reload_media(self) -> None:
        """After an attachment changed: the post's media, its state (attaching to a post in
        review takes it back to draft) and the checks."""
        if self.post_id is None:
            return
        before = self.state
        post = self.service.get(self.post_id)
        self.post = post
        self.state = post.state
        self.draft_context = self.service.draft_context(self.post_id)
        self.media = list(self.draft_context.media)
        self._fill_media()
        if before != post.state and post.state == PostState.DRAFT:
            self.banner.show_message(self._withdrawn_text())
        self._show_state()
        self.refresh_checks()
        self.changed.emit(self.post_id)

    def _withdrawn_text(self) -> str:
        return self.tr(
            "This edit took the post back to draft: its approval (or its request for "
            "approval) was withdrawn. Submit it again when it is ready."
        )

    def add_media(self) -> None:
        if self.read_only or not self._ensure_saved() or self.post_id is None:
            return
        from app.ui.editor.media_dialog import MediaDialog

        dialog = MediaDialog(self.service, self.post_id, None, self)
        self.run_dialog(dialog)
        if dialog.media is not None:
            self._reload_media()

    def edit_media(self) -> None:
        row = self.media_list.currentRow()
        if self.read_only or not 0 <= row < len(self.media) or self.post_id is None:
            return
        from app.ui.editor.media_dialog import MediaDialog

        dialog = MediaDialog(self.service, self.post_id, self.media[row], self)
        self.run_dialog(dialog)
        self._reload_media()
        others = [p for p in dialog.returned_to_draft if p != self.post_id]
        if others:
            # The item's alt texts are part of every approval that covers it (SPEC §4).
            shared = self.tr(
                "%n other post(s) using this item went back to draft: their approval covered "
                "the old alt text.",
                "",
                len(others),
            )
            own = self._withdrawn_text() if self.post_id in dialog.returned_to_draft else ""
            self.banner.show_message(f"{own} {shared}".strip())
            for post_id in others:
                self.changed.emit(post_id)

    def remove_media(self) -> None:
        row = self.media_list.currentRow()
        if self.read_only or not 0 <= row < len(self.media) or self.post_id is None:
            return
        item = self.media[row]
        if not self.confirm(
            self.tr("Remove attachment"),
            self.tr("Remove %1 from this post? The file stays in the media archive.").replace(
                "%1", ltr(item.original_name)
            ),
        ):
            return
        try:
            self.service.detach_media(self.post_id, item.media_id)
        except BayanError as exc:
            self.inform(self.tr("Attachment not removed"), error_message(exc), error=True)
            return
        self._reload_media()

    # -- saving ----------------------------------------------------------------------------------

    def autosave(self) -> bool:
        if not self._dirty or self.read_only:
            return True
        return self.save(autosave=True)

    def save_now(self) -> bool:
        if self.read_only:
            return False
        if self.post_id is not None and not self._dirty:
            self._show_save_status()
            return True
        return self.save(autosave=False)

    def save(self, autosave: bool = False) -> bool:
        """Store what the editor holds. On failure say so and keep everything for a retry."""
        if self.read_only:
            return False
        self._autosave_timer.stop()
        fields = self.current_fields()
        withdrawn = False
        try:
            if self.post_id is None:
                post = self.service.create(fields)
                self.post_id = post.id
                PostEditor._open[post.id] = self
            else:
                fields = self._keep_schedule_moved_elsewhere(fields)
                result = self.service.save(
                    self.post_id, fields, autosave=autosave, base=self.post
                )
                post = result.post
                withdrawn = result.approval_withdrawn
        except EditConflict as exc:
            self._save_conflict(exc, autosave)
            return False
        except BayanError as exc:
            self._save_failed(error_message(exc), autosave)
            return False
        except Exception as exc:  # a bug or the disk: the text must stay in the editor
            log.exception("saving post %s failed", self.post_id)
            self._save_failed(error_message(exc), autosave)
            return False
        self._dirty = False
        self._save_error = ""
        self.post = post
        self.state = post.state
        self.saved_at = dt.datetime.now(dt.UTC)
        if withdrawn:
            self.banner.show_message(self._withdrawn_text())
        elif self.banner.isVisible() and self._banner_is_error():
            self.banner.hide()
        self._show_state()
        self._show_save_status()
        self._update_actions()
        self.changed.emit(post.id)
        return True

    def _keep_schedule_moved_elsewhere(self, fields: PostFields) -> PostFields:
        """The stored time when the officer has not touched the schedule here.

        The calendar may have moved the post (drag and drop) while this editor was open; saving
        the time the editor loaded would silently move it back. A time the officer set here wins
        over such a move: when a move is all that changed, the stored post becomes the base of
        the save, so the move is not taken for someone else's edit (see ``PostService.save``).
        """
        if self.post is None or self.post_id is None:
            return fields
        if fields.scheduled_at != self.post.fields.scheduled_at:
            latest = self.service.get(self.post_id)
            moved_only = dataclasses.replace(
                self.post.fields, scheduled_at=latest.fields.scheduled_at
            )
            if latest.fields == moved_only:
                self.post = latest
            return fields
        stored = self.service.get(self.post_id).fields.scheduled_at
        if stored == fields.scheduled_at:
            return fields
        self._loading = True
        try:
            self._set_when(stored)
        finally:
            self._loading = False
        return dataclasses.replace(fields, scheduled_at=stored)

    def _banner_is_error(self) -> bool:
        return self.banner.text.palette().color(self.banner.text.foregroundRole()).name() == (
            theme.ERROR_TEXT
        )

    def _save_failed(self, message: str, autosave: bool) -> None:
        self._save_error = message
        self.banner.show_message(
            self.tr("Not saved. Your text is still here; Bayan will try again. %1").replace(
                "%1", message
            ),
            True,
        )
        self._show_save_status()
        if self._dirty:
            self._autosave_timer.start(self.AUTOSAVE_MS)  # try again
        if not autosave:
            self.inform(self.tr("Not saved"), message, error=True)

    def _save_conflict(self, error: EditConflict, autosave: bool) -> None:
        """Someone else saved the post since it was opened here (or last saved here): keep the
        officer's text, stop retrying (every retry would be refused as well) and say so."""
        message = conflict_text(error, self.zone)
        self._save_error = message
        self._autosave_timer.stop()
        self.banner.show_message(f"{message} {kept_text()}", True)
        self._show_save_status()
        if not autosave:
            self.inform(self.tr("Not saved"), message, error=True)

    def _show_save_status(self) -> None:
        if self._save_error:
            text = self.tr("Not saved — see the message above")
        elif self._dirty:
            text = self.tr("Unsaved changes")
        elif self.post_id is None:
            text = self.tr("New post: saved as soon as you type")
        elif self.saved_at is not None:
            local = self.saved_at.astimezone(self.zone)
            text = self.tr("Saved %1").replace(
                "%1",
                QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat),
            )
        else:
            text = ""
        self.save_status.setText(text)
        theme.error_text(self.save_status, bool(self._save_error))

    # -- state and actions -------------------------------------------------------------------

    def _show_state(self) -> None:
        from PySide6.QtGui import QColor, QPalette

        state = self.state
        self.state_label.setText(
            self.tr("State: %1").replace("%1", labels.post_state(state))
            if self.post_id is not None
            else self.tr("New post (not saved yet)")
        )
        palette = self.state_chip.palette()
        palette.setColor(
            QPalette.ColorRole.Window, QColor(labels.POST_STATE_COLOURS.get(state, "#5b616e"))
        )
        self.state_chip.setPalette(palette)
        title = self.title_edit.text().strip() or self.title_en_edit.text().strip()
        if self.post_id is None:
            self.setWindowTitle(self.tr("New post — Bayan"))
        else:
            self.setWindowTitle(
                self.tr("Post: %1 — Bayan").replace("%1", title or self.tr("(untitled)"))
            )

    def submit_block_reason(self) -> str:
        """Why the post cannot be submitted now, or "" when it can."""
        if self.read_only or (self.post_id is not None and self.state not in SUBMITTABLE):
            if self.state == PostState.IN_REVIEW:
                return self.tr("Submitted: waiting for approval.")
            return self.tr("A post that is %1 cannot be submitted.").replace(
                "%1", labels.post_state(self.state)
            )
        auto = [f for f in self.blockers if f.field != "manual"]
        manual = [f.rule for f in self.blockers if f.field == "manual"]
        if auto:
            rules = ", ".join(ltr(r) for r in sorted({f.rule for f in auto}))
            return self.tr("Cannot submit: blockers open (%1).").replace("%1", rules)
        if manual:
            return self.tr("Cannot submit until these are confirmed: %1.").replace(
                "%1", ", ".join(ltr(r) for r in manual)
            )
        return ""

    def _update_actions(self) -> None:
        reason = self.submit_block_reason()
        can_submit = not reason and not self.read_only
        self.submit_button.setEnabled(can_submit)
        self.submit_button.setToolTip(reason or self.tr("Send this post for approval (Ctrl+Enter)"))
        missing = ""
        unjustified = self.checklist.unjustified()
        if not reason and unjustified:
            missing = self.tr("Warnings to justify before submitting: %1").replace(
                "%1", ", ".join(ltr(r) for r in unjustified)
            )
        # Past review the reason is only the tooltip: "approved cannot be submitted" is no error.
        past_review = self.post_id is not None and self.state not in SUBMITTABLE
        if past_review and self.state != PostState.IN_REVIEW:
            reason_shown = ""
        else:
            reason_shown = reason or missing
        self.submit_reason.setText(reason_shown)
        theme.error_text(self.submit_reason, bool(reason) and not past_review)
        saved = self.post_id is not None
        live = saved and self.state not in FROZEN
        self.save_button.setEnabled(not self.read_only)
        self.history_button.setEnabled(saved)
        self.duplicate_button.setEnabled(saved)
        self.withdraw_button.setEnabled(live)
        self.recurrence_button.setEnabled(not self.read_only and self.scheduled.isChecked())
        self.reuse_button.setEnabled(saved and self.evergreen.isChecked())
        self.review_button.setEnabled(saved and self.state == PostState.IN_REVIEW)
        self.publication_button.setEnabled(
            saved and self.state in (PostState.APPROVED, PostState.PUBLISHED)
        )
        self.archive_button.setEnabled(saved and self.state == PostState.PUBLISHED)
        self.trail_button.setEnabled(saved)

    def _apply_read_only(self) -> None:
        ro = self.read_only
        for widget in (self.title_edit, self.title_en_edit, self.link_edit):
            widget.setReadOnly(ro)
        for edit in (self.text_ar, self.text_en, self.sources_edit):
            edit.setReadOnly(ro)
        for widget in (
            self.pillar,
            self.campaign,
            self.event,
            self.scheduled,
            self.when,
            self.evergreen,
            self.platform_box,
        ):
            widget.setEnabled(not ro)
        if ro:
            self.when.setEnabled(False)
        for editor in self.variants.values():
            for w in (editor.own_ar, editor.own_en):
                w.setEnabled(not ro)
            editor.text_ar.setReadOnly(ro)
            editor.text_en.setReadOnly(ro)
        self.checklist.set_read_only(ro)
        self._update_media_buttons()
        if ro:
            self.banner.show_message(
                self.tr(
                    "This post is %1: it is kept as it was. Duplicate it, or re-use it if it "
                    "is evergreen, to write a new one."
                ).replace("%1", labels.post_state(self.state))
            )

    def _submit_shortcut(self) -> None:
        if self.submit_button.isEnabled():
            self.submit()
        else:
            self.inform(self.tr("Not submitted"), self.submit_block_reason(), error=True)

    def submit(self) -> bool:
        """Submit for approval; what is missing is shown when the checklist refuses."""
        if self.submit_block_reason():
            return False
        if not self._ensure_saved() or self.post_id is None:
            return False
        try:
            post = self.service.submit_for_review(self.post_id)
        except SubmissionRefused as exc:
            self.inform(self.tr("Not submitted"), self.refusal_text(exc), error=True)
            return False
        except BayanError as exc:
            self.inform(self.tr("Not submitted"), error_message(exc), error=True)
            return False
        self.post = post
        self.state = post.state
        self.banner.hide()
        self._show_state()
        self._update_actions()
        self.save_status.setText(self.tr("Submitted for approval"))
        self.changed.emit(post.id)
        return True

    def refusal_text(self, refused: SubmissionRefused) -> str:
        lines = [self.tr("This post cannot be submitted yet:")]
        for finding in sort_unique(refused.blockers):
            lines.append(
                self.tr("• Blocker %1: %2")
                .replace("%1", ltr(finding.rule))
                .replace("%2", labels.rule_explanation(finding.rule, finding.message))
            )
        for rule in refused.unjustified_warnings:
            lines.append(
                self.tr("• Warning %1 needs a short justification.").replace("%1", ltr(rule))
            )
        for rule in refused.unticked_manual:
            lines.append(
                self.tr("• Tick the confirmation “%1” (%2).")
                .replace("%1", labels.manual_confirmation(rule))
                .replace("%2", ltr(rule))
            )
        return "\n".join(lines)

    def withdraw(self) -> None:
        if self.post_id is None or self.state in FROZEN:
            return
        note, ok = self.ask_text(
            self.tr("Withdraw post"),
            self.tr(
                "Withdraw this post? It will not be published and cannot be edited again "
                "(you can duplicate it). Why is it withdrawn?"
            ),
        )
        if not ok:
            return
        if self._dirty and not self.save(autosave=False):
            return
        try:
            post = self.service.withdraw(self.post_id, note.strip())
        except BayanError as exc:
            self.inform(self.tr("Not withdrawn"), error_message(exc), error=True)
            return
        self.post = post
        self.state = post.state
        self.read_only = post.state in FROZEN
        self._apply_read_only()
        self._show_state()
        self._update_actions()
        self.changed.emit(post.id)

    def duplicate(self) -> PostEditor | None:
        if not self.read_only and not self._ensure_saved():
            return None
        if self.post_id is None:
            return None
        try:
            copy = self.service.duplicate(self.post_id)
        except BayanError as exc:
            self.inform(self.tr("Not duplicated"), error_message(exc), error=True)
            return None
        self.changed.emit(copy.id)
        return self._open_other(copy.id)

    def reuse(self) -> PostEditor | None:
        if self.post_id is None or not self.evergreen.isChecked():
            return None
        if not self.read_only and not self._ensure_saved():
            return None
        try:
            copy = self.service.reuse_evergreen(self.post_id)
        except BayanError as exc:
            self.inform(self.tr("Not re-used"), error_message(exc), error=True)
            return None
        self.changed.emit(copy.id)
        return self._open_other(copy.id)

    def _open_other(self, post_id: int) -> PostEditor:
        from app.ui.editor import open_editor

        other = open_editor(self.context, post_id, parent=self.parentWidget())
        for slot in self._change_listeners:
            other.connect_changed(slot)
        return other

    def connect_changed(self, slot: Callable[[int], None]) -> None:
        """Call ``slot(post_id)`` whenever this editor, or one it opens, stores a post."""
        if slot in self._change_listeners:
            return
        self._change_listeners.append(slot)
        self.changed.connect(slot)

    def make_recurring(self) -> list[int]:
        first = self.scheduled_at()
        if first is None or self.read_only:
            return []
        from app.ui.editor.recurrence_dialog import RecurrenceDialog

        dialog = RecurrenceDialog(first, self.context.timezone, self)
        if self.run_dialog(dialog) != RecurrenceDialog.DialogCode.Accepted or dialog.rule is None:
            return []
        if not self._ensure_saved() or self.post_id is None:
            return []
        try:
            made = self.service.make_recurring(self.post_id, dialog.rule)
        except (BayanError, ValueError) as exc:
            self.inform(self.tr("Not repeated"), error_message(exc), error=True)
            return []
        self.banner.show_message(
            self.tr(
                "This post now repeats: %1 posts in all, this one first. Each can be edited "
                "on its own."
            ).replace("%1", QLocale().toString(len(made)))
        )
        self.changed.emit(self.post_id)
        return made

    def show_preview(self) -> None:
        from app.ui.editor import bring_to_front
        from app.ui.editor.preview import PreviewDialog

        if self.preview_dialog is None:
            self.preview_dialog = PreviewDialog(self)
        self.preview_dialog.set_draft(self.current_draft())
        bring_to_front(self.preview_dialog)

    def show_history(self) -> Any:
        if self.post_id is None:
            return None
        if self._dirty:
            self.save(autosave=False)
        from app.ui.editor.history import HistoryDialog

        dialog = HistoryDialog(self.service.revisions(self.post_id), self.context.timezone, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- approval, publication, audit (issue 5) ----------------------------------------------

    def _show_decision(self) -> None:
        """The approver's decision across the top: who asked for changes, and why; who
        approved, and what comes next. Any other state takes such a banner away."""
        text = ""
        if self.post_id is not None and self.state in (
            PostState.CHANGES_REQUESTED,
            PostState.APPROVED,
        ):
            decision = None
            try:
                decision = self.context.approvals().latest(self.post_id)
            except (BayanError, ValueError) as exc:
                log.warning("the approval of post %s was not read: %s", self.post_id, exc)
            from app.ui.audit_trail import isolate

            name = isolate(decision.approver_name) if decision is not None else ""
            when = self._local_text(decision.decided_at) if decision is not None else ""
            if self.state == PostState.CHANGES_REQUESTED:
                if decision is not None:
                    text = (
                        self.tr("Changes requested by %1 on %2: %3")
                        .replace("%1", name)
                        .replace("%2", when)
                        .replace("%3", isolate(decision.comment))
                    )
                else:
                    text = self.tr("Changes requested. Edit the post, then submit it again.")
            elif decision is not None:
                text = (
                    self.tr("Approved by %1 on %2. Publish it by hand, then record where.")
                    .replace("%1", name)
                    .replace("%2", when)
                )
            else:
                text = self.tr("Approved. Publish it by hand, then record where.")
        if text:
            self.banner.show_message(text)
            self._decision_shown = True
        elif self._decision_shown:
            self._decision_shown = False
            if not self.read_only:
                self.banner.hide()

    def _local_text(self, moment: dt.datetime) -> str:
        local = moment.astimezone(self.zone)
        shown = QDateTime(
            QDate(local.year, local.month, local.day),
            QTime(local.hour, local.minute),
            QTimeZone.utc(),
        )
        return QLocale().toString(shown, QLocale.FormatType.ShortFormat)

    def reload_post(self) -> None:
        """Read the post again after its state changed elsewhere (a signature, a record)."""
        if self.post_id is None:
            return
        self._autosave_timer.stop()
        self._dirty = False
        self._load(self.service.get(self.post_id))
        self._show_state()
        self._show_save_status()
        self.refresh_checks()
        self.changed.emit(self.post_id)

    def _saved_for_action(self) -> bool:
        """Store unsaved edits before a state action; False when that is impossible."""
        if self.post_id is None:
            return False
        if self._dirty and not self.read_only:
            return self.save(autosave=False)
        return True

    def review(self) -> int:
        """Let the approver read and sign the post; the dialog's result (0 when not shown)."""
        if not self._saved_for_action() or self.state != PostState.IN_REVIEW:
            return 0
        from app.ui.approvals.review import ReviewDialog

        dialog = ReviewDialog(self.context, self.post_id, self)
        result = self.run_dialog(dialog)
        dialog.deleteLater()
        self.reload_post()
        return result

    def record_publication(self) -> int:
        if not self._saved_for_action() or self.state not in (
            PostState.APPROVED,
            PostState.PUBLISHED,
        ):
            return 0
        from app.ui.editor.publication import PublicationDialog

        dialog = PublicationDialog(self.context, self.post_id, self)
        result = self.run_dialog(dialog)
        dialog.deleteLater()
        self.reload_post()
        return result

    def archive(self) -> bool:
        if self.post_id is None or self.state != PostState.PUBLISHED:
            return False
        if not self.confirm(
            self.tr("Archive post"),
            self.tr(
                "Archive this published post? It stays in the records and its audit trail, "
                "and leaves the active lists."
            ),
        ):
            return False
        try:
            self.context.publication().archive(self.post_id)
        except BayanError as exc:
            self.inform(self.tr("Not archived"), error_message(exc), error=True)
            return False
        self.reload_post()
        return True

    def show_audit_trail(self) -> Any:
        if self.post_id is None:
            return None
        if self._dirty:
            self.save(autosave=False)
        from app.ui.audit_trail import AuditTrailDialog

        dialog = AuditTrailDialog(self.context, "post", self.post_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- dialogs (tests replace these) -----------------------------------------------------

    def run_dialog(self, dialog: Any) -> int:
        return int(dialog.exec())

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str, error: bool = False) -> None:
        if error:
            QMessageBox.warning(self, title, text)
        else:
            QMessageBox.information(self, title, text)

    def ask_text(self, title: str, label: str, text: str = "") -> tuple[str, bool]:
        return QInputDialog.getText(self, title, label, text=text)

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        f = self.form_labels
        f["title"].setText(self.tr("&Title (internal):"))
        f["title_en"].setText(self.tr("English t&itle:"))
        f["pillar"].setText(self.tr("&Pillar:"))
        f["campaign"].setText(self.tr("&Campaign:"))
        f["event"].setText(self.tr("E&vent:"))
        f["platforms"].setText(self.tr("Platforms:"))
        f["when"].setText(self.tr("Sc&heduled:"))
        f["text_ar"].setText(self.tr("&Arabic text:"))
        f["text_en"].setText(self.tr("&English text:"))
        f["link"].setText(self.tr("&Link:"))
        f["sources"].setText(self.tr("&Sources:"))
        f["media"].setText(self.tr("&Media:"))
        self.title_edit.setPlaceholderText(self.tr("A short name for the calendar"))
        self.link_edit.setPlaceholderText(self.tr("https://…"))
        self.sources_edit.setPlaceholderText(
            self.tr("Where the facts and figures come from (a named official source)")
        )
        for combo in (self.pillar, self.campaign, self.event):
            combo.setItemText(0, self.tr("(none)"))
        for combo, items in (
            (self.pillar, self.lookups.pillars),
            (self.campaign, self.lookups.campaigns),
            (self.event, self.lookups.events),
        ):
            for index, item in enumerate(items, 1):
                combo.setItemText(index, self._lookup_name(item))
        for name, box in self.platform_checks.items():
            box.setText(labels.platform(name))
        self.scheduled.setText(self.tr("On"))
        self.scheduled.setToolTip(self.tr("Untick to keep the post unscheduled"))
        self.when.setAccessibleName(self.tr("Scheduled date and time"))
        self.zone_label.setToolTip(self.tr("Times are in the workspace's time zone"))
        self.text_ar.setAccessibleName(self.tr("Arabic text"))
        self.text_en.setAccessibleName(self.tr("English text"))
        self.variant_box.setTitle(self.tr("Per-platform texts (optional)"))
        self.variant_hint.setText(
            self.tr(
                "Each platform uses the texts above unless you give it its own. "
                "Choose platforms first."
            )
        )
        for editor in self.variants.values():
            self._retranslate_variant(editor)
        self.evergreen.setText(self.tr("Ever&green: can be re-used later as a new draft"))
        self.media_list.setAccessibleName(self.tr("Attachments"))
        self.add_media_button.setText(self.tr("Attach…"))
        self.edit_media_button.setText(self.tr("Edit…"))
        self.remove_media_button.setText(self.tr("Remove"))
        f["counters"].setText(self.tr("Length:"))
        self.checklist_box.setTitle(self.tr("Checklist"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save now (Ctrl+S)"))
        self.submit_button.setText(self.tr("Submit for approval"))
        self.preview_button.setText(self.tr("Previe&w"))
        self.history_button.setText(self.tr("Histor&y"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.recurrence_button.setText(self.tr("&Repeat…"))
        self.reuse_button.setText(self.tr("Re-use as &new draft"))
        self.withdraw_button.setText(self.tr("With&draw…"))
        self.review_button.setText(self.tr("Review…"))
        self.review_button.setToolTip(
            self.tr("The approver reads the post and signs with their passphrase and code")
        )
        self.publication_button.setText(self.tr("Record publicati&on…"))
        self.publication_button.setToolTip(
            self.tr("After publishing by hand: record when and where it went live")
        )
        self.archive_button.setText(self.tr("Archive…"))
        self.archive_button.setToolTip(self.tr("Put the published post away (asks first)"))
        self.trail_button.setText(self.tr("Audit trail"))
        self.trail_button.setToolTip(
            self.tr("Every state change, signature and publication record of this post")
        )
        self._fill_media()
        self._show_state()
        self._show_save_status()
        self._update_actions()

    def _retranslate_variant(self, editor: VariantEditor) -> None:
        name = labels.platform(editor.platform)
        editor.own_ar.setText(self.tr("Own Arabic text for %1").replace("%1", name))
        editor.own_en.setText(self.tr("Own English text for %1").replace("%1", name))
        editor.text_ar.setAccessibleName(self.tr("%1: Arabic text").replace("%1", name))
        editor.text_en.setAccessibleName(self.tr("%1: English text").replace("%1", name))
        index = self.variant_tabs.indexOf(editor)
        if index >= 0:
            self.variant_tabs.setTabText(index, self._variant_tab_text(editor))

    # -- closing ----------------------------------------------------------------------------------

    @classmethod
    def find_open(cls, post_id: int) -> PostEditor | None:
        return cls._open.get(post_id)

    @classmethod
    def open_editors(cls) -> list[PostEditor]:
        return list(cls._all)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self.read_only and not self.save(autosave=True):
            keep = self.confirm(
                self.tr("Not saved"),
                self.tr("This post could not be saved. Keep the editor open so nothing is lost?"),
            )
            if keep:
                event.ignore()
                return
        self._autosave_timer.stop()
        if self.post_id is not None and PostEditor._open.get(self.post_id) is self:
            del PostEditor._open[self.post_id]
        if self in PostEditor._all:
            PostEditor._all.remove(self)
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        super().closeEvent(event)


def sort_unique(findings: list[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for f in findings:
        if f.rule not in seen:
            seen.add(f.rule)
            out.append(f)
    return out


def close_editors(context: AppContext | None = None) -> bool:
    """Close every editor (of ``context``, if given), saving each; False if one stayed open to
    keep text it could not save."""
    for editor in list(PostEditor._all):
        if context is not None and editor.context is not context:
            continue
        if not editor.close():
            return False
    return True
