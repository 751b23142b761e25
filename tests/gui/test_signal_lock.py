"""Ctrl+C in the terminal (SIGINT), a polite kill (SIGTERM) and a closed terminal (SIGHUP) lock the vault and
end the app: the real program (`run_gui`) runs offscreen in its own process, signed in with an intake half
typed; after the signal it exits with 128 + the signal's number, the vault's last audit entry is her
`lock`, the half-typed intake was kept as an encrypted draft, and nothing is left open."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from gui_support import COUNSELOR, PASSWORD

from kadin_danisma.services import drafts, vault_service

CHILD = Path(__file__).with_name("signal_child.py")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_locks_the_vault_and_ends_the_app(case_vault, signum: int) -> None:
    folder = case_vault.folder
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH", "")])
    child = subprocess.Popen([sys.executable, str(CHILD), str(folder), COUNSELOR, PASSWORD, "Sinyal Deneme"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "READY", f"the app did not get ready: {line!r} {child.stderr.read()}"
        assert child.poll() is None
        child.send_signal(signum)
        child.wait(30)
        err = child.stderr.read() if child.stderr else ""
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == 128 + signum, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err

    session = vault_service.unlock(folder, COUNSELOR, PASSWORD)
    try:
        rows = session.connection().execute(
            "SELECT a.action, u.username FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
            "ORDER BY a.id DESC LIMIT 3").fetchall()
        kept = drafts.my_drafts(session)
    finally:
        session.lock()
    # Newest first: this check's own unlock, then the app's lock, then its unlock (and the intake's draft).
    assert rows[0] == ("unlock", COUNSELOR)
    assert rows[1] == ("lock", COUNSELOR), rows
    assert any("Sinyal Deneme" in json.dumps(d.payload, ensure_ascii=False) for d in kept)
