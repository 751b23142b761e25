"""The errors a person can cause or meet, each with a stable code the GUI translates.

Messages never carry case content, passwords or keys: they may end up on a terminal or in a log.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An expected failure with a one-line, content-free message (the CLI prints it) and a stable code (the GUI
    translates the code, never the message, so a reworded message cannot lose its translation). The code is
    the class's, or a more precise one given where it is raised (`code="last_admin"`)."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **details: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
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


class VaultReadOnly(UserFacingError):
    """The vault folder (or its drive) cannot be written. The vault is not opened: every opening is
    recorded in its audit log, and the failed-attempt counters must be kept."""

    code = "vault_read_only"

    def __init__(self, message: str = "the vault folder is read-only", *, code: str | None = None,
                 **details: object) -> None:
        super().__init__(message, code=code, **details)


class BackupInvalid(UserFacingError):
    code = "backup_invalid"


class NotOnServer(UserFacingError):
    """Something only a vault folder has (key slots, a copy of the file) asked of a center server."""

    code = "not_on_server"


class VaultMoved(UserFacingError):
    """The vault was moved to a center server (`server migrate`): it stays as it was, for reference only."""

    code = "vault_moved"


class ServerUnavailable(UserFacingError):
    """The center server cannot be reached (network, a restart): nothing half-written, try again."""

    code = "server_unavailable"


class ServerBusy(UserFacingError):
    """A timeout or a lock a colleague holds: nothing was saved, trying again is safe."""

    code = "server_busy"


class ServerInsecure(UserFacingError):
    """A connection the app refuses to work over: TCP without verified TLS, a password method other than
    SCRAM, a superuser or owner login for daily work, row-level security off."""

    code = "server_insecure"


class ServerNotInitialised(UserFacingError):
    code = "server_not_initialised"


class EditConflict(UserFacingError):
    """A save based on an older version of a record: a colleague changed it in between. Details: who
    (`changed_by`, a staff member's display name) and when (`changed_at`, ISO time); never the content."""

    code = "edit_conflict"

    def __init__(self, changed_by: str, changed_at: str) -> None:
        super().__init__(f"changed by {changed_by} at {changed_at}: reload to see the newer version, then "
                         "apply your change again", changed_by=changed_by, changed_at=changed_at)
        self.changed_by = changed_by
        self.changed_at = changed_at

    @classmethod
    def from_server(cls, detail: str | None) -> EditConflict:
        import json

        try:
            data = json.loads(detail or "{}")
        except ValueError:
            data = {}
        return cls(str(data.get("changed_by") or "a colleague"), str(data.get("changed_at") or ""))
class BackupMalformed(BackupInvalid):
    """A file not built as this app builds a backup: a member compressed or named twice, sizes that disagree
    with the manifest, an oversized or ill-formed manifest. Refused before anything is unpacked."""

    code = "backup_malformed"


class NotEnoughSpace(StorageFull):
    """Unpacking (restore, verify) needs more free space than the target drive has; nothing was written."""

    code = "not_enough_space"

    def __init__(self, needed: int, free: int) -> None:
        super().__init__(f"there is not enough free space to unpack this backup: it needs {_mib(needed)} MiB, "
                         f"{_mib(free)} MiB are free", needed=needed, free=free)
        self.needed = needed
        self.free = free


def _mib(size: int) -> int:
    return -(-size // (1 << 20))  # rounded up: "needs 0 MiB" would read as a bug


class MalformedInput(InvalidInput):
    """Input that no person types and no file of ours holds: a lone surrogate, a NUL or another control
    character in an identifier (a case number, a user name), a number of thousands of digits, nesting
    deeper than any record. Refused with one line; the message names the field, never its content."""

    code = "malformed_input"


class VaultLocked(UserFacingError):
    code = "locked"


class NotFound(UserFacingError):
    code = "not_found"


class PasswordChangeRequired(PermissionDenied):
    """She signed in with a password an administrator set (or must renew): until she has chosen her own,
    nothing but the change (and locking) is allowed, in the app and on the command line."""

    code = "password_change_required"

    def __init__(self, message: str = "you must change your password before anything else") -> None:
        super().__init__(message)


class OwnRolesChange(PermissionDenied):
    """Nobody changes her own roles (another administrator does)."""

    code = "own_roles"

    def __init__(self, message: str = "you cannot change your own roles") -> None:
        super().__init__(message)


class NotDemoVault(UserFacingError):
    """Demo data (and the demo accounts with their published password) only go into a vault created as a
    demo (`init --demo`), never into one that may hold real cases."""

    code = "not_demo_vault"

    def __init__(self, message: str = "this vault was not created as a demo vault (init --demo); demo data "
                 "and the demo accounts never go into a real one") -> None:
        super().__init__(message)


class QueryTooShort(InvalidInput):
    code = "query_too_short"

    def __init__(self, message: str = "a search needs at least two letters or digits") -> None:
        super().__init__(message)


class ReasonRequired(PermissionDenied):
    """Opening a case not assigned to you needs a stated reason (break-glass), which is audited."""

    code = "reason_required"


class CaseReadOnly(PermissionDenied):
    """The case is under closure review or closed: nothing in it changes until it is returned or reopened."""

    code = "case_read_only"


class ConsentMissing(UserFacingError):
    """No valid consent to share with this institution; a supervisor may override with a reason."""

    code = "consent_missing"


def reason_refused(problem: str) -> InvalidInput:
    """A stated reason that breaks the rule of domain/reasons.py, as the field problem of "$.reason"."""
    return InvalidInput(f"the reason {problem}", code="reason_invalid", problems=[("$.reason", problem)])


class CapacityExceeded(UserFacingError):
    """Placing her (and the children with her) would go beyond the shelter's capacity in persons."""

    code = "capacity_exceeded"

    def __init__(self, message: str, capacity: int, occupied: int, women: int = 0, children: int = 0) -> None:
        super().__init__(message, capacity=capacity, occupied=occupied, women=women, children=children)
        self.capacity = capacity
        self.occupied = occupied
        self.women = women
        self.children = children


class PlacementOpen(UserFacingError):
    """A closure approved while she is still in a shelter (or a place is asked for): it needs the supervisor's
    stated reason; closing never ends a placement by itself."""

    code = "placement_open"

    def __init__(self, placements: int) -> None:
        super().__init__("she is still placed in a shelter (or waiting for a place): end the placement first, or "
                         "state why the case closes anyway", placements=placements)
        self.placements = placements


class ImportInvalid(UserFacingError):
    """An interchange file with problems; each problem names its JSON path. Nothing was written."""

    code = "import_invalid"

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        shown = "; ".join(f"{path}: {text}" for path, text in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"the file was not imported: {shown}{more}", problems=problems)
        self.problems = problems


class InvalidPeriod(UserFacingError):
    """A report period that is not a range of real days ending no later than today."""

    code = "invalid_period"


class ReportCancelled(UserFacingError):
    """A statistics run (or the closing of past months) stopped by the person; nothing half-made was kept."""

    code = "report_cancelled"

    def __init__(self, message: str = "the report was cancelled") -> None:
        super().__init__(message)


class OutputExists(UserFacingError):
    code = "output_exists"


class SelfApproval(PermissionDenied):
    """A destruction is approved by a supervisor who did not propose it (issue 19)."""

    code = "self_approval"

    def __init__(self, message: str = "a destruction is approved by someone other than the person who proposed it"
                 ) -> None:
        super().__init__(message)


class LegalHold(UserFacingError):
    """The case is on legal hold: nothing of it is destroyed until a supervisor lifts the hold."""

    code = "legal_hold"

    def __init__(self, message: str = "this case is on legal hold and cannot be destroyed") -> None:
        super().__init__(message)


# The message of a VaultDamaged raised for one unreadable key slot (the others and the recovery key work).
DAMAGED_SLOT = ("a key slot in this vault is damaged: unlock with another account or the recovery key "
                "(an admin can then set a new password), or restore from backup")

# The message of a VaultDamaged raised when a data key reached her slot that her anchor does not vouch for.
NOT_VOUCHED = ("this vault's key is not one your key slot knows: the vault folder may have been replaced; do not "
               "work in it, and tell an administrator")

UPGRADE_BACKUP_FAILED = ("this vault needs an upgrade, and the backup made before it could not be written; "
                         "nothing was changed (is the disk full?)")


class BookingConflict(UserFacingError):
    """An appointment clashes with another booking (the counselor, the room or the interpreter is taken then)
    or the interpreter lacks the language: said before saving; she may still book it, knowingly."""

    code = "booking_conflict"

    def __init__(self, clashes: list[object]) -> None:
        super().__init__(f"the booking clashes with {len(clashes)} other booking(s) or need(s)", clashes=clashes)
        self.clashes = clashes


class AttachmentTooLarge(UserFacingError):
    """A file above the size limit: refused from its size alone, before it is read."""

    code = "attachment_too_large"

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the file is {size / 1048576:.1f} MB; files of up to {limit // 1048576} MB can be "
                         "attached", size=size, limit=limit)
        self.size = size
        self.limit = limit


class AttachmentRefused(UserFacingError):
    """Not a PDF, JPEG or PNG by its content (whatever its name says), or one that cannot be read."""

    code = "attachment_type"


# -- key slots under concurrent use, rekey (issue 14) ---------------------------------------------------
class KeySlotsBusy(UserFacingError):
    """Another program held the key-slot file's lock for too long (a key change of a large vault)."""

    code = "keyslots_busy"

    def __init__(self, message: str = "the vault's keys are being changed by another program; try again in a "
                                      "minute") -> None:
        super().__init__(message)


class KeyNotProven(UserFacingError):
    """A new key slot or recovery key did not unwrap the data key when read back: nothing is reported done."""

    code = "key_not_proven"


class KeySlotOutdated(UserFacingError):
    """Her slot opens a data key the vault no longer uses (the key was changed since)."""

    code = "keyslot_outdated"


class RekeyUnfinished(UserFacingError):
    """A change of the vault's key was interrupted and only another account's slot can finish it."""

    code = "rekey_unfinished"


class VaultInUse(UserFacingError):
    """The vault is open in another program (here or on another computer): a key change needs it alone."""

    code = "vault_in_use"


# -- files written for a person (issue 14; OutputExists is above) ---------------------------------------
class OutputIsFolder(UserFacingError):
    code = "output_is_folder"


class OutputIsLink(UserFacingError):
    code = "output_is_link"


class OutputFolderMissing(UserFacingError):
    code = "output_folder_missing"


# -- packages between paired vaults (issue 17) ------------------------------------------------------------
class PackageRefused(UserFacingError):
    """A package file that is not imported (nothing was written), or a package that cannot be made. The code
    says why: package_malformed, package_too_large, package_too_new, package_not_for_us, package_unpaired,
    package_tampered, package_replayed, package_out_of_order, package_chain_broken, packages_supervisors_on_server
    (a counselor on a center server), package_keys_not_made, package_new_case_on_server,
    package_rotate_supervisors_on_server."""

    code = "package_refused"


class PairingRefused(UserFacingError):
    """A partner's card that is not added: card_malformed, fingerprint_mismatch, own_card, partner_changed_keys,
    partner_unknown."""

    code = "pairing_refused"
