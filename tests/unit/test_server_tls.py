"""Over the network only TLS with the center's certificate (issue 16): a cluster of its own listening on the
loopback address with a certificate from a test CA; signing in over TCP works with that CA, and is refused,
before any password goes out, with another CA or when the server offers no TLS."""

from __future__ import annotations

import datetime
import ipaddress
import os
import pwd
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kd_support
import pg_cluster
import psycopg
import pytest
import server_support
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kadin_danisma.domain.errors import ServerInsecure, ServerUnavailable
from kadin_danisma.services import server_service


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_ca(folder: Path, name: str) -> tuple[Any, Any, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(name)).issuer_name(_name(name)).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True).sign(key, hashes.SHA256()))
    path = folder / f"{name}.crt"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, path


def server_cert(ca_key: Any, ca_cert: Any, data: Path, owner: str | None) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False).sign(ca_key, hashes.SHA256()))
    (data / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (data / "server.key").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                        serialization.PrivateFormat.PKCS8,
                                                        serialization.NoEncryption()))
    (data / "server.key").chmod(0o600)
    if owner:
        entry = pwd.getpwnam(owner)
        for f in ("server.crt", "server.key"):
            os.chown(data / f, entry.pw_uid, entry.pw_gid)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def tls_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[pg_cluster.Cluster, int, Path, Path]]:
    server_support.harness()  # skips (or fails in CI) like every server test when PostgreSQL is missing
    folder = tmp_path_factory.mktemp("tls")
    ca_key, ca_cert, ca_path = make_ca(folder, "merkez-ca")
    _, _, wrong_path = make_ca(folder, "baska-ca")
    cluster = pg_cluster.Cluster.start()
    try:
        server_cert(ca_key, ca_cert, cluster.data, cluster.run_as)
        port = free_port()
        with open(cluster.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(f"ssl = on\nlisten_addresses = '127.0.0.1'\nport = {port}\n")
        cluster.stop()
        cluster.port = port
        cluster.pg_ctl_start()
        with psycopg.connect(cluster.superuser_dsn(), autocommit=True) as su:
            su.execute("CREATE DATABASE kd_tls")
        server_service.init(cluster.superuser_dsn("kd_tls"), "tls.admin", "TLS", kd_support.PASSWORD, "TLS Merkezi")
        yield cluster, port, ca_path, wrong_path
    finally:
        cluster.remove()


def test_over_tcp_with_the_centers_certificate(tls_cluster: Any) -> None:
    _cluster, port, ca, _ = tls_cluster
    session = server_service.login(f"host=localhost port={port} dbname=kd_tls sslrootcert={ca}", "tls.admin",
                                   kd_support.PASSWORD)
    try:
        described = session.store.describe(session.connection())
        assert described["transport"].startswith("true TLSv1.3"), described
        assert session.store.audit_verify(session.connection()).ok
    finally:
        session.lock()


def test_another_ca_or_no_tls_is_refused_before_the_password_goes_out(tls_cluster: Any) -> None:
    cluster, port, ca, wrong = tls_cluster
    with pytest.raises(ServerInsecure):
        server_service.login(f"host=localhost port={port} dbname=kd_tls sslrootcert={wrong}", "tls.admin",
                             kd_support.PASSWORD)
    with pytest.raises(ServerInsecure):  # the certificate names localhost, not this address
        server_service.login(f"host=kd.baska.local hostaddr=127.0.0.1 port={port} dbname=kd_tls sslrootcert={ca}",
                             "tls.admin",
                             kd_support.PASSWORD)
    with pytest.raises(ServerInsecure):
        server_service.login(f"host=localhost port={port} dbname=kd_tls sslmode=require", "tls.admin",
                             kd_support.PASSWORD)
    # The same server with TLS switched off: verify-full cannot be met, nothing is sent.
    with open(cluster.data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("ssl = off\n")
    cluster.restart()
    try:
        with pytest.raises((ServerInsecure, ServerUnavailable)) as caught:
            server_service.login(f"host=localhost port={port} dbname=kd_tls sslrootcert={ca}", "tls.admin",
                                 kd_support.PASSWORD)
        assert "wrong user name" not in str(caught.value)
    finally:
        with open(cluster.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("ssl = on\n")
        cluster.restart()
