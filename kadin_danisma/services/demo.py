"""Synthetic demo data (§2): realistic, varied case histories for demos, tests and benchmarks. Never real data.

Clients are named in Latin Turkish, Kurdish (Kurmanji), Arabic, Persian, Sorani, Armenian and Cyrillic
script, with nationality, migrant status, languages and interpreter need consistent with the name. Each
case is built whole as a `CaseRecord` (intake, children, perpetrators, risk assessments, safety plans,
notes, referrals to directory institutions, shelter placements, Law 6284 measures, KVKK consents,
follow-ups, closure requests and a status history that agrees with the case's state) and written through
the importer's `write_case`, many cases per transaction with one `demo_data` audit entry per batch. The
center's group activities, contacts that are not cases and follow-ups allowed after closure come from
demo_center.py.

Deterministic for a seed (given the same day and an empty vault): a `random.Random`, never `secrets`.
Client codes are left to the vault (they come from `secrets`), and dates are relative to today.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain import records as r
from ..domain.errors import InvalidInput, NotDemoVault
from ..domain.permissions import Action
from ..domain.roles import Role
from ..vault import repositories, search_index
from . import (
    access,
    casework,
    demo_calendar,
    demo_center,
    interchange,
    settings,
    shelters,
    users,
    vault_service,
)
from . import demo_pools as pools
from .demo_builder import SUPERVISOR, _Builder, _Shelter
from .directory import all_institutions
from .session import Session

__all__ = ["CENTER_NAME", "DEMO_ADMIN", "DEMO_PASSWORD", "SUPERVISOR", "DemoReport", "create_demo_vault", "generate"]

# Passes the password policy for every demo user name ("demo" itself must not appear in it).
DEMO_PASSWORD = "Deneme-Parola-2026"  # noqa: S105 (published on purpose: demo vaults only)
DEMO_ADMIN = "demo"
COUNSELOR_PREFIX = "danisman"
SHELTER_PREFIX = "Demo Konukevi"
CENTER_NAME = "DEMO – Kadın Danışma Merkezi"
BATCH = 500
CASES_PER_COUNSELOR = 400
MIN_COUNSELORS, MAX_COUNSELORS = 3, 12


@dataclass(frozen=True)
class DemoReport:
    cases: int
    notes: int
    usernames: tuple[str, ...]  # the demo counselors, then the demo supervisor (all use DEMO_PASSWORD)



# -- accounts and shelters ---------------------------------------------------------------------------------

def _counselor_count(n_cases: int) -> int:
    return max(MIN_COUNSELORS, min(MAX_COUNSELORS, math.ceil(n_cases / CASES_PER_COUNSELOR)))


def _ensure_user(session: Session, username: str, display_name: str, role: Role) -> str:
    """The demo account (created if missing, ready to log in with DEMO_PASSWORD); returns its display name."""
    conn = session.connection()
    row = repositories.find_user(conn, username)
    if row is not None:
        return row.display_name
    created = users.add_user(session, username, display_name, frozenset({role}), DEMO_PASSWORD)
    with session.write() as wconn:
        # A throwaway demo account: its first password is published, so no forced change at first unlock.
        repositories.update_user(wconn, created.id, must_change_password=0)
        session.log(wconn, "demo_user", username, must_change_password=False)
    return created.display_name


def _ensure_shelters(session: Session, rng: random.Random) -> list[_Shelter]:
    conn = session.connection()
    if not any(o.name.startswith(SHELTER_PREFIX) for o in shelters.occupancy(conn)):
        types = ["kadin_konukevi", "sonim_first_stage", "ngo_shelter"] + ["kadin_konukevi"] * 5
        for n in range(1, rng.randint(4, 8) + 1):
            shelters.save_shelter(session, r.Shelter(
                f"{SHELTER_PREFIX} {n}", types[n - 1], rng.randint(10, 40), rng.choice(pools.CITIES),
                12 if rng.random() < 0.8 else rng.choice((None, 6, 15)), rng.random() < 0.4,
                f"Gizli adres {n} (demo)", f"0500 000 {n:02d} {rng.randint(10, 99)}",
                f"{rng.choice(pools.TR_F)} {rng.choice(pools.TR_L)}"))
    return [_Shelter(o.name, o.capacity, o.occupied, o.boys_age_limit) for o in shelters.occupancy(conn)
            if o.name.startswith(SHELTER_PREFIX)]


# -- entry points -------------------------------------------------------------------------------------------

def generate(session: Session, n_cases: int, seed: int = 1,
             progress: Callable[[int, int], None] | None = None) -> DemoReport:
    """Add `n_cases` synthetic cases (plus demo counselors, a demo supervisor and demo shelters if missing).
    Only into a vault created as a demo vault: the demo accounts' password is published."""
    access.require(session, Action.USERS_MANAGE)
    if not vault_service.is_demo_vault(session):
        raise NotDemoVault()
    if n_cases < 0:
        raise InvalidInput("the number of demo cases cannot be negative")
    counselors: list[tuple[str, str]] = []
    for n in range(1, _counselor_count(n_cases) + 1):
        username = f"{COUNSELOR_PREFIX}{n}"
        name = pools.COUNSELOR_NAMES[(n - 1) % len(pools.COUNSELOR_NAMES)]
        counselors.append((username, _ensure_user(session, username, f"{name} (demo)", Role.COUNSELOR)))
    _ensure_user(session, SUPERVISOR, "Demo Süpervizör", Role.SUPERVISOR)
    shelter_state = _ensure_shelters(session, random.Random(f"{seed}/shelters"))  # noqa: S311 (synthetic data)
    conn = session.connection()
    institutions = all_institutions(conn)
    inst_ids = {i.name: i.id for i in all_institutions(conn, include_inactive=True) if i.id is not None}
    shelter_ids = {o.name: o.shelter_id for o in shelters.occupancy(conn)}
    user_ids = casework.user_ids(conn)
    builder = _Builder(random.Random(seed), date.today(), counselors, institutions,  # noqa: S311
                       shelter_state)
    demo_calendar.ensure_resources(session)
    planner = demo_calendar.Planner(random.Random(f"{seed}/calendar"), date.today())  # noqa: S311
    builder.planner = planner
    forced = pools.FORCED if n_cases >= len(pools.FORCED) else ()
    done = notes = 0
    while done < n_cases:
        size = min(BATCH, n_cases - done)
        with session.write() as wconn, search_index.deferred(wconn):
            for index in range(done, done + size):
                rec = builder.case(forced[index] if index < len(forced) else None)
                rec.case_number = casework.new_case_number(wconn, rec.opened_on)
                case_id = interchange.write_case(session, wconn, rec, inst_ids, shelter_ids, user_ids,
                                                 client_id=builder.pending_client)
                builder.written(int(wconn.execute("SELECT client_id FROM cases WHERE id = ?",
                                                  (case_id,)).fetchone()[0]))
                planner.attach(session, wconn, case_id, rec)
                notes += len(rec.notes)
            session.log(wconn, "demo_data", None, cases=size)
        done += size
        if progress is not None:
            progress(done, n_cases)
    ids = casework.user_ids(session.connection())
    demo_center.add(session, random.Random(f"{seed}/center"), date.today(), n_cases,  # noqa: S311 (synthetic)
                    [ids[c[0]] for c in counselors if c[0] in ids], ids[SUPERVISOR])
    return DemoReport(done, notes, (*(c[0] for c in counselors), SUPERVISOR))


def create_demo_vault(folder: Path, n_cases: int = 300, seed: int = 1) -> tuple[Session, DemoReport]:
    """A new vault full of synthetic cases, with the admin "demo" (password DEMO_PASSWORD) signed in."""
    created = vault_service.create_vault(Path(folder), CENTER_NAME, DEMO_ADMIN, "Demo Koordinatör", DEMO_PASSWORD,
                                         demo=True)
    session = created.session
    try:
        # the demo center is in İzmir: its statistics show the districts the generator uses
        settings.set_province(session, pools.DEMO_PROVINCE)
        report = generate(session, n_cases, seed)
    except BaseException:
        session.lock()
        raise
    return session, report
