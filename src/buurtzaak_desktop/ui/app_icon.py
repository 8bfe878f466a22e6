"""The application icon (a house with a speech bubble), drawn in resources/icons/buurtzaak.svg.

The PNGs rendered from it by tools/make_icons.py are used rather than the SVG itself, so that the bundle needs no
SVG plug-in and each size is the one drawn for it.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from buurtzaak_desktop.paths import ICONS_DIR

ICON_SIZES = (16, 32, 48, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICONS_DIR / f"buurtzaak-{size}.png"))
    return icon


def app_pixmap(size: int = 64) -> QPixmap:
    return app_icon().pixmap(size, size)
