"""Start-up time: from process start until the main window with demo data is shown.

Compares `buurtzaak --smoke` on a demo data folder with a bare PySide6 QMainWindow with five empty tabs, both
started as fresh processes in the same run, several times each; prints the medians and the ratio (goal <= 1.5).

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

# Both children print the seconds since T0 (taken by this process just before starting them) once the window
# has been shown and painted, then quit.
APP_CHILD = """
import os, sys, time
from buurtzaak_desktop.preload import preload_core
preload_core()  # as `buurtzaak` does before it imports Qt
from PySide6.QtWidgets import QApplication
import buurtzaak_desktop.ui.main_window as main_window
original_show = main_window.MainWindow.show
def show(self):
    original_show(self)
    QApplication.processEvents()
    print(time.time() - float(os.environ["T0"]), flush=True)
main_window.MainWindow.show = show
from buurtzaak_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "--smoke"]))
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
print(time.time() - float(os.environ["T0"]), flush=True)
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def time_child(code: str, *args: str) -> float:
    env = dict(os.environ, T0=repr(time.time()))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
    return float(result.stdout.split()[0])  # the time comes first; --smoke prints its report after it


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
        app_times, bare_times = [], []
        for _ in range(options.runs):  # interleaved, so that a busy moment hits both alike
            app_times.append(time_child(APP_CHILD, str(data)))
            bare_times.append(time_child(BARE_CHILD))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"runs: {options.runs} each, platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    print(f"buurtzaak (demo data): median {app_median * 1000:.0f} ms  (min {min(app_times) * 1000:.0f})")
    print(f"bare QMainWindow:      median {bare_median * 1000:.0f} ms  (min {min(bare_times) * 1000:.0f})")
    print(f"ratio: {app_median / bare_median:.2f}  (goal <= 1.5)")


if __name__ == "__main__":
    main()
