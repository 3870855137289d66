"""Recording where an approved post went live: one row per target platform.

The officer publishes by hand on each platform, then records here, platform by platform, the time
it went live (in the workspace's time zone, like the editor's schedule; now by default) and the
live post's URL. Each row has its own Record button (Enter in the URL field records it too), its
status in words ("recorded" / "not yet") and, under it, the service's refusal naming the platform
(a URL on another domain, a post whose approval no longer covers its content …). When every target
platform has a record the service marks the post published, and the dialog says so. A recorded
row can be corrected the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import PostState
from app.errors import BayanError
from app.ui import labels, theme
from app.ui.editor.messages import error_message
from app.ui.i18n import Retranslating, keep_sections_in_order, ltr


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PublicationRow:
    """The widgets of one platform's row."""

    def __init__(self, platform: str, parent: QWidget) -> None:
        self.platform = platform
        self.name = QLabel(parent)
        self.name.setFont(theme.title_font(1.0))
        self.when = QDateTimeEdit(parent)
        keep_sections_in_order(self.when)
        self.when.setCalendarPopup(True)
        # Wall-clock digits of the workspace's zone, kept as UTC like the editor's schedule.
        self.when.setTimeZone(QTimeZone.utc())
        self.url = QLineEdit(parent)
        self.url.setObjectName(f"url-{platform}")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.url.setMinimumWidth(300)
        self.status_icon = QLabel(parent)
        self.status = QLabel(parent)
        self.record = QPushButton(parent)
        self.record.setObjectName(f"record-{platform}")
        # Enter in the URL field records its own row; no button may take Enter as well.
        self.record.setAutoDefault(False)
        self.error = QLabel(parent)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.error_text(self.error)
        self.error.hide()
        self.recorded = False
        self.published_at: dt.datetime | None = None
        self.default: dt.datetime | None = None  # "now" as read, when the row shows it


class PublicationDialog(Retranslating, QDialog):
    """Record the publication of post ``post_id`` on each of its target platforms."""

    def __init__(
        self,
        context: Any,
        post_id: int,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.post_id = post_id
        self.zone = ZoneInfo(context.timezone)
        self.clock = clock
        self.service = context.publication()
        self.state = ""
        self.title = ""
        self.changed = False  # something was recorded: the editor reloads the post
        self.rows: dict[str, PublicationRow] = {}

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        # Platform | published at | URL | status (icon and words) | record button
        self.headers = [QLabel(self.grid_host) for _ in range(4)]
        for header, (column, span) in zip(
            self.headers, ((0, 1), (1, 1), (2, 1), (3, 2)), strict=True
        ):
            theme.muted(header)
            self.grid.addWidget(header, 0, column, 1, span)
        self.summary_icon = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("publicationSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        summary_row = QGridLayout()
        summary_row.addWidget(self.summary_icon, 0, 0)
        summary_row.addWidget(self.summary, 0, 1)
        summary_row.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.grid_host)
        layout.addStretch(1)
        layout.addLayout(summary_row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(860)

        self.reload()

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        post = self.context.posts().get(self.post_id)
        self.state = post.state
        english = self.context.languages.language != "ar"
        fields = post.fields
        self.title = (fields.title_en if english and fields.title_en else fields.title) or ""
        records = self.service.records(self.post_id)
        now = self.clock().astimezone(self.zone)
        line = 1
        previous: QWidget | None = None
        for info in records:
            row = self.rows.get(info.platform)
            if row is None:
                row = self.rows[info.platform] = self._make_row(info.platform)
            row.recorded = info.published_at is not None
            row.published_at = info.published_at
            if info.published_at is not None:
                row.default = None
                self._set_when(row, info.published_at.astimezone(self.zone))
            elif row.default is None or not self._shows(row, row.default):
                row.default = now
                self._set_when(row, now)
            row.url.setText(info.url or "")
            self.grid.addWidget(row.name, line, 0)
            self.grid.addWidget(row.when, line, 1)
            self.grid.addWidget(row.url, line, 2)
            self.grid.addWidget(row.status_icon, line, 3)
            self.grid.addWidget(row.status, line, 4)
            self.grid.addWidget(row.record, line, 5)
            self.grid.addWidget(row.error, line + 1, 1, 1, 5)
            for widget in (row.when, row.url, row.record):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
            line += 2
        if previous is not None:
            QWidget.setTabOrder(
                previous, self.buttons.button(QDialogButtonBox.StandardButton.Close)
            )
        self.retranslate()

    def _make_row(self, platform: str) -> PublicationRow:
        row = PublicationRow(platform, self.grid_host)
        row.name.setBuddy(row.url)
        row.record.clicked.connect(lambda _=False, p=platform: self.record(p))
        row.url.returnPressed.connect(lambda p=platform: self.record(p))
        row.url.textEdited.connect(lambda _t, r=row: r.error.hide())
        return row

    def _set_when(self, row: PublicationRow, local: dt.datetime) -> None:
        row.when.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone.utc(),
            )
        )

    def _wall(self, row: PublicationRow) -> dt.datetime:
        shown = row.when.dateTime()
        d, t = shown.date(), shown.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)

    def _shows(self, row: PublicationRow, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.zone).replace(second=0, microsecond=0)
        return self._wall(row) == local

    def published_at(self, platform: str) -> dt.datetime:
        """The row's time as an aware UTC date-time. A row left at its default ("now") gives
        the moment read, to the second: the field shows minutes only, and a post recorded in
        the minute it was approved must not appear to go live before its approval."""
        row = self.rows[platform]
        if row.default is not None and self._shows(row, row.default):
            return row.default.astimezone(dt.UTC)
        return self._wall(row).astimezone(dt.UTC)

    # -- recording ------------------------------------------------------------------------------

    def record(self, platform: str) -> bool:
        """Record (or correct) ``platform``'s row; a refusal is shown under the row."""
        row = self.rows[platform]
        name = labels.platform(platform)
        try:
            state = self.service.record(
                self.post_id, platform, self.published_at(platform), row.url.text().strip()
            )
        except BayanError as exc:
            self._refused(row, name, self.refusal_text(exc, name))
            return False
        row.error.hide()
        self.changed = True
        self.state = str(state)
        self.reload()
        # Move on to the next platform still to record.
        for other in self.rows.values():
            if not other.recorded:
                other.url.setFocus()
                break
        return True

    def refusal_text(self, error: BayanError, name: str) -> str:
        """Why a record was refused, in the interface's language where the reason is known."""
        reason = getattr(error, "reason", "")
        if reason == "url_domain":
            allowed = getattr(error, "allowed", ())
            return (
                self.tr("%1 is not an address of %2: use a link on %3.")
                .replace("%1", ltr(getattr(error, "host", "")))
                .replace("%2", name)
                .replace("%3", self.tr(" or ").join(ltr(d) for d in allowed))
            )
        texts = {
            "url_empty": self.tr("enter the address (URL) of the live post."),
            "url_spaces": self.tr("an address (URL) has no spaces."),
            "url_not_web": self.tr("this is not a web address: it starts with https://."),
            "time_invalid": self.tr("the publication time is not valid."),
            "time_future": self.tr("the publication time is in the future."),
            "before_approval": self.tr("the publication time is before the post was approved."),
            "not_target": self.tr("the post does not go out on this platform."),
            "no_approval": self.tr("the post has no approval in force."),
            "content_changed": self.tr(
                "the content changed after it was approved: it needs approving again."
            ),
        }
        return texts.get(reason) or ltr(error_message(error))

    def _refused(self, row: PublicationRow, name: str, detail: str) -> None:
        text = self.tr("Not recorded for %1: %2").replace("%1", name).replace("%2", detail)
        row.error.setText(text)
        row.error.setAccessibleName(text)
        row.error.show()
        row.url.setFocus()
        row.url.selectAll()

    def all_recorded(self) -> bool:
        return bool(self.rows) and all(row.recorded for row in self.rows.values())

    # -- text -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Record publication: %1").replace("%1", self.title or self.tr("(untitled)"))
        )
        self.intro.setText(
            self.tr(
                "Publish the approved post by hand on each platform, then record here when it "
                "went live and the address of the live post. The post counts as published once "
                "every platform has a record."
            )
        )
        self.headers[1].setToolTip(self.tr("Times are in the workspace's time zone"))
        for header, text in zip(
            self.headers,
            (
                self.tr("Platform"),
                self.tr("Published at (%1)").replace("%1", ltr(self.context.timezone)),
                self.tr("URL of the live post"),
                self.tr("Status"),
            ),
            strict=True,
        ):
            header.setText(text)
        can_record = self.state in (PostState.APPROVED, PostState.PUBLISHED)
        for platform, row in self.rows.items():
            name = labels.platform(platform)
            row.name.setText(name)
            row.when.setAccessibleName(
                self.tr("%1: date and time of publication").replace("%1", name)
            )
            row.url.setAccessibleName(self.tr("%1: URL of the live post").replace("%1", name))
            row.url.setPlaceholderText(self.tr("https://…"))
            icon = (
                QStyle.StandardPixmap.SP_DialogApplyButton
                if row.recorded
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
            row.status_icon.setPixmap(self.style().standardIcon(icon).pixmap(16, 16))
            row.status.setText(self.tr("recorded") if row.recorded else self.tr("not yet"))
            row.record.setText(self.tr("Correct") if row.recorded else self.tr("Record"))
            row.record.setAccessibleName(
                (
                    self.tr("Correct the record for %1")
                    if row.recorded
                    else self.tr("Record the publication on %1")
                ).replace("%1", name)
            )
            for widget in (row.when, row.url, row.record):
                widget.setEnabled(can_record)
        self._show_summary(can_record)

    def _show_summary(self, can_record: bool) -> None:
        locale = QLocale()
        done = sum(1 for row in self.rows.values() if row.recorded)
        error = False
        if self.state == PostState.PUBLISHED and self.all_recorded():
            text = self.tr("Every platform has a record: the post is published.")
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
        elif not can_record:
            text = self.tr(
                "Only an approved post can be recorded as published; this one is %1."
            ).replace("%1", labels.post_state(self.state))
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            error = True
        elif not self.rows:
            text = self.tr("This post has no target platform.")
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            error = True
        else:
            text = (
                self.tr("%1 of %2 platforms recorded. The post is published once all are.")
                .replace("%1", locale.toString(done))
                .replace("%2", locale.toString(len(self.rows)))
            )
            icon = QStyle.StandardPixmap.SP_MessageBoxInformation
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        theme.error_text(self.summary, error)
        self.summary_icon.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
