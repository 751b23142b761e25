"""Packages on a center server (issue 17, part 2): a package's content is built and merged on the server as in
a vault, and its bookkeeping and conflicts are case rows: a colleague reads none of another counselor's
(row-level security, tried with psql). Synthetic data only."""

from __future__ import annotations

import json
from typing import Any

from package_support import CENTER_ID, LAPTOP_ID, new_case

from kadin_danisma.services import package_conflicts, package_content
from kadin_danisma.services.package_state import value_hash


def test_package_rows_and_conflicts_are_behind_row_level_security(server_team: Any) -> None:
    ayse = server_team.login("ayse")
    case_id, number = new_case(ayse)
    with ayse.write() as conn:
        payload = package_content.build(ayse, conn, LAPTOP_ID, [number], sequence=1, acked=0)
    payload = json.loads(json.dumps(payload))
    assert payload["withheld_notes"] == 1 and "whole" in payload["cases"][0]
    # the laptop changed the child's school while the center changed it too: a conflict, on the server
    conn = ayse.connection()
    child = conn.execute("SELECT uuid, school FROM children WHERE case_id = ?", (case_id,)).fetchone()
    with ayse.write() as wconn:
        wconn.execute("UPDATE children SET school = 'Merkez Okulu' WHERE case_id = ?", (case_id,))
    record = next(x for x in payload["cases"][0]["records"] if x["t"] == "children")
    incoming = {**record, "f": {**record["f"], "school": "Konukevi Okulu"},
                "b": {k: value_hash(v) for k, v in record["f"].items()}}
    back = {**payload, "cases": [{"uuid": payload["cases"][0]["uuid"], "case_number": number, "records": [incoming]}]}
    with ayse.write() as wconn:
        summary = package_content.apply(ayse, wconn, CENTER_ID, back, sequence=1, acked=1)
    assert summary.conflicts == 1 and child[1] == "Atatürk İlkokulu"
    [c] = package_conflicts.list_open(ayse, case_id)
    assert (c.local_value, c.incoming_value) == ("Merkez Okulu", "Konukevi Okulu")
    for table in ("package_base", "package_conflicts"):
        assert int(server_team.psql("ayse", f"SELECT count(*) FROM kd.{table}").stdout.strip()) > 0, table
        assert server_team.psql("zeynep", f"SELECT count(*) FROM kd.{table}").stdout.strip() == "0", table
    package_conflicts.resolve(ayse, case_id, c.id, "incoming")
    assert conn.execute("SELECT school FROM children WHERE case_id = ?", (case_id,)).fetchone()[0] == "Konukevi Okulu"
