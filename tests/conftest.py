"""Shared by tests/unit and tests/gui: fast (floor) KDF parameters for the whole session, and the fault
suite's tally (`fault_log`) with its report at the end of the run.

The floor is the production minimum (64 MiB, t=3, p=4); the variable only skips calibration upward.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

os.environ["KADIN_DANISMA_SKIP_KDF_CALIBRATION"] = "1"
sys.path.insert(0, str(Path(__file__).parent))

import fault_support
import server_support

# Session-wide fixtures (vault templates) unlock and lock vaults before any test's private HOME exists: keep
# the per-computer "last state seen" note (services/seen_state.py) out of the real home. Each test then
# gets its own (tests/unit/conftest.py, tests/gui/conftest.py), so a template copied into two tests is
# never taken for an older copy.
_STATE_HOME = tempfile.mkdtemp(prefix="kd-test-state-")
os.environ["XDG_STATE_HOME"] = _STATE_HOME
atexit.register(shutil.rmtree, _STATE_HOME, ignore_errors=True)
# A center's own document templates (services/paths.py) are never taken from this computer's configuration
# folder in a test: the path does not exist unless a test makes it.
os.environ["KADIN_DANISMA_TEMPLATES"] = str(Path(_STATE_HOME) / "center-templates")


@pytest.fixture
def fault_log() -> fault_support.FaultLog:
    """Count what a fault test did: fault_log.record(kind, iterations=, faults=, rows_verified=)."""
    return fault_support.LOG


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked both_stores that use the `team` fixture run once on a vault and once on a server."""
    if "team" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_stores") \
            and not metafunc.definition.get_closest_marker("vault_only"):
        metafunc.parametrize("store_kind", ["vault", "server"], indirect=True)


@pytest.fixture
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "vault"))


@pytest.fixture
def server_team() -> Any:
    """A private copy of the server team database (skips, or fails in CI, without PostgreSQL)."""
    h = server_support.harness()
    team = server_support.ServerTeam(h, h.new_db())
    yield team
    team.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    server_support.shutdown()


def _server_summary(terminalreporter: Any) -> None:
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if server_support.SKIP_PREFIX in str(r.longrepr)]
    ran = {key: len([r for r in terminalreporter.stats.get(key, []) if "[server" in r.nodeid or "server" in
                     r.nodeid.split("::")[0].rsplit("/", 1)[-1]]) for key in ("passed", "failed", "error")}
    if skipped:
        reason = str(skipped[0].longrepr[2]) if isinstance(skipped[0].longrepr, tuple) else str(skipped[0].longrepr)
        terminalreporter.write_sep("=", f"{len(skipped)} server-mode tests NOT RUN", yellow=True, bold=True)
        terminalreporter.write_line(reason.removeprefix("Skipped: "))
        terminalreporter.write_line("They need PostgreSQL (apt-get install postgresql); CI installs it and runs them.")
    elif any(ran.values()):
        terminalreporter.write_line(f"server mode: {ran['passed']} passed, {ran['failed']} failed, {ran['error']} "
                                    "errors against PostgreSQL")


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    _server_summary(terminalreporter)
    tallies = list(fault_support.LOG.tallies.values())
    if not tallies:
        return
    size = "full" if fault_support.full() else "quick"
    lines = ["| fault | iterations | faults injected | rows verified |", "|---|---|---|---|"]
    for t in sorted(tallies, key=lambda t: t.kind):
        lines.append(f"| {t.kind} | {t.iterations} | {t.faults} | {t.rows_verified} |")
    total = fault_support.Tally("total", sum(t.iterations for t in tallies), sum(t.faults for t in tallies),
                                sum(t.rows_verified for t in tallies))
    lines.append(f"| **total** | {total.iterations} | {total.faults} | {total.rows_verified} |")
    terminalreporter.write_sep("=", f"fault suite ({size} size)")
    for line in lines:
        terminalreporter.write_line(line)
    out = os.environ.get("KD_FAULTS_REPORT")
    if out:
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        verdict = "all passed" if exitstatus == 0 else f"FAILED (pytest exit {exitstatus})"
        md = [f"# Fault suite ({stamp}, {size} size): {verdict}", "", *lines, ""]
        for t in sorted(tallies, key=lambda t: t.kind):
            md.extend(f"- {t.kind}: {n}" for n in t.notes)
        md.append("")
        md.append("Made by `make faults` (tests marked `faults`, KD_FAULTS=full).")
        (folder / "latest.md").write_text("\n".join(md) + "\n", "utf-8")
        data = {"when": stamp, "size": size, "exit": exitstatus,
                "faults": [{"kind": t.kind, "iterations": t.iterations, "faults": t.faults,
                            "rows_verified": t.rows_verified, "notes": t.notes} for t in tallies]}
        (folder / "latest.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
