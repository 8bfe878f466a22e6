"""Render the application icon from resources/icons/buurtzaak.svg into the PNGs and the Windows .ico.

    python tools/make_icons.py

The generated files are committed: the app, the PyInstaller spec, the installer and the .desktop file use them,
and a build machine then needs neither this script nor an SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "buurtzaak.svg"
SIZES = (16, 32, 48, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs the GUI application
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} kon niet worden gelezen", file=sys.stderr)
        return 1
    pngs = []
    for size in SIZES:
        target = ICONS / f"buurtzaak-{size}.png"
        render(renderer, size).save(str(target), "PNG")
        pngs.append(target)
    # Windows wants every size in one .ico; each size is drawn from the SVG, not scaled from the largest.
    images = [Image.open(png).convert("RGBA") for png in pngs]
    images[-1].save(ICONS / "buurtzaak.ico", format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    del app
    print(f"{len(pngs)} PNG's en buurtzaak.ico geschreven in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
