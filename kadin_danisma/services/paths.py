"""Where vaults live by default (the platform's per-user data folder) and where this computer keeps its
per-vault "last state seen" note (the per-user state folder). No case data is ever put in either, except
inside an encrypted vault folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from ..vault.atomic import check_target, folder_warning
from ..vault.files import is_vault

APP_NAME = "KadinDanisma"


def default_vault_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def seen_vaults_file() -> Path:
    """This computer's note of the newest state of each vault it has opened (services/seen_state.py).
    Per computer and outside every vault on purpose: a copy of the vault folder cannot carry it along."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "seen-vaults.json"


TEMPLATES_ENV = "KADIN_DANISMA_TEMPLATES"


def center_templates_dir() -> Path:
    """Where a center's own document templates live, when its IT person adapted them (a copy of the bundled
    folder, `resources/templates`): $KADIN_DANISMA_TEMPLATES, else the computer-wide configuration folder
    (C:\\ProgramData\\KadinDanisma\\templates on Windows, /etc/xdg/KadinDanisma/templates on Linux). Templates
    hold no case content; the folder needs no protection beyond the computer's own."""
    override = os.environ.get(TEMPLATES_ENV, "").strip()
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "templates"


def vault_exists(folder: Path) -> bool:
    """Cheap (two stat calls, no SQLCipher loaded): the unlock window asks this before anything else."""
    return is_vault(Path(folder))


def output_warning(path: Path) -> str | None:
    """A content-free warning if accounts other than hers can write to the folder a file is saved into."""
    return folder_warning(Path(path).absolute().parent)


def check_output(path: Path, force: bool = False) -> None:
    """Before any work (a password asked, a PDF rendered): refuse a target that is a link or a folder, or an
    existing file unless force. The writer checks again when it writes."""
    check_target(Path(path).absolute(), force)
