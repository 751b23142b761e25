""""Send to…" (issue 17): the case as the next encrypted, signed package for a paired partner, saved where she
chooses (the one file chooser) under a name that says nothing about the case. The partners are loaded in a
worker, the package is made and written in a worker (services/packages.export_package); no partner paired
yet is said, with who can pair one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget

from ...services import packages
from ...vault.package_store import Partner
from ..base.dialogs import Dialog
from ..base.files import choose_save_file, package_filter
from ..base.lines import compose, isolate, ui_line
from ..base.messages import error_text
from ..base.widgets import plain_label
from ..base.workers import run_in_worker
from ..session.context import Context


class SendPackageDialog(Dialog):
    def __init__(self, ctx: Context, case_number: str, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Send to a partner"), working=self.tr("Making the package…"))
        self.setObjectName("sendPackageDialog")
        self.ctx = ctx
        self.case_number = case_number
        self.partners: list[Partner] = []
        self.target: Path | None = None
        intro = plain_label(self.tr(
            "The case goes as an encrypted package only the chosen partner's vault can open. Carry the file to "
            "them (a USB stick); its name and size say nothing about the case."))
        self.partner = QComboBox()
        self.partner.setObjectName("sendPartner")
        self.partner.setAccessibleName(self.tr("Partner"))
        self.file_label = plain_label(self.tr("Not chosen yet."))
        self.file_label.setObjectName("sendFile")
        self.choose_button = QPushButton(self.tr("C&hoose where to save…"))
        self.choose_button.clicked.connect(lambda: self.pick_file())
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("&Partner:"), self.partner)
        form.addRow(self.tr("File:"), row)
        self.lay_out(intro, form)
        self.ok_button().setText(self.tr("&Send"))
        self.ok_button().setObjectName("sendButton")
        self.ok_button().setEnabled(False)
        self.fields = {"partner": (self.partner, self.tr("Partner")), "file": (self.choose_button, self.tr("File"))}
        self.resize(640, 420)
        session = ctx.session
        run_in_worker(self, lambda: packages.partners(session), self._partners, lambda exc: self.say(error_text(exc)))

    def _partners(self, partners: list[Partner]) -> None:
        self.partners = partners
        for p in partners:
            self.partner.addItem(p.center, p.partner_id)
        if not partners:
            self.say(self.tr("No partner is paired with this vault yet. An administrator pairs partners under "
                             "Partners."))
            return
        self.ok_button().setEnabled(True)
        self.fields_arrived()

    def _chosen_partner(self) -> Partner | None:
        pid = self.partner.currentData()
        return next((p for p in self.partners if p.partner_id == pid), None)

    def pick_file(self, path: Path | None = None) -> None:
        if path is None:
            partner = self._chosen_partner()
            name = packages.suggested_name(partner.out_sequence + 1 if partner else 1)
            choose_save_file(self, self.tr("Save the package"), name, package_filter(), self.pick_file,
                             suffix="kdpkg")
            return
        self.target = path
        self.file_label.setText(ui_line(isolate(str(path))))

    def submit(self) -> None:
        partner = self._chosen_partner()
        problems = []
        if partner is None:
            problems.append(("partner", "is required"))
        if self.target is None:
            problems.append(("file", self.tr("choose where to save it.")))
        if problems or partner is None or self.target is None:
            self.refuse(problems)
            return
        session, number, target, pid = self.ctx.session, self.case_number, self.target, partner.partner_id
        self.run(lambda: packages.export_package(session, pid, [number], target, force=True))

    def done_text(self) -> str:
        value = self.result_value
        if not isinstance(value, packages.Exported):
            return ""
        return compose(self.tr("Package %1 for %2 saved."), value.sequence, value.partner.center)
