"""The demo generator's center work (issue 21 part B): a year of group activities and trainings (support
groups every few weeks, seminars, staff trainings, awareness events around 8 March and 25 November) with
participants by sex and age band, calls and visits for information only (some referred, a few turned into an
intake), a few women named on a support group with their consent, and follow-ups allowed by the supervisor
on some closed cases (three and six months after closure, one due soon so the dashboard shows it).

Written with the rows of the importer's level (no service checks: the generator signs in as the demo admin,
who may not record center work herself). Its own random stream, so the cases of a seed stay as they were.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from ..domain.center_work import AGE_BANDS
from ..vault import rows
from ..vault.audit import now_iso
from ..vault.port import Connection, errors_translated
from .session import Session

TOPICS = {
    "seminar": ("6284 sayılı Kanun ve koruyucu tedbirler", "Ekonomik şiddet ve haklarımız", "Dijital şiddet"),
    "workshop": ("Beden ve nefes atölyesi", "Kendini ifade etme atölyesi", "Bütçe yönetimi atölyesi"),
    "support_group": ("Destek grubu: güçlenme", "Destek grubu: çocuklarla iletişim", "Destek grubu: yeni başlangıç"),
    "staff_training": ("Travma bilgili görüşme", "Risk değerlendirmesi güncelleme", "Tükenmişlikle baş etme"),
    "institution_training": ("Muhtarlara şiddet bildirimi eğitimi", "Sağlık çalışanlarına yönlendirme eğitimi"),
    "awareness_event": ("8 Mart Dünya Kadınlar Günü buluşması", "25 Kasım şiddete karşı yürüyüş",
                        "Mahalle bilgilendirme standı"),
}
PLACES = ("Merkez toplantı salonu", "Belediye kültür merkezi", "Mahalle muhtarlığı", "Semt kadın evi",
          "Çevrim içi")
OUTSIDE = ("Av. Demo Baro Eğitmeni", "Psk. Demo Dış Uzman", "Demo Sağlık Müdürlüğü eğitmeni")
CHANNELS = (("phone", 60), ("walk_in", 15), ("visit", 10), ("email", 15))
CONTACT_TOPICS = (("rights_6284", 25), ("shelter_info", 15), ("legal_info", 20), ("economic_support", 15),
                  ("employment", 8), ("psychological_support", 7), ("services_info", 6), ("for_someone_else", 3),
                  ("other", 1))
NOTES = ("", "", "", "Koruma kararı başvurusunu sordu.", "Nafaka ve velayet hakkında bilgi verildi.",
         "Konukevi koşulları anlatıldı.", "Merkezin çalışma saatleri soruldu.")


def _pick(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs], k=1)[0]


def _participants(rng: random.Random, kind: str) -> dict[str, dict[str, int]]:
    size = {"support_group": (5, 12), "staff_training": (6, 20), "awareness_event": (40, 300)}.get(kind, (10, 45))
    total = rng.randint(*size)
    out: dict[str, dict[str, int]] = {}
    men_share = 0.0 if kind == "support_group" else rng.choice((0.0, 0.1, 0.25))
    for _ in range(total):
        sex = "male" if rng.random() < men_share else "female"
        band = rng.choices(AGE_BANDS, weights=(2 if kind == "awareness_event" else 0, 25, 35, 22, 6, 4), k=1)[0]
        out.setdefault(sex, {})[band] = out.get(sex, {}).get(band, 0) + 1
    return out


def add(session: Session, rng: random.Random, today: date, n_cases: int, staff: list[int],
        supervisor: int) -> None:
    """Activities and contacts of the past year, scaled to the demo's size; a few named attendances and
    follow-ups allowed after closure."""
    if n_cases <= 0 or not staff:
        return
    with session.write() as conn:
        activities = _activities(conn, rng, today, max(6, min(120, n_cases // 8)), staff)
        _contacts(conn, rng, today, max(10, min(3000, n_cases // 2)), staff)
        _named(conn, rng, activities, staff[0])
        _allowances(conn, rng, today, supervisor, max(1, min(20, n_cases // 30)))
        session.log(conn, "demo_center_data", None, activities=len(activities))


def _activities(conn: Connection, rng: random.Random, today: date, count: int, staff: list[int]) -> list[int]:
    kinds = (("support_group", 30), ("seminar", 20), ("workshop", 15), ("staff_training", 10),
             ("institution_training", 10), ("awareness_event", 15))
    made: list[int] = []
    # every kind at least once (a small demo center still runs a support group), then as a center's year goes
    every = [k for k, _ in kinds]
    for index in range(count):
        kind = every[index] if index < len(every) else _pick(rng, kinds)
        held = today - timedelta(days=rng.randint(0, 364))
        outsider = rng.random() < 0.3
        made.append(rows.insert(conn, "group_activities", {
            "kind": kind, "held_on": held.isoformat(), "place": rng.choice(PLACES),
            "facilitator_id": None if outsider else rng.choice(staff),
            "facilitator_name": rng.choice(OUTSIDE) if outsider else "", "topic": rng.choice(TOPICS[kind]),
            "participants": json.dumps(_participants(rng, kind), sort_keys=True), "created_by": rng.choice(staff),
            "created_at": now_iso()}))
    return made


def _contacts(conn: Connection, rng: random.Random, today: date, count: int, staff: list[int]) -> None:
    with errors_translated():
        institutions = [int(i) for (i,) in conn.execute("SELECT id FROM institutions WHERE active = 1 ORDER BY id")]
    for _ in range(count):
        referred = rng.choice(institutions) if institutions and rng.random() < 0.35 else None
        rows.insert(conn, "info_contacts", {
            "contact_on": (today - timedelta(days=rng.randint(0, 364))).isoformat(),
            "channel": _pick(rng, CHANNELS), "topic": _pick(rng, CONTACT_TOPICS), "institution_id": referred,
            "notes": rng.choice(NOTES), "recorded_by": rng.choice(staff), "recorded_at": now_iso()})


def _named(conn: Connection, rng: random.Random, activities: list[int], by: int) -> None:
    """Two or three women of open cases named on a support group, each with her consent recorded first."""
    with errors_translated():
        groups = [(int(a), str(d)) for a, d in conn.execute(
            "SELECT id, held_on FROM group_activities WHERE kind = 'support_group' ORDER BY held_on DESC LIMIT 3")]
        open_cases = [(int(c), int(k)) for c, k in conn.execute(
            "SELECT id, client_id FROM cases WHERE status IN ('open', 'active') ORDER BY id LIMIT 40")]
    if not groups or not open_cases:
        return
    for case_id, client_id in rng.sample(open_cases, min(3, len(open_cases))):
        group, held = rng.choice(groups)
        with errors_translated():  # a second run of the generator on the same vault: once per group
            if conn.execute("SELECT 1 FROM activity_attendance WHERE activity_id = ? AND case_id = ?",
                            (group, case_id)).fetchone():
                continue
        consent = rows.insert(conn, "consents", {"client_id": client_id, "kind": "group_attendance",
                                                 "given_on": held, "recorded_by": by})
        rows.insert(conn, "activity_attendance", {"activity_id": group, "case_id": case_id, "consent_id": consent,
                                                  "recorded_by": by, "recorded_at": now_iso()})


def _allowances(conn: Connection, rng: random.Random, today: date, supervisor: int, count: int) -> None:
    with errors_translated():
        closed = [int(c) for (c,) in conn.execute(
            "SELECT id FROM cases WHERE status = 'closed' ORDER BY closed_on DESC, id LIMIT 60")]
    for case_id in rng.sample(closed, min(count, len(closed)))[:count]:
        allowance = rows.insert(conn, "followup_allowances", {
            "case_id": case_id, "allowed_by": supervisor, "allowed_at": now_iso(),
            "until_on": (today + timedelta(days=rng.randint(120, 240))).isoformat(), "max_count": 2})
        for days, purpose in ((rng.randint(-3, 12), "Konukevinden çıkıştan üç ay sonra arama"),
                              (rng.randint(80, 100), "Altı ay sonra arama")):
            rows.insert(conn, "follow_ups", {"case_id": case_id, "due_on": (today + timedelta(days=days)).isoformat(),
                                             "purpose": purpose, "allowance_id": allowance})
