"""Languages: which one to use, Qt translators that can be swapped live, and locale formatting.

French is the users' first language and English is complete; any other system language falls
back to English. Qt's own catalogue (qtbase) is loaded too, so standard buttons and dialogs
speak the same language as the app.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from coachapp.coaching.quantities import Days, Team
from coachapp.errors import Message, UserError
from coachapp.qt_sources import keep_no_sources
from coachapp.resources import resource_path

# PySide6 is first loaded here, for the GUI and the commands alike: from now on its check of
# each new module's source keeps nothing and costs one read (coachapp.qt_sources).
keep_no_sources()

log = logging.getLogger("coachapp.i18n")

SUPPORTED = ("fr", "en")
FALLBACK = "en"
_TERRITORIES = {"fr": QLocale.Country.France, "en": QLocale.Country.UnitedKingdom}
_LANGUAGES = {"fr": QLocale.Language.French, "en": QLocale.Language.English}


def system_language() -> str:
    """The first supported language among the system's UI languages."""
    for tag in QLocale.system().uiLanguages():
        code = tag.split("-")[0].split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return FALLBACK


def choose_language(cli: str | None, setting: str) -> str:
    """`--lang` wins, then the user's setting, then the system."""
    if cli in SUPPORTED:
        return cli
    if setting in SUPPORTED:
        return setting
    return system_language()


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks `language` (keeps the user's territory), else a default."""
    system = QLocale.system()
    if system.language() == _LANGUAGES[language]:
        return system
    return QLocale(_LANGUAGES[language], _TERRITORIES[language])


class _Catalogs:
    """The translators of the current language (CoachApp's and Qt's own).

    Python keeps the references: a collected QTranslator silently stops translating.
    """

    def __init__(self) -> None:
        self.language = ""
        self.translators: list[QTranslator] = []
        self.installed_in: QCoreApplication | None = None


_catalogs = _Catalogs()


def set_language(language: str) -> None:
    """Switch every text to `language`, live when an application object exists.

    Installing translators makes Qt send a LanguageChange event to every widget, which then
    re-translates itself; headless commands use the catalogues directly through `translate`.
    """
    if language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}")
    app = QCoreApplication.instance()
    if language == _catalogs.language and app is _catalogs.installed_in:
        return
    loaded = []
    own = QTranslator()
    if own.load(str(resource_path("translations", f"coachapp_{language}.qm"))):
        loaded.append(own)
    else:
        log.warning("No CoachApp translation found for %s", language)
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        loaded.append(qt)
    elif language != "en":
        log.warning("No Qt translation found for %s in %s", language, qt_dir)
    if _catalogs.installed_in is not None and _catalogs.installed_in is app:
        for translator in _catalogs.translators:
            app.removeTranslator(translator)
    if app is not None:
        for translator in loaded:
            app.installTranslator(translator)
    _catalogs.translators = loaded
    _catalogs.installed_in = app
    _catalogs.language = language
    QLocale.setDefault(locale_for(language))
    log.info("Language set to %s", language)


def current_language() -> str:
    return _catalogs.language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate like QCoreApplication.translate, with or without an application object."""
    app = QCoreApplication.instance()
    if app is not None and app is _catalogs.installed_in:
        return QCoreApplication.translate(context, text, disambiguation, n)
    result = text
    for translator in _catalogs.translators:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            result = found
            break
    if n < 0:
        return result
    return result.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


class Translatable:
    """`self.tr()` for plain Python classes, with the class name as context as in Qt.

    pyside6-lupdate only recognises plural messages in `tr()` calls, so headless code that
    needs "%n item(s)" puts the text in a method of such a class.
    """

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(type(self).__name__, text, disambiguation or None, n)


class Phrases(Translatable):
    """Values as a sentence writes them: lengths of time ("1 day"), teams (« l’équipe X »)."""

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)

    def team(self, name: str) -> str:
        return self.tr("the {team} team").format(team=name)


def _localised(value: object) -> object:
    """Dates, times, numbers and labels in a message, written the current language's way."""
    if isinstance(value, Message):
        return translate(value.context, value.text)
    if isinstance(value, Days):
        return Phrases().days(value.count)
    if isinstance(value, Team):
        return Phrases().team(value.name)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day),
                                  QLocale.FormatType.ShortFormat)  # fmt: skip
    if isinstance(value, int | float) and not isinstance(value, bool):
        return QLocale().toString(value)  # a float: "9,2" in French
    return value


def long_day(value: date, *, weekday: bool = False) -> str:
    """`value` spelt out ("1 November 2026", with its weekday if asked); French writes the
    first of the month « 1er novembre »."""
    locale = QLocale()
    day = QDate(value.year, value.month, value.day)
    text = locale.toString(day, QLocale.FormatType.LongFormat if weekday else "d MMMM yyyy")
    if value.day == 1 and locale.language() == QLocale.Language.French:
        text = re.sub(r"(?<!\d)1(?= )", "1er", text, count=1)
    return text


def format_value(value: object) -> str:
    """A value inside a sentence: days spelt out ("12 October 2026"), numbers localised."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return long_day(value)
    if value is None:
        return ""
    return str(_localised(value))


def render(message: Message, params: dict[str, object] | None = None) -> str:
    text = translate(message.context, message.text)
    if not params:
        return text
    return text.format(**{name: _localised(value) for name, value in params.items()})


def render_error(error: UserError) -> str:
    return render(error.message, error.params)


def format_time(value: QTime) -> str:
    """A time of day as the language writes it: French « 9 h 30 », « 14 h » (Imprimerie
    nationale), others the locale's short format."""
    locale = QLocale()
    if locale.language() == QLocale.Language.French:
        hour = f"{value.hour()}\u00a0h"
        return f"{hour}\u00a0{value.minute():02d}" if value.minute() else hour
    return locale.toString(value, QLocale.FormatType.ShortFormat)


def format_datetime(instant: datetime) -> str:
    """`instant` in local time: the day in the language's short format, then its time."""
    local = QDateTime.fromSecsSinceEpoch(int(instant.timestamp())).toLocalTime()
    day = QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)
    return f"{day} {format_time(local.time())}"
