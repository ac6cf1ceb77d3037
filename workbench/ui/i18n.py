"""The interface language: our translations and Qt's own, the layout direction and the locale.

The language is chosen once, before the window is built: `--lang`, else the choice saved in the
settings, else the system's language. Changing it in the window takes effect at the next start,
because every widget reads its texts when it is made.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from workbench.paths import resource

# The languages the window speaks, each named in itself for the language menu.
LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية"}
RIGHT_TO_LEFT = {"ar"}
SETTING = "interface/language"  # "" or absent: follow the system

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate and its end

translate = QCoreApplication.translate


def isolate(text: object) -> str:
    """Text from a case (a title, an outlet, a quote) set apart from the words around it.

    An English outlet's name inside an Arabic sentence, or an Arabic title in an English list,
    otherwise takes the sentence's direction and its punctuation and numbers land on the wrong
    side. The isolate gives the inserted text its own direction, from its first strong letter.
    """
    return f"{FSI}{text}{PDI}"


def system_language() -> str:
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def saved_language(settings: QSettings) -> str:
    """The language chosen in the window, or "" to follow the system."""
    value = str(settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else ""


def save_language(settings: QSettings, code: str) -> None:
    settings.setValue(SETTING, code if code in LANGUAGES else "")
    settings.sync()


def chosen_language(settings: QSettings, requested: str | None = None) -> str:
    """`--lang` first, then the saved choice, then the system's language."""
    if requested is not None and requested in LANGUAGES:
        return requested
    return saved_language(settings) or system_language()


def locale_for(code: str) -> QLocale:
    """The system's own locale when it speaks the language (its country, digits and calendar),
    else the language's default one."""
    system = QLocale.system()
    wanted = QLocale.Language.Arabic if code == "ar" else QLocale.Language.English
    return system if system.language() == wanted else QLocale(wanted)


@dataclass
class InstalledLanguage:
    """What `install_language` changed, so a test (or a second window) can put it back."""

    code: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)
    previous_direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        if isinstance(app, QApplication):
            app.setLayoutDirection(self.previous_direction)


def translation_file(code: str) -> str:
    return str(resource("i18n", f"workbench_{code}.qm"))


def install_language(code: str) -> InstalledLanguage:
    """Load the translations of `code`, set the default locale and mirror the layout for Arabic."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication comes first"
    installed = InstalledLanguage(code, previous_locale=QLocale())
    if isinstance(app, QApplication):
        installed.previous_direction = app.layoutDirection()
    QLocale.setDefault(locale_for(code))
    # English has a file too: the plural forms its source texts cannot give ("1 claim").
    ours = QTranslator(app)
    if ours.load(translation_file(code)):
        app.installTranslator(ours)
        installed.translators.append(ours)
    if code != "en":
        # Qt's own words: the buttons of standard dialogs, the context menus of text fields.
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(code), "qtbase", "_", folder):
            app.installTranslator(qt)
            installed.translators.append(qt)
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    return installed


def current_language() -> str:
    """The language the window was started in, from the default locale it set."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def local_date(day: date | None, empty: str = "") -> str:
    """A date as the window's locale writes it; English keeps the sortable ISO form."""
    if day is None:
        return empty
    if current_language() == "en":
        return day.isoformat()
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def local_number(value: int | float, decimals: int | None = None) -> str:
    """A number in the locale's digits (Arabic-Indic ones in most Arabic locales)."""
    if decimals is None:
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def text_direction(text: str, fallback: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of a piece of text from its first strong letter, as FSI would choose it."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return fallback


def leading_side(area: Qt.DockWidgetArea) -> Qt.DockWidgetArea:
    """A dock's side as the reading direction has it: Qt keeps left and right where they are,
    so a right-to-left window puts its "left" (leading) docks on the right."""
    if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return area
    swapped = {
        Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
        Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
    }
    return swapped.get(area, area)
