"""The vault adapter's connections (storage port, `port.py`): opening SQLCipher connections the one safe
way, its SQL dialect, and turning SQLite failures into user-facing errors.

Every connection: raw 32-byte key first, memory sanitisation on, the key verified at once with a read of
sqlite_schema, then WAL, synchronous=FULL, in-memory temp store, foreign keys and secure delete, each read
back. A build or file that does not give those settings is refused rather than used unsafely.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from ..domain.errors import InvalidInput, StorageFull, UserFacingError, VaultDamaged, VaultReadOnly
from . import port

Connection = Any  # sqlcipher3 ships no type information

DAMAGED = "the vault is damaged: restore it from a backup"


class InsecureConfiguration(UserFacingError):
    code = "insecure_configuration"


class SqliteDialect:
    """SQLite's side of the port's dialect differences."""

    name = "sqlite"
    for_update = ""  # BEGIN IMMEDIATE already holds the only write lock for the whole transaction

    def __init__(self) -> None:
        self._columns: dict[str, tuple[str, ...]] = {}

    def group_concat(self, expression: str, separator: str) -> str:
        return f"group_concat({expression}, {separator})"

    def forget_columns(self) -> None:
        self._columns.clear()

    def lock_case(self, conn: Connection, case_id: int) -> None:
        pass  # BEGIN IMMEDIATE holds the whole database's write lock already

    def lock_shelter(self, conn: Connection, shelter_id: int) -> None:
        pass

    def center_statistics(self, conn: Connection) -> contextlib.AbstractContextManager[Connection]:
        return contextlib.nullcontext(conn)  # a vault's reader sees every case already

    def insert_id(self, conn: Connection, table: str, names: list[str], params: list[Any]) -> int:
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) RETURNING id"
        with errors_translated():
            return int(conn.execute(sql, params).fetchone()[0])

    def columns(self, conn: Connection, table: str) -> tuple[str, ...]:
        cached = self._columns.get(table)
        if cached is None:
            with errors_translated():
                cached = tuple(str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})"))
            if cached:  # a table not created yet (mid-migration) is asked again later
                self._columns[table] = cached
        return cached


DIALECT = SqliteDialect()


class SqlCipherConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """sqlcipher3's connection with the port's `dialect` attribute (placeholders are SQLite's own)."""

    dialect = DIALECT

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        return transaction(self)


def _raw_key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def _one(conn: Connection, sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    return row[0] if row else None


def connect(path: Path, key: bytes | bytearray, *, readonly: bool = False) -> Connection:
    """Open and verify a connection; raises VaultDamaged if the key does not open the file."""
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    try:
        # No prepared-statement cache: cached statements keep SQLite's per-connection lookaside memory
        # busy, so every other allocation goes to the system allocator, which cipher_memory_security turns
        # into an mlock/munlock pair. Measured on an insert: 105 µs with Python's default cache of 128,
        # 10 µs with none (preparing again is cheaper than the locked allocations it saves).
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=30,
                                  cached_statements=0, factory=SqlCipherConnection)
    except sqlcipher3.Error as exc:
        raise translate(exc) from None
    try:
        # SQLCipher logs decryption failures to stderr by default; the CLI promises one line per error
        # (page numbers only, but still noise a script cannot parse).
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_raw_key_pragma(key))
        conn.execute("PRAGMA cipher_memory_security = ON")
        _one(conn, "SELECT count(*) FROM sqlite_schema")  # a wrong key or damaged page 1 fails here
        if not readonly:
            mode = _one(conn, "PRAGMA journal_mode = WAL")
            if str(mode).lower() != "wal":
                raise InsecureConfiguration("the vault could not switch to write-ahead logging")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        check_settings(conn, readonly=readonly)
    except UserFacingError:
        conn.close()
        raise
    except sqlcipher3.Error as exc:
        conn.close()
        raise translate(exc) from None
    return conn


def check_settings(conn: Connection, *, readonly: bool = False) -> dict[str, str]:
    """Read the security-relevant settings back; refuse to go on if any is not what we asked for."""
    options = {row[0] for row in conn.execute("PRAGMA compile_options")}
    report = {
        "cipher_version": str(_one(conn, "PRAGMA cipher_version")),
        "cipher_provider": str(_one(conn, "PRAGMA cipher_provider")),
    }
    expected: dict[str, object] = {
        "PRAGMA cipher_memory_security": 1,
        "PRAGMA temp_store": 2,
        "PRAGMA synchronous": 2,
        "PRAGMA foreign_keys": 1,
        "PRAGMA cipher_plaintext_header_size": 0,
        "PRAGMA cipher_use_hmac": 1,
    }
    if not readonly:
        expected["PRAGMA journal_mode"] = "wal"
    for sql, want in expected.items():
        got = _one(conn, sql)
        if str(got).lower() != str(want):
            raise InsecureConfiguration(f"unsafe database setting: {sql.split()[-1]} is {got}, expected {want}")
    if "HAS_CODEC" not in options:
        raise InsecureConfiguration("the SQLite library in use does not encrypt (no SQLCipher codec)")
    if not report["cipher_version"].startswith("4."):
        raise InsecureConfiguration("SQLCipher 4 is required")
    return report


def translate(exc: BaseException) -> UserFacingError:
    """Map a SQLite or OS failure to a clear, content-free error."""
    text = str(exc).lower()
    full = StorageFull("the disk is full or cannot be written: free some space; everything saved before is kept")
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            return full
        if exc.errno == errno.EROFS:  # a write-protected stick chosen for a backup or an export
            return UserFacingError("the drive is read-only (write-protected); nothing was written there",
                                   code="drive_read_only")
        return UserFacingError(f"the vault folder cannot be used: {exc.strerror or 'input/output error'}")
    if isinstance(exc, sqlcipher3.IntegrityError):
        # A constraint said no (a duplicate, a broken reference): the change is refused, the vault is fine.
        return InvalidInput("the change conflicts with records already in the vault; nothing was saved")
    if "full" in text or "too big" in text or "disk i/o" in text:
        return full
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly()
    if "unable to open" in text:
        return UserFacingError("the vault file cannot be opened (check the folder and its permissions)")
    if "locked" in text or "busy" in text:
        return UserFacingError("the vault is busy in another program; try again", code="vault_busy")
    return VaultDamaged(DAMAGED)


port.register_errors((sqlcipher3.Error, OSError), translate)
errors_translated = port.errors_translated


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT; rolled back on any error. "Saved" is reported only after COMMIT returns."""
    with errors_translated():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise


def finish_torn_checkpoint(conn: Connection, path: Path) -> None:
    """A checkpoint cut short by a full disk can leave the database file ending in part of a page, while the
    log still holds that page whole (nothing is lost). The page check would call the torn tail damage, so at
    unlock the log is copied into the file again, which writes the page whole; if the disk is still full the
    file stays as it is (SQLite never reads past its last whole page) and the next checkpoint finishes it."""
    with errors_translated():
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    try:
        torn = bool(page) and os.stat(path).st_size % page != 0
    except OSError:
        return
    if torn:
        with contextlib.suppress(sqlcipher3.Error):  # still full: the unlock goes on, nothing is lost
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def take_exclusive(conn: Connection, wait_ms: int) -> bool:
    """Hold the database file's exclusive lock on this connection (EXCLUSIVE locking mode) until
    `locking_mode = NORMAL` and the next read; False if another connection, in any program, has the
    database open. For the rekey, which must not let anyone read pages written under a new key."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")  # the lock stays with the connection in EXCLUSIVE locking mode
    except sqlcipher3.OperationalError as exc:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return False
        raise translate(exc) from None
    except sqlcipher3.Error as exc:
        raise translate(exc) from None
    return True


def checkpoint_all(conn: Connection, mode: str = "PASSIVE") -> bool:
    """Copy every frame of the write-ahead log into the database file; False if a reader of an older
    snapshot (or another checkpoint) kept some back. After a rekey the file holds old-key pages until this
    has run, and `cipher_integrity_check`, which reads the file rather than the log, would call them damaged."""
    if mode not in ("PASSIVE", "TRUNCATE"):
        raise ValueError(mode)
    with errors_translated():
        busy, log, moved = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    return not busy and (log == moved or log == -1)


def integrity_problems(conn: Connection) -> list[str]:
    """Every problem cipher_integrity_check, integrity_check and foreign_key_check find (empty: healthy)."""
    problems: list[str] = []
    with errors_translated():
        problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r[0]}" for r in conn.execute("PRAGMA foreign_key_check")]
    return problems
