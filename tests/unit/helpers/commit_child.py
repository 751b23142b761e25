"""Child for the kill -9 commit loop: unlock once, then commit settings k<i> forever, acknowledging each
id on stdout only after COMMIT returned. Usage: commit_child.py VAULT USER FIRST_ID; stdin: password."""

from __future__ import annotations

import sys
from pathlib import Path

from kadin_danisma.services import vault_service
from kadin_danisma.vault import repositories


def main() -> None:
    folder, user, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    session = vault_service.unlock(folder, user, sys.stdin.readline().rstrip("\n"))
    print("ready", flush=True)
    i = first
    while True:
        with session.write() as conn:
            repositories.set_setting(conn, f"k{i}", f"value-{i}-" + "ç" * (i % 700))
            session.log(conn, "setting_change", f"k{i}")
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
