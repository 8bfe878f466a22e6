"""Start-up time: from process start until the main window is painted, and until the current week's grid is filled.

Compares `buurtzaak --smoke` on a demo data folder with a bare PySide6 QMainWindow with five empty tabs, both
started as fresh processes in the same run, interleaved, several times each; prints the medians of the wall-clock
times, the processor time the child had used by then, and the ratios (goals: painted <= 1.5, grid filled <= 3).

    python bench/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The app child runs `buurtzaak --smoke` as the installed command does (nothing imported before it). An import hook
# waits for the main window's and the Rooster grid's modules and then watches their paint events: "painted" is the
# turn of the event loop after the main window's first paint, "filled" the start of the Rooster grid's first paint
# (its week is set before it is shown; drawing it takes a few ms more): the week read with sqlite3 before the data
# layer loads (ui/rooster/preview.py), and "ready" the first paint of the Rooster page's own grid, the data layer
# loaded. Each mark is the seconds since T0 (taken by the parent just before starting the child) and the child's
# processor seconds.
APP_CHILD = """
import importlib.abc, importlib.util, os, sys, time
T0 = float(os.environ["T0"])
marks = {}

def mark(name):
    if name in marks:
        return
    marks[name] = (time.time() - T0, time.process_time())

def watch_window(module):  # the turn after the frame's first paint: queued before the window's own zero timers
    from PySide6.QtCore import QTimer

    paint = module.MainWindow.paintEvent
    def paint_and_mark(self, event):
        if "painted" not in marks:
            QTimer.singleShot(0, lambda: mark("painted"))
        return paint(self, event)
    module.MainWindow.paintEvent = paint_and_mark

def watch_grid(module):  # now, not a turn later: the load is queued for that turn
    paint = module.RoosterGrid.paintEvent
    def paint_and_mark(self, event):
        mark("filled")  # the week read with sqlite3 before the data layer loads (or the page's own)
        if self.objectName() != "first_week_preview":
            mark("ready")  # the Rooster page itself, with the data layer loaded
        return paint(self, event)
    module.RoosterGrid.paintEvent = paint_and_mark

# Wrapping the two classes' paintEvent costs nothing elsewhere (an event filter on the application would wrap every
# object that gets an event in Python, and make PySide6 build their types' enums: time the bare window never pays).
WATCHED = {"buurtzaak_desktop.ui.main_window": watch_window, "buurtzaak_desktop.ui.rooster.grid": watch_grid}

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in WATCHED:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        exec_module, watch = spec.loader.exec_module, WATCHED.pop(name)
        def exec_and_watch(module):
            exec_module(module)
            watch(module)
        spec.loader.exec_module = exec_and_watch
        return spec

sys.meta_path.insert(0, Hook())
from buurtzaak_desktop.cli import main
sys.argv = ["buurtzaak", "--data-dir", sys.argv[1], "--smoke"]
main()  # as the installed command calls it; ends as usual: it unlocks the data folder before the print below
if "ready" not in marks:
    sys.exit("the Rooster page's grid was never painted")
print("bench:", *marks.get("painted", marks["filled"]), *marks["filled"], *marks["ready"], flush=True)
"""

BARE_CHILD = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for title in ("Rooster", "Vrijwilligers", "Spreekuur", "Activiteiten", "Begroting"):
    tabs.addTab(QWidget(), title)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
QApplication.processEvents()
print("bench:", time.time() - float(os.environ["T0"]), time.process_time(), flush=True)
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def time_child(code: str, *args: str) -> list[float]:
    env = dict(os.environ, T0=repr(time.time()))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True, timeout=120
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("bench:"))  # --smoke prints too
    return [float(word) for word in line.split()[1:]]


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:5.0f} ms (min {min(values) * 1000:4.0f})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        os.environ["BUURTZAAK_LOG_DIR"] = str(Path(folder) / "logs")
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        subprocess.run(
            [sys.executable, "-m", "buurtzaak_desktop", "--data-dir", str(data), "demo"],
            check=True,
            capture_output=True,
        )
        time_child(APP_CHILD, str(data))  # warm the file cache and write the .pyc files
        time_child(BARE_CHILD)
        app_runs, bare_runs = [], []
        for _ in range(options.runs):  # interleaved, so that a busy moment hits both alike
            app_runs.append(time_child(APP_CHILD, str(data)))
            bare_runs.append(time_child(BARE_CHILD))
    columns = (list(column) for column in zip(*app_runs, strict=True))
    painted, painted_cpu, filled, filled_cpu, ready, ready_cpu = columns
    bare, bare_cpu = (list(column) for column in zip(*bare_runs, strict=True))
    bare_median = statistics.median(bare)
    print(f"runs: {options.runs} each, platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    print(f"bare QMainWindow, 5 tabs: {ms(bare)}  processor {ms(bare_cpu)}")
    print(f"buurtzaak window painted: {ms(painted)}  processor {ms(painted_cpu)}")
    print(f"buurtzaak week grid filled: {ms(filled)}  processor {ms(filled_cpu)}")
    print(f"buurtzaak Rooster page ready: {ms(ready)}  processor {ms(ready_cpu)}")
    print(f"ratio painted: {statistics.median(painted) / bare_median:.2f}  (goal <= 1.5)")
    print(f"ratio week grid filled: {statistics.median(filled) / bare_median:.2f}  (goal <= 3)")
    print(f"ratio Rooster page ready: {statistics.median(ready) / bare_median:.2f}  (no goal: the data layer loaded)")


if __name__ == "__main__":
    main()
