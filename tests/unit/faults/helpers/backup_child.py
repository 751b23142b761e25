"""Child for the kill -9 loop around backups: unlock as the admin, then write backups through
services.backups.backup_now forever, printing "<i>" after each one returned (file renamed into place,
backup audited). Usage: backup_child.py VAULT USER OUT_DIR FIRST_I; stdin: password."""

from __future__ import annotations

import sys
from pathlib import Path

from kadin_danisma.services import backups, vault_service


def name(i: int) -> str:
    return f"yedek-{i:05d}.kdbackup"


def main() -> None:
    folder, user, out, first = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    session = vault_service.unlock(folder, user, sys.stdin.readline().rstrip("\n"))
    print("ready", flush=True)
    i = first
    while True:
        backups.backup_now(session, out / name(i))
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
