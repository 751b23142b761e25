"""Every check of `verify --backup` still catches its own fault now that the checks share two cores and the
page HMACs are checked once. Each fault is made by someone holding the key (checksums, sizes and the
manifest's MAC put right, `backup_craft.resign`), so only the check under test can notice it: a flipped
byte in a page in use and in a free page, a page added at the end, a changed manifest, an altered audit
chain, a moved head, changed counts, a changed schema level, a broken foreign key."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import backup_craft as craft
import kd_support
import pytest

from kadin_danisma.services import backups, vault_service
from kadin_danisma.vault import backup, page_check, repositories
from kadin_danisma.vault.vault import Vault

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
PAGE = page_check.PAGE


@pytest.fixture
def key_vault(vault: tuple[Path, str]) -> Iterator[Vault]:
    """The live vault grown by a few hundred settings rows and shrunk again (free pages), its key open."""
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        with session.write() as conn:
            for i in range(300):
                repositories.set_setting(conn, f"dolgu-{i}", "ğüşiöç " * 100)
        with session.write() as conn:
            conn.execute("DELETE FROM settings WHERE key LIKE 'dolgu-%'")
    finally:
        session.lock()
    opened, _ = Vault.unlock_with_password(folder, ADMIN, PASSWORD, open_db=False)
    try:
        yield opened
    finally:
        opened.close()


def _backup(folder: Path, out: Path) -> Path:
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        backups.backup_now(session, out)
    finally:
        session.lock()
    return out


def _problems(path: Path) -> list[str]:
    report = vault_service.verify_backup(path, ADMIN, PASSWORD)
    assert report.checks[0][:2] == ("checksums", True)  # the re-signed file passes the outer checks
    name, ok, detail = report.checks[1]
    assert name == "contents"
    return [] if ok else detail.split("; ")


def _pages_of(db: bytes, key_vault: Vault, tmp_path: Path) -> tuple[int, list[int], list[int]]:
    """(page count, pages of the settings table's b-tree root, free-list leaf pages) of a database copy."""
    copy = tmp_path / "probe.db"
    copy.write_bytes(db)
    conn = key_vault.open_readonly(copy)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'settings'").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()
    with copy.open("rb") as fh:
        pages = page_check._Pages(fh, bytes(key_vault._key), db[:16])
        header = pages.plain(1, pages.raw(1))
        trunk = int.from_bytes(header[16:20], "big")
        body = pages.plain(trunk, pages.raw(trunk))
        count = int.from_bytes(body[4:8], "big")
        leaves = [int.from_bytes(body[8 + 4 * i:12 + 4 * i], "big") for i in range(count)]
    assert free > 10 and leaves
    return len(db) // PAGE, [root], leaves


def _oracle(db: bytes, key_vault: Vault, tmp_path: Path) -> list[str]:
    """SQLCipher's own check of every page's HMAC (what verify ran before), for comparison."""
    copy = tmp_path / "oracle.db"
    copy.write_bytes(db)
    conn = key_vault.open_readonly(copy)
    try:
        return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()


def test_an_untouched_backup_passes_every_check(vault: tuple[Path, str], key_vault: Vault, tmp_path: Path) -> None:
    path = _backup(vault[0], tmp_path / "b.kdbak")
    craft.resign(path, key_vault)  # re-signing alone changes nothing
    assert _problems(path) == []


@pytest.mark.parametrize("where", ["used", "free", "free_iv", "free_mac"])
def test_a_flipped_page_byte_is_caught_once(vault: tuple[Path, str], key_vault: Vault, tmp_path: Path,
                                            where: str) -> None:
    path = _backup(vault[0], tmp_path / "b.kdbak")
    db = craft.members(path)[backup.DB_NAME]
    _, used, free = _pages_of(db, key_vault, tmp_path)
    page = used[0] if where == "used" else free[len(free) // 2]
    inside = {"used": 100, "free": 100, "free_iv": PAGE - 80 + 3, "free_mac": PAGE - 10}[where]
    offset = (page - 1) * PAGE + inside

    def flip(data: bytearray) -> None:
        data[offset] ^= 0x01

    craft.resign(path, key_vault, db=flip)
    flipped = craft.members(path)[backup.DB_NAME]
    assert any(str(page) in line for line in _oracle(flipped, key_vault, tmp_path))  # SQLCipher agrees
    problems = _problems(path)
    assert problems and all(p.startswith("integrity:") for p in problems), problems
    assert any(str(page) in p for p in problems), problems


def test_a_page_added_after_the_end_is_caught(vault: tuple[Path, str], key_vault: Vault, tmp_path: Path) -> None:
    path = _backup(vault[0], tmp_path / "b.kdbak")
    craft.resign(path, key_vault, db=lambda data: data.extend(bytes(PAGE)))
    assert any("pages" in p for p in _problems(path))


def test_a_partial_page_is_caught(vault: tuple[Path, str], key_vault: Vault, tmp_path: Path) -> None:
    path = _backup(vault[0], tmp_path / "b.kdbak")
    craft.resign(path, key_vault, db=lambda data: data.extend(b"\0" * 100))
    assert any("whole pages" in p for p in _problems(path))


def test_an_edited_manifest_is_caught_by_its_signature(vault: tuple[Path, str], tmp_path: Path) -> None:
    path = _backup(vault[0], tmp_path / "b.kdbak")
    parts = craft.members(path)
    manifest = json.loads(parts[backup.MANIFEST_NAME])
    manifest["created_at"] = "2020-01-01T00:00:00+00:00"
    parts[backup.MANIFEST_NAME] = json.dumps(manifest).encode()
    craft.write_zip(path, craft.stored(parts))
    assert _problems(path) == ["the manifest signature does not match (the manifest was altered)"]


@pytest.mark.parametrize("field,expected", [
    ("counts", "row counts differ from the manifest"),
    ("audit_head", "the audit-chain head differs from the manifest"),
    ("schema_version", "schema level differs from the manifest"),
])
def test_a_manifest_signed_with_the_key_but_wrong_is_caught(vault: tuple[Path, str], key_vault: Vault,
                                                            tmp_path: Path, field: str, expected: str) -> None:
    path = _backup(vault[0], tmp_path / "b.kdbak")

    def edit(m: dict[str, object]) -> None:
        if field == "counts":
            m["counts"]["settings"] += 1  # type: ignore[index]
        elif field == "audit_head":
            m["audit_head"]["id"] -= 1  # type: ignore[index]
        else:
            m["schema_version"] -= 1  # type: ignore[operator]

    craft.resign(path, key_vault, manifest=edit)
    assert _problems(path) == [expected]


def test_an_altered_audit_chain_is_caught(vault: tuple[Path, str], key_vault: Vault, tmp_path: Path) -> None:
    folder = vault[0]
    conn = key_vault.open_readonly(folder / "vault.db")
    conn.close()
    tampered = tmp_path / "tampered"
    shutil.copytree(folder, tampered)
    _, raw = kd_support.raw_connection(tampered)
    try:
        raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        triggers = [r[0] for r in raw.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger' "
                                              "AND tbl_name = 'audit_log'")]
        for name in triggers:
            raw.execute(f'DROP TRIGGER "{name}"')
        raw.execute("UPDATE audit_log SET details = '{\"edited\":1}' WHERE id = 2")
    finally:
        raw.close()
    path = _backup(tampered, tmp_path / "b.kdbak")
    assert any(p.startswith("audit chain: entry 2") for p in _problems(path))


def test_a_broken_foreign_key_is_caught(vault: tuple[Path, str], tmp_path: Path) -> None:
    tampered = tmp_path / "tampered"
    shutil.copytree(vault[0], tampered)
    _, raw = kd_support.raw_connection(tampered)
    try:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("INSERT INTO case_counselors (case_id, user_id) VALUES (999999, 1)")
    finally:
        raw.close()
    path = _backup(tampered, tmp_path / "b.kdbak")
    assert any(p.startswith("integrity: foreign key: case_counselors") for p in _problems(path))
