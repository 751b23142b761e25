"""The SQL of a KVKK destruction (issue 19): a woman's cases anonymized or deleted with every row that hangs
on them, inside the caller's transaction; her safe-contact details or a retired shelter's contact details
cleared. Set-based (the cases being destroyed sit in `destruction_gate`), so 1,000 cases are a few dozen
statements, not thousands.

What a case owns, and what anonymizing keeps:

- Removed by either method: the search index entries of the case and of its notes, note revisions, drafts,
  the field history, legal holds, her requests, follow-ups, attachments.
- Delete: every other row of the case and of her (client, consents) as well.
- Anonymize keeps the rows the statistics count, emptied of what names anyone: notes keep date, type,
  duration, interpreter language and child (body and interpreter's name emptied); children and perpetrators
  keep birth year, sex, relationship and flags (names, school, notes emptied); intake, risk, safety plan,
  referrals and their steps, placements, measures and violations, closure requests (summary, comment and the
  reason a case closed during a placement emptied), status history and consents keep their coded fields and
  dates (every free text emptied, court file numbers too); follow-ups go whole (their purpose and outcome
  are words about her, and who settled an imported one is a name); the client keeps her coded fields (year
  of birth from a birth date, nationality as the country it names) and loses name, code, birth date,
  address, contact details and free text; the case number becomes `anon-<id>` and `anonymized_on` is set;
  every kept row gets a new uuid (level 8's stable record id would link it to a package or an older backup).

Staff names (authors, reviewers) are not the woman's data and stay on anonymized rows. The audit log is not
touched: it holds ids, field names and salted hashes whose salts go with the field history.

The appointments' level (7, issue 20): attachments and their chunks go with either method; appointments
(and who was booked for them) go with a deleted case, and an anonymized case keeps them for the statistics
(outcome, interpreter language) without the cancellation's reason or the link to a follow-up; rooms and
interpreters are the center's. CASE_OWNED and NOT_PERSONAL below list every table; tests/unit/
test_destruction.py fails when a table appears that this module does not know, so a new table is never
silently left out of a destruction.

The support level (issue 21): aid records, employment supports, court cases and their hearings go with a
deleted case; an anonymized case keeps their codes, dates and amounts (the activity report counts them) and
loses their free text: which unit or association, the committee decision and court file numbers, the court,
the institution, notes, an imported recorder's name.

Portable SQL (`?` parameters, standard statements); the search index goes through vault/search_index.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..domain.countries import COUNTRIES, OTHER, UNKNOWN, country_code
from . import search_index
from .database import Connection, errors_translated
from .schema_support import SUPPORT_WITH_UUID
from .schema_versions import _UUID_SQL as NEW_UUID
from .schema_versions import WITH_UUID

GATED = "SELECT case_id FROM destruction_gate"
NOTES_OF_GATED = f"SELECT id FROM notes WHERE case_id IN ({GATED})"

# Every table in a vault, by what it is to a destruction. `tests/unit/test_destruction.py` checks the live
# schema against these sets.
CASE_OWNED = frozenset({
    "clients", "cases", "case_counselors", "case_status_history", "children", "intakes", "perpetrators",
    "risk_assessments", "safety_plans", "notes", "note_revisions", "referrals", "referral_events", "placements",
    "placement_children", "measures", "measure_violations", "consents", "follow_ups", "closure_requests",
    "drafts", "case_field_history", "legal_holds", "data_requests",
    # the appointments' level (7, issue 20)
    "appointments", "appointment_counselors", "attachments", "attachment_chunks",
    # packages (issue 17): what a partner holds of her records, and merge conflicts holding her values
    "package_base", "package_conflicts",
    # the center-work level (issue 21): her name on a support group's attendance, follow-ups allowed after closure
    "activity_attendance", "followup_allowances",
    # the support level (issue 21): aid, employment support, court cases and their hearings
    "aid_records", "employment_supports", "court_cases", "court_hearings",
})
NOT_PERSONAL = frozenset({
    "users", "settings", "audit_log", "vocabulary", "counters", "institutions", "shelters", "stat_snapshots",
    "destruction_cycles", "destruction_items", "destruction_records", "destruction_gate",
    "rooms", "interpreters",  # appointments: the center's rooms and interpreters (staff-like, not the women)
    "package_identity", "package_partners",  # packages (issue 17): this vault's keys, the paired centers' cards
    # packages written (issue 17): the center's record of its chain; the case uuids in it leave with the case
    "package_sent",
    # the center's activities (participants as numbers) and contacts that are not cases (anonymous notes); a
    # contact turned into an intake loses its link to her case when the case goes (_common)
    "group_activities", "info_contacts",
})


@dataclass
class Counts:
    """Rows removed or emptied, by kind (the destruction record's counts)."""

    by_kind: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, n: int) -> None:
        if n > 0:
            self.by_kind[kind] = self.by_kind.get(kind, 0) + n

    def merge(self, other: Counts) -> None:
        for kind, n in other.by_kind.items():
            self.add(kind, n)


def _run(conn: Connection, sql: str, params: Iterable[object] = ()) -> int:
    with errors_translated():
        cur = conn.execute(sql, tuple(params))
    return max(0, int(cur.rowcount))


def case_ids_of_clients(conn: Connection, client_ids: list[int]) -> list[int]:
    out: list[int] = []
    for start in range(0, len(client_ids), 500):
        chunk = client_ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        with errors_translated():
            out += [int(x) for (x,) in conn.execute(f"SELECT id FROM cases WHERE client_id IN ({marks})", chunk)]
    return sorted(out)


def _gate(conn: Connection, case_ids: list[int]) -> None:
    with errors_translated():
        conn.execute("DELETE FROM destruction_gate")
        conn.executemany("INSERT INTO destruction_gate (case_id) VALUES (?)", [(i,) for i in case_ids])


def _ungate(conn: Connection) -> None:
    with errors_translated():
        conn.execute("DELETE FROM destruction_gate")


def _common(conn: Connection, counts: Counts) -> None:
    """What goes whatever the method: index entries, old versions, drafts, the field history, attachments."""
    counts.add("search_entries", search_index.drop_gated(conn, GATED, NOTES_OF_GATED))
    counts.add("note_revisions", _run(conn, f"DELETE FROM note_revisions WHERE note_id IN ({NOTES_OF_GATED})"))
    counts.add("drafts", _run(conn, f"DELETE FROM drafts WHERE case_id IN ({GATED})"))
    counts.add("field_history", _run(conn, f"DELETE FROM case_field_history WHERE case_id IN ({GATED})"))
    counts.add("legal_holds", _run(conn, f"DELETE FROM legal_holds WHERE case_id IN ({GATED})"))
    counts.add("requests", _run(conn, f"DELETE FROM data_requests WHERE case_id IN ({GATED})"))
    counts.add("package_conflicts", _run(conn, f"DELETE FROM package_conflicts WHERE case_id IN ({GATED})"))
    _run(conn, f"DELETE FROM package_base WHERE case_id IN ({GATED})")
    _forget_sent(conn)
    _run(conn, f"DELETE FROM attachment_chunks WHERE attachment_id IN"
               f" (SELECT id FROM attachments WHERE case_id IN ({GATED}))")
    counts.add("attachments", _run(conn, f"DELETE FROM attachments WHERE case_id IN ({GATED})"))
    # issue 21: her name on any attendance list goes; the allowances go (their follow-ups go with the case's
    # follow-ups, under either method).
    counts.add("attendance", _run(conn, f"DELETE FROM activity_attendance WHERE case_id IN ({GATED})"))
    _run(conn, f"UPDATE follow_ups SET allowance_id = NULL WHERE case_id IN ({GATED})")
    counts.add("follow_up_allowances", _run(conn, f"DELETE FROM followup_allowances WHERE case_id IN ({GATED})"))


def _forget_sent(conn: Connection) -> None:
    """The record of packages written names the cases each carried: her case's uuid leaves it (the count of
    packages stays; nothing points at her). Before the kept rows get new uuids."""
    with errors_translated():
        gone = {str(u) for (u,) in conn.execute(f"SELECT uuid FROM cases WHERE id IN ({GATED})").fetchall()}
        found = conn.execute("SELECT id, case_uuids FROM package_sent WHERE case_uuids <> '[]'").fetchall()
        for row_id, text in found:
            listed = json.loads(str(text))
            kept = [u for u in listed if u not in gone] if isinstance(listed, list) else []
            if kept != listed:
                conn.execute("UPDATE package_sent SET case_uuids = ? WHERE id = ?", (json.dumps(kept), row_id))


def _delete_cases(conn: Connection, counts: Counts) -> None:
    # A contact that became her intake (issue 21) stays counted, without the link to a case that goes. An
    # anonymized case keeps it: it is a coded fact of a case that names nobody ("contacts turned into an intake").
    counts.add("contacts_unlinked", _run(conn, f"UPDATE info_contacts SET case_id = NULL WHERE case_id IN ({GATED})"))
    _run(conn, f"DELETE FROM appointment_counselors WHERE appointment_id IN"
               f" (SELECT id FROM appointments WHERE case_id IN ({GATED}))")
    counts.add("appointments", _run(conn, f"DELETE FROM appointments WHERE case_id IN ({GATED})"))
    counts.add("court_hearings", _run(
        conn, f"DELETE FROM court_hearings WHERE court_case_id IN"
              f" (SELECT id FROM court_cases WHERE case_id IN ({GATED}))"))
    counts.add("measure_violations", _run(
        conn, "DELETE FROM measure_violations WHERE measure_id IN"
              f" (SELECT id FROM measures WHERE case_id IN ({GATED}))"))
    counts.add("referral_events", _run(
        conn, "DELETE FROM referral_events WHERE referral_id IN"
              f" (SELECT id FROM referrals WHERE case_id IN ({GATED}))"))
    _run(conn, f"DELETE FROM placement_children WHERE placement_id IN"
               f" (SELECT id FROM placements WHERE case_id IN ({GATED}))")
    # A transfer points at the placement it came from (same case): one statement removes both.
    for table, kind in (("measures", "measures"), ("referrals", "referrals"), ("placements", "placements"),
                        ("notes", "notes"), ("children", "children"), ("perpetrators", "perpetrators"),
                        ("intakes", "intakes"), ("risk_assessments", "risk_assessments"),
                        ("safety_plans", "safety_plans"), ("follow_ups", "follow_ups"),
                        ("closure_requests", "closure_requests"), ("case_status_history", "status_history"),
                        ("case_counselors", "assignments"), ("aid_records", "aid_records"),
                        ("employment_supports", "employment_supports"), ("court_cases", "court_cases")):
        counts.add(kind, _run(conn, f"DELETE FROM {table} WHERE case_id IN ({GATED})"))
    counts.add("cases", _run(conn, f"DELETE FROM cases WHERE id IN ({GATED})"))


# Tables of records with a uuid (level 8) under a case (case_id; the case itself by id): given new ones.
CASE_UUIDS = ("cases", "children", "intakes", "perpetrators", "risk_assessments", "safety_plans", "notes",
              "referrals", "placements", "measures", "follow_ups", "closure_requests", "case_status_history",
              "aid_records", "employment_supports", "court_cases")
# Free text of a case's rows, emptied by anonymization: table -> columns.
FREE_TEXT = {
    "notes": ("body", "interpreter_name"),
    "children": ("name", "school", "needs"),
    "perpetrators": ("name", "notes"),
    "intakes": ("referred_by", "presenting_request", "frequency", "prior_contact_notes"),
    "risk_assessments": ("reason",),
    "safety_plans": ("free_text",),
    "referrals": ("reason", "requested_service", "rejection_reason", "outcome", "consent_override_reason"),
    "placements": ("capacity_override_reason",),
    "measures": ("court_file_no", "notes"),
    "closure_requests": ("summary", "comment", "placement_override"),
    "case_status_history": ("comment",),
    "aid_records": ("source_detail", "committee_decision_no", "notes", "recorded_by_name"),
    "employment_supports": ("institution", "notes", "recorded_by_name"),
    "court_cases": ("court", "file_no", "notes", "recorded_by_name"),
}
# Rows reached through a parent of the case: table -> (columns, the parent's link).
FREE_TEXT_BELOW = {
    "referral_events": (("comment",), "referral_id IN (SELECT id FROM referrals WHERE case_id IN ({g}))"),
    "measure_violations": (("description", "reported_to"),
                           "measure_id IN (SELECT id FROM measures WHERE case_id IN ({g}))"),
    "court_hearings": (("note",), "court_case_id IN (SELECT id FROM court_cases WHERE case_id IN ({g}))"),
}


def _anonymize_cases(conn: Connection, counts: Counts, today: str) -> None:
    # kept for the statistics (outcome, interpreter): the reason goes, and the link to a follow-up that goes
    _run(conn, f"UPDATE appointments SET cancel_reason = '', follow_up_id = NULL WHERE case_id IN ({GATED})")
    counts.add("follow_ups", _run(conn, f"DELETE FROM follow_ups WHERE case_id IN ({GATED})"))
    for table, names in FREE_TEXT.items():
        assignments = ", ".join(f"{n} = ''" for n in names)
        counts.add(f"{table}_emptied", _run(conn, f"UPDATE {table} SET {assignments} WHERE case_id IN ({GATED})"))
    for table, (names, link) in FREE_TEXT_BELOW.items():
        assignments = ", ".join(f"{n} = ''" for n in names)
        counts.add(f"{table}_emptied", _run(conn, f"UPDATE {table} SET {assignments} WHERE {link.format(g=GATED)}"))
    counts.add("cases_anonymized", _run(
        conn, f"UPDATE cases SET case_number = 'anon-' || CAST(id AS TEXT), anonymized_on = ? WHERE id IN ({GATED})",
        (today,)))
    # A record's uuid (level 8) travels with its copies (packages, backups made before): the rows kept get new
    # ones, so nothing kept links back to a copy that still names her.
    for table in (*WITH_UUID, *SUPPORT_WITH_UUID):
        if table in FREE_TEXT_BELOW:
            _run(conn, f"UPDATE {table} SET uuid = {NEW_UUID} WHERE {FREE_TEXT_BELOW[table][1].format(g=GATED)}")
        elif table in CASE_UUIDS:
            _run(conn, f"UPDATE {table} SET uuid = {NEW_UUID} WHERE {'id' if table == 'cases' else 'case_id'}"
                       f" IN ({GATED})")


def _kept_nationality(text: str | None) -> str:
    """The nationality as text that counts as the same country (a country's name, or "other"), never her words."""
    code = country_code(text or "")
    if code in COUNTRIES:
        return COUNTRIES[code][0]
    return "" if code == UNKNOWN else OTHER


def _anonymize_clients(conn: Connection, client_ids: list[int], counts: Counts) -> None:
    for client_id in client_ids:
        _run(conn, f"UPDATE clients SET uuid = {NEW_UUID} WHERE id = ?", (client_id,))
        _run(conn, f"UPDATE consents SET uuid = {NEW_UUID} WHERE client_id = ?", (client_id,))
        with errors_translated():
            row = conn.execute("SELECT birth_year, birth_date, nationality FROM clients WHERE id = ?",
                               (client_id,)).fetchone()
        if row is None:
            continue
        birth_year, birth_date, nationality = row
        if birth_year is None and birth_date:
            birth_year = int(str(birth_date)[:4])
        counts.add("clients_anonymized", _run(
            conn, "UPDATE clients SET full_name = '', client_code = 'anon-' || CAST(id AS TEXT), birth_date = NULL,"
                  " birth_year = ?, nationality = ?, disability_needs = '', income = '', address = '', safe_phone = '',"
                  " safe_contact_times = '', never_call_home = 0, code_word = '', safe_contact_notes = ''"
                  " WHERE id = ?", (birth_year, _kept_nationality(nationality), client_id)))
        _run(conn, "UPDATE consents SET notes = '' WHERE client_id = ?", (client_id,))
        counts.add("requests", _run(conn, "DELETE FROM data_requests WHERE client_id = ?", (client_id,)))


def _delete_clients(conn: Connection, client_ids: list[int], counts: Counts) -> None:
    for start in range(0, len(client_ids), 500):
        chunk = client_ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        counts.add("requests", _run(conn, f"DELETE FROM data_requests WHERE client_id IN ({marks})", chunk))
        counts.add("consents", _run(conn, f"DELETE FROM consents WHERE client_id IN ({marks})", chunk))
        counts.add("clients", _run(conn, f"DELETE FROM clients WHERE id IN ({marks})", chunk))


def destroy_clients(conn: Connection, client_ids: list[int], action: str, today: str) -> Counts:
    """Anonymize or delete these women with every case of theirs, inside the caller's transaction. The caller
    has checked that none of the cases is on legal hold."""
    if action not in ("anonymize", "delete"):
        raise ValueError("unknown destruction method")
    counts = Counts()
    client_ids = sorted(set(client_ids))
    if not client_ids:
        return counts
    case_ids = case_ids_of_clients(conn, client_ids)
    _gate(conn, case_ids)
    try:
        _common(conn, counts)
        if action == "delete":
            _delete_cases(conn, counts)
            _delete_clients(conn, client_ids, counts)
        else:
            _anonymize_cases(conn, counts, today)
            _anonymize_clients(conn, client_ids, counts)
    finally:
        _ungate(conn)
    return counts


SAFE_CONTACT = ("safe_phone", "safe_contact_times", "never_call_home", "code_word", "safe_contact_notes", "address")


def clear_safe_contact(conn: Connection, client_ids: list[int], today: str) -> Counts:
    """Her safe-contact details emptied, her address with them (the cases stay), with the earlier values her
    cases' field history kept of them."""
    counts = Counts()
    marks = ", ".join("?" for _ in SAFE_CONTACT)
    for client_id in sorted(set(client_ids)):
        counts.add("safe_contacts", _run(
            conn, "UPDATE clients SET safe_phone = '', safe_contact_times = '', code_word = '',"
                  " safe_contact_notes = '', address = '', never_call_home = 0, safe_contact_cleared_on = ?"
                  " WHERE id = ?",
            (today, client_id)))
        counts.add("field_history", _run(
            conn, f"DELETE FROM case_field_history WHERE entity = 'client' AND field IN ({marks})"
                  " AND case_id IN (SELECT id FROM cases WHERE client_id = ?)", (*SAFE_CONTACT, client_id)))
    return counts


def clear_contact_notes(conn: Connection, before: str) -> Counts:
    """The anonymous notes of contacts that are not cases (issue 21) dated before `before`, emptied: free text
    that may have slipped a name in spite of the warning goes after the short period; the coded facts (day,
    channel, topic, referral) stay for the statistics."""
    counts = Counts()
    counts.add("contact_notes", _run(conn, "UPDATE info_contacts SET notes = '' WHERE contact_on < ? AND notes <> ''",
                                     (before,)))
    return counts


def clear_shelter_contact(conn: Connection, shelter_ids: list[int]) -> Counts:
    """A retired shelter's confidential contact details emptied (its name and type stay for the placements)."""
    counts = Counts()
    for shelter_id in sorted(set(shelter_ids)):
        counts.add("shelter_contacts", _run(
            conn, "UPDATE shelters SET address = '', phone = '', contact_person = '' WHERE id = ? AND active = 0",
            (shelter_id,)))
    return counts
