"""A throw-away PostgreSQL server for the tests: initdb and pg_ctl in a temporary folder, a unix socket, no port.

Started once per test session (tests/conftest.py, when BUURTZAAK_TEST_ENGINE=postgresql). PostgreSQL refuses to
run as root, so as root the server runs as the system user ``postgres`` (the Debian package makes it) or else
``nobody``; the folder is handed to that user. Each test gets a fresh database copied from a migrated template.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

ENGINE_VARIABLE = "BUURTZAAK_TEST_ENGINE"
TEMPLATE = "buurtzaak_template"


def wanted() -> bool:
    return os.environ.get(ENGINE_VARIABLE, "sqlite").lower() in ("postgresql", "postgres", "pg")


def _bin_dir() -> Path:
    """The newest installed server's programs (Debian keeps them out of PATH, under /usr/lib/postgresql/NN/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).resolve().parent
    raise RuntimeError(f"{ENGINE_VARIABLE}=postgresql, but no PostgreSQL server is installed (apt install postgresql)")


def _server_user() -> pwd.struct_passwd | None:
    """None when we are not root: the server runs as ourselves."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root and there is no 'postgres' or 'nobody' user to run PostgreSQL as")


class PostgresServer:
    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.user = _server_user()
        self.root = Path(tempfile.mkdtemp(prefix="buurtzaak-pg-"))
        self.data = self.root / "data"
        self.socket = self.root / "socket"
        self.socket.mkdir()
        if self.user is not None:
            for path in (self.root, self.socket):
                os.chown(path, self.user.pw_uid, self.user.pw_gid)
        self.admin_user = self.user.pw_name if self.user else pwd.getpwuid(os.geteuid()).pw_name

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user.pw_name, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, cwd=self.root, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:1])} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")

    def start(self) -> PostgresServer:
        self._run(
            "initdb", "-D", str(self.data), "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "-U", self.admin_user
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w", "start")
        return self

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.admin_user}@/{database}?host={self.socket}"

    def admin(self, sql: str) -> None:
        """One statement outside a transaction (CREATE/DROP DATABASE cannot run in one)."""
        import psycopg

        with psycopg.connect(f"host={self.socket} dbname=postgres user={self.admin_user}", autocommit=True) as conn:
            conn.execute(sql)

    def fresh_database(self, name: str, template: str = TEMPLATE) -> str:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)
