"""The demo generator's support records (issue 21, part A): plausible aid, employment and court cases whose
every record passes the checks a person's entry must pass, hearings ahead for the dashboard, measures with
Law 6284 times that agree (request, decision, confirmation, never in the future), and the same data for the
same seed. Synthetic data only."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import kd_support
import pytest

from kadin_danisma.domain import support_checks
from kadin_danisma.domain.validation import Checker
from kadin_danisma.domain.vocabularies import codes
from kadin_danisma.services import cases, dashboard, demo, vault_service
from kadin_danisma.services.session import Session
from kadin_danisma.vault.case_queries import CaseFilter


def _all_codes(kind: str) -> frozenset[str]:
    return codes(kind)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:  # type: ignore[type-arg]
    folder, _ = kd_support.create_vault(tmp_path_factory.mktemp("demo") / "vault", demo=True)
    session: Session = vault_service.unlock(folder, kd_support.ADMIN, kd_support.PASSWORD)
    try:
        demo.generate(session, 150, seed=21)
        supervisor = vault_service.unlock(folder, demo.SUPERVISOR, demo.DEMO_PASSWORD)
        try:
            found = [cases.open_case(supervisor, c.id, audit=False)
                     for c in cases.list_cases(supervisor, CaseFilter(), limit=1000)]
        finally:
            supervisor.lock()
    finally:
        session.lock()
    return folder, found


def test_demo_support_records_are_varied_and_pass_the_checks(records: tuple[Path, list]) -> None:  # type: ignore
    _, found = records
    aid = [a for rec in found for a in rec.aid]
    employment = [e for rec in found for e in rec.employment]
    court = [k for rec in found for k in rec.court_cases]
    assert len(aid) >= 30 and len(employment) >= 10 and len(court) >= 15
    assert {"delivered", "refused", "requested"} <= {a.status for a in aid}
    assert {"food", "cash", "rent"} <= {a.kind for a in aid}
    assert len(Counter(e.outcome for e in employment)) >= 3
    c = Checker(_all_codes)
    for i, a in enumerate(aid):
        support_checks.aid(c, a, f"aid[{i}]")
    for i, e in enumerate(employment):
        support_checks.employment(c, e, f"employment[{i}]")
    for i, k in enumerate(court):
        support_checks.court_case(c, k, f"court[{i}]")
    assert c.problems == []
    today = date.today().isoformat()
    assert any(h.hearing_on > today for k in court for h in k.hearings)


def test_demo_measures_carry_the_law_s_times_in_order(records: tuple[Path, list]) -> None:  # type: ignore
    _, found = records
    now = datetime.now().strftime("%Y-%m-%dT%H:%M")
    timed = [m for rec in found for m in rec.measures if m.decided_at]
    assert timed
    c = Checker(_all_codes)
    for i, m in enumerate(m for rec in found for m in rec.measures):
        support_checks.measure_deadlines(c, m, f"measures[{i}]")
        for moment in (m.requested_at, m.decided_at, m.judge_confirmed_at):
            assert moment is None or moment <= now
    assert c.problems == []
    urgent = [m for m in timed if m.authority in ("police_chief", "governor")]
    assert urgent and sum(1 for m in urgent if m.judge_confirmed_at) >= len(urgent) // 2


def test_the_demo_dashboard_shows_hearings(records: tuple[Path, list]) -> None:  # type: ignore
    folder, _ = records
    supervisor = vault_service.unlock(folder, demo.SUPERVISOR, demo.DEMO_PASSWORD)
    try:
        board = dashboard.dashboard(supervisor)
    finally:
        supervisor.lock()
    assert board.hearings, "a demo center has hearings in the coming two weeks"
