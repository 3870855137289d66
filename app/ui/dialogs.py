"""Dialogs shown around opening a workspace: first start, damaged database, other problems;
and the confirmation of an action that cannot be undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.errors import BayanError, DatabaseDamaged
from app.ui.i18n import ltr


def ask_first_start(root: Path, parent: QWidget | None = None) -> str | None:
    """No workspace at ``root`` yet: "empty", "demo", or None to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Welcome to Bayan"))
    box.setText(
        QCoreApplication.translate("Dialogs", "There is no Bayan workspace in this folder yet:")
    )
    box.setInformativeText(
        f"{ltr(str(root))}\n\n"
        + QCoreApplication.translate(
            "Dialogs",
            "Start with an empty workspace for your organisation, or look around first in a "
            "workspace filled with fictional demo data.",
        )
    )
    empty = box.addButton(
        QCoreApplication.translate("Dialogs", "Create an &empty workspace"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    demo = box.addButton(
        QCoreApplication.translate("Dialogs", "Fill it with &demo data"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QCoreApplication.translate("Dialogs", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(empty)
    box.exec()
    clicked = box.clickedButton()
    if clicked is empty:
        return "empty"
    if clicked is demo:
        return "demo"
    return None


def ask_restore(
    error: DatabaseDamaged,
    backup: Path | None,
    parent: QWidget | None = None,
    *,
    while_open: bool = False,
) -> bool:
    """Say what is wrong with the database and offer the newest intact backup. True: restore."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "The workspace's database is damaged"))
    if while_open:
        text = QCoreApplication.translate(
            "Dialogs", "Bayan's check of %1 found damage while the workspace was open."
        )
    else:
        text = QCoreApplication.translate("Dialogs", "Bayan cannot open %1: the file is damaged.")
    box.setText(text.replace("%1", ltr(str(error.path))))
    details = QCoreApplication.translate("Dialogs", "What SQLite reported: %1").replace(
        "%1", ltr(error.detail)
    )
    if not while_open:
        details += "\n\n" + QCoreApplication.translate("Dialogs", "Bayan has not changed the file.")
    restore: QPushButton | None = None
    if backup is not None:
        when = QDateTime.fromSecsSinceEpoch(int(backup.stat().st_mtime))
        details += "\n\n" + QCoreApplication.translate(
            "Dialogs",
            "The newest backup that passes the integrity check is %1, made %2. Restoring it "
            "keeps the damaged file aside in backups/.",
        ).replace("%1", ltr(backup.name)).replace(
            "%2", QLocale().toString(when, QLocale.FormatType.ShortFormat)
        )
        restore = box.addButton(
            QCoreApplication.translate("Dialogs", "&Restore that backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        details += "\n\n" + QCoreApplication.translate(
            "Dialogs", "No intact backup was found in the workspace's backups folder."
        )
    box.setInformativeText(details)
    quit_button = box.addButton(
        QCoreApplication.translate("Dialogs", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or quit_button)
    box.exec()
    return restore is not None and box.clickedButton() is restore


# (window title, message) for each kind of BayanError the GUI can meet on opening a workspace.
ERROR_TEXTS = {
    "too_new": (
        QT_TRANSLATE_NOOP("Dialogs", "Workspace from a newer Bayan"),
        QT_TRANSLATE_NOOP(
            "Dialogs",
            "This workspace was written by a newer version of Bayan. Install that version "
            "to open it; this one has changed nothing.",
        ),
    ),
    "locked": (
        QT_TRANSLATE_NOOP("Dialogs", "The workspace is in use"),
        QT_TRANSLATE_NOOP(
            "Dialogs",
            "This workspace is already open in another Bayan window. Switch to that "
            "window, or close it and start Bayan again.",
        ),
    ),
    "read_only": (
        QT_TRANSLATE_NOOP("Dialogs", "The workspace is read-only"),
        QT_TRANSLATE_NOOP(
            "Dialogs",
            "Bayan cannot write to this workspace: its folder or database is read-only (a "
            "read-only disk or network share, or no permission to write). Nothing was changed. "
            "Give your account permission to write there, or copy the workspace to a writable "
            "place and open the copy.",
        ),
    ),
    "disk_full": (
        QT_TRANSLATE_NOOP("Dialogs", "The disk is full"),
        QT_TRANSLATE_NOOP(
            "Dialogs",
            "The disk holding the workspace is full: nothing was saved. Free some space and "
            "try again.",
        ),
    ),
    "backup": (
        QT_TRANSLATE_NOOP("Dialogs", "The backup was not restored"),
        QT_TRANSLATE_NOOP(
            "Dialogs", "The backup could not be restored; the workspace was left as it was."
        ),
    ),
}
DEFAULT_ERROR_TEXT = (
    QT_TRANSLATE_NOOP("Dialogs", "Bayan cannot open the workspace"),
    QT_TRANSLATE_NOOP("Dialogs", "Bayan cannot open the workspace."),
)


def show_error(error: BayanError, parent: QWidget | None = None) -> None:
    title, text = ERROR_TEXTS.get(error.kind, DEFAULT_ERROR_TEXT)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", title))
    box.setText(QCoreApplication.translate("Dialogs", text))
    # The technical detail stays as the system gave it, kept whole inside an Arabic layout.
    box.setInformativeText(
        QCoreApplication.translate("Dialogs", "Details: %1").replace("%1", ltr(str(error)))
    )
    box.exec()


def show_bug(log_path: Path, parent: QWidget | None = None) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Dialogs", "Something went wrong"),
        QCoreApplication.translate(
            "Dialogs",
            "Something went wrong inside Bayan. Your saved work is safe. The details are in "
            "the log file %1; please send it to whoever supports Bayan for you.",
        ).replace("%1", ltr(str(log_path))),
    )


def confirm_destructive(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before an action that cannot be undone: a warning whose button ``action`` (already
    translated, e.g. "&Erase") does it, Cancel the default. True when ``action`` was chosen."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes
