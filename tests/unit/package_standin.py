"""A minimal stand-in for part 2's payload (services/package_content.py, issue 17 part 2), for the envelope's
tests ONLY: it carries each named case's client name, safe phone and note texts (so the tests can prove the
sealed file shows none of them) and, on apply, writes one settings row per carried case (so the kill test
can prove all or nothing). The real merge is tested on its own branch."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kadin_danisma.domain.errors import InvalidInput

MODULE = "kadin_danisma.services.package_content"
FILLER: dict[str, str] = {"text": ""}  # the bench and size tests make payloads as large as they need
FILLER_ROW = 2048


@dataclass(frozen=True)
class Summary:
    cases_new: int
    records_added: int
    added_by_kind: tuple[tuple[str, int], ...] = ()  # as part 2's: (table, count) pairs


def build(session: Any, conn: Any, partner_id: str, case_numbers: Sequence[str], *, sequence: int,
          acked: int) -> dict[str, Any]:
    carried = []
    for number in case_numbers:
        row = conn.execute("SELECT c.id, k.full_name, k.safe_phone FROM cases c JOIN clients k ON k.id = c.client_id"
                           " WHERE c.case_number = ?", (number,)).fetchone()
        if row is None:
            raise InvalidInput("no such case", code="not_found")
        bodies = [b for (b,) in conn.execute("SELECT body FROM notes WHERE case_id = ? ORDER BY id", (row[0],))]
        carried.append({"number": number, "name": row[1], "phone": row[2], "notes": bodies})
    return {"standin": 1, "sequence": sequence, "acked": acked, "cases": carried, "filler": FILLER["text"]}


def shelter_case_numbers(session: Any, shelter_name: str) -> list[str]:
    rows = session.connection().execute(
        "SELECT c.case_number FROM placements p JOIN shelters s ON s.id = p.shelter_id JOIN cases c"
        " ON c.id = p.case_id WHERE s.name = ? AND p.status = 'placed' ORDER BY c.case_number", (shelter_name,))
    return [n for (n,) in rows]


def preview(session: Any, partner_id: str, payload: dict[str, Any], *, opening: Any = None) -> Summary:
    notes = sum(len(c["notes"]) for c in payload["cases"])
    return Summary(len(payload["cases"]), notes, (("notes", notes),))


def apply(session: Any, conn: Any, partner_id: str, payload: dict[str, Any], *, sequence: int,
          acked: int) -> Summary:
    for k, case in enumerate(payload["cases"]):
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                     (f"standin:{partner_id[:8]}:{sequence}:{k}", json.dumps(case, ensure_ascii=False)))
    filler = payload["filler"]
    for k in range(0, len(filler), FILLER_ROW):  # many rows, so a kill can land inside the transaction
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                     (f"standin:{partner_id[:8]}:{sequence}:f{k // FILLER_ROW:05d}", filler[k:k + FILLER_ROW]))
    return preview(session, partner_id, payload)


def install() -> types.ModuleType:
    """Put this module where services/packages.py looks for part 2 (sys.modules; the caller undoes it)."""
    module = sys.modules[__name__]
    sys.modules[MODULE] = module
    return module
