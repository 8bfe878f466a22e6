"""A second start on the same data folder does not open the file twice; a crashed run's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from buurtzaak_desktop.app import acquire_lock
from buurtzaak_desktop.paths import DataPaths


def test_second_lock_on_same_folder_is_refused(qapp, data_paths: DataPaths) -> None:
    first = acquire_lock(data_paths)
    assert first is not None
    holder = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            from buurtzaak_desktop.app import acquire_lock
            from buurtzaak_desktop.paths import DataPaths
            from pathlib import Path
            print(acquire_lock(DataPaths(Path({str(data_paths.root)!r}))) is None)
        """),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert holder.stdout.strip() == "True"
    first.unlock()
    again = acquire_lock(data_paths)
    assert again is not None
    again.unlock()


def test_stale_lock_of_a_killed_process_is_taken_over(qapp, data_paths: DataPaths) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from buurtzaak_desktop.app import acquire_lock
            from buurtzaak_desktop.paths import DataPaths
            lock = acquire_lock(DataPaths(Path({str(data_paths.root)!r})))
            print("locked", flush=True)
            time.sleep(60)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    assert acquire_lock(data_paths) is None
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert data_paths.lock.exists()  # the crash left its lock behind
    lock = acquire_lock(data_paths)
    assert lock is not None
    lock.unlock()
