"""The intake form's values: as JSON-able data for a draft (and back: a restored draft is JSON from the vault,
so every value is checked for its type before it reaches a widget), and as the domain records a save sends.
Functions of the page (form.py), which owns the widgets."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ...domain import records as r
from .client_fields import UNKNOWN
from .records import as_code, as_codes, as_text, as_year

if TYPE_CHECKING:
    from .form import IntakePage

STATE_VERSION = 1


def today() -> str:
    return date.today().isoformat()


def snapshot(rec: dict[str, Any]) -> dict[str, Any]:
    """An entry of the children or perpetrators list as last saved, without its id (to see what changed)."""
    return {k: v for k, v in rec.items() if k != "id"}


def content(page: IntakePage) -> dict[str, Any]:
    """Every value of the form as JSON-able data (what a draft keeps)."""
    return {
        "client": {
            "full_name": page.full_name.text(), "birth_year": page.birth_year.year(),
            "nationality": page.nationality.text(), "languages": page.languages.values(),
            "interpreter_language": page.interpreter.value(), "migrant_status": page.migrant_status.value(),
            "marital_status": page.marital_status.value(), "education": page.education.value(),
            "employment": page.employment.value(), "disability_needs": page.disability_needs.text(),
            "district": page.district.value(), "disability_types": page.disability_types.values(),
        },
        "contact": {
            "safe_phone": page.safe_phone.text(), "safe_contact_times": page.safe_times.text(),
            "never_call_home": page.never_call_home.isChecked(), "code_word": page.code_word.text(),
            "safe_contact_notes": page.contact_notes.text(), "address": page.address.text(),
        },
        "children": page.child_list.values(),
        "intake": {
            "intake_date": page.intake_date.value() or "", "channel": page.channel.value(),
            "referred_by": page.referred_by.text(), "presenting_request": page.request.text(),
            "violence_types": page.violence_types.values(), "frequency": page.frequency.text(),
            "last_incident": page.last_incident.value() or "", "prior_police": page.prior_police.isChecked(),
            "prior_court": page.prior_court.isChecked(), "prior_contact_notes": page.prior_notes.text(),
            "immediate_needs": page.needs.values(), "heard_from": page.heard_from.value(),
        },
        "perpetrators": page.perpetrator_list.values(),
        "risk": {"indicators": page.indicators.values(), "level": page.level.value(),
                 "level_follows": page.level_follows, "reason": page.reason.text()},
        "consents": page.consents.values(),
    }

def draft_state(page: IntakePage) -> dict[str, Any] | None:
    """Every value of the form as JSON-able data, with the draft key and the case id (if saved); None
    while the form is as it was opened and nothing was saved."""
    values = content(page)
    if page.draft_case_id is None and values == page.empty_content:
        return None
    return {
        **values, "_version": STATE_VERSION, "_key": page.draft_key, "_case_id": page.draft_case_id,
        "_saved": {
            "risk": page.saved_risk, "consents": dict(page.consent_ids),
            "children": {str(k): v for k, v in page.saved_children.items()},
            "perpetrators": {str(k): v for k, v in page.saved_perpetrators.items()},
        },
    }

def restore(page: IntakePage, state: dict[str, Any]) -> None:
    """Fill the form from draft_state() output (unknown or missing keys are tolerated; every value is checked
    for its type before it reaches a widget)."""
    key = state.get("_key")
    if isinstance(key, str) and key and key != page.draft_key:
        page.ctx.drafts.forget(page, discard=False)
        page.draft_key = key
        page.ctx.drafts.register(page, restored_from=state)
    case_id = state.get("_case_id")
    page.draft_case_id = case_id if isinstance(case_id, int) and not isinstance(case_id, bool) else None
    saved = state.get("_saved") if isinstance(state.get("_saved"), dict) else {}
    assert isinstance(saved, dict)
    risk_sig = saved.get("risk")
    page.saved_risk = risk_sig if isinstance(risk_sig, list) else None
    ids = saved.get("consents")
    page.consent_ids = {k: v for k, v in ids.items() if isinstance(k, str) and isinstance(v, int)} \
        if isinstance(ids, dict) else {}

    def snapshots(value: Any) -> dict[int, dict[str, Any]]:
        if not isinstance(value, dict):
            return {}
        return {int(k): v for k, v in value.items() if str(k).isdigit() and isinstance(v, dict)}

    page.saved_children = snapshots(saved.get("children"))
    page.saved_perpetrators = snapshots(saved.get("perpetrators"))

    def part(name: str) -> dict[str, Any]:
        value = state.get(name)
        return value if isinstance(value, dict) else {}

    c = part("client")
    page.full_name.setText(as_text(c.get("full_name")))
    page.birth_year.set_year(as_year(c.get("birth_year")))
    page.nationality.setText(as_text(c.get("nationality")))
    page.languages.set_values(as_codes(c.get("languages")))
    page.interpreter.set_value(as_code(c.get("interpreter_language")))
    page.migrant_status.set_value(as_code(c.get("migrant_status")))
    page.marital_status.set_value(as_code(c.get("marital_status")))
    page.education.set_value(as_code(c.get("education")))
    page.employment.set_value(as_code(c.get("employment")))
    page.disability_needs.setText(as_text(c.get("disability_needs")))
    page.district.set_value(as_code(c.get("district")) or UNKNOWN)
    page.disability_types.set_values(as_codes(c.get("disability_types")))
    s = part("contact")
    page.safe_phone.setText(as_text(s.get("safe_phone")))
    page.safe_times.setText(as_text(s.get("safe_contact_times")))
    page.never_call_home.setChecked(s.get("never_call_home") is True)
    page.code_word.setText(as_text(s.get("code_word")))
    page.contact_notes.set_text(as_text(s.get("safe_contact_notes")))
    page.address.set_text(as_text(s.get("address")))
    kids = state.get("children")
    page.child_list.set_values([k for k in kids if isinstance(k, dict)] if isinstance(kids, list) else [])
    i = part("intake")
    page.intake_date.set_value(as_text(i.get("intake_date")) if "intake_date" in i else today())
    page.channel.set_value(as_code(i.get("channel")))
    page.referred_by.setText(as_text(i.get("referred_by")))
    page.request.set_text(as_text(i.get("presenting_request")))
    page.violence_types.set_values(as_codes(i.get("violence_types")))
    page.frequency.setText(as_text(i.get("frequency")))
    page.last_incident.set_value(as_text(i.get("last_incident")))
    page.prior_police.setChecked(i.get("prior_police") is True)
    page.prior_court.setChecked(i.get("prior_court") is True)
    page.prior_notes.set_text(as_text(i.get("prior_contact_notes")))
    page.needs.set_values(as_codes(i.get("immediate_needs")))
    page.heard_from.set_value(as_code(i.get("heard_from")) or UNKNOWN)
    people = state.get("perpetrators")
    page.perpetrator_list.set_values([p for p in people if isinstance(p, dict)] if isinstance(people, list) else [])
    k = part("risk")
    page.level_follows = False  # the indicators must not overwrite the restored level
    page.indicators.set_values(as_codes(k.get("indicators")))
    page.level.set_value(as_code(k.get("level")))
    page.level_follows = k.get("level_follows") is not False
    page.reason.setText(as_text(k.get("reason")))
    # What the perpetrators say was carried to the checklist when it was typed; her ticks stand as restored.
    page.weapon_known = any(rec.get("weapon_access") is True for rec in page.perpetrator_list.records)
    page.consents.set_values(as_codes(state.get("consents")))
    page.update_suggestion()
    page.problems.show({})
    page.update_header()

def client(page: IntakePage) -> r.Client:
    return r.Client(
        full_name=page.full_name.text(), birth_year=page.birth_year.year(), nationality=page.nationality.text(),
        migrant_status=page.migrant_status.value(), languages=page.languages.values(),
        interpreter_language=page.interpreter.value(), disability_needs=page.disability_needs.text(),
        marital_status=page.marital_status.value(), education=page.education.value(),
        employment=page.employment.value(), district=page.district.value() or UNKNOWN,
        disability_types=page.disability_types.values(),
        safe_contact=r.SafeContact(page.safe_phone.text(), page.safe_times.text(),
                                   page.never_call_home.isChecked(), page.code_word.text(),
                                   page.contact_notes.text(), page.address.text()),
    )

def intake(page: IntakePage) -> r.Intake:
    return r.Intake(
        intake_date=page.intake_date.value() or "", channel=page.channel.value(),
        referred_by=page.referred_by.text(), presenting_request=page.request.text(),
        violence_types=page.violence_types.values(), frequency=page.frequency.text(),
        last_incident=page.last_incident.value(), prior_police=page.prior_police.isChecked(),
        prior_court=page.prior_court.isChecked(), prior_contact_notes=page.prior_notes.text(),
        immediate_needs=page.needs.values(), heard_from=page.heard_from.value() or UNKNOWN,
    )

def child(rec: dict[str, Any]) -> r.Child:
    return r.Child(name=as_text(rec.get("name")), birth_year=as_year(rec.get("birth_year")),
                   sex=as_text(rec.get("sex")) or "unknown", accompanying=rec.get("accompanying") is True,
                   school=as_text(rec.get("school")), concerns=as_codes(rec.get("concerns")),
                   needs=as_text(rec.get("needs")), id=rec.get("id"))

def perpetrator(rec: dict[str, Any]) -> r.Perpetrator:
    return r.Perpetrator(relationship=as_text(rec.get("relationship")), name=as_text(rec.get("name")),
                         sex=as_text(rec.get("sex")) or "unknown",
                         lives_with_client=rec.get("lives_with_client") is True,
                         weapon_access=rec.get("weapon_access") is True, notes=as_text(rec.get("notes")),
                         id=rec.get("id"))

def assessment(page: IntakePage) -> r.RiskAssessment | None:
    level = page.level.value()
    if level is None:
        return None
    # Assessed at the intake (a paper intake typed in later keeps its date); today if that date is wrong.
    on = page.intake_date.value() if page.intake_date.problem() is None else None
    return r.RiskAssessment(assessed_on=on or today(), indicators=page.indicators.values(), level=level,
                            reason=page.reason.text())
