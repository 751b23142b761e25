"""What is on disk: no SQLite header, no plaintext anywhere (during a write transaction and after lock),
connection settings checked on every open, and migrations that refuse a newer vault."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain.errors import VaultDamaged, VaultTooNew
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import settings, users, vault_service
from kadin_danisma.vault import database, migrations, repositories

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD


def test_file_has_no_sqlite_header(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    head = (folder / "vault.db").read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    assert b"SQLite" not in head


def test_marker_absent_from_disk_during_write_and_after_lock(
    vault: tuple[Path, str], isolated_env: kd_support.Env
) -> None:
    folder, _ = vault
    marker = f"ZZ-CANARY-Şİğ-{uuid.uuid4()}"
    needles = kd_support.text_needles(marker)
    roots = [folder, *isolated_env.scan_roots]
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        users.add_user(session, "ayse.k", f"{marker} Ayşe", frozenset({Role.COUNSELOR}), "Mavi-Deniz-2026")
        settings.set_center_name(session, f"{marker} Merkez")
        assert marker in settings.center_name(session)  # it did go in
        assert kd_support.scan(roots, needles) == []
        with session.write() as conn:
            # Enough rows (~3 MB) that SQLite spills dirty pages before COMMIT.
            for i in range(3000):
                repositories.set_setting(conn, f"canary-{i}", f"{marker}-{i}-" + "x" * 900)
            assert conn.in_transaction
            hits = kd_support.scan(roots, needles)
            assert hits == []
            assert (folder / "vault.db-wal").exists()  # the spill went somewhere: into the encrypted WAL
        assert kd_support.scan(roots, needles) == []
        assert repositories.get_setting(session.connection(), "canary-2999", "").startswith(marker)
    finally:
        session.lock()
    assert kd_support.scan(roots, needles) == []
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json", "keyslots.json.lock", "vault.db"]


def test_connection_settings(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        conn = session.connection()
        got = {p: conn.execute(f"PRAGMA {p}").fetchone()[0] for p in
               ("journal_mode", "synchronous", "temp_store", "cipher_memory_security", "foreign_keys",
                "secure_delete", "cipher_use_hmac", "cipher_plaintext_header_size")}
        assert str(got.pop("journal_mode")).lower() == "wal"
        assert {k: int(v) for k, v in got.items()} == {
            "synchronous": 2, "temp_store": 2, "cipher_memory_security": 1, "foreign_keys": 1,
            "secure_delete": 1, "cipher_use_hmac": 1, "cipher_plaintext_header_size": 0,
        }
        report = database.check_settings(conn)
        assert report["cipher_version"].startswith("4.")
    finally:
        session.lock()


@pytest.mark.parametrize("pragma,bad", [
    ("synchronous", "NORMAL"), ("temp_store", "FILE"), ("foreign_keys", "OFF"), ("journal_mode", "DELETE"),
])
def test_check_settings_refuses_a_mismatch(vault: tuple[Path, str], pragma: str, bad: str) -> None:
    folder, _ = vault
    v, conn = kd_support.raw_connection(folder)
    try:
        database.check_settings(conn)
        conn.execute(f"PRAGMA {pragma} = {bad}")
        with pytest.raises(database.InsecureConfiguration, match=pragma):
            database.check_settings(conn)
    finally:
        conn.close()
        v.close()


class _FakeCursor:
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows[0] if self._rows else None

    def __iter__(self) -> Any:
        return iter(self._rows)


class _Rewriting:
    """A connection whose PRAGMA statements are quietly changed or answered, as a misbehaving build might."""

    def __init__(self, conn: Any, old: str, new: str, answers: dict[str, list[tuple[Any, ...]]]) -> None:
        self._conn, self._old, self._new, self._answers = conn, old, new, answers

    def execute(self, sql: str, *args: Any) -> Any:
        if sql in self._answers:
            return _FakeCursor(self._answers[sql])
        return self._conn.execute(sql.replace(self._old, self._new), *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.mark.parametrize("old,new,answers", [
    ("temp_store = MEMORY", "temp_store = FILE", {}),
    ("synchronous = FULL", "synchronous = OFF", {}),
    ("foreign_keys = ON", "foreign_keys = OFF", {}),
    ("journal_mode = WAL", "journal_mode = DELETE", {}),
    # cipher_memory_security cannot be turned off again in a process once on: answer the read-back instead.
    ("", "", {"PRAGMA cipher_memory_security": [("0",)]}),
    ("", "", {"PRAGMA cipher_use_hmac": [("0",)]}),
    ("", "", {"PRAGMA cipher_plaintext_header_size": [("32",)]}),
    ("", "", {"PRAGMA cipher_version": [("3.4.2",)]}),
    ("", "", {"PRAGMA compile_options": [("THREADSAFE=1",)]}),
])
def test_connect_refuses_when_a_setting_does_not_take(
    vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, old: str, new: str,
    answers: dict[str, list[tuple[Any, ...]]],
) -> None:
    folder, _ = vault
    v, conn = kd_support.raw_connection(folder)
    conn.close()
    real_connect = database.sqlcipher3.connect
    monkeypatch.setattr(database.sqlcipher3, "connect",
                        lambda *a, **k: _Rewriting(real_connect(*a, **k), old, new, answers))
    try:
        with pytest.raises(database.InsecureConfiguration):
            database.connect(v.db_path, v._key)
    finally:
        v.close()
    monkeypatch.undo()
    # Control: without the interference the same call succeeds.
    v, conn = kd_support.raw_connection(folder)
    conn.close()
    v.close()


def test_wrong_raw_key_is_detected_at_once(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    with pytest.raises(VaultDamaged):
        database.connect(folder / "vault.db", b"\x01" * 32)


def test_migrations_numbered_increasing() -> None:
    numbers = [n for n, _ in migrations.MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1))
    assert numbers[-1] == migrations.LATEST


def test_new_vault_is_at_latest_level(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    v, conn = kd_support.raw_connection(folder)
    try:
        assert migrations.schema_version(conn) == migrations.LATEST
        assert migrations.migrate(conn, v.migration_keys()) == 0
    finally:
        conn.close()
        v.close()


def test_vault_from_newer_version_refused_untouched(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    v, conn = kd_support.raw_connection(folder)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    v.close()
    digest = hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest()
    with pytest.raises(VaultTooNew) as info:
        vault_service.unlock(folder, ADMIN, PASSWORD)
    message = str(info.value)
    assert "newer" in message and "update" in message and str(migrations.LATEST + 1) in message
    assert hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json", "keyslots.json.lock", "vault.db"]


def test_failed_migration_leaves_the_old_level(
    vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = vault
    broken = (migrations.LATEST + 1, "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);")
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    with pytest.raises(VaultDamaged):
        vault_service.unlock(folder, ADMIN, PASSWORD)
    monkeypatch.undo()
    v, conn = kd_support.raw_connection(folder)
    try:
        assert migrations.schema_version(conn) == migrations.LATEST
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        assert "half_done" not in tables
    finally:
        conn.close()
        v.close()
    vault_service.unlock(folder, ADMIN, PASSWORD).lock()


def test_settings_changes_are_audited_and_bounded(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        settings.set_idle_lock_minutes(session, 12)
        assert settings.idle_lock_minutes(session) == 12
        row = session.connection().execute(
            "SELECT target, details FROM audit_log WHERE action = 'setting_change' ORDER BY id DESC").fetchone()
        assert row == ("idle_lock_minutes", '{"after":"12","before":"5"}')
        for bad in (0, 61):
            with pytest.raises(Exception, match="between"):
                settings.set_idle_lock_minutes(session, bad)
    finally:
        session.lock()


def test_scanner_finds_plaintext(isolated_env: kd_support.Env) -> None:
    """Control for the leak tests: the scan does find a marker written in the clear, in each encoding."""
    marker = f"ZZ-CANARY-Şİğ-{uuid.uuid4()}"
    for i, (label, data) in enumerate(kd_support.text_needles(marker).items()):
        (isolated_env.tmp / f"leak{i}.bin").write_bytes(b"\x00prefix" + data + b"suffix")
        assert any(label in hit for hit in kd_support.scan([isolated_env.tmp], {label: data}))
