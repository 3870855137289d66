"""Preview: the post as it would go out on each platform, one tab per platform.

Plain, not a copy of the platform's look: the text that goes out (the platform's own text where
the officer wrote one, else the main text), right to left for Arabic, the link, and the media
with their alt text. It follows the editor while open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.draft import Draft
from app.ui import labels, theme
from app.ui.editor.text_edits import text_font
from app.ui.i18n import Retranslating, ltr


class LanguageCard(QFrame):
    """One language's post: its text, link and media descriptions."""

    def __init__(self, arabic: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arabic = arabic
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        direction = Qt.LayoutDirection.RightToLeft if arabic else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        align = (
            (Qt.AlignmentFlag.AlignRight if arabic else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignTop
        )
        self.heading = QLabel(self)
        theme.muted(self.heading)
        self.text = QLabel(self)
        self.link = QLabel(self)
        self.media = QLabel(self)
        for label in (self.heading, self.text, self.link, self.media):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(align)
            label.setLayoutDirection(direction)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        self.text.setFont(text_font(arabic))
        self.link.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.link)
        layout.addWidget(self.media)

    def show_post(self, heading: str, text: str, link: str, media: list[str], empty: str) -> None:
        self.heading.setText(heading)
        # A paragraph's direction follows its first strong letter; an RLM keeps an Arabic post
        # that starts with a Latin word or a number laid out right to left.
        shown = text if text.strip() else empty
        if self.arabic and shown:
            shown = "\n".join("\u200f" + line for line in shown.split("\n"))
        self.text.setText(shown)
        self.link.setText(link)
        self.link.setVisible(bool(link))
        self.media.setText("\n".join(media))
        self.media.setVisible(bool(media))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)


class PlatformPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.arabic = LanguageCard(True, body)
        self.english = LanguageCard(False, body)
        layout.addWidget(self.arabic)
        layout.addWidget(self.english)
        layout.addStretch(1)
        self.setWidget(body)


class PreviewDialog(Retranslating, QDialog):
    """Non-modal: the editor calls :meth:`set_draft` as the officer types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.resize(560, 560)
        self.draft = Draft()
        self.tabs = QTabWidget(self)
        self.pages: dict[str, PlatformPreview] = {}
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preview"))
        self.tabs.setAccessibleName(self.tr("Platforms"))
        self.empty.setText(self.tr("Choose at least one platform to see a preview."))
        self.set_draft(self.draft)

    def set_draft(self, draft: Draft) -> None:
        self.draft = draft
        platforms = list(draft.platforms)
        self.empty.setVisible(not platforms)
        # Reuse the tabs of platforms still chosen; add and remove the others.
        for name in list(self.pages):
            if name not in platforms:
                page = self.pages.pop(name)
                self.tabs.removeTab(self.tabs.indexOf(page))
                page.deleteLater()
        for position, name in enumerate(platforms):
            page = self.pages.get(name)
            if page is None:
                page = self.pages[name] = PlatformPreview(self.tabs)
                self.tabs.insertTab(position, page, labels.platform(name))
            self.tabs.setTabText(self.tabs.indexOf(page), labels.platform(name))
            self._fill(page, name)

    def text_shown(self, platform: str, lang: str) -> str:
        page = self.pages[platform]
        card = page.arabic if lang == "ar" else page.english
        return card.text.text().replace("\u200f", "")

    def _fill(self, page: PlatformPreview, platform: str) -> None:
        draft = self.draft
        name = labels.platform(platform)
        for card, lang in ((page.arabic, "ar"), (page.english, "en")):
            text = draft.text_for(platform, lang)
            override = draft.variants.get(platform)
            own = override is not None and override[0 if lang == "ar" else 1] is not None
            if lang == "ar":
                heading = (
                    self.tr("%1 — Arabic, this platform's own text")
                    if own
                    else self.tr("%1 — Arabic")
                )
            else:
                heading = (
                    self.tr("%1 — English, this platform's own text")
                    if own
                    else self.tr("%1 — English")
                )
            media_lines = []
            for item in draft.media:
                alt = item.alt_ar if lang == "ar" else item.alt_en
                kind = {
                    "image": self.tr("Image"),
                    "video": self.tr("Video"),
                }.get(item.kind, self.tr("Document"))
                described = alt.strip() or self.tr("(no description)")
                media_lines.append(self.tr("[%1: %2]").replace("%1", kind).replace("%2", described))
            card.show_post(
                heading.replace("%1", name),
                text,
                ltr(draft.link) if draft.link else "",
                media_lines,
                self.tr("(no text in this language)"),
            )
