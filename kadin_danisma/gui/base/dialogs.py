"""The one dialog base. Every dialog of the app has the same frame: its own body, a message line, the buttons.

A dialog makes its widgets, then hands them to `lay_out(...)`, which stacks them in a scroll area (a dialog
never needs more than the screen, whatever the text size: pages.py) and puts the message line and the buttons
under them (an explicit call rather than a hook run from `__init__`, so a dialog builds in
the order it reads: its own state first, then its widgets). Pressing the accept button
calls `submit`; a dialog that saves something calls `run(work)` there: the work runs in a worker, the
button is disabled and the message line says so, the dialog closes when the work is done (its value in
`result_value`), and a failure is shown in the message line, with every problem a service reports
(InvalidInput) listed by the field's own name and the field marked, so whatever was typed stays. Nothing
here blocks: dialogs are opened with widgets.open_modal, so a lock is never held up by one.

The focus starts in the dialog's first field (never on its buttons) and goes back where it was when the
dialog closes (focus.py, widgets.open_modal).

PySide6's `self.tr` takes its context from the class of the object at run time, so this base translates
its own texts with an explicit context ("Dialog"); subclasses use `self.tr` as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import InvalidInput
from .focus import focus_into, is_field
from .forms import clear_invalid, mark_invalid
from .messages import error_text, field_problem, problem_field
from .pages import ScrollArea
from .styles import set_error
from .widgets import plain_label
from .workers import run_in_worker

Buttons = QDialogButtonBox.StandardButton


class Dialog(QDialog):
    """`accept` is the standard button that submits (Ok, Save, or Close for a dialog that only shows);
    `cancel` adds Cancel. `working` is what the message line says while `run` is busy."""

    def __init__(self, parent: QWidget | None, title: str, *, accept: Buttons = Buttons.Ok, cancel: bool = True,
                 working: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        saving = accept == Buttons.Save
        self.working = working or (QCoreApplication.translate("Dialog", "Saving…") if saving
                                   else QCoreApplication.translate("Dialog", "Working…"))
        self.error = plain_label("")
        self.error.setObjectName("dialogError")
        self.error.setAccessibleDescription(QCoreApplication.translate("Dialog", "Problems"))
        set_error(self.error, True)
        self.accept_kind = accept
        self.buttons = QDialogButtonBox(accept | (Buttons.Cancel if cancel else Buttons.NoButton))
        if accept == Buttons.Close:
            self.buttons.rejected.connect(self.reject)
        else:
            self.buttons.accepted.connect(self.submit)
            self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, tuple[QWidget, str]] = {}  # a service's field name -> (widget, shown name)
        self.result_value: Any = None
        self.busy = False
        self._sized = False

    def lay_out(self, *parts: QWidget | QLayout | tuple[QWidget | QLayout, int],
                after: QLayout | None = None) -> QVBoxLayout:
        """The body (widgets and layouts, top to bottom; a (part, stretch) pair to let one grow) in a scroll
        area, then the message line, `after` (ways forward after a refusal), the buttons."""
        body = QWidget()
        body.setObjectName("dialogBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        grows = False
        for part in parts:
            item, stretch = part if isinstance(part, tuple) else (part, 0)
            grows = grows or stretch > 0
            if isinstance(item, QLayout):
                column.addLayout(item, stretch)
            else:
                column.addWidget(item, stretch)
        if not grows:
            column.addStretch(1)  # extra height goes below the form, not between its rows
        layout = QVBoxLayout(self)
        # The body scrolls when the dialog would not fit the screen (large text); the message line and the
        # buttons stay in sight below it.
        self.body_area = ScrollArea(body)
        layout.addWidget(self.body_area, 1)
        layout.addWidget(self.error)
        if after is not None:
            layout.addLayout(after)
        layout.addWidget(self.buttons)
        return layout

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            # At least as large as its content wants (a size set in pixels is small at a large text size),
            # never larger than the screen: what does not fit scrolls.
            self._sized = True
            screen = self.screen()
            room = screen.availableGeometry().size() if screen is not None else self.size()
            self.resize(self.size().expandedTo(self.sizeHint()).boundedTo(room))
        super().showEvent(event)
        # The focus starts in the first field, never on the button row (Close, Cancel), unless the dialog put it
        # somewhere itself.
        focus = self.focusWidget()
        if focus is None or focus is self or self.buttons.isAncestorOf(focus):
            focus_into(self, Qt.FocusReason.TabFocusReason)

    def fields_arrived(self) -> None:
        """Fields added after the dialog opened (loaded in a worker): the focus goes to the first of them,
        unless she has already put it in a field herself. Once they are shown: a widget added to a layout that
        is on the screen is shown by a queued call, so this one queues behind it."""
        QTimer.singleShot(0, self, self._focus_arrived)

    def _focus_arrived(self) -> None:
        focus = self.focusWidget()
        owner = focus.parentWidget() if focus is not None else None  # a spin box's editor: the spin box
        if not (focus is not None and is_field(focus)) and not (owner is not None and is_field(owner)):
            focus_into(self, Qt.FocusReason.OtherFocusReason)

    # -- what a dialog provides ---------------------------------------------------------------------------
    def submit(self) -> None:
        """The accept button was pressed: check, then `run` the work (or just accept)."""
        self.accept()

    def saved(self, value: Any) -> None:
        """After the work succeeded, before the dialog closes."""

    # -- the shared parts ---------------------------------------------------------------------------------
    def ok_button(self) -> QPushButton:
        return self.buttons.button(self.accept_kind)

    def save_button(self) -> QPushButton:
        return self.ok_button()

    def say(self, text: str) -> None:
        self.error.setText(text)

    def run(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None) -> bool:
        """Do the work in a worker (once at a time); on success `saved`, then close (or `done(value)` instead
        of closing). False when it did not start because earlier work is still running."""
        if self.busy:
            return False
        self.busy = True
        self.ok_button().setEnabled(False)
        self.mark({})
        self.say(self.working)
        run_in_worker(self, work, lambda value: self._done(value, done), self._work_failed)
        return True

    def _done(self, value: Any, done: Callable[[Any], None] | None) -> None:
        self.busy = False
        self.result_value = value
        if done is not None:
            self.ok_button().setEnabled(True)
            done(value)
            return
        self.saved(value)
        self.accept()

    def _work_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.ok_button().setEnabled(True)
        self.failed(exc)

    def failed(self, exc: BaseException) -> None:
        """Show why the work failed (the dialog is ready again); a service's problems are listed by field and
        the first field focused. A dialog with a way forward for one error overrides this."""
        problems: list[tuple[str, str]] = []
        if isinstance(exc, InvalidInput):
            found = exc.details.get("problems")
            if isinstance(found, list):
                problems = [(problem_field(str(p)), str(m)) for p, m in found]
        if not problems:
            self.say(error_text(exc))
            return
        self.refuse(problems)

    def refuse(self, problems: list[tuple[str, str]]) -> None:
        """Show (field, domain message) problems found before or after sending: listed, marked, first focused."""
        lines = []
        for key, message in problems:
            shown = self.fields[key][1] if key in self.fields else key
            lines.append(f"{shown}: {field_problem(message)}")
        self.say("\n".join(lines))
        self.mark({key: field_problem(message) for key, message in problems})
        for key, _ in problems:
            if key in self.fields:
                self.fields[key][0].setFocus()
                break

    def mark(self, problems: dict[str, str]) -> None:
        """Mark the fields with a problem (field -> translated problem); clear every other mark."""
        for key, (widget, _name) in self.fields.items():
            if key in problems:
                mark_invalid(widget, problems[key])
            else:
                clear_invalid(widget)
