"""The note editor: a new note, or a new version of one of her own notes (the earlier text is kept as a
version by services.notes). What she types is autosaved as an encrypted draft (session/drafts.py) until the
note is saved or deliberately left empty.

A save based on an older version (she edited the note on another computer meanwhile) is refused by the
services (EditConflict): the editor then shows the version saved meanwhile under hers, with who saved it
and when, and lets her save hers over it or take it and edit again. Nothing is lost either way: the
replaced text stays in the note's history."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import records as r
from ...domain.errors import EditConflict
from ...services import cases, notes
from ..base.forms import CodeCombo, DateField, VocabCombo
from ..base.messages import error_text, local_time
from ..base.scaling import set_height_in_lines
from ..base.widgets import plain_label
from ..session import drafts
from ..session.context import Context
from .data import iso_today
from .tab import CaseDialog

FIELD_KEYS = ("note_type", "note_date", "duration_minutes", "child", "interpreter_present", "interpreter_language",
              "interpreter_name", "never_export", "body")


class NoteEditor(CaseDialog):
    """A new note, or a new version of one of her own notes. Takes part in draft autosave."""

    draft_kind = "note"
    text_first = False  # the text above the details (a note whose details are already filled in)

    def __init__(self, ctx: Context, case_id: int, parent: QWidget, note: r.Note | None = None,
                 children: list[str] | None = None) -> None:
        title = self.tr("New note") if note is None else self.tr("Edit note (now version %1)").replace(
            "%1", str(note.version))
        super().__init__(ctx, case_id, parent, title)
        self.setObjectName("noteEditor")
        self.note = note
        self.draft_key = drafts.new_key(f"note:{case_id}")
        self.draft_case_id: int | None = case_id
        self.kept_draft = False
        labels = ctx.labels

        self.note_type = VocabCombo(labels, "note_type", name=self.tr("Note type"))
        self.note_date = DateField(name=self.tr("Date of the contact"), required=True, value=iso_today())
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSpecialValueText(self.tr("not stated"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        # Which of her children the session was with (statistics count sessions with a child apart, issue 18).
        names = list(dict.fromkeys([*(children or []), *([note.child] if note is not None and note.child else [])]))
        self.child = CodeCombo([(name, name) for name in names], self.tr("With her (no child)"),
                               name=self.tr("Session with a child"))
        self.child.setObjectName("noteChild")
        self.interpreter = QCheckBox(self.tr("An &interpreter was present"))
        self.interpreter.setAccessibleDescription(self.tr("An interpreter was present"))
        self.language = VocabCombo(labels, "interpreter_language", name=self.tr("Interpreter's language"))
        self.interpreter_name = QLineEdit()
        self.interpreter_name.setAccessibleName(self.tr("Interpreter's name"))
        self.never_export = QCheckBox(self.tr("Ne&ver export this note (kept out of exports and documents)"))
        self.never_export.setAccessibleDescription(self.tr("Never export this note"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setTabChangesFocus(True)
        set_height_in_lines(self.body, 8, at_least=True)

        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.note_type)
        form.addRow(self.tr("&Date:"), self.note_date)
        form.addRow(self.tr("D&uration:"), self.duration)
        if names:
            form.addRow(self.tr("With a c&hild:"), self.child)
        form.addRow("", self.interpreter)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Interpreter's na&me:"), self.interpreter_name)
        form.addRow("", self.never_export)
        body_label = QLabel(self.tr("Note te&xt:"))
        body_label.setBuddy(self.body)
        if self.text_first:
            # The details came with the appointment; what is left to do is to write: the text comes first,
            # on the screen and along the Tab chain.
            self.lay_out(body_label, (self.body, 1), form, self._conflict_panel())
            chain = [self.body, self.note_type, self.note_date, self.duration, self.interpreter, self.language,
                     self.interpreter_name, self.never_export]
            for before, after in pairwise(chain):
                QWidget.setTabOrder(before, after)
        else:
            self.lay_out(form, body_label, (self.body, 1), self._conflict_panel())
        self.resize(640, 560)
        self.fields = {
            "note_type": (self.note_type, self.tr("Type")), "note_date": (self.note_date, self.tr("Date")),
            "duration_minutes": (self.duration, self.tr("Duration")), "child": (self.child, self.tr("Child")),
            "interpreter_present": (self.interpreter, self.tr("Interpreter present")),
            "interpreter_language": (self.language, self.tr("Language")),
            "interpreter_name": (self.interpreter_name, self.tr("Interpreter's name")),
            "body": (self.body, self.tr("Note text")),
        }
        if note is not None:
            self._set_fields({
                "note_type": note.note_type, "note_date": note.note_date, "duration_minutes": note.duration_minutes,
                "child": note.child,
                "interpreter_present": note.interpreter_present, "interpreter_language": note.interpreter_language,
                "interpreter_name": note.interpreter_name, "never_export": note.never_export, "body": note.body,
            })
        self.interpreter.toggled.connect(self._interpreter_toggled)
        self._interpreter_toggled(self.interpreter.isChecked())
        self._initial = self._fields()
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.submit)
        self.note_type.setFocus()

    def _conflict_panel(self) -> QWidget:
        """Hidden until a save meets a newer version: theirs, read-only, and the two ways forward."""
        self.conflict_panel = QWidget()
        self.conflict_panel.setObjectName("noteConflict")
        self.conflict_label = plain_label("")
        self.theirs = QPlainTextEdit()
        self.theirs.setReadOnly(True)
        self.theirs.setAccessibleName(self.tr("The version saved meanwhile"))
        self.theirs.setTabChangesFocus(True)
        self.keep_mine = QPushButton(self.tr("Save &mine over it"))
        self.take_theirs = QPushButton(self.tr("&Take the saved version and edit again"))
        self.keep_mine.clicked.connect(self._keep_mine)
        self.take_theirs.clicked.connect(self._take_theirs)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_theirs)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        column = QVBoxLayout(self.conflict_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.conflict_label)
        column.addWidget(self.theirs, 1)
        column.addLayout(buttons)
        self.conflict_panel.hide()
        self.newer: r.Note | None = None
        return self.conflict_panel

    def reset_initial(self) -> None:
        """What counts as untouched (no draft is kept until something differs from this)."""
        self._initial = self._fields()

    # -- fields ----------------------------------------------------------------------------------------
    def _interpreter_toggled(self, present: bool) -> None:
        self.language.setEnabled(present)
        self.interpreter_name.setEnabled(present)

    def _fields(self) -> dict[str, Any]:
        present = self.interpreter.isChecked()
        return {
            "note_type": self.note_type.value(), "note_date": self.note_date.value() or "",
            "duration_minutes": self.duration.value() or None, "child": self.child.value(),
            "interpreter_present": present,
            "interpreter_language": self.language.value() if present else None,
            "interpreter_name": self.interpreter_name.text().strip() if present else "",
            "never_export": self.never_export.isChecked(), "body": self.body.toPlainText(),
        }

    def _set_fields(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("note_type"), str):
            self.note_type.set_value(state["note_type"])
        if isinstance(state.get("note_date"), str):
            self.note_date.set_value(state["note_date"])
        duration = state.get("duration_minutes")
        self.duration.setValue(duration if isinstance(duration, int) else 0)
        child = state.get("child")
        if isinstance(child, str) and self.child.findData(child) >= 0:
            self.child.set_value(child)
        self.interpreter.setChecked(bool(state.get("interpreter_present")))
        if isinstance(state.get("interpreter_language"), str):
            self.language.set_value(state["interpreter_language"])
        self.interpreter_name.setText(str(state.get("interpreter_name") or ""))
        self.never_export.setChecked(bool(state.get("never_export")))
        self.body.setPlainText(str(state.get("body") or ""))

    # -- drafts ----------------------------------------------------------------------------------------
    def draft_state(self) -> dict[str, Any] | None:
        fields = self._fields()
        if fields == self._initial:
            return None
        return {"_key": self.draft_key, "_note_id": self.note.id if self.note else None, **fields}

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Put a kept draft back; it keeps its key, so saving or discarding removes the stored draft."""
        if isinstance(state.get("_key"), str) and state["_key"]:
            self.draft_key = state["_key"]
        self._set_fields({k: state.get(k) for k in FIELD_KEYS})
        self._interpreter_toggled(self.interpreter.isChecked())

    # -- saving ----------------------------------------------------------------------------------------
    def note_value(self) -> r.Note:
        f = self._fields()
        return r.Note(
            note_type=f["note_type"] or "", note_date=f["note_date"], body=f["body"],
            duration_minutes=f["duration_minutes"], interpreter_present=f["interpreter_present"],
            interpreter_language=f["interpreter_language"], interpreter_name=f["interpreter_name"],
            never_export=f["never_export"], child=f["child"],
        )

    def submit(self) -> None:
        session, case_id, note = self.ctx.session, self.case_id, self.note_value()
        if self.note is not None and self.note.id is not None:
            note_id = self.note.id
            note.row_version = self.note.row_version  # the version she edits: a newer one is not overwritten
            self.run(lambda: notes.edit_note(session, case_id, note_id, note))
        else:
            self.run(lambda: notes.add_note(session, case_id, note))

    def saved(self, value: Any) -> None:
        self.ctx.drafts.forget(self)

    # -- a colleague's (or her own, elsewhere) newer version ----------------------------------------------------
    def failed(self, exc: BaseException) -> None:
        if not isinstance(exc, EditConflict) or self.note is None or self.note.id is None:
            super().failed(exc)
            return
        session, case_id, note_id = self.ctx.session, self.case_id, self.note.id
        message = error_text(exc)
        when = local_time(exc.changed_at)

        def newest() -> r.Note | None:
            return next((n for n in cases.open_case(session, case_id, audit=False).notes if n.id == note_id), None)

        def show(newer: r.Note | None) -> None:
            if newer is None:
                super(NoteEditor, self).failed(exc)
                return
            self.newer = newer
            self.theirs.setPlainText(newer.body)
            self.conflict_label.setText(self.tr("Saved by %1 at %2 (below). Yours is above: save yours over it, "
                                                "or take the saved version and apply your change again.")
                                        .replace("%1", exc.changed_by).replace("%2", when))
            self.conflict_panel.show()
            # Room for both versions (at most the screen: every screen fits 1366×768).
            self.resize(self.width(), max(self.height(), min(740, self.sizeHint().height() + 120)))
            self.say(message)
            self.keep_mine.setFocus()

        self.run(newest, show)

    def _keep_mine(self) -> None:
        if self.newer is None or self.note is None:
            return
        self.note.row_version = self.newer.row_version  # hers replaces theirs, which stays in the history
        self.conflict_panel.hide()
        self.submit()

    def _take_theirs(self) -> None:
        if self.newer is None:
            return
        newer = self.newer
        self.note = newer
        self._set_fields({"note_type": newer.note_type, "note_date": newer.note_date,
                          "duration_minutes": newer.duration_minutes, "interpreter_present": newer.interpreter_present,
                          "interpreter_language": newer.interpreter_language,
                          "interpreter_name": newer.interpreter_name, "never_export": newer.never_export,
                          "body": newer.body})
        self._interpreter_toggled(self.interpreter.isChecked())
        self.conflict_panel.hide()
        self.say("")
        self.body.setFocus()

    def reject(self) -> None:
        """Cancel: an empty note is thrown away; typed text stays as a draft to come back to."""
        if self.body.toPlainText().strip():
            self.kept_draft = True
            if self.ctx.session.is_open:
                self.ctx.drafts.flush()
        else:
            self.ctx.drafts.forget(self)
        super().reject()
