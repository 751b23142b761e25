"""Labels of what a package carries (issue 17) in the interface language: the kinds of record and their
fields as the conflict panel names them, never a table or column name.

Every text is a literal `QCoreApplication.translate("PackageLabels", …)` call: lupdate reads the calls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import vocabularies as vocab
from .forms import kurus_text
from .labels import yes_no
from .preferences import current_language

FLAGS = frozenset({"never_call_home", "prior_police", "prior_court", "accompanying", "lives_with_client",
                   "weapon_access", "interpreter_present", "never_export", "age_flag", "electronic_monitoring",
                   "identity_confidential"})
# Coded fields, shown by their label (built-in terms; a code an admin added shows as it is stored).
CODED = {
    ("placements", "status"): vocab.Kind.PLACEMENT_STATUS,
    ("placements", "exit_reason"): vocab.Kind.PLACEMENT_EXIT_REASON,
    ("referrals", "status"): vocab.Kind.REFERRAL_STATUS,
    ("referral_events", "from_status"): vocab.Kind.REFERRAL_STATUS,
    ("referral_events", "to_status"): vocab.Kind.REFERRAL_STATUS,
    ("consents", "kind"): vocab.Kind.CONSENT_KIND,
    ("appointments", "kind"): vocab.Kind.APPOINTMENT_KIND,
    ("appointments", "status"): vocab.Kind.APPOINTMENT_STATUS,
    ("appointments", "interpreter_language"): vocab.Kind.INTERPRETER_LANGUAGE,
    ("notes", "note_type"): vocab.Kind.NOTE_TYPE,
    ("measures", "measure_type"): vocab.Kind.MEASURE_TYPE,
    ("measures", "authority"): vocab.Kind.MEASURE_AUTHORITY,
    ("measures", "status"): vocab.Kind.MEASURE_STATUS,
    ("perpetrators", "relationship"): vocab.Kind.PERPETRATOR_RELATIONSHIP,
    ("intakes", "channel"): vocab.Kind.INTAKE_CHANNEL,
    ("clients", "marital_status"): vocab.Kind.MARITAL_STATUS,
    ("clients", "education"): vocab.Kind.EDUCATION,
    ("clients", "employment"): vocab.Kind.EMPLOYMENT,
    ("clients", "migrant_status"): vocab.Kind.MIGRANT_STATUS,
    ("cases", "risk_level"): vocab.Kind.RISK_LEVEL,
    ("case_status_history", "from_status"): vocab.Kind.CASE_STATUS,
    ("case_status_history", "to_status"): vocab.Kind.CASE_STATUS,
    ("risk_assessments", "level"): vocab.Kind.RISK_LEVEL,
    ("risk_assessments", "suggested_level"): vocab.Kind.RISK_LEVEL,
    ("aid_records", "kind"): vocab.Kind.AID_KIND,
    ("aid_records", "source"): vocab.Kind.AID_SOURCE,
    ("aid_records", "status"): vocab.Kind.AID_STATUS,
    ("aid_records", "refusal_reason"): vocab.Kind.AID_REFUSAL_REASON,
    ("employment_supports", "kind"): vocab.Kind.EMPLOYMENT_SUPPORT_KIND,
    ("employment_supports", "outcome"): vocab.Kind.EMPLOYMENT_OUTCOME,
    ("court_cases", "kind"): vocab.Kind.COURT_CASE_KIND,
    ("court_cases", "lawyer"): vocab.Kind.COURT_LAWYER,
    ("court_cases", "status"): vocab.Kind.COURT_CASE_STATUS,
    ("court_cases", "outcome"): vocab.Kind.COURT_OUTCOME,
}


def record_kind(table: str) -> str:
    return {
        "cases": QCoreApplication.translate("PackageLabels", "Case"),
        "clients": QCoreApplication.translate("PackageLabels", "Her details"),
        "intakes": QCoreApplication.translate("PackageLabels", "Intake"),
        "children": QCoreApplication.translate("PackageLabels", "Child"),
        "perpetrators": QCoreApplication.translate("PackageLabels", "Person who used violence"),
        "case_status_history": QCoreApplication.translate("PackageLabels", "Status history"),
        "risk_assessments": QCoreApplication.translate("PackageLabels", "Risk assessment"),
        "safety_plans": QCoreApplication.translate("PackageLabels", "Safety plan"),
        "notes": QCoreApplication.translate("PackageLabels", "Note"),
        "note_revisions": QCoreApplication.translate("PackageLabels", "Earlier version of a note"),
        "measures": QCoreApplication.translate("PackageLabels", "Protective measure"),
        "measure_violations": QCoreApplication.translate("PackageLabels", "Violation of a measure"),
        "follow_ups": QCoreApplication.translate("PackageLabels", "Follow-up"),
        "referrals": QCoreApplication.translate("PackageLabels", "Referral"),
        "referral_events": QCoreApplication.translate("PackageLabels", "Step of a referral"),
        "placements": QCoreApplication.translate("PackageLabels", "Shelter placement"),
        "consents": QCoreApplication.translate("PackageLabels", "Consent"),
        "appointments": QCoreApplication.translate("PackageLabels", "Appointment"),
        "aid_records": QCoreApplication.translate("PackageLabels", "Aid or support"),
        "employment_supports": QCoreApplication.translate("PackageLabels", "Employment support"),
        "court_cases": QCoreApplication.translate("PackageLabels", "Court case"),
        "court_hearings": QCoreApplication.translate("PackageLabels", "Court hearing"),
    }.get(table, table)


def field_name(field: str) -> str:
    """A field of a travelling record ("*": the whole record, deleted on one side)."""
    return {
        "*": QCoreApplication.translate("PackageLabels", "the whole record"),
        "opened_on": QCoreApplication.translate("PackageLabels", "opened on"),
        "risk_level": QCoreApplication.translate("PackageLabels", "risk level"),
        "full_name": QCoreApplication.translate("PackageLabels", "full name"),
        "birth_year": QCoreApplication.translate("PackageLabels", "birth year"),
        "birth_date": QCoreApplication.translate("PackageLabels", "birth date"),
        "nationality": QCoreApplication.translate("PackageLabels", "nationality"),
        "migrant_status": QCoreApplication.translate("PackageLabels", "migrant status"),
        "languages": QCoreApplication.translate("PackageLabels", "languages"),
        "interpreter_language": QCoreApplication.translate("PackageLabels", "interpreter language"),
        "disability_needs": QCoreApplication.translate("PackageLabels", "disability needs"),
        "marital_status": QCoreApplication.translate("PackageLabels", "marital status"),
        "education": QCoreApplication.translate("PackageLabels", "education"),
        "employment": QCoreApplication.translate("PackageLabels", "employment"),
        "income": QCoreApplication.translate("PackageLabels", "income"),
        "safe_phone": QCoreApplication.translate("PackageLabels", "safe phone"),
        "safe_contact_times": QCoreApplication.translate("PackageLabels", "safe times to call"),
        "never_call_home": QCoreApplication.translate("PackageLabels", "never call home"),
        "code_word": QCoreApplication.translate("PackageLabels", "code word"),
        "safe_contact_notes": QCoreApplication.translate("PackageLabels", "notes on contacting her"),
        "address": QCoreApplication.translate("PackageLabels", "address"),
        "district": QCoreApplication.translate("PackageLabels", "district"),
        "disability_types": QCoreApplication.translate("PackageLabels", "disability types"),
        "intake_date": QCoreApplication.translate("PackageLabels", "intake date"),
        "channel": QCoreApplication.translate("PackageLabels", "how she came"),
        "referred_by": QCoreApplication.translate("PackageLabels", "referred by"),
        "presenting_request": QCoreApplication.translate("PackageLabels", "her request"),
        "violence_types": QCoreApplication.translate("PackageLabels", "violence types"),
        "frequency": QCoreApplication.translate("PackageLabels", "frequency"),
        "last_incident": QCoreApplication.translate("PackageLabels", "last incident"),
        "prior_police": QCoreApplication.translate("PackageLabels", "went to the police before"),
        "prior_court": QCoreApplication.translate("PackageLabels", "went to court before"),
        "prior_contact_notes": QCoreApplication.translate("PackageLabels", "earlier contacts"),
        "immediate_needs": QCoreApplication.translate("PackageLabels", "immediate needs"),
        "heard_from": QCoreApplication.translate("PackageLabels", "how she heard of the center"),
        "name": QCoreApplication.translate("PackageLabels", "name"),
        "sex": QCoreApplication.translate("PackageLabels", "sex"),
        "accompanying": QCoreApplication.translate("PackageLabels", "with her"),
        "school": QCoreApplication.translate("PackageLabels", "school"),
        "concerns": QCoreApplication.translate("PackageLabels", "concerns"),
        "needs": QCoreApplication.translate("PackageLabels", "needs"),
        "relationship": QCoreApplication.translate("PackageLabels", "relationship"),
        "lives_with_client": QCoreApplication.translate("PackageLabels", "lives with her"),
        "weapon_access": QCoreApplication.translate("PackageLabels", "access to a weapon"),
        "notes": QCoreApplication.translate("PackageLabels", "notes"),
        "items": QCoreApplication.translate("PackageLabels", "items"),
        "free_text": QCoreApplication.translate("PackageLabels", "plan text"),
        "reviewed_on": QCoreApplication.translate("PackageLabels", "reviewed on"),
        "note_type": QCoreApplication.translate("PackageLabels", "kind of note"),
        "note_date": QCoreApplication.translate("PackageLabels", "date of the note"),
        "duration_minutes": QCoreApplication.translate("PackageLabels", "duration (minutes)"),
        "interpreter_present": QCoreApplication.translate("PackageLabels", "interpreter present"),
        "interpreter_name": QCoreApplication.translate("PackageLabels", "interpreter's name"),
        "never_export": QCoreApplication.translate("PackageLabels", "never include in exports"),
        "body": QCoreApplication.translate("PackageLabels", "text"),
        "child_id": QCoreApplication.translate("PackageLabels", "child"),
        "version": QCoreApplication.translate("PackageLabels", "version"),
        "measure_type": QCoreApplication.translate("PackageLabels", "kind of measure"),
        "authority": QCoreApplication.translate("PackageLabels", "decided by"),
        "decision_date": QCoreApplication.translate("PackageLabels", "decision date"),
        "start_date": QCoreApplication.translate("PackageLabels", "start date"),
        "end_date": QCoreApplication.translate("PackageLabels", "end date"),
        "court_file_no": QCoreApplication.translate("PackageLabels", "court file number"),
        "status": QCoreApplication.translate("PackageLabels", "status"),
        "due_on": QCoreApplication.translate("PackageLabels", "due on"),
        "purpose": QCoreApplication.translate("PackageLabels", "purpose"),
        "done_on": QCoreApplication.translate("PackageLabels", "done on"),
        "outcome": QCoreApplication.translate("PackageLabels", "outcome"),
        "institution_id": QCoreApplication.translate("PackageLabels", "institution"),
        "reason": QCoreApplication.translate("PackageLabels", "reason"),
        "requested_service": QCoreApplication.translate("PackageLabels", "service asked for"),
        "created_on": QCoreApplication.translate("PackageLabels", "made on"),
        "sent_on": QCoreApplication.translate("PackageLabels", "sent on"),
        "responded_on": QCoreApplication.translate("PackageLabels", "answered on"),
        "closed_on": QCoreApplication.translate("PackageLabels", "closed on"),
        "rejection_reason": QCoreApplication.translate("PackageLabels", "reason for refusal"),
        "on_date": QCoreApplication.translate("PackageLabels", "date"),
        "from_status": QCoreApplication.translate("PackageLabels", "status before"),
        "to_status": QCoreApplication.translate("PackageLabels", "status after"),
        "comment": QCoreApplication.translate("PackageLabels", "comment"),
        "shelter_id": QCoreApplication.translate("PackageLabels", "shelter"),
        "requested_on": QCoreApplication.translate("PackageLabels", "requested on"),
        "placed_on": QCoreApplication.translate("PackageLabels", "placed on"),
        "ended_on": QCoreApplication.translate("PackageLabels", "ended on"),
        "exit_reason": QCoreApplication.translate("PackageLabels", "reason for leaving"),
        "capacity_override_reason": QCoreApplication.translate("PackageLabels", "reason for going over capacity"),
        "age_flag": QCoreApplication.translate("PackageLabels", "boy over the age limit"),
        "transferred_from": QCoreApplication.translate("PackageLabels", "placement she was transferred from"),
        "children": QCoreApplication.translate("PackageLabels", "children with her"),
        "kind": QCoreApplication.translate("PackageLabels", "kind"),
        "given_on": QCoreApplication.translate("PackageLabels", "given on"),
        "withdrawn_on": QCoreApplication.translate("PackageLabels", "withdrawn on"),
        "starts_at": QCoreApplication.translate("PackageLabels", "starts"),
        "ends_at": QCoreApplication.translate("PackageLabels", "ends"),
        "room_id": QCoreApplication.translate("PackageLabels", "room"),
        "interpreter_id": QCoreApplication.translate("PackageLabels", "interpreter"),
        "cancel_reason": QCoreApplication.translate("PackageLabels", "reason for cancelling"),
        "counselors": QCoreApplication.translate("PackageLabels", "counselors"),
        "at": QCoreApplication.translate("PackageLabels", "when"),
        "event": QCoreApplication.translate("PackageLabels", "event"),
        "assessed_on": QCoreApplication.translate("PackageLabels", "assessed on"),
        "indicators": QCoreApplication.translate("PackageLabels", "risk indicators"),
        "suggested_level": QCoreApplication.translate("PackageLabels", "suggested level"),
        "level": QCoreApplication.translate("PackageLabels", "level"),
        "created_at": QCoreApplication.translate("PackageLabels", "recorded at"),
        "replaced_at": QCoreApplication.translate("PackageLabels", "replaced at"),
        "requested_at": QCoreApplication.translate("PackageLabels", "requested at"),
        "decided_at": QCoreApplication.translate("PackageLabels", "decided at"),
        "judge_confirmed_at": QCoreApplication.translate("PackageLabels", "confirmed by the judge at"),
        "electronic_monitoring": QCoreApplication.translate("PackageLabels", "electronic monitoring"),
        "identity_confidential": QCoreApplication.translate("PackageLabels", "identity kept confidential"),
        "violation_date": QCoreApplication.translate("PackageLabels", "date of the violation"),
        "description": QCoreApplication.translate("PackageLabels", "description"),
        "reported_to": QCoreApplication.translate("PackageLabels", "reported to"),
        "source": QCoreApplication.translate("PackageLabels", "source"),
        "source_detail": QCoreApplication.translate("PackageLabels", "which unit or organisation"),
        "decided_on": QCoreApplication.translate("PackageLabels", "decided on"),
        "delivered_on": QCoreApplication.translate("PackageLabels", "delivered on"),
        "amount_kurus": QCoreApplication.translate("PackageLabels", "amount"),
        "quantity": QCoreApplication.translate("PackageLabels", "quantity"),
        "inquiry_report_on": QCoreApplication.translate("PackageLabels", "social inquiry report dated"),
        "committee_decision_no": QCoreApplication.translate("PackageLabels", "committee decision number"),
        "refusal_reason": QCoreApplication.translate("PackageLabels", "reason for refusal"),
        "institution": QCoreApplication.translate("PackageLabels", "institution"),
        "start_on": QCoreApplication.translate("PackageLabels", "started on"),
        "outcome_on": QCoreApplication.translate("PackageLabels", "outcome on"),
        "court": QCoreApplication.translate("PackageLabels", "court"),
        "file_no": QCoreApplication.translate("PackageLabels", "file number"),
        "lawyer": QCoreApplication.translate("PackageLabels", "lawyer"),
        "hearing_on": QCoreApplication.translate("PackageLabels", "hearing date"),
        "hearing_time": QCoreApplication.translate("PackageLabels", "hearing time"),
        "note": QCoreApplication.translate("PackageLabels", "note"),
    }.get(field, field)


def conflict_kind(kind: str) -> str:
    return {
        "both_changed": QCoreApplication.translate("PackageLabels", "changed on both sides"),
        "safety": QCoreApplication.translate("PackageLabels", "safety detail: never merged by itself"),
        "deleted_here": QCoreApplication.translate("PackageLabels", "removed here, changed there"),
        "deleted_there": QCoreApplication.translate("PackageLabels", "removed there, changed here"),
    }.get(kind, kind)


def value_text(value: object, field: str = "", table: str = "") -> str:
    """A value as plain text: a flag as yes or no, a code as its label, a list joined, empty shown as a dash,
    a removed record said so."""
    if field in FLAGS and isinstance(value, int):
        return yes_no(bool(value))
    if field == "amount_kurus" and isinstance(value, int):
        return kurus_text(value)
    if (table, field) in CODED and isinstance(value, str) and value:
        return vocab.label(CODED[table, field], value, current_language())
    if value is None:
        return QCoreApplication.translate("PackageLabels", "(removed)")
    if isinstance(value, dict):  # a whole record (its text fields, for the person to recognise it)
        fields = value.get("f", value)
        shown = [str(v) for v in fields.values() if isinstance(v, str) and v][:3] if isinstance(fields, dict) else []
        return " · ".join(shown) or QCoreApplication.translate("PackageLabels", "(a record)")
    if isinstance(value, list):
        return ", ".join(str(x) for x in value) or "—"
    if value == "":
        return "—"
    return str(value)
