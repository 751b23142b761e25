"""Child for the kill -9 loop around a destruction: unlock as a supervisor, approve a proposed destruction
(services.destruction.approve: statistics fixed, one transaction, compaction), printing each stage as it
starts and "done" when it returned; then wait to be killed. Usage: destroy_child.py VAULT USER CYCLE_ID;
stdin: password."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kadin_danisma.services import destruction, vault_service


def main() -> None:
    folder, user, cycle_id = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    session = vault_service.unlock(folder, user, sys.stdin.readline().rstrip("\n"))
    print("ready", flush=True)
    destruction.approve(session, cycle_id, progress=lambda stage: print(f"stage {stage}", flush=True))
    print("done", flush=True)
    time.sleep(600)  # the parent kills it


if __name__ == "__main__":
    main()
