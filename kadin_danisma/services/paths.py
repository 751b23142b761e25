"""Where vaults live by default (the platform's per-user data folder). No case data is ever put here
except inside an encrypted vault folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "KadinDanisma"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"
