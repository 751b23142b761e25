"""Helpers shared by the unit tests (no Qt here): vault creation, key-slot editing, file scanning.

Synthetic data only.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kadin_danisma.services import vault_service
from kadin_danisma.vault import database
from kadin_danisma.vault.vault import Vault

ADMIN = "koordinator"
ADMIN_NAME = "Koordinatör"
PASSWORD = "Guclu-Parola-2026"
CENTER = "Deneme Kadın Danışma Merkezi"
HELPERS = Path(__file__).parent / "helpers"


@dataclass(frozen=True)
class Env:
    home: Path
    tmp: Path
    xdg: Path

    @property
    def scan_roots(self) -> list[Path]:
        return [self.home, self.tmp, self.xdg]


def create_vault(folder: Path, center: str = CENTER, demo: bool = False) -> tuple[Path, str]:
    """A new, locked vault with the admin 'koordinator'; returns (folder, recovery key). `demo`: made as with
    `init --demo`, so demo data may go in."""
    created = vault_service.create_vault(folder, center, ADMIN, ADMIN_NAME, PASSWORD, demo=demo)
    created.session.lock()
    return Path(folder), created.recovery_key


def read_slots(folder: Path) -> dict[str, Any]:
    return json.loads((Path(folder) / "keyslots.json").read_text("utf-8"))


def write_slots(folder: Path, data: dict[str, Any]) -> None:
    (Path(folder) / "keyslots.json").write_text(json.dumps(data, indent=1), encoding="utf-8")


def read_attempts(folder: Path) -> dict[str, Any]:
    """The failed-attempt counters file (unlock-attempts.json) as a dict of entries ({} if there is none)."""
    path = Path(folder) / "unlock-attempts.json"
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text("utf-8"))["attempts"])


def failed_attempts(folder: Path, username: str = ADMIN) -> int:
    return int(read_attempts(folder).get(f"password:{username}", {}).get("failed", 0))


def write_attempts(folder: Path, entries: dict[str, Any], raw: str | None = None) -> None:
    text = raw if raw is not None else json.dumps({"format": 1, "attempts": entries})
    (Path(folder) / "unlock-attempts.json").write_text(text, encoding="utf-8")


def make_legacy(folder: Path, secrets_by_user: dict[str | None, bytes]) -> None:
    """Rewrite the vault's slot file in the format before issue 14 (format 1: AES-GCM of the data key under
    the password's key-encryption key, no key pair, no key id), for the users given (None: the recovery
    key, as recovery_code.decode gives it). Other slots are dropped."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from kadin_danisma.vault import kdf

    first = next(iter(secrets_by_user.items()))
    data = read_slots(folder)
    probe, _ = (Vault.unlock_with_recovery(Path(folder), _recovery_text(first[1])) if first[0] is None else
                Vault.unlock_with_password(Path(folder), first[0], first[1].decode(), open_db=False))
    key = bytes(probe._key)
    probe.close()
    slots = []
    for username, secret in secrets_by_user.items():
        salt, nonce, slot_id = os.urandom(16), os.urandom(12), str(uuid.uuid4())
        kind = "recovery" if username is None else "password"
        params = kdf.FLOOR.as_dict()
        aad = json.dumps({"format": 1, "vault_id": data["vault_id"], "slot_id": slot_id, "kind": kind,
                          "username": username, "kdf": params, "salt": base64.b64encode(salt).decode()},
                         sort_keys=True, separators=(",", ":")).encode()
        wrapped = AESGCM(kdf.derive(secret, salt, kdf.FLOOR)).encrypt(nonce, key, aad)
        slots.append({"slot_id": slot_id, "kind": kind, "username": username, "kdf": params,
                      "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
                      "wrapped": base64.b64encode(wrapped).decode(), "failed_attempts": 0, "last_failure": None})
    write_slots(folder, {"format": 1, "vault_id": data["vault_id"], "slots": slots})


def _recovery_text(secret: bytes) -> str:
    from kadin_danisma.domain import recovery_code

    return recovery_code.encode(secret)


def password_slot(data: dict[str, Any], username: str) -> dict[str, Any]:
    for slot in data["slots"]:
        if slot["kind"] == "password" and slot["username"] == username:
            return slot
    raise AssertionError(f"no password slot for {username}")


def flip_b64(text: str, index: int, mask: int = 0x01) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[index % len(raw)] ^= mask
    return base64.b64encode(bytes(raw)).decode("ascii")


def raw_connection(folder: Path, username: str = ADMIN, password: str = PASSWORD) -> tuple[Vault, Any]:
    """(vault, connection) opened with the data key but bypassing migrations and services: for tampering."""
    vault, _ = Vault.unlock_with_password(Path(folder), username, password, open_db=False)
    return vault, database.connect(vault.db_path, vault._key)


def files_under(roots: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        root = Path(root)
        if root.is_file():
            found.append(root)
            continue
        for dirpath, _dirs, names in os.walk(root):
            found += [Path(dirpath) / n for n in names]
    return found


def scan(roots: Iterable[Path], needles: dict[str, bytes]) -> list[str]:
    """'file: label' for every needle found in any regular file under roots (empty list: clean)."""
    hits = []
    for path in files_under(roots):
        if path.is_symlink() or not path.is_file():
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue  # vanished between listing and reading (a WAL being removed)
        hits += [f"{path}: {label}" for label, needle in needles.items() if needle in data]
    return hits


def text_needles(text: str) -> dict[str, bytes]:
    return {"utf-8": text.encode("utf-8"), "utf-16-le": text.encode("utf-16-le"),
            "utf-16-be": text.encode("utf-16-be")}


def run_cli(args: list[str], stdin: str = "", env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kadin_danisma", *args], input=stdin, capture_output=True, text=True,
        env=env if env is not None else dict(os.environ), timeout=timeout, check=False,
    )


# -- case work -----------------------------------------------------------------------------------------

TEAM = (
    ("ayse", "Ayşe Danışman", ("counselor",)),
    ("zeynep", "Zeynep Danışman", ("counselor",)),
    ("selin", "Selin Süpervizör", ("supervisor",)),
    ("bilgi", "Bilgi İşlem", ("admin",)),
    ("deniz", "Deniz Danışman-Süpervizör", ("counselor", "supervisor")),
)


def raw(session: Any) -> Any:
    """A connection that reads everything in the session's store, whoever the session is: the session's own
    on a vault; on a center server, the test cluster's superuser on the same database (row-level security
    shows a counselor only her own cases' records, and the tests read the whole audit log)."""
    if getattr(session.store, "kind", "vault") != "server":
        return session.connection()
    import server_support

    return server_support.superuser_connection(session.store.dsn)


def table_names(session: Any) -> list[str]:
    """Every table of the session's store (on a server: of schema kd, the keys' schema apart)."""
    conn = raw(session)
    sql = ("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name" if session.store.kind == "vault" else
           "SELECT relname FROM pg_class WHERE relnamespace = 'kd'::regnamespace AND relkind = 'r' ORDER BY relname")
    return [str(x[0]) for x in conn.execute(sql).fetchall()]


# The row-version level (vault/schema_versions.py; its number is schema_versions.LEVEL, read, never written
# here): its views, and notes.uuid standing for its columns.
VERSIONS_VIEWS = {"shelter_occupancy", "case_refs", "appointment_slots", "appointment_slot_counselors",
                  "attachment_refs", "attachment_totals"}


def take_back_versions(conn: Any) -> None:
    """Inside the caller's transaction: what the row-version level added (views, uuid and version columns)
    taken off, the level set to the one before. Nothing happens on a vault not at that level (the takers of
    earlier levels call this first)."""
    from kadin_danisma.vault.schema_versions import LEVEL, VERSIONED, WITH_UUID

    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != LEVEL:
        return
    for view in sorted(VERSIONS_VIEWS):
        conn.execute(f"DROP VIEW {view}")
    for table in WITH_UUID:
        conn.execute(f"DROP INDEX {table}_uuid")
        conn.execute(f"ALTER TABLE {table} DROP COLUMN uuid")
    for table in VERSIONED:
        for column in ("row_version", "changed_by", "changed_at"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {LEVEL - 1}")


def versions_objects(conn: Any) -> set[str]:
    """The row-version level's views, and notes.uuid standing for its columns, where present."""
    found = {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")} & VERSIONS_VIEWS
    if any(c == "uuid" for (_, c, *_rest) in conn.execute("PRAGMA table_info(notes)")):
        found.add("notes.uuid")
    return found


ALL_VERSIONS = VERSIONS_VIEWS | {"notes.uuid"}


def clear_must_change(folder: Path) -> None:
    """Test teams log straight in (the first-password change is tested elsewhere)."""
    from kadin_danisma.services import vault_service
    from kadin_danisma.vault import repositories

    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    with session.write() as conn:
        for user in repositories.list_users(conn):
            repositories.update_user(conn, user.id, must_change_password=0)
    session.lock()


class Team:
    kind = "vault"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._sessions: list[Any] = []

    def login(self, username: str) -> Any:
        from kadin_danisma.services import vault_service

        session = vault_service.unlock(self.folder, username, PASSWORD)
        self._sessions.append(session)
        return session

    def close(self) -> None:
        for session in self._sessions:
            session.lock()

