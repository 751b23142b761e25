"""Random byte flips anywhere in the key-slot file (keyslots.json): the unlock either refuses with a clear,
one-line message (the file is damaged: restore from backup; or, for a damaged password slot, "wrong user
name or password", after which the recovery key still opens the vault) or, where the flip changed nothing
that matters (white space, a hex digit's case, the failed-attempt counter), opens the vault with exactly its
data. It never opens with other data and never ends in a traceback, in the services or on the command line.
Whenever the damaged file still names this vault, at least one of the password and the recovery key opens it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import kd_support
import killing
import pytest
from fault_support import scale

from kadin_danisma.domain.errors import UserFacingError, VaultDamaged
from kadin_danisma.services import settings, users, vault_service
from kadin_danisma.vault import repositories

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD


def contents(session: Any) -> tuple[Any, ...]:
    conn = session.connection()
    return (tuple((u.username, u.display_name, sorted(u.roles)) for u in repositories.list_users(conn)),
            repositories.get_setting(conn, "center_name"), repositories.get_setting(conn, "vault_id"))


def try_unlock(how: str, folder: Path, secret: str) -> tuple[str, Any]:
    """('opened', contents) | ('refused', error); anything else is raised (a traceback: the test fails)."""
    try:
        if how == "password":
            session = vault_service.unlock(folder, ADMIN, secret)
        else:
            session = vault_service.unlock_with_recovery(folder, secret)
    except UserFacingError as exc:
        text = str(exc)
        assert text and "\n" not in text and "Traceback" not in text, repr(text)
        return "refused", exc
    try:
        checks = {name: ok for name, ok, _ in vault_service.verify_session(session).checks}
        assert checks["integrity"] and checks["audit_chain"], checks
        # A flip that damaged the *other* slot is reported by verify ("key_slots"), not hidden.
        state = "opened" if checks["key_slots"] else "opened, verify flags the key slots"
        return state, None if session.is_recovery else contents(session)
    finally:
        session.lock()


@pytest.mark.faults
def test_flipped_bytes_in_the_key_slot_file(vault: tuple[Path, str], fault_log) -> None:
    flips = scale(25, 400)
    folder, recovery = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    settings.set_center_name(session, "Anahtar Dosyası Merkezi")
    expected = contents(session)
    session.lock()
    original = (folder / "keyslots.json").read_bytes()
    original_json = json.loads(original)
    seed, rng = killing.seeded("key-slot byte flips")
    outcomes: Counter[str] = Counter()
    cli_every = max(1, flips // 4)
    for n in range(flips):
        offset = rng.randrange(len(original))
        mask = rng.randrange(1, 256)
        damaged = bytearray(original)
        damaged[offset] ^= mask
        (folder / "keyslots.json").write_bytes(bytes(damaged))
        context = f"seed {seed}, flip {n}: offset {offset} ^ {mask:#04x} ({original[offset:offset + 1]!r})"

        result, detail = try_unlock("password", folder, PASSWORD)
        if result.startswith("opened"):
            assert detail == expected, f"opened with other data ({context})"
            outcomes[result.replace("opened", "opened, data exact")] += 1
        else:
            outcomes[f"refused: {type(detail).__name__}"] += 1
            try:
                still_ours = json.loads(bytes(damaged).decode("utf-8"))
                # The flip landed inside one slot entry (the file's own fields are intact).
                same_vault = (set(still_ours) == set(original_json)
                              and still_ours["vault_id"] == original_json["vault_id"]
                              and still_ours["format"] == original_json["format"]
                              and isinstance(still_ours["slots"], list)
                              and len(still_ours["slots"]) == len(original_json["slots"]))
            except (ValueError, AttributeError, TypeError):
                same_vault = False
            if same_vault:  # only one slot can be hit by one flip: the other one must still open
                (folder / "keyslots.json").write_bytes(bytes(damaged))
                rec, _ = try_unlock("recovery", folder, recovery)
                assert rec.startswith("opened"), f"neither the password nor the recovery key opens ({context})"
                outcomes["recovery key opened"] += 1
        if n % cli_every == 0:
            (folder / "keyslots.json").write_bytes(bytes(damaged))
            proc = kd_support.run_cli(["verify", "--vault", str(folder), "--user", ADMIN], PASSWORD + "\n")
            assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, context
            if proc.returncode != 0:
                assert proc.returncode == 1 and proc.stderr.count("\n") == 1, (context, proc.stderr)
            outcomes["command line checked"] += 1
        (folder / "keyslots.json").write_bytes(original)

    assert try_unlock("password", folder, PASSWORD) == ("opened", expected)
    refused = sum(v for k, v in outcomes.items() if k.startswith("refused"))
    assert refused >= flips // 2, f"most flips should be refused: {dict(outcomes)}"
    fault_log.record("byte flips: key-slot file", iterations=flips, faults=flips,
                     rows_verified=sum(v for k, v in outcomes.items() if k.startswith("opened")) * len(expected[0]),
                     note=f"{dict(sorted(outcomes.items()))} (seed {seed})")



@pytest.mark.faults
def test_one_damaged_slot_does_not_lock_everyone_out(vault: tuple[Path, str], fault_log) -> None:
    """Her slot cannot even be read (a flipped bit in a field name): her password gets a message naming the
    ways out, the recovery key still opens the vault, a new password is set, and she is back in. The
    damaged entry stays in the file as it was found (verify names it) until her new slot replaces it."""
    folder, recovery = vault
    data = kd_support.read_slots(folder)
    slot = kd_support.password_slot(data, ADMIN)
    slot["Oonce"] = slot.pop("nonce")
    kd_support.write_slots(folder, data)
    with pytest.raises(VaultDamaged) as caught:
        vault_service.unlock(folder, ADMIN, PASSWORD)
    assert "recovery key" in str(caught.value) and "restore from backup" in str(caught.value)
    proc = kd_support.run_cli(["users", "list", "--vault", str(folder), "--user", ADMIN], PASSWORD + "\n")
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "recovery key" in proc.stderr, proc.stderr

    session = vault_service.unlock_with_recovery(folder, recovery)
    try:
        checks = {name: (ok, detail) for name, ok, detail in vault_service.verify_session(session).checks}
        assert checks["key_slots"] == (False, "1 damaged slot(s) that open nothing"), checks
        kept = [s for s in kd_support.read_slots(folder)["slots"] if "Oonce" in s]
        assert len(kept) == 1 and kept[0]["username"] == ADMIN  # as found, until replaced
        users.reset_password(session, ADMIN, "Yeni-Guclu-Parola-2027", must_change=False)
    finally:
        session.lock()
    session = vault_service.unlock(folder, ADMIN, "Yeni-Guclu-Parola-2027")
    try:
        assert vault_service.verify_session(session).ok
    finally:
        session.lock()
    assert [s for s in kd_support.read_slots(folder)["slots"] if "Oonce" in s] == []
    fault_log.record("byte flips: key-slot file", iterations=1, faults=1,
                     note="an unreadable password slot: the recovery key opens, a new password works")
