"""Child of the key-slot stress test (issue 14 §2): unlocks the vault again and again, with a wrong password,
the newest password it knows, or the newest recovery key it knows (the changer may have moved on), until
STOP_FILE exists. Prints one line per attempt: "ok USER REPORTED" (the failed attempts the unlock reported),
"fail USER" (wrong credentials), or "error TYPE text" for anything else.
Usage: slot_unlocker.py VAULT USER STATE_FILE STOP_FILE SEED."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from slot_common import no_throttle, read_state, say

from kadin_danisma.domain.errors import InvalidRecoveryKey, WrongCredentials
from kadin_danisma.services import vault_service


def main() -> None:
    no_throttle()
    folder, user, state, stop, seed = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), \
        int(sys.argv[5])
    rng = random.Random(seed)
    say("ready")
    n = 0
    while not stop.exists():
        n += 1
        known = read_state(state) or {}
        choice = rng.random()
        who = "recovery" if choice > 0.8 else user
        try:
            if who == "recovery":
                session = vault_service.unlock_with_recovery(folder, str(known.get("recovery", "")))
            else:
                pw = str(known.get("password", "")) if choice > 0.4 else f"Yanlis-Parola-{seed}-{n}"
                session = vault_service.unlock(folder, user, pw)
        except (WrongCredentials, InvalidRecoveryKey) as exc:
            # A recovery key that does not even decode (no state yet) never reaches the slot: not counted.
            say("fail" if "does not open" in str(exc) or who != "recovery" else "skip", who)
            continue
        except Exception as exc:
            say("error", type(exc).__name__, str(exc).replace("\n", " ")[:200])
            continue
        reported = session.failed_attempts_report
        session.lock()
        say("ok", who, reported)


if __name__ == "__main__":
    main()
