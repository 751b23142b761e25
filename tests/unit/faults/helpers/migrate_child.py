"""Child for the kill -9 loop around a schema migration: derive the key (the slow part of an unlock), say
"ready", wait for "go" on stdin, then run vault/migrations.migrate on the vault's connection exactly as an
unlock does, and say "migrated <steps>". Usage: migrate_child.py VAULT USER; stdin: password, then "go"."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kadin_danisma.vault import migrations
from kadin_danisma.vault.vault import Vault


def main() -> None:
    folder, user = Path(sys.argv[1]), sys.argv[2]
    vault, _ = Vault.unlock_with_password(folder, user, sys.stdin.readline().rstrip("\n"), open_db=False)
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return
    steps = migrations.migrate(vault.connection(), vault.migration_keys())
    print("migrated", steps, flush=True)
    time.sleep(3600)  # killed by the parent


if __name__ == "__main__":
    main()
