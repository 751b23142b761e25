"""A woman whose record is old enough to be destroyed, written through the services with every kind of row a
case can have (issue 19), and the scans that prove her words are gone. Synthetic data only.

Her words are made of invented, unusual words, so a hit can only be hers: her name, phone, code word, a note
(and its first version, kept as a revision), a child's and a perpetrator's name, her request in her own
words, a court file number, a break-glass reason and a legal-hold reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import kd_support

from kadin_danisma.domain import records as r
from kadin_danisma.domain.folding import query_words
from kadin_danisma.services import (
    cases,
    closure,
    consents,
    directory,
    drafts,
    followups,
    measures,
    notes,
    referrals,
    risk,
)

NAME = "Xylofonya Kanaryaoğlu"
PHONE = "0555 424 1977"
CODE_WORD = "Zebercetmenekşe"
NOTE = "Qwertzuiop görüşmesinde Mavikuşlarıyla konuşuldu"
FIRST_NOTE = "İlk sürüm Lavantaçiçekleri metni"
CHILD = "Yaseminçiçekcan Kanaryaoğlu"
PERPETRATOR = "Karabaşkurtoğlu Hüsnü"
REQUEST = "Ormangülleri hakkında yardım istiyor"
COURT_FILE = "2013/98765 Esas Nilüferköprü"
SAFE_NOTES = "Papatyatarlası önünden aranabilir"
BREAK_GLASS = "Ayşe izinli, Gelincikova acil aradı"
TEXTS = (NAME, PHONE, CODE_WORD, NOTE, FIRST_NOTE, CHILD, PERPETRATOR, REQUEST, COURT_FILE, SAFE_NOTES, BREAK_GLASS)
# The searchable form of her words (domain.folding), as the search index holds them.
FOLDED = tuple(sorted({w for text in TEXTS for w in query_words(text) if len(w) >= 9 and not w.isdigit()}))


def years_ago(years: int, days: int = 0) -> str:
    today = date.today()
    return (today.replace(year=today.year - years) - timedelta(days=days)).isoformat()


@dataclass(frozen=True)
class Canary:
    case_id: int
    client_id: int
    case_number: str
    client_code: str


def make_canary(team: kd_support.Team, years: int = 12) -> Canary:
    """Her case, worked on by 'ayse', read by 'zeynep' with a stated reason, closed by 'selin' and then moved
    `years` into the past (the services refuse dates in the future and write today's closing date)."""
    ayse, zeynep, selin = team.login("ayse"), team.login("zeynep"), team.login("selin")
    start = years_ago(years, 200)
    client = r.Client(full_name=NAME, birth_date="1980-05-17", nationality="Suriyeli",
                      safe_contact=r.SafeContact(safe_phone="0555 000 0000", code_word=CODE_WORD,
                                                 safe_contact_notes=SAFE_NOTES))
    case_id = cases.create_case(ayse, client, r.Intake(start, "walk_in", presenting_request=REQUEST,
                                                       violence_types=["physical"]))
    cases.finish_intake(ayse, case_id)
    # a change of phone: the old and new value go into her field history
    client.safe_contact = r.SafeContact(safe_phone=PHONE, code_word=CODE_WORD, safe_contact_notes=SAFE_NOTES)
    cases.update_client(ayse, case_id, client)
    cases.save_child(ayse, case_id, r.Child(CHILD, 2010, "female"))
    cases.save_perpetrator(ayse, case_id, r.Perpetrator("husband", PERPETRATOR))
    note_id = notes.add_note(ayse, case_id, r.Note("psychosocial_session", start, FIRST_NOTE))
    notes.edit_note(ayse, case_id, note_id, r.Note("psychosocial_session", start, NOTE))
    consents.record_consent(ayse, case_id, r.Consent("anonymous_statistics", start))
    consents.record_consent(ayse, case_id, r.Consent("information_notice", start, notes=NAME))
    inst = next(i for i in directory.search_institutions(ayse) if i.id is not None)
    referrals.create_referral(ayse, case_id, int(inst.id or 0), f"{NAME} için hukuki destek")
    measures.save_measure(ayse, case_id, r.Measure("no_approach", "family_judge", start, start,
                                                   court_file_no=COURT_FILE, status="expired"))
    risk.add_assessment(ayse, case_id, r.RiskAssessment(start, ["threats_to_kill"], "high", reason=NOTE))
    followups.add_follow_up(ayse, case_id, r.FollowUp(date.today().isoformat(), f"{NAME} aranacak"))
    drafts.save_draft(ayse, "note-canary", "note", {"body": NOTE}, case_id)
    cases.open_case(zeynep, case_id, BREAK_GLASS)
    closure.request_closure(ayse, case_id, r.ClosureRequest("goals_met", checklist=["needs_met"],
                                                            summary=f"{NAME} güvende"))
    closure.decide(selin, case_id, True)
    record = cases.open_case(selin, case_id)
    for s in (ayse, zeynep, selin):
        s.lock()
    age_case(team, case_id, years_ago(years, 100))
    vault, conn = kd_support.raw_connection(team.folder)
    try:
        client_id = int(conn.execute("SELECT client_id FROM cases WHERE id = ?", (case_id,)).fetchone()[0])
    finally:
        conn.close()
        vault.close()
    return Canary(case_id, client_id, record.case_number, record.client.client_code)


def age_case(team: kd_support.Team, case_id: int, closed_on: str) -> None:
    """Move a closed case's closing day into the past (test-only: the services write today's date)."""
    vault, conn = kd_support.raw_connection(team.folder)
    try:
        conn.execute("UPDATE cases SET closed_on = ? WHERE id = ?", (closed_on, case_id))
    finally:
        conn.close()
        vault.close()


def table_hits(conn: Any, texts: tuple[str, ...] = TEXTS, folded: tuple[str, ...] = FOLDED) -> list[str]:
    """'table.column: text' for every one of her words found in any column of any table (text as typed,
    text columns folded, and the raw bytes of blobs, which is where the search index keeps its words)."""
    hits = []
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
    for table in tables:
        columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
        if not columns:
            continue
        for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
            for column, value in zip(columns, row, strict=True):
                if isinstance(value, str):
                    found = [t for t in texts if t in value]
                    lowered = " ".join(query_words(value))
                    found += [w for w in folded if w in lowered]
                elif isinstance(value, bytes | memoryview):
                    data = bytes(value)
                    found = [t for t in texts if t.encode("utf-8") in data]
                    found += [w for w in folded if w.encode("utf-8") in data]
                else:
                    continue
                hits += [f"{table}.{column}: {x}" for x in found]
    return sorted(set(hits))


def page_needles() -> dict[str, bytes]:
    needles = {}
    for text in TEXTS:
        needles[text] = text.encode("utf-8")
    for word in FOLDED:
        needles[word] = word.encode("utf-8")
    return needles
