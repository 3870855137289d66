"""Settings → Organisation: the organisation's Arabic and English names and its logo, which the
monthly report prints on its cover (app.services.organisation)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import BayanError
from app.ui import theme
from app.ui.context import AppContext
from app.ui.i18n import Retranslating

LOGO_PREVIEW = 96


class OrganisationPanel(Retranslating, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.name_ar = QLineEdit(self)
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_ar.setMaxLength(200)
        self.name_en = QLineEdit(self)
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name_en.setMaxLength(200)
        self.name_ar_label = QLabel(self)
        self.name_ar_label.setBuddy(self.name_ar)
        self.name_en_label = QLabel(self)
        self.name_en_label.setBuddy(self.name_en)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_names)
        self.name_ar.returnPressed.connect(self.save_names)
        self.name_en.returnPressed.connect(self.save_names)

        self.logo = QLabel(self)
        self.logo.setObjectName("organisationLogo")
        self.logo.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo_button = QPushButton(self)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.logo_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        theme.muted(self.hint)

        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.name_ar_label, self.name_ar)
        form.addRow(self.name_en_label, self.name_en)
        form.addRow(self.logo_label, logo_row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(save_row)
        self.load()
        self.retranslate()

    def load(self) -> None:
        info = self.context.organisation().organisation()
        self.name_ar.setText(info.name_ar)
        self.name_en.setText(info.name_en)
        self.logo_path = info.logo_path
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap(str(self.logo_path)) if self.logo_path is not None else QPixmap()
        if pixmap.isNull():
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("No logo"))
            self.logo.setAccessibleName(self.tr("No organisation logo"))
        else:
            self.logo.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW - 8,
                    LOGO_PREVIEW - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.logo.setAccessibleName(self.tr("Organisation logo"))
        self.remove_logo_button.setEnabled(self.logo_path is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        theme.show_message(self.message, text, error)

    def save_names(self) -> bool:
        from app.services.organisation import OrganisationError

        try:
            self.context.organisation().save_names(self.name_ar.text(), self.name_en.text())
        except OrganisationError as error:
            field = self.name_ar if error.field == "name_ar" else self.name_en
            if not field.text().strip():
                text = (
                    self.tr("Enter the organisation's Arabic name.")
                    if error.field == "name_ar"
                    else self.tr("Enter the organisation's English name.")
                )
            else:
                text = self.tr("This name is too long (200 characters at most).")
            self._say(text + " " + self.tr("Nothing was saved."), error=True)
            field.setFocus()
            return False
        self._say(self.tr("Organisation's names saved. The report's cover prints them."))
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the organisation's logo"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.set_logo(Path(path))

    def set_logo(self, path: Path) -> bool:
        from app.services.organisation import OrganisationError

        try:
            info = self.context.organisation().set_logo(path)
        except OrganisationError as error:
            if error.field == "logo" and path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
                text = self.tr("%1 is not a PNG or JPEG image.")
            else:
                text = self.tr("%1 could not be read as an image.")
            self._say(
                text.replace("%1", path.name) + " " + self.tr("The logo was not changed."),
                error=True,
            )
            return False
        except BayanError as error:
            self._say(str(error), error=True)
            return False
        self.logo_path = info.logo_path
        self._show_logo()
        self._say(self.tr("Logo saved. The report's cover prints it."))
        return True

    def remove_logo(self) -> None:
        try:
            self.context.organisation().remove_logo()
        except BayanError as error:
            text = self.tr("The logo could not be removed: %1").replace("%1", str(error))
            self._say(text, error=True)
            return
        self.logo_path = None
        self._show_logo()
        self._say(self.tr("Logo removed; the image stays in the archive."))

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr("The monthly report's cover prints the organisation's name and logo.")
        )
        self.name_ar_label.setText(self.tr("&Arabic name:"))
        self.name_en_label.setText(self.tr("&English name:"))
        self.logo_label.setText(self.tr("Logo:"))
        self.choose_logo_button.setText(self.tr("C&hoose logo…"))
        self.remove_logo_button.setText(self.tr("Remove lo&go"))
        self.save_button.setText(self.tr("Save &names"))
        self._show_logo()
