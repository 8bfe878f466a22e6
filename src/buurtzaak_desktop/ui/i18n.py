"""Dutch first, English second: our translations and Qt's own (file dialogs, print dialog, buttons)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from buurtzaak_desktop.domain.dates import Month, Weekday
from buurtzaak_desktop.domain.errors import BuurtzaakError, Phrase, Phrases, is_dates
from buurtzaak_desktop.paths import TRANSLATIONS_DIR
from buurtzaak_desktop.ui.dates import format_date, format_month, use_locale, weekday_name

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []  # Qt does not own translators: keep them alive here


def choose_language(requested: str | None) -> str:
    """--lang wins, then the language chosen in Instellingen on this machine, then Dutch."""
    if requested in LANGUAGES:
        return requested
    saved = QSettings().value("language", DEFAULT_LANGUAGE)
    return saved if saved in LANGUAGES else DEFAULT_LANGUAGE


def install_translations(app: QCoreApplication, language: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(
        QLocale.Language.Dutch if language == "nl" else QLocale.Language.English, QLocale.Country.Netherlands
    )
    QLocale.setDefault(locale)
    use_locale(locale)  # the day and month names in the window's texts
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language != "nl":  # our source texts are Dutch; other languages come from translations/*.qm
        candidates += [(qm.stem, str(TRANSLATIONS_DIR)) for qm in sorted(TRANSLATIONS_DIR.glob(f"*_{language}.qm"))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def installed_translations() -> list[str]:
    """The file names of the translations in use (for --smoke and the packaging test)."""
    return [Path(translator.filePath()).name for translator in _installed]


def shown_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """A message's values as the window's language writes them: days ("Thu 3 December 2026") and months
    ("November 2026") through QLocale."""
    return {name: _shown(value) for name, value in params.items()}


def _shown(value: Any) -> Any:
    if isinstance(value, Phrases):
        return value.separator.join(_shown(part) for part in value.parts)
    if isinstance(value, Phrase):
        return QCoreApplication.translate("core", value.template).format(**shown_params(dict(value.params)))
    if isinstance(value, Weekday):
        return weekday_name(value.number)
    if isinstance(value, Month):
        return format_month(value.first)
    if not is_dates(value):
        return value
    return ", ".join(format_date(day) for day in value) if isinstance(value, (list, tuple)) else format_date(value)


def error_text(error: BuurtzaakError) -> str:
    """The core's Dutch message, translated to the window's language before its values are filled in."""
    return QCoreApplication.translate("core", error.template).format(**shown_params(error.params))


def core_label(text: str) -> str:
    """A word the core marked with QT_TRANSLATE_NOOP("core", …) (a status, a dagdeel) in the window's language."""
    return QCoreApplication.translate("core", text)
