"""The institution directory referrals go to: seeded with the usual institutions, edited by an admin,
searched by everyone who refers (by name, type or city, Turkish-folded)."""

from __future__ import annotations

from dataclasses import replace

from ..domain import record_checks
from ..domain import records as r
from ..domain.errors import InvalidInput, NotFound
from ..domain.folding import fold
from ..domain.permissions import Action
from ..vault import rows
from ..vault.port import Connection
from . import access
from .casework import checker, row_values, update_logged
from .session import Session


def _institution(x: dict[str, object]) -> r.Institution:
    return r.Institution(
        str(x["name"]), str(x["institution_type"]), str(x["city"]), str(x["district"]), str(x["phone"]),
        str(x["email"]), str(x["address"]), str(x["notes"]), bool(x["active"]), int(x["id"]),  # type: ignore[call-overload]
        x.get("row_version"),  # type: ignore[arg-type]
    )


def all_institutions(conn: Connection, include_inactive: bool = False) -> list[r.Institution]:
    found = [_institution(x) for x in rows.select(conn, "institutions", None, "name")]
    return [i for i in found if include_inactive or i.active]


def search_institutions(session: Session, text: str = "", institution_type: str | None = None,
                        city: str | None = None) -> list[r.Institution]:
    words = fold(text).split()
    out = []
    for inst in all_institutions(session.connection()):
        if institution_type and inst.institution_type != institution_type:
            continue
        if city and fold(inst.city) != fold(city):
            continue
        hay = fold(f"{inst.name} {inst.city} {inst.district} {inst.institution_type}")
        if all(w in hay for w in words):
            out.append(inst)
    return out


def get_institution(conn: Connection, institution_id: int) -> r.Institution:
    row = rows.get(conn, "institutions", institution_id)
    if row is None:
        raise NotFound("no such institution")
    return _institution(row)


def save_institution(session: Session, inst: r.Institution) -> int:
    access.require(session, Action.DIRECTORY_MANAGE)
    conn = session.connection()
    c = checker(conn, "$")
    record_checks.institution(c, inst)
    c.raise_if_any()
    values = row_values(inst)
    clash = conn.execute("SELECT id FROM institutions WHERE name = ? AND city = ?", (inst.name, inst.city)).fetchone()
    if clash is not None and clash[0] != inst.id:
        raise InvalidInput("an institution with this name already exists in this city")
    with session.write() as wconn:
        if inst.id is None:
            new_id = rows.insert(wconn, "institutions", values)
            session.log(wconn, "institution_add", f"institution:{new_id}", name=inst.name, type=inst.institution_type)
            return new_id
        get_institution(wconn, inst.id)
        update_logged(session, wconn, "institutions", inst.id, values, f"institution:{inst.id}", "institution",
                       action="institution_update", base=inst.row_version)
        return inst.id


def list_institutions(session: Session, text: str = "", include_inactive: bool = False) -> list[r.Institution]:
    """For the directory editor: every institution matching `text`, inactive ones too when asked
    (those only for people who manage the directory)."""
    if include_inactive:
        access.require(session, Action.DIRECTORY_MANAGE)
    words = fold(text).split()
    out = []
    for inst in all_institutions(session.connection(), include_inactive):
        hay = fold(f"{inst.name} {inst.city} {inst.district} {inst.institution_type}")
        if all(w in hay for w in words):
            out.append(inst)
    return sorted(out, key=lambda inst: (fold(inst.name), inst.name))  # Ç, İ, Ş where a reader expects them


def set_institution_active(session: Session, institution_id: int, active: bool) -> None:
    """Deactivate (no longer offered for new referrals; old referrals keep it) or reactivate."""
    access.require(session, Action.DIRECTORY_MANAGE)
    inst = get_institution(session.connection(), institution_id)
    if inst.active == active:
        return
    save_institution(session, replace(inst, active=active))
