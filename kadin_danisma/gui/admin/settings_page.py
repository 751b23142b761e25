"""Settings for admins: the vault's own settings (center name, letterhead, case-number prefix, idle lock, the
center's province whose districts the intake offers, the smallest count a report shows; each change
audited), this computer's preferences (language, text size), backups into a chosen folder with their age,
verifying the vault and its audit chain, and a new recovery key with its printable sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.districts import PROVINCES
from ...services import backups, settings, support, users, vault_service
from ...services.backups import LastBackup
from ...services.session import Session
from ..base import preferences as app_prefs
from ..base.files import choose_folder
from ..base.forms import CodeCombo, VocabCheckList, clear_invalid, mark_invalid
from ..base.labels import Labels, days_ago, when_text
from ..base.messages import error_text, folder_warning_text
from ..base.scaling import set_height_in_lines
from ..base.styles import set_error
from ..base.widgets import banner, buddy, fill_with_scrolling, open_modal, plain_label, two_columns
from ..base.workers import run_in_worker
from .account_dialogs import RecoveryKeyDialog, VerifyBackupDialog
from .restore_dialog import RestoreDialog


class SettingsPage(QWidget):
    saved = Signal()
    backed_up = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.busy = False  # a backup or verification is running
        self.saving = False  # the settings are being written

        # -- the vault's settings --------------------------------------------------------------------
        self.center = QLineEdit()
        self.center.setAccessibleName(self.tr("Center name"))
        self.center.setMaxLength(settings.MAX_CENTER_NAME)
        self.letterhead = QPlainTextEdit()
        self.letterhead.setAccessibleName(self.tr("Letterhead lines"))
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setPlaceholderText(self.tr("Address, phone, e-mail: one per line"))
        set_height_in_lines(self.letterhead, settings.MAX_LETTERHEAD_LINES + 1, exactly=True)
        self.prefix = QLineEdit()
        self.prefix.setAccessibleName(self.tr("Case number prefix"))
        self.prefix.setMaxLength(settings.MAX_PREFIX)
        self.prefix_example = plain_label("")
        self.idle = QSpinBox()
        self.idle.setAccessibleName(self.tr("Idle lock minutes"))
        self.idle.setRange(settings.MIN_IDLE_MINUTES, settings.MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        provinces = sorted(PROVINCES.items(), key=lambda item: item[1][0])
        self.province = CodeCombo([(plate, f"{name} ({plate})") for plate, (name, _districts) in provinces],
                                  self.tr("Not chosen (every listed district is offered)"),
                                  name=self.tr("Province of the center"))
        self.province.setObjectName("settingsProvince")
        self.min_cell = QSpinBox()
        self.min_cell.setObjectName("settingsMinCell")
        self.min_cell.setAccessibleName(self.tr("Smallest count shown in reports"))
        self.min_cell.setRange(*settings.MIN_CELL_RANGE)
        self.min_cell_note = plain_label(self.tr(
            "A smaller count is shown as “<k” in every report, and other cells are hidden with it so it "
            "cannot be worked out. 3 is the usual rule; 1 hides nothing."))
        # The municipality's aid rules (issue 21): which kinds need the social inquiry report and the committee
        self.aid_committee = VocabCheckList(Labels.load(session), "aid_kind", 4,
                                            name=self.tr("Aid that needs a social inquiry report and a committee "
                                                         "decision before approval"))
        self.aid_committee.setObjectName("settingsAidCommittee")
        self.aid_committee.setTitle(self.tr("Aid that needs a social inquiry report and a committee decision"))
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.status = plain_label("")
        self.status.setObjectName("settingsStatus")
        vault_box = QGroupBox(self.tr("This center (for everyone, recorded in the audit log)"))
        form = QFormLayout(vault_box)
        form.addRow(buddy(self.tr("&Center name:"), self.center), self.center)
        form.addRow(buddy(self.tr("Lette&rhead:"), self.letterhead), self.letterhead)
        form.addRow(buddy(self.tr("Case number prefi&x:"), self.prefix), self.prefix)
        form.addRow("", self.prefix_example)
        form.addRow(buddy(self.tr("Lock after i&dle:"), self.idle), self.idle)
        form.addRow(buddy(self.tr("Pro&vince (its districts are offered at intake):"), self.province), self.province)
        form.addRow(buddy(self.tr("S&mallest count shown in reports:"), self.min_cell), self.min_cell)
        form.addRow("", self.min_cell_note)
        form.addRow(self.aid_committee)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow(save_row)
        form.addRow(self.status)
        self.fields: dict[str, QWidget] = {"center": self.center, "letterhead": self.letterhead,
                                           "prefix": self.prefix, "idle": self.idle, "province": self.province,
                                           "min_cell": self.min_cell, "aid_committee": self.aid_committee}

        # -- this computer ---------------------------------------------------------------------------
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem("Türkçe", "tr")
        self.language.addItem("English", "en")
        self.font_size = QComboBox()
        self.font_size.setAccessibleName(self.tr("Text size"))
        self.font_size.addItem(self.tr("Default"), 0)
        for size in app_prefs.FONT_SIZES:
            self.font_size.addItem(self.tr("%1 pt").replace("%1", str(size)), size)
        self.computer_status = plain_label("")
        self.computer_status.setObjectName("computerStatus")
        computer_box = QGroupBox(self.tr("This computer (applies at once; not stored in the vault)"))
        cform = QFormLayout(computer_box)
        cform.addRow(buddy(self.tr("Lan&guage:"), self.language), self.language)
        cform.addRow(buddy(self.tr("&Text size:"), self.font_size), self.font_size)
        cform.addRow(self.computer_status)

        # -- backups ---------------------------------------------------------------------------------
        self.backup_folder = QLineEdit()
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder.setPlaceholderText(self.tr("No folder chosen yet"))
        self.choose_folder_button = QPushButton(self.tr("C&hoose folder…"))
        self.choose_folder_button.setAccessibleDescription(self.tr("Choose the backup folder"))
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.verify_backup_button = QPushButton(self.tr("Verif&y the backup…"))
        self.verify_backup_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 0)  # the services report no steps: a busy indicator, never fake percentages
        self.progress.setTextVisible(False)
        self.stage = plain_label("")
        self.stage.setObjectName("backupStage")
        self.last_backup = plain_label("")
        self.last_backup.setObjectName("lastBackup")
        self.stale_warning = banner("staleWarning", "danger")
        self.last_backup_path: Path | None = None
        backup_box = QGroupBox(self.tr("Backups"))
        bform = QFormLayout(backup_box)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.choose_folder_button)
        bform.addRow(buddy(self.tr("Backup &folder:"), self.backup_folder), folder_row)
        bform.addRow(self.tr("Last backup:"), self.last_backup)
        bform.addRow(self.stale_warning)
        brow = QHBoxLayout()
        brow.addWidget(self.backup_button)
        brow.addWidget(self.verify_backup_button)
        brow.addStretch(1)
        bform.addRow(brow)
        self.restore_button = QPushButton(self.tr("Restore a backup into a new folder…"))
        self.restore_button.setObjectName("restoreBackupButton")
        rrow_backup = QHBoxLayout()
        rrow_backup.addWidget(self.restore_button)
        rrow_backup.addStretch(1)
        bform.addRow(rrow_backup)
        bform.addRow(self.progress)
        bform.addRow(self.stage)

        # -- verification and the recovery key -------------------------------------------------------
        self.verify_vault_button = QPushButton(self.tr("Check the &audit chain and every page"))
        self.verify_result = plain_label("")
        self.verify_result.setObjectName("verifyResult")
        self.recovery_button = QPushButton(self.tr("&New recovery key…"))
        self._key_button_had_focus = False
        check_box = QGroupBox(self.tr("Integrity and recovery"))
        check_layout = QVBoxLayout(check_box)
        vrow = QHBoxLayout()
        vrow.addWidget(self.verify_vault_button)
        vrow.addStretch(1)
        check_layout.addLayout(vrow)
        check_layout.addWidget(self.verify_result)
        check_layout.addWidget(plain_label(self.tr(
            "A new recovery key makes the old one useless. Do this if the printed key was lost or seen by "
            "someone who should not have it.")))
        rrow = QHBoxLayout()
        rrow.addWidget(self.recovery_button)
        rrow.addStretch(1)
        check_layout.addLayout(rrow)

        fill_with_scrolling(self, two_columns([vault_box, computer_box], [backup_box, check_box]), stretch=True)
        # Only after they have a parent: setVisible(True) on a parentless widget opens a window.
        self.progress.hide()
        self.stale_warning.hide()

        self.save_button.clicked.connect(self.save)
        self.prefix.textChanged.connect(self._show_prefix_example)
        self.language.activated.connect(lambda _i: self.set_language(str(self.language.currentData())))
        self.font_size.activated.connect(lambda _i: self.set_font_size(int(self.font_size.currentData())))
        self.choose_folder_button.clicked.connect(lambda: self.choose_backup_folder())
        self.backup_button.clicked.connect(self.back_up)
        self.verify_backup_button.clicked.connect(lambda: self.verify_backup())
        self.verify_vault_button.clicked.connect(self.verify_vault)
        self.restore_button.clicked.connect(lambda: self.restore())
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.load()

    # -- the vault's settings ------------------------------------------------------------------------
    def load(self) -> None:
        self.center.setText(settings.center_name(self.session))
        self.letterhead.setPlainText("\n".join(settings.letterhead_lines(self.session)))
        self.prefix.setText(settings.case_number_prefix(self.session))
        self.idle.setValue(settings.idle_lock_minutes(self.session))
        self.province.set_value(settings.province(self.session) or None)
        self.min_cell.setValue(settings.stats_min_cell(self.session))
        self.aid_committee.set_values(sorted(support.committee_kinds(self.session.connection())))
        self.backup_folder.setText(settings.backup_folder(self.session))
        language = app_prefs.current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        size = int(app_prefs.stored_font_size())
        self.font_size.setCurrentIndex(max(0, self.font_size.findData(size)))
        self._update_backup_buttons()
        self.show_last_backup()

    def _show_prefix_example(self, text: str) -> None:
        prefix = text.strip().upper() or "…"
        year = datetime.now().year
        self.prefix_example.setText(self.tr("New cases will be numbered like %1; existing numbers stay.").replace(
            "%1", f"{prefix}-{year}-000001"))

    def save(self) -> None:
        """Each setting is saved on its own (in a worker: four commits, each flushed to disk); the ones
        refused are listed here and marked, the rest saved."""
        if self.saving:
            return
        session = self.session
        center, letterhead = self.center.text(), self.letterhead.toPlainText()
        prefix, idle = self.prefix.text(), self.idle.value()
        province, min_cell = self.province.value() or "", self.min_cell.value()
        aid_committee = self.aid_committee.values()
        steps: list[tuple[str, Callable[[], None]]] = [
            ("center", lambda: settings.set_center_name(session, center)),
            ("letterhead", lambda: settings.set_letterhead(session, letterhead)),
            ("prefix", lambda: settings.set_case_number_prefix(session, prefix)),
            ("idle", lambda: settings.set_idle_lock_minutes(session, idle)),
            ("province", lambda: settings.set_province(session, province)),
            ("min_cell", lambda: settings.set_stats_min_cell(session, min_cell)),
            ("aid_committee", lambda: support.set_committee_kinds(session, aid_committee)),
        ]

        def work() -> tuple[list[tuple[str, BaseException]], list[str], str]:
            refused: list[tuple[str, BaseException]] = []
            for key, step in steps:
                try:
                    step()
                except Exception as exc:
                    refused.append((key, exc))
            return refused, settings.letterhead_lines(session), settings.case_number_prefix(session)

        self.saving = True
        self.save_button.setEnabled(False)
        set_error(self.status, False)
        self.status.setText(self.tr("Saving…"))
        run_in_worker(self, work, self._saved, self._save_failed)

    def _saved(self, result: tuple[list[tuple[str, BaseException]], list[str], str]) -> None:
        refused, letterhead, prefix = result
        self._save_done()
        names = {"center": self.tr("Center name"), "letterhead": self.tr("Letterhead"),
                 "prefix": self.tr("Case number prefix"), "idle": self.tr("Lock after idle"),
                 "province": self.tr("Province"), "min_cell": self.tr("Smallest count shown in reports"),
                 "aid_committee": self.tr("Aid that needs a committee decision")}
        problems = [(key, f"{names[key]}: {error_text(exc)}") for key, exc in refused]
        bad = dict(problems)
        for key, widget in self.fields.items():
            if key in bad:
                mark_invalid(widget, bad[key])
            else:
                clear_invalid(widget)
        if problems:
            set_error(self.status, True)
            self.status.setText("\n".join(text for _, text in problems))
            self.fields[problems[0][0]].setFocus()
        else:
            self.status.setText(self.tr("Settings saved."))
            self.letterhead.setPlainText("\n".join(letterhead))
            self.prefix.setText(prefix)
        self.saved.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._save_done()
        set_error(self.status, True)
        self.status.setText(error_text(exc))

    def _save_done(self) -> None:
        self.saving = False
        self.save_button.setEnabled(True)

    # -- this computer -------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        app_prefs.switch_language(code)
        self.computer_status.setText(self.tr(
            "Language saved for this computer. Lock and sign in again to see every screen in it."))

    def set_font_size(self, points: int) -> None:
        if points:
            app_prefs.set_preference("ui/font_size", points)
        else:
            app_prefs.forget_preference("ui/font_size")
        app_prefs.apply_font_size(points or None)
        self.computer_status.setText(self.tr("Text size saved for this computer."))

    # -- backups -------------------------------------------------------------------------------------
    def choose_backup_folder(self, folder: Path | None = None) -> None:
        """Ask for the folder (None: with a folder dialog) and remember it in the vault's settings."""
        if folder is None:
            choose_folder(self, self.tr("Backup folder"), self.backup_folder.text(), self.choose_backup_folder)
            return
        try:
            settings.set_backup_folder(self.session, str(folder))
        except Exception as exc:
            self.stage.setText(error_text(exc))
            return
        self.backup_folder.setText(settings.backup_folder(self.session))
        self.stage.setText(self.tr("Backups will be written to this folder."))
        self._update_backup_buttons()

    def _update_backup_buttons(self) -> None:
        has_folder = bool(self.backup_folder.text())
        self.backup_button.setEnabled(has_folder and not self.busy)
        self.choose_folder_button.setEnabled(not self.busy)
        self.verify_backup_button.setEnabled(self.last_backup_path is not None and not self.busy)
        self.verify_vault_button.setEnabled(not self.busy)

    def _start(self, stage: str) -> None:
        self.busy = True
        set_error(self.stage, False)
        self.stage.setText(stage)
        self.progress.show()
        self._update_backup_buttons()

    def _stop(self, text: str, error: bool = False) -> None:
        self.busy = False
        self.progress.hide()
        set_error(self.stage, error)
        self.stage.setText(text)
        self._update_backup_buttons()

    def back_up(self) -> None:
        folder = Path(self.backup_folder.text())
        self._start(self.tr("Copying and checking the encrypted vault…"))
        session = self.session
        run_in_worker(self, lambda: backups.backup_into_folder(session, folder), self._backed_up,
                      self._backup_failed)

    def _backed_up(self, result: tuple[Path, dict[str, Any]]) -> None:
        path, _manifest = result
        self.last_backup_path = path
        warning = folder_warning_text(path)
        self._stop(self.tr("Backup written and checked: %1. Keep it away from this computer.").replace(
            "%1", path.name) + (" " + warning if warning else ""))
        self.show_last_backup()
        self.backed_up.emit()

    def _backup_failed(self, exc: BaseException) -> None:
        self._stop(self.tr("Backup failed: %1").replace("%1", error_text(exc)), error=True)

    def show_last_backup(self) -> None:
        try:
            last = backups.last_backup(self.session)
        except Exception as exc:
            self.last_backup.setText(error_text(exc))
            return
        self._show_last(last)

    def _show_last(self, last: LastBackup | None) -> None:
        if last is None:
            self.last_backup.setText(self.tr("Never"))
            self.stale_warning.setText(self.tr(
                "This vault has never been backed up. Make a backup now and keep it away from this computer."))
            self.stale_warning.show()
            return
        self.last_backup.setText(f"{when_text(last.at.isoformat())} ({days_ago(int(last.age_days()))})")
        if last.is_stale():
            self.stale_warning.setText(self.tr(
                "The last backup is older than %1 days. Back up now: a lost or broken computer would take "
                "everything since then with it.").replace("%1", str(backups.STALE_AFTER_DAYS)))
            self.stale_warning.show()
        else:
            self.stale_warning.hide()

    def restore(self) -> RestoreDialog:
        """Put a backup back into a new folder (checked first with her password)."""
        dialog = RestoreDialog(self, self.session)
        self.restore_dialog = dialog
        open_modal(dialog)
        return dialog

    def verify_backup(self) -> None:
        """Check the backup just made by opening it with the admin's password (asked in a dialog)."""
        if self.last_backup_path is None or self.session.user is None:
            return
        dialog = VerifyBackupDialog(self, self.last_backup_path, self.session.user.username)
        dialog.accepted.connect(lambda: self._backup_verified(dialog.result_value))
        open_modal(dialog)

    def _backup_verified(self, report: vault_service.VerifyReport) -> None:
        if report.ok:
            self._stop(self.tr("The backup opens with your password and passed every check."))
        else:
            failed = ", ".join(name for name, ok, _ in report.checks if not ok)
            self._stop(self.tr("The backup FAILED its checks (%1). Make a new one.").replace("%1", failed), True)

    # -- integrity and recovery ----------------------------------------------------------------------
    def verify_vault(self) -> None:
        self.busy = True
        self._update_backup_buttons()
        set_error(self.verify_result, False)
        self.verify_result.setText(self.tr("Checking every page and the audit chain…"))
        session = self.session
        run_in_worker(self, lambda: vault_service.verify_session(session), self._verified, self._verify_failed)

    def _verified(self, report: vault_service.VerifyReport) -> None:
        self.busy = False
        self._update_backup_buttons()
        audit_detail = next((detail for name, _ok, detail in report.checks if name == "audit_chain"), "")
        if report.ok:
            self.verify_result.setText(self.tr(
                "Vault verified: every page authenticated, audit chain intact (%1).").replace("%1", audit_detail))
        else:
            failed = ", ".join(name for name, ok, _ in report.checks if not ok)
            set_error(self.verify_result, True)
            self.verify_result.setText(self.tr("Verification FAILED (%1). Restore from a backup.").replace(
                "%1", failed))

    def _verify_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_backup_buttons()
        set_error(self.verify_result, True)
        self.verify_result.setText(error_text(exc))

    def new_recovery_key(self) -> None:
        # Disabling the button while the key is made moves the focus on; it comes back to the button before
        # the key's dialog opens, so that closing the dialog returns her to the button she pressed.
        self._key_button_had_focus = self.recovery_button.hasFocus()
        self.recovery_button.setEnabled(False)
        self.verify_result.setText(self.tr("Making a new recovery key…"))
        session = self.session
        run_in_worker(self, lambda: users.regenerate_recovery_key(session), self._show_key, self._failed)

    def _show_key(self, key: str) -> None:
        self.recovery_button.setEnabled(True)
        if self._key_button_had_focus:
            self.recovery_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.verify_result.setText(self.tr("A new recovery key was made; the old one no longer works."))
        open_modal(RecoveryKeyDialog(self, key, self.session, app_prefs.current_language()))

    def _failed(self, exc: BaseException) -> None:
        self.recovery_button.setEnabled(True)
        if self._key_button_had_focus:
            self.recovery_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.verify_result.setText(error_text(exc))
