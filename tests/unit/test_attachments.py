"""Attachments (issue 20) through the services: kept inside the encrypted vault (no plaintext byte of a file
in the vault folder, HOME or TMPDIR, ever), refused by size before being read and by content whatever the
name, a picture stored upright without its EXIF/GPS, every view and every saved copy audited, the never-export
flag honoured, covered by backups, sent with a letter only when ticked. Synthetic files only."""

from __future__ import annotations

import builtins
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import kd_support
import pdf_reading
import pikepdf
import pytest
from PIL import Image

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import (
    AttachmentRefused,
    AttachmentTooLarge,
    InvalidInput,
    PermissionDenied,
    ReasonRequired,
)
from kadin_danisma.services import (
    attachments,
    backups,
    cases,
    consents,
    directory,
    exports,
    referrals,
    vault_service,
)
from kadin_danisma.services.attachments import Details
from kadin_danisma.services.demo_files import form_picture, text_pdf
from kadin_danisma.vault import attachment_store

pytestmark = pytest.mark.both_stores

TODAY = date.today().isoformat()
CANARY = "KANARYA-EK-7f3a9c1e"
MEASURE = "shelter"


def canary_pdf(pages: int = 2) -> bytes:
    return text_pdf([f"{CANARY} 6284 karari (sentetik)", "Bu belge denemedir."], pages)


def gps_png() -> bytes:
    """A 60×20 picture taken sideways (EXIF orientation 6) with a GPS position in its EXIF."""
    picture = Image.new("RGB", (60, 20), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8825] = {1: "N", 2: (41.0, 1.0, 27.0), 3: "E", 4: (28.0, 58.0, 40.0)}
    exif[0x010F] = "KanaryaKamera"  # Make
    out = io.BytesIO()
    picture.save(out, "PNG", exif=exif)
    return out.getvalue()


@pytest.fixture
def case(team: kd_support.Team) -> dict[str, Any]:
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client("Deneme Danışan"), r.Intake(TODAY, "walk_in"))
    return {"team": team, "ayse": ayse, "case": case_id}


def audit_details(session: Any, action: str) -> list[dict[str, Any]]:
    found = session.connection().execute("SELECT details FROM audit_log WHERE action = ? ORDER BY id", (action,))
    return [json.loads(d) for (d,) in found]


@pytest.mark.vault_only  # the vault file and its backups (a server's: docs/server.md)
def test_added_viewed_and_saved_with_no_plaintext_outside_the_vault(case: dict[str, Any], tmp_path: Path,
                                                                     isolated_env: kd_support.Env) -> None:
    ayse, case_id = case["ayse"], case["case"]
    source = tmp_path / "incoming" / "karar.pdf"
    source.parent.mkdir()
    source.write_bytes(canary_pdf())
    aid = attachments.add_file(ayse, case_id, source, Details("decision_6284", TODAY, "Uzaklaştırma"))
    source.unlink()  # the scanner's copy is gone; only the vault holds it now
    meta, data = attachments.view(ayse, aid)
    assert data == canary_pdf() and meta.pages == 2 and meta.media_type == "application/pdf"
    assert meta.added_by == "Ayşe Danışman"
    out = tmp_path / "chosen" / "kopya.pdf"
    out.parent.mkdir()
    attachments.save_copy(ayse, aid, out)
    assert out.read_bytes() == canary_pdf() and (out.stat().st_mode & 0o777) == 0o600
    assert audit_details(ayse, "attachment_view") == [{"id": aid, "relation": "assigned"}]
    (saved,) = audit_details(ayse, "attachment_export")
    assert saved["id"] == aid and saved["size"] == len(canary_pdf())
    ayse.lock()
    needles = {"canary": CANARY.encode(), "pdf-header": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3"}
    hits = kd_support.scan([case["team"].folder, *isolated_env.scan_roots], needles)
    assert hits == []


def test_a_renamed_program_is_refused(case: dict[str, Any], tmp_path: Path) -> None:
    program = tmp_path / "rapor.pdf"
    program.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 4000)
    with pytest.raises(AttachmentRefused) as caught:
        attachments.add_file(case["ayse"], case["case"], program, Details("medical_report", TODAY))
    assert caught.value.code == "attachment_type"
    assert "PDF, JPEG and PNG" in str(caught.value)
    for fake in (b"%PDF-1.7\nnot really", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, b"\xff\xd8\xff\xe0garbage"):
        with pytest.raises(AttachmentRefused) as damaged:
            attachments.add(case["ayse"], case["case"], fake, Details("other", TODAY))
        assert damaged.value.code == "attachment_unreadable"
    assert case["ayse"].connection().execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_a_25_mb_file_is_refused_before_it_is_read(case: dict[str, Any], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "tarama.pdf"
    with open(big, "wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(25 * 1024 * 1024)
    read: list[int] = []
    real_open = builtins.open

    def counting_open(*args: Any, **kwargs: Any) -> Any:
        handle = real_open(*args, **kwargs)
        original = handle.read
        handle.read = lambda n=-1: (read.append(n), original(n))[1]  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(attachments, "open", counting_open, raising=False)
    with pytest.raises(AttachmentTooLarge) as caught:
        attachments.add_file(case["ayse"], case["case"], big, Details("other", TODAY))
    assert read == [], "nothing of the file was read"
    assert str(caught.value) == "the file is 25.0 MB; files of up to 20 MB can be attached"
    assert caught.value.code == "attachment_too_large"


def test_a_picture_is_stored_upright_without_its_gps(case: dict[str, Any]) -> None:
    ayse = case["ayse"]
    original = gps_png()
    assert b"eXIf" in original and b"KanaryaKamera" in original
    aid = attachments.add(ayse, case["case"], original, Details("id_copy", TODAY))
    _meta, stored = attachments.view(ayse, aid)
    assert b"eXIf" not in stored and b"KanaryaKamera" not in stored and b"tEXt" not in stored
    with Image.open(io.BytesIO(stored)) as picture:
        assert picture.format == "PNG" and picture.size == (20, 60)  # turned upright by its orientation
        assert dict(picture.getexif()) == {} and "exif" not in picture.info
    # A JPEG the same way, turned a further quarter turn by hand (her choice in the dialog).
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (41.0, 1.0, 27.0)}
    Image.new("RGB", (64, 32), "white").save(out, "JPEG", exif=exif)
    aid = attachments.add(ayse, case["case"], out.getvalue(), Details("id_copy", TODAY), quarter_turns=1)
    _meta, stored = attachments.view(ayse, aid)
    with Image.open(io.BytesIO(stored)) as picture:
        assert picture.size == (32, 64) and dict(picture.getexif()) == {} and b"Exif" not in stored
    (added,) = [d for d in audit_details(ayse, "attachment_add") if d["id"] == aid]
    assert added["turned"] == 1 and added["cleaned"] is True


def test_views_follow_the_case_rules_and_never_export_holds(case: dict[str, Any], tmp_path: Path) -> None:
    team, ayse, case_id = case["team"], case["ayse"], case["case"]
    kept = attachments.add(ayse, case_id, form_picture(1), Details("police_record", TODAY, never_export=True))
    zeynep, selin, bilgi = team.login("zeynep"), team.login("selin"), team.login("bilgi")
    with pytest.raises(ReasonRequired):
        attachments.view(zeynep, kept)
    with pytest.raises(PermissionDenied):
        attachments.view(bilgi, kept)
    attachments.view(selin, kept)  # a supervisor reads
    with pytest.raises(PermissionDenied) as caught:
        attachments.save_copy(ayse, kept, tmp_path / "x.png")
    assert caught.value.code == "attachment_never_export" and not (tmp_path / "x.png").exists()
    assert not attachments.may_save_copy(ayse, attachments.list_attachments(ayse, case_id)[0])
    with pytest.raises(PermissionDenied):
        attachments.add(selin, case_id, form_picture(2), Details("other", TODAY))
    # Opened with a stated reason (break-glass), she may read it but not take it out.
    cases.open_case(zeynep, case_id, reason="Ayşe izinli, acil görüşme için bakıyorum")
    attachments.view(zeynep, kept)
    attachments.update(ayse, kept, Details("police_record", TODAY, never_export=False))
    with pytest.raises(PermissionDenied):
        attachments.save_copy(zeynep, kept, tmp_path / "y.png")


def test_details_links_and_removal(case: dict[str, Any]) -> None:
    from kadin_danisma.services import measures

    ayse, case_id = case["ayse"], case["case"]
    measure = measures.save_measure(ayse, case_id, r.Measure(MEASURE, "family_judge", TODAY, TODAY))
    aid = attachments.add(ayse, case_id, canary_pdf(1), Details("decision_6284", TODAY, measure_id=measure))
    assert attachments.list_attachments(ayse, case_id)[0].details.measure_id == measure
    with pytest.raises(InvalidInput):  # a link must be a record of the same case
        attachments.update(ayse, aid, Details("decision_6284", TODAY, note_id=999_999))
    with pytest.raises(InvalidInput):
        attachments.update(ayse, aid, Details("decision_6284", "2999-01-01"))
    with pytest.raises(InvalidInput):
        attachments.remove(ayse, aid, "yanlış")  # a reason in words
    attachments.remove(ayse, aid, "Yanlış dosyaya eklenmişti, başka bir danışanın belgesi")
    conn = ayse.connection()
    assert conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    assert attachments.list_attachments(ayse, case_id) == []


def test_big_files_are_chunked_and_the_total_is_known(case: dict[str, Any]) -> None:
    ayse, case_id = case["ayse"], case["case"]
    scans = [form_picture(seed, "PNG", (2400, 3300)) for seed in range(2)]
    data = text_pdf(["x" * 90] * 30, pages=900)  # a long PDF of several MB
    assert len(data) > 2 * attachment_store.CHUNK
    aid = attachments.add(ayse, case_id, data, Details("court_document", TODAY))
    for picture in scans:
        attachments.add(ayse, case_id, picture, Details("medical_report", TODAY))
    chunks = ayse.connection().execute("SELECT count(*), max(length(data)) FROM attachment_chunks"
                                       " WHERE attachment_id = ?", (aid,)).fetchone()
    assert chunks[0] == -(-len(data) // attachment_store.CHUNK) and chunks[1] == attachment_store.CHUNK
    assert attachments.view(ayse, aid)[1] == data
    count, size = attachment_store.total_size(ayse.connection())
    assert count == 3 and size == sum(a.size for a in attachments.list_attachments(ayse, case_id))


@pytest.mark.vault_only  # the vault file and its backups (a server's: docs/server.md)
def test_backups_carry_the_attachments(case: dict[str, Any], tmp_path: Path) -> None:
    team, ayse, case_id = case["team"], case["ayse"], case["case"]
    aid = attachments.add(ayse, case_id, canary_pdf(), Details("signed_consent", TODAY))
    admin = team.login(kd_support.ADMIN)
    backup = tmp_path / "yedek.kdbak"
    backups.backup_now(admin, backup)
    assert CANARY.encode() not in backup.read_bytes()
    restored = tmp_path / "restored"
    vault_service.restore_backup(backup, restored)
    again = vault_service.unlock(restored, "ayse", kd_support.PASSWORD)
    try:
        assert attachments.view(again, aid)[1] == canary_pdf()
    finally:
        again.lock()


def test_a_letter_carries_only_the_ticked_files(case: dict[str, Any]) -> None:
    ayse, case_id = case["ayse"], case["case"]
    institution = directory.all_institutions(ayse.connection())[0]
    assert institution.id is not None
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", TODAY, institution=institution.name),
                            institution.id)
    referral = referrals.create_referral(ayse, case_id, institution.id, "Hukuki destek")
    ticked = attachments.add(ayse, case_id, canary_pdf(1), Details("decision_6284", TODAY, "Uzaklaştırma"))
    other = attachments.add(ayse, case_id, form_picture(3), Details("id_copy", TODAY))
    secret = attachments.add(ayse, case_id, form_picture(4), Details("medical_report", TODAY, never_export=True))
    assert [a.id for a in attachments.letter_choices(ayse, case_id)] == [other, ticked]  # never the secret one
    plain = exports.referral_letter_pdf(ayse, case_id, referral)
    with pikepdf.open(io.BytesIO(plain)) as document:
        assert len(document.attachments) == 0
    assert "Ekler" not in pdf_reading.text(plain)
    letter = exports.referral_letter_pdf(ayse, case_id, referral, attachments=[ticked])
    with pikepdf.open(io.BytesIO(letter)) as document:
        (name,) = document.attachments
        assert document.attachments[name].get_file().read_bytes() == canary_pdf(1)
    text = pdf_reading.text(letter)
    assert "Ekler" in text and "Uzaklaştırma" in text and "6284 kararı" in text
    assert pdf_reading.tagging(letter).marked and pdf_reading.tagging(letter).pdfua_part == "1"  # still PDF/UA
    with pytest.raises(InvalidInput) as refused:
        exports.referral_letter_pdf(ayse, case_id, referral, attachments=[secret])
    assert refused.value.code == "attachment_not_offered"
    with pytest.raises(InvalidInput):
        exports.referral_letter_pdf(ayse, case_id, referral, attachments=[ticked], archive=True)
    (logged,) = [d for d in audit_details(ayse, "export_pdf") if d.get("attachments")]
    assert logged["attachments"] == [ticked]


def test_the_size_limit_and_kinds_in_isolation() -> None:
    from kadin_danisma.domain import attachment_rules as rules

    rules.check_size(rules.MAX_BYTES)
    with pytest.raises(AttachmentTooLarge):
        rules.check_size(rules.MAX_BYTES + 1)
    with pytest.raises(AttachmentRefused):
        rules.check_size(0)
    assert rules.media_type(b"%PDF-1.7") == rules.PDF
    assert rules.media_type(b"\xff\xd8\xff\xdb") == rules.JPEG
    assert rules.media_type(b"\x89PNG\r\n\x1a\n\x00") == rules.PNG
    for head in (b"GIF89a", b"PK\x03\x04", b"MZ", b"", b" %PDF-"):
        with pytest.raises(AttachmentRefused):
            rules.media_type(head)
