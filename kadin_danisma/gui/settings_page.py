"""Vault settings for admins (center name, idle-lock minutes; audited) and the recovery key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import settings, users
from ..services.session import Session
from .dialogs import RecoveryKeyDialog
from .messages import error_text
from .widgets import open_modal, plain_label
from .workers import run_in_worker


class SettingsPage(QWidget):
    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.center = QLineEdit()
        self.center.setAccessibleName(self.tr("Center name"))
        self.center.setMaxLength(settings.MAX_CENTER_NAME)
        self.idle = QSpinBox()
        self.idle.setAccessibleName(self.tr("Idle lock minutes"))
        self.idle.setRange(settings.MIN_IDLE_MINUTES, settings.MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.recovery_button = QPushButton(self.tr("&New recovery key…"))
        self.status = plain_label("")
        self.status.setObjectName("settingsStatus")
        form = QFormLayout()
        form.addRow(self.tr("&Center name:"), self.center)
        form.addRow(self.tr("&Lock after idle:"), self.idle)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        recovery_text = plain_label(self.tr(
            "A new recovery key makes the old one useless. Do this if the printed key was lost or seen by "
            "someone who should not have it."))
        rbuttons = QHBoxLayout()
        rbuttons.addWidget(self.recovery_button)
        rbuttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(recovery_text)
        layout.addLayout(rbuttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.load()

    def load(self) -> None:
        self.center.setText(settings.center_name(self.session))
        self.idle.setValue(settings.idle_lock_minutes(self.session))

    def save(self) -> None:
        try:
            settings.set_center_name(self.session, self.center.text())
            settings.set_idle_lock_minutes(self.session, self.idle.value())
        except Exception as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Settings saved."))
        self.saved.emit()

    def new_recovery_key(self) -> None:
        self.recovery_button.setEnabled(False)
        self.status.setText(self.tr("Making a new recovery key…"))
        session = self.session
        run_in_worker(self, lambda: users.regenerate_recovery_key(session), self._show_key, self._failed)

    def _show_key(self, key: str) -> None:
        self.recovery_button.setEnabled(True)
        self.status.setText(self.tr("A new recovery key was made; the old one no longer works."))
        open_modal(RecoveryKeyDialog(self, key))

    def _failed(self, exc: BaseException) -> None:
        self.recovery_button.setEnabled(True)
        self.status.setText(error_text(exc))
