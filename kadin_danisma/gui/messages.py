"""Translated, content-free texts for errors and password-policy problems coming up from services/."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import passwords
from ..domain.errors import PolicyViolation, UnlockThrottled, UserFacingError


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def problem_texts(problems: list[str]) -> list[str]:
    table = {
        passwords.TOO_SHORT: _t("at least 10 characters"),
        passwords.TOO_LONG: _t("at most 1024 characters"),
        passwords.COMMON: _t("not a common password"),
        passwords.CONTAINS_USERNAME: _t("must not contain the user name"),
        passwords.ONE_CHARACTER: _t("not one character repeated"),
    }
    return [table.get(p, p) for p in problems]


# Messages services raise as InvalidInput / UserFacingError, by their English text.
def _known_messages() -> dict[str, str]:
    return {
        "the center name is required": _t("The center name is required."),
        "a user with this name already exists": _t("A user with this name already exists."),
        "no such user": _t("There is no such user."),
        "this user is already disabled": _t("This user is already disabled."),
        "you cannot disable your own account": _t("You cannot disable your own account."),
        "the last administrator cannot be disabled": _t("The last administrator cannot be disabled."),
        "choose at least one role": _t("Choose at least one role."),
        "this user is disabled": _t("This user is disabled."),
        "the new password must differ from the current one": _t("The new password must differ from the current one."),
        "the current password is wrong": _t("The current password is wrong."),
        "the folder is not empty; choose a new or empty folder for the vault":
            _t("The folder is not empty. Choose a new or empty folder for the vault."),
        "a file with that name already exists; choose another name":
            _t("A file with that name already exists. Choose another name."),
        "the vault folder is read-only": _t("The vault folder is read-only."),
        "the vault is busy in another program; try again": _t("The vault is busy in another program. Try again."),
    }


def error_text(exc: BaseException) -> str:
    """One translated sentence for the user; never the exception's raw text for unexpected errors."""
    if isinstance(exc, UnlockThrottled):
        return _t("Too many failed attempts. Try again in %1 seconds.").replace("%1", str(exc.wait_seconds))
    if isinstance(exc, PolicyViolation):
        return _t("The password does not meet the policy.")
    if isinstance(exc, UserFacingError):
        by_code = {
            "wrong_credentials": _t("Wrong user name or password."),
            "invalid_recovery_key": _t("This recovery key is not valid for this vault. Check every group."),
            "vault_damaged": _t("The vault is damaged. Restore it from a backup; nothing damaged is shown."),
            "vault_too_new": _t("This vault was made by a newer version of Kadın Danışma. Update the app."),
            "keyslot_rejected": _t("This account's key slot has unsafe or unknown settings and was refused."),
            "vault_not_found": _t("There is no vault in this folder."),
            "disk_full": _t("The disk is full or cannot be written. Free some space; everything saved before is kept."),
            "permission_denied": _t("You do not have permission for this."),
            "backup_invalid": _t("This backup file is damaged or is not a Kadın Danışma backup."),
            "locked": _t("The vault is locked."),
            "insecure_configuration": _t("The encryption library is not configured safely; the vault was not opened."),
        }
        if exc.code in by_code:
            return by_code[exc.code]
        known = _known_messages()
        message = str(exc)
        return known.get(message, message[:1].upper() + message[1:] + ".")
    return _t("Something went wrong (%1). Nothing after the last save was changed.").replace(
        "%1", type(exc).__name__
    )
