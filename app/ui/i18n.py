"""Switching the user-interface language at run time: Bayan's and Qt's own translations,
the default locale (numbers, dates) and, through the translators, the layout direction (the
whole UI mirrors for Arabic).

Widgets retranslate themselves on ``QEvent.LanguageChange``, which Qt sends to every widget
when a translator is installed or removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from app.resources import resource_path

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

LANGUAGES = ("ar", "en")

# Qt reads the layout direction from this entry of the loaded translations ("RTL" in Arabic).
LAYOUT_DIRECTION = QT_TRANSLATE_NOOP("QT_LAYOUT_DIRECTION", "LTR")
LOCALES = {"ar": "ar_JO", "en": "en_GB"}


class Retranslating:
    """For widgets: ``retranslate()`` runs again on every change of language.

    Put it before the Qt class: ``class Page(Retranslating, QWidget)``. The ``tr()`` calls stay
    in each widget's own ``retranslate()``, so their context is the widget's class.
    """

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def ltr(text: str) -> str:
    """Left-to-right text (a path, a command, a time-zone name) kept whole inside an Arabic
    sentence: left-to-right marks on both sides stop its slashes and dashes from moving."""
    return f"\u200e{text}\u200e"


def date_field(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, its sections in the locale's order in a
    right-to-left window too (:func:`keep_sections_in_order`), set to ``day`` (today if None)."""
    from PySide6.QtCore import QDate  # not at import: start-up reads this module
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(parent)
    keep_sections_in_order(edit)
    edit.setCalendarPopup(True)
    edit.setDate(QDate.currentDate() if day is None else QDate(day.year, day.month, day.day))
    return edit


def keep_sections_in_order(edit: QDateTimeEdit, display_format: str = "") -> None:
    """Make a date or time field show its sections in the locale's order in a right-to-left
    window too. Qt parses a right-to-left field's format back to front, so 10:05 would read
    05:10 and 3/12/2026 as 2026/12/3; the field is laid out left to right and its format parsed
    again (the Arabic format's own right-to-left marks still order the date for an Arabic
    reader). Call it right after making the field."""
    from PySide6.QtCore import Qt  # not at import: start-up reads this module

    wanted = display_format or edit.displayFormat()
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat("yyyy")  # the same format again would not be parsed again
    edit.setDisplayFormat(wanted)


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, language))


# The translators installed in the application: one set, whichever manager installed them.
_installed: list[QTranslator] = []


class LanguageManager(QObject):
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = "en"

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "ar"
        for translator in _installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        _installed.clear()
        locale = locale_for(language)
        QLocale.setDefault(locale)
        # Arabic: Bayan's and Qt's own translations. English: only Bayan's plural forms
        # ("1 post", "2 posts"), the source texts being "%n post(s)".
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources = [("bayan", str(resource_path("i18n")))]
        if language != "en":
            sources.append(("qtbase", qt_dir))
        for name, folder in sources:
            translator = QTranslator(QCoreApplication.instance())
            if translator.load(locale, name, "_", folder):
                _installed.append(translator)
            else:
                translator.deleteLater()
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
        # The layout direction follows the translators: Qt reads their QT_LAYOUT_DIRECTION
        # entry ("RTL" in Arabic) as long as no direction is forced with setLayoutDirection().
        self.language = language
        self.changed.emit(language)
