"""The errors a person can cause or meet, each with a stable code the GUI translates.

Messages never carry case content, passwords or keys: they may end up on a terminal or in a log.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An expected failure with a one-line, content-free message (the CLI prints it, the GUI translates
    the code)."""

    code = "error"

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.details = details


class VaultNotFound(UserFacingError):
    code = "vault_not_found"


class VaultExists(UserFacingError):
    code = "vault_exists"


class WrongCredentials(UserFacingError):
    """Unknown user, wrong password or disabled account: deliberately indistinguishable."""

    code = "wrong_credentials"


class UnlockThrottled(UserFacingError):
    code = "throttled"

    def __init__(self, wait_seconds: int) -> None:
        super().__init__(f"too many failed attempts; try again in {wait_seconds} s", wait_seconds=wait_seconds)
        self.wait_seconds = wait_seconds


class InvalidRecoveryKey(UserFacingError):
    code = "invalid_recovery_key"


class VaultDamaged(UserFacingError):
    code = "vault_damaged"


class VaultTooNew(UserFacingError):
    code = "vault_too_new"


class KeySlotRejected(UserFacingError):
    """A key slot whose parameters are outside the allowed range or whose format is unknown."""

    code = "keyslot_rejected"


class PolicyViolation(UserFacingError):
    code = "password_policy"

    def __init__(self, problems: list[str]) -> None:
        super().__init__("password does not meet the policy: " + "; ".join(problems), problems=problems)
        self.problems = problems


class PermissionDenied(UserFacingError):
    code = "permission_denied"


class InvalidInput(UserFacingError):
    code = "invalid_input"


class StorageFull(UserFacingError):
    code = "disk_full"


class BackupInvalid(UserFacingError):
    code = "backup_invalid"


class VaultLocked(UserFacingError):
    code = "locked"
