"""Periodic destruction (issue 19): the "due for destruction" queue, its proposal by one person and its approval
by a supervisor who did not propose it, the destruction itself and the compaction of the vault after it.

- `queue`: who is due now under the policy in force (women, safe-contact details, retired shelters' contact
  details); women with a case on legal hold are listed and never proposed.
- `propose`: the queue as it is now becomes a proposed cycle (one periodic proposal at a time; an erasure a
  woman asked for is a cycle of its own, `propose_client`). Coordinators and supervisors propose.
- `approve`: a supervisor other than the proposer approves; then, in this order: the statistics of every
  closed month, quarter and year are fixed (statistics.close_due_periods, so past reports stay the same),
  one transaction destroys everything the cycle names that is still due (a hold placed meanwhile, a case
  reopened meanwhile: skipped and counted), writes the destruction record and the audit entries and marks
  the cycle done; then the vault is compacted (vault/compaction.py). A kill before the commit leaves every
  case whole; after it, every case gone, and the compaction is done again (`finish_compaction`, which the
  app and the command line run when they find a cycle done but not compacted).
- `reminder`: whether the last cycle is more than six months old (or none ran in a vault older than that).

The destruction record (its PDF: services/destruction_record.py) names no woman: counts by kind, method, legal
basis, who proposed and approved.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..domain.errors import InvalidInput, LegalHold, NotFound, PermissionDenied, SelfApproval
from ..domain.permissions import Action
from ..vault import destruction, repositories, retention_queries
from ..vault.audit import now_iso
from ..vault.compaction import Compaction
from ..vault.port import Connection, errors_translated
from ..vault.retention_queries import Cycle, DueClient, DueSafeContact, DueShelter
from . import access, statistics
from .retention_policy import CYCLE_DAYS, DELETE, RECORD_YEARS, Policy, policy, refuse_on_server, years_before
from .session import Session

__all__ = ["Cycle", "Outcome", "Preview", "Queue", "Reminder", "approve", "cancel", "finish_compaction", "preview",
           "propose", "propose_client", "queue", "reminder"]

Progress = Callable[[str], None]
SHOWN = 200  # rows of each list the queue returns (the counts are complete)
STAGES = ("statistics", "destroying", "compacting")


@dataclass(frozen=True)
class Queue:
    policy: Policy
    today: str
    clients: list[DueClient]
    safe_contacts: list[DueSafeContact]
    shelters: list[DueShelter]
    total_clients: int
    total_safe_contacts: int
    total_shelters: int
    held: int  # due women with a case on legal hold (listed, not proposed)
    proposed: list[Cycle] = field(default_factory=list)  # cycles waiting for approval

    @property
    def cases(self) -> int:
        return sum(len(c.case_numbers) for c in self.clients if not c.held)


@dataclass(frozen=True)
class Outcome:
    cycle_id: int
    record: dict[str, object]
    compaction: Compaction | None


@dataclass(frozen=True)
class Reminder:
    last_done: str | None
    due: bool  # more than six months since the last cycle (or since the vault began, when none ran)
    pending_compaction: list[int]  # cycles done whose compaction did not finish


def _today(today: date | None) -> date:
    return today or date.today()


def _due(session: Session, pol: Policy, today: date) -> tuple[list[DueClient], list[DueSafeContact], list[DueShelter]]:
    conn = session.connection()
    keep_before = years_before(today, pol.keep_years).isoformat()
    safe_before = years_before(today, pol.safe_contact_years).isoformat()
    shelter_before = years_before(today, pol.shelter_contact_years).isoformat()
    women = retention_queries.due_clients(conn, keep_before)
    whole = {c.client_id for c in women}
    return (women, retention_queries.due_safe_contacts(conn, safe_before, whole),
            retention_queries.due_shelters(conn, shelter_before))


def queue(session: Session, today: date | None = None) -> Queue:
    """What is due now (coordinators and supervisors); the read is audited (counts only)."""
    refuse_on_server(session)
    access.require(session, Action.RETENTION_MANAGE)
    day = _today(today)
    pol = policy(session)
    women, safe, shelters = _due(session, pol, day)
    proposed = retention_queries.cycles(session.connection(), "proposed")
    session.audit("retention_queue_view", None, women=len(women), safe_contacts=len(safe), shelters=len(shelters))
    return Queue(pol, day.isoformat(), women[:SHOWN], safe[:SHOWN], shelters[:SHOWN], len(women), len(safe),
                 len(shelters), sum(1 for c in women if c.held), proposed)


def _insert_cycle(session: Session, origin: str, pol: Policy, request_id: int | None,
                  items: list[tuple[str, int, str]]) -> int:
    assert session.user_id is not None
    with session.write() as conn:
        cycle_id = _new_cycle(conn, origin, pol, request_id, session.user_id)
        with errors_translated():
            conn.executemany("INSERT INTO destruction_items (cycle_id, kind, target_id, action) VALUES (?, ?, ?, ?)",
                             [(cycle_id, kind, target, action) for kind, target, action in items])
        counts: dict[str, int] = {}
        for kind, _, _ in items:
            counts[kind] = counts.get(kind, 0) + 1
        session.log(conn, "retention_proposed", f"cycle:{cycle_id}", origin=origin, request=request_id,
                    women=counts.get("client", 0), safe_contacts=counts.get("safe_contact", 0),
                    shelters=counts.get("shelter_contact", 0), method=pol.method if origin == "periodic" else DELETE)
    return cycle_id


def _new_cycle(conn: Connection, origin: str, pol: Policy, request_id: int | None, user_id: int) -> int:
    with errors_translated():
        cur = conn.execute(
            "INSERT INTO destruction_cycles (status, origin, request_id, policy, proposed_at, proposed_by)"
            " VALUES ('proposed', ?, ?, ?, ?, ?)",
            (origin, request_id, json.dumps(pol.as_json(), sort_keys=True), now_iso(), user_id))
    return int(cur.lastrowid)


def propose(session: Session, today: date | None = None) -> int:
    """The queue as it is now, as a proposed periodic cycle (women on hold and women already in a proposed
    cycle left out). An empty proposal is allowed: approving it records a cycle in which nothing was due."""
    refuse_on_server(session)
    access.require(session, Action.RETENTION_MANAGE)
    conn = session.connection()
    if any(c.origin == "periodic" for c in retention_queries.cycles(conn, "proposed")):
        raise InvalidInput("a periodic destruction is already waiting for approval", code="cycle_pending")
    pol = policy(session)
    women, safe, shelters = _due(session, pol, _today(today))
    taken = retention_queries.pending_client_ids(conn)
    items = [("client", c.client_id, pol.method) for c in women if not c.held and c.client_id not in taken]
    items += [("safe_contact", c.client_id, "clear") for c in safe if not c.held and c.client_id not in taken]
    items += [("shelter_contact", s.shelter_id, "clear") for s in shelters]
    return _insert_cycle(session, "periodic", pol, None, items)


def propose_client(session: Session, client_id: int, request_id: int) -> int:
    """An erasure she asked for (services/data_requests.py, which checks the permissions): her whole record,
    deleted, as a cycle of its own that a supervisor other than the proposer approves."""
    refuse_on_server(session)
    conn = session.connection()
    if retention_queries.client_held(conn, client_id):
        raise LegalHold()
    if client_id in retention_queries.pending_client_ids(conn):
        raise InvalidInput("her record is already in a destruction waiting for approval", code="cycle_pending")
    pol = policy(session)
    return _insert_cycle(session, "request", Policy(pol.keep_years, pol.safe_contact_years, pol.shelter_contact_years,
                                                    DELETE), request_id, [("client", client_id, DELETE)])


def _proposed(session: Session, cycle_id: int) -> Cycle:
    found = retention_queries.cycle(session.connection(), cycle_id)
    if found is None:
        raise NotFound("no such destruction cycle")
    if found.status != "proposed":
        raise InvalidInput("this destruction was already decided", code="cycle_closed")
    return found


def cancel(session: Session, cycle_id: int) -> None:
    """Drop a proposal (its proposer, or a supervisor); nothing is destroyed; audited."""
    refuse_on_server(session)
    access.require(session, Action.RETENTION_MANAGE)
    found = _proposed(session, cycle_id)
    if found.proposed_by != session.user_id and not access.allowed(session, Action.RETENTION_APPROVE):
        raise PermissionDenied("you do not have permission for this")
    with session.write() as conn:
        rows_changed = conn.execute("UPDATE destruction_cycles SET status = 'cancelled', decided_at = ?, decided_by = ?"
                                    " WHERE id = ? AND status = 'proposed'", (now_iso(), session.user_id, cycle_id))
        if rows_changed.rowcount != 1:
            raise InvalidInput("this destruction was already decided", code="cycle_closed")
        conn.execute("DELETE FROM destruction_items WHERE cycle_id = ?", (cycle_id,))
        if found.request_id is not None:
            conn.execute("UPDATE data_requests SET status = 'open', outcome = NULL WHERE id = ? AND"
                         " status = 'in_destruction'", (found.request_id,))
        session.log(conn, "retention_cancelled", f"cycle:{cycle_id}")


# -- approval and the destruction -------------------------------------------------------------------------

def _person(conn: Connection, user_id: int | None) -> dict[str, str]:
    for user in repositories.list_users(conn):
        if user.id == user_id:
            return {"username": user.username, "name": user.display_name}
    return {"username": "", "name": ""}


def _still_due(conn: Connection, found: Cycle, client_id: int, today: date) -> str | None:
    """Why a woman of the cycle is skipped now (None: destroy her)."""
    with errors_translated():
        row = conn.execute(
            "SELECT COUNT(*), SUM(CASE WHEN status IN ('open', 'active', 'closure_requested') THEN 1 ELSE 0 END)"
            " FROM cases WHERE client_id = ? AND anonymized_on IS NULL", (client_id,)).fetchone()
    if not row or not row[0]:
        return "gone"
    if retention_queries.client_held(conn, client_id):
        return "legal_hold"
    if found.origin == "request":
        return None
    if row[1]:
        return "live"
    pol = Policy(**found.policy)
    before = years_before(today, pol.keep_years).isoformat()
    return None if retention_queries.client_ended_before(conn, client_id, before) else "not_due"


def _backups_before(conn: Connection) -> tuple[int, str | None]:
    with errors_translated():
        row = conn.execute("SELECT COUNT(*), MAX(at) FROM audit_log WHERE action = 'backup'").fetchone()
    return int(row[0]), (str(row[1]) if row[1] else None)


LEGAL_BASIS = {"periodic": ["kvkk_7", "regulation_periodic"], "request": ["kvkk_7", "kvkk_11", "regulation_request"]}


def _destroy(session: Session, found: Cycle, today: date, snapshots: int) -> dict[str, object]:
    """The one transaction: every item still due destroyed, the record written, the cycle done."""
    items = retention_queries.items(session.connection(), found.id)
    pol = Policy(**found.policy)
    method = DELETE if found.origin == "request" else pol.method
    with session.write() as conn:
        again = retention_queries.cycle(conn, found.id)
        if again is None or again.status != "proposed":
            raise InvalidInput("this destruction was already decided", code="cycle_closed")
        skipped: dict[str, int] = {}
        women: list[int] = []
        for kind, target, _action in items:
            if kind != "client":
                continue
            why = _still_due(conn, found, target, today)
            if why is None:
                women.append(target)
            else:
                skipped[why] = skipped.get(why, 0) + 1
        case_ids = destruction.case_ids_of_clients(conn, women)
        if found.request_id is not None:
            session.log(conn, "data_request_answered", None, id=found.request_id, outcome="erased", cycle=found.id)
        for case_id in case_ids:
            session.log(conn, "case_destroyed", f"case:{case_id}", method=method, cycle=found.id)
        counts = destruction.destroy_clients(conn, women, method, today.isoformat())
        safe = [t for k, t, _ in items if k == "safe_contact" and t not in women
                and not retention_queries.client_held(conn, t)]
        counts.merge(destruction.clear_safe_contact(conn, safe, today.isoformat()))
        counts.merge(destruction.clear_shelter_contact(conn, [t for k, t, _ in items if k == "shelter_contact"]))
        if found.origin == "periodic":  # issue 21: contacts' anonymous notes after the safe-contact period
            counts.merge(destruction.clear_contact_notes(conn, years_before(today, pol.safe_contact_years).isoformat()))
        done_at = now_iso()
        backups, last_backup = _backups_before(conn)
        data: dict[str, object] = {
            "cycle_id": found.id, "origin": found.origin, "method": method, "legal_basis": LEGAL_BASIS[found.origin],
            "policy": found.policy, "women": len(women), "cases": len(case_ids),
            "safe_contacts": counts.by_kind.get("safe_contacts", 0),
            "shelter_contacts": counts.by_kind.get("shelter_contacts", 0), "counts": counts.by_kind,
            "skipped": skipped, "proposed": {"at": found.proposed_at, **_person(conn, found.proposed_by)},
            "approved": {"at": done_at, **_person(conn, session.user_id)}, "backups_before": backups,
            "last_backup_at": last_backup, "snapshots_fixed": snapshots, "statistics_closed_through": today.isoformat(),
        }
        keep_until = years_before(today, -RECORD_YEARS).isoformat()
        with errors_translated():
            conn.execute("INSERT INTO destruction_records (cycle_id, done_at, keep_until, data) VALUES (?, ?, ?, ?)",
                         (found.id, done_at, keep_until, json.dumps(data, sort_keys=True, ensure_ascii=False)))
            conn.execute("UPDATE destruction_cycles SET status = 'done', decided_at = ?, decided_by = ? WHERE id = ?",
                         (done_at, session.user_id, found.id))
            conn.execute("DELETE FROM destruction_items WHERE cycle_id = ?", (found.id,))
        session.log(conn, "destruction_done", f"cycle:{found.id}", origin=found.origin, method=method,
                    women=len(women), cases=len(case_ids), counts=counts.by_kind, skipped=skipped)
    return {"done_at": done_at, "keep_until": keep_until, **data}


def approve(session: Session, cycle_id: int, today: date | None = None, progress: Progress | None = None) -> Outcome:
    """Approve and carry out a proposed cycle (a supervisor who did not propose it)."""
    refuse_on_server(session)
    access.require(session, Action.RETENTION_APPROVE)
    found = _proposed(session, cycle_id)
    if found.proposed_by == session.user_id:
        raise SelfApproval()
    day = _today(today)
    say = progress or (lambda _stage: None)
    say("statistics")
    snapshots = statistics.close_due_periods(session, today=day)
    say("destroying")
    record = _destroy(session, found, day, snapshots)
    say("compacting")
    return Outcome(cycle_id, record, _compact(session, cycle_id))


@dataclass(frozen=True)
class Preview:
    """What approving a cycle would do now (nothing is written): women and cases to destroy, what is skipped."""

    cycle: Cycle
    women: int
    cases: int
    safe_contacts: int
    shelters: int
    skipped: dict[str, int]


def preview(session: Session, cycle_id: int, today: date | None = None) -> Preview:
    """For a dry run and for the approver's screen: the cycle's items as they stand today."""
    refuse_on_server(session)
    access.require(session, Action.RETENTION_MANAGE)
    found = _proposed(session, cycle_id)
    conn = session.connection()
    day = _today(today)
    women: list[int] = []
    skipped: dict[str, int] = {}
    items = retention_queries.items(conn, cycle_id)
    for kind, target, _ in items:
        if kind == "client":
            why = _still_due(conn, found, target, day)
            if why is None:
                women.append(target)
            else:
                skipped[why] = skipped.get(why, 0) + 1
    return Preview(found, len(women), len(destruction.case_ids_of_clients(conn, women)),
                   sum(1 for k, _, _ in items if k == "safe_contact"),
                   sum(1 for k, _, _ in items if k == "shelter_contact"), skipped)


def _compact(session: Session, cycle_id: int) -> Compaction:
    result = session.vault.compact()
    with session.write() as conn:
        if not result.busy:  # otherwise it stays "not compacted": finish_compaction tries again later
            with errors_translated():
                conn.execute("UPDATE destruction_cycles SET compacted_at = ? WHERE id = ?", (now_iso(), cycle_id))
        session.log(conn, "vault_compacted", f"cycle:{cycle_id}", size_before=result.size_before,
                    size_after=result.size_after, merge_seconds=round(result.merge_seconds, 2),
                    vacuum_seconds=round(result.vacuum_seconds, 2), busy=result.busy)
    # The entry above went through the log: move it into the file too, so the log is empty again.
    with errors_translated():
        session.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return result


def finish_compaction(session: Session) -> list[Compaction]:
    """Compact after every cycle done whose compaction was interrupted (a crash, a lock); audited."""
    refuse_on_server(session)
    access.require(session, Action.RETENTION_MANAGE)
    with errors_translated():
        waiting = [int(x) for (x,) in session.connection().execute(
            "SELECT id FROM destruction_cycles WHERE status = 'done' AND compacted_at IS NULL ORDER BY id")]
    return [_compact(session, cycle_id) for cycle_id in waiting]


def reminder(session: Session, today: date | None = None) -> Reminder:
    """For the coordinator's and supervisors' screens: is a periodic destruction due?"""
    session.check_password_changed()
    if session.on_server:  # no destruction runs on a server yet (refuse_on_server): nothing to remind of
        return Reminder(retention_queries.last_done_at(session.connection()), False, [])
    conn = session.connection()
    last = retention_queries.last_done_at(conn)
    with errors_translated():
        first = conn.execute("SELECT MIN(at) FROM audit_log").fetchone()[0]
        waiting = [int(x) for (x,) in conn.execute(
            "SELECT id FROM destruction_cycles WHERE status = 'done' AND compacted_at IS NULL ORDER BY id")]
    since = last or (str(first) if first else None)
    due = False
    if since is not None:
        started = datetime.fromisoformat(since).date()
        due = _today(today) - started > timedelta(days=CYCLE_DAYS)
    return Reminder(last, due, waiting)
