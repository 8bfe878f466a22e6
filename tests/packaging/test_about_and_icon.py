"""The application icon and the "Over Buurtzaak" dialog: icon, version, data file and licence."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PIL import Image

from buurtzaak_desktop import __version__
from buurtzaak_desktop.paths import ICONS_DIR
from buurtzaak_desktop.ui.app_icon import ICON_SIZES
from buurtzaak_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_version_comes_from_pyproject() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert __version__ == pyproject["project"]["version"]


def test_every_icon_size_is_drawn_and_in_the_ico() -> None:
    for size in ICON_SIZES:
        with Image.open(ICONS_DIR / f"buurtzaak-{size}.png") as png:
            assert png.size == (size, size)
            assert png.getchannel("A").getextrema() == (0, 255)  # transparent corners, opaque house
    with Image.open(ICONS_DIR / "buurtzaak.ico") as ico:
        assert set(ico.info["sizes"]) == {(size, size) for size in ICON_SIZES}


def test_application_has_the_window_icon(qsettings_isolated, qapp) -> None:
    sizes = {(size.width(), size.height()) for size in qapp.windowIcon().availableSizes()}
    assert sizes == {(size, size) for size in ICON_SIZES}


def test_about_box_shows_icon_version_data_file_and_licence(qtbot, qsettings_isolated, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    box = window.about_box()
    assert box.windowTitle() == "Over Buurtzaak"
    assert not box.iconPixmap().isNull()
    assert f"Buurtzaak {__version__}" in box.text()
    assert str(context.paths.database) in box.text()
    assert "GNU GPL versie 3 of later" in box.text()
