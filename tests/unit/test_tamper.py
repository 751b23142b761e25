"""A flipped byte anywhere in vault.db is reported as damage, never shown as data; an edited or deleted
audit row breaks the chain at that row."""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import kd_support
import pytest
from fault_support import scale

from kadin_danisma.domain.errors import VaultDamaged
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import settings, users, vault_service
from kadin_danisma.services.session import Session
from kadin_danisma.vault import audit, repositories
from kadin_danisma.vault.database import errors_translated

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
PAGE = 4096
TABLES = ("users", "settings", "audit_log")
pytestmark = pytest.mark.faults  # part of the fault suite (`make faults`: more flips per page)


def _dump(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    conn = session.connection()
    with errors_translated():
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


@pytest.fixture(scope="module")
def grown_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[tuple[Any, ...]]]]:
    """A vault of a few dozen pages (users, settings, audit rows) and a dump of its rows."""
    folder, _ = kd_support.create_vault(tmp_path_factory.mktemp("tamper") / "vault")
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    users.add_user(session, "ayse.k", "Ayşe Kaya", frozenset({Role.COUNSELOR}), "Mavi-Deniz-2026")
    users.add_user(session, "elif.y", "Elif Yılmaz", frozenset({Role.SUPERVISOR}), "Yesil-Orman-2026")
    settings.set_center_name(session, "Kurcalama Testi Merkezi")
    for i in range(100):
        with session.write() as conn:
            repositories.set_setting(conn, f"ayar-{i}", f"değer {i} " + "ğüşiöç" * 40)
            session.log(conn, "setting_change", f"ayar-{i}", after=i)
    with session.write() as conn:  # leave some free pages behind, which a flip can hit too
        conn.execute("DELETE FROM settings WHERE key GLOB 'ayar-[0-3]*'")
    session.lock()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    assert session.connection().execute("PRAGMA freelist_count").fetchone()[0] > 0
    dump = _dump(session)
    session.lock()
    return folder, dump


def _offsets(size: int) -> list[int]:
    """Page 1 (salt, header, reserved IV/HMAC area) densely, seeded random bytes in every other page
    (free pages included; under `make faults` also one in each page's reserved IV/HMAC tail), and the last
    bytes of the file."""
    rng = random.Random(20260101)
    chosen = {0, 8, 15, 16, 20, 100, 2048, 4000, 4048, 4095}
    chosen |= {k * PAGE + rng.randrange(PAGE) for k in range(1, size // PAGE)}
    for _ in range(scale(0, 1)):
        chosen |= {k * PAGE + PAGE - 1 - rng.randrange(80) for k in range(1, size // PAGE)}
    chosen |= {size - 1, size - 16, size - 48}
    return sorted(chosen)


def test_flipped_byte_never_shows_as_data(
    grown_vault: tuple[Path, dict[str, list[tuple[Any, ...]]]], tmp_path: Path, fault_log
) -> None:
    template, original = grown_vault
    db_bytes = (template / "vault.db").read_bytes()
    size = len(db_bytes)
    assert size % PAGE == 0 and size // PAGE >= 25, "the vault should span many pages"
    offsets = _offsets(size)
    assert len(offsets) >= 35
    last_audit = original["audit_log"][-1][0]
    outcomes: dict[str, int] = {"unlock refused": 0, "read refused": 0, "verify failed": 0}
    problems = []
    compared = 0  # rows read back and compared with the original (a flip in a page no query touched)
    for offset in offsets:
        folder = tmp_path / f"flip-{offset}"
        shutil.copytree(template, folder)
        damaged = bytearray(db_bytes)
        damaged[offset] ^= 0x10
        (folder / "vault.db").write_bytes(damaged)
        try:
            session = vault_service.unlock(folder, ADMIN, PASSWORD)
        except VaultDamaged as exc:
            if "damaged" not in str(exc) or "backup" not in str(exc):
                problems.append(f"{offset}: unclear message {exc}")
            outcomes["unlock refused"] += 1
            continue
        except Exception as exc:
            problems.append(f"{offset}: unlock raised {type(exc).__name__}: {exc}")
            continue
        try:
            try:
                rows = _dump(session)
            except VaultDamaged:
                outcomes["read refused"] += 1
                continue
            rows["audit_log"] = [r for r in rows["audit_log"] if r[0] <= last_audit]
            if rows != original:
                problems.append(f"{offset}: different data returned silently")
            compared += sum(len(v) for v in rows.values())
            try:
                report = vault_service.verify_session(session)
            except VaultDamaged:
                outcomes["verify failed"] += 1
                continue
            if report.ok:
                problems.append(f"{offset}: verify reported ok")
            else:
                assert not dict((n, ok) for n, ok, _ in report.checks)["integrity"]
                outcomes["verify failed"] += 1
        finally:
            session.lock()
    assert problems == []
    assert sum(outcomes.values()) == len(offsets)
    assert outcomes["verify failed"] > 0, "no flip reached verify (free pages); the fixture changed?"
    fault_log.record("byte flips: database", iterations=len(offsets), faults=len(offsets),
                     rows_verified=compared,
                     note=f"{size // PAGE} pages: {outcomes}")


def test_unflipped_copy_verifies(grown_vault: tuple[Path, Any], tmp_path: Path) -> None:
    """Control: the same procedure without a flip succeeds, so the test above can tell the difference."""
    template, original = grown_vault
    shutil.copytree(template, tmp_path / "v")
    session = vault_service.unlock(tmp_path / "v", ADMIN, PASSWORD)
    try:
        rows = _dump(session)
        last = original["audit_log"][-1][0]
        rows["audit_log"] = [r for r in rows["audit_log"] if r[0] <= last]
        assert rows == original
        assert vault_service.verify_session(session).ok
    finally:
        session.lock()


def _tamper_audit(folder: Path, *statements: str) -> None:
    vault, conn = kd_support.raw_connection(folder)
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()
        vault.close()


def _chain(folder: Path) -> audit.ChainReport:
    vault, conn = kd_support.raw_connection(folder)
    try:
        return audit.verify(conn, vault.audit_key)
    finally:
        conn.close()
        vault.close()


@pytest.fixture
def chained(grown_vault: tuple[Path, Any], tmp_path: Path) -> Path:
    shutil.copytree(grown_vault[0], tmp_path / "v")
    return tmp_path / "v"


def test_chain_intact_before_tampering(chained: Path) -> None:
    report = _chain(chained)
    assert report.ok and report.entries > 100 and report.first_bad_id is None


def test_triggers_refuse_edits(chained: Path) -> None:
    vault, conn = kd_support.raw_connection(chained)
    try:
        for sql in ("UPDATE audit_log SET details = '{}' WHERE id = 5", "DELETE FROM audit_log WHERE id = 5"):
            with pytest.raises(Exception, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()
        vault.close()
    assert _chain(chained).ok


@pytest.mark.parametrize("sql,bad", [
    ("UPDATE audit_log SET details = '{\"after\":999}' WHERE id = 40", 40),
    ("UPDATE audit_log SET action = 'lock' WHERE id = 41", 41),
    ("UPDATE audit_log SET user_id = 2 WHERE id = 42", 42),
    ("UPDATE audit_log SET at = '2020-01-01T00:00:00.000000+00:00' WHERE id = 43", 43),
    ("DELETE FROM audit_log WHERE id = 44", 44),
    ("UPDATE audit_log SET hash = (SELECT hash FROM audit_log WHERE id = 10) WHERE id = 45", 45),
])
def test_edited_or_deleted_row_breaks_the_chain_there(chained: Path, sql: str, bad: int, fault_log) -> None:
    _tamper_audit(chained, sql)
    report = _chain(chained)
    assert not report.ok
    assert report.first_bad_id == bad
    session = vault_service.unlock(chained, ADMIN, PASSWORD)
    try:
        checks = {name: ok for name, ok, _ in vault_service.verify_session(session).checks}
        assert checks == {"integrity": True, "audit_chain": False, "field_history": True, "key_slots": True,
                          "rollback": True}
    finally:
        session.lock()
    fault_log.record("audit chain tampering", iterations=1, faults=1, rows_verified=report.entries)
