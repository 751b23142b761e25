"""The packages written to one partner (issue 17), opened from the Partners page: number, when, by whom, how many
cases, and whether the partner has confirmed importing it or it was replaced by a later writing. For those who
hold the keys (casework staff in a vault, supervisors on a server), "Write again from this package…": a package
lost on the way blocks every later one at the partner, so the chain is written again from it
(services/package_admin.resend) into a file chosen with the one file chooser, in a worker. Afterwards the dialog
says plainly which files written before are replaced and must be thrown away. Refusals are shown as their
translated sentences (gui/base/messages.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...services import package_admin, packages
from ...services.package_admin import Resent
from ...vault.package_store import Partner, Sent
from ..base.dialogs import Buttons, Dialog
from ..base.files import choose_save_file, package_filter
from ..base.labels import when_text
from ..base.lines import compose
from ..base.messages import error_text, folder_warning_text
from ..base.tables import fill_table, make_table, selected_key
from ..base.widgets import plain_label, set_visible, strong_label
from ..base.workers import Latest
from ..session.context import Context


def may_send_again(ctx: Context) -> bool:
    """Whoever may write packages may write them again (casework staff in a vault, supervisors on a center
    server): the service's own rule."""
    return packages.holds_keys(ctx.session)


class SentPackagesDialog(Dialog):
    written = Signal()  # a package was written again: the Partners page shows the new "last sent"

    def __init__(self, ctx: Context, partner: Partner, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Packages sent"), accept=Buttons.Close, cancel=False,
                         working=self.tr("Making the package…"))
        self.setObjectName("sentPackagesDialog")
        self.ctx = ctx
        self.partner = partner
        self.sent: list[Sent] = []
        self.allowed = (1, 0)  # the numbers that may be written again (none until loaded)
        self.center = strong_label(compose(self.tr("Packages sent to %1"), partner.center), "sentCenter")
        intro = plain_label(self.tr(
            "The partner imports packages in order. If one was lost on the way, every later one waits for it: "
            "choose the first one the partner could not import and write it again. The files written before "
            "from that one on are replaced."))
        self.confirmed = plain_label("")
        self.confirmed.setObjectName("sentConfirmed")
        self.table = make_table([self.tr("No."), self.tr("Written"), self.tr("By"), self.tr("Cases"),
                                 self.tr("State")], self.tr("Packages sent"), "sentTable")
        self.table.setMinimumHeight(self.fontMetrics().height() * 10)
        self.resend_button = QPushButton(self.tr("&Write again from this package…"))
        self.resend_button.setObjectName("resendButton")
        self.resend_button.setEnabled(False)
        self.resend_button.clicked.connect(lambda: self.write_again())
        row = QHBoxLayout()
        row.addWidget(self.resend_button)
        row.addStretch(1)
        self.status = plain_label("")
        self.status.setObjectName("sentStatus")
        self.lay_out(self.center, intro, self.confirmed, (self.table, 1), row, self.status)
        casework = may_send_again(ctx) and not partner.removed
        set_visible(self.resend_button, casework)
        set_visible(intro, casework)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.loading = Latest(self)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 30)
        self.refresh()

    def refresh(self) -> None:
        session, pid = self.ctx.session, self.partner.partner_id

        def load() -> tuple[Partner, list[Sent]]:
            found = [p for p in packages.partners(session, removed=True) if p.partner_id == pid]
            return (found[0] if found else self.partner), package_admin.sent_packages(session, pid)

        self.loading.ask(load, self._show, lambda exc: self.say(error_text(exc)))

    def _state(self, s: Sent) -> str:
        if s.superseded_at is not None:
            return compose(self.tr("Replaced on %1: throw this file away"), when_text(s.superseded_at))
        if s.sequence <= self.partner.acked:
            return self.tr("Imported there")
        return self.tr("Not confirmed yet")

    def _show(self, found: tuple[Partner, list[Sent]]) -> None:
        self.partner, self.sent = found
        self.allowed = package_admin.resend_range(self.partner, self.sent)
        self.confirmed.setText(compose(self.tr("The partner has confirmed importing every package up to no. %1."),
                                       self.partner.acked) if self.partner.acked else
                               self.tr("The partner has not confirmed importing any package yet."))
        lines = [[str(s.sequence), when_text(s.sent_at), s.sent_by, str(len(s.case_uuids)), self._state(s)]
                 for s in self.sent]
        fill_table(self.table, lines, list(range(len(self.sent))))
        if self.sent:
            self.table.selectRow(0)  # the newest: the arrows go on from a row that shows as chosen
        if self.partner.out_sequence and not any(s.sequence == 1 for s in self.sent):
            earliest = min((s.sequence for s in self.sent), default=self.partner.out_sequence + 1)
            if earliest > 1:
                self.confirmed.setText(self.confirmed.text() + " " + compose(self.tr(
                    "Packages before no. %1 were written before this version kept a record: they are not listed."),
                    earliest))
        if not self.sent:
            self.status.setText(self.tr("No package has been written to this partner yet.")
                                if not self.partner.out_sequence else "")
        self._selection_changed()
        self.fields_arrived()

    def selected(self) -> Sent | None:
        key = selected_key(self.table)
        return self.sent[key] if isinstance(key, int) and 0 <= key < len(self.sent) else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        first, last = self.allowed
        self.resend_button.setEnabled(chosen is not None and first <= chosen.sequence <= last and not self.busy)

    def write_again(self, path: Path | None = None, sequence: int | None = None) -> None:
        """Ask where to save it (the one file chooser), then write package `sequence` again in a worker."""
        chosen = self.selected()
        n = sequence if sequence is not None else chosen.sequence if chosen is not None else None
        if n is None:
            return
        if path is None:
            choose_save_file(self, self.tr("Save the package"), packages.suggested_name(n), package_filter(),
                             lambda p: self.write_again(p, n), suffix="kdpkg")
            return
        session, pid = self.ctx.session, self.partner.partner_id
        self.status.setText("")
        self.resend_button.setEnabled(False)
        if not self.run(lambda: package_admin.resend(session, pid, n, path, force=True),
                        lambda value: self._written(value, path)):
            self._selection_changed()

    def _written(self, done: Resent, path: Path) -> None:
        self.say("")
        lines = [compose(self.tr("Package %1 was written again for %2 (%3 cases)."), done.exported.sequence,
                         self.partner.center, done.exported.cases),
                 compose(self.tr("Packages %1 written before are replaced: throw them away (the partner refuses "
                                 "them now)."), ", ".join(map(str, done.replaced)))]
        if warning := folder_warning_text(path):
            lines.append(warning)
        self.status.setText("\n".join(lines))
        self.written.emit()
        self.refresh()

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        self._selection_changed()
