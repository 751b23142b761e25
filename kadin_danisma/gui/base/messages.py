"""Translated, content-free texts for what comes up from the layers below: errors, password-policy problems
and the problems the domain checks find in a field (domain/validation.Checker)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...domain import passwords
from ...domain.errors import AttachmentTooLarge, EditConflict, PolicyViolation, UnlockThrottled, UserFacingError


def problem_texts(problems: list[str]) -> list[str]:
    table = {
        passwords.TOO_SHORT: QCoreApplication.translate("Messages", "at least 10 characters"),
        passwords.TOO_LONG: QCoreApplication.translate("Messages", "at most 1024 characters"),
        passwords.COMMON: QCoreApplication.translate("Messages", "not a common password"),
        passwords.CONTAINS_USERNAME: QCoreApplication.translate("Messages", "must not contain the user name"),
        passwords.ONE_CHARACTER: QCoreApplication.translate("Messages", "not one character repeated"),
    }
    return [table.get(p, p) for p in problems]


def _by_code() -> dict[str, str]:
    """One sentence per error code (domain/errors.py: a class's code, or a more precise one given where the
    error is raised). tests/gui/test_translation_complete.py fails when a code raised anywhere below the GUI
    has no sentence here."""
    translate = QCoreApplication.translate
    return {
        "wrong_credentials": translate("Messages", "Wrong user name or password."),
        "invalid_recovery_key": translate(
            "Messages", "This recovery key is not valid for this vault. Check every group."),
        "vault_damaged": translate(
            "Messages", "The vault is damaged. Restore it from a backup; nothing damaged is shown."),
        "damaged_slot": translate(
            "Messages", "A key slot in this vault is damaged. Unlock with another account or the recovery key "
            "(an admin can then set a new password), or restore from a backup."),
        "vault_too_new": translate(
            "Messages", "This vault was made by a newer version of Kadın Danışma. Update the app."),
        "keyslot_rejected": translate(
            "Messages", "This account's key slot has unsafe or unknown settings and was refused."),
        "vault_not_found": translate("Messages", "There is no vault in this folder."),
        "vault_exists": translate("Messages", "A vault or a file is already there. Choose another place."),
        "folder_not_empty": translate(
            "Messages", "The folder is not empty. Choose a new or empty folder for the vault."),
        "file_exists": translate("Messages", "A file with that name already exists. Choose another name."),
        "vault_read_only": translate("Messages", "The vault folder is read-only."),
        "drive_read_only": translate(
            "Messages", "The drive is read-only (write-protected). Nothing was written there."),
        "vault_busy": translate("Messages", "The vault is busy in another program. Try again."),
        "backup_busy": translate("Messages", "The vault was too busy to back up. Try again in a moment."),
        "page_check_failed": translate(
            "Messages", "The vault failed its page check and may be damaged. Run a verification before you "
            "continue."),
        "upgrade_backup_failed": translate(
            "Messages", "This vault needs an upgrade for this version of the app, and the backup made before it "
            "could not be written. Nothing was changed. Free some space on the disk and try again."),
        "disk_full": translate(
            "Messages", "The disk is full or cannot be written. Free some space; everything saved before is kept."),
        "permission_denied": translate("Messages", "You do not have permission for this."),
        "backup_invalid": translate("Messages", "This backup file is damaged or is not a Kadın Danışma backup."),
        "backup_malformed": translate(
            "Messages", "This file is not built as a Kadın Danışma backup (it may be damaged or altered). Nothing "
            "was unpacked."),
        "not_enough_space": translate(
            "Messages", "There is not enough free space on the drive to unpack this backup. Free some space and "
            "try again; nothing was written."),
        "malformed_input": translate(
            "Messages", "The input holds characters that cannot be accepted (control characters or invalid "
            "text). Nothing was changed."),
        "locked": translate("Messages", "The vault is locked."),
        "not_found": translate("Messages", "This record no longer exists or is not in this case."),
        "reason_required": translate(
            "Messages", "This case is not assigned to you. State a reason to open it; it will be logged."),
        "reason_invalid": translate(
            "Messages", "State the reason in words: at least 10 characters, at most 500."),
        "case_read_only": translate(
            "Messages", "This case is under closure review or closed, so it cannot be changed."),
        "consent_missing": translate(
            "Messages", "She has not consented to sharing with this institution. Record her consent, or ask a "
            "supervisor to override with a reason."),
        "capacity_exceeded": translate(
            "Messages", "The shelter is full. A placement beyond capacity needs an override with a reason."),
        "import_invalid": translate(
            "Messages", "The file was not imported; nothing was written. Each problem is listed with its place."),
        "invalid_transition": translate("Messages", "This step is not possible in the record's current state."),
        "package_record_in_use": translate(
            "Messages",
            "This record is still named elsewhere in the case (a note, a placement, a violation): keep it."),
        "insecure_configuration": translate(
            "Messages", "The encryption library is not configured safely; the vault was not opened."),
        "center_name_required": translate("Messages", "The center name is required."),
        "user_exists": translate("Messages", "A user with this name already exists."),
        "no_such_user": translate("Messages", "There is no such user."),
        "user_already_disabled": translate("Messages", "This user is already disabled."),
        "cannot_disable_self": translate("Messages", "You cannot disable your own account."),
        "last_admin": translate("Messages", "The last administrator cannot be disabled."),
        "no_role": translate("Messages", "Choose at least one role."),
        "user_disabled": translate("Messages", "This user is disabled."),
        "password_unchanged": translate("Messages", "The new password must differ from the current one."),
        "wrong_current_password": translate("Messages", "The current password is wrong."),
        "server_unavailable": translate(
            "Messages", "The center server cannot be reached. Check the network and try again; everything saved "
            "before is kept."),
        "server_busy": translate(
            "Messages", "The center server is busy (a colleague is saving the same record, or it took too long). "
            "Nothing was saved; try again in a moment."),
        "server_insecure": translate(
            "Messages", "This server connection is not safe enough (it needs TLS with the center's certificate, "
            "your own staff login and row-level security). Nothing was sent. Ask the IT person."),
        "server_not_initialised": translate(
            "Messages", "This server is not set up for Kadın Danışma, or its version differs from the app's. "
            "Ask the IT person."),
        "not_on_server": translate(
            "Messages", "On a center server this is done by the IT person (see the server guide)."),
        "kvkk_not_on_server": translate(
            "Messages", "Legal holds, her requests, retention and destruction are not yet available on a center "
            "server: they work in a vault folder (see the server guide)."),
        # packages (issue 17): %1 is the package's number, %2 the one expected next
        "package_refused": translate("Messages", "This package was not imported; nothing was written."),
        "package_malformed": translate(
            "Messages", "This file is not a whole Kadın Danışma package (cut short, damaged, or another kind of "
            "file). Nothing was imported. Ask the partner to send it again."),
        "package_too_large": translate(
            "Messages", "This package is larger than a package may be; it was not opened. Nothing was imported."),
        "package_too_new": translate(
            "Messages", "This package was made by a newer version of Kadın Danışma. Update the app, then import it."),
        "package_not_for_us": translate(
            "Messages", "This package was made for another vault; only that vault can open it. Nothing was "
            "imported."),
        "package_unpaired": translate(
            "Messages", "This package comes from a vault that is not paired with this one. An administrator pairs "
            "partners (after checking the fingerprint). Nothing was imported."),
        "package_tampered": translate(
            "Messages", "This package was changed after it was made (its signature does not match). Do not use "
            "it; ask the partner to send it again. Nothing was imported."),
        "package_replayed": translate(
            "Messages", "Package %1 from this partner was already imported (the next one is %2). Nothing was "
            "imported again."),
        "package_out_of_order": translate(
            "Messages", "Package %2 from this partner is missing: import it first (this one is %1). Nothing was "
            "imported."),
        "package_chain_broken": translate(
            "Messages", "This package does not follow the last one imported from this partner. Do not use it; "
            "tell the partner. Nothing was imported."),
        "packages_supervisors_on_server": translate(
            "Messages", "On a center server a supervisor sends and imports packages."),
        "package_keys_not_made": translate(
            "Messages", "The center has no package keys yet: a supervisor makes them on first use (opening the "
            "Partners page or sending a package). Pair partners after that."),
        "package_rotate_supervisors_on_server": translate(
            "Messages", "On a center server a supervisor replaces the center's package keys. Nothing was changed."),
        "package_new_case_on_server": translate(
            "Messages", "This package carries a case the center does not have. On a center server a package brings "
            "changes to the center's own cases only; nothing was imported."),
        "package_empty": translate("Messages", "Name at least one case to send."),
        "pairing_refused": translate("Messages", "The partner was not paired."),
        "card_malformed": translate(
            "Messages", "This file is not a partner card (or it was changed). Ask the partner for their card "
            "again."),
        "fingerprint_mismatch": translate(
            "Messages", "The fingerprint you typed does not match this card. Do not pair: the card may not be "
            "the partner's. Check with the other center on a number you know."),
        "own_card": translate("Messages", "This is this vault's own card."),
        "partner_changed_keys": translate(
            "Messages", "This partner is already paired with other keys. A new vault there is a new partner; ask "
            "the IT person."),
        "partner_unknown": translate("Messages", "No paired partner has that name."),
        "partner_removed": translate(
            "Messages", "This partner was removed: nothing is written to it or accepted from it. An administrator "
            "can pair its card again to start anew."),
        # sending again (package_admin.resend): %1 the package asked for, %3..%4 those that can be, %5 confirmed
        "resend_acknowledged": translate(
            "Messages", "The partner has already imported package %1 (it confirmed every package up to %5). "
            "Nothing was written."),
        "resend_out_of_range": translate(
            "Messages", "Package %1 cannot be written again: packages %3 to %4 can. Nothing was written."),
        "resend_out_of_range_none": translate(
            "Messages", "Package %1 cannot be written again: every package sent has been imported there. Nothing "
            "was written."),
        "resend_no_record": translate(
            "Messages", "Package %1 was written before this version kept a record of packages, so the next one "
            "cannot follow it. Write again from package %3. Nothing was written."),
        "resend_no_record_none": translate(
            "Messages", "Package %1 was written before this version kept a record of packages, so no package to "
            "this partner can be written again. Nothing was written."),
        "vault_moved": translate(
            "Messages", "This vault was moved to the center server. Sign in to the server instead."),
        "vault_replaced": translate(
            "Messages", "This vault's key is not one your key slot knows: the vault folder may have been replaced. "
            "Do not work in it, and tell an administrator."),
        "output_is_folder": translate("Messages", "That is a folder. Give the name of a file to write."),
        "output_is_link": translate(
            "Messages", "That name is a link to another file; nothing is ever written through a link. Choose "
            "another name."),
        "output_folder_missing": translate("Messages", "That folder does not exist (is the drive plugged in?)."),
        "keyslots_busy": translate(
            "Messages", "The vault's keys are being changed by another program. Try again in a minute."),
        "key_not_proven": translate(
            "Messages", "The new key did not open the vault when read back from the disk, so nothing was changed. "
            "Check the disk and try again."),
        "keyslot_outdated": translate(
            "Messages", "Your key slot opens a key this vault no longer uses (its key was changed). Ask an "
            "administrator to reset your password."),
        "rekey_unfinished": translate(
            "Messages", "A change of this vault's key was interrupted. An administrator, or a colleague whose "
            "password still works, must sign in to finish it."),
        "vault_in_use": translate(
            "Messages", "The vault is open in another program or on another computer. Everyone must lock it and "
            "close the app before its key can be changed."),
        "password_change_required": translate(
            "Messages", "Change your password first: an administrator set the one you signed in with."),
        "own_roles": translate("Messages", "You cannot change your own roles. Another administrator can."),
        "not_demo_vault": translate("Messages", "Demo data goes only into a vault created as a demo vault."),
        "query_too_short": translate("Messages", "Type at least two letters or digits."),
        "last_admin_role": translate("Messages", "The last administrator must keep the admin role."),
        "follow_up_settled": translate("Messages", "This follow-up is settled already."),
        "placement_open": translate(
            "Messages", "She is still in a shelter (or waiting for a place). End the placement first, or state why "
            "the case closes anyway."),
        "no_closure_request": translate("Messages", "There is no closure request waiting for review."),
        "no_such_case": translate("Messages", "There is no case with this number."),
        "not_a_counselor": translate("Messages", "The cases go to an active counselor."),
        "same_counselor": translate("Messages", "Choose another counselor to take the cases."),
        "not_her_case": translate("Messages", "This case is not one of her open cases."),
        "booking_conflict": translate(
            "Messages", "This booking clashes with another one. Change it, or book it anyway knowingly."),
        "appointment_closed": translate(
            "Messages", "Only a planned appointment can be changed; what happened is recorded once."),
        "appointment_in_future": translate(
            "Messages", "This appointment has not happened yet: record it on its day or later."),
        "name_taken": translate("Messages", "This name is already in the list."),
        "attachment_type": translate(
            "Messages", "Only PDF, JPEG and PNG files can be attached. The file's content was checked, not its "
            "name."),
        "attachment_empty": translate("Messages", "The file is empty."),
        "attachment_unreadable": translate(
            "Messages", "The file cannot be read: it is damaged or not what its name says."),
        "attachment_encrypted": translate(
            "Messages", "The PDF is protected by a password. Attach a copy without a password."),
        "attachment_pixels": translate(
            "Messages", "The picture is too large (more than 60 megapixels). Scan it again at a lower resolution."),
        "attachment_turn": translate("Messages", "A PDF is stored as it came; only pictures can be turned."),
        "attachment_never_export": translate(
            "Messages", "This file is marked never to leave the vault. View it in the app instead."),
        "attachment_not_offered": translate("Messages", "A chosen file cannot go with this letter."),
        "archive_attachments": translate(
            "Messages", "An archive copy (PDF/A) cannot carry attachments. Untick the files or the archive copy."),
        "invalid_period": translate(
            "Messages", "This period cannot be reported: it must start before it ends, end today at the latest "
            "and span at most 20 years."),
        "report_cancelled": translate("Messages", "The report was cancelled."),
        "output_exists": translate("Messages", "A file with that name already exists. Choose another name."),
        "self_approval": translate(
            "Messages", "You proposed this destruction: a supervisor who did not propose it approves it."),
        "legal_hold": translate(
            "Messages", "Her record is on legal hold: nothing of it is destroyed until a supervisor lifts the hold."),
        "cycle_pending": translate(
            "Messages", "A destruction is already waiting for approval. Approve or withdraw it first."),
        "cycle_closed": translate("Messages", "This destruction was already approved or withdrawn."),
        "hold_exists": translate("Messages", "This case is already on legal hold."),
        "no_hold": translate("Messages", "This case is not on legal hold."),
        "request_answered": translate("Messages", "This request was already answered."),
        "retention_range": translate(
            "Messages", "The retention periods are whole years: keep a record 1 to 50 years, the shorter periods "
            "0 years up to that."),
        "case_anonymized": translate(
            "Messages", "This case was anonymized under the retention policy: nothing in it names anyone any more, "
            "and it cannot be opened."),
        # issue 21 part B: group activities, contacts that are not cases, follow-up after closure
        "attendance_without_consent": translate(
            "Messages", "Her consent to be named on a support group's attendance is not recorded in her case. "
            "Record it there first, or count her by number only."),
        "attendance_not_support_group": translate(
            "Messages", "Only a support group's attendance may name a woman; other activities count by number."),
        "attendance_already_named": translate("Messages", "She is already named on this attendance."),
        "activity_has_named_attendance": translate(
            "Messages", "Women are named on this support group's attendance: remove them before changing its kind."),
        "contact_notes_look_personal": translate(
            "Messages", "The notes look like they hold a name, an identity number or a phone number. Notes here "
            "are anonymous: take it out, or save anyway if it names nobody."),
        "contact_has_case": translate("Messages", "This contact was already turned into an intake."),
        "follow_up_not_allowed": translate(
            "Messages", "This case is closed. A supervisor can allow follow-ups on it; until then it stays "
            "read-only."),
        "allowance_case_not_closed": translate(
            "Messages", "Follow-ups are allowed this way on a closed case only; an open case takes them anyway."),
    }


def local_time(iso: str) -> str:
    """An ISO time stamp (UTC) as this computer's local date and time, or as it is if it is not one."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return iso


def translated_codes() -> frozenset[str]:
    """Every error code with its own sentence (the rest get the message itself, content-free by design)."""
    return frozenset(_by_code()) | {"throttled", "password_policy", "edit_conflict", "attachment_too_large"}


def folder_warning_text(path: object) -> str:
    """A translated warning if other accounts on this computer can write to the folder a file was saved in
    (they could delete or replace it); empty if not."""
    from pathlib import Path

    from ...services.paths import output_warning

    if not output_warning(Path(str(path))):
        return ""
    return QCoreApplication.translate(
        "Messages", "Warning: other accounts on this computer can write to that folder; they could delete or "
        "replace the file. A folder of your own is safer.")


def code_text(code: str) -> str:
    """The translated sentence of an error code, where a screen states a refusal before anyone asks."""
    return _by_code()[code]


def _variant(code: str, details: dict[str, object]) -> str:
    """A refusal whose sentence depends on its numbers: no package left to write again has its own."""
    first, last = details.get("first"), details.get("last")
    if code == "resend_out_of_range" and isinstance(first, int) and isinstance(last, int) and first > last:
        return "resend_out_of_range_none"
    if code == "resend_no_record" and first == 0:
        return "resend_no_record_none"
    return code


def error_text(exc: BaseException) -> str:
    """One translated sentence for the user, chosen by the error's code; never the exception's raw text for an
    unexpected error."""
    translate = QCoreApplication.translate
    if isinstance(exc, UnlockThrottled):
        return translate("Messages", "Too many failed attempts. Try again in %1 seconds.").replace(
            "%1", str(exc.wait_seconds))
    if isinstance(exc, PolicyViolation):
        return translate("Messages", "The password does not meet the policy.")
    if isinstance(exc, EditConflict):
        return translate("Messages", "Changed by %1 at %2 while you were editing. Nothing of yours was saved "
                         "yet.").replace("%1", exc.changed_by).replace("%2", local_time(exc.changed_at))
    if isinstance(exc, AttachmentTooLarge):
        return translate("Messages", "The file is %1 MB; files of up to %2 MB can be attached. Scan it again "
                         "at a lower resolution, or in parts.").replace("%1", f"{exc.size / 1048576:.1f}").replace(
            "%2", str(exc.limit // 1048576))
    if isinstance(exc, UserFacingError):
        known = _by_code()
        if exc.code in known:
            text = known[_variant(exc.code, exc.details)]
            for mark, key in (("%1", "sequence"), ("%2", "expected"), ("%3", "first"), ("%4", "last"),
                              ("%5", "acked")):
                if key in exc.details:
                    text = text.replace(mark, str(exc.details[key]))
            return text
        message = str(exc)  # a code without its own sentence yet: the message, which holds no content
        return message[:1].upper() + message[1:] + "."
    return translate("Messages", "Something went wrong (%1). Nothing after the last save was changed.").replace(
        "%1", type(exc).__name__)


# -- problems in a field --------------------------------------------------------------------------------------
def _fixed_problems() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "is required": translate("FieldProblems", "is required"),
        "must be text": translate("FieldProblems", "must be text"),
        "must be true or false": translate("FieldProblems", "must be yes or no"),
        # Dates are typed as they are shown (base/forms.DateField): day.month.year.
        "must be a date written YYYY-MM-DD": translate(
            "FieldProblems", "write the date as DD.MM.YYYY, for example 14.03.2025"),
        "must be a date written DD.MM.YYYY": translate(
            "FieldProblems", "write the date as DD.MM.YYYY, for example 14.03.2025"),
        "is not a real date": translate("FieldProblems", "is not a real date"),
        "is in the future": translate("FieldProblems", "is in the future"),
        "is before the start": translate("FieldProblems", "is before the start"),
        "must be a whole number": translate("FieldProblems", "must be a whole number"),
        "is out of range": translate("FieldProblems", "is too large a number"),
        "is not valid Unicode text (a lone surrogate)": translate(
            "FieldProblems", "holds characters that are not valid text"),
        "holds a NUL character": translate("FieldProblems", "holds a NUL character, which is not allowed"),
        "holds a control or invisible formatting character": translate(
            "FieldProblems", "holds a control or invisible formatting character, which is not allowed here"),
        "must be between 1900 and this year": translate("FieldProblems", "give a year between 1900 and this year"),
        "lists a code twice": translate("FieldProblems", "lists a choice twice"),
        "must be a list": translate("FieldProblems", "must be a list"),
        "give at least one violence type or her request": translate(
            "FieldProblems", "to finish the intake, tick at least one violence type or write down her request"),
        "is required when the level differs from the suggestion": translate(
            "FieldProblems", "is required when the level differs from the suggestion"),
        "is only for consent to share with an institution": translate(
            "FieldProblems", "an institution is only named for consent to share with it"),
        "must be true when an interpreter language or name is given": translate(
            "FieldProblems", "must be ticked when an interpreter language or name is given"),
        "is not an active counselor": translate("FieldProblems", "is not an active counselor"),
        "choose at least one counselor": translate("FieldProblems", "choose at least one counselor"),
        "is not in the center's list": translate("FieldProblems", "is not in the center's list"),
        "must be a time written YYYY-MM-DDTHH:MM": translate("FieldProblems", "is not a real day and time"),
        "must be after the start": translate("FieldProblems", "must be after the start"),
        "is more than 12 hours after the start": translate("FieldProblems", "is more than 12 hours"),
        "is required when an interpreter is booked": translate(
            "FieldProblems", "is required when an interpreter is booked"),
        "must be a list of user names": translate("FieldProblems", "must be a list of user names"),
        "give at least one language": translate("FieldProblems", "give at least one language"),
        "is already in the list": translate("FieldProblems", "is already in the list"),
        "is not part of this case": translate("FieldProblems", "is not part of this case"),
        "link the file to one record at most": translate("FieldProblems", "link the file to one record at most"),
        "a facilitator is needed: a member of staff or a name": translate(
            "FieldProblems", "choose a member of staff or give a name"),
        "no such member of staff": translate("FieldProblems", "is not a member of staff"),
        "participants must be counts by sex and age band": translate(
            "FieldProblems", "must be numbers by sex and age band"),
        "counts by age band are needed": translate("FieldProblems", "must be numbers by age band"),
        "unknown sex (female or male)": translate("FieldProblems", "is not women or men"),
        "unknown age band": translate("FieldProblems", "is not a known age band"),
        "no such institution": translate("FieldProblems", "is not in the directory"),
        "the allowance must last until today or later": translate("FieldProblems", "must be today or later"),
        **_support_problems(),
    }


def _support_problems() -> dict[str, str]:
    """The checks of the aid ledger, employment support, court cases and 6284 deadlines (issue 21)."""
    translate = QCoreApplication.translate
    return {
        "is required for cash and rent": translate("FieldProblems", "is required for cash and rent"),
        "is not used for cash and rent (give the amount)": translate(
            "FieldProblems", "is not used for cash and rent: give the amount"),
        "is only for cash and rent (give a quantity)": translate(
            "FieldProblems", "is only for cash and rent: give a quantity"),
        "is required when the aid was refused": translate("FieldProblems", "is required when the aid was refused"),
        "a refused aid was not delivered": translate("FieldProblems", "a refused aid was not delivered"),
        "is only for a refused aid": translate("FieldProblems", "is only for a refused aid"),
        "is required when the aid was delivered": translate("FieldProblems", "is required when the aid was delivered"),
        "is required for this kind of aid": translate("FieldProblems", "is required for this kind of aid"),
        "must be an amount in lira, for example 1.500,00": translate(
            "FieldProblems", "must be an amount in lira, for example 1.500,00"),
        "is required when the support has ended": translate(
            "FieldProblems", "is required when the support has ended"),
        "is only for a support that has ended": translate("FieldProblems", "is only for a support that has ended"),
        "is required once the court has decided": translate(
            "FieldProblems", "is required once the court has decided"),
        "is only for a decided case": translate("FieldProblems", "is only for a decided case"),
        "must be a time written HH:MM": translate("FieldProblems", "must be a time written HH:MM"),
        "lists the same hearing twice": translate("FieldProblems", "lists the same hearing twice"),
        "is required for a request waiting for a decision": translate(
            "FieldProblems", "is required for a request waiting for a decision"),
        "a request waiting for a decision has no decision time": translate(
            "FieldProblems", "a request waiting for a decision has no decision time"),
        "is only for a measure a governor or police chief took": translate(
            "FieldProblems", "is only for a measure a governor or police chief took"),
    }


def _pattern_problems() -> tuple[tuple[str, str], ...]:
    translate = QCoreApplication.translate
    return (
        (r"is longer than (\d+) characters", translate("FieldProblems", "is longer than %1 characters")),
        (r"is shorter than (\d+) characters", translate("FieldProblems", "at least %1 characters.")),
        (r"is before (\d+)", translate("FieldProblems", "is before %1")),
        (r"must be between (\d+) and (\d+)", translate("FieldProblems", "must be between %1 and %2")),
        (r"is not a known .* code", translate("FieldProblems", "is not a known choice")),
        (r"must be one of: .*", translate("FieldProblems", "choose one of the offered values")),
        (r"a number of people from 0 to (\d+) is needed", translate("FieldProblems", "give a number from 0 to %1")),
    )


def field_problem(message: str) -> str:
    """What a domain check found in a field, translated, to follow the field's name ("Name: is required").
    A message it does not know is shown as it is (the checks' messages hold no content by design)."""
    fixed = _fixed_problems()
    if message in fixed:
        return fixed[message]
    for pattern, text in _pattern_problems():
        if found := re.fullmatch(pattern, message):
            for i, group in enumerate(found.groups(), start=1):
                text = text.replace(f"%{i}", group)
            return text
    return message


def sentence(text: str) -> str:
    """A problem on its own (a screen reader's description of a field, a line without a field name)."""
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def problem_field(path: str) -> str:
    """The field a problem's path names: "$.note.body" -> "body"; "$.assessment.indicators[2]" -> "indicators"."""
    last = path.split(".")[-1] if "." in path else path
    return last.split("[")[0]
