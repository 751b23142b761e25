"""The case-work commands of the command line (§7) driven as a script would: export, import, search and
demo-data through python -m kadin_danisma, passwords on stdin. Synthetic data only."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kd_support
import pytest

from kadin_danisma import cli_cases
from kadin_danisma.domain import records as r
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import cases, notes, search, vault_service
from kadin_danisma.vault import repositories

PASSWORD = kd_support.PASSWORD
run = kd_support.run_cli
CLIENT = "Rojîn Xelîl روجين Şahinoğlu"
NOTE = "Kayınbiraderi tehdit etti; ZUMRUTANKA kelimesi yalnızca bu notta."


@pytest.fixture
def other(_team_template: Path, tmp_path: Path) -> Iterator[kd_support.Team]:
    folder = tmp_path / "other"
    shutil.copytree(_team_template, folder)
    t = kd_support.Team(folder)
    yield t
    t.close()


def make_case(team: kd_support.Team, user: str, name: str, body: str = NOTE) -> str:
    """A case with one note, made in-process and locked again before the CLI runs; returns its number."""
    session = vault_service.unlock(team.folder, user, PASSWORD)
    try:
        case_id = cases.create_case(session, r.Client(full_name=name), r.Intake("2026-01-05", "phone"),
                                    [r.Child("Dilan", 2016, "female")])
        notes.add_note(session, case_id, r.Note("phone_call", "2026-01-06", body))
        return cases.open_case(session, case_id).case_number
    finally:
        session.lock()


def ok(proc: subprocess.CompletedProcess[str]) -> list[str]:
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout.splitlines()


def one_line_error(proc: subprocess.CompletedProcess[str], exit_code: int = 1) -> str:
    assert proc.returncode == exit_code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("kadin-danisma: error: ")
    return lines[0]


def search_cli(folder: Path, user: str, query: str, password: str = PASSWORD, *extra: str) -> list[list[str]]:
    proc = run(["search", "--vault", str(folder), "--user", user, *extra, query], password + "\n")
    return [line.split("\t") for line in ok(proc)]


# -- export and import ---------------------------------------------------------------------------------------


def test_export_import_search_across_vaults_and_no_stray_plaintext(
        team: kd_support.Team, other: kd_support.Team, isolated_env: kd_support.Env) -> None:
    number = make_case(team, "ayse", CLIENT)
    out = isolated_env.home / "aktarım" / "vaka.json"
    out.parent.mkdir()
    proc = run(["export", "--plaintext", "--vault", str(team.folder), "--user", "ayse",
                "--case", number, "--out", str(out)],
               PASSWORD + "\n")
    assert ok(proc) == [f"exported {number} to {out}"]
    assert proc.stderr == cli_cases.PLAINTEXT_WARNING + "\n"  # the exception says what it is
    doc = json.loads(out.read_text("utf-8"))
    assert doc["format"] == "kadin-danisma-cases" and doc["version"] == 1
    assert [c["case_number"] for c in doc["cases"]] == [number]
    assert doc["cases"][0]["client"]["full_name"] == CLIENT
    assert [n["body"] for n in doc["cases"][0]["notes"]] == [NOTE]
    assert sorted(p.name for p in out.parent.iterdir()) == ["vaka.json"]  # no temp file beside it

    proc = run(["import", "--vault", str(other.folder), "--user", "ayse", str(out)], PASSWORD + "\n")
    assert ok(proc) == ["imported 1 case(s)"]
    found = search_cli(other.folder, "ayse", "zumrutanka")
    assert [row[0] for row in found] == [number]
    session = other.login("ayse")
    record = cases.open_case(session, cases.find_case_id(session, number))
    assert (record.client.full_name, [n.body for n in record.notes]) == (CLIENT, [NOTE])
    session.lock()

    # The client's name and the note exist in plaintext only in the file she asked for.
    for text in (CLIENT, "Şahinoğlu", "روجين", "ZUMRUTANKA"):
        hits = kd_support.scan(isolated_env.scan_roots, kd_support.text_needles(text))
        assert {h.rsplit(": ", 1)[0] for h in hits} <= {str(out)}, hits
    assert kd_support.scan(isolated_env.scan_roots, kd_support.text_needles("Şahinoğlu"))  # the scan does find it


def test_export_of_a_case_she_may_not_export_fails_cleanly(team: kd_support.Team, tmp_path: Path) -> None:
    number = make_case(team, "zeynep", "Melek Aras")
    out = tmp_path / "x.json"
    proc = run(["export", "--plaintext", "--vault", str(team.folder), "--user", "ayse",
                "--case", number, "--out", str(out)],
               PASSWORD + "\n")
    one_line_error(proc)
    assert not out.exists()
    proc = run(["export", "--plaintext", "--vault", str(team.folder), "--user", "ayse",
                "--case", "KDM-1999-000999", "--out",
                str(out)], PASSWORD + "\n")
    assert "no case" in one_line_error(proc)
    assert not out.exists()


def test_malformed_import_lists_every_problem_and_writes_nothing(team: kd_support.Team, other: kd_support.Team,
                                                                 tmp_path: Path) -> None:
    number = make_case(team, "ayse", "Berfin Tekin")
    exported = tmp_path / "ok.json"
    ok(run(["export", "--plaintext", "--vault", str(team.folder), "--user", "ayse",
            "--case", number, "--out", str(exported)],
           PASSWORD + "\n"))
    doc = json.loads(exported.read_text("utf-8"))
    case = doc["cases"][0]
    case["intake"]["intake_date"] = "2026-02-30"
    case["children"][0]["sex"] = "girl"
    case["notes"][0]["note_type"] = "chat"
    case["client"]["migrant_status"] = "alien"
    bad = tmp_path / "bozuk.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = _counts(other)
    # `other` is a copy of the same template vault: on this computer it rightly counts as an older copy of
    # `team` (services/seen_state.py). The other center's import runs on its own computer.
    elsewhere = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "other-computer")}
    proc = run(["import", "--vault", str(other.folder), "--user", "ayse", str(bad)], PASSWORD + "\n", env=elsewhere)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    first, *rest = proc.stderr.splitlines()
    assert first.startswith("kadin-danisma: error: ") and "4 problem(s)" in first and "nothing was written" in first
    paths = [line.strip().split(": ", 1)[0] for line in rest]
    assert sorted(paths) == sorted(["$.cases[0].intake.intake_date", "$.cases[0].children[0].sex",
                                    "$.cases[0].notes[0].note_type", "$.cases[0].client.migrant_status"])
    assert all(p.startswith("$") for p in paths)
    assert "Berfin" not in proc.stderr  # problems name fields, never their content
    assert _counts(other) == before
    assert search_cli(other.folder, "ayse", "berfin") == []
    assert search_cli(other.folder, "ayse", number) == []


def test_file_with_one_client_code_twice_is_reported_not_called_damage(
        team: kd_support.Team, other: kd_support.Team, tmp_path: Path) -> None:
    number = make_case(team, "ayse", "Berfin Tekin")
    exported = tmp_path / "ok.json"
    ok(run(["export", "--plaintext", "--vault", str(team.folder), "--user", "ayse",
            "--case", number, "--out", str(exported)],
           PASSWORD + "\n"))
    doc = json.loads(exported.read_text("utf-8"))
    twin = json.loads(json.dumps(doc["cases"][0]))
    twin["case_number"] = number + "-2"
    twin["client"]["full_name"] = "Berfin Tekin-Başka"
    doc["cases"].append(twin)  # a second case for the same client code, her details told differently
    bad = tmp_path / "ikiz.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = _counts(other)
    proc = run(["import", "--vault", str(other.folder), "--user", "ayse", str(bad)], PASSWORD + "\n")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "damaged" not in proc.stderr and "backup" not in proc.stderr, proc.stderr
    assert "$.cases[1].client" in proc.stderr  # the same woman must be told the same way in every case
    assert _counts(other) == before


def _counts(team: kd_support.Team) -> dict[str, int]:
    session = vault_service.unlock(team.folder, "koordinator", PASSWORD)
    try:
        conn = session.connection()
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
                 if not str(n).startswith("search_fts_") and n != "audit_log"]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        session.lock()


def test_invalid_json_and_missing_file(team: kd_support.Team, tmp_path: Path) -> None:
    broken = tmp_path / "yarım.json"
    broken.write_text('{"format": "kadin-danisma-cases",\n "version": 1,\n "cases": [\n', encoding="utf-8")
    line = one_line_error(run(["import", "--vault", str(team.folder), "--user", "ayse", str(broken)],
                              PASSWORD + "\n"))
    assert "$" in line and "line" in line
    line = one_line_error(run(["import", "--vault", str(team.folder), "--user", "ayse",
                               str(tmp_path / "yok.json")], PASSWORD + "\n"))
    assert "yok.json" in line
    one_line_error(run(["search", "--vault", str(tmp_path / "kasa-yok"), "--user", "ayse", "x"], PASSWORD + "\n"))


def test_wrong_password_is_one_line(team: kd_support.Team, tmp_path: Path) -> None:
    for args in (["search", "--vault", str(team.folder), "--user", "ayse", "kaya"],
                 ["export", "--plaintext", "--vault", str(team.folder), "--user", "ayse", "--case",
                  "KDM-2026-000001", "--out", str(tmp_path / "x.json")]):
        line = one_line_error(run(args, "Yanlis-Parola-2026\n"))
        assert "wrong user name or password" in line
        assert "Yanlis" not in line
    assert not (tmp_path / "x.json").exists()


# -- search ------------------------------------------------------------------------------------------------


def test_search_prints_case_numbers_never_names(team: kd_support.Team) -> None:
    mine = {make_case(team, "ayse", "Işık Karadağ"), make_case(team, "ayse", "Nazlı Karadağ")}
    theirs = make_case(team, "zeynep", "Sevim Karadağ")
    rows = search_cli(team.folder, "ayse", "karadag")
    assert {row[0] for row in rows} == mine
    assert len(rows) == 2
    for row in rows:
        assert re.fullmatch(r"KDM-2026-\d{6}", row[0])
        assert len(row) >= 2
    proc = run(["search", "--vault", str(team.folder), "--user", "ayse", "KARADAĞ"], PASSWORD + "\n")
    out = "\n".join(ok(proc))
    for name in ("Işık", "Nazlı", "Karadağ", "Sevim", "Karadag", "KARADAĞ"):
        assert name not in out and name not in proc.stderr
    assert {line.split("\t")[0] for line in out.splitlines()} == mine
    # Turkish folding from the command line, words in several arguments
    assert [row[0] for row in search_cli(team.folder, "ayse", "ISIK")] == [
        row[0] for row in search_cli(team.folder, "ayse", "ışık")]
    proc = run(["search", "--vault", str(team.folder), "--user", "ayse", "işık", "karadağ"], PASSWORD + "\n")
    assert len(ok(proc)) == 1
    # the supervisor sees all three, the other counselor only hers
    assert {row[0] for row in search_cli(team.folder, "selin", "karadag")} == mine | {theirs}
    assert [row[0] for row in search_cli(team.folder, "zeynep", "karadag")] == [theirs]


# -- demo data ----------------------------------------------------------------------------------------------


def test_demo_data_accounts_can_search_their_own_cases(tmp_path: Path) -> None:
    folder, _ = kd_support.create_vault(tmp_path / "demo-vault", demo=True)  # as `init --demo` makes it
    proc = run(["demo-data", "--vault", str(folder), "--user", kd_support.ADMIN, "--cases", "30", "--seed", "3"],
               PASSWORD + "\n", timeout=120)
    lines = ok(proc)
    assert PASSWORD not in proc.stdout
    added = next(line for line in lines if line.startswith("added "))
    assert added.startswith("added 30 demo cases")
    names = next(line for line in lines if line.startswith("demo counselors: ")).split(": ", 1)[1].split(", ")
    demo_password = next(line for line in lines if line.startswith("demo password: ")).split(": ", 1)[1]
    assert names and demo_password

    session = vault_service.unlock(folder, kd_support.ADMIN, PASSWORD)
    try:
        conn = session.connection()
        roles = {u.username: u.roles for u in repositories.list_users(conn)}
        assert set(names) <= set(roles)
        counselors = [n for n in names if Role.COUNSELOR in roles[n]]
        assert counselors, names
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 30
        assigned: dict[str, set[str]] = {}
        for name in counselors:
            assigned[name] = {str(x[0]) for x in conn.execute(
                "SELECT c.case_number FROM cases c JOIN case_counselors cc ON cc.case_id = c.id"
                " JOIN users u ON u.id = cc.user_id WHERE u.username = ?", (name,))}
        sample_name = _any_client_name(conn)
        assert search.search(session, sample_name, audit=False)  # the supervisor finds it
    finally:
        session.lock()
    assert any(assigned[n] for n in counselors), "no demo counselor has cases"
    for counselor in counselors:
        prefix = "KDM" if not assigned[counselor] else next(iter(assigned[counselor])).split("-")[0]
        rows = search_cli(folder, counselor, prefix, demo_password, "--limit", "1000")
        assert {row[0] for row in rows} == assigned[counselor], counselor
        assert len(rows) == len(assigned[counselor])
    # The line says "demo counselors": every name on it is a counselor account.
    assert [n for n in names if Role.COUNSELOR not in roles[n]] == [], names


def _any_client_name(conn: Any) -> str:
    return str(conn.execute("SELECT full_name FROM clients ORDER BY id LIMIT 1").fetchone()[0])
