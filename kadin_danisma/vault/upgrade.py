"""Schema upgrades at unlock: first an encrypted backup of the vault as it is, then the migrations.

A new version of the app may bring a schema migration. Each runs in one transaction, so a crash leaves the
old or the new level, but a migration with a bug, or one that a power cut catches on a failing disk, must
still never cost the women's records (security promise P35). So before the first step the vault is backed
up, with the same snapshot copy as any backup, into `before-upgrade/` inside the vault folder, and nothing
is migrated unless that backup was written. The audit log records the upgrade and the backup's name.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import UPGRADE_BACKUP_FAILED, UserFacingError, VaultLocked
from . import audit, backup, migrations
from .database import Connection, errors_translated, transaction

if TYPE_CHECKING:  # only a type here: vault.py imports this module when it unlocks
    from .vault import Vault

UPGRADE_DIR = "before-upgrade"


def upgrade(vault: Vault, conn: Connection) -> Path | None:
    """Migrate the vault to the latest schema level; returns the backup made first (None if current)."""
    level = migrations.check_not_newer(conn)
    if level >= migrations.LATEST:
        return None
    saved = backup_before(vault, level)
    migrations.migrate(conn, vault.migration_keys())
    with transaction(conn):
        audit.append(conn, vault.audit_key, None, "schema_upgrade", None,
                     {"from": level, "to": migrations.LATEST, "backup": saved.name})
    return saved


def backup_before(vault: Vault, level: int) -> Path:
    folder = vault.folder / UPGRADE_DIR
    name = f"schema-{level}-{time.strftime('%Y%m%d-%H%M%S')}.kdbak"
    try:
        with errors_translated():
            folder.mkdir(mode=0o700, exist_ok=True)
            with contextlib.suppress(OSError):
                os.chmod(folder, 0o700)
        out = folder / name
        n = 1
        while out.exists():  # two upgrades in one second (a retry after a failed one)
            n += 1
            out = folder / f"{name.removesuffix('.kdbak')}-{n}.kdbak"

        def log(manifest: dict[str, Any], size: int) -> None:
            with transaction(vault.connection()) as conn:
                audit.append(conn, vault.audit_key, None, "backup_before_upgrade", None,
                             {"file_name": out.name, "audit_head": manifest["audit_head"]["id"], "size": size})

        backup.create(vault, out, before_publish=log)
    except VaultLocked:
        raise
    except UserFacingError as exc:
        raise UserFacingError(UPGRADE_BACKUP_FAILED, code="upgrade_backup_failed") from exc
    return out
