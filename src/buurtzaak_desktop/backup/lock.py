"""Is the app holding a data folder? Read Qt's lock file (PID, app name, host) without Qt."""

from __future__ import annotations

import os
import socket
import sys

from buurtzaak_desktop.paths import DataPaths


def folder_in_use(paths: DataPaths) -> bool:
    try:
        lines = paths.lock.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return False  # an empty or foreign file: QLockFile itself would treat it as stale
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return True  # a process on another machine: we cannot check it, so assume it is alive
    return pid != os.getpid() and process_alive(pid)


def process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
