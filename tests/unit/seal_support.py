"""Two (or three) vaults that exchange packages, for the package tests: each a copy of the team vault, paired
through the services as the admins would, with the payload stand-in (package_standin.py) in place of part 2."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import kd_support

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, notes, packages, vault_service

NAME = "Rojîn Xelîl روجين Şahinoğlu"
PHONE = "0555 314 15 92"
NOTE = "Kayınbiraderi tehdit etti; ZUMRUTANKA kelimesi yalnızca bu notta."


def vault_copy(template: Path, folder: Path) -> kd_support.Team:
    shutil.copytree(template, folder)
    return kd_support.Team(folder)


def pair(admin_of: kd_support.Team, card_of: kd_support.Team) -> str:
    """admin_of's admin pairs card_of's card (read out correctly); returns card_of's partner id."""
    card = packages.own_card(card_of.login(kd_support.ADMIN))
    packages.pair(admin_of.login(kd_support.ADMIN), card, card.fingerprint)
    return card.partner_id


def make_case(team: kd_support.Team, user: str = "ayse", name: str = NAME, body: str = NOTE) -> str:
    session = vault_service.unlock(team.folder, user, kd_support.PASSWORD)
    try:
        client = r.Client(full_name=name, safe_contact=r.SafeContact(safe_phone=PHONE))
        case_id = cases.create_case(session, client, r.Intake("2026-01-05", "phone"))
        notes.add_note(session, case_id, r.Note("phone_call", "2026-01-06", body))
        return cases.open_case(session, case_id).case_number
    finally:
        session.lock()


def standin_rows(session: Any) -> list[tuple[str, str]]:
    conn = session.connection()
    return [(str(k), str(v)) for k, v in conn.execute(
        "SELECT key, value FROM settings WHERE key GLOB 'standin:*' ORDER BY key").fetchall()]


def partner_state(session: Any, partner_id: str) -> tuple[int, str, int, int, str]:
    p = packages.find_partner(session, partner_id)
    return p.in_sequence, p.in_hash, p.acked, p.out_sequence, p.out_hash
