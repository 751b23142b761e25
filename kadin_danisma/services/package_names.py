"""Directory records named by travelling records (issue 17): a referral's or a consent's institution, a
placement's shelter, an appointment's room and interpreter travel as the record's name, never a local id.

- Build: the institutions and shelters a package's records name travel beside them, public fields only (a
  shelter without its address, phone or contact: interchange.SHELTER_PRIVATE), as a whole case's do.
- Apply: before any record is merged, every institution and shelter named exists here: made from the
  package's own entries (checked by the import's parser, written by the import's own functions); a name that
  is neither here nor in the package is refused with its path, and nothing is written. Rooms and
  interpreters travel as names only: one this vault lacks is made retired (never offered for new bookings)
  when a record needs it, as the import makes it.
"""

from __future__ import annotations

from typing import Any

from ..domain.errors import ImportInvalid, NotFound
from ..vault.port import Connection, errors_translated
from . import interchange
from .session import Session

DIRECTORY_TABLES = ("institutions", "shelters", "rooms", "interpreters")
CARRIED = ("institutions", "shelters")  # travel as entries beside the records; rooms and interpreters: names only


class Directory:
    """Names and local ids of this vault's directory records, read per table when first needed. With a
    session, a room or interpreter this vault lacks is made (retired) when a record is written."""

    def __init__(self, conn: Connection, session: Session | None = None) -> None:
        self._conn = conn
        self._session = session
        self._names: dict[str, dict[int, str]] = {}
        self._ids: dict[str, dict[str, int]] = {}

    def _load(self, table: str) -> None:
        if table in self._names:
            return
        if table not in DIRECTORY_TABLES:
            raise ValueError(f"not a directory table: {table}")
        with errors_translated():
            found = self._conn.execute(f"SELECT id, name FROM {table} ORDER BY id").fetchall()
        self._names[table] = {int(i): str(n) for i, n in found}
        self._ids[table] = {}
        for i, n in found:  # two institutions of one name (in two cities): the first, as consents find it
            self._ids[table].setdefault(str(n), int(i))

    def name(self, table: str, row_id: int) -> str | None:
        self._load(table)
        return self._names[table].get(int(row_id))

    def find(self, table: str, name: str) -> int | None:
        self._load(table)
        return self._ids[table].get(name)

    def id_for(self, table: str, name: str | None, language: str | None = None) -> int | None:
        """The local id a named record is stored with (None stays None)."""
        if name is None:
            return None
        found = self.find(table, name)
        if found is None and table not in CARRIED and self._session is not None:
            found = interchange.resource_id(self._session, self._conn, table, name, language)
            if found is not None:
                self._names[table][found] = name
                self._ids[table][name] = found
        if found is None:
            raise NotFound(f"no {table[:-1]} of this name in this vault")
        return found


def public_entries(conn: Connection, used: dict[str, set[str]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The public fields of the institutions and shelters of these names, as a whole case carries them."""
    return interchange.directory_entries(conn, used.get("institutions", set()), used.get("shelters", set()))


def ensure(session: Session, conn: Connection, payload: dict[str, Any], wanted: dict[str, dict[str, str]]) -> None:
    """Make every institution and shelter the package's records name exist here (see the module's text).
    `wanted`: table -> name -> the JSON path where a record first names it."""
    if not any(wanted.get(table) for table in CARRIED):
        return
    doc = interchange.parse(conn, {"format": interchange.FORMAT, "version": interchange.VERSION,
                                   "institutions": payload["institutions"], "shelters": payload["shelters"],
                                   "cases": []})
    carried = {"institutions": {x.name for x in doc.institutions}, "shelters": {x.name for x in doc.shelters}}
    here = Directory(conn)
    problems = [(path, f"names no {table[:-1]} of this vault's or of this package's")
                for table in CARRIED for name, path in wanted.get(table, {}).items()
                if here.find(table, name) is None and name not in carried[table]]
    if problems:
        raise ImportInvalid(problems)
    needed = {table: set(wanted.get(table, {})) for table in CARRIED}
    interchange.ensure_institutions(session, conn, [x for x in doc.institutions if x.name in needed["institutions"]])
    interchange.ensure_shelters(session, conn, [x for x in doc.shelters if x.name in needed["shelters"]])
