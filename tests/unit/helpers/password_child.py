"""Child for the kill -9 password-change loop: unlock with the current password, then change it back
and forth between A and B, printing "start X" before and "done X" after each change.
Usage: password_child.py VAULT USER CURRENT(A|B); stdin: password A, password B."""

from __future__ import annotations

import sys
from pathlib import Path

from kadin_danisma.services import users, vault_service


def main() -> None:
    folder, user, current = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    pw = {"A": sys.stdin.readline().rstrip("\n"), "B": sys.stdin.readline().rstrip("\n")}
    session = vault_service.unlock(folder, user, pw[current])
    print("ready", current, flush=True)
    while True:
        target = "B" if current == "A" else "A"
        print("start", target, flush=True)
        users.change_own_password(session, pw[current], pw[target])
        print("done", target, flush=True)
        current = target


if __name__ == "__main__":
    main()
