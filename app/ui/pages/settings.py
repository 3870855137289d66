"""Settings: user-interface language (applied at once), time zone, the table of platform limits,
the approvers who sign posts, the inquiry log's targets, office hours and retention, and where
the workspace is."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.limits import DEFAULT_LIMITS, LIMIT_NAMES, LIMIT_SOURCES, PlatformLimits
from app.errors import BayanError
from app.ui import theme
from app.ui.context import AppContext
from app.ui.i18n import Retranslating, ltr

# Each language is named in itself, so it can be found whatever the current language.
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}


# What each limit in app.core.limits is, as the officer reads it.
LIMIT_LABELS = {
    "x_text": QT_TRANSLATE_NOOP("Limits", "X: post (weighted characters)"),
    "x_premium_text": QT_TRANSLATE_NOOP("Limits", "X Premium: post (weighted characters)"),
    "facebook_text": QT_TRANSLATE_NOOP("Limits", "Facebook: post (characters)"),
    "instagram_caption": QT_TRANSLATE_NOOP("Limits", "Instagram: caption (characters)"),
    "linkedin_text": QT_TRANSLATE_NOOP("Limits", "LinkedIn: post (characters)"),
    "youtube_title": QT_TRANSLATE_NOOP("Limits", "YouTube: title (characters)"),
    "youtube_description_bytes": QT_TRANSLATE_NOOP("Limits", "YouTube: description (UTF-8 bytes)"),
    "tiktok_caption": QT_TRANSLATE_NOOP("Limits", "TikTok: caption (characters)"),
    "threads_text": QT_TRANSLATE_NOOP("Limits", "Threads: post (characters, emoji by UTF-8 bytes)"),
    "threads_links": QT_TRANSLATE_NOOP("Limits", "Threads: links per post"),
    "instagram_hashtags": QT_TRANSLATE_NOOP("Limits", "Instagram: hashtags per post"),
    "youtube_hashtags": QT_TRANSLATE_NOOP(
        "Limits", "YouTube: hashtags (above this all are ignored)"
    ),
    "house_hashtags": QT_TRANSLATE_NOOP("Limits", "House rule: hashtags per post"),
    "x_alt_text": QT_TRANSLATE_NOOP("Limits", "X: alt text (characters)"),
    "linkedin_alt_text": QT_TRANSLATE_NOOP("Limits", "LinkedIn: alt text (characters)"),
    "facebook_alt_text": QT_TRANSLATE_NOOP("Limits", "Facebook: alt text (characters)"),
    "instagram_alt_text": QT_TRANSLATE_NOOP("Limits", "Instagram: alt text (characters)"),
    "threads_alt_text": QT_TRANSLATE_NOOP("Limits", "Threads: alt text (characters)"),
    "tiktok_alt_text": QT_TRANSLATE_NOOP("Limits", "TikTok: alt text (characters)"),
    "youtube_alt_text": QT_TRANSLATE_NOOP("Limits", "YouTube: alt text (characters)"),
    "alt_text_heuristic": QT_TRANSLATE_NOOP(
        "Limits", "Alt text: warn when longer than (characters)"
    ),
}


class SettingsPage(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel(self)
        self.title.setFont(theme.title_font())

        self.general = QGroupBox(self)
        self.language = QComboBox(self.general)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(context.languages.language))
        self.language.currentIndexChanged.connect(self._language_chosen)

        self.timezone = QComboBox(self.general)
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.setCurrentText(context.timezone)
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.apply_timezone = QPushButton(self.general)
        self.apply_timezone.clicked.connect(self._timezone_chosen)
        self.timezone.lineEdit().returnPressed.connect(self._timezone_chosen)
        tz_row = QHBoxLayout()
        tz_row.addWidget(self.timezone, 1)
        tz_row.addWidget(self.apply_timezone)
        self.timezone_message = QLabel(self.general)
        self.timezone_message.setWordWrap(True)

        self.language_label = QLabel(self.general)
        self.language_label.setBuddy(self.language)
        self.timezone_label = QLabel(self.general)
        self.timezone_label.setBuddy(self.timezone)
        form = QFormLayout(self.general)
        form.addRow(self.language_label, self.language)
        form.addRow(self.timezone_label, tz_row)
        form.addRow("", self.timezone_message)

        self.workspace_box = QGroupBox(self)
        self.workspace_path = QLabel(str(context.workspace.root), self.workspace_box)
        self.workspace_path.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.workspace_path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.open_folder = QPushButton(self.workspace_box)
        self.open_folder.clicked.connect(self._open_folder)
        self.workspace_hint = QLabel(self.workspace_box)
        theme.muted(self.workspace_hint)
        self.workspace_hint.setWordWrap(True)
        ws_layout = QVBoxLayout(self.workspace_box)
        row = QHBoxLayout()
        row.addWidget(self.workspace_path, 1)
        row.addWidget(self.open_folder)
        ws_layout.addLayout(row)
        ws_layout.addWidget(self.workspace_hint)

        self.limits_box = QGroupBox(self)
        self.limits_hint = QLabel(self.limits_box)
        self.limits_hint.setWordWrap(True)
        theme.muted(self.limits_hint)
        self.limits_table = QTableWidget(len(LIMIT_NAMES), 3, self.limits_box)
        self.limits_table.setObjectName("platformLimits")
        self.limits_table.verticalHeader().hide()
        header = self.limits_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.limits_table.setMinimumHeight(220)
        self.save_limits = QPushButton(self.limits_box)
        self.save_limits.clicked.connect(self._save_limits)
        self.reset_limits = QPushButton(self.limits_box)
        self.reset_limits.clicked.connect(self._reset_limits)
        self.limits_message = QLabel(self.limits_box)
        self.limits_message.setWordWrap(True)
        limits_buttons = QHBoxLayout()
        limits_buttons.addWidget(self.limits_message, 1)
        limits_buttons.addWidget(self.reset_limits)
        limits_buttons.addWidget(self.save_limits)
        limits_layout = QVBoxLayout(self.limits_box)
        limits_layout.addWidget(self.limits_hint)
        limits_layout.addWidget(self.limits_table, 1)
        limits_layout.addLayout(limits_buttons)
        self._fill_limits(context.settings.platform_limits())

        # The organisation's names and logo, for the report's cover.
        from app.ui.organisation_panel import OrganisationPanel

        self.organisation_box = QGroupBox(self)
        self.organisation = OrganisationPanel(context, self.organisation_box)
        QVBoxLayout(self.organisation_box).addWidget(self.organisation)

        # The approvers who sign posts (app.ui.approvals.panel).
        from app.ui.approvals.panel import ApproversPanel

        self.approvers_box = QGroupBox(self)
        self.approvers = ApproversPanel(context, self.approvers_box)
        QVBoxLayout(self.approvers_box).addWidget(self.approvers)

        # The inquiry log's targets, working week, holidays and retention (app.ui.inquiries).
        from app.ui.inquiries.settings_panel import InquirySettingsPanel

        self.inquiries_box = QGroupBox(self)
        self.inquiries = InquirySettingsPanel(context, self.inquiries_box)
        QVBoxLayout(self.inquiries_box).addWidget(self.inquiries)

        # Backups, and the workspace's export and import (app.ui.pages.backup_panel).
        from app.ui.pages.backup_panel import BackupPanel

        self.backups_box = QGroupBox(self)
        self.backups = BackupPanel(context, self.backups_box)
        QVBoxLayout(self.backups_box).addWidget(self.backups)

        # The groups scroll together when the window is too short for all of them.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.general)
        layout.addWidget(self.organisation_box)
        layout.addWidget(self.limits_box, 1)
        layout.addWidget(self.approvers_box)
        layout.addWidget(self.inquiries_box)
        layout.addWidget(self.workspace_box)
        layout.addWidget(self.backups_box)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("&Language of the interface:"))
        self.timezone_label.setText(self.tr("&Time zone of the workspace:"))
        self.apply_timezone.setText(self.tr("&Apply"))
        self.apply_timezone.setToolTip(self.tr("Use this time zone for schedules and reports"))
        self.limits_box.setTitle(self.tr("Platform limits"))
        self.limits_hint.setText(
            self.tr(
                "The post editor checks texts against these numbers. The platforms change them "
                "from time to time: correct a value here when they do. An empty value means no "
                "limit is known."
            )
        )
        self.limits_table.setHorizontalHeaderLabels(
            [self.tr("Limit"), self.tr("Value"), self.tr("Checklist rule")]
        )
        self.limits_table.setAccessibleName(self.tr("Platform limits"))
        for row, name in enumerate(LIMIT_NAMES):
            item = self.limits_table.item(row, 0)
            if item is not None:
                item.setText(QCoreApplication.translate("Limits", LIMIT_LABELS[name]))
        self.save_limits.setText(self.tr("Save &limits"))
        self.reset_limits.setText(self.tr("&Restore defaults"))
        self.workspace_box.setTitle(self.tr("Workspace"))
        self.backups_box.setTitle(self.tr("Backups and moving the workspace"))
        self.approvers_box.setTitle(self.tr("Approvers"))
        self.organisation_box.setTitle(self.tr("Organisation"))
        self.inquiries_box.setTitle(self.tr("Inquiries"))
        self.open_folder.setText(self.tr("&Open folder"))
        self.workspace_path.setAccessibleName(self.tr("Workspace folder"))
        self.workspace_hint.setText(
            self.tr(
                "The database (bayan.db), the media store (media/) and the backups (backups/) "
                "are kept in this folder. Start Bayan with --workspace or set BAYAN_WORKSPACE "
                "to use another one."
            )
        )

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code == self.context.languages.language:
            return
        self.context.languages.apply(code)
        self.context.settings.set_language(code)  # the list holds only languages Bayan has

    def _timezone_chosen(self) -> None:
        name = self.timezone.currentText().strip()
        try:
            self.context.settings.set_timezone(name)
        except BayanError:
            theme.error_text(self.timezone_message)
            self.timezone_message.setText(
                self.tr("“%1” is not a time zone Bayan knows. Nothing was changed.").replace(
                    "%1", ltr(name)
                )
            )
        else:
            self.context.timezone = name
            theme.error_text(self.timezone_message, False)
            self.timezone_message.setText(self.tr("Time zone set to %1.").replace("%1", ltr(name)))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.workspace.root)))

    # --- platform limits ---------------------------------------------------------------------

    def _fill_limits(self, limits: PlatformLimits) -> None:
        table = self.limits_table
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row, name in enumerate(LIMIT_NAMES):
            label = QTableWidgetItem(QCoreApplication.translate("Limits", LIMIT_LABELS[name]))
            label.setFlags(fixed)
            label.setData(Qt.ItemDataRole.UserRole, name)
            value = getattr(limits, name)
            cell = QTableWidgetItem("" if value is None else str(value))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            source = QTableWidgetItem(LIMIT_SOURCES[name])
            source.setFlags(fixed)
            table.setItem(row, 0, label)
            table.setItem(row, 1, cell)
            table.setItem(row, 2, source)

    def limit_values(self) -> dict[str, object]:
        """What the table holds: whole numbers where it can read them, the text otherwise."""
        values: dict[str, object] = {}
        for row, name in enumerate(LIMIT_NAMES):
            item = self.limits_table.item(row, 1)
            text = (item.text() if item is not None else "").strip()
            if not text:
                if getattr(DEFAULT_LIMITS, name) is None:
                    continue
                values[name] = text
                continue
            # Arabic-Indic digits are as good as ASCII ones.
            ascii_text = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2))
            values[name] = int(ascii_text) if ascii_text.isdigit() else text
        return values

    def _save_limits(self) -> None:
        values = self.limit_values()
        for row, name in enumerate(LIMIT_NAMES):
            value = values.get(name)
            if value is not None and not (isinstance(value, int) and value > 0):
                label = QCoreApplication.translate("Limits", LIMIT_LABELS[name])
                self._limits_said(
                    self.tr("“%1” needs a whole number above zero. Nothing was changed.").replace(
                        "%1", label
                    ),
                    error=True,
                )
                self.limits_table.setCurrentCell(row, 1)
                return
        try:
            self.context.settings.set_platform_limits(values)
        except BayanError as exc:  # pragma: no cover - the loop above checks the same things
            self._limits_said(str(exc), error=True)
            return
        self._limits_said(self.tr("Platform limits saved."))

    def _reset_limits(self) -> None:
        self.context.settings.set_platform_limits({})
        self._fill_limits(DEFAULT_LIMITS)
        self._limits_said(self.tr("Platform limits set back to their defaults."))

    def _limits_said(self, text: str, *, error: bool = False) -> None:
        theme.error_text(self.limits_message, error)
        self.limits_message.setText(text)
