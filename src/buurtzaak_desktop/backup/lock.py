"""The data folder's lock, without Qt: read and take the same lock file the app takes with QLockFile.

The file holds five lines, as Qt 6 writes them: PID, the holder's process name, host name, machine id and boot id.
A lock is stale (and is taken over) when its process is gone, when its PID now belongs to another program (the
process name differs, e.g. after a reboot), or when it was written before the last boot; a lock from another host is
assumed alive, since it cannot be checked. The app's QLockFile applies the same rules, so the app and the command
line see each other's locks.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from buurtzaak_desktop.domain.errors import QT_TRANSLATE_NOOP, StorageError
from buurtzaak_desktop.paths import DataPaths


class FolderInUse(StorageError):
    """Another Buurtzaak (the app or a command that still runs) holds the data folder."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "De gegevensmap {folder} is in gebruik door Buurtzaak (het programma of een opdracht die nog loopt). "
                "Sluit het programma en probeer het opnieuw als de opdracht klaar is.",
            ),
            folder=str(folder),
        )


@dataclass(frozen=True)
class LockHolder:
    pid: int
    process: str
    host: str
    boot: str


def read_holder(lock: Path) -> LockHolder | None:
    """Who wrote the lock file, or None for a missing, empty or foreign file (QLockFile treats those as stale)."""
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None
    lines += [""] * 5
    return LockHolder(pid, lines[1], lines[2], lines[4])


def is_stale(holder: LockHolder) -> bool:
    if holder.host and holder.host != socket.gethostname():
        return False  # a process on another machine: we cannot check it, so assume it is alive
    if holder.boot and _boot_id() and holder.boot != _boot_id():
        return True  # written before the last restart of this computer
    if not process_alive(holder.pid):
        return True
    name = process_name(holder.pid)
    return bool(name and holder.process and name != holder.process)  # the PID now belongs to another program


def folder_in_use(paths: DataPaths) -> bool:
    """Does another process hold the data folder (the app's lock is taken here too, so our own PID does not count)?"""
    holder = read_holder(paths.lock)
    return holder is not None and holder.pid != os.getpid() and not is_stale(holder)


@contextlib.contextmanager
def holding_folder(paths: DataPaths) -> Iterator[None]:
    """Hold the data folder's lock while a command writes; refuses (FolderInUse) while another Buurtzaak holds it."""
    paths.ensure()
    for _attempt in range(3):
        try:
            descriptor = os.open(paths.lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = read_holder(paths.lock)
            if holder is not None and not is_stale(holder):
                raise FolderInUse(paths.root) from None
            with contextlib.suppress(FileNotFoundError):
                paths.lock.unlink()  # a crashed run, or a PID that now belongs to another program
            continue
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(_own_contents())
        break
    else:
        raise FolderInUse(paths.root)
    try:
        yield
    finally:
        holder = read_holder(paths.lock)
        if holder is not None and holder.pid == os.getpid():
            with contextlib.suppress(OSError):
                paths.lock.unlink()


def _own_contents() -> str:
    lines = [str(os.getpid()), process_name(os.getpid()), socket.gethostname(), _machine_id(), _boot_id()]
    return "\n".join(lines) + "\n"


def process_name(pid: int) -> str:
    """The program a PID runs, as QLockFile names it (the executable's file name); "" where that is unknown."""
    if sys.platform.startswith("linux"):
        try:
            target = os.readlink(f"/proc/{pid}/exe")
        except OSError:
            return ""
        return Path(target.removesuffix(" (deleted)")).name
    return Path(sys.executable).name if pid == os.getpid() else ""


def _read_first_line(*candidates: str) -> str:
    for candidate in candidates:
        with contextlib.suppress(OSError):
            return Path(candidate).read_text(encoding="ascii", errors="replace").strip()
    return ""


def _machine_id() -> str:
    return _read_first_line("/etc/machine-id", "/var/lib/dbus/machine-id") if sys.platform.startswith("linux") else ""


def _boot_id() -> str:
    return _read_first_line("/proc/sys/kernel/random/boot_id") if sys.platform.startswith("linux") else ""


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
