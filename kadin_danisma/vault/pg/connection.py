"""The server adapter's connections: psycopg 3 under the storage port's SQL, its dialect, and its errors.

Services write `?` or `:name` placeholders (`port.py`); this turns them into psycopg's `%s` / `%(name)s`
once per distinct statement (quoted text is left alone) and binds Python booleans as the 0/1 integers both
schemas store. The connection runs in autocommit with explicit BEGIN … COMMIT, as the vault does, so a
read outside a write sees the newest commit and "saved" is said only after COMMIT returned.

Driver failures become content-free UserFacingErrors: a refusal by row-level security or a checking
function reads as "no permission", the server's own checks carry a stable SQLSTATE of class KD (see
pg/security.py), a lost connection says the server cannot be reached, a timeout says it is busy.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import psycopg
from psycopg import errors as pgerrors
from psycopg.pq import TransactionStatus

from ...domain.errors import (
    CaseReadOnly,
    EditConflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
    PlacementOpen,
    ServerBusy,
    ServerUnavailable,
    StorageFull,
    UserFacingError,
)
from .. import port

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_cache: dict[str, str] = {}
_cache_lock = threading.Lock()


def to_psycopg(sql: str) -> str:
    """The port's placeholders as psycopg's (outside quoted text); a literal % doubled."""
    cached = _cache.get(sql)
    if cached is not None:
        return cached
    out: list[str] = []
    for i, part in enumerate(re.split(r"('(?:[^']|'')*')", sql)):
        if i % 2:  # a quoted literal
            out.append(part.replace("%", "%%"))
            continue
        part = part.replace("%", "%%").replace("?", "%s")
        out.append(_NAMED.sub(r"%(\1)s", part))
    result = "".join(out)
    with _cache_lock:
        if len(_cache) > 4096:
            _cache.clear()
        _cache[sql] = result
    return result


# PostgreSQL text cannot hold U+0000, which a vault stores as typed (pasted text keeps its control
# characters). It travels escaped: NUL as ESC+"0", the escape character itself doubled; read back, undone.
_ESC = "\ue000"


def escape_text(v: str) -> str:
    if "\x00" not in v and _ESC not in v:
        return v
    return v.replace(_ESC, _ESC + _ESC).replace("\x00", _ESC + "0")


def unescape_text(v: str) -> str:
    if _ESC not in v:
        return v
    out: list[str] = []
    i = 0
    while i < len(v):
        ch = v[i]
        if ch == _ESC and i + 1 < len(v):
            out.append("\x00" if v[i + 1] == "0" else v[i + 1])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def unescape_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    if not any(isinstance(v, str) and _ESC in v for v in row):
        return row
    return tuple(unescape_text(v) if isinstance(v, str) else v for v in row)


def _value(v: Any) -> Any:
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, str):
        return escape_text(v)
    return v


def bind(params: Sequence[Any] | Mapping[str, Any] | None) -> Sequence[Any] | Mapping[str, Any] | None:
    if params is None:
        return None
    if isinstance(params, Mapping):
        return {k: _value(v) for k, v in params.items()}
    return [_value(v) for v in params]


class PgDialect:
    """PostgreSQL's side of the port's dialect differences."""

    name = "postgresql"
    for_update = " FOR UPDATE"

    def __init__(self) -> None:
        self._columns: dict[str, tuple[str, ...]] = {}

    def group_concat(self, expression: str, separator: str) -> str:
        return f"string_agg({expression}, {separator})"

    def columns(self, conn: Any, table: str) -> tuple[str, ...]:
        cached = self._columns.get(table)
        if cached is None:
            rows = conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'kd' AND table_name = ?"
                " ORDER BY ordinal_position", (table,)).fetchall()
            cached = tuple(str(r[0]) for r in rows)
            if cached:
                self._columns[table] = cached
        return cached

    def forget_columns(self) -> None:
        self._columns.clear()

    def lock_case(self, conn: Any, case_id: int) -> None:
        conn.execute("SELECT kd.lock_case(?)", (case_id,))

    @contextlib.contextmanager
    def center_statistics(self, conn: Any) -> Iterator[Any]:
        """One read-only transaction that reads the center's statistics views (pg/stats_views.py) in place of
        the case tables: the same statements, the whole center, no case content."""
        with conn.transaction():
            conn.execute("SET TRANSACTION READ ONLY")
            conn.execute("SET LOCAL search_path = kd_stats, kd, pg_temp")
            yield conn

    def lock_shelter(self, conn: Any, shelter_id: int) -> None:
        conn.execute("SELECT kd.lock_shelter(?)", (shelter_id,))

    def insert_id(self, conn: Any, table: str, names: Sequence[str], params: Sequence[Any]) -> int:
        """INSERT … and the new row's id. Not RETURNING: row-level security would first ask whether she may
        read the row back, and a client she has just recorded has no case yet. The id is drawn first."""
        marks = ", ".join("?" for _ in names)
        sql = (f"WITH n AS (SELECT nextval(pg_get_serial_sequence('kd.{table}', 'id')) AS id),"
               f" i AS (INSERT INTO {table} (id, {', '.join(names)}) SELECT n.id, {marks} FROM n)"
               " SELECT id FROM n")
        return int(conn.execute(sql, params).fetchone()[0])


DIALECT = PgDialect()


class PgConnection:
    """One psycopg connection behind the port's interface (execute, executemany, transactions)."""

    dialect = DIALECT

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> Any:
        """The statement's cursor (fetchone, fetchall, iteration)."""
        with errors_translated():
            if not params:
                return self.raw.execute(sql)
            return self.raw.execute(to_psycopg(sql), bind(params))

    def executemany(self, sql: str, seq: Sequence[Sequence[Any]]) -> None:
        with errors_translated(), self.raw.cursor() as cur:
            cur.executemany(to_psycopg(sql), [bind(p) for p in seq])  # type: ignore[misc]

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    @property
    def broken(self) -> bool:
        return self.raw.closed or self.raw.info.transaction_status == TransactionStatus.UNKNOWN

    @contextlib.contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        """BEGIN … COMMIT; rolled back on any error. "Saved" is reported only after COMMIT returns. Inside
        an open transaction it joins it (the IT person's one-transaction commands call shared steps)."""
        if self.in_transaction:
            yield self
            return
        with errors_translated():
            self.raw.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self._rollback()
                raise
            try:
                self.raw.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        with contextlib.suppress(psycopg.Error):
            if not self.raw.closed and self.raw.info.transaction_status != TransactionStatus.IDLE:
                self.raw.execute("ROLLBACK")

    def interrupt(self) -> None:
        with contextlib.suppress(Exception):
            self.raw.cancel_safe(timeout=2.0)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.raw.close()


# -- errors ------------------------------------------------------------------------------------------------

UNREACHABLE = ServerUnavailable("the center server cannot be reached: check the network, then try again "
                                "(everything saved before is kept)")

# SQLSTATEs raised by the server's own checking functions (pg/security.py), each a stable code.
KD_CODES: dict[str, type[UserFacingError]] = {
    "KD403": PermissionDenied, "KD400": InvalidInput, "KD404": NotFound, "KD423": CaseReadOnly,
}


def translate(exc: BaseException) -> UserFacingError:
    if isinstance(exc, OSError):
        return UNREACHABLE
    if not isinstance(exc, psycopg.Error):
        return UserFacingError("the server refused the request")
    state = exc.sqlstate or ""
    diag = exc.diag.message_primary or ""
    if state == "KD409":
        return EditConflict.from_server(exc.diag.message_detail)
    if state == "KD412":  # the message is the number of her open placements
        return PlacementOpen(int(diag) if diag.isdigit() else 1)
    if state in KD_CODES:
        # The functions' messages are written to be shown (content-free, English like every error text); a
        # detail, where given, is the app's more precise code (as a service raising it would give).
        code = exc.diag.message_detail or ""
        return KD_CODES[state](diag, code=code) if re.fullmatch(r"[a-z_]{3,40}", code) else KD_CODES[state](diag)
    if isinstance(exc, pgerrors.InsufficientPrivilege):
        return PermissionDenied("you do not have permission for this (the server refused it)")
    if isinstance(exc, psycopg.IntegrityError):
        return InvalidInput("the change conflicts with records already saved; nothing was saved")
    if isinstance(exc, pgerrors.DiskFull | pgerrors.OutOfMemory):
        return StorageFull("the server's disk is full: ask the IT person; everything saved before is kept")
    if isinstance(exc, pgerrors.LockNotAvailable):
        return ServerBusy("a colleague is saving the same record right now; try again in a moment")
    if isinstance(exc, pgerrors.QueryCanceled):
        return ServerBusy("the server took too long to answer; try again (nothing was saved)")
    if isinstance(exc, pgerrors.SerializationFailure | pgerrors.DeadlockDetected):
        return ServerBusy("a colleague saved at the same moment; try again (nothing was saved)")
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) or state.startswith(("08", "57P")):
        return UNREACHABLE
    return UserFacingError("the server refused the request; nothing was saved")


port.register_errors((psycopg.Error,), translate)
errors_translated = port.errors_translated
