"""The vault overview: center, who is signed in, staff and roles, role changes of the last 7 days, last
backup and its age, the last KVKK destruction and the backups made before it (marked: they still hold what it
destroyed), audit chain.

Walking the audit chain can take a while on a big vault, so it is computed in a worker, the first time
the page is shown. Admins can back up and verify from here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.roles import Role
from ...services import backups, settings, vault_service
from ...services.overview import Overview, overview
from ...services.session import Session
from ..base.files import backup_filter, choose_save_file
from ..base.labels import days_ago, roles_text, size_text, when_text
from ..base.lines import isolate, ui_line
from ..base.messages import code_text, error_text, folder_warning_text
from ..base.styles import set_error, set_role
from ..base.widgets import heading, plain_label
from ..base.workers import run_in_worker

SHOWN_BACKUPS = 8


class OverviewPage(QWidget):
    refreshed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.center = heading("", 1.4)
        self.center.setObjectName("centerName")
        self.signed_in = plain_label("")
        self.signed_in.setObjectName("signedIn")
        self.users = plain_label("")
        self.users.setObjectName("usersSummary")
        self.role_changes = plain_label("")
        self.role_changes.setObjectName("roleChanges")
        self.backup = plain_label("")
        self.backup.setObjectName("backupStatus")
        self.audit = plain_label("")
        self.audit.setObjectName("auditStatus")
        self.destruction = plain_label("")
        self.destruction.setObjectName("destructionStatus")
        self.backup_list = plain_label("")
        self.backup_list.setObjectName("backupList")
        self.technical = plain_label("")
        self.storage = plain_label("")
        self.storage.setObjectName("storageSummary")
        self.result = plain_label("")
        self.result.setObjectName("overviewResult")

        vault_box = QGroupBox(self.tr("Vault"))
        form = QFormLayout(vault_box)
        form.addRow(self.tr("Signed in:"), self.signed_in)
        form.addRow(self.tr("Users and roles:"), self.users)
        form.addRow(self.tr("Role changes (7 days):"), self.role_changes)
        form.addRow(self.tr("Last backup:"), self.backup)
        form.addRow(self.tr("Last destruction:"), self.destruction)
        form.addRow(self.tr("Backups:"), self.backup_list)
        form.addRow(self.tr("Audit log:"), self.audit)
        form.addRow(self.tr("Encryption:"), self.technical)
        form.addRow(self.tr("Size:"), self.storage)

        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.verify_button = QPushButton(self.tr("&Verify vault"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.center)
        layout.addWidget(vault_box)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        # Only after the buttons have a parent: setVisible(True) on a parentless widget opens a window.
        admin = session.has(Role.ADMIN)
        self.backup_button.setVisible(admin)
        self.verify_button.setVisible(admin)
        self.refresh_button.clicked.connect(self.refresh)
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.verify_button.clicked.connect(self.verify)
        # Walking the audit chain of a big vault takes a while: it starts when the page is first shown,
        # so it does not compete with the dashboard and case list right after unlock.
        self.refreshed_once = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.refreshed_once:
            self.refresh()

    def refresh(self) -> None:
        self.refreshed_once = True
        self.audit.setText(self.tr("Checking the audit chain…"))
        session = self.session
        run_in_worker(self, lambda: overview(session), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.result.setText(error_text(exc))

    def _show(self, data: Overview) -> None:
        user = self.session.user
        self.center.setText(data.center_name)
        if user is not None:
            roles = roles_text(user.roles)
            self.signed_in.setText(ui_line(f"{isolate(user.display_name)} ({user.username}) — {roles}"))
        lines = []
        for row in data.users:
            roles = roles_text(row.roles)
            state = self.tr(" (disabled)") if row.disabled else ""
            lines.append(ui_line(f"{isolate(row.display_name)} ({row.username}): {roles}{state}"))
        self.users.setText("\n".join(lines))
        self._show_role_changes(data)
        if data.last_backup is None:
            self.backup.setText(self.tr("Never backed up. Make a backup now and keep it away from this computer."))
            set_error(self.backup, True)
        else:
            when = when_text(data.last_backup.at.isoformat())
            text = f"{when} ({days_ago(int(data.last_backup.age_days()))})"
            if data.last_backup.is_stale():
                text += " — " + self.tr("older than 7 days: back up now")
            set_error(self.backup, data.last_backup.is_stale())
            self.backup.setText(text)
        if data.audit_ok:
            self.audit.setText(self.tr("Intact: %1 entries, each chained to the one before.").replace(
                "%1", str(data.audit_entries)))
            set_error(self.audit, False)
        else:
            self.audit.setText(self.tr("BROKEN: the audit log was altered (%1). Tell your supervisor.").replace(
                "%1", data.audit_problem))
            set_error(self.audit, True)
        self._show_destruction(data)
        self.technical.setText(self.tr("SQLCipher %1, schema level %2, idle lock after %3 min").replace(
            "%1", data.cipher_version).replace("%2", str(data.schema_version)).replace(
            "%3", str(data.idle_lock_minutes)))
        self.storage.setText(self.tr("%1 on disk, of which %2 attachment(s): %3").replace(
            "%1", size_text(data.vault_bytes)).replace("%2", str(data.attachments)).replace(
            "%3", size_text(data.attachment_bytes)))
        self.refreshed.emit()

    def _show_destruction(self, data: Overview) -> None:
        """The last KVKK destruction, and each backup (newest first, at most SHOWN_BACKUPS) marked when it was made
        before it: such a backup still holds what the destruction removed."""
        text = self.tr("None yet.") if data.last_destruction is None else when_text(data.last_destruction)
        if self.session.on_server:
            text += " — " + code_text("kvkk_not_on_server")
        if data.destruction_due:
            text += " — " + self.tr("more than six months ago: a periodic destruction is due (KVKK page)")
        self.destruction.setText(text)
        set_error(self.destruction, data.destruction_due)
        lines = []
        for line in data.backups[:SHOWN_BACKUPS]:
            made = when_text(line.at)
            what = self.tr("%1 — %2 (made by the app before an upgrade)") if line.automatic else self.tr("%1 — %2")
            shown = what.replace("%1", made).replace("%2", line.name or self.tr("unnamed"))
            if line.before_destruction:
                shown += " — " + self.tr("BEFORE the last destruction: it still holds what was destroyed")
            lines.append(ui_line(shown))
        if len(data.backups) > SHOWN_BACKUPS:
            lines.append(self.tr("… and %1 older.").replace("%1", str(len(data.backups) - SHOWN_BACKUPS)))
        self.backup_list.setText("\n".join(lines) or self.tr("None."))

    def _show_role_changes(self, data: Overview) -> None:
        """Every role given or changed in the last week, so no one quietly gains power."""
        lines = []
        for change in data.role_changes:
            when = change.at[:16].replace("T", " ")
            who = change.by or self.tr("vault creation")
            lines.append(ui_line(self.tr("%1 — %2 changed %3: %4 → %5").replace("%1", when).replace(
                "%2", who).replace("%3", change.username).replace(
                "%4", roles_text(change.before) or self.tr("none")).replace(
                "%5", roles_text(change.after) or self.tr("none"))))
        self.role_changes.setText("\n".join(lines) or self.tr("No role changes in the last 7 days."))
        set_role(self.role_changes, "strong" if lines else "")

    def back_up(self, path: Path | None = None, *, confirmed: bool = False) -> None:
        """Back up to `path` (None: ask where, with Qt's own non-blocking dialog, which asks before replacing
        a file: then `confirmed`, and an existing file is replaced; never otherwise)."""
        if path is None:
            folder = settings.backup_folder(self.session)
            name = backups.backup_file_name()
            choose_save_file(self, self.tr("Save backup"), Path(folder) / name if folder else name,
                             backup_filter(), lambda chosen: self.back_up(chosen, confirmed=True))
            return
        target = path
        self.backup_button.setEnabled(False)
        self.result.setText(self.tr("Backing up…"))
        session = self.session
        run_in_worker(self, lambda: (backups.backup_now(session, target, force=confirmed), target),
                      self._backed_up, self._backup_failed)

    def _backed_up(self, result: tuple[dict[str, object], Path]) -> None:
        self.backup_button.setEnabled(True)
        warning = folder_warning_text(result[1])
        self.result.setText(self.tr("Backup written and checked.") + (" " + warning if warning else ""))
        self.refresh()

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.result.setText(self.tr("Backup failed: %1").replace("%1", error_text(exc)))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Verifying every page and the audit chain…"))
        session = self.session
        run_in_worker(self, lambda: vault_service.verify_session(session), self._verified, self._verify_failed)

    def _verified(self, report: vault_service.VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self.result.setText(self.tr("Vault verified: every page authenticated, audit chain intact."))
        else:
            failed = ", ".join(name for name, ok, _ in report.checks if not ok)
            self.result.setText(self.tr("Verification FAILED (%1). Restore from a backup.").replace("%1", failed))
        self.refresh()

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result.setText(error_text(exc))
