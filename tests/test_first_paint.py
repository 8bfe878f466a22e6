"""Start-up order: the window's frame, then the Rooster's week (read with sqlite3), are painted before the data layer
loads, and showing the Rooster tab loads no other tab's UI nor the report and spreadsheet libraries. Each run is a
fresh process (sys.modules is shared here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.ui.main_window import MainWindow

# Not loaded once the Rooster tab shows its week: they belong to other tabs, or to printing and exports.
NOT_FOR_THE_ROOSTER = (
    "buurtzaak_desktop.ui.vrijwilligers",
    "buurtzaak_desktop.ui.spreekuur",
    "buurtzaak_desktop.ui.activiteiten",
    "buurtzaak_desktop.ui.begroting",
    "buurtzaak_desktop.ui.regiegroep",
    "buurtzaak_desktop.ui.backup",
    "reportlab",
    "openpyxl",
)
# Not loaded when the Rooster page first shows its week (the start-up tasks that follow may load them): the booking
# dialog and the services that write, with the BHV certificates and activities they check, load when first used.
NOT_TO_SHOW_THE_WEEK = ("buurtzaak_desktop.ui.rooster.booking_dialog", "buurtzaak_desktop.services.rooster.bookings")
DATA_LAYER = ("sqlalchemy", "sqlmodel", "buurtzaak_desktop.db.models", "buurtzaak_desktop.services.context")

START = """
import json, sys
from pathlib import Path
import buurtzaak_desktop.app as app
from buurtzaak_desktop.paths import DataPaths

seen = {}
load = app._load

def load_after_paint(window, paths, smoke):
    seen["painted"] = [name for name in json.loads(sys.argv[2]) if name in sys.modules]
    grid = window.preview.widget() if window.preview is not None else None
    seen["preview"] = [len(grid.view.bookings), grid.visibleRegion().isEmpty()] if grid is not None else None
    shown = json.loads(sys.argv[4])
    window.firstPageShown.connect(lambda: seen.setdefault("shown", [name for name in shown if name in sys.modules]))
    old = window.preview
    if old is not None:  # gone from the screen as the page shows, not only when its deferred delete runs
        window.firstPageShown.connect(lambda: seen.setdefault("preview_left", old.isVisible()))
    return load(window, paths, smoke)

app._load = load_after_paint
code = app.run_app(DataPaths(Path(sys.argv[1])), smoke=True)
seen["rooster"] = [name for name in json.loads(sys.argv[3]) if name in sys.modules]
seen["code"] = code
print("result:", json.dumps(seen))
"""


def start_app(folder: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["BUURTZAAK_LOG_DIR"] = str(folder / "logs")
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    args = [str(folder / "data"), *map(json.dumps, (DATA_LAYER, NOT_FOR_THE_ROOSTER, NOT_TO_SHOW_THE_WEEK))]
    result = subprocess.run(
        [sys.executable, "-c", START, *args], capture_output=True, text=True, env=env, check=True, timeout=120
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("result:"))
    return json.loads(line.removeprefix("result:"))


def test_frame_painted_before_the_data_layer_and_rooster_alone(tmp_path: Path) -> None:
    seen = start_app(tmp_path)
    assert seen["code"] == 0
    assert seen["painted"] == []  # the frame ("Laden…") needs neither SQLAlchemy nor the models
    assert seen["preview"] is None  # a new folder: no file to read a week from
    assert seen["rooster"] == []  # the Rooster tab pulls in no other tab's UI, no ReportLab, no openpyxl
    assert seen["shown"] == []  # nor, to show its week, the booking dialog and the services that write
    assert (tmp_path / "data" / "buurtzaak.sqlite").exists()  # and the database was opened after the paint


def test_week_painted_before_the_data_layer(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "buurtzaak_desktop", "--data-dir", str(tmp_path / "data"), "demo"],
        check=True,
        capture_output=True,
        env=dict(os.environ, BUURTZAAK_LOG_DIR=str(tmp_path / "logs")),
    )
    seen = start_app(tmp_path)
    assert seen["code"] == 0
    assert seen["painted"] == []  # the week's preview needs neither SQLAlchemy nor the models
    assert seen["preview"] is not None and seen["preview"][0] > 0  # the demo's week, read with sqlite3
    assert seen["preview"][1] is False  # on the screen before the data layer loads
    assert seen["preview_left"] is False  # and off it once the page shows (a message box must not keep it there)
    assert seen["rooster"] == [] and seen["shown"] == []


def test_frame_says_loading_until_the_database_is_open(qtbot, qsettings_isolated, context) -> None:
    window = MainWindow(paths=DataPaths(context.paths.root))
    qtbot.addWidget(window)
    painted, shown = [], []
    window.firstPainted.connect(lambda: painted.append(True))
    window.firstPageShown.connect(lambda: shown.append(True))
    window.show()
    qtbot.waitExposed(window)
    assert window.loading_label is not None and window.loading_label.text() == "Laden…"
    assert window.loading_label.isVisible() and not window.pages  # no tab page built without data
    assert str(context.paths.database) in window.data_file_label.text()
    qtbot.waitUntil(lambda: painted == [True])  # app.py opens the database on this signal
    # the shortcuts and the toolbar's icons follow the first paint (they make PySide6 build enums the frame needs not)
    assert window.backup_action.shortcut().toString() == "Ctrl+B" and not window.backup_action.icon().isNull()
    window.set_context(context)
    assert shown == [True] and window.loading_label is None
    assert window.pages["rooster"].isVisible()  # the first tab shows its week
