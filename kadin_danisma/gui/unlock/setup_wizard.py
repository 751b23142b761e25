"""First run: center name, the first admin and her password, the recovery key shown once and confirmed.

The vault is created in a worker (calibrating the key derivation takes a second or two). The recovery
key is shown once; the admin types back one randomly chosen group to prove she wrote it down.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...domain import passwords, recovery_code
from ...services import vault_service
from ...services.session import Session
from ..base.messages import error_text
from ..base.widgets import PasswordPair, plain_label, set_mono_font
from ..base.workers import run_in_worker


class CenterPage(QWizardPage):
    def __init__(self, vault_folder: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Kadın Danışma"))
        self.setSubTitle(self.tr("This creates the encrypted vault for your center. Everything you record "
                                 "stays in it, encrypted, on this computer."))
        self.center = QLineEdit()
        self.center.setAccessibleName(self.tr("Center name"))
        self.center.setMaxLength(200)
        folder = plain_label(str(vault_folder))
        folder.setAccessibleDescription(self.tr("Vault folder"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Center name:"), self.center)
        form.addRow(self.tr("Vault folder:"), folder)
        self.center.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.center.text().strip())


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account manages users, settings and backups, and reviews cases as a "
                                 "supervisor. Choose a password only you know."))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Full name"))
        self.username_hint = plain_label("")
        self.username_hint.setObjectName("usernameHint")
        self.pair = PasswordPair(self)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow("", self.username_hint)
        form.addRow(self.tr("&Full name:"), self.display_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        # The pair's fields exist before the form's, so the default tab order would start at the password.
        QWidget.setTabOrder(self.username, self.display_name)
        QWidget.setTabOrder(self.display_name, self.pair.first)
        QWidget.setTabOrder(self.pair.first, self.pair.second)
        self.username.textChanged.connect(self._username_changed)
        self.pair.changed.connect(self.completeChanged)
        self._username_changed()

    def _username_changed(self) -> None:
        name = self.username.text().strip().lower()
        self.pair.set_username(name)
        ok = not name or passwords.username_problem(name) is None
        self.username_hint.setText("" if ok else self.tr(
            "2–32 characters: lower-case letters a–z, digits, '.', '_' or '-'."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        name = self.username.text().strip().lower()
        return bool(name) and passwords.username_problem(name) is None and self.pair.is_acceptable()


class CreatePage(QWizardPage):
    created = Signal()

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setCommitPage(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.status = plain_label(self.tr("Creating the encrypted vault…"))
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key_label.setAccessibleDescription(self.tr("Recovery key"))
        set_mono_font(self.key_label, 1.4, bold=True)
        self.explain = plain_label(self.tr(
            "This key opens the vault if every password is forgotten. It is shown only now. Write it down "
            "or print it, and keep it locked away from this computer. Anyone with this key and the vault "
            "folder can read everything."))
        self.written = QCheckBox(self.tr("I have &written down the recovery key and will keep it safe"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.key_label)
        layout.addWidget(self.explain)
        layout.addWidget(self.written)
        layout.addStretch(1)
        self.key_label.hide()
        self.explain.hide()
        self.written.hide()
        self.written.toggled.connect(self.completeChanged)
        self.done = False

    def initializePage(self) -> None:
        if self.done:
            return
        w = self._wizard
        folder, center = w.vault_folder, w.center_page.center.text().strip()
        admin = w.admin_page
        username = admin.username.text().strip().lower()
        display, password = admin.display_name.text().strip(), admin.pair.password()
        self.progress.show()
        self.status.setText(self.tr("Creating the encrypted vault… (measuring this computer's speed to set "
                                    "the key derivation; a few seconds)"))
        run_in_worker(self, lambda: vault_service.create_vault(folder, center, username, display, password),
                      self._created, self._failed)

    def _created(self, created: vault_service.CreatedVault) -> None:
        self.done = True
        self._wizard.session = created.session
        self._wizard.recovery_key = created.recovery_key
        self._wizard.admin_page.pair.clear()
        self.progress.hide()
        self.status.setText(self.tr("The vault is ready."))
        self.key_label.setText(created.recovery_key)
        for w in (self.key_label, self.explain, self.written):
            w.show()
        self.written.setFocus()
        self.completeChanged.emit()
        self.created.emit()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.status.setText(self.tr("The vault could not be created: %1").replace("%1", error_text(exc)))

    def isComplete(self) -> bool:
        return self.done and self.written.isChecked()


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the recovery key"))
        self.group_index = 1
        self.prompt = plain_label("")
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Recovery key group"))
        self.answer.setMaxLength(6)
        self.answer.setInputMask("")
        self.feedback = plain_label("")
        self.feedback.setObjectName("confirmFeedback")
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.answer)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        self.answer.textChanged.connect(self._changed)

    def initializePage(self) -> None:
        self.group_index = secrets.randbelow(recovery_code.GROUPS) + 1
        self.prompt.setText(self.tr(
            "To show it was written down, type group %1 of the recovery key (six digits) from your copy."
        ).replace("%1", str(self.group_index)))
        self.answer.clear()
        self.answer.setFocus()

    def expected(self) -> str:
        return recovery_code.split_groups(self._wizard.recovery_key)[self.group_index - 1]

    def _changed(self) -> None:
        text = self.answer.text().strip()
        if len(text) == 6:
            self.feedback.setText(self.tr("Correct.") if text == self.expected()
                                  else self.tr("That is not group %1. Look at your copy again.").replace(
                                      "%1", str(self.group_index)))
        else:
            self.feedback.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self._wizard.recovery_key) and self.answer.text().strip() == self.expected()

    def cleanupPage(self) -> None:
        self.answer.clear()


class FirstRunWizard(QWizard):
    finished_setup = Signal(object)  # Session
    cancelled = Signal()

    def __init__(self, vault_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.vault_folder = vault_folder
        self.session: Session | None = None
        self.recovery_key = ""
        self.center_page = CenterPage(vault_folder)
        self.admin_page = AdminPage()
        self.create_page = CreatePage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.center_page, self.admin_page, self.create_page, self.confirm_page):
            self.addPage(page)
        self.create_page.created.connect(lambda: self.button(QWizard.WizardButton.CancelButton).hide())
        self.accepted.connect(self._finish)

    def reject(self) -> None:
        # Before the vault exists, Cancel leaves the app; afterwards Escape must not skip the key check.
        if self.session is None:
            super().reject()
            self.cancelled.emit()

    def _finish(self) -> None:
        self.recovery_key = ""  # shown once: do not keep it around
        if self.session is not None:
            self.finished_setup.emit(self.session)
