"""Child for the kill -9 loop around rekeys (issue 14 §4): unlock as the admin, then change the vault's key
again and again through services.rekey, printing "step NAME" at each of its steps and "done KEY" (the new
recovery key, as the admin would see it) after each rekey returned.
Usage: rekey_child.py VAULT ADMIN; stdin: the admin's password."""

from __future__ import annotations

import sys
from pathlib import Path

from kadin_danisma.services import rekey, vault_service


def main() -> None:
    folder, admin = Path(sys.argv[1]), sys.argv[2]
    session = vault_service.unlock(folder, admin, sys.stdin.readline().rstrip("\n"))
    print("ready", flush=True)
    while True:
        outcome = rekey.rekey(session, step=lambda name: print("step", name, flush=True))
        print("done", outcome.recovery_key, flush=True)


if __name__ == "__main__":
    main()
