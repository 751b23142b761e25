"""Issue 14 §5: the rules that import and the command line skipped, each driven as a person or a script
would, bad input included.

- An import cannot set what only a supervisor may do; imported cases are the importer's; imported names are
  text that belongs to no user of this vault (nobody may edit an imported note).
- A user who must change her password can do nothing else until she has, on the command line too.
- Nobody changes her own roles; every role change is audited and on the overview for seven days.
- demo-data only on a vault made with `init --demo`.
- search terms from standard input; `cases` and `referrals` listings; a one-letter search says why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import (
    ImportInvalid,
    NotDemoVault,
    OwnRolesChange,
    PasswordChangeRequired,
    PermissionDenied,
)
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import (
    cases,
    consents,
    demo,
    directory,
    history,
    interchange,
    notes,
    overview,
    referrals,
    search,
    users,
    vault_service,
)

PASSWORD = kd_support.PASSWORD
run = kd_support.run_cli
FIRST = "Tek-Seferlik-Sifre-31"
OWN = "Mor-Lale-Bahce-2031"


def ok(proc: subprocess.CompletedProcess[str]) -> list[str]:
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stdout.splitlines()


def one_line_error(proc: subprocess.CompletedProcess[str], exit_code: int = 1) -> str:
    assert proc.returncode == exit_code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("kadin-danisma: error: ")
    return lines[0]


@pytest.fixture
def other(_team_template: Path, tmp_path: Path) -> Iterator[kd_support.Team]:
    """A second center's vault (a copy of the same team), on its own computer's state folder."""
    folder = tmp_path / "other"
    shutil.copytree(_team_template, folder)
    t = kd_support.Team(folder)
    yield t
    t.close()


# -- import ------------------------------------------------------------------------------------------------

def exported_case(team: kd_support.Team) -> dict[str, Any]:
    """A full case exported from `team`: notes by ayse (with an earlier version), a referral with a history,
    status changes; the interchange document as a file would carry it."""
    ayse = team.login("ayse")
    cid = cases.create_case(ayse, r.Client("Berfin Tekin"),
                            r.Intake("2026-01-05", "phone", violence_types=["psychological"]))
    cases.finish_intake(ayse, cid)
    nid = notes.add_note(ayse, cid, r.Note("phone_call", "2026-01-06", "İlk görüşme notu"))
    notes.edit_note(ayse, cid, nid, r.Note("phone_call", "2026-01-06", "İlk görüşme notu, düzeltilmiş"))
    bar = directory.search_institutions(ayse, "baro adli")[0].id
    assert bar is not None
    consents.record_consent(ayse, cid, r.Consent("share_with_institution", "2026-01-06"), bar)
    rid = referrals.create_referral(ayse, cid, bar, "Avukat desteği")
    referrals.change_status(ayse, cid, rid, "sent")
    doc = interchange.export_case(ayse, cid)
    ayse.lock()
    return doc


def problems_of(session: Any, doc: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(ImportInvalid) as caught:
        interchange.import_document(session, doc)
    return dict(caught.value.problems)


def test_import_cannot_set_what_only_a_supervisor_may(team: kd_support.Team, other: kd_support.Team) -> None:
    doc = exported_case(team)
    case = doc["cases"][0]
    case["status"], case["closed_on"] = "closed", "2026-02-01"
    case["referrals"][0]["consent_override_reason"] = "Süpervizör onayı taklidi"
    case["closure_requests"] = [{"reason": "goals_met", "requested_at": "2026-01-20T10:00:00+00:00",
                                 "checklist": [], "summary": "Bitti", "status": "approved", "requested_by": "ayse",
                                 "decided_by": "selin", "decided_at": "2026-01-21T10:00:00+00:00",
                                 "comment": "Onaylandı"}]
    case["status_history"].append({"at": "2026-01-21T10:00:00+00:00", "to_status": "closed",
                                   "event": "approve_closure", "from_status": "closure_requested", "comment": "",
                                   "by": "selin"})
    ayse = other.login("ayse")
    before = cases.count_cases(ayse)
    found = problems_of(ayse, doc)
    p = "$.cases[0]"
    assert set(found) == {f"{p}.status", f"{p}.closed_on", f"{p}.referrals[0].consent_override_reason",
                          f"{p}.closure_requests[0].status", f"{p}.closure_requests[0].decided_by",
                          f"{p}.closure_requests[0].decided_at", f"{p}.closure_requests[0].comment",
                          f"{p}.status_history[{len(case['status_history']) - 1}].event"}
    assert all("supervisor" in text for text in found.values())
    assert "Süpervizör onayı" not in json.dumps(found, ensure_ascii=False)  # problems never echo content
    assert cases.count_cases(ayse) == before, "nothing was written"
    # Each of them alone is refused too (one field each time).
    for edit, path in ((lambda c: c.update(status="closed"), f"{p}.status"),
                       (lambda c: c["status_history"].append({"at": "2026-01-22T10:00:00+00:00",
                                                               "to_status": "active", "event": "reopen",
                                                               "from_status": "closed", "comment": "", "by": "x"}),
                        f"{p}.status_history[{len(exported_case(team)['cases'][0]['status_history'])}].event")):
        single = exported_case(team)
        edit(single["cases"][0])
        assert list(problems_of(ayse, single)) == [path]


def test_an_imported_case_is_the_importers_and_its_names_belong_to_no_one(team: kd_support.Team,
                                                                           other: kd_support.Team) -> None:
    doc = exported_case(team)
    zeynep = other.login("zeynep")  # not the author in either vault
    (case_id,) = interchange.import_document(zeynep, doc)
    record = cases.open_case(zeynep, case_id)
    assert record.counselors == ["zeynep"], "assigned to the person importing it, not to the file's names"
    (note,) = record.notes
    assert note.author == "Ayşe Danışman"  # the name, as text
    assert note.revisions[0].replaced_by == "ayse"
    assert {h.by for h in record.status_history} == {"ayse"}
    assert {e.by for e in record.referrals[0].events} == {"ayse"}
    conn = zeynep.connection()
    assert conn.execute("SELECT author_id FROM notes WHERE case_id = ?", (case_id,)).fetchall() == [(None,)]
    assert conn.execute("SELECT count(*) FROM case_status_history WHERE case_id = ? AND user_id IS NOT NULL",
                        (case_id,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM referral_events e JOIN referrals x ON x.id = e.referral_id"
                        " WHERE x.case_id = ? AND e.user_id IS NOT NULL", (case_id,)).fetchone()[0] == 0
    # The ayse of this vault shares the author's name, but the note is not hers; nobody may edit it.
    cases.assign(other.login("selin"), case_id, ["zeynep", "ayse"])
    ayse = other.login("ayse")
    assert cases.own_note_ids(ayse, case_id) == frozenset() == cases.own_note_ids(zeynep, case_id)
    for who in (ayse, zeynep):
        with pytest.raises(PermissionDenied):
            notes.edit_note(who, case_id, note.id or 0, r.Note("phone_call", "2026-01-06", "değiştirildi"))
    # The history tab reads the imported names as text; the export carries them on.
    assert interchange.export_case(zeynep, case_id)["cases"][0]["notes"][0]["author"] == "Ayşe Danışman"
    assert history.case_history(zeynep, case_id)


def test_cli_import_of_a_closed_case_is_refused_with_paths(team: kd_support.Team, other: kd_support.Team,
                                                            tmp_path: Path) -> None:
    doc = exported_case(team)
    doc["cases"][0]["status"] = "closed"
    path = tmp_path / "kapali.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    elsewhere = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "other-computer")}
    proc = run(["import", "--vault", str(other.folder), "--user", "ayse", str(path)], PASSWORD + "\n", env=elsewhere)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    first, *rest = proc.stderr.splitlines()
    assert "1 problem(s)" in first and "nothing was written" in first
    assert rest == ["  $.cases[0].status: closed is a supervisor's decision in this vault and is never imported; "
                    "import the case as active and request closure"]


# -- a password an administrator set ---------------------------------------------------------------------

def test_a_forced_password_change_comes_before_anything_else(team: kd_support.Team) -> None:
    users.add_user(team.login("koordinator"), "elif", "Elif Danışman", frozenset({Role.COUNSELOR}), FIRST)
    elif_ = vault_service.unlock(team.folder, "elif", FIRST)
    try:
        assert elif_.password_change_pending
        for call in (lambda: cases.create_case(elif_, r.Client("Deneme")), lambda: cases.list_cases(elif_),
                     lambda: search.search(elif_, "deneme"), lambda: users.list_users(elif_),
                     lambda: vault_service.verify_session(elif_), lambda: overview.overview(elif_)):
            with pytest.raises(PasswordChangeRequired):
                call()
        users.change_own_password(elif_, FIRST, OWN)
        assert not elif_.password_change_pending
        assert cases.list_cases(elif_) == []
    finally:
        elif_.lock()


def test_cli_says_how_to_change_the_password_and_then_works(team: kd_support.Team) -> None:
    users.add_user(team.login("koordinator"), "elif", "Elif Danışman", frozenset({Role.COUNSELOR}), FIRST)
    folder = str(team.folder)
    for args in (["search", "--vault", folder, "--user", "elif", "deneme"],
                 ["cases", "--vault", folder, "--user", "elif"],
                 ["users", "list", "--vault", folder, "--user", "elif"],
                 ["verify", "--vault", folder, "--user", "elif"],
                 ["users", "passwd", "--vault", folder, "--user", "elif", "ayse"]):
        line = one_line_error(run(args, FIRST + "\n" + OWN + "\n"))
        assert line == (f"kadin-danisma: error: you must change your password before anything else; run "
                        f"'kadin-danisma users passwd --vault {folder} --user elif' (standard input: the current "
                        f"password, then the new one)"), args
    # A wrong current password is refused as such; the right one changes it.
    one_line_error(run(["users", "passwd", "--vault", folder, "--user", "elif"], "Yanlis-Parola-9\n" + OWN + "\n"))
    assert ok(run(["users", "passwd", "--vault", folder, "--user", "elif"], FIRST + "\n" + OWN + "\n")) == [
        "password changed"]
    assert ok(run(["cases", "--vault", folder, "--user", "elif"], OWN + "\n")) == []


# -- roles -------------------------------------------------------------------------------------------------

def test_nobody_changes_her_own_roles_and_every_change_shows_for_a_week(team: kd_support.Team) -> None:
    admin, bilgi = team.login("koordinator"), team.login("bilgi")
    with pytest.raises(OwnRolesChange):
        users.set_roles(admin, "koordinator", frozenset({Role.ADMIN}))
    with pytest.raises(OwnRolesChange):  # not even to gain a role
        users.set_roles(bilgi, "bilgi", frozenset({Role.ADMIN, Role.SUPERVISOR}))
    with pytest.raises(PermissionDenied):  # a counselor changes nobody's
        users.set_roles(team.login("ayse"), "zeynep", frozenset({Role.SUPERVISOR}))
    users.set_roles(bilgi, "ayse", frozenset({Role.COUNSELOR, Role.SUPERVISOR}))
    changes = overview.recent_role_changes(team.login("zeynep"))  # every colleague sees it
    assert (changes[0].by, changes[0].username, changes[0].before, changes[0].after) == (
        "bilgi", "ayse", frozenset({Role.COUNSELOR}), frozenset({Role.COUNSELOR, Role.SUPERVISOR}))
    entry = json.loads(admin.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'user_roles' ORDER BY id DESC").fetchone()[0])
    assert entry == {"before": "counselor", "after": "counselor,supervisor"}
    assert overview.overview(admin).role_changes[0] == changes[0]
    # The team's own accounts were given roles when the template was made, also inside the window; a window
    # of zero days shows none: the list is bounded by time, not by count.
    assert {c.username for c in changes} >= {"ayse", "zeynep", "selin", "bilgi", "deniz"}
    assert overview.recent_role_changes(admin, days=0) == []


# -- demo data ---------------------------------------------------------------------------------------------

def test_demo_data_only_in_a_demo_vault(vault: tuple[Path, str], tmp_path: Path) -> None:
    folder = vault[0]
    line = one_line_error(run(["demo-data", "--vault", str(folder), "--user", kd_support.ADMIN, "--cases", "3"],
                              PASSWORD + "\n"))
    assert "not created as a demo vault" in line and demo.DEMO_PASSWORD not in line
    session = vault_service.unlock(folder, kd_support.ADMIN, PASSWORD)
    try:
        with pytest.raises(NotDemoVault):
            demo.generate(session, 1)
        assert [u.username for u in users.list_users(session)] == [kd_support.ADMIN], "no demo account made"
        assert not vault_service.is_demo_vault(session)
    finally:
        session.lock()

    made = tmp_path / "egitim"
    lines = ok(run(["init", "--vault", str(made), "--admin", "egitmen", "--demo"], PASSWORD + "\n"))
    assert lines[0] == f"Vault created in {made} (a DEMO vault: never put real cases in it)"
    lines = ok(run(["demo-data", "--vault", str(made), "--user", "egitmen", "--cases", "3"], PASSWORD + "\n",
                   timeout=120))
    assert lines[0].startswith("added 3 demo cases") and lines[-1] == f"demo password: {demo.DEMO_PASSWORD}"


# -- search, cases, referrals ---------------------------------------------------------------------------

def a_case(team: kd_support.Team, user: str, name: str) -> tuple[str, int]:
    session = team.login(user)
    cid = cases.create_case(session, r.Client(name),
                            r.Intake("2026-01-05", "phone", violence_types=["psychological"]))
    return cases.open_case(session, cid).case_number, cid


def test_search_terms_from_standard_input(team: kd_support.Team) -> None:
    number, _ = a_case(team, "ayse", "Rojîn Xelîl Şahinoğlu")
    folder = str(team.folder)
    rows = ok(run(["search", "--vault", folder, "--user", "ayse", "--query-stdin"], PASSWORD + "\nrojin\n"))
    assert [row.split("\t")[0] for row in rows] == [number]
    assert ok(run(["search", "--vault", folder, "--user", "zeynep", "--query-stdin"], PASSWORD + "\nrojin\n")) == []
    # No terms at all, terms twice, a line missing, one letter (in either place): one clear line each.
    line = one_line_error(run(["search", "--vault", folder, "--user", "ayse"], PASSWORD + "\n"))
    assert "--query-stdin" in line
    one_line_error(run(["search", "--vault", folder, "--user", "ayse", "--query-stdin", "rojin"], PASSWORD + "\n"))
    one_line_error(run(["search", "--vault", folder, "--user", "ayse", "--query-stdin"], PASSWORD + "\n"), 2)
    for args, stdin in ((["r"], PASSWORD + "\n"), (["--query-stdin"], PASSWORD + "\nŞ\n"),
                        (["--query-stdin"], PASSWORD + "\n  -  \n")):
        line = one_line_error(run(["search", "--vault", folder, "--user", "ayse", *args], stdin))
        assert line == "kadin-danisma: error: a search needs at least two letters or digits"


def test_cases_lists_what_she_may_open(team: kd_support.Team) -> None:
    mine, _ = a_case(team, "ayse", "Gül Ak")
    theirs, _ = a_case(team, "zeynep", "Nur Su")
    draft, draft_id = a_case(team, "ayse", "Taslak Kişi")
    cases.finish_intake(team.login("ayse"), draft_id)  # now open
    folder = str(team.folder)
    rows = [line.split("\t") for line in ok(run(["cases", "--vault", folder, "--user", "ayse"], PASSWORD + "\n"))]
    assert sorted(row[0] for row in rows) == sorted([mine, draft])
    assert all(len(row) == 4 and row[3] == "ayse" and row[1].startswith("DN-") for row in rows)
    assert {row[0]: row[2] for row in rows} == {mine: "draft", draft: "open"}
    assert "Gül" not in json.dumps(rows, ensure_ascii=False), "no names in the listing"
    only_open = ok(run(["cases", "--vault", folder, "--user", "ayse", "--status", "open"], PASSWORD + "\n"))
    assert [line.split("\t")[0] for line in only_open] == [draft]
    everything = ok(run(["cases", "--vault", folder, "--user", "selin"], PASSWORD + "\n"))
    assert {line.split("\t")[0] for line in everything} == {mine, theirs, draft}
    line = one_line_error(run(["cases", "--vault", folder, "--user", "ayse", "--status", "kapali"],
                              PASSWORD + "\n"), 2)
    assert "--status" in line
    one_line_error(run(["cases", "--vault", folder, "--user", "bilgi"], PASSWORD + "\n"))  # an admin sees no cases


def test_referrals_of_a_case_for_export_pdf(team: kd_support.Team, tmp_path: Path) -> None:
    number, cid = a_case(team, "ayse", "Gül Ak")
    ayse = team.login("ayse")
    bar = directory.search_institutions(ayse, "baro adli")[0].id
    assert bar is not None
    consents.record_consent(ayse, cid, r.Consent("share_with_institution", "2026-01-06"), bar)
    rid = referrals.create_referral(ayse, cid, bar, "Avukat desteği — içerik listede görünmez")
    referrals.change_status(ayse, cid, rid, "sent", on="2026-01-07")
    ayse.lock()
    folder = str(team.folder)
    (line,) = ok(run(["referrals", "--vault", folder, "--user", "ayse", "--case", number], PASSWORD + "\n"))
    fields = line.split("\t")
    assert fields[0] == str(rid) and fields[2] == "sent" and fields[4] == "2026-01-07" and fields[5:] == ["-", "-"]
    assert "Avukat desteği" not in line
    # The id is what export-pdf takes.
    out = tmp_path / "mektup.pdf"
    ok(run(["export-pdf", "--vault", folder, "--user", "ayse", "--case", number, "--kind", "referral", "--referral",
            fields[0], "--out", str(out)], PASSWORD + "\n"))
    assert out.read_bytes().startswith(b"%PDF-")
    # Not her case: a reason would be needed, and the command line takes none; an unknown number.
    assert "not assigned to you" in one_line_error(run(["referrals", "--vault", folder, "--user", "zeynep",
                                                        "--case", number], PASSWORD + "\n"))
    one_line_error(run(["referrals", "--vault", folder, "--user", "ayse", "--case", "YOK-1"], PASSWORD + "\n"))
