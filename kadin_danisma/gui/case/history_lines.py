"""A case's history, one sentence per entry, in the interface language: "Changed how to reach her: safe phone
number from “0555 111 22 33” to “0532 444 55 66”." Every id becomes the name it stands for (the shelter, the
institution, the child, the counselor), every code its label, every flag yes or no and every date
day.month.year; an action this module does not know yet still reads as words, never as a raw key.

The names come from services/history.history_names (read in the same worker as the entries).
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from PySide6.QtCore import QObject

from ...services.history import HistoryEntry, HistoryNames
from ..base.forms import kurus_text, moment_text
from ..base.kvkk_labels import method_label, outcome_label, request_kind
from ..base.labels import Labels, child_sex_label, day_text, sex_label, yes_no
from ..base.lines import isolate
from ..base.package_labels import field_name, record_kind
from .overview_tab import step_label

# Fields whose values are vocabulary codes: field -> vocabulary kind.
CODE_FIELDS = {
    "migrant_status": "migrant_status", "interpreter_language": "interpreter_language", "languages":
    "interpreter_language", "marital_status": "marital_status", "education": "education", "employment": "employment",
    "channel": "intake_channel", "violence_types": "violence_type", "immediate_needs": "immediate_need",
    "relationship": "perpetrator_relationship", "concerns": "child_concern", "measure_type": "measure_type",
    "authority": "measure_authority", "note_type": "note_type", "exit_reason": "placement_exit_reason",
}
FLAG_FIELDS = frozenset({"never_call_home", "accompanying", "lives_with_client", "weapon_access", "prior_police",
                         "prior_court", "interpreter_present", "never_export",
                         "electronic_monitoring", "identity_confidential"})
DATE_FIELDS = frozenset({"birth_date", "intake_date", "last_incident", "decision_date", "start_date", "end_date",
                         "note_date", "due_on", "done_on", "given_on", "withdrawn_on",
                         # issue 21
                         "requested_on", "decided_on", "delivered_on", "inquiry_report_on", "start_on",
                         "outcome_on", "opened_on"})
QUIET_FIELDS = frozenset({"updated_at", "version"})  # bookkeeping, not something she changed
# issue 21: the support records' codes, by record (their "kind" and "status" are different vocabularies)
ENTITY_CODE_FIELDS = {
    ("aid", "kind"): "aid_kind", ("aid", "source"): "aid_source", ("aid", "status"): "aid_status",
    ("aid", "refusal_reason"): "aid_refusal_reason", ("employment", "kind"): "employment_support_kind",
    ("employment", "outcome"): "employment_outcome", ("court_case", "kind"): "court_case_kind",
    ("court_case", "lawyer"): "court_lawyer", ("court_case", "status"): "court_case_status",
    ("court_case", "outcome"): "court_outcome", ("measure", "status"): "measure_status",
}
MOMENT_FIELDS = frozenset({"requested_at", "decided_at", "judge_confirmed_at"})


class HistoryLines(QObject):
    """Sentences for one case's history (a QObject for its translations, context "HistoryLines")."""

    def __init__(self, labels: Labels, names: HistoryNames) -> None:
        super().__init__()
        self.labels = labels
        self.names = names

    # -- fields -----------------------------------------------------------------------------------------
    def field_name(self, field: str) -> str:
        """A field as a person calls it ("safe phone number")."""
        names = {
            "full_name": self.tr("name"),
            "birth_year": self.tr("year of birth"),
            "birth_date": self.tr("date of birth"),
            "nationality": self.tr("nationality"),
            "migrant_status": self.tr("residence status"),
            "languages": self.tr("languages"),
            "interpreter_language": self.tr("interpreter language"),
            "disability_needs": self.tr("disability or access needs"),
            "marital_status": self.tr("marital status"),
            "education": self.tr("education"),
            "employment": self.tr("employment"),
            "income": self.tr("income"),
            "safe_phone": self.tr("safe phone number"),
            "safe_contact_times": self.tr("safe times to call"),
            "never_call_home": self.tr("never call at home"),
            "code_word": self.tr("code word"),
            "safe_contact_notes": self.tr("notes on contacting her"),
            "address": self.tr("address"),
            "intake_date": self.tr("intake date"),
            "channel": self.tr("how she came"),
            "referred_by": self.tr("referred by"),
            "presenting_request": self.tr("her request"),
            "violence_types": self.tr("violence types"),
            "frequency": self.tr("how often"),
            "last_incident": self.tr("last incident"),
            "prior_police": self.tr("police before"),
            "prior_court": self.tr("court before"),
            "prior_contact_notes": self.tr("earlier contacts"),
            "immediate_needs": self.tr("immediate needs"),
            "name": self.tr("name"),
            "sex": self.tr("sex"),
            "accompanying": self.tr("with her"),
            "school": self.tr("school"),
            "concerns": self.tr("concerns"),
            "needs": self.tr("needs"),
            "relationship": self.tr("relationship"),
            "lives_with_client": self.tr("lives with her"),
            "weapon_access": self.tr("access to a weapon"),
            "notes": self.tr("notes"),
            "measure_type": self.tr("measure"),
            "authority": self.tr("authority"),
            "decision_date": self.tr("decision date"),
            "start_date": self.tr("start"),
            "end_date": self.tr("end"),
            "court_file_no": self.tr("court file number"),
            "status": self.tr("status"),
            "note_type": self.tr("type"),
            "note_date": self.tr("date"),
            "duration_minutes": self.tr("duration"),
            "interpreter_present": self.tr("interpreter present"),
            "interpreter_name": self.tr("interpreter"),
            "never_export": self.tr("never in exports"),
            "body": self.tr("text"),
            # issue 21
            "kind": self.tr("kind"),
            "source": self.tr("source"),
            "source_detail": self.tr("which unit or association"),
            "amount_kurus": self.tr("amount"),
            "quantity": self.tr("quantity"),
            "requested_on": self.tr("requested on"),
            "decided_on": self.tr("decided on"),
            "delivered_on": self.tr("delivered on"),
            "inquiry_report_on": self.tr("social inquiry report"),
            "committee_decision_no": self.tr("committee decision number"),
            "refusal_reason": self.tr("reason for refusal"),
            "institution": self.tr("institution"),
            "start_on": self.tr("start"),
            "outcome": self.tr("outcome"),
            "outcome_on": self.tr("outcome date"),
            "court": self.tr("court"),
            "file_no": self.tr("file number"),
            "lawyer": self.tr("lawyer"),
            "opened_on": self.tr("filed on"),
            "requested_at": self.tr("time of the request"),
            "decided_at": self.tr("time of the decision"),
            "judge_confirmed_at": self.tr("time of the judge's confirmation"),
            "electronic_monitoring": self.tr("electronic monitoring"),
            "identity_confidential": self.tr("identity kept confidential"),
        }
        return names.get(field, field.replace("_", " "))

    def entity_phrase(self, entity: str) -> str:
        return {
            "client": self.tr("her details"),
            "intake": self.tr("the intake"),
            "child": self.tr("a child"),
            "perpetrator": self.tr("a perpetrator"),
            "measure": self.tr("a protective measure"),
            "note": self.tr("a note"),
            "appointment": self.tr("an appointment"),
            "attachment": self.tr("an attached file"),
            "aid": self.tr("an aid item"),
            "employment": self.tr("an employment support"),
            "court_case": self.tr("a court case"),
        }.get(entity, entity.replace("_", " "))

    # -- values -----------------------------------------------------------------------------------------
    def value(self, entity: str, field: str, raw: Any) -> str:
        if raw is None or raw == "":
            return self.tr("nothing")
        if isinstance(raw, str) and raw.startswith("<") and raw.endswith(" characters>"):
            return self.tr("a text of %1 characters").replace("%1", raw[1:].split(" ")[0])
        if isinstance(raw, str) and raw.startswith("["):
            with contextlib.suppress(ValueError):
                raw = json.loads(raw)
        if field in FLAG_FIELDS:
            return yes_no(bool(raw))
        if (entity, field) in ENTITY_CODE_FIELDS:
            return self.labels.label(ENTITY_CODE_FIELDS[(entity, field)], str(raw))
        if field == "amount_kurus" and isinstance(raw, int):
            return f"{kurus_text(raw)} TL"
        if field in MOMENT_FIELDS:
            return moment_text(str(raw))
        if field == "sex":
            return child_sex_label(str(raw)) if entity == "child" else sex_label(str(raw))
        if field in CODE_FIELDS:
            kind = CODE_FIELDS[field]
            if isinstance(raw, list):
                return self.labels.labels(kind, [str(x) for x in raw]) or self.tr("nothing")
            return self.labels.label(kind, str(raw))
        if field in DATE_FIELDS:
            return day_text(str(raw))
        if isinstance(raw, list):
            return ", ".join(str(x) for x in raw) or self.tr("nothing")
        return f"“{isolate(str(raw))}”"

    def changes(self, entity: str, changes: dict[str, Any]) -> str:
        parts = []
        for field, pair in changes.items():
            if field in QUIET_FIELDS or not (isinstance(pair, list | tuple) and len(pair) == 2):
                continue
            parts.append(self.tr("%1 from %2 to %3").replace("%1", self.field_name(field)).replace(
                "%2", self.value(entity, field, pair[0])).replace("%3", self.value(entity, field, pair[1])))
        return "; ".join(parts)

    def who(self, user: str) -> str:
        return self.names.users.get(user, user)

    def people(self, ids: Any) -> str:
        if not isinstance(ids, list) or not ids:
            return self.tr("nobody")
        return ", ".join(isolate(self.names.users.get(str(x), str(x))) for x in ids)

    def _name(self, table: dict[int, Any], key: Any) -> Any:
        try:
            return table.get(int(key))
        except (TypeError, ValueError):
            return None

    def shelter(self, details: dict[str, Any]) -> str:
        name = self._name(self.names.shelters, details.get("shelter")) or \
            self._name(self.names.placements, details.get("id"))
        return isolate(str(name)) if name else self.tr("a shelter")

    def institution(self, key: Any) -> str:
        name = self._name(self.names.institutions, key)
        return isolate(str(name)) if name else self.tr("an institution")

    def referral(self, key: Any) -> str:
        name = self._name(self.names.referrals, key)
        return isolate(str(name)) if name else self.tr("an institution")

    def kind(self, kind: Any) -> str:
        return {"referral": self.tr("the referral letter"), "summary": self.tr("the case summary"),
                "record": self.tr("her full record"), "recovery_sheet": self.tr("the recovery sheet")}.get(str(kind),
                                                                                                 self.tr("a document"))

    # -- the sentence -------------------------------------------------------------------------------------
    def line(self, entry: HistoryEntry) -> str:
        sentence = self._line(entry.action, entry.details)
        first = sentence[:1]
        # Turkish capitals: i → İ (Python's upper() gives the English I).
        first = "İ" if first == "i" and self.labels.language == "tr" else first.upper()
        return first + sentence[1:] + ("" if sentence.endswith((".", "”", "?")) else ".")

    def _line(self, action: str, d: dict[str, Any]) -> str:
        labels = self.labels
        if action == "case_create":
            text = self.tr("created the case %1").replace("%1", str(d.get("case_number", "")))
            kids = int(d.get("children") or 0)  # an intake adds its children one by one, each with its own line
            return text + (self.tr(" with %1 child(ren)").replace("%1", str(kids)) if kids else "")
        if action == "case_update":
            entity = str(d.get("entity", ""))
            if d.get("created"):
                return self._added(entity, d.get("id"))
            changes = d.get("changes")
            what = self._entity_named(entity, d.get("id"))
            if isinstance(changes, dict) and changes:
                listed = self.changes(entity, changes)
                if listed:
                    return self.tr("changed %1: %2").replace("%1", what).replace("%2", listed)
            fields = d.get("fields")
            if isinstance(fields, list) and fields:
                return self.tr("changed %1: %2").replace("%1", what).replace(
                    "%2", ", ".join(self.field_name(str(f)) for f in fields))
            return self.tr("changed %1").replace("%1", what)
        if action == "case_status":
            before = labels.label("case_status", d.get("before")) if d.get("before") else self.tr("nothing")
            return self.tr("%1: from %2 to %3").replace("%1", step_label(str(d.get("event", "")))).replace(
                "%2", before).replace("%3", labels.label("case_status", d.get("after")))
        if action == "case_assign":
            text = self.tr("counselors changed from %1 to %2").replace("%1", self.people(d.get("before"))).replace(
                "%2", self.people(d.get("after")))
            return text + (self.tr(" (cases handed over)") if d.get("via") == "handover" else "")
        if action == "note_add":
            return self.tr("added a note: %1").replace("%1", labels.label("note_type", d.get("note_type")))
        if action == "risk_assessment":
            return self.tr("assessed the risk as %1 (the checklist suggested %2)").replace(
                "%1", labels.label("risk_level", d.get("level"))).replace(
                "%2", labels.label("risk_level", d.get("suggested")))
        if action == "safety_plan":
            items = d.get("items")
            return self.tr("reviewed the safety plan (%1 steps)").replace(
                "%1", str(len(items) if isinstance(items, list) else 0))
        if action == "consent_record":
            kind = labels.label("consent_kind", d.get("kind"))
            if d.get("institution"):
                return self.tr("recorded her consent: %1, for %2").replace("%1", kind).replace(
                    "%2", self.institution(d.get("institution")))
            return self.tr("recorded her consent: %1").replace("%1", kind)
        if action == "package_case":
            text = (self.tr("sent the whole case to a partner in package %1 (%2 records)") if d.get("whole") else
                    self.tr("sent what changed to a partner in package %1 (%2 records)"))
            text = text.replace("%1", str(d.get("sequence", ""))).replace("%2", str(d.get("records", 0)))
            withheld = d.get("withheld_notes") or 0
            if withheld:
                text += " " + self.tr("(%1 notes marked never to export stayed here)").replace("%1", str(withheld))
            return text
        if action == "package_conflict_resolve":
            choice = {"local": self.tr("kept this vault's value"), "incoming": self.tr("took the partner's value"),
                      "typed": self.tr("typed a new value")}.get(str(d.get("choice")), str(d.get("choice", "")))
            return self.tr("decided a conflict from a package: %1, %2 (%3)").replace(
                "%1", record_kind(str(d.get("table", "")))).replace(
                "%2", field_name(str(d.get("field", "")))).replace("%3", choice)
        if action == "consent_withdraw":
            return self.tr("recorded that she withdrew a consent: %1").replace(
                "%1", labels.label("consent_kind", d.get("kind")))
        if action == "aid_add":
            return self.tr("recorded aid: %1 (%2)").replace("%1", labels.label("aid_kind", d.get("kind"))).replace(
                "%2", labels.label("aid_status", d.get("status")))
        if action == "employment_add":
            return self.tr("recorded employment support: %1").replace(
                "%1", labels.label("employment_support_kind", d.get("kind")))
        if action == "court_case_add":
            return self.tr("recorded a court case: %1").replace("%1", labels.label("court_case_kind", d.get("kind")))
        if action == "court_hearings":
            return self.tr("changed the hearings of a court case (%1 added or moved, %2 removed)").replace(
                "%1", str(d.get("added", 0))).replace("%2", str(d.get("removed", 0)))
        if action == "measure_add":
            return self.tr("added a protective measure: %1").replace("%1", labels.label("measure_type", d.get("type")))
        if action == "measure_violation":
            measure = self._name(self.names.measures, d.get("measure"))
            return self.tr("recorded a violation of %1").replace(
                "%1", labels.label("measure_type", measure) if measure else self.tr("a protective measure"))
        if action == "referral_create":
            return self.tr("made a referral to %1").replace("%1", self.institution(d.get("institution")))
        if action == "referral_status":
            return self.tr("referral to %1: from %2 to %3").replace("%1", self.referral(d.get("id"))).replace(
                "%2", labels.label("referral_status", d.get("before"))).replace(
                "%3", labels.label("referral_status", d.get("after")))
        if action == "referral_consent_override":
            text = self.tr("let the referral to %1 go without her consent").replace("%1", self.referral(d.get("id")))
            reason = d.get("reason")
            return text + (self.tr(", because: %1").replace("%1", f"“{isolate(str(reason))}”") if reason else "")
        if action == "placement":
            return self._placement(d)
        if action == "placement_status":
            shelter = self.shelter(d)
            if d.get("after") == "ended":
                reason = d.get("exit_reason")
                text = self.tr("she left %1").replace("%1", shelter)
                return text + (self.tr(" (%1)").replace("%1", labels.label("placement_exit_reason", reason))
                               if reason else "")
            text = self.tr("she moved into %1").replace("%1", shelter)
            return text + (self.tr(", beyond its capacity (with a stated reason)") if d.get("over_capacity") else "")
        if action == "closure_request":
            return self.tr("asked for the case to be closed: %1").replace(
                "%1", labels.label("closure_reason", d.get("reason")))
        if action == "closure_decision":
            if d.get("decision") == "approved":
                return self.tr("approved the closure") + (
                    self.tr(" while she was still in a shelter, with a stated reason") if d.get("placement_override")
                    else "")
            return self.tr("returned the closure request to the counselor")
        if action in ("follow_up_add", "follow_up_reschedule"):
            due = day_text(str(d.get("due", "")))
            return (self.tr("planned a follow-up for %1") if action == "follow_up_add"
                    else self.tr("moved a follow-up to %1")).replace("%1", due)
        if action in ("follow_up_settle", "follow_up_done"):
            planned = self._name(self.names.follow_ups, d.get("id"))
            cancelled = d.get("status") == "cancelled"
            if not planned:
                return self.tr("cancelled a follow-up") if cancelled else self.tr("did a follow-up")
            text = self.tr("cancelled the follow-up of %1") if cancelled else self.tr("did the follow-up of %1")
            return text.replace("%1", day_text(planned[0]))
        if action == "case_import":
            return self.tr("imported the case %1").replace("%1", str(d.get("case_number", "")))
        if action == "case_view":
            stated = d.get("relation") == "break_glass"
            return self.tr("opened the case") + (self.tr(" (with a stated reason)") if stated else "")
        if action == "break_glass":
            reason = d.get("reason")
            return self.tr("opened the case, not assigned to them, stating: %1").replace(
                "%1", f"“{isolate(str(reason))}”" if reason else self.tr("(the reason is kept with the case)"))
        if action == "export_pdf":
            text = self.tr("saved %1 as a PDF").replace("%1", self.kind(d.get("kind")))
            text += self.tr(", with a password") if d.get("encrypted") else ""
            return text + (self.tr(", as an archive copy (PDF/A)") if d.get("archive") else "")
        if action == "print_document":
            return self.tr("printed %1").replace("%1", self.kind(d.get("kind")))
        if action == "case_export":
            return self.tr("exported the case to a file")
        if action == "access_log_view":
            return self.tr("read who opened the case")
        if action == "case_history_view":
            return self.tr("read the case's history")
        return self._calendar_line(action, d)

    def _calendar_line(self, action: str, d: dict[str, Any]) -> str:
        """Appointments and attached files (issue 20)."""
        labels = self.labels
        if action == "appointment_add":
            text = self.tr("booked an appointment: %1").replace("%1", labels.label("appointment_kind", d.get("kind")))
            text += self.tr(", with an interpreter") if d.get("interpreter") else ""
            return text + (self.tr(", knowing it clashes with another booking") if d.get("clashes_accepted")
                           else "")
        if action == "appointment_clashes_accepted":
            return self.tr("changed an appointment, knowing it clashes with another booking")
        if action == "appointment_status":
            return self.tr("recorded an appointment as %1").replace(
                "%1", labels.label("appointment_status", d.get("status")))
        if action in ("attachment_add", "attachment_remove", "attachment_view", "attachment_export"):
            kind = labels.label("attachment_type", d.get("type")) if d.get("type") else self.tr("a file")
            return {"attachment_add": self.tr("attached a file: %1").replace("%1", kind),
                    "attachment_remove": self.tr("removed an attached file: %1").replace("%1", kind),
                    "attachment_view": self.tr("viewed an attached file"),
                    "attachment_export": self.tr("saved a copy of an attached file")}[action]
        return self._kvkk_line(action, d)

    def _kvkk_line(self, action: str, d: dict[str, Any]) -> str:
        """Legal holds, her own requests and a destruction (issue 19)."""
        if action == "legal_hold_placed":
            return self.tr("put the case on legal hold (nothing of her record is destroyed until it is lifted)")
        if action == "legal_hold_lifted":
            return self.tr("lifted the legal hold")
        if action == "data_request":
            return self.tr("recorded her request (KVKK): %1, received %2").replace(
                "%1", request_kind(str(d.get("kind", "")))).replace("%2", day_text(str(d.get("received_on", ""))))
        if action == "data_request_answered":
            return self.tr("recorded the answer to her request: %1").replace(
                "%1", outcome_label(str(d.get("outcome", ""))))
        if action == "case_destroyed":
            return self.tr("destroyed the case under the retention policy (%1)").replace(
                "%1", method_label(str(d.get("method", ""))))
        return self._center_line(action, d)

    def _center_line(self, action: str, d: dict[str, Any]) -> str:
        """Follow-ups after closure, support group attendance, a contact turned into this intake (issue 21)."""
        if action == "follow_up_allow":
            return self.tr("allowed up to %1 follow-up(s) on the closed case, until %2").replace(
                "%1", str(d.get("count", ""))).replace("%2", day_text(str(d.get("until", ""))))
        if action == "follow_up_allow_revoke":
            return self.tr("withdrew the allowance of follow-ups after closure")
        if action == "attendance_add":
            return self.tr("named her on a support group's attendance (with her consent)")
        if action == "attendance_remove":
            return self.tr("took her name off a support group's attendance")
        if action == "contact_to_intake":
            return self.tr("recorded that this case began as a contact for information")
        return action.replace("_", " ")

    def _added(self, entity: str, key: Any) -> str:
        if entity == "child":
            name = self._name(self.names.children, key)
            return self.tr("added a child: %1").replace("%1", isolate(str(name))) if name else self.tr("added a child")
        if entity == "perpetrator":
            relationship = self._name(self.names.perpetrators, key)
            return self.tr("added a perpetrator: %1").replace(
                "%1", self.labels.label("perpetrator_relationship", relationship)) if relationship \
                else self.tr("added a perpetrator")
        if entity == "intake":
            return self.tr("recorded the intake")
        return self.tr("added %1").replace("%1", self.entity_phrase(entity))

    def _entity_named(self, entity: str, key: Any) -> str:
        if entity == "child":
            name = self._name(self.names.children, key)
            return self.tr("the child %1").replace("%1", isolate(str(name))) if name else self.entity_phrase(entity)
        if entity == "perpetrator":
            relationship = self._name(self.names.perpetrators, key)
            return self.tr("the perpetrator (%1)").replace(
                "%1", self.labels.label("perpetrator_relationship", relationship)) if relationship \
                else self.entity_phrase(entity)
        if entity == "measure":
            kind = self._name(self.names.measures, key)
            return self.tr("the measure %1").replace("%1", self.labels.label("measure_type", kind)) if kind \
                else self.entity_phrase(entity)
        if entity == "note":
            note = self._name(self.names.notes, key)
            return self.tr("the note %1 of %2").replace("%1", self.labels.label("note_type", note[0])).replace(
                "%2", day_text(note[1])) if note else self.entity_phrase(entity)
        return self.entity_phrase(entity)

    def _placement(self, d: dict[str, Any]) -> str:
        shelter = self.shelter(d)
        kids = int(d.get("children") or 0)
        if d.get("status") == "requested":
            text = self.tr("asked for a place in %1").replace("%1", shelter)
        elif kids:
            text = self.tr("placed her in %1 with %2 child(ren)").replace("%1", shelter).replace("%2", str(kids))
        else:
            text = self.tr("placed her in %1").replace("%1", shelter)
        if d.get("over_capacity"):
            text += self.tr(", beyond its capacity (with a stated reason)")
        if d.get("boys_over_age_limit"):
            text += self.tr("; a boy is over the shelter's age limit")
        return text
