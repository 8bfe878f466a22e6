"""A server that offers TLS: the app's connection uses it (sslmode=prefer) and says so in the dialog and the status
bar. A second throw-away server of the test's own, listening on 127.0.0.1 with a self-signed certificate."""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from buurtzaak_desktop.db.connection import ServerAddress, probe
from buurtzaak_desktop.db.migrate import open_server
from buurtzaak_desktop.paths import DataPaths
from buurtzaak_desktop.services.context import AppContext
from buurtzaak_desktop.ui.main_window import MainWindow
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.postgresql_only


def _certificate(folder: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=36500))
        .sign(key, hashes.SHA256())
    )
    (folder / "server.crt").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "server.key").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    (folder / "server.key").chmod(0o600)


def _free_port() -> int:
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        return int(probe_socket.getsockname()[1])


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[PostgresServer, int]]:
    server = PostgresServer()
    port = _free_port()
    server._run(
        "initdb", "-D", str(server.data), "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "-U", server.admin_user
    )
    _certificate(server.data)
    if server.user is not None:  # the server runs as this user and must own its key
        for name in ("server.crt", "server.key"):
            os.chown(server.data / name, server.user.pw_uid, server.user.pw_gid)
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='{server.socket}' -c ssl=on "
        "-c fsync=off -c synchronous_commit=off"
    )
    server._run("pg_ctl", "-D", str(server.data), "-o", options, "-l", str(server.root / "server.log"), "-w", "start")
    import psycopg

    with psycopg.connect(host=str(server.socket), port=port, dbname="postgres", user=server.admin_user) as admin:
        admin.autocommit = True
        admin.execute("CREATE DATABASE buurtzaak")
    try:
        yield server, port
    finally:
        server.stop()


def test_a_server_offering_tls_is_connected_to_encrypted(qtbot, qsettings_isolated, tls_server, tmp_path) -> None:
    server, port = tls_server
    address = ServerAddress("127.0.0.1", port, "buurtzaak", server.admin_user)
    report = probe(address, None)
    assert report.encrypted
    assert "De verbinding is versleuteld (TLS)." in report.lines()
    database = open_server(address.url)
    try:
        assert database.encrypted
        window = MainWindow(AppContext(paths=DataPaths(tmp_path / "data", address.url), database=database))
        qtbot.addWidget(window)
        assert window.data_file_label.text() == "Server: 127.0.0.1/buurtzaak (versleuteld)"
    finally:
        database.close()
    unencrypted = open_server(address.url + "?sslmode=disable")  # the URL's own sslmode wins over "prefer"
    try:
        assert not unencrypted.encrypted
    finally:
        unencrypted.close()
