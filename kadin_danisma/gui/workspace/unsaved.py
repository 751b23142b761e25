"""Before unsaved work is thrown away, she is asked, and told what would go: closing an intake tab with
typing in it (keep it as a draft, discard it, or go back to it), and "Discard" on the banner of work kept
from an earlier session (each piece named). Nothing here deletes anything; the workspace does what she chose.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..base.dialogs import Buttons, Dialog
from ..base.lines import ui_line
from ..base.widgets import plain_label, strong_label

KEEP, DISCARD = "keep", "discard"


class UnsavedIntakeDialog(Dialog):
    """Closing an intake with unsaved typing. `result_value` is KEEP or DISCARD once accepted; Cancel (or
    Escape) leaves the tab open."""

    def __init__(self, parent: QWidget, what: str, saved_case: bool) -> None:
        super().__init__(parent, self.tr("Close the intake?"), accept=Buttons.Save)
        self.setObjectName("unsavedIntakeDialog")
        named = strong_label(ui_line(what), "unsavedWhat")
        explain = plain_label(
            self.tr("The case saved as a draft stays; what you typed since the last save is not in it yet.")
            if saved_case else self.tr("Nothing of it has been saved to a case yet."))
        options = plain_label(self.tr(
            "Keep it as a draft: it is kept encrypted in the vault, and you can continue it from the banner at "
            "the top (or after your next sign-in). Discard it: it is gone for good."))
        self.lay_out(named, explain, options)
        self.keep_button = self.ok_button()
        self.keep_button.setText(self.tr("&Keep as a draft"))
        self.keep_button.setObjectName("keepDraftButton")
        self.discard_button = self.buttons.addButton(self.tr("&Discard it"),
                                                     QDialogButtonBox.ButtonRole.DestructiveRole)
        self.discard_button.setObjectName("discardDraftButton")
        self.discard_button.clicked.connect(self.discard)
        self.buttons.button(Buttons.Cancel).setText(self.tr("&Go back to it"))
        self.keep_button.setDefault(True)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def submit(self) -> None:
        self.result_value = KEEP
        self.accept()

    def discard(self) -> None:
        self.result_value = DISCARD
        self.accept()


class DiscardDraftsDialog(Dialog):
    """The banner's "Discard": every piece of kept work named, then discarded only if she confirms."""

    def __init__(self, parent: QWidget, pieces: list[str]) -> None:
        super().__init__(parent, self.tr("Discard unsaved work?"), accept=Buttons.Ok)
        self.setObjectName("discardDraftsDialog")
        listing = plain_label("\n".join(ui_line("• " + piece) for piece in pieces))
        listing.setObjectName("discardList")
        self.lay_out(plain_label(self.tr("This is thrown away for good:")), listing,
                     plain_label(self.tr("To keep it, choose Cancel and then Restore.")))
        self.ok_button().setText(self.tr("&Discard all of it"))
        self.ok_button().setObjectName("confirmDiscardButton")
        self.buttons.button(Buttons.Cancel).setDefault(True)  # the safe choice is the one Enter takes
        self.ok_button().setDefault(False)
        self.ok_button().setAutoDefault(False)

    def submit(self) -> None:
        self.result_value = DISCARD
        self.accept()
