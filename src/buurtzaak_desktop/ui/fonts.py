"""The fonts the PDFs embed, loaded for the screen too: names in Arabic or Devanagari show on a bare Windows or Linux.

Qt falls back to an application font for characters the UI font lacks; Noto is named as a substitute of the UI
font as well, for platforms whose fallback list does not look at application fonts.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.paths import FONTS_DIR

log = logging.getLogger(__name__)

SCREEN_FONT_FILES = (
    "NotoSansArabic-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansDevanagari-Bold.ttf",
)


_loaded: list[str] = []


def load_screen_fonts(app: QApplication) -> list[str]:
    """Add the bundled Noto fonts to the application (once); returns their family names."""
    if _loaded:
        return _loaded
    families = _loaded
    for name in SCREEN_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
        if font_id < 0:
            log.warning("font %s could not be loaded", name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    ui_family = app.font().family()
    QFont.insertSubstitutions(ui_family, families)
    return families
