"""The shelter registry and placements. Occupancy counts persons: the women placed now and the children who
went with them, as the amended shelter (konukevi) regulation counts a shelter's capacity; both numbers are
kept apart for the screens. A placement beyond capacity (the woman and the children going with her) needs an
explicit override with a reason; boys above a shelter's age limit are flagged on the placement, a transfer
included. Contact details are only returned to roles that need them, and each such read is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import record_checks
from ..domain import records as r
from ..domain.errors import CapacityExceeded, InvalidInput, NotFound
from ..domain.lifecycles import PLACEMENT_STEPS, check_step
from ..domain.permissions import Action
from ..domain.reasons import reason_problem
from ..vault import rows
from ..vault.port import Connection, dialect, errors_translated
from . import access
from .access import CaseRef
from .cases import touch
from .casework import checker, row_values, today, update_logged
from .session import Session


@dataclass(frozen=True)
class Occupancy:
    """A shelter as the lists show it: capacity in persons, the women and children staying, no contacts."""

    shelter_id: int
    name: str
    shelter_type: str
    city: str
    capacity: int  # persons: women and the children with them
    women: int
    boys_age_limit: int | None
    accessible: bool
    children: int = 0

    @property
    def occupied(self) -> int:
        """Persons staying now."""
        return self.women + self.children

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.occupied)


def occupancy(conn: Connection) -> list[Occupancy]:
    """Every active shelter with its capacity and current occupancy (women and children); no contact details."""
    with errors_translated():
        found = conn.execute(
            # shelter_occupancy counts every placement, also of cases she may not read (on a server the
            # view reads as its owner): free places are everyone's business, whose they are is not.
            "SELECT s.id, s.name, s.shelter_type, s.city, s.capacity, coalesce(o.women, 0), s.boys_age_limit,"
            " s.accessible, coalesce(o.children, 0) FROM shelters s LEFT JOIN shelter_occupancy o"
            " ON o.shelter_id = s.id WHERE s.active = 1 ORDER BY s.name"
        ).fetchall()
    return [Occupancy(int(x[0]), str(x[1]), str(x[2]), str(x[3]), int(x[4]), int(x[5]), x[6], bool(x[7]), int(x[8]))
            for x in found]


def _full(shelter: Occupancy, persons: int) -> bool:
    """Whether `persons` more (she and the children with her) would go beyond the shelter's capacity."""
    return shelter.occupied + persons > shelter.capacity


def _refuse_full(shelter: Occupancy) -> CapacityExceeded:
    return CapacityExceeded("the shelter is full; an override needs a reason", shelter.capacity, shelter.occupied,
                            shelter.women, shelter.children)


def list_shelters(session: Session) -> list[Occupancy]:
    if not (access.allowed(session, Action.SHELTER_MANAGE) or access.allowed(session, Action.DASHBOARD)):
        access.require(session, Action.SHELTER_MANAGE)
    return occupancy(session.connection())


def shelter_details(session: Session, shelter_id: int) -> r.Shelter:
    """Address, phone and contact person included: audited, and only for roles that place or manage."""
    access.require(session, Action.SHELTER_CONTACT_VIEW)
    row = rows.get(session.connection(), "shelters", shelter_id)
    if row is None:
        raise NotFound("no such shelter")
    session.audit("shelter_contact_view", f"shelter:{shelter_id}")
    return r.Shelter(row["name"], row["shelter_type"], row["capacity"], row["city"], row["boys_age_limit"],
                     bool(row["accessible"]), row["address"], row["phone"], row["contact_person"], bool(row["active"]),
                     row["id"], row.get("row_version"))


def save_shelter(session: Session, shelter: r.Shelter) -> int:
    access.require(session, Action.SHELTER_MANAGE)
    conn = session.connection()
    c = checker(conn, "$")
    record_checks.shelter(c, shelter)
    c.raise_if_any()
    values = row_values(shelter)
    clash = conn.execute("SELECT id FROM shelters WHERE name = ?", (shelter.name,)).fetchone()
    if clash is not None and clash[0] != shelter.id:
        raise InvalidInput("a shelter with this name already exists")
    with session.write() as wconn:
        if shelter.id is None:
            new_id = rows.insert(wconn, "shelters", values)
            session.log(wconn, "shelter_add", f"shelter:{new_id}", capacity=shelter.capacity)
            return new_id
        before = rows.get(wconn, "shelters", shelter.id)
        if before is None:
            raise NotFound("no such shelter")
        if bool(before["active"]) != shelter.active:
            # the day it closed: its confidential contact details are cleared a set time later (issue 19);
            # in the same update, so the change is one new version
            values = {**values, "retired_on": None if shelter.active else today()}
        update_logged(session, wconn, "shelters", shelter.id, values, f"shelter:{shelter.id}", "shelter",
                      action="shelter_update", base=shelter.row_version)
        return shelter.id


def _age(birth_year: int | None, on: str) -> int | None:
    return None if birth_year is None else date.fromisoformat(on).year - birth_year


def boys_over_limit(conn: Connection, shelter_id: int, child_ids: list[int], on: str) -> list[int]:
    shelter = rows.get(conn, "shelters", shelter_id) or {}
    limit = shelter.get("boys_age_limit")
    if limit is None:
        return []
    over = []
    for cid in child_ids:
        child = rows.get(conn, "children", cid) or {}
        age = _age(child.get("birth_year"), on)
        if child.get("sex") == "male" and age is not None and age > limit:
            over.append(cid)
    return over


def place(session: Session, case_id: int, shelter_id: int, child_ids: list[int] | None = None, *,
          on: str | None = None, requested_only: bool = False, capacity_override_reason: str = "",
          transferred_from: int | None = None) -> int:
    """Request or make a placement. Returns the placement id. Beyond capacity: CapacityExceeded unless a
    capacity_override_reason is given (audited). Boys over the shelter's age limit set the age flag."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    on = on or today()
    child_ids = sorted(set(child_ids or []))
    conn = session.connection()
    c = checker(conn)
    # A request may name a future date; a placement is recorded when it happens.
    c.date("on", on, required=True, not_future=not requested_only)
    c.raise_if_any()
    for cid in child_ids:
        child = rows.get(conn, "children", cid)
        if child is None or child["case_id"] != case_id:
            raise NotFound("a chosen child does not belong to this case")
    override = " ".join(capacity_override_reason.split())
    over_age = boys_over_limit(conn, shelter_id, child_ids, on)
    with session.write() as wconn:
        # Checked inside the write, on the state it changes: two counselors placing into the last bed at the
        # same moment meet here one after the other (a server locks the shelter's row until commit).
        ref = access.case_access(session, case_id, Action.CASE_EDIT, wconn)
        dialect(wconn).lock_shelter(wconn, shelter_id)
        shelter = next((s for s in occupancy(wconn) if s.shelter_id == shelter_id), None)
        if shelter is None:
            raise NotFound("no such shelter")
        with errors_translated():
            if wconn.execute("SELECT 1 FROM placements WHERE case_id = ? AND status = 'placed'",
                             (case_id,)).fetchone() and transferred_from is None:
                raise InvalidInput("she is already placed; end or transfer the current placement")
        over_capacity = _full(shelter, 1 + len(child_ids))
        if not requested_only and over_capacity and reason_problem(override) is not None:
            raise _refuse_full(shelter)
        pid = rows.insert(wconn, "placements", {
            "case_id": case_id, "shelter_id": shelter_id, "status": "requested" if requested_only else "placed",
            "requested_on": on, "placed_on": None if requested_only else on,
            "capacity_override_reason": override if over_capacity and not requested_only else "",
            "age_flag": int(bool(over_age)), "created_by": session.user_id, "transferred_from": transferred_from,
        })
        for cid in child_ids:
            rows.insert(wconn, "placement_children", {"placement_id": pid, "child_id": cid})
        session.log(wconn, "placement", ref.target, id=pid, shelter=shelter_id, status="requested" if requested_only
                    else "placed", children=len(child_ids), over_capacity=over_capacity and not requested_only,
                    boys_over_age_limit=len(over_age))
        touch(session, wconn, ref)
    return pid


def _placement(conn: Connection, ref: CaseRef, pid: int) -> dict[str, object]:
    row = rows.get(conn, "placements", pid)
    if row is None or row["case_id"] != ref.id:
        raise NotFound("no such placement in this case")
    return row


def confirm(session: Session, case_id: int, placement_id: int, on: str | None = None,
            capacity_override_reason: str = "") -> None:
    """A requested placement becomes placed (with the same capacity check)."""
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    on = on or today()
    conn = session.connection()
    c = checker(conn)
    c.date("on", on, required=True, not_future=True)
    c.raise_if_any()
    override = " ".join(capacity_override_reason.split())
    with session.write() as wconn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, wconn)
        row = _placement(wconn, ref, placement_id)
        check_step(PLACEMENT_STEPS, str(row["status"]), "placed", "placement")
        dialect(wconn).lock_shelter(wconn, int(row["shelter_id"]))  # type: ignore[call-overload]
        shelter = next(s for s in occupancy(wconn) if s.shelter_id == row["shelter_id"])
        kids = len(rows.select(wconn, "placement_children", {"placement_id": placement_id}))
        over_capacity = _full(shelter, 1 + kids)
        if over_capacity and reason_problem(override) is not None:
            raise _refuse_full(shelter)
        rows.update(wconn, "placements", placement_id, {"status": "placed", "placed_on": on,
                                                        "capacity_override_reason": override if over_capacity else ""})
        session.log(wconn, "placement_status", ref.target, id=placement_id, before="requested", after="placed",
                    over_capacity=over_capacity)
        touch(session, wconn, ref)


def end_placement(session: Session, case_id: int, placement_id: int, exit_reason: str,
                  on: str | None = None) -> None:
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    on = on or today()
    c = checker(session.connection())
    c.code("exit_reason", "placement_exit_reason", exit_reason)
    c.date("on", on, required=True, not_future=True)
    c.raise_if_any()
    with session.write() as conn:
        ref = access.case_access(session, case_id, Action.CASE_EDIT, conn)
        row = _placement(conn, ref, placement_id)
        check_step(PLACEMENT_STEPS, str(row["status"]), "ended", "placement")
        rows.update(conn, "placements", placement_id, {"status": "ended", "ended_on": on, "exit_reason": exit_reason})
        session.log(conn, "placement_status", ref.target, id=placement_id, before=row["status"], after="ended",
                    exit_reason=exit_reason)
        touch(session, conn, ref)


def transfer(session: Session, case_id: int, placement_id: int, to_shelter_id: int, on: str | None = None,
             capacity_override_reason: str = "") -> int:
    """End the current placement (reason 'transferred') and place her, with the same children, elsewhere."""
    conn = session.connection()
    ref = access.case_access(session, case_id, Action.CASE_EDIT)
    row = _placement(conn, ref, placement_id)
    if row["status"] != "placed":
        raise InvalidInput("only a current placement can be transferred")
    kids = [int(k["child_id"]) for k in rows.select(conn, "placement_children", {"placement_id": placement_id})]
    with session.write():  # one transaction: never placed twice, never left unplaced by a failed transfer
        new_id = place(session, case_id, to_shelter_id, kids, on=on,
                       capacity_override_reason=capacity_override_reason, transferred_from=placement_id)
        end_placement(session, case_id, placement_id, "transferred", on)
    return new_id
