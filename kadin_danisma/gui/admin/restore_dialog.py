"""Putting a backup back, from the app: always into a new folder (never over this vault or any other), after
checking the backup with her own password. Two steps, each in a worker, said as they happen: the check (every
checksum and page, the audit chain, the signed manifest) and the restore. A backup that fails its check is
not restored. The vault open now is not touched; the restored one is opened by starting the app on it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QProgressBar, QPushButton, QWidget

from ...services import backups
from ...services.session import Session
from ..base.dialogs import Dialog
from ..base.files import backup_filter, choose_folder, choose_open_file
from ..base.lines import isolate, ui_line
from ..base.widgets import password_field, plain_label, set_visible, strong_label


def new_folder_for(chosen: Path) -> Path:
    """The chosen folder if it is empty (or new), else a new folder inside it."""
    if not chosen.exists() or not any(chosen.iterdir()):
        return chosen
    name = f"kadin-danisma-restored-{date.today().isoformat()}"
    candidate, n = chosen / name, 2
    while candidate.exists():
        candidate, n = chosen / f"{name}-{n}", n + 1
    return candidate


class RestoreDialog(Dialog):
    def __init__(self, parent: QWidget, session: Session) -> None:
        super().__init__(parent, self.tr("Restore a backup into a new folder"), working=self.tr("Working…"))
        self.setObjectName("restoreDialog")
        self.session = session
        self.backup: Path | None = None
        self.target: Path | None = None
        self.restored: Path | None = None
        intro = plain_label(self.tr(
            "The backup is put back into a new folder; this vault and every other stay as they are. The backup is "
            "checked first with your password, and restored only if every check passes."))
        self.backup_label = plain_label(self.tr("Not chosen yet."))
        self.backup_label.setObjectName("restoreBackupFile")
        self.choose_backup = QPushButton(self.tr("C&hoose the backup…"))
        self.choose_backup.clicked.connect(lambda: self.pick_backup())
        self.folder_label = plain_label(self.tr("Not chosen yet."))
        self.folder_label.setObjectName("restoreFolder")
        self.choose_target = QPushButton(self.tr("Choose the &folder…"))
        self.choose_target.clicked.connect(lambda: self.pick_folder())
        self.password = password_field(self.tr("Your password"))
        self.password.setObjectName("restorePassword")
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_label, 1)
        backup_row.addWidget(self.choose_backup)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_target)
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), backup_row)
        form.addRow(self.tr("New folder:"), folder_row)
        form.addRow(self.tr("Your &password:"), self.password)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Restore in progress"))
        self.progress.setRange(0, 0)  # the steps are said in words; no invented percentages
        self.progress.setTextVisible(False)
        self.stage = plain_label("")
        self.stage.setObjectName("restoreStage")
        self.done_label = strong_label("", "restoreDone")
        self.lay_out(intro, form, self.progress, self.stage, self.done_label)
        set_visible(self.progress, False)
        set_visible(self.done_label, False)
        self.ok_button().setText(self.tr("&Check and restore"))
        self.ok_button().setObjectName("restoreButton")
        self.fields = {"backup": (self.choose_backup, self.tr("Backup file")),
                       "folder": (self.choose_target, self.tr("New folder")),
                       "password": (self.password, self.tr("Your password"))}
        self.resize(620, 360)

    # -- choosing -----------------------------------------------------------------------------------------
    def pick_backup(self, path: Path | None = None) -> None:
        if path is None:
            choose_open_file(self, self.tr("Choose the backup"), backup_filter(), self.pick_backup)
            return
        self.backup = path
        self.backup_label.setText(ui_line(isolate(str(path))))

    def pick_folder(self, folder: Path | None = None) -> None:
        if folder is None:
            choose_folder(self, self.tr("Where the restored vault goes"), "", self.pick_folder)
            return
        self.target = new_folder_for(folder)
        text = str(self.target)
        if self.target != folder:
            text += "\n" + self.tr("(a new folder inside the one you chose, which is not empty)")
        self.folder_label.setText(ui_line(isolate(text)))

    # -- the two steps ------------------------------------------------------------------------------------
    def submit(self) -> None:
        problems = []
        if self.backup is None:
            problems.append(("backup", self.tr("choose the backup file.")))
        if self.target is None:
            problems.append(("folder", self.tr("choose where it goes.")))
        if not self.password.text():
            problems.append(("password", "is required"))
        if problems or self.backup is None or self.target is None:
            self.refuse(problems)
            return
        session, path, password = self.session, self.backup, self.password.text()
        self._step(self.tr("Step 1 of 2: checking the backup (every page, the audit chain, the signature)…"))
        self.run(lambda: backups.check_backup(session, path, password), self._checked)

    def _step(self, text: str) -> None:
        set_visible(self.progress, True)
        self.stage.setText(text)

    def _checked(self, ok: bool) -> None:
        self.password.clear()
        if not ok:
            set_visible(self.progress, False)
            self.stage.setText("")
            self.say(self.tr("The backup failed its check: it was not restored. Try another backup."))
            return
        assert self.backup is not None and self.target is not None
        session, path, target = self.session, self.backup, self.target
        self._step(self.tr("Step 2 of 2: restoring into the new folder…"))
        self.run(lambda: backups.restore_into(session, path, target), self._restored)

    def _restored(self, _manifest: object) -> None:
        set_visible(self.progress, False)
        self.restored = self.target
        self.stage.setText(self.tr("Checked and restored."))
        self.say("")
        self.done_label.setText(ui_line(self.tr(
            "The backup is in %1. To work in it, start Kadın Danışma with that folder (kadin-danisma --vault "
            "FOLDER); its first sign-in records the restore.").replace("%1", isolate(str(self.target)))))
        set_visible(self.done_label, True)
        set_visible(self.ok_button(), False)
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Close"))

    def failed(self, exc: BaseException) -> None:
        set_visible(self.progress, False)
        self.stage.setText("")
        self.password.clear()
        super().failed(exc)
