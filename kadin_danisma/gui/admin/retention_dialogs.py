"""The two steps of a destruction on the KVKK page (issue 19): proposing the queue as it is, and approving a
proposal (a supervisor who did not propose it). Approving shows what will be destroyed now, says plainly that
it cannot be undone and that older backups still hold the data, and reports each stage while it runs (the
statistics fixed first, the destruction, the rewriting of the vault file)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...services import destruction
from ..base.dialogs import Buttons, Dialog
from ..base.kvkk_labels import method_label, origin_label, skipped_label, stage_label
from ..base.widgets import plain_label, strong_label
from ..session.context import Context


class ProposeDialog(Dialog):
    def __init__(self, ctx: Context, parent: QWidget, queue: destruction.Queue) -> None:
        super().__init__(parent, self.tr("Propose a destruction"))
        self.setObjectName("proposeDialog")
        self.ctx = ctx
        what = self.tr("Due now: %1 women (%2 cases) to %3; %4 women's safe-contact details and %5 closed "
                       "shelters' contact details to clear. Women with a case on legal hold (%6) are left out.")
        for key, value in (("%1", queue.total_clients - queue.held), ("%2", queue.cases),
                           ("%3", method_label(queue.policy.method)), ("%4", queue.total_safe_contacts),
                           ("%5", queue.total_shelters), ("%6", queue.held)):
            what = what.replace(key, str(value))
        self.lay_out(plain_label(what), plain_label(self.tr(
            "A supervisor who is not you approves the proposal; only then is anything destroyed. If nothing is "
            "due, the approval still records that this period's review was made.")))
        self.ok_button().setText(self.tr("&Propose"))
        self.setMinimumWidth(480)

    def submit(self) -> None:
        session = self.ctx.session
        self.run(lambda: destruction.propose(session))


class _Stages(QObject):
    """Stages reported from the worker, delivered on the GUI thread (a queued signal)."""

    stage = Signal(str)


class ApproveDialog(Dialog):
    def __init__(self, ctx: Context, parent: QWidget, look: destruction.Preview, proposer: str) -> None:
        super().__init__(parent, self.tr("Approve and destroy"), working=self.tr("Working…"))
        self.setObjectName("approveDialog")
        self.ctx = ctx
        self.cycle_id = look.cycle.id
        method = "delete" if look.cycle.origin == "request" else str(look.cycle.policy.get("method", "anonymize"))
        what = self.tr("Destruction %1 (%2), proposed by %3: %4 women (%5 cases) will be %6; %7 safe-contact "
                       "details and %8 closed shelters' contact details cleared.")
        for key, value in (("%1", look.cycle.id), ("%2", origin_label(look.cycle.origin)), ("%3", proposer),
                           ("%4", look.women), ("%5", look.cases),
                           ("%6", self.tr("anonymized") if method == "anonymize" else self.tr("deleted")),
                           ("%7", look.safe_contacts), ("%8", look.shelters)):
            what = what.replace(key, str(value))
        parts = [plain_label(what)]
        if look.skipped:
            parts.append(plain_label(self.tr("Left out now: %1.").replace("%1", ", ".join(
                f"{skipped_label(k)} {v}" for k, v in sorted(look.skipped.items())))))
        parts.append(strong_label(self.tr(
            "This cannot be undone. Backups made before now still hold what is destroyed: they are marked on the "
            "Vault tab."), "approveWarning"))
        self.stage = plain_label("")
        self.stage.setObjectName("approveStage")
        parts.append(self.stage)
        self.lay_out(*parts)
        self.ok_button().setText(self.tr("&Destroy now"))
        self.stages = _Stages(self)
        self.stages.stage.connect(lambda code: self.stage.setText(stage_label(code)))
        self.setMinimumWidth(520)

    def submit(self) -> None:
        session, cycle_id, signal = self.ctx.session, self.cycle_id, self.stages.stage
        self.run(lambda: destruction.approve(session, cycle_id, progress=signal.emit))


class DoneDialog(Dialog):
    """What the destruction did, in numbers."""

    def __init__(self, parent: QWidget, outcome: destruction.Outcome) -> None:
        super().__init__(parent, self.tr("Destruction done"), accept=Buttons.Close, cancel=False)
        self.setObjectName("destructionDoneDialog")
        rec = outcome.record
        lines = [self.tr("%1 women and %2 cases destroyed (%3); %4 safe-contact details and %5 shelters' contact "
                         "details cleared.").replace("%1", str(rec["women"])).replace("%2", str(rec["cases"]))
                 .replace("%3", method_label(str(rec["method"]))).replace("%4", str(rec["safe_contacts"]))
                 .replace("%5", str(rec["shelter_contacts"]))]
        if outcome.compaction is not None:
            c = outcome.compaction
            lines.append(self.tr("The vault file was rewritten: %1 MiB before, %2 MiB after.").replace(
                "%1", f"{c.size_before / 1048576:.1f}").replace("%2", f"{c.size_after / 1048576:.1f}"))
        lines.append(self.tr("The destruction record is kept in the vault; save it as a PDF from the list of "
                             "records."))
        self.lay_out(*(plain_label(line) for line in lines))
