"""Statistics outputs (issue 18): the PDF (text read back with pypdfium2), the workbook (read back with
openpyxl, an independent reader) and the CSV say what the report says, state the period, consent count and
suppression rule, and hold no identifying string of the vault in any byte; the `report` command refuses bad
input with one line and writes nothing. Synthetic data only."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import kd_support
import openpyxl
import pdf_reading
import pytest
import stat_support

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import OutputExists
from kadin_danisma.domain.suppression import CellState
from kadin_danisma.services import report_files, settings, shelters, statistics
from kadin_danisma.services.statistics import Report, ReportRequest

YEAR = date.today().year - 1
run_cli = kd_support.run_cli


@pytest.fixture
def center(team: kd_support.Team) -> tuple[kd_support.Team, list[dict[str, Any]]]:
    _, made = stat_support.build(YEAR, seed=11)
    admin = team.login("koordinator")
    shelters.save_shelter(admin, r.Shelter(stat_support.SHELTER, "kadin_konukevi", 20))
    stat_support.load(admin, made)
    settings.set_province(admin, "35")
    settings.set_letterhead(admin, ["Örnek Belediyesi Kadın Danışma Merkezi", "Tel 0232 000 00 00"])
    return team, made


def report(team: kd_support.Team, kind: str, lang: str = "tr") -> Report:
    return statistics.run_report(team.login("selin"), ReportRequest(kind, date(YEAR, 1, 1), date(YEAR, 12, 31), lang))


def pdf_text(data: bytes) -> str:
    return unicodedata.normalize("NFKC", pdf_reading.text(data))


def xlsx_cells(data: bytes) -> dict[str, list[list[Any]]]:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    finally:
        book.close()


def all_bytes(data: bytes, xlsx: bool = False) -> list[bytes]:
    """The file, and for a workbook each member unpacked (its XML is compressed in the file)."""
    out = [data]
    if xlsx:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            out += [z.read(n) for n in z.namelist()]
    return out


def assert_no_identifiers(blobs: list[bytes], text: str, made: list[dict[str, Any]]) -> None:
    for secret in stat_support.identifying_strings(made):
        assert secret not in text, secret
        for blob in blobs:
            for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
                assert secret.encode(encoding) not in blob, (secret, encoding)


@pytest.mark.parametrize("kind", statistics.KINDS)
def test_pdf_reads_back_and_names_no_one(center: tuple[kd_support.Team, list[dict[str, Any]]], kind: str) -> None:
    team, made = center
    rep = report(team, kind)
    data = report_files.render(rep, "pdf")
    text = pdf_text(data)
    compact = "".join(text.split())
    for needle in (rep.title, "Örnek Belediyesi Kadın Danışma Merkezi", f"01.01.{YEAR}", f"31.12.{YEAR}",
                   "anonim istatistiklerde kullanım onayı", f"{rep.excluded_cases} dosya", "<3", "GİZLİDİR"):
        assert "".join(needle.split()) in compact, needle
    for t in rep.tables:
        assert "".join(t.title.split()) in compact, t.title
        for row in t.cells:
            for cell in row:
                assert cell.text(rep.k) in text
    assert_no_identifiers([data], text, made)
    pdf_reading.assert_sound(data)  # every font embedded, no base-14 font, qpdf's checks pass


@pytest.mark.parametrize("kind", statistics.KINDS)
def test_workbook_has_a_sheet_per_table_with_the_same_cells(
        center: tuple[kd_support.Team, list[dict[str, Any]]], kind: str) -> None:
    team, made = center
    rep = report(team, kind, "en")
    data = report_files.render(rep, "xlsx")
    sheets = xlsx_cells(data)
    names = list(sheets)
    assert len(names) == len(rep.tables) + 1  # an "about" sheet first
    about = "\n".join(str(v) for row in sheets[names[0]] for v in row if v is not None)
    assert "Only cases whose client has a valid consent" in about and "Counts below 3" in about
    for name, t in zip(names[1:], rep.tables, strict=True):
        rows = sheets[name]
        assert rows[0][0] == t.title
        assert [c for c in rows[3][1:]] == [c.label for c in t.columns]
        for axis, cells, got in zip(t.rows, t.cells, rows[4:], strict=True):
            assert got[0] == axis.label
            want = [c.value if c.state is CellState.SHOWN else c.text(rep.k) for c in cells]
            assert got[1:1 + len(want)] == want
    text = "\n".join(str(v) for rows in sheets.values() for row in rows for v in row if v is not None)
    assert_no_identifiers(all_bytes(data, xlsx=True), text, made)


def test_csv_long_format_and_formula_safe(center: tuple[kd_support.Team, list[dict[str, Any]]]) -> None:
    team, made = center
    rep = report(team, "activity")
    data = report_files.render(rep, "csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    facts = [row for row in rows if row["table"] == "report"]
    assert any("anonim istatistik" in row["shown"] for row in facts)
    cells = [row for row in rows if row["table"] != "report"]
    assert len(cells) == sum(len(row) for t in rep.tables for row in t.cells)
    for row in cells:
        if row["state"] == "shown":
            assert row["value"] == row["shown"] and int(row["value"]) >= rep.k
        else:
            assert row["value"] == "" and row["shown"] in (f"<{rep.k}", "×")
    assert_no_identifiers([data], data.decode("utf-8-sig"), made)


def test_save_never_overwrites_unless_asked(center: tuple[kd_support.Team, list[dict[str, Any]]],
                                            tmp_path: Path) -> None:
    team, _ = center
    rep = report(team, "gbvims")
    session = team.login("selin")
    out = tmp_path / "rapor.pdf"
    out.write_bytes(b"her own file")
    with pytest.raises(OutputExists):
        report_files.save_report(session, rep, "pdf", out)
    assert out.read_bytes() == b"her own file"
    report_files.save_report(session, rep, "pdf", out, force=True)
    assert out.read_bytes().startswith(b"%PDF-") and (out.stat().st_mode & 0o777) == 0o600
    entry = session.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'statistics_export' ORDER BY id DESC").fetchone()
    assert json.loads(entry[0])["format"] == "pdf" and "rapor" not in entry[0]


# -- the command line -----------------------------------------------------------------------------------


def cli(folder: Path, *args: str, user: str = "selin") -> Any:
    return run_cli(["report", "--vault", str(folder), "--user", user, *args], kd_support.PASSWORD + "\n")


def one_line(proc: Any, code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kadin-danisma: error: "), proc.stderr
    return lines[0]


def test_cli_writes_each_format(center: tuple[kd_support.Team, list[dict[str, Any]]], tmp_path: Path) -> None:
    team, made = center
    team.close()
    for fmt in report_files.FORMATS:
        out = tmp_path / f"r.{fmt}"
        proc = cli(team.folder, "--kind", "activity", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-06-30",
                   "--format", fmt, "--out", str(out), "--lang", "en")
        assert proc.returncode == 0, proc.stderr
        assert out.exists() and f"wrote {out}" in proc.stdout
        assert_no_identifiers([out.read_bytes()], "", made)
    counselor = cli(team.folder, "--kind", "gbvims", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31",
                    "--format", "csv", "--out", str(tmp_path / "mine.csv"), user="ayse")
    assert counselor.returncode == 0, counselor.stderr
    assert "Ayşe Danışman" in (tmp_path / "mine.csv").read_text("utf-8-sig")


def test_cli_bad_input_is_one_line_and_writes_nothing(center: tuple[kd_support.Team, list[dict[str, Any]]],
                                                      tmp_path: Path) -> None:
    team, _ = center
    team.close()
    out = tmp_path / "r.pdf"
    good = ["--kind", "activity", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-03-31", "--format", "pdf"]
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    cases = [
        (["--kind", "activity", "--from", f"{YEAR}-02-30", "--to", f"{YEAR}-03-31", "--format", "pdf"], 1,
         "--from must be a real date"),
        (["--kind", "activity", "--from", "01.01.2025", "--to", f"{YEAR}-03-31", "--format", "pdf"], 1,
         "--from must be a real date"),
        (["--kind", "activity", "--from", f"{YEAR}-04-01", "--to", f"{YEAR}-03-31", "--format", "pdf"], 1,
         "ends before it starts"),
        (["--kind", "activity", "--from", f"{YEAR}-04-01", "--to", tomorrow, "--format", "pdf"], 1, "future"),
        (["--kind", "census", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-03-31", "--format", "pdf"], 2,
         "invalid choice"),
        (["--kind", "activity", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-03-31", "--format", "docx"], 2,
         "invalid choice"),
        ([*good[:-2], "--format", "pdf"], 2, "required"),  # no --out
    ]
    for args, code, words in cases:
        extra = [] if words == "required" else ["--out", str(out)]
        line = one_line(cli(team.folder, *args, *extra), code)
        assert words in line, line
        assert not out.exists()
    out.write_bytes(b"keep me")
    line = one_line(cli(team.folder, *good, "--out", str(out)), 1)
    assert "already exists" in line and out.read_bytes() == b"keep me"
    line = one_line(cli(team.folder, *good, "--out", str(tmp_path / "no-such-folder" / "r.pdf")), 1)
    assert "does not exist" in line
    wrong = run_cli(["report", "--vault", str(team.folder), "--user", "selin", *good, "--out",
                     str(tmp_path / "x.pdf")], "wrong password\n")
    assert "wrong user name or password" in one_line(wrong, 1)
    assert not (tmp_path / "x.pdf").exists()
