"""`kadin-danisma self-check`: every check passes on a working install, a failing check makes it fail, and
the temporary vault is removed whatever happens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kadin_danisma import cli
from kadin_danisma.services import self_check, vault_service

# tmp_path itself may hold the test's private HOME (tests/conftest.py): use a folder of its own.


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    folder = tmp_path / "scratch"
    folder.mkdir()
    return folder


def test_all_checks_pass_and_nothing_remains(scratch: Path) -> None:
    seen: list[self_check.Check] = []
    report = self_check.run(seen.append, base_dir=scratch)
    assert report.ok, [c.line() for c in report.checks if not c.passed]
    names = [c.name for c in report.checks]
    for expected in ("vault_create", "user_add", "lock", "wrong_password", "unlock", "verify.integrity",
                     "verify.audit_chain", "verify.key_slots", "pdf_fonts", "attachments", "cleanup"):
        assert expected in names
    assert seen == report.checks  # reported as they happen
    assert list(scratch.iterdir()) == []


def test_a_failing_check_fails_the_run_and_still_cleans_up(scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_session: object) -> vault_service.VerifyReport:
        raise RuntimeError("simulated")

    monkeypatch.setattr(vault_service, "verify_session", broken)
    report = self_check.run(base_dir=scratch)
    assert not report.ok
    assert any(c.name == "vault" and not c.passed and c.detail == "RuntimeError" for c in report.checks)
    assert report.checks[-1].name == "cleanup" and report.checks[-1].passed
    assert list(scratch.iterdir()) == []


def test_an_extra_check_that_raises_is_a_failure(scratch: Path) -> None:
    def qt_like() -> list[self_check.Check]:
        raise ImportError("no Qt here")

    report = self_check.run(extra=[qt_like], base_dir=scratch)
    assert not report.ok
    assert [c.name for c in report.checks if not c.passed] == ["qt_like"]
    assert list(scratch.iterdir()) == []


def test_cli_self_check(scratch: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(self_check.tempfile, "tempdir", str(scratch))
    assert cli.run(["self-check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "self-check: all checks passed"
    assert all(line.startswith("ok   ") for line in out[:-1])
    assert any(line.startswith("ok   qt_translations.tr") for line in out)
    assert list(scratch.iterdir()) == []


def test_cli_self_check_in_a_fresh_process_leaves_no_temp_folder(scratch: Path) -> None:
    """As an installer would run it: its own process, its own TMPDIR; exit 0 and an empty TMPDIR after."""
    env = dict(os.environ, TMPDIR=str(scratch), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "kadin_danisma", "self-check"], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-check: all checks passed" in proc.stdout
    assert list(scratch.iterdir()) == []
