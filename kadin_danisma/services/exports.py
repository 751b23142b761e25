"""PDF exports (§6): the one sanctioned way case data leaves the vault, always by a person's explicit act.

This module fetches the data with permission checks, enforces consent and the field choices of a
referral letter (minimum necessary pre-ticked; children, shelter, perpetrators and the like only when
ticked; notes marked "never include in exports" are never offered), hands plain data to documents/,
audits the export (kind, ids and field keys, never values) and writes the file where the person chose,
through the one file writer (vault/atomic.py). No temporary plaintext file is ever written.

Every document is a tagged PDF/UA-1 file. An *archive copy* (`archive=True`) conforms to PDF/A-2a as well,
for a municipality's document archive; PDF/A forbids encryption, so an archive copy has no password
(asking for both is refused). A letter that leaves the center gets a password (AES-256).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Literal

from ..documents import case_summary, client_record, day_list, engine, recovery_sheet, referral_letter, samples
from ..documents.encrypt import protect
from ..documents.labels import date_text
from ..documents.models import (
    DayListData,
    DayListLine,
    LetterAttachment,
    LetterData,
    LetterField,
    RecordData,
    RecoverySheetData,
    SummaryData,
)
from ..domain import records as r
from ..domain import recovery_code
from ..domain.errors import ConsentMissing, InvalidInput, NotFound
from ..domain.permissions import Action
from ..domain.roles import Role
from ..domain.vocabularies import Kind, label
from ..vault import attachment_store, repositories, rows
from ..vault.atomic import Written, write_file
from ..vault.audit import now_iso
from ..vault.port import errors_translated
from . import access, attachments, calendar, vocab
from .casework import today
from .consents import may_share
from .paths import center_templates_dir
from .record_loader import load_record
from .session import Session

LANGS = ("tr", "en")
# What a document is built for: saved as a file ("export"), sent to a printer ("print": audited as printed,
# nothing is written), or shown on her screen before either ("preview": the same checks, nothing leaves the
# app, so nothing is logged beyond the opening of the case).
Purpose = Literal["export", "print", "preview"]
AUDIT_ACTIONS: dict[str, str] = {"export": "export_pdf", "print": "print_document"}


@dataclass(frozen=True)
class FieldChoice:
    """One thing that can go into a referral letter; `ticked` is the minimum-necessary default. `detail`
    tells apart what the label alone would not (a note: its author and first line); it is shown on screen
    only, never printed in the letter."""

    key: str
    label: str
    ticked: bool
    detail: str = ""


def _audit(session: Session, purpose: Purpose, target: str | None, **details: object) -> None:
    action = AUDIT_ACTIONS.get(purpose)
    if action is not None:
        session.audit(action, target, **details)


def _t(lang: str, tr: str, en: str) -> str:
    return tr if lang == "tr" else en


_template_problems: list[str] | None = None


def load_templates() -> list[str]:
    """Use the center's own templates if it has a folder of them (paths.center_templates_dir), once per
    process, after checking every template with made-up data. Returns what is wrong with that folder
    (empty: nothing, or no folder); a folder with problems is not used, the bundled templates are."""
    global _template_problems
    if _template_problems is None:
        folder = center_templates_dir()
        problems: list[str] = []
        if folder.exists():
            try:
                samples.adopt(folder)
            except engine.TemplateError as exc:
                problems = [f"{folder}: {exc}"]
        _template_problems = problems
    return list(_template_problems)


def _check_lang(lang: str) -> None:
    load_templates()
    if lang not in LANGS:
        raise InvalidInput("the document language must be tr or en")


def _check_copy(password: str | None, archive: bool) -> None:
    if archive and password:
        raise InvalidInput("an archive copy (PDF/A) cannot have a password")


def _letterhead(session: Session) -> tuple[str, list[str]]:
    conn = session.connection()
    center = repositories.get_setting(conn, "center_name", "") or ""
    lines = (repositories.get_setting(conn, "letterhead", "") or "").splitlines()
    return center, [line for line in lines if line.strip()]


def _current_shelter(session: Session, case_id: int) -> dict[str, object] | None:
    with errors_translated():
        row = session.connection().execute(
            "SELECT s.id FROM placements p JOIN shelters s ON s.id = p.shelter_id"
            " WHERE p.case_id = ? AND p.status = 'placed' ORDER BY p.id DESC LIMIT 1", (case_id,),
        ).fetchone()
    return rows.get(session.connection(), "shelters", int(row[0])) if row else None


def _fields(session: Session, record: r.CaseRecord, lang: str) -> list[tuple[FieldChoice, str]]:
    """Every field the letter can carry with its value, in letter order."""
    c = record.client
    s = c.safe_contact
    out: list[tuple[FieldChoice, str]] = []

    def add(key: str, tr: str, en: str, ticked: bool, value: str, detail: str = "") -> None:
        if value.strip():
            out.append((FieldChoice(key, _t(lang, tr, en), ticked, detail), value))

    add("client_name", "Adı soyadı", "Name", True, c.full_name)
    add("client_code", "Danışan kodu", "Client code", False, c.client_code)
    add("birth_year", "Doğum yılı", "Year of birth", True, str(c.birth_year or ""))
    add("nationality", "Uyruğu", "Nationality", False, c.nationality)
    add("migrant_status", "Göç durumu", "Migration status", False,
        label(Kind.MIGRANT_STATUS, c.migrant_status, lang) if c.migrant_status else "")
    add("interpreter", "Tercüman ihtiyacı", "Interpreter needed", True,
        label(Kind.INTERPRETER_LANGUAGE, c.interpreter_language, lang) if c.interpreter_language else "")
    contact = [part for part in (
        s.safe_phone, s.safe_contact_times,
        _t(lang, "Evden asla aranmamalı", "Never call her at home") if s.never_call_home else "",
        s.safe_contact_notes,
    ) if part]
    add("safe_contact", "Güvenli iletişim", "Safe contact", True, " · ".join(contact))
    add("disability_needs", "Engellilik / erişilebilirlik", "Disability / accessibility", False, c.disability_needs)
    if record.intake is not None:
        add("violence_types", "Şiddet türleri", "Types of violence", False,
            ", ".join(label(Kind.VIOLENCE_TYPE, v, lang) for v in record.intake.violence_types))
    add("risk_level", "Risk düzeyi", "Risk level", False,
        label(Kind.RISK_LEVEL, record.risk_level, lang) if record.risk_level else "")
    kids = "; ".join(
        f"{k.name} ({k.birth_year or '?'}, {_t(lang, 'yanında', 'with her') if k.accompanying else '—'})"
        for k in record.children
    )
    add("children", "Çocuklar", "Children", False, kids)
    add("perpetrators", "Şiddet uygulayan", "Perpetrator(s)", False, "; ".join(
        f"{p.name} ({label(Kind.PERPETRATOR_RELATIONSHIP, p.relationship, lang)})".strip() for p in record.perpetrators
    ))
    add("measures", "6284 tedbirleri", "Law 6284 measures", False, "; ".join(
        f"{label(Kind.MEASURE_TYPE, m.measure_type, lang)} ({m.start_date} – {m.end_date or '…'})"
        for m in record.measures if m.status == "active"
    ))
    if record.id is not None:
        shelter = _current_shelter(session, record.id)
        if shelter is not None and access.allowed(session, Action.SHELTER_CONTACT_VIEW):
            add("shelter", "Konukevi ve adresi", "Shelter and address", False,
                " · ".join(str(x) for x in (shelter["name"], shelter["address"], shelter["phone"]) if x))
    # Newest first, each named by its type and date in the letter, and on screen also by its author and first
    # line: "Görüşme notu <date>" for every note let the wrong one be ticked.
    for note in sorted(record.notes, key=lambda n: (n.note_date, n.id or 0), reverse=True):
        if note.never_export or note.id is None:
            continue  # never offered: the flag means what it says
        kind = label(Kind.NOTE_TYPE, note.note_type, lang)
        day = _day(note.note_date)
        add(f"note:{note.id}", f"{kind}, {day}", f"{kind}, {day}", False, note.body,
            " — ".join(x for x in (note.author, first_line(note.body)) if x))
    return out


def _day(iso: str) -> str:
    """A date as the letter prints it: day.month.year."""
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}" if len(iso) >= 10 else iso


def first_line(text: str, limit: int = 80) -> str:
    """The first line with words in it, cut at a word near `limit` characters."""
    line = next((x.strip() for x in text.splitlines() if x.strip()), "")
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut.rstrip(" ,.;:") + "…"


def letter_choices(session: Session, case_id: int, referral_id: int, lang: str = "tr") -> list[FieldChoice]:
    """What the counselor can tick for this letter (values are not returned: the GUI shows labels only).
    Without her consent to share with the institution (or a supervisor's override) there is no letter to
    make: ConsentMissing here already, before anyone chooses where to save it."""
    _check_lang(lang)
    ref = access.case_access(session, case_id, Action.CASE_EXPORT)
    record = load_record(session.connection(), case_id)
    _referral(record, referral_id)
    _check_consent(session, ref.client_id, referral_id)
    return [choice for choice, _ in _fields(session, record, lang)]


def _check_consent(session: Session, client_id: int, referral_id: int) -> dict[str, object]:
    """The institution of the referral, if she consented to sharing with it or a supervisor overrode."""
    conn = session.connection()
    raw = rows.get(conn, "referrals", referral_id) or {}
    institution = rows.get(conn, "institutions", raw.get("institution_id")) or {}
    if not raw.get("consent_override_reason") and not may_share(conn, client_id, int(institution["id"])):
        raise ConsentMissing("the client has not consented to sharing with this institution")
    return institution


def _referral(record: r.CaseRecord, referral_id: int) -> r.Referral:
    found = next((x for x in record.referrals if x.id == referral_id), None)
    if found is None:
        raise NotFound("no such referral in this case")
    return found


def referral_letter_pdf(session: Session, case_id: int, referral_id: int, fields: Iterable[str] | None = None,
                        lang: str = "tr", password: str | None = None, archive: bool = False,
                        attachments: Iterable[int] = (), *, purpose: Purpose = "export") -> bytes:
    """The letter with only the chosen fields (None: the minimum-necessary defaults) and only the files she
    ticked (`attachments`, ids; none by default), listed in it and embedded in the PDF."""
    _check_lang(lang)
    _check_copy(password, archive)
    attachment_ids = list(dict.fromkeys(attachments))
    if attachment_ids and archive:
        raise InvalidInput("an archive copy (PDF/A-2) cannot carry attachments", code="archive_attachments")
    ref = access.case_access(session, case_id, Action.CASE_EXPORT)
    conn = session.connection()
    record = load_record(conn, case_id)
    referral = _referral(record, referral_id)
    institution = _check_consent(session, ref.client_id, referral_id)
    available = _fields(session, record, lang)
    keys = {c.key for c, _ in available}
    chosen = {c.key for c, _ in available if c.ticked} if fields is None else set(fields)
    unknown = chosen - keys
    if unknown:
        raise InvalidInput("a chosen field is not available for this letter")
    center, letterhead = _letterhead(session)
    assert session.user is not None
    data = LetterData(
        center_name=center, letterhead_lines=letterhead, reference_no=f"{record.case_number}/Y-{referral_id}",
        case_number=record.case_number, date=today(), recipient_name=referral.institution,
        recipient_lines=[x for x in (str(institution.get("address") or ""),
                                     " / ".join(y for y in (str(institution.get("district") or ""),
                                                            str(institution.get("city") or "")) if y)) if x],
        subject=_t(lang, "Danışan yönlendirmesi hk.", "Referral of a client"),
        fields=[LetterField(c.key, c.label, value) for c, value in available if c.key in chosen],
        reason=referral.reason, requested_service=referral.requested_service,
        counselor_name=session.user.display_name, counselor_title="", lang=lang,
        attachments=_letter_files(session, case_id, attachment_ids, lang),
    )
    pdf = referral_letter.render(data, archive=archive)
    if password:
        pdf = protect(pdf, password)
    _audit(session, purpose, ref.target, kind="referral", referral=referral_id, fields=sorted(chosen), lang=lang,
           encrypted=bool(password), archive=archive, attachments=attachment_ids)
    return pdf


def _letter_files(session: Session, case_id: int, ids: list[int], lang: str) -> list[LetterAttachment]:
    """The ticked files of this case, in her order; a file marked never to be exported is refused."""
    if not ids:
        return []
    offered = {a.id: a for a in attachments.letter_choices(session, case_id)}
    if any(i not in offered for i in ids):
        raise InvalidInput("a chosen file cannot go with this letter", code="attachment_not_offered")
    conn = session.connection()
    names = vocab.labels(conn, Kind.ATTACHMENT_TYPE, lang)
    out = []
    for n, i in enumerate(ids, start=1):
        a = offered[i]
        kind = names.get(a.details.doc_type, a.details.doc_type)
        shown = ", ".join(x for x in (kind, a.details.title.strip(), date_text(a.details.doc_date, lang)) if x)
        out.append(LetterAttachment(f"ek-{n}-{a.details.doc_type}.{a.suffix}", shown, a.media_type,
                                    attachment_store.read(conn, i)))
    return out


def _vocab_labels(session: Session, lang: str) -> dict[str, dict[str, str]]:
    """Labels of every vocabulary in this vault, so terms a center added print as words, not codes."""
    return {kind.value: vocab.labels(session.connection(), kind, lang) for kind in Kind}


def _withhold(record: r.CaseRecord) -> tuple[r.CaseRecord, int]:
    kept = [n for n in record.notes if not n.never_export]
    return replace(record, notes=kept), len(record.notes) - len(kept)


def case_summary_pdf(session: Session, case_id: int, lang: str = "tr", password: str | None = None,
                     archive: bool = False, *, purpose: Purpose = "export") -> bytes:
    """Every section of the case for supervision and closure review; never-export notes left out, counted."""
    _check_lang(lang)
    _check_copy(password, archive)
    ref = access.case_access(session, case_id, Action.CASE_EXPORT)
    record, withheld = _withhold(load_record(session.connection(), case_id))
    center, letterhead = _letterhead(session)
    assert session.user is not None
    pdf = case_summary.render(SummaryData(center, letterhead, record, today(), session.user.display_name,
                                          withheld, lang, vocab_labels=_vocab_labels(session, lang)),
                              archive=archive)
    if password:
        pdf = protect(pdf, password)
    _audit(session, purpose, ref.target, kind="summary", withheld_notes=withheld, lang=lang,
           encrypted=bool(password), archive=archive)
    return pdf


def client_record_pdf(session: Session, case_id: int, lang: str = "tr", password: str | None = None,
                      archive: bool = False, *, purpose: Purpose = "export") -> bytes:
    """Everything held about the case's client, every case of hers in order (a KVKK access request)."""
    _check_lang(lang)
    _check_copy(password, archive)
    ref = access.case_access(session, case_id, Action.CASE_EXPORT)
    conn = session.connection()
    with errors_translated():
        ids = [int(x[0]) for x in conn.execute("SELECT id FROM cases WHERE client_id = ? ORDER BY opened_on, id",
                                               (ref.client_id,))]
    # Her other cases are included only where this person may export them too.
    allowed_ids = [i for i in ids if i == case_id or _may_export(session, i)]
    withheld = 0
    records = []
    for i in allowed_ids:
        rec, n = _withhold(load_record(conn, i))
        records.append(rec)
        withheld += n
    center, letterhead = _letterhead(session)
    assert session.user is not None
    pdf = client_record.render(RecordData(center, letterhead, records[0].client, records, today(),
                                          session.user.display_name, lang, withheld_notes=withheld,
                                          vocab_labels=_vocab_labels(session, lang)), archive=archive)
    if password:
        pdf = protect(pdf, password)
    _audit(session, purpose, ref.target, kind="record", cases=allowed_ids, withheld_notes=withheld, lang=lang,
           encrypted=bool(password), archive=archive)
    return pdf


def _may_export(session: Session, case_id: int) -> bool:
    try:
        access.case_access(session, case_id, Action.CASE_EXPORT)
    except Exception:
        return False
    return True


def recovery_sheet_pdf(session: Session, recovery_key: str, lang: str = "tr", *, purpose: Purpose = "export") -> bytes:
    """The printable sheet for a recovery key just shown (at creation or regeneration); audited."""
    _check_lang(lang)
    session.require(Role.ADMIN, recovery_ok=True)
    conn = session.connection()
    groups = recovery_code.split_groups(recovery_key)
    if len(groups) != recovery_code.GROUPS or recovery_code.invalid_groups(recovery_key):
        raise InvalidInput("this is not a recovery key")
    center = repositories.get_setting(conn, "center_name", "") or ""
    vault_id = repositories.get_setting(conn, "vault_id", "") or ""
    pdf = recovery_sheet.render(RecoverySheetData(center, vault_id, today(), groups, lang))
    _audit(session, purpose, None, kind="recovery_sheet")
    return pdf


def day_list_pdf(session: Session, day: date, lang: str = "tr") -> bytes:
    """The front desk's list of the day's appointments: case numbers and rooms, never a client's name."""
    _check_lang(lang)
    lines = [DayListLine(x.starts_at, x.ends_at, x.room, x.case_number, list(x.counselors), x.interpreter,
                         x.interpreter_language, x.status) for x in calendar.day_list(session, day)]
    center, letterhead = _letterhead(session)
    assert session.user is not None
    pdf = day_list.render(DayListData(center, letterhead, day.isoformat(), lines, now_iso(),
                                      session.user.display_name, lang, _vocab_labels(session, lang)))
    session.audit("export_pdf", None, kind="day_list", rows=len(lines))
    return pdf


def save_pdf(path: Path, data: bytes, *, force: bool = False) -> Written:
    """Write the file only where the person chose, through the one writer (vault/atomic.py: a private
    temporary name, no links followed, mode 0600); an existing file is replaced only with force (she
    confirmed overwriting it). The result carries a warning for a folder other accounts can write to."""
    if not data.startswith(b"%PDF-"):
        raise InvalidInput("not a PDF")
    with errors_translated():
        return write_file(Path(path), data, force=force)
