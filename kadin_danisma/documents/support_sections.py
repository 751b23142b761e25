"""The case summary's and her full record's sections of issue 21 (a part of case_summary.py): aid and
support, employment support, court cases with their hearings. A section appears only when the case has such
records (documents of cases without them stay as they were). Amounts print as 1.500,00 TL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain import records as r
from ..domain.vocabularies import Kind

if TYPE_CHECKING:
    from .case_summary import Block, CaseWriter

# key -> (Turkish, English): the sections' fixed words (merged into labels.TEXTS)
SUPPORT_TEXTS: dict[str, tuple[str, str]] = {
    "sec_aid": ("Ayni ve nakdi yardımlar", "Aid and support"),
    "source": ("Kaynak", "Source"),
    "sec_employment": ("İstihdam desteği", "Employment support"),
    "sec_court_cases": ("Davalar", "Court cases"),
    "aid_amount": ("Tutar", "Amount"),
    "aid_quantity": ("Miktar", "Quantity"),
    "aid_source_detail": ("Birim / kurum", "Unit or organisation"),
    "aid_requested_on": ("Talep", "Requested"),
    "aid_decided_on": ("Karar", "Decided"),
    "aid_delivered_on": ("Teslim", "Delivered"),
    "aid_inquiry_report_on": ("Sosyal inceleme raporu", "Social inquiry report"),
    "aid_committee_no": ("Komisyon kararı", "Committee decision"),
    "aid_refusal_reason": ("Ret nedeni", "Reason for refusal"),
    "recorded_by": ("Kaydeden", "Recorded by"),
    "employment_institution": ("Kurum", "Institution"),
    "employment_start": ("Başlangıç", "Start"),
    "employment_outcome_on": ("Sonuç tarihi", "Outcome date"),
    "court_file_no_short": ("Dosya no", "File no."),
    "court_lawyer": ("Avukat", "Lawyer"),
    "court_opened_on": ("Açılış", "Filed"),
    "court_decided_on": ("Karar", "Decided"),
    "court_hearings": ("Duruşmalar", "Hearings"),
    "measure_requested_at": ("Talep zamanı", "Requested at"),
    "measure_decided_at": ("Karar zamanı", "Decided at"),
    "measure_confirmed_at": ("Hâkim onayı", "Judge's confirmation"),
    "electronic_monitoring": ("Elektronik izleme", "Electronic monitoring"),
    "identity_confidential": ("Kimlik gizli", "Identity confidential"),
}


def lira(kurus: int | None, lang: str) -> str:
    if kurus is None:
        return ""
    whole, cents = divmod(kurus, 100)
    if lang == "tr":
        return f"{whole:,}".replace(",", ".") + f",{cents:02d} TL"
    return f"TRY {whole:,}.{cents:02d}"


def aid(w: CaseWriter, items: list[r.Aid]) -> list[Block]:
    if not items:
        return []
    return w.section("sec_aid", [
        w.entry([w.code(Kind.AID_KIND, a.kind), w.code(Kind.AID_STATUS, a.status)],
                [w.facts([("aid_amount", lira(a.amount_kurus, w.lang)),
                          ("aid_quantity", str(a.quantity) if a.quantity is not None else ""),
                          ("source", w.code(Kind.AID_SOURCE, a.source)), ("aid_source_detail", a.source_detail)]),
                 w.facts([("aid_requested_on", w.date(a.requested_on)), ("aid_decided_on", w.date(a.decided_on)),
                          ("aid_delivered_on", w.date(a.delivered_on))]),
                 w.facts([("aid_inquiry_report_on", w.date(a.inquiry_report_on)),
                          ("aid_committee_no", a.committee_decision_no),
                          ("aid_refusal_reason", w.code(Kind.AID_REFUSAL_REASON, a.refusal_reason)),
                          ("recorded_by", a.recorded_by)])],
                w.fields([("notes_field", a.notes)]))
        for a in items
    ])


def employment(w: CaseWriter, items: list[r.Employment]) -> list[Block]:
    if not items:
        return []
    return w.section("sec_employment", [
        w.entry([w.code(Kind.EMPLOYMENT_SUPPORT_KIND, e.kind), w.code(Kind.EMPLOYMENT_OUTCOME, e.outcome)],
                [w.facts([("employment_institution", e.institution), ("employment_start", w.date(e.start_on)),
                          ("employment_outcome_on", w.date(e.outcome_on)), ("recorded_by", e.recorded_by)])],
                w.fields([("notes_field", e.notes)]))
        for e in items
    ])


def court_cases(w: CaseWriter, items: list[r.CourtCase]) -> list[Block]:
    if not items:
        return []
    entries = []
    for k in items:
        hearings = ", ".join(" ".join(filter(None, (w.date(h.hearing_on), h.hearing_time, h.note)))
                             for h in k.hearings)
        entries.append(w.entry(
            [w.code(Kind.COURT_CASE_KIND, k.kind), k.court, w.code(Kind.COURT_CASE_STATUS, k.status)],
            [w.facts([("court_file_no_short", k.file_no), ("court_lawyer", w.code(Kind.COURT_LAWYER, k.lawyer)),
                      ("court_opened_on", w.date(k.opened_on)), ("court_decided_on", w.date(k.decided_on))]),
             w.facts([("outcome", w.code(Kind.COURT_OUTCOME, k.outcome)), ("recorded_by", k.recorded_by)])],
            w.fields([("court_hearings", hearings), ("notes_field", k.notes)])))
    return w.section("sec_court_cases", entries)


def measure_facts(w: CaseWriter, m: r.Measure) -> list[list[str]]:
    """A measure's Law 6284 times and flags, as one facts line (empty when none is recorded)."""
    return w.facts([("measure_requested_at", w.when(m.requested_at)), ("measure_decided_at", w.when(m.decided_at)),
                    ("measure_confirmed_at", w.when(m.judge_confirmed_at)),
                    w.flag("electronic_monitoring", m.electronic_monitoring),
                    w.flag("identity_confidential", m.identity_confidential)])
