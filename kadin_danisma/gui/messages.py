"""Translated, content-free texts for errors and password-policy problems coming up from services/."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import passwords
from ..domain.errors import (
    DAMAGED_SLOT,
    NOT_VOUCHED,
    UPGRADE_BACKUP_FAILED,
    PolicyViolation,
    UnlockThrottled,
    UserFacingError,
)


def problem_texts(problems: list[str]) -> list[str]:
    table = {
        passwords.TOO_SHORT: QCoreApplication.translate("Messages", "at least 10 characters"),
        passwords.TOO_LONG: QCoreApplication.translate("Messages", "at most 1024 characters"),
        passwords.COMMON: QCoreApplication.translate("Messages", "not a common password"),
        passwords.CONTAINS_USERNAME: QCoreApplication.translate("Messages", "must not contain the user name"),
        passwords.ONE_CHARACTER: QCoreApplication.translate("Messages", "not one character repeated"),
    }
    return [table.get(p, p) for p in problems]


# Messages services raise as InvalidInput / UserFacingError, by their English text.
def _known_messages() -> dict[str, str]:
    return {
        "the center name is required": QCoreApplication.translate("Messages", "The center name is required."),
        "a user with this name already exists": QCoreApplication.translate(
            "Messages", "A user with this name already exists."
        ),
        "no such user": QCoreApplication.translate("Messages", "There is no such user."),
        "this user is already disabled": QCoreApplication.translate(
            "Messages", "This user is already disabled."
        ),
        "you cannot disable your own account": QCoreApplication.translate(
            "Messages", "You cannot disable your own account."
        ),
        "the last administrator cannot be disabled": QCoreApplication.translate(
            "Messages", "The last administrator cannot be disabled."
        ),
        "choose at least one role": QCoreApplication.translate("Messages", "Choose at least one role."),
        "this user is disabled": QCoreApplication.translate("Messages", "This user is disabled."),
        "the new password must differ from the current one": QCoreApplication.translate(
            "Messages", "The new password must differ from the current one."
        ),
        "the current password is wrong": QCoreApplication.translate(
            "Messages", "The current password is wrong."
        ),
        "the folder is not empty; choose a new or empty folder for the vault": QCoreApplication.translate(
            "Messages", "The folder is not empty. Choose a new or empty folder for the vault."
        ),
        "a file with that name already exists; choose another name": QCoreApplication.translate(
            "Messages", "A file with that name already exists. Choose another name."
        ),
        "the vault folder is read-only": QCoreApplication.translate(
            "Messages", "The vault folder is read-only."
        ),
        "the vault is busy in another program; try again": QCoreApplication.translate(
            "Messages", "The vault is busy in another program. Try again."
        ),
        DAMAGED_SLOT: QCoreApplication.translate(
            "Messages", "A key slot in this vault is damaged. Unlock with another account or the recovery key "
            "(an admin can then set a new password), or restore from a backup."
        ),
        NOT_VOUCHED: QCoreApplication.translate(
            "Messages", "This vault's key is not one your key slot knows: the vault folder may have been replaced. "
            "Do not work in it, and tell an administrator."
        ),
        UPGRADE_BACKUP_FAILED: QCoreApplication.translate(
            "Messages", "This vault needs an upgrade for this version of the app, and the backup made before it "
            "could not be written. Nothing was changed. Free some space on the disk and try again."
        ),
        "the drive is read-only (write-protected); nothing was written there": QCoreApplication.translate(
            "Messages", "The drive is read-only (write-protected). Nothing was written there."
        ),
        "the vault was too busy to back up; try again in a moment": QCoreApplication.translate(
            "Messages", "The vault was too busy to back up. Try again in a moment."
        ),
        "the vault failed its page check; it may be damaged (run verify)": QCoreApplication.translate(
            "Messages", "The vault failed its page check and may be damaged. Run a verification before you "
            "continue."
        ),
    }


def folder_warning_text(path: object) -> str:
    """A translated warning if other accounts on this computer can write to the folder a file was saved in
    (they could delete or replace it); empty if not."""
    from pathlib import Path

    from ..services.paths import output_warning

    if not output_warning(Path(str(path))):
        return ""
    return QCoreApplication.translate(
        "Messages", "Warning: other accounts on this computer can write to that folder; they could delete or "
        "replace the file. A folder of your own is safer.")


def error_text(exc: BaseException) -> str:
    """One translated sentence for the user; never the exception's raw text for unexpected errors."""
    if isinstance(exc, UnlockThrottled):
        return QCoreApplication.translate(
            "Messages", "Too many failed attempts. Try again in %1 seconds."
        ).replace("%1", str(exc.wait_seconds))
    if isinstance(exc, PolicyViolation):
        return QCoreApplication.translate("Messages", "The password does not meet the policy.")
    if isinstance(exc, UserFacingError):
        by_code = {
            "wrong_credentials": QCoreApplication.translate("Messages", "Wrong user name or password."),
            "invalid_recovery_key": QCoreApplication.translate(
                "Messages", "This recovery key is not valid for this vault. Check every group."
            ),
            "vault_damaged": QCoreApplication.translate(
                "Messages", "The vault is damaged. Restore it from a backup; nothing damaged is shown."
            ),
            "vault_too_new": QCoreApplication.translate(
                "Messages", "This vault was made by a newer version of Kadın Danışma. Update the app."
            ),
            "keyslot_rejected": QCoreApplication.translate(
                "Messages", "This account's key slot has unsafe or unknown settings and was refused."
            ),
            "vault_not_found": QCoreApplication.translate("Messages", "There is no vault in this folder."),
            "disk_full": QCoreApplication.translate(
                "Messages",
                "The disk is full or cannot be written. Free some space; everything saved before is kept.",
            ),
            "permission_denied": QCoreApplication.translate(
                "Messages", "You do not have permission for this."
            ),
            "backup_invalid": QCoreApplication.translate(
                "Messages", "This backup file is damaged or is not a Kadın Danışma backup."
            ),
            "locked": QCoreApplication.translate("Messages", "The vault is locked."),
            "not_found": QCoreApplication.translate(
                "Messages", "This record no longer exists or is not in this case."
            ),
            "reason_required": QCoreApplication.translate(
                "Messages", "This case is not assigned to you. State a reason to open it; it will be logged."
            ),
            "case_read_only": QCoreApplication.translate(
                "Messages", "This case is under closure review or closed, so it cannot be changed."
            ),
            "consent_missing": QCoreApplication.translate(
                "Messages",
                "She has not consented to sharing with this institution. Record her consent, or ask a "
                "supervisor to override with a reason.",
            ),
            "capacity_exceeded": QCoreApplication.translate(
                "Messages", "The shelter is full. A placement beyond capacity needs an override with a reason."
            ),
            "import_invalid": QCoreApplication.translate(
                "Messages", "The file was not imported; nothing was written. Each problem is listed with its place."
            ),
            "invalid_transition": QCoreApplication.translate(
                "Messages", "This step is not possible in the record's current state."
            ),
            "insecure_configuration": QCoreApplication.translate(
                "Messages", "The encryption library is not configured safely; the vault was not opened."
            ),
            "output_exists": QCoreApplication.translate(
                "Messages", "A file with that name already exists. Choose another name."
            ),
            "output_is_folder": QCoreApplication.translate(
                "Messages", "That is a folder. Give the name of a file to write."
            ),
            "output_is_link": QCoreApplication.translate(
                "Messages", "That name is a link to another file; nothing is ever written through a link. Choose "
                "another name."
            ),
            "output_folder_missing": QCoreApplication.translate(
                "Messages", "That folder does not exist (is the drive plugged in?)."
            ),
            "keyslots_busy": QCoreApplication.translate(
                "Messages", "The vault's keys are being changed by another program. Try again in a minute."
            ),
            "key_not_proven": QCoreApplication.translate(
                "Messages", "The new key did not open the vault when read back from the disk, so nothing was "
                "changed. Check the disk and try again."
            ),
            "keyslot_outdated": QCoreApplication.translate(
                "Messages", "Your key slot opens a key this vault no longer uses (its key was changed). Ask an "
                "administrator to reset your password."
            ),
            "rekey_unfinished": QCoreApplication.translate(
                "Messages", "A change of this vault's key was interrupted. An administrator, or a colleague whose "
                "password still works, must sign in to finish it."
            ),
            "vault_in_use": QCoreApplication.translate(
                "Messages", "The vault is open in another program or on another computer. Everyone must lock it "
                "and close the app before its key can be changed."
            ),
        }
        known = _known_messages()
        message = str(exc)
        if message in known:  # a more precise sentence than its code's (a damaged slot, not a damaged vault)
            return known[message]
        if exc.code in by_code:
            return by_code[exc.code]
        return message[:1].upper() + message[1:] + "."
    return QCoreApplication.translate(
        "Messages", "Something went wrong (%1). Nothing after the last save was changed."
    ).replace("%1", type(exc).__name__)
