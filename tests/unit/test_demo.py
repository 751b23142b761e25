"""The synthetic demo-data generator: varied scripts and histories, consistent records, accounts that work,
deterministic output, an intact audit chain. Synthetic data only."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain.errors import PermissionDenied
from kadin_danisma.domain.vocabularies import Kind, codes
from kadin_danisma.services import cases, demo, vault_service
from kadin_danisma.services.consents import may_share
from kadin_danisma.services.session import Session
from kadin_danisma.vault.case_queries import CaseFilter

ARABIC = re.compile("[\u0600-\u06ff]")
PERSIAN = re.compile("[یکپگچژ]")
ARMENIAN = re.compile("[\u0530-\u058f]")
TURKISH = re.compile("[çğıöşüÇĞİÖŞÜ]")
KURMANJI = re.compile("[êîûÊÎÛ]")
STATES = ("draft", "open", "active", "closure_requested", "closed")


def _admin(folder: Path) -> Session:
    return vault_service.unlock(folder, kd_support.ADMIN, kd_support.PASSWORD)


def _column(session: Session, sql: str, *params: object) -> list[Any]:
    return [row[0] for row in session.connection().execute(sql, params)]


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    """A demo vault (init --demo): the only kind demo data goes into."""
    return kd_support.create_vault(tmp_path / "vault", demo=True)


@pytest.fixture
def generated(vault: tuple[Path, str]) -> tuple[Path, Session, demo.DemoReport]:
    folder, _ = vault
    session = _admin(folder)
    report = demo.generate(session, 60, seed=7)
    return folder, session, report


def test_demo_password_passes_the_policy() -> None:
    for name in ("danisman1", "danisman12", demo.SUPERVISOR, demo.DEMO_ADMIN):
        vault_service.check_new_password(demo.DEMO_PASSWORD, name)


def test_generate_makes_varied_consistent_cases(generated: tuple[Path, Session, demo.DemoReport]) -> None:
    _, session, report = generated
    conn = session.connection()
    assert report.cases == 60
    assert _column(session, "SELECT count(*) FROM cases") == [60]
    assert _column(session, "SELECT count(*) FROM notes") == [report.notes]
    assert report.notes >= 60 * 5
    assert report.usernames == ("danisman1", "danisman2", "danisman3", demo.SUPERVISOR)

    statuses = Counter(str(s) for s in _column(session, "SELECT status FROM cases"))
    assert set(statuses) == set(STATES)
    assert statuses["active"] > statuses["draft"]

    names = [str(n) for n in _column(session, "SELECT full_name FROM clients")]
    assert len(set(names)) > 40
    for script in (ARABIC, PERSIAN, ARMENIAN, TURKISH, KURMANJI):
        assert any(script.search(n) for n in names), script.pattern

    languages = Counter(_column(session, "SELECT interpreter_language FROM clients"))
    assert {"tsm", "kmr"} <= set(languages)
    assert 0.15 <= (60 - languages[None]) / 60 <= 0.6
    assert set(languages) - {None} <= codes(Kind.INTERPRETER_LANGUAGE)
    # Syrian clients are under temporary protection (or hold a residence permit) and speak Arabic.
    for status, langs in conn.execute("SELECT migrant_status, languages FROM clients WHERE nationality = 'Suriye'"):
        assert status in ("temporary_protection", "residence_permit") and '"ara"' in langs

    interpreted = conn.execute(
        "SELECT n.interpreter_language, cl.interpreter_language, n.interpreter_name FROM notes n"
        " JOIN cases c ON c.id = n.case_id JOIN clients cl ON cl.id = c.client_id WHERE n.interpreter_present = 1"
    ).fetchall()
    assert interpreted
    assert all(note_lang == client_lang and name for note_lang, client_lang, name in interpreted)
    assert set(_column(session, "SELECT DISTINCT note_type FROM notes")) == codes(Kind.NOTE_TYPE)
    lengths = _column(session, "SELECT length(body) FROM notes")
    assert min(lengths) >= 200 and max(lengths) <= 1500
    assert _column(session, "SELECT count(*) FROM notes WHERE never_export = 1")[0] > 0

    today = date.today()
    assert _column(session, "SELECT count(*) FROM referrals")[0] > 0
    assert _column(session, "SELECT count(*) FROM placements")[0] > 0
    soon = _column(session, "SELECT count(*) FROM measures WHERE status = 'active' AND end_date BETWEEN ? AND ?",
                   today.isoformat(), (today + timedelta(days=14)).isoformat())
    assert soon[0] > 0

    # Dates: opened within ten years, never in the future; notes and assessments not before the opening.
    opened = _column(session, "SELECT opened_on FROM cases")
    assert (today - timedelta(days=3653)).isoformat() <= min(opened) <= max(opened) <= today.isoformat()
    for table, column in (("notes", "note_date"), ("risk_assessments", "assessed_on")):
        early = conn.execute(f"SELECT count(*) FROM {table} x JOIN cases c ON c.id = x.case_id"
                             f" WHERE x.{column} < c.opened_on OR x.{column} > ?", (today.isoformat(),)).fetchone()
        assert early == (0,), table
    # Case risk level is the latest assessment's.
    assert conn.execute("SELECT count(*) FROM cases c WHERE c.risk_level IS NOT (SELECT level FROM risk_assessments"
                        " r WHERE r.case_id = c.id ORDER BY assessed_on DESC, id DESC LIMIT 1)").fetchone() == (0,)


def test_generated_lifecycles_are_consistent(generated: tuple[Path, Session, demo.DemoReport]) -> None:
    _, session, _ = generated
    conn = session.connection()
    supervisor = _column(session, "SELECT id FROM users WHERE username = ?", demo.SUPERVISOR)[0]
    for case_id, status, closed_on in conn.execute("SELECT id, status, closed_on FROM cases").fetchall():
        history = conn.execute("SELECT from_status, to_status FROM case_status_history WHERE case_id = ?"
                               " ORDER BY at, id", (case_id,)).fetchall()
        assert history[0] == (None, "draft")
        assert all(prev[1] == nxt[0] for prev, nxt in pairwise(history))
        assert history[-1][1] == status
        requests = conn.execute("SELECT status, decided_by FROM closure_requests WHERE case_id = ? ORDER BY id",
                                (case_id,)).fetchall()
        if status == "closed":
            assert requests[-1] == ("approved", supervisor) and closed_on
        elif status == "closure_requested":
            assert requests[-1] == ("pending", None) and closed_on is None
        else:
            assert all(r[0] == "returned" for r in requests) and closed_on is None
    # A demo supervisor reviews closures; she is never assigned to a case.
    assert _column(session, "SELECT count(*) FROM case_counselors WHERE user_id = ?", supervisor) == [0]
    # Every referral that went out had the client's consent to share with that institution by then.
    sent = conn.execute("SELECT c.client_id, r.institution_id, r.sent_on, r.status, r.rejection_reason FROM referrals r"
                        " JOIN cases c ON c.id = r.case_id").fetchall()
    for client_id, institution_id, sent_on, status, rejection in sent:
        if sent_on is not None:
            assert may_share(conn, client_id, institution_id, sent_on)
        if status == "rejected":
            assert rejection
    # Never placed beyond capacity; an ended placement has its exit reason.
    for capacity, placed in conn.execute("SELECT s.capacity, (SELECT count(*) FROM placements p WHERE p.shelter_id"
                                         " = s.id AND p.status = 'placed') FROM shelters s"):
        assert placed <= capacity
    assert conn.execute("SELECT count(*) FROM placements WHERE status = 'ended' AND exit_reason IS NULL").fetchone() \
        == (0,)
    assert 4 <= len(_column(session, "SELECT id FROM shelters WHERE name LIKE 'Demo Konukevi %'")) <= 8
    assert vault_service.verify_session(session).ok
    assert _column(session, "SELECT count(*) FROM audit_log WHERE action = 'demo_data'") == [1]


def test_demo_users_log_in_and_see_only_their_cases(generated: tuple[Path, Session, demo.DemoReport]) -> None:
    folder, admin, report = generated
    admin.lock()
    seen = 0
    for username in report.usernames[:-1]:
        session = vault_service.unlock(folder, username, demo.DEMO_PASSWORD)
        assert session.user is not None and not session.user.must_change_password
        mine = cases.list_cases(session, CaseFilter(), limit=1000)
        assert all(s.counselors == (username,) for s in mine)
        assert len(mine) == cases.count_cases(session)
        with pytest.raises(PermissionDenied):
            demo.generate(session, 1)
        seen += len(mine)
        session.lock()
    assert seen == 60
    supervisor = vault_service.unlock(folder, demo.SUPERVISOR, demo.DEMO_PASSWORD)
    assert len(cases.list_cases(supervisor, CaseFilter(), limit=1000)) == 60
    assert len(cases.list_cases(supervisor, CaseFilter(statuses=("closure_requested",)))) >= 1
    supervisor.lock()


def test_same_seed_same_clients(vault: tuple[Path, str], tmp_path: Path) -> None:
    first, _ = vault
    second = tmp_path / "second"
    shutil.copytree(first, second)
    names = []
    for folder in (first, second):
        session = _admin(folder)
        demo.generate(session, 25, seed=3)
        names.append(_column(session, "SELECT cl.full_name FROM cases c JOIN clients cl ON cl.id = c.client_id"
                                      " ORDER BY c.id"))
        if folder == second:
            # Another run into the same vault: new numbers, the same accounts and shelters.
            report = demo.generate(session, 15, seed=4)
            assert report.usernames == ("danisman1", "danisman2", "danisman3", demo.SUPERVISOR)
            numbers = _column(session, "SELECT case_number FROM cases")
            assert len(numbers) == len(set(numbers)) == 40
            assert len(_column(session, "SELECT id FROM users")) == 5
            # A copy of the first vault: diverged from what this computer saw there (issue 14 §4).
            assert vault_service.verify_session(session, accept_older=True).ok
        session.lock()
    assert names[0] == names[1]
    assert len(names[0]) == 25


def test_create_demo_vault(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    session, report = demo.create_demo_vault(tmp_path / "demo", n_cases=15, seed=2)
    try:
        assert session.user is not None and session.user.username == demo.DEMO_ADMIN
        assert report.cases == 15
        assert cases.count_cases(session) == 15
        center = _column(session, "SELECT value FROM settings WHERE key = 'center_name'")
        assert center == [demo.CENTER_NAME]
        demo.generate(session, 3, seed=5, progress=lambda done, total: calls.append((done, total)))
        assert calls == [(3, 3)]
    finally:
        session.lock()
    again = vault_service.unlock(tmp_path / "demo", demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
    assert cases.count_cases(again) == 18
    again.lock()


def test_demo_center_work(generated: tuple[Path, Session, demo.DemoReport]) -> None:
    """Issue 21 part B: a year of activities and contacts, named attendance only on support groups and only with
    the consent, and follow-ups allowed on closed cases (one due soon: the dashboard shows it)."""
    _folder, session, _report = generated
    kinds = _column(session, "SELECT kind FROM group_activities")
    assert len(kinds) >= 6 and {"support_group", "seminar"} <= set(kinds)
    days = _column(session, "SELECT held_on FROM group_activities")
    assert min(days) >= (date.today() - timedelta(days=365)).isoformat()
    assert len(_column(session, "SELECT id FROM info_contacts")) >= 10
    named = session.connection().execute(
        "SELECT g.kind, s.kind, s.client_id = c.client_id FROM activity_attendance x"
        " JOIN group_activities g ON g.id = x.activity_id JOIN consents s ON s.id = x.consent_id"
        " JOIN cases c ON c.id = x.case_id").fetchall()
    assert named and set(named) == {("support_group", "group_attendance", 1)}
    allowed = session.connection().execute(
        "SELECT c.status, count(f.id) FROM followup_allowances a JOIN cases c ON c.id = a.case_id"
        " JOIN follow_ups f ON f.allowance_id = a.id GROUP BY a.id").fetchall()
    assert allowed and all(status == "closed" and n <= 2 for status, n in allowed)
