"""The key-slot file under concurrent use (issue 14 §2): six processes unlock one vault again and again, with
wrong passwords, the newest password and the newest recovery key they know, while another process (an
admin) resets a colleague's password and makes a new recovery key, round after round.

What must hold: every acknowledged change holds (before each round the changer checks that the last
acknowledged password and recovery key open the vault and the ones before them do not; the test checks the
last round itself at the end); every wrong attempt is counted (for each slot: the wrong attempts the
children saw = the failures reported by the successful unlocks + what the counter still holds); no process
ever meets an unexpected error (a temporary file removed under it, a damaged slot file); no stray file is
left in the vault folder. Before issue 14 the same test lost resets and new recovery keys, counted eight
parallel failures as one and deleted another process's temporary file.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

import kd_support
import killing
import pytest
from fault_support import scale

from kadin_danisma.domain.errors import InvalidRecoveryKey, WrongCredentials
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import users, vault_service
from kadin_danisma.vault import attempts

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
USER, FIRST = "ayse", "Ilk-Parola-2026-x"
UNLOCKERS = 6


def final_count(folder: Path, key: str) -> int:
    """What the counter holds now: the counters file (issue 14), or the slot's own field (before it)."""
    entry = kd_support.read_attempts(folder).get(key)
    if entry is not None:
        return int(entry["failed"])
    for slot in kd_support.read_slots(folder)["slots"]:
        name = "recovery" if slot["kind"] == "recovery" else f"password:{slot['username']}"
        if name == key:
            return int(slot.get("failed_attempts", 0))
    return 0


@pytest.mark.faults
def test_unlocks_while_an_admin_changes_passwords_and_recovery_keys(
    vault: tuple[Path, str], tmp_path: Path, fault_log, monkeypatch: pytest.MonkeyPatch
) -> None:
    rounds = scale(3, 30)
    folder, recovery = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    users.add_user(session, USER, "Ayşe", frozenset({Role.COUNSELOR}), FIRST)
    users.reset_password(session, USER, FIRST, must_change=False)
    session.lock()
    state, stop = tmp_path / "state.json", tmp_path / "stop"
    state.write_text(json.dumps({"password": FIRST, "recovery": recovery}), "utf-8")
    seed, _rng = killing.seeded("key-slot stress")

    unlockers = [killing.spawn("slot_unlocker.py", [folder, USER, state, stop, seed + i], "")
                 for i in range(UNLOCKERS)]
    for proc in unlockers:
        killing.wait_for(proc, "ready")
    changer = killing.spawn("slot_changer.py", [folder, ADMIN, USER, rounds, state],
                            f"{PASSWORD}\n{FIRST}\n{recovery}\n")
    try:
        out, err = changer.communicate(timeout=60 * rounds + 120)
    finally:
        stop.write_text("stop")
        results = []
        for proc in unlockers:
            try:
                o, e = proc.communicate(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
                o, e = proc.communicate()
            results.append((o, e))
    assert changer.returncode == 0, err[-3000:]

    lines = [line.split() for line in out.splitlines()]
    errors = [" ".join(w) for w in lines if w[0] == "error"]
    errors += [" ".join(w) for o, _ in results for w in (line.split() for line in o.splitlines()) if w[0] == "error"]
    assert errors == [], errors[:10]
    acknowledged = Counter(w[0] for w in lines if w[0] in ("pw", "rk"))
    held = [int(w[1]) for w in lines if w[0] == "held"]
    lost = [int(w[1]) for w in lines if w[0] == "lost"]
    assert lost == [], f"acknowledged changes lost before the next round (rounds {lost}; seed {seed})"
    assert acknowledged == {"pw": rounds, "rk": rounds} and held == list(range(rounds))
    last_password = f"Degisen-Parola-{rounds:03d}-x"
    last_recovery = next(w[2] for w in reversed(lines) if w[0] == "rk")
    previous_recovery = [w[2] for w in lines if w[0] == "rk"][-2] if rounds > 1 else recovery

    # Counting: the failures each unlocker saw, per slot, against what was reported and what is left.
    attempts_seen: Counter[str] = Counter()
    seen_fail: Counter[str] = Counter()
    reported: Counter[str] = Counter()
    for w in lines:
        if w[0] == "expect-fail":
            seen_fail[w[1]] += 1
    for o, _ in results:
        for w in (line.split() for line in o.splitlines()):
            attempts_seen[w[0]] += 1
            if w[0] == "fail":
                seen_fail[w[1]] += 1
            elif w[0] == "ok":
                reported[w[1]] += int(w[2])
    counted = {who: reported[who] + final_count(folder, "recovery" if who == "recovery" else f"password:{who}")
               for who in (USER, "recovery")}
    assert counted == {USER: seen_fail[USER], "recovery": seen_fail["recovery"]}, (
        f"failures seen {dict(seen_fail)}, reported + left {counted} (seed {seed})")
    assert seen_fail[USER] >= rounds and attempts_seen["ok"] >= UNLOCKERS, dict(attempts_seen)

    # The last acknowledged password and recovery key work, the ones before them do not.
    monkeypatch.setattr(attempts, "THROTTLE_FREE_ATTEMPTS", 10**9)
    vault_service.unlock(folder, USER, last_password).lock()
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, USER, f"Degisen-Parola-{rounds - 1:03d}-x")
    vault_service.unlock_with_recovery(folder, last_recovery).lock()
    with pytest.raises(InvalidRecoveryKey):
        vault_service.unlock_with_recovery(folder, previous_recovery)
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        report = vault_service.verify_session(session)
        assert report.ok, report.checks
    finally:
        session.lock()
    assert killing.stray_files(folder) == [], "a temporary file was left (or taken) in the vault folder"
    changes = 2 * rounds
    fault_log.record("concurrent unlocks vs. slot changes", iterations=rounds, faults=sum(attempts_seen.values()),
                     rows_verified=changes,
                     note=f"{UNLOCKERS} unlocking processes + 1 changer, {rounds} rounds: {changes} changes "
                          f"acknowledged, {len(held)} rounds checked held, 0 lost; "
                          f"{sum(attempts_seen.values())} unlocks ({attempts_seen['ok']} opened, "
                          f"{seen_fail[USER]} wrong passwords and {seen_fail['recovery']} stale recovery keys "
                          f"all counted) (seed {seed})")
    print(f"key-slot stress: {UNLOCKERS} unlockers, {rounds} rounds, {changes} changes acknowledged and held, "
          f"{dict(attempts_seen)}, failures seen {dict(seen_fail)} = reported + left {counted}")


def test_parallel_wrong_passwords_all_count(vault: tuple[Path, str]) -> None:
    """Eight processes try a wrong password at the same moment: the counter says eight (it said one)."""
    folder, _ = vault
    script = ("import sys\nfrom kadin_danisma.services import vault_service\n"
              "from kadin_danisma.domain.errors import WrongCredentials\n"
              "try:\n    vault_service.unlock(sys.argv[1], sys.argv[2], 'Yanlis-Parola-2026')\n"
              "except WrongCredentials:\n    print('wrong')\n")
    procs = [subprocess.Popen([killing.sys.executable, "-c", script, str(folder), ADMIN], stdout=subprocess.PIPE,
                              text=True) for _ in range(8)]
    outs = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert outs == ["wrong"] * 8
    assert kd_support.failed_attempts(folder) == 8
    assert killing.stray_files(folder) == []
