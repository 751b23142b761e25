"""Child of the key-slot stress test (issue 14 §2): an admin who, round after round, resets a colleague's
password and makes a new recovery key, while other processes unlock the same vault. Before each round it
checks that the previous round still holds (its password and recovery key open the vault, the ones before
do not). Prints "pw R", "rk R KEY" after each acknowledged change, "held R" after each check, "expect-fail
USER" for every deliberate wrong attempt it makes, "error ..." for anything unexpected, and "end".
Usage: slot_changer.py VAULT ADMIN USER ROUNDS STATE_FILE; stdin: the admin's password, then the user's
first password, then the first recovery key."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from slot_common import no_throttle, say, write_state

from kadin_danisma.domain.errors import InvalidRecoveryKey, WrongCredentials
from kadin_danisma.services import users, vault_service
from kadin_danisma.vault.vault import Vault


def password(r: int) -> str:
    return f"Degisen-Parola-{r:03d}-x"


def opens(folder: Path, user: str, pw: str) -> bool:
    try:
        vault, _ = Vault.unlock_with_password(folder, user, pw, open_db=False)
    except WrongCredentials:
        return False
    vault.close()
    return True


def recovery_opens(folder: Path, key: str) -> bool:
    try:
        session = vault_service.unlock_with_recovery(folder, key)
    except InvalidRecoveryKey:
        return False
    session.lock()
    return True


def main() -> None:
    no_throttle()
    folder, admin, user, rounds, state = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]), \
        Path(sys.argv[5])
    admin_pw = sys.stdin.readline().rstrip("\n")
    current_pw, previous_pw = sys.stdin.readline().rstrip("\n"), None
    current_rk, previous_rk = sys.stdin.readline().rstrip("\n"), None
    session = vault_service.unlock(folder, admin, admin_pw)
    say("ready")
    try:
        for r in range(1, rounds + 1):
            # The previous round must still hold, whatever the unlockers did meanwhile.
            held = opens(folder, user, current_pw) and recovery_opens(folder, current_rk)
            if previous_pw is not None:
                say("expect-fail", user)
                held = held and not opens(folder, user, previous_pw)
            if previous_rk is not None:
                say("expect-fail", "recovery")
                held = held and not recovery_opens(folder, previous_rk)
            say("held" if held else "lost", r - 1)
            try:
                users.reset_password(session, user, password(r), must_change=False)
                previous_pw, current_pw = current_pw, password(r)
                say("pw", r)
                write_state(state, {"password": current_pw, "recovery": current_rk})
                key = users.regenerate_recovery_key(session)
                previous_rk, current_rk = current_rk, key
                say("rk", r, key)
                write_state(state, {"password": current_pw, "recovery": current_rk})
            except Exception as exc:
                say("error", type(exc).__name__, str(exc).replace("\n", " ")[:200])
                traceback.print_exc()
        say("end")
    finally:
        session.lock()


if __name__ == "__main__":
    main()
