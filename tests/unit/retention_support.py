"""A woman whose record is old enough to be destroyed, written through the services with every kind of row a
case can have (issue 19), and the scans that prove her words are gone. Synthetic data only.

Her words are made of invented, unusual words, so a hit can only be hers: her name, phone, code word, a note
(and its first version, kept as a revision), a child's and a perpetrator's name, her request in her own
words, a court file number, a break-glass reason and a legal-hold reason; and what a counselor's day adds
(schema level 6): her address, a follow-up settled with what came of it, a closure returned with the
supervisor's comment and then approved while she waits for a shelter place, with the reason it closes anyway;
and what the appointments' level (7) adds: an appointment cancelled with a reason, one she missed that
planned a follow-up, and an attached scan (a PDF that carries her words, with a title).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import kd_support

from kadin_danisma.domain import records as r
from kadin_danisma.domain.center_work import GroupActivity, InfoContact
from kadin_danisma.domain.folding import query_words
from kadin_danisma.services import (
    appointments,
    attachments,
    cases,
    closure,
    consents,
    data_requests,
    directory,
    drafts,
    followups,
    followups_after,
    group_activities,
    info_contacts,
    legal_hold,
    measures,
    notes,
    referrals,
    risk,
    shelters,
    support,
)
from kadin_danisma.services.demo_files import text_pdf

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
ADDRESS = "Kumruyuvası Sokak 19, Sardunyalıtepe"
FOLLOW_UP_OUTCOME = "Sesimizduydu ablası Sümbülbahçe evine taşındı"
RETURN_COMMENT = "Kirpikyağmuru planı bir daha bakılsın"
CLOSE_REASON = "Mercanadası yeri beklenmez, Yosunkayalı onayladı"
HER_REQUEST = "Soyadım Begonyakaya olarak yazılsın"
HOLD_REASON = "Karakovanlıdere davası için savcılık istedi"
LIFT_REASON = "Karakovanlıdere davası düştü"
CANCEL_REASON = "Tavşankulağıköy otobüsü kaçırıldı"
SCAN_TEXT = "Zumrutkanatli Gokcekayalar 6284 karari"  # ASCII: the PDF carries it as written
SCAN_TITLE = "Çiğdemyokuşu karakol tutanağı"
# her support records (issue 21): which foundation, the committee's number, the course, the court
AID_DETAIL = "Fesleğenköy Kadın Derneği"
COMMITTEE_NO = "Karar 2013/Portakalçiçeği-77"
COURSE = "Lavanta Atölyesi Kurs Merkezi Yeşilırmak"
COURT = "Kestanepazarı 3. Aile Mahk."
DIVORCE_FILE = "2013/55443 Esas Ayvalıkkoyu"
HEARING_NOTE = "Duruşmada Çamlıbelpınar tanığı"
AFTER_CLOSURE = "Kestaneköprüsü işine başladı, üç ay sonra arandı"  # a follow-up's outcome after closure (issue 21)
TEXTS = (AFTER_CLOSURE,
         NAME, PHONE, CODE_WORD, NOTE, FIRST_NOTE, CHILD, PERPETRATOR, REQUEST, COURT_FILE, SAFE_NOTES, BREAK_GLASS,
         ADDRESS, FOLLOW_UP_OUTCOME, RETURN_COMMENT, CLOSE_REASON, HER_REQUEST, HOLD_REASON, LIFT_REASON,
         CANCEL_REASON, SCAN_TEXT, SCAN_TITLE, AID_DETAIL, COMMITTEE_NO, COURSE, COURT, DIVORCE_FILE, HEARING_NOTE)
SHELTER = "Kanarya Konukevi (sınama)"
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
    """Her case, worked on by 'ayse', read by 'zeynep' with a stated reason, closed by 'selin' (returned once,
    then approved while a shelter place is still asked for) and then moved `years` into the past (the services
    refuse dates in the future and write today's closing date)."""
    admin = team.login("koordinator")
    shelter_id = next((s.shelter_id for s in shelters.list_shelters(admin) if s.name == SHELTER), None) or \
        shelters.save_shelter(admin, r.Shelter(SHELTER, "kadin_konukevi", 30))
    admin.lock()
    ayse, zeynep, selin = team.login("ayse"), team.login("zeynep"), team.login("selin")
    start = years_ago(years, 200)
    client = r.Client(full_name=NAME, birth_date="1980-05-17", nationality="Suriyeli",
                      safe_contact=r.SafeContact(safe_phone="0555 000 0000", code_word=CODE_WORD,
                                                 safe_contact_notes=SAFE_NOTES))
    case_id = cases.create_case(ayse, client, r.Intake(start, "walk_in", presenting_request=REQUEST,
                                                       violence_types=["physical"]))
    cases.finish_intake(ayse, case_id)
    # a change of phone: the old and new value go into her field history
    client.safe_contact = r.SafeContact(safe_phone=PHONE, code_word=CODE_WORD, safe_contact_notes=SAFE_NOTES,
                                        address=ADDRESS)
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
    support.save_aid(ayse, case_id, r.Aid("cash", "ngo", start, "delivered", 250_000, source_detail=AID_DETAIL,
                                          delivered_on=start, inquiry_report_on=start,
                                          committee_decision_no=COMMITTEE_NO, notes=NAME))
    support.save_employment(ayse, case_id, r.Employment("vocational_course", COURSE, start, "completed", start,
                                                        notes=NAME))
    support.save_court_case(ayse, case_id, r.CourtCase("divorce", COURT, DIVORCE_FILE, "bar_legal_aid", "ongoing",
                                                       opened_on=start, notes=NAME,
                                                       hearings=[r.Hearing(start, "10:30", HEARING_NOTE)]))
    followups.add_follow_up(ayse, case_id, r.FollowUp(date.today().isoformat(), f"{NAME} aranacak"))
    settled = followups.add_follow_up(ayse, case_id, r.FollowUp(start, f"{NAME} ile görüşme"))
    followups.settle(ayse, case_id, settled, "done", FOLLOW_UP_OUTCOME, on=start)
    drafts.save_draft(ayse, "note-canary", "note", {"body": NOTE}, case_id)
    cancelled = appointments.book(ayse, case_id, r.Appointment(f"{start}T10:00", f"{start}T11:00", "psychological",
                                                               counselors=["ayse"]), accept_clashes=True)
    appointments.cancel(ayse, cancelled, CANCEL_REASON)
    missed = appointments.book(ayse, case_id, r.Appointment(f"{start}T14:00", f"{start}T15:00", "legal",
                                                            counselors=["ayse"]), accept_clashes=True)
    appointments.no_show(ayse, missed, start, f"{NAME} gelmedi, aranacak")
    attachments.add(ayse, case_id, text_pdf([SCAN_TEXT], 1), attachments.Details("decision_6284", start, SCAN_TITLE))
    cases.open_case(zeynep, case_id, BREAK_GLASS)
    asked = data_requests.record_request(ayse, case_id, "correction", start, HER_REQUEST)
    data_requests.answer_request(ayse, asked, "corrected")
    legal_hold.place_hold(selin, case_id, HOLD_REASON)
    legal_hold.lift_hold(selin, case_id, LIFT_REASON)
    shelters.place(ayse, case_id, shelter_id, on=start, requested_only=True)
    # issue 21: named on a support group with her consent; a contact that became her intake
    consents.record_consent(ayse, case_id, r.Consent("group_attendance", start))
    group = group_activities.add_activity(ayse, GroupActivity("support_group", date.today().isoformat(), "Salon",
                                                              None, "Dış uzman", "Destek", {"female": {"30_44": 5}}))
    group_activities.name_attendee(ayse, group, case_id)
    contact = info_contacts.add_contact(ayse, InfoContact(start, "phone", "shelter_info"))
    info_contacts.link_case(ayse, contact, case_id)
    closure.request_closure(ayse, case_id, r.ClosureRequest("goals_met", checklist=["needs_met"],
                                                            summary=f"{NAME} güvende"))
    closure.decide(selin, case_id, False, RETURN_COMMENT)
    closure.request_closure(ayse, case_id, r.ClosureRequest("goals_met", checklist=["needs_met"],
                                                            summary=f"{NAME} güvende"))
    closure.decide(selin, case_id, True, placement_override=CLOSE_REASON)
    # issue 21: a follow-up after closure, allowed by the supervisor, settled with what came of it
    followups_after.allow(selin, case_id, date.today().isoformat(), 1)
    after = followups.add_follow_up(ayse, case_id, r.FollowUp(date.today().isoformat(), "Çıkıştan sonra"))
    followups.settle(ayse, case_id, after, "done", AFTER_CLOSURE)
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



def owned_rows(conn: Any, client_ids: set[int], case_ids: set[int]) -> dict[str, int]:
    """How many rows of each table belong to these women and cases, found from the live schema rather than a
    list: a row belongs when a column of it points at one (a declared foreign key, or a column named case_id or
    client_id), followed down every chain (a note's revisions, a referral's steps, an attachment's chunks).
    Tables with no such column (users, shelters, settings, the audit log of ids and hashes) hold nothing of
    hers. Rows are told apart by their id, or by all their values in a table without one."""
    tables = [str(n) for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                              " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%'")]
    links: dict[str, set[tuple[str, str]]] = {}  # table -> {(its column, the table whose id it holds)}
    has_id: dict[str, bool] = {}
    for table in tables:
        columns = {str(c[1]) for c in conn.execute(f"PRAGMA table_info({table})")}
        has_id[table] = "id" in columns
        links[table] = {(str(fk[3]), str(fk[2])) for fk in conn.execute(f"PRAGMA foreign_key_list({table})")}
        links[table] |= {(c, parent) for c, parent in (("case_id", "cases"), ("client_id", "clients")) if c in columns}
    owned: dict[str, set[object]] = {}
    for table, ids in (("clients", client_ids), ("cases", case_ids)):
        marks = ", ".join("?" for _ in ids)
        owned[table] = {row[0] for row in conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", sorted(ids))}
    changed = True
    while changed:
        changed = False
        for table in tables:
            found = set(owned.get(table, set()))
            for column, parent in links[table]:
                keys = sorted(k for k in owned.get(parent, set()) if isinstance(k, int))
                if not keys or not has_id.get(parent, False):
                    continue
                marks = ", ".join("?" for _ in keys)
                picked = "id" if has_id[table] else "*"
                found |= {row[0] if has_id[table] else tuple(row)
                          for row in conn.execute(f"SELECT {picked} FROM {table} WHERE {column} IN ({marks})", keys)}
            if found != owned.get(table, set()):
                owned[table] = found
                changed = True
    return {table: len(rows) for table, rows in sorted(owned.items()) if rows}
