"""Rows of the support records (issue 21, part A) as records and back: what the case loader reads, what an
imported case writes, and the hearings of a period for the calendar and the dashboard. No permission check
or audit here: the callers (services/support.py, record_loader.py, interchange.py) do both.
"""

from __future__ import annotations

from typing import Any

from ..domain import support_checks
from ..domain.errors import NotFound
from ..domain.support_records import Aid, CourtCase, Employment, Hearing
from ..vault import repositories, rows
from ..vault.port import Connection, errors_translated
from .casework import user_names

COMMITTEE_SETTING = "aid_committee_kinds"
DEFAULT_COMMITTEE_KINDS = "cash,rent"


def committee_kinds(conn: Connection) -> frozenset[str]:
    """Aid kinds that need a social inquiry report and a committee decision before approval."""
    text = repositories.get_setting(conn, COMMITTEE_SETTING, DEFAULT_COMMITTEE_KINDS)
    return frozenset(k.strip() for k in (text if text is not None else DEFAULT_COMMITTEE_KINDS).split(",")
                     if k.strip())


def aid_values(x: Aid) -> dict[str, Any]:
    return {"kind": x.kind, "source": x.source, "source_detail": x.source_detail, "status": x.status,
            "requested_on": x.requested_on, "decided_on": x.decided_on, "delivered_on": x.delivered_on,
            "amount_kurus": x.amount_kurus, "quantity": x.quantity, "inquiry_report_on": x.inquiry_report_on,
            "committee_decision_no": x.committee_decision_no, "refusal_reason": x.refusal_reason, "notes": x.notes}


def employment_values(x: Employment) -> dict[str, Any]:
    return {"kind": x.kind, "institution": x.institution, "start_on": x.start_on, "outcome": x.outcome,
            "outcome_on": x.outcome_on, "notes": x.notes}


def court_values(x: CourtCase) -> dict[str, Any]:
    return {"kind": x.kind, "court": x.court, "file_no": x.file_no, "lawyer": x.lawyer, "status": x.status,
            "outcome": x.outcome, "opened_on": x.opened_on, "decided_on": x.decided_on, "notes": x.notes}


def write_hearings(conn: Connection, court_case_id: int, hearings: list[Hearing]) -> tuple[int, int]:
    """The case's hearings made equal to `hearings`; returns (added or changed, removed)."""
    known = {int(h["id"]): h for h in rows.select(conn, "court_hearings", {"court_case_id": court_case_id})}
    kept: set[int] = set()
    added = 0
    for h in hearings:
        values = {"hearing_on": h.hearing_on, "hearing_time": h.hearing_time, "note": h.note}
        if h.id is not None:
            if h.id not in known:
                raise NotFound("no such hearing in this court case")
            kept.add(h.id)
            old = known[h.id]
            if any(old[k] != v for k, v in values.items()):
                rows.update(conn, "court_hearings", h.id, values)
                added += 1
        else:
            rows.insert(conn, "court_hearings", {"court_case_id": court_case_id, **values})
            added += 1
    gone = [i for i in known if i not in kept]
    for i in gone:
        rows.delete(conn, "court_hearings", {"id": i})
    return added, len(gone)


def load(conn: Connection, case_id: int) -> tuple[list[Aid], list[Employment], list[CourtCase]]:
    """A case's support records in the order they were given (the caller checked the case may be read)."""
    names = user_names(conn)

    def who(row: dict[str, Any]) -> str:
        uid = row["recorded_by"]
        return names.get(uid, "") if uid is not None else str(row["recorded_by_name"])

    where = {"case_id": case_id}
    aid = [Aid(x["kind"], x["source"], x["requested_on"], x["status"], x["amount_kurus"], x["quantity"],
               x["source_detail"], x["decided_on"], x["delivered_on"], x["inquiry_report_on"],
               x["committee_decision_no"], x["refusal_reason"], x["notes"], who(x), x["id"], x["row_version"])
           for x in rows.select(conn, "aid_records", where, "requested_on, id")]
    employment = [Employment(x["kind"], x["institution"], x["start_on"], x["outcome"], x["outcome_on"], x["notes"],
                             who(x), x["id"], x["row_version"])
                  for x in rows.select(conn, "employment_supports", where, "start_on, id")]
    court = []
    for x in rows.select(conn, "court_cases", where, "id"):
        hearings = [Hearing(h["hearing_on"], h["hearing_time"], h["note"], h["id"])
                    for h in rows.select(conn, "court_hearings", {"court_case_id": x["id"]}, "hearing_on, id")]
        court.append(CourtCase(x["kind"], x["court"], x["file_no"], x["lawyer"], x["status"], x["outcome"],
                               x["opened_on"], x["decided_on"], x["notes"], hearings, who(x), x["id"],
                               x["row_version"]))
    return aid, employment, court


def check_imported(conn: Connection, c: Any, aid: list[Aid], employment: list[Employment],
                   court: list[CourtCase], p: str) -> None:
    """The importer's checks of a case's support records (interchange.py), under the case's path."""
    kinds = committee_kinds(conn)
    for i, a in enumerate(aid):
        support_checks.aid(c, a, f"{p}.aid[{i}]", kinds)
    for i, e in enumerate(employment):
        support_checks.employment(c, e, f"{p}.employment[{i}]")
    for i, k in enumerate(court):
        support_checks.court_case(c, k, f"{p}.court_cases[{i}]")


def write_imported(conn: Connection, case_id: int, aid: list[Aid], employment: list[Employment],
                   court: list[CourtCase], user_ids: dict[str, int]) -> None:
    """An imported case's support records (interchange.py), inside its transaction. Who recorded each is a
    user of this vault when the name is one, else kept as a name."""
    def by(name: str) -> dict[str, Any]:
        uid = user_ids.get(name)
        return {"recorded_by": uid, "recorded_by_name": "" if uid is not None else name}

    for a in aid:
        rows.insert(conn, "aid_records", {"case_id": case_id, **aid_values(a), **by(a.recorded_by)})
    for e in employment:
        rows.insert(conn, "employment_supports", {"case_id": case_id, **employment_values(e), **by(e.recorded_by)})
    for k in court:
        kid = rows.insert(conn, "court_cases", {"case_id": case_id, **court_values(k), **by(k.recorded_by)})
        write_hearings(conn, kid, [Hearing(h.hearing_on, h.hearing_time, h.note) for h in k.hearings])


def hearings_between(conn: Connection, first: str, last: str) -> list[tuple[int, str, str | None, str, str]]:
    """(case id, day, time, court case kind, court) of every hearing from `first` to `last` the reader may
    see (a server's row-level security decides; in a vault the caller filters by case)."""
    with errors_translated():
        found = conn.execute(
            "SELECT k.case_id, h.hearing_on, h.hearing_time, k.kind, k.court FROM court_hearings h"
            " JOIN court_cases k ON k.id = h.court_case_id WHERE h.hearing_on BETWEEN ? AND ?"
            " ORDER BY h.hearing_on, h.hearing_time, h.id", (first, last)).fetchall()
    return [(int(x[0]), str(x[1]), x[2], str(x[3]), str(x[4])) for x in found]
