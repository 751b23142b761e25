"""PDF exports through the services and the command line: consent before a letter, only the ticked fields,
never-export notes never offered, passwords that real readers honour, permissions, audit entries without
content, and no plaintext anywhere but the file the person asked for. Synthetic data only."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import kd_support
import pdf_reading
import pypdfium2 as pdfium
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import ConsentMissing, InvalidInput, PermissionDenied
from kadin_danisma.services import cases, consents, directory, exports, notes, referrals, shelters

NAME = "Işıl Şahin-فاطمة"
CHILD = "Deniz Çocukadı"
SECRET_NOTE = "GİZLİ-NOT-Zmx91 saklı içerik"
NOTE = "Görüşme notu: danışan güvende olduğunu söyledi."
SHELTER_ADDRESS = "Gizli Sokak No 7 Konukevi"
PDF_PASSWORD = "Mektup-Sifresi-42"


def ago(days: int) -> str:
    return (date.today() - timedelta(days=days)).isoformat()


def text_of(pdf: bytes, tmp_path: Path, password: str | None = None) -> str:
    """What a reader gets back from the PDF (PDFium, `tests/pdf_reading.py`), NFKC, whitespace collapsed."""
    return pdf_reading.text(pdf, password)


def build_case(team: kd_support.Team) -> tuple[Any, int, int, int]:
    ayse = team.login("ayse")
    case_id = cases.create_case(
        ayse,
        r.Client(NAME, birth_year=1990, interpreter_language="ara",
                 safe_contact=r.SafeContact(safe_phone="0555 000 00 00", never_call_home=True, code_word="Papatya")),
        r.Intake(ago(10), violence_types=["physical", "economic"], presenting_request="Destek istiyor."),
        [r.Child(CHILD, 2015, "female", True)],
    )
    cases.finish_intake(ayse, case_id)
    notes.add_note(ayse, case_id, r.Note("psychosocial_session", ago(5), NOTE, 45))
    notes.add_note(ayse, case_id, r.Note("phone_call", ago(4), SECRET_NOTE, 10, never_export=True))
    admin = team.login("bilgi")
    shelter_id = shelters.save_shelter(admin, r.Shelter("Umut Konukevi", "kadin_konukevi", 10, "Ankara",
                                                        address=SHELTER_ADDRESS, phone="0312 000"))
    shelters.place(ayse, case_id, shelter_id, on=ago(2))
    inst = directory.search_institutions(ayse, "baro adli")[0]
    assert inst.id is not None
    rid = referrals.create_referral(ayse, case_id, inst.id, "Boşanma davası için avukat desteği",
                                    "Adli yardım")
    return ayse, case_id, rid, inst.id


def test_letter_needs_consent_and_carries_only_the_ticked_fields(team: kd_support.Team, tmp_path: Path) -> None:
    ayse, case_id, rid, inst_id = build_case(team)
    with pytest.raises(ConsentMissing):
        exports.referral_letter_pdf(ayse, case_id, rid)
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", ago(1)), inst_id)

    choices = {c.key: c for c in exports.letter_choices(ayse, case_id, rid)}
    assert {k for k, c in choices.items() if c.ticked} == {"client_name", "birth_year", "interpreter",
                                                           "safe_contact"}
    assert not choices["children"].ticked and not choices["shelter"].ticked
    assert not any(SECRET_NOTE in c.label for c in choices.values())
    never = [k for k in choices if k.startswith("note:")]
    assert len(never) == 1  # the ordinary note only; the never-export one is not offered

    default = text_of(exports.referral_letter_pdf(ayse, case_id, rid), tmp_path)
    assert "Işıl Şahin" in default and "1990" in default and "0555 000 00 00" in default
    assert "Boşanma davası için avukat desteği" in default
    for absent in (CHILD, SHELTER_ADDRESS, SECRET_NOTE, NOTE):
        assert absent not in default, absent

    ticked = text_of(exports.referral_letter_pdf(ayse, case_id, rid, ["client_name", "children", "shelter"]),
                     tmp_path)
    assert CHILD in ticked and SHELTER_ADDRESS in ticked
    assert "1990" not in ticked and "0555 000 00 00" not in ticked

    with pytest.raises(InvalidInput):
        exports.referral_letter_pdf(ayse, case_id, rid, ["client_name", "note:999999"])

    english = text_of(exports.referral_letter_pdf(ayse, case_id, rid, lang="en"), tmp_path)
    assert "Name" in english and "CONFIDENTIAL" in english


def test_password_protected_letter(team: kd_support.Team, tmp_path: Path) -> None:
    ayse, case_id, rid, inst_id = build_case(team)
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", ago(1)), inst_id)
    pdf = exports.referral_letter_pdf(ayse, case_id, rid, password=PDF_PASSWORD)
    path = tmp_path / "locked.pdf"
    path.write_bytes(pdf)
    # Two independent readers, PDFium (Chrome's) and qpdf, refuse it without the password, and a wrong one.
    assert pdf_reading.needs_password(path)
    with pytest.raises(pdfium.PdfiumError, match=r"(?i)password"):
        text_of(pdf, tmp_path, "Yanlis-Sifre-1")
    assert "Işıl Şahin" in text_of(pdf, tmp_path, PDF_PASSWORD)
    shown = pdf_reading.encryption(path, PDF_PASSWORD)
    assert (shown.revision, shown.stream_method, shown.bits) == (6, "aesv3", 256), shown


def test_archive_copies_are_pdf_a_and_never_encrypted(team: kd_support.Team, tmp_path: Path) -> None:
    ayse, case_id, rid, inst_id = build_case(team)
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", ago(1)), inst_id)
    for pdf in (exports.referral_letter_pdf(ayse, case_id, rid, archive=True),
                exports.case_summary_pdf(ayse, case_id, archive=True),
                exports.client_record_pdf(ayse, case_id, archive=True)):
        tags = pdf_reading.tagging(pdf)
        assert (tags.pdfa_part, tags.pdfa_conformance, tags.pdfua_part) == ("2", "A", "1")
        assert not pdf_reading.needs_password(pdf) and "Işıl Şahin" in text_of(pdf, tmp_path)
    ordinary = pdf_reading.tagging(exports.case_summary_pdf(ayse, case_id))
    assert ordinary.pdfua_part == "1" and ordinary.pdfa_part is None
    with pytest.raises(InvalidInput):  # PDF/A forbids encryption: asking for both is refused
        exports.referral_letter_pdf(ayse, case_id, rid, password=PDF_PASSWORD, archive=True)
    audited = ayse.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'export_pdf' ORDER BY id").fetchall()
    assert [json.loads(d)["archive"] for (d,) in audited] == [True, True, True, False]


def test_summary_and_record_leave_out_never_export_notes(team: kd_support.Team, tmp_path: Path) -> None:
    ayse, case_id, _, _ = build_case(team)
    summary = text_of(exports.case_summary_pdf(ayse, case_id), tmp_path)
    assert NOTE in summary and "Işıl Şahin" in summary and CHILD in summary
    assert SECRET_NOTE not in summary
    assert SHELTER_ADDRESS not in summary  # the shelter is named, its address never printed here
    record = text_of(exports.client_record_pdf(ayse, case_id), tmp_path)
    assert NOTE in record and SECRET_NOTE not in record


def test_who_may_export(team: kd_support.Team) -> None:
    ayse, case_id, rid, inst_id = build_case(team)
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", ago(1)), inst_id)
    with pytest.raises(PermissionDenied):  # not hers: no export, reason or not
        exports.case_summary_pdf(team.login("zeynep"), case_id)
    zeynep = team.login("zeynep")
    cases.open_case(zeynep, case_id, reason="Ayşe izinli; danışan acil aradı")
    with pytest.raises(PermissionDenied):  # break-glass reads, never exports
        exports.referral_letter_pdf(zeynep, case_id, rid)
    with pytest.raises(PermissionDenied):
        exports.case_summary_pdf(team.login("bilgi"), case_id)
    assert exports.case_summary_pdf(team.login("selin"), case_id).startswith(b"%PDF-")


def test_exports_are_audited_without_content(team: kd_support.Team) -> None:
    ayse, case_id, rid, inst_id = build_case(team)
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", ago(1)), inst_id)
    exports.referral_letter_pdf(ayse, case_id, rid, ["client_name", "children"], password=PDF_PASSWORD)
    exports.case_summary_pdf(ayse, case_id)
    found = ayse.connection().execute(
        "SELECT target, details FROM audit_log WHERE action = 'export_pdf' ORDER BY id").fetchall()
    details = [json.loads(d) for _, d in found]
    assert [d["kind"] for d in details] == ["referral", "summary"]
    assert details[0]["fields"] == ["children", "client_name"] and details[0]["encrypted"] is True
    assert details[1]["withheld_notes"] == 1
    assert all(t == f"case:{case_id}" for t, _ in found)
    for _, raw in found:
        assert "Işıl" not in raw and PDF_PASSWORD not in raw and CHILD not in raw


def test_save_pdf_writes_only_there(team: kd_support.Team, tmp_path: Path, isolated_env: kd_support.Env) -> None:
    ayse, case_id, _, _ = build_case(team)
    out = tmp_path / "out" / "ozet.pdf"
    out.parent.mkdir()
    exports.save_pdf(out, exports.case_summary_pdf(ayse, case_id))
    assert sorted(p.name for p in out.parent.iterdir()) == ["ozet.pdf"]
    assert (out.stat().st_mode & 0o777) == 0o600
    with pytest.raises(InvalidInput):
        exports.save_pdf(tmp_path / "x.pdf", b"not a pdf")
    hits = kd_support.scan(isolated_env.scan_roots, kd_support.text_needles("Işıl Şahin"))
    assert hits == [], hits


def test_recovery_sheet_holds_every_group(vault: tuple[Path, str], tmp_path: Path) -> None:
    from kadin_danisma.domain import recovery_code
    from kadin_danisma.services import vault_service

    folder, key = vault
    session = vault_service.unlock(folder, kd_support.ADMIN, kd_support.PASSWORD)
    try:
        text = text_of(exports.recovery_sheet_pdf(session, key), tmp_path)
        with pytest.raises(InvalidInput):
            exports.recovery_sheet_pdf(session, "123456-000000")
    finally:
        session.lock()
    for group in recovery_code.split_groups(key):
        assert group in text


def test_cli_export_pdf(team: kd_support.Team, tmp_path: Path, isolated_env: kd_support.Env) -> None:
    ayse, case_id, rid, inst_id = build_case(team)
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", ago(1)), inst_id)
    number = cases.open_case(ayse, case_id).case_number
    ayse.lock()
    base = ["export-pdf", "--vault", str(team.folder), "--user", "ayse", "--case", number]
    listed = kd_support.run_cli([*base, "--kind", "referral", "--referral", str(rid), "--fields", "list",
                                 "--out", str(tmp_path / "x.pdf")], stdin=kd_support.PASSWORD + "\n")
    assert listed.returncode == 0, listed.stderr
    assert "client_name\tticked" in listed.stdout and "children\t-" in listed.stdout
    assert NAME not in listed.stdout
    out = tmp_path / "mektup.pdf"
    done = kd_support.run_cli([*base, "--kind", "referral", "--referral", str(rid), "--encrypt", "--out", str(out)],
                              stdin=f"{kd_support.PASSWORD}\n{PDF_PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert "Işıl Şahin" in text_of(out.read_bytes(), tmp_path, PDF_PASSWORD)
    archived = tmp_path / "arsiv.pdf"
    done = kd_support.run_cli([*base, "--kind", "summary", "--archive", "--out", str(archived)],
                              stdin=f"{kd_support.PASSWORD}\n")
    assert done.returncode == 0 and "PDF/A" in done.stdout, done.stderr
    assert pdf_reading.tagging(archived).pdfa_part == "2"
    both = kd_support.run_cli([*base, "--kind", "summary", "--archive", "--encrypt", "--out", str(tmp_path / "z.pdf")],
                              stdin=f"{kd_support.PASSWORD}\n{PDF_PASSWORD}\n")
    assert both.returncode != 0 and "Traceback" not in both.stderr and not (tmp_path / "z.pdf").exists()
    missing = kd_support.run_cli([*base, "--kind", "referral", "--out", str(tmp_path / "y.pdf")],
                                 stdin=kd_support.PASSWORD + "\n")
    assert missing.returncode == 1 and "--referral" in missing.stderr and "Traceback" not in missing.stderr
    hits = kd_support.scan(isolated_env.scan_roots, kd_support.text_needles("Işıl Şahin"))
    assert hits == [], hits  # HOME, TMPDIR and XDG folders: the PDF went only where it was asked to
    assert not os.path.exists(tmp_path / "y.pdf")
