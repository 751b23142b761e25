""""Import package…" (issue 17): choose a package file, see what importing it would change (verified first:
from a paired partner, for this vault, the next in order, unchanged; services/packages.preview_package, in a
worker), then import it in one step (import_package: all or nothing). A refused package is said in the message
line with its reason; nothing is written."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QWidget

from ...services import packages
from ..base.dialogs import Dialog
from ..base.files import choose_open_file, package_filter
from ..base.lines import compose, isolate, ui_line
from ..base.messages import error_text
from ..base.widgets import plain_label, set_visible, strong_label
from ..base.workers import Latest
from ..session.context import Context


def summary_lines(summary: Any) -> list[str]:
    """What a package changes (part 2's ContentSummary), one translated line per count."""
    translate = QCoreApplication.translate
    names = {
        "cases_new": translate("PackageImportDialog", "New cases: %1"),
        "cases_updated": translate("PackageImportDialog", "Cases updated: %1"),
        "records_added": translate("PackageImportDialog", "Records added: %1"),
        "fields_changed": translate("PackageImportDialog", "Fields changed: %1"),
        "conflicts": translate("PackageImportDialog", "Conflicts to resolve by a person: %1"),
        "notes_withheld": translate("PackageImportDialog", "Notes the sender withheld: %1"),
    }
    if not is_dataclass(summary) or isinstance(summary, type):
        return [ui_line(isolate(str(summary)))]
    lines = []
    for f in fields(summary):
        value = getattr(summary, f.name)
        if isinstance(value, int):  # the counts; a breakdown by table (names, not words) is the CLI's
            lines.append(compose(names.get(f.name, f.name.replace("_", " ") + ": %1"), value))
    return lines


class PackageImportDialog(Dialog):
    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(parent, self.tr("Import a package"), working=self.tr("Importing…"))
        self.setObjectName("packageImportDialog")
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: packages.Preview | None = None
        intro = plain_label(self.tr(
            "Choose the package a partner sent. It is checked first (from a paired partner, for this vault, the "
            "next in order, unchanged) and you see what it would change before anything is written."))
        self.file_label = plain_label(self.tr("No package chosen yet."))
        self.file_label.setObjectName("importFile")
        self.choose_button = QPushButton(self.tr("C&hoose the package…"))
        self.choose_button.clicked.connect(lambda: self.pick_file())
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Package:"), row)
        self.from_label = strong_label("", "importFrom")
        self.changes = plain_label("")
        self.changes.setObjectName("importChanges")
        self.changes.setAccessibleDescription(self.tr("What importing would change"))
        self.lay_out(intro, form, self.from_label, self.changes)
        set_visible(self.from_label, False)
        self.ok_button().setText(self.tr("&Import"))
        self.ok_button().setObjectName("importButton")
        self.ok_button().setEnabled(False)
        self.fields = {"file": (self.choose_button, self.tr("Package"))}
        self.resize(640, 420)
        self.checking = Latest(self)

    def pick_file(self, path: Path | None = None) -> None:
        if path is None:
            choose_open_file(self, self.tr("Choose the package"), package_filter(), self.pick_file)
            return
        self.path, self.preview = path, None
        self.ok_button().setEnabled(False)
        self.file_label.setText(ui_line(isolate(str(path))))
        self.changes.setText("")
        set_visible(self.from_label, False)
        self.say(self.tr("Checking the package…"))
        session = self.ctx.session
        self.checking.ask(lambda: packages.preview_package(session, path), self._previewed, self._refused)

    def _previewed(self, preview: packages.Preview) -> None:
        self.preview = preview
        self.say("")
        self.from_label.setText(compose(self.tr("Package %1 from %2. Importing it would change:"), preview.sequence,
                                        preview.partner.center))
        set_visible(self.from_label, True)
        self.changes.setText("\n".join(summary_lines(preview.summary)))
        self.ok_button().setEnabled(True)

    def _refused(self, exc: BaseException) -> None:
        self.say(error_text(exc))

    def submit(self) -> None:
        if self.path is None or self.preview is None:
            self.refuse([("file", self.tr("choose the package."))])
            return
        session, path = self.ctx.session, self.path
        self.run(lambda: packages.import_package(session, path))

    def done_text(self) -> str:
        value = self.result_value
        if not isinstance(value, packages.Preview):
            return ""
        return compose(self.tr("Package %1 from %2 imported."), value.sequence, value.partner.center)
