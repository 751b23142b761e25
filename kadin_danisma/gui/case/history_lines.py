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

from PySide6.QtCore import QCoreApplication

from ...services.history import HistoryEntry, HistoryNames
from ..base.labels import Labels, child_sex_label, day_text, sex_label, yes_no
from ..base.widgets import isolate
from .overview_tab import step_label


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryLines", text)


# Fields whose values are vocabulary codes: field -> vocabulary kind.
CODE_FIELDS = {
    "migrant_status": "migrant_status", "interpreter_language": "interpreter_language", "languages":
    "interpreter_language", "marital_status": "marital_status", "education": "education", "employment": "employment",
    "channel": "intake_channel", "violence_types": "violence_type", "immediate_needs": "immediate_need",
    "relationship": "perpetrator_relationship", "concerns": "child_concern", "measure_type": "measure_type",
    "authority": "measure_authority", "note_type": "note_type", "exit_reason": "placement_exit_reason",
}
FLAG_FIELDS = frozenset({"never_call_home", "accompanying", "lives_with_client", "weapon_access", "prior_police",
                         "prior_court", "interpreter_present", "never_export"})
DATE_FIELDS = frozenset({"birth_date", "intake_date", "last_incident", "decision_date", "start_date", "end_date",
                         "note_date", "due_on", "done_on", "given_on", "withdrawn_on"})
QUIET_FIELDS = frozenset({"updated_at", "version"})  # bookkeeping, not something she changed


def field_name(entity: str, field: str) -> str:
    """A field as a person calls it ("safe phone number")."""
    names = {
        "full_name": _t("name"), "birth_year": _t("year of birth"), "birth_date": _t("date of birth"),
        "nationality": _t("nationality"), "migrant_status": _t("residence status"), "languages": _t("languages"),
        "interpreter_language": _t("interpreter language"), "disability_needs": _t("disability or access needs"),
        "marital_status": _t("marital status"), "education": _t("education"), "employment": _t("employment"),
        "income": _t("income"), "safe_phone": _t("safe phone number"), "safe_contact_times": _t("safe times to call"),
        "never_call_home": _t("never call at home"), "code_word": _t("code word"),
        "safe_contact_notes": _t("notes on contacting her"), "address": _t("address"),
        "intake_date": _t("intake date"), "channel": _t("how she came"), "referred_by": _t("referred by"),
        "presenting_request": _t("her request"), "violence_types": _t("violence types"), "frequency": _t("how often"),
        "last_incident": _t("last incident"), "prior_police": _t("police before"), "prior_court": _t("court before"),
        "prior_contact_notes": _t("earlier contacts"), "immediate_needs": _t("immediate needs"),
        "name": _t("name"), "sex": _t("sex"), "accompanying": _t("with her"), "school": _t("school"),
        "concerns": _t("concerns"), "needs": _t("needs"), "relationship": _t("relationship"),
        "lives_with_client": _t("lives with her"), "weapon_access": _t("access to a weapon"), "notes": _t("notes"),
        "measure_type": _t("measure"), "authority": _t("authority"), "decision_date": _t("decision date"),
        "start_date": _t("start"), "end_date": _t("end"), "court_file_no": _t("court file number"),
        "status": _t("status"), "note_type": _t("type"), "note_date": _t("date"), "duration_minutes": _t("duration"),
        "interpreter_present": _t("interpreter present"), "interpreter_name": _t("interpreter"),
        "never_export": _t("never in exports"), "body": _t("text"),
    }
    return names.get(field, field.replace("_", " "))


def entity_phrase(entity: str) -> str:
    return {"client": _t("her details"), "intake": _t("the intake"), "child": _t("a child"),
            "perpetrator": _t("a perpetrator"), "measure": _t("a protective measure"), "note": _t("a note")
            }.get(entity, entity.replace("_", " "))


class HistoryLines:
    def __init__(self, labels: Labels, names: HistoryNames) -> None:
        self.labels = labels
        self.names = names

    # -- values -----------------------------------------------------------------------------------------
    def value(self, entity: str, field: str, raw: Any) -> str:
        if raw is None or raw == "":
            return _t("nothing")
        if isinstance(raw, str) and raw.startswith("<") and raw.endswith(" characters>"):
            return _t("a text of %1 characters").replace("%1", raw[1:].split(" ")[0])
        if isinstance(raw, str) and raw.startswith("["):
            with contextlib.suppress(ValueError):
                raw = json.loads(raw)
        if field in FLAG_FIELDS:
            return yes_no(bool(raw))
        if field == "sex":
            return child_sex_label(str(raw)) if entity == "child" else sex_label(str(raw))
        if field in CODE_FIELDS:
            kind = CODE_FIELDS[field]
            if isinstance(raw, list):
                return self.labels.labels(kind, [str(x) for x in raw]) or _t("nothing")
            return self.labels.label(kind, str(raw))
        if field in DATE_FIELDS:
            return day_text(str(raw))
        if isinstance(raw, list):
            return ", ".join(str(x) for x in raw) or _t("nothing")
        return f"“{isolate(str(raw))}”"

    def changes(self, entity: str, changes: dict[str, Any]) -> str:
        parts = []
        for field, pair in changes.items():
            if field in QUIET_FIELDS or not (isinstance(pair, list | tuple) and len(pair) == 2):
                continue
            parts.append(_t("%1 from %2 to %3").replace("%1", field_name(entity, field)).replace(
                "%2", self.value(entity, field, pair[0])).replace("%3", self.value(entity, field, pair[1])))
        return "; ".join(parts)

    def who(self, user: str) -> str:
        return self.names.users.get(user, user)

    def people(self, ids: Any) -> str:
        if not isinstance(ids, list) or not ids:
            return _t("nobody")
        return ", ".join(isolate(self.names.users.get(str(x), str(x))) for x in ids)

    def _name(self, table: dict[int, Any], key: Any) -> Any:
        try:
            return table.get(int(key))
        except (TypeError, ValueError):
            return None

    def shelter(self, details: dict[str, Any]) -> str:
        name = self._name(self.names.shelters, details.get("shelter")) or \
            self._name(self.names.placements, details.get("id"))
        return isolate(str(name)) if name else _t("a shelter")

    def institution(self, key: Any) -> str:
        name = self._name(self.names.institutions, key)
        return isolate(str(name)) if name else _t("an institution")

    def referral(self, key: Any) -> str:
        name = self._name(self.names.referrals, key)
        return isolate(str(name)) if name else _t("an institution")

    def kind(self, kind: Any) -> str:
        return {"referral": _t("the referral letter"), "summary": _t("the case summary"),
                "record": _t("her full record"), "recovery_sheet": _t("the recovery sheet")}.get(str(kind),
                                                                                                 _t("a document"))

    # -- the sentence -------------------------------------------------------------------------------------
    def line(self, entry: HistoryEntry) -> str:
        d = entry.details
        sentence = self._line(entry.action, d)
        return sentence[:1].upper() + sentence[1:] + ("" if sentence.endswith((".", "”", "?")) else ".")

    def _line(self, action: str, d: dict[str, Any]) -> str:
        labels = self.labels
        if action == "case_create":
            return _t("created the case %1").replace("%1", str(d.get("case_number", "")))
        if action == "case_update":
            entity = str(d.get("entity", ""))
            if d.get("created"):
                return self._added(entity, d.get("id"))
            changes = d.get("changes")
            what = self._entity_named(entity, d.get("id"))
            if isinstance(changes, dict) and changes:
                listed = self.changes(entity, changes)
                if listed:
                    return _t("changed %1: %2").replace("%1", what).replace("%2", listed)
            fields = d.get("fields")
            if isinstance(fields, list) and fields:
                return _t("changed %1: %2").replace("%1", what).replace(
                    "%2", ", ".join(field_name(entity, str(f)) for f in fields))
            return _t("changed %1").replace("%1", what)
        if action == "case_status":
            before = labels.label("case_status", d.get("before")) if d.get("before") else _t("nothing")
            return _t("%1: from %2 to %3").replace("%1", step_label(str(d.get("event", "")))).replace(
                "%2", before).replace("%3", labels.label("case_status", d.get("after")))
        if action == "case_assign":
            text = _t("counselors changed from %1 to %2").replace("%1", self.people(d.get("before"))).replace(
                "%2", self.people(d.get("after")))
            return text + (_t(" (cases handed over)") if d.get("via") == "handover" else "")
        if action == "note_add":
            return _t("added a note: %1").replace("%1", labels.label("note_type", d.get("note_type")))
        if action == "risk_assessment":
            return _t("assessed the risk as %1 (the checklist suggested %2)").replace(
                "%1", labels.label("risk_level", d.get("level"))).replace(
                "%2", labels.label("risk_level", d.get("suggested")))
        if action == "safety_plan":
            items = d.get("items")
            return _t("reviewed the safety plan (%1 steps)").replace(
                "%1", str(len(items) if isinstance(items, list) else 0))
        if action == "consent_record":
            kind = labels.label("consent_kind", d.get("kind"))
            if d.get("institution"):
                return _t("recorded her consent: %1, for %2").replace("%1", kind).replace(
                    "%2", self.institution(d.get("institution")))
            return _t("recorded her consent: %1").replace("%1", kind)
        if action == "consent_withdraw":
            return _t("recorded that she withdrew a consent: %1").replace(
                "%1", labels.label("consent_kind", d.get("kind")))
        if action == "measure_add":
            return _t("added a protective measure: %1").replace("%1", labels.label("measure_type", d.get("type")))
        if action == "measure_violation":
            measure = self._name(self.names.measures, d.get("measure"))
            return _t("recorded a violation of %1").replace(
                "%1", labels.label("measure_type", measure) if measure else _t("a protective measure"))
        if action == "referral_create":
            return _t("made a referral to %1").replace("%1", self.institution(d.get("institution")))
        if action == "referral_status":
            return _t("referral to %1: from %2 to %3").replace("%1", self.referral(d.get("id"))).replace(
                "%2", labels.label("referral_status", d.get("before"))).replace(
                "%3", labels.label("referral_status", d.get("after")))
        if action == "referral_consent_override":
            text = _t("let the referral to %1 go without her consent").replace("%1", self.referral(d.get("id")))
            reason = d.get("reason")
            return text + (_t(", because: %1").replace("%1", f"“{isolate(str(reason))}”") if reason else "")
        if action == "placement":
            return self._placement(d)
        if action == "placement_status":
            shelter = self.shelter(d)
            if d.get("after") == "ended":
                reason = d.get("exit_reason")
                text = _t("she left %1").replace("%1", shelter)
                return text + (_t(" (%1)").replace("%1", labels.label("placement_exit_reason", reason))
                               if reason else "")
            text = _t("she moved into %1").replace("%1", shelter)
            return text + (_t(", beyond its capacity (with a stated reason)") if d.get("over_capacity") else "")
        if action == "closure_request":
            return _t("asked for the case to be closed: %1").replace(
                "%1", labels.label("closure_reason", d.get("reason")))
        if action == "closure_decision":
            if d.get("decision") == "approved":
                return _t("approved the closure") + (
                    _t(" while she was still in a shelter, with a stated reason") if d.get("placement_override")
                    else "")
            return _t("returned the closure request to the counselor")
        if action in ("follow_up_add", "follow_up_reschedule"):
            due = day_text(str(d.get("due", "")))
            return (_t("planned a follow-up for %1") if action == "follow_up_add"
                    else _t("moved a follow-up to %1")).replace("%1", due)
        if action in ("follow_up_settle", "follow_up_done"):
            planned = self._name(self.names.follow_ups, d.get("id"))
            when = day_text(planned[0]) if planned else ""
            status = d.get("status", "done")
            text = _t("follow-up of %1 cancelled") if status == "cancelled" else _t("follow-up of %1 done")
            return text.replace("%1", when) if when else text.replace(" of %1", "")
        if action == "case_import":
            return _t("imported the case %1").replace("%1", str(d.get("case_number", "")))
        if action == "case_view":
            return _t("opened the case") + (_t(" (with a stated reason)") if d.get("relation") == "break_glass"
                                            else "")
        if action == "break_glass":
            reason = d.get("reason")
            return _t("opened the case, not assigned to them, stating: %1").replace(
                "%1", f"“{isolate(str(reason))}”" if reason else _t("(the reason is kept with the case)"))
        if action == "export_pdf":
            text = _t("saved %1 as a PDF").replace("%1", self.kind(d.get("kind")))
            return text + (_t(", with a password") if d.get("encrypted") else "")
        if action == "print_document":
            return _t("printed %1").replace("%1", self.kind(d.get("kind")))
        if action == "case_export":
            return _t("exported the case to a file")
        if action == "access_log_view":
            return _t("read who opened the case")
        if action == "case_history_view":
            return _t("read the case's history")
        return action.replace("_", " ")

    def _added(self, entity: str, key: Any) -> str:
        if entity == "child":
            name = self._name(self.names.children, key)
            return _t("added a child: %1").replace("%1", isolate(str(name))) if name else _t("added a child")
        if entity == "perpetrator":
            relationship = self._name(self.names.perpetrators, key)
            return _t("added a perpetrator: %1").replace(
                "%1", self.labels.label("perpetrator_relationship", relationship)) if relationship \
                else _t("added a perpetrator")
        if entity == "intake":
            return _t("recorded the intake")
        return _t("added %1").replace("%1", entity_phrase(entity))

    def _entity_named(self, entity: str, key: Any) -> str:
        if entity == "child":
            name = self._name(self.names.children, key)
            return _t("the child %1").replace("%1", isolate(str(name))) if name else entity_phrase(entity)
        if entity == "perpetrator":
            relationship = self._name(self.names.perpetrators, key)
            return _t("the perpetrator (%1)").replace(
                "%1", self.labels.label("perpetrator_relationship", relationship)) if relationship \
                else entity_phrase(entity)
        if entity == "measure":
            kind = self._name(self.names.measures, key)
            return _t("the measure %1").replace("%1", self.labels.label("measure_type", kind)) if kind \
                else entity_phrase(entity)
        if entity == "note":
            note = self._name(self.names.notes, key)
            return _t("the note %1 of %2").replace("%1", self.labels.label("note_type", note[0])).replace(
                "%2", day_text(note[1])) if note else entity_phrase(entity)
        return entity_phrase(entity)

    def _placement(self, d: dict[str, Any]) -> str:
        shelter = self.shelter(d)
        kids = int(d.get("children") or 0)
        if d.get("status") == "requested":
            text = _t("asked for a place in %1").replace("%1", shelter)
        elif kids:
            text = _t("placed her in %1 with %2 child(ren)").replace("%1", shelter).replace("%2", str(kids))
        else:
            text = _t("placed her in %1").replace("%1", shelter)
        if d.get("over_capacity"):
            text += _t(", beyond its capacity (with a stated reason)")
        if d.get("boys_over_age_limit"):
            text += _t("; a boy is over the shelter's age limit")
        return text
