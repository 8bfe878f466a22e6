"""The first start on an empty data folder asks: demo data or empty. A refused file offers the ways out."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtzaak_desktop.app import open_context
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.rooms import list_rooms


def click_when_shown(qtbot, label: str) -> list[str]:
    """Clicks the button called ``label`` in the next modal message box; returns that box's texts."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.extend([box.windowTitle(), box.text(), box.informativeText()])
        seen.extend(button.text() for button in box.buttons())
        next(button for button in box.buttons() if button.text() == label).click()

    QTimer.singleShot(0, click)
    return seen


def test_first_start_with_demo_data(qtbot, data_paths: DataPaths) -> None:
    seen = click_when_shown(qtbot, "Begin met demogegevens")
    context = open_context(data_paths)
    assert context is not None
    assert "Begin leeg" in seen and "Welkom bij Buurtzaak" in seen
    assert len(list_rooms(context.database)) == 8
    context.database.close()


def test_first_start_empty(qtbot, data_paths: DataPaths) -> None:
    click_when_shown(qtbot, "Begin leeg")
    context = open_context(data_paths)
    assert context is not None
    assert list_rooms(context.database) == []
    context.database.close()


def test_quit_on_first_start_creates_nothing(qtbot, data_paths: DataPaths) -> None:
    click_when_shown(qtbot, "Afsluiten")
    assert open_context(data_paths) is None
    assert not data_paths.database.exists()


def test_refused_file_names_it_and_leaves_it_alone(qtbot, data_paths: DataPaths) -> None:
    data_paths.ensure()
    data_paths.database.write_text("geen database")
    seen = click_when_shown(qtbot, "Afsluiten")
    assert open_context(data_paths) is None
    assert "Gegevensbestand kan niet worden geopend" in seen
    assert any(str(data_paths.database) in text for text in seen)
    assert {"Andere map kiezen…", "Back-up terugzetten…", "Afsluiten"} <= set(seen)
    assert data_paths.database.read_text() == "geen database"
