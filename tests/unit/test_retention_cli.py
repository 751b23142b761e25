"""`kadin-danisma retention due|run` (issue 19): the queue listed, a dry run that writes nothing, the proposal by
one person and the approval by a supervisor who did not propose it, one-line errors; and the destruction
record as a PDF (its text read back, no woman in it) with the backups made before it."""

from __future__ import annotations

from pathlib import Path

import kd_support
import pdf_reading
import retention_support as rs

from kadin_danisma.services import backups, destruction_record


def retention(team: kd_support.Team, user: str, *args: str) -> tuple[int, str, str]:
    done = kd_support.run_cli(["retention", *args, "--vault", str(team.folder), "--user", user],
                              stdin=kd_support.PASSWORD + "\n", timeout=300)
    return done.returncode, done.stdout, done.stderr


def cycles(team: kd_support.Team) -> list[tuple[int, str]]:
    vault, conn = kd_support.raw_connection(team.folder)
    try:
        return [(int(a), str(b)) for a, b in conn.execute("SELECT id, status FROM destruction_cycles ORDER BY id")]
    finally:
        conn.close()
        vault.close()


def test_due_then_two_people_run_it(team: kd_support.Team) -> None:
    canary = rs.make_canary(team)
    code, out, err = retention(team, "koordinator", "due")
    assert code == 0, err
    assert "due: 1 women (1 cases, 0 on legal hold" in out and canary.case_number in out
    assert rs.NAME not in out

    code, out, _ = retention(team, "koordinator", "run", "--dry-run")
    assert code == 0 and out.startswith("dry run: would propose 1 women") and cycles(team) == []

    code, out, _ = retention(team, "koordinator", "run")
    assert code == 0 and "proposed destruction 1" in out and cycles(team) == [(1, "proposed")]

    code, out, err = retention(team, "koordinator", "run")  # her own proposal
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "other than" in err
    code, _out, err = retention(team, "ayse", "run")
    assert code == 1 and "permission" in err

    code, out, _ = retention(team, "selin", "run", "--dry-run")
    assert code == 0 and "would destroy 1 women (1 cases)" in out and cycles(team) == [(1, "proposed")]

    code, out, err = retention(team, "selin", "run")
    assert code == 0, err
    assert "destruction 1 done (anonymize): 1 women, 1 cases" in out and "vault compacted:" in out
    assert cycles(team) == [(1, "done")]
    code, out, _ = retention(team, "selin", "due")
    assert code == 0 and "due: 0 women" in out and canary.case_number not in out


def test_the_record_as_a_pdf(team: kd_support.Team, tmp_path: Path) -> None:
    rs.make_canary(team)
    admin = team.login("koordinator")
    backups.backup_now(admin, tmp_path / "once.kdbackup")
    code, _, err = retention(team, "bilgi", "run")
    assert code == 0, err
    code, _, err = retention(team, "selin", "run")
    assert code == 0, err
    admin = team.login("koordinator")
    [record] = destruction_record.records(admin)
    assert record["compacted_at"] and record["backups_before"] == 1
    out = tmp_path / "tutanak.pdf"
    destruction_record.save_record_pdf(admin, int(record["cycle_id"]), out)
    pdf_reading.assert_sound(out.read_bytes())
    text = pdf_reading.norm(pdf_reading.text(out.read_bytes()))
    for words in ("Kişisel Veri İmha Tutanağı", "Periyodik imha", "Anonim hale getirme", "Bilgi İşlem (bilgi)",
                  "Selin Süpervizör (selin)", "Anonimleştirilen dosya", "Notun önceki sürümü",
                  "imha edilen verileri hâlâ içerir", "Yönetmelik, m. 11", "VACUUM"):
        assert words in text, words
    assert rs.NAME not in text and rs.NOTE not in text
    english = pdf_reading.norm(pdf_reading.text(destruction_record.record_pdf(admin, int(record["cycle_id"]), "en")))
    assert "Record of Destruction of Personal Data" in english and "still contain the destroyed data" in english
    last, lines = destruction_record.backups_and_destruction(admin)
    assert last == record["done_at"]
    assert [(b.name, b.before_destruction) for b in lines if not b.automatic] == [("once.kdbackup", True)]
    backups.backup_now(admin, tmp_path / "after.kdbackup")
    _, lines = destruction_record.backups_and_destruction(admin)
    assert [(b.name, b.before_destruction) for b in lines if not b.automatic] == [
        ("after.kdbackup", False), ("once.kdbackup", True)]
