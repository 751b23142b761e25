"""First run: center name, the first admin and her password, the vault created, the recovery key shown once
(printed or saved as a sheet) and confirmed.

The vault is created when she presses "Create the vault" (the wizard's commit), with the password on the
screen then: going back and retyping it before that changes what is used. The creation runs in a worker
(calibrating the key derivation takes a second or two) with every way back or out disabled. The recovery key
is shown once; the admin types back one randomly chosen group to prove she wrote it down.
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
from ...services import exports, vault_service
from ...services.exports import Purpose
from ...services.session import Session
from ..base.documents import DocumentActions
from ..base.messages import error_text
from ..base.preferences import current_language
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
    """What will be created, and the button that creates it ("Create the vault", the commit): the vault is made
    with the password on the screen at that moment. Until then she may go back and change anything; while
    it is being made nothing can be changed, and afterwards there is no way back (the key comes next)."""

    created = Signal()

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Create the vault"))
        self.setCommitPage(True)
        self.summary = plain_label("")
        self.summary.setObjectName("createSummary")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Creating the vault"))
        self.status = plain_label("")
        self.status.setObjectName("createStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.progress.hide()
        self.done = False
        self.creating = False

    def initializePage(self) -> None:
        w = self._wizard
        self.summary.setText("\n".join([
            self.tr("Center: %1").replace("%1", w.center_page.center.text().strip()),
            self.tr("First administrator: %1").replace("%1", w.admin_page.username.text().strip().lower()),
            self.tr("Vault folder: %1").replace("%1", str(w.vault_folder)),
            "",
            self.tr("Press “Create the vault” to create it with the password you typed. Go back first if you want "
                    "to change anything: after this step it cannot be undone here."),
        ]))
        self.status.setText("")

    def validatePage(self) -> bool:
        """The commit: create the vault (in a worker) and move on when it is there."""
        if self.done:
            return True
        if not self.creating:
            self._create()
        return False

    def _create(self) -> None:
        w = self._wizard
        folder, center = w.vault_folder, w.center_page.center.text().strip()
        admin = w.admin_page
        username = admin.username.text().strip().lower()
        display, password = admin.display_name.text().strip(), admin.pair.password()
        self.creating = True
        w.lock_buttons(True)
        self.progress.show()
        self.status.setText(self.tr("Creating the encrypted vault… (measuring this computer's speed to set "
                                    "the key derivation; a few seconds)"))
        run_in_worker(self, lambda: vault_service.create_vault(folder, center, username, display, password),
                      self._created, self._failed)

    def _created(self, created: vault_service.CreatedVault) -> None:
        self.creating = False
        self.done = True
        w = self._wizard
        w.session = created.session
        w.recovery_key = created.recovery_key
        w.admin_page.pair.clear()
        self.progress.hide()
        self.status.setText(self.tr("The vault is ready."))
        w.lock_buttons(False)
        self.created.emit()
        w.next()

    def _failed(self, exc: BaseException) -> None:
        self.creating = False
        self.progress.hide()
        self._wizard.lock_buttons(False)
        self.status.setText(self.tr("The vault could not be created: %1").replace("%1", error_text(exc)))


class KeyPage(QWizardPage):
    """The recovery key, shown once: written down, printed or saved as the sheet, before she goes on."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
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
        self.sheet = DocumentActions(self.tr("the recovery sheet"), self.tr("recovery-key.pdf"), self._sheet,
                                     save_text=self.tr("&Save the sheet as PDF…"),
                                     print_text=self.tr("&Print the sheet…"), name="wizardSheet")
        self.written = QCheckBox(self.tr("I have &written down the recovery key and will keep it safe"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addWidget(self.explain)
        layout.addWidget(self.sheet)
        layout.addWidget(self.written)
        layout.addStretch(1)
        self.written.toggled.connect(self.completeChanged)

    def _sheet(self, purpose: Purpose) -> bytes:
        session, key = self._wizard.session, self._wizard.recovery_key
        assert session is not None
        lang = "tr" if current_language() == "tr" else "en"
        return exports.recovery_sheet_pdf(session, key, lang, purpose=purpose)

    def initializePage(self) -> None:
        self.key_label.setText(self._wizard.recovery_key)
        # The focus goes to "I have written down the key" once the wizard has shown the page
        # (FirstRunWizard._page_shown): the wizard gives it to the page's first button after this.

    def isComplete(self) -> bool:
        return bool(self._wizard.recovery_key) and self.written.isChecked()


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
        # Our own words on the buttons (Qt's Turkish catalogue says "İşle" for the commit button).
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.CommitButton, self.tr("&Create the vault")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Start working")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)
        self.center_page = CenterPage(vault_folder)
        self.admin_page = AdminPage()
        self.create_page = CreatePage(self)
        self.key_page = KeyPage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.center_page, self.admin_page, self.create_page, self.key_page, self.confirm_page):
            self.addPage(page)
        self.create_page.created.connect(lambda: self.setOption(QWizard.WizardOption.NoCancelButton, True))
        self.accepted.connect(self._finish)
        self.currentIdChanged.connect(self._page_shown)

    def _page_shown(self, _page_id: int) -> None:
        """Emitted after QWizard has given the focus to the page's first focusable child; the key page's
        focus belongs on "I have written down the key" (the save and print buttons come before it)."""
        if self.currentPage() is self.key_page:
            self.key_page.written.setFocus()

    def lock_buttons(self, locked: bool) -> None:
        """While the vault is being made: no way back, no second click, no cancel."""
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not locked)
        self.admin_page.setEnabled(not locked)

    def reject(self) -> None:
        # Before the vault exists, Cancel leaves the app; afterwards Escape must not skip the key check, and
        # while it is being made nothing is cancelled under the worker.
        if self.session is None and not self.create_page.creating:
            super().reject()
            self.cancelled.emit()

    def _finish(self) -> None:
        self.recovery_key = ""  # shown once: do not keep it around
        if self.session is not None:
            self.finished_setup.emit(self.session)
