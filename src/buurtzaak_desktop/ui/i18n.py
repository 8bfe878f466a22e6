"""Dutch first, English second: our translations and Qt's own (file dialogs, print dialog, buttons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from buurtzaak_desktop.domain.errors import BuurtzaakError
from buurtzaak_desktop.paths import TRANSLATIONS_DIR

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
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English, QLocale.Country.Netherlands)
    )
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


def error_text(error: BuurtzaakError) -> str:
    """The core's Dutch message, translated to the window's language before its values are filled in."""
    return QCoreApplication.translate("core", error.template).format(**error.params)
