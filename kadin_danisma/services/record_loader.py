"""Assembles one whole case (domain.records.CaseRecord) from its rows. No permission check or audit
here: callers (open_case, export, documents) do both."""

from __future__ import annotations

from typing import Any

from ..domain import records as r
from ..domain.errors import NotFound
from ..vault import appointment_queries, rows
from ..vault.port import Connection
from . import support_rows
from .casework import from_json, user_names


def _b(value: Any) -> bool:
    return bool(value)


def load_record(conn: Connection, case_id: int) -> r.CaseRecord:
    case = rows.get(conn, "cases", case_id)
    if case is None:
        raise NotFound("no such case")
    names = user_names(conn)

    def who(uid: int | None) -> str:
        return names.get(uid, "") if uid is not None else ""

    cl = rows.get(conn, "clients", case["client_id"]) or {}
    client = r.Client(
        full_name=cl["full_name"], client_code=cl["client_code"], birth_year=cl["birth_year"],
        birth_date=cl["birth_date"], nationality=cl["nationality"], migrant_status=cl["migrant_status"],
        languages=from_json(cl["languages"]), interpreter_language=cl["interpreter_language"],
        disability_needs=cl["disability_needs"], marital_status=cl["marital_status"], education=cl["education"],
        employment=cl["employment"], income=cl["income"],
        safe_contact=r.SafeContact(cl["safe_phone"], cl["safe_contact_times"], _b(cl["never_call_home"]),
                                   cl["code_word"], cl["safe_contact_notes"], cl["address"]),
        district=cl["district"], disability_types=from_json(cl["disability_types"]),
        row_version=cl.get("row_version"),
    )
    it = rows.get(conn, "intakes", case_id, "case_id")
    intake = None if it is None else r.Intake(
        it["intake_date"], it["channel"], it["referred_by"], it["presenting_request"],
        from_json(it["violence_types"]), it["frequency"], it["last_incident"], _b(it["prior_police"]),
        _b(it["prior_court"]), it["prior_contact_notes"], from_json(it["immediate_needs"]), it["heard_from"],
        it.get("row_version"),
    )
    where = {"case_id": case_id}
    children = [r.Child(x["name"], x["birth_year"], x["sex"], _b(x["accompanying"]), x["school"],
                        from_json(x["concerns"]), x["needs"], x["id"], x.get("row_version"))
                for x in rows.select(conn, "children", where, "id")]
    child_names = {c.id: c.name for c in children}
    perpetrators = [r.Perpetrator(x["relationship"], x["name"], x["sex"], _b(x["lives_with_client"]),
                                  _b(x["weapon_access"]), x["notes"], x["id"], x.get("row_version"))
                    for x in rows.select(conn, "perpetrators", where, "id")]
    risks = [r.RiskAssessment(x["assessed_on"], from_json(x["indicators"]), x["level"], x["reason"],
                              x["suggested_level"], x["assessor_name"] or who(x["assessed_by"]), x["id"])
             for x in rows.select(conn, "risk_assessments", where, "id")]
    plans = [r.SafetyPlan(x["reviewed_on"], from_json(x["items"]), x["free_text"],
                          x["reviewer_name"] or who(x["reviewed_by"]), x["id"])
             for x in rows.select(conn, "safety_plans", where, "id")]
    notes = []
    for x in rows.select(conn, "notes", where, "note_date, id"):
        revisions = [
            r.NoteRevision(v["version"], v["note_type"], v["note_date"], v["duration_minutes"],
                           _b(v["interpreter_present"]), v["interpreter_language"], v["interpreter_name"],
                           _b(v["never_export"]), v["body"], v["replaced_at"],
                           v["replaced_by_name"] or who(v["replaced_by"]))
            for v in rows.select(conn, "note_revisions", {"note_id": x["id"]}, "version")
        ]
        notes.append(r.Note(x["note_type"], x["note_date"], x["body"], x["duration_minutes"],
                            _b(x["interpreter_present"]), x["interpreter_language"], x["interpreter_name"],
                            _b(x["never_export"]), x["author_name"] or who(x["author_id"]), x["version"],
                            revisions, child_names.get(x["child_id"]) if x["child_id"] else None, x["id"],
                            x.get("row_version")))
    institutions = {x["id"]: x for x in rows.select(conn, "institutions")}
    referrals = []
    for x in rows.select(conn, "referrals", where, "id"):
        inst = institutions[x["institution_id"]]
        events = [r.ReferralEvent(e["on_date"], e["to_status"], e["from_status"], e["comment"],
                                  e["by_name"] or who(e["user_id"]))
                  for e in rows.select(conn, "referral_events", {"referral_id": x["id"]}, "id")]
        referrals.append(r.Referral(
            inst["name"], inst["institution_type"], x["status"], x["reason"], x["requested_service"],
            x["created_on"], x["sent_on"], x["responded_on"], x["closed_on"], x["rejection_reason"], x["outcome"],
            x["consent_override_reason"], events, inst["city"], x["id"],
        ))
    # Names only: a shelter's address and phone are not every reader's (a server refuses supervisors them).
    shelters = {int(x[0]): str(x[1]) for x in conn.execute("SELECT id, name FROM shelters").fetchall()}
    placements = []
    for x in rows.select(conn, "placements", where, "id"):
        kids = [child_names.get(k["child_id"], "") for k in rows.select(conn, "placement_children",
                                                                         {"placement_id": x["id"]}, "child_id")]
        placements.append(r.Placement(shelters[x["shelter_id"]], x["status"], x["requested_on"], x["placed_on"],
                                      x["ended_on"], x["exit_reason"], kids, x["capacity_override_reason"],
                                      _b(x["age_flag"]), x["transferred_from"], x["id"]))
    measures = []
    for x in rows.select(conn, "measures", where, "id"):
        violations = [r.Violation(v["violation_date"], v["description"], v["reported_to"], v["id"])
                      for v in rows.select(conn, "measure_violations", {"measure_id": x["id"]}, "id")]
        measures.append(r.Measure(x["measure_type"], x["authority"], x["decision_date"], x["start_date"],
                                  x["end_date"], x["court_file_no"], x["status"], x["notes"], violations, x["id"],
                                  x.get("row_version"), x["requested_at"], x["decided_at"], x["judge_confirmed_at"],
                                  _b(x["electronic_monitoring"]), _b(x["identity_confidential"])))
    consents = [r.Consent(x["kind"], x["given_on"], x["version"],
                          institutions[x["institution_id"]]["name"] if x["institution_id"] else None,
                          x["withdrawn_on"], x["notes"], x["id"])
                for x in rows.select(conn, "consents", {"client_id": case["client_id"]}, "id")]
    follow_ups = [r.FollowUp(x["due_on"], x["purpose"], x["done_on"], x["status"], x["outcome"],
                             x["settled_by_name"] or who(x["settled_by"]), x["id"])
                  for x in rows.select(conn, "follow_ups", where, "due_on, id")]
    closures = [r.ClosureRequest(x["reason"], x["requested_at"], from_json(x["checklist"]), x["summary"],
                                 x["status"], x["requested_by_name"] or who(x["requested_by"]), who(x["decided_by"]),
                                 x["decided_at"],
                                 x["comment"], x["placement_override"], x["id"])
                for x in rows.select(conn, "closure_requests", where, "id")]
    history = [r.StatusChange(x["at"], x["to_status"], x["event"], x["from_status"], x["comment"],
                              x["by_name"] or who(x["user_id"]))
               for x in rows.select(conn, "case_status_history", where, "id")]
    counselors = sorted(who(x["user_id"]) for x in rows.select(conn, "case_counselors", where))
    appointments = [
        r.Appointment(b.starts_at, b.ends_at, b.kind, b.status,
                      [who(uid) for uid in b.counselor_ids] or list(b.counselor_names), b.room,
                      b.interpreter_language, b.interpreter, b.cancel_reason, b.uuid, b.id)
        for b in appointment_queries.of_case(conn, case_id)
    ]
    aid, employment, court_cases = support_rows.load(conn, case_id)
    return r.CaseRecord(
        case["case_number"], case["status"], case["opened_on"], client, intake, case["risk_level"],
        case["closed_on"], counselors, children, perpetrators, risks, plans, notes, referrals, placements,
        measures, consents, follow_ups, closures, history, case_id, appointments, aid, employment, court_cases,
    )
