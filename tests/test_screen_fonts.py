"""Names in any script show on the screen with the fonts the app brings (no system font needed)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from buurtzaak_desktop.app import make_application
from buurtzaak_desktop.ui.fonts import load_screen_fonts

NAMES = ("Soufiane शर्मा", "محمد Jansen", "रवि", "Zoë Şahin")


def _missing_glyphs(text: str, font: QFont) -> int:
    """Glyphs Qt could not find in any font: index 0, or a run drawn by the nameless box engine."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return sum(
        len(run.glyphIndexes()) if not run.rawFont().familyName() else list(run.glyphIndexes()).count(0)
        for run in layout.glyphRuns()
    )


def test_every_script_of_a_name_has_glyphs(qapp) -> None:
    make_application()
    families = load_screen_fonts(QApplication.instance())  # type: ignore[arg-type]
    assert {"Noto Sans Arabic", "Noto Sans Devanagari"} <= set(families)
    for name in NAMES:
        assert _missing_glyphs(name, QApplication.font()) == 0, name
