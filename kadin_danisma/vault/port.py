"""The storage port (issue 16): what the services may ask of a store, whichever engine keeps it.

Two adapters implement it: the encrypted vault (`vault.py`, SQLCipher, one computer) and the center
server (`pg/`, PostgreSQL, many workstations). Services write their SQL once, in the subset both engines
read the same way, with `?` or `:name` placeholders; an adapter's connection turns that into its driver's
form. What differs beyond that is asked of the connection's `dialect` (list aggregation, row locks,
column lists) or of the store (transactions, the audit chain, search, schema levels). Only an adapter
imports its database driver; this module imports none.

Errors: each adapter registers how its driver's exceptions become content-free UserFacingErrors, and
`errors_translated()` applies whichever matches, so a service never names a driver's exception class.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from ..domain.errors import UserFacingError

# An adapter's connection. Both offer execute(sql, params) -> cursor (fetchone, fetchall, iteration, close),
# executemany, `in_transaction` and `dialect`; sqlcipher3 and psycopg ship no usable type information.
Connection = Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainHead:
    entry_id: int
    hash: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    head: ChainHead
    first_bad_id: int | None = None
    problem: str = ""


class Dialect(Protocol):
    """What differs between the engines' SQL, for the few statements that need it."""

    name: str  # "sqlite" or "postgresql"
    for_update: str  # appended to a SELECT inside a write: lock the rows read (empty where the engine
    # already serialises writers, as SQLite's BEGIN IMMEDIATE does)

    def group_concat(self, expression: str, separator: str) -> str: ...

    def columns(self, conn: Connection, table: str) -> tuple[str, ...]: ...

    def forget_columns(self) -> None:
        """After a migration: tables may have gained columns."""

    def lock_case(self, conn: Connection, case_id: int) -> None:
        """Inside a write: hold the case still until the transaction ends (assignment, state)."""

    def lock_shelter(self, conn: Connection, shelter_id: int) -> None:
        """Inside a write: one placement into this shelter at a time (its free places are counted)."""

    def center_statistics(self, conn: Connection) -> ContextManager[Connection]:
        """The statistics' reads of the whole center, for a session allowed them (a server's admin reads
        no case otherwise: its coded facts are read through views of their own, pg/stats_views.py)."""

    def insert_id(self, conn: Connection, table: str, names: list[str], params: list[Any]) -> int:
        """Insert one row (columns `names`, values `params`) and return its new id (RETURNING, or its
        equivalent where reading the row back would be refused)."""


class Store(Protocol):
    """An unlocked store: a vault folder or a server login."""

    kind: str  # "vault" or "server"

    @property
    def is_open(self) -> bool: ...

    @property
    def identity(self) -> str:
        """A stable id of this store (the vault id, the server's center id): names it in per-computer notes."""

    def connection(self) -> Connection: ...

    def transaction(self, conn: Connection) -> ContextManager[Connection]: ...

    def audit_append(self, conn: Connection, user_id: int | None, action: str, target: str | None,
                     details: dict[str, object] | None) -> int: ...

    def audit_verify(self, conn: Connection) -> ChainReport: ...

    def audit_head(self, conn: Connection) -> ChainHead: ...

    def audit_hash_at(self, conn: Connection, entry_id: int) -> str | None: ...

    def subkey(self, purpose: bytes) -> bytes: ...

    def schema_version(self, conn: Connection) -> int: ...

    def describe(self, conn: Connection) -> dict[str, str]:
        """The engine, its version ("cipher_version" for the overview page) and its security settings."""

    def integrity_problems(self, conn: Connection) -> list[str]:
        """Every structural problem the engine can find (empty: healthy)."""

    def interrupt(self) -> None: ...

    def close(self) -> None: ...


# -- errors --------------------------------------------------------------------------------------------

_DEBUG = os.environ.get("KADIN_DANISMA_DEBUG_ERRORS") == "1"
_TRANSLATORS: list[tuple[tuple[type[BaseException], ...], Callable[[BaseException], UserFacingError]]] = []


def register_errors(kinds: tuple[type[BaseException], ...],
                    translate: Callable[[BaseException], UserFacingError]) -> None:
    """An adapter says how its driver's exceptions read to a person (called once, when it is imported)."""
    _TRANSLATORS.insert(0, (kinds, translate))


def translate(exc: BaseException) -> UserFacingError | None:
    for kinds, how in _TRANSLATORS:
        if isinstance(exc, kinds):
            return how(exc)
    return None


@contextlib.contextmanager
def errors_translated() -> Iterator[None]:
    """Driver and OS failures inside the block leave it as content-free UserFacingErrors."""
    try:
        yield
    except UserFacingError:
        raise
    except Exception as exc:
        mapped = translate(exc)
        if mapped is None:
            raise
        if _DEBUG:  # a developer's run: keep the driver's own words (they may quote values)
            raise mapped from exc
        raise mapped from None


def dialect(conn: Connection) -> Dialect:
    return conn.dialect  # type: ignore[no-any-return]


def transaction(conn: Connection) -> ContextManager[Connection]:
    """One write transaction on this connection ("saved" only once it commits); rolled back on any error."""
    return conn.transaction()  # type: ignore[no-any-return]
