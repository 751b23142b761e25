"""The notes tab: the case's notes as a timeline, newest first; new notes and edits go through the note
editor (note_editor.py).

A note is never silently changed: editing keeps the previous text as an earlier version (services.notes),
and only the author edits her own note. The editor autosaves what is typed as an encrypted draft
(gui.drafts) until the note is saved or deliberately left empty.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout

from ...domain import records as r
from ..base.labels import day_text
from ..base.lines import isolate, ui_line
from ..base.pages import FlowLayout
from ..base.styles import NOTE_BORDER, NOTE_LINK, NOTE_MARKER, NOTE_MUTED
from ..base.tables import sync_button
from ..base.widgets import open_modal, plain_label, set_visible
from .data import CaseData
from .note_editor import NoteEditor
from .tab import CaseTab

PAGE = 100  # notes laid out at first; older ones on request, so a long case opens quickly
MARKER_BG, MARKER_FG = QColor(NOTE_MARKER[0]), QColor(NOTE_MARKER[1])
MUTED, BORDER, LINK = QColor(NOTE_MUTED), QColor(NOTE_BORDER), QColor(NOTE_LINK)



class NotesTab(CaseTab):
    """The timeline is one read-only document built with QTextCursor.insertText: every note's text goes
    in as plain text (never parsed as markup), stays selectable, and lays out an order of magnitude faster
    than a widget per note. Her own notes carry an "Edit…" link when the case may be edited."""

    def build(self) -> None:
        self.new_note_button: QPushButton | None = None
        self.editor: NoteEditor | None = None
        self.shown_notes: list[r.Note] = []
        self.editable_ids: set[int] = set()
        self.expanded: set[int] = set()  # notes whose earlier versions are shown
        self.shown = PAGE
        self.stale = False
        self.count_label = plain_label("")
        self.count_label.setObjectName("noteCount")
        self.bar = FlowLayout()
        self.count_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(self.count_label)
        self.timeline = QTextBrowser()
        self.timeline.setObjectName("noteTimeline")
        self.timeline.setOpenLinks(False)
        self.timeline.setOpenExternalLinks(False)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setAccessibleName(self.tr("Notes, newest first"))
        self.timeline.anchorClicked.connect(self._link)
        self.more_button = QPushButton(self.tr("Show all &older notes"))
        self.more_button.clicked.connect(self._more)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.more_button)
        self.more_button.setVisible(False)

    def fill(self, data: CaseData) -> None:
        self.new_note_button = sync_button(self.new_note_button, data.editable, self.bar,
                                           self.tr("Ne&w note… (Ctrl+N)"), "newNoteButton", self.new_note)
        total = len(data.record.notes)
        self.count_label.setText(self.tr("Notes: %1, newest first").replace("%1", str(total)) if total else
                                 self.tr("No notes yet."))
        self.stale = True
        if self.isVisible():
            self.render_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.render_now()

    def render_now(self) -> None:
        if self.view.data is not None:
            self.stale = False
            self._render(self.view.data)

    # -- the document ----------------------------------------------------------------------------------
    def _render(self, data: CaseData) -> None:
        ordered = sorted(data.record.notes, key=lambda n: (n.note_date, n.id or 0), reverse=True)
        self.shown_notes = ordered[:self.shown]
        self.editable_ids = {n.id for n in self.shown_notes
                             if data.editable and n.id is not None and n.id in data.own_note_ids}
        position = self.timeline.verticalScrollBar().value()
        doc = QTextDocument(self.timeline)
        doc.setDefaultFont(self.timeline.font())
        cursor = QTextCursor(doc)
        for note in self.shown_notes:
            self._write_note(cursor, note)
        # The empty blocks QTextDocument keeps between the notes' frames: only a thin gap (the empty lines
        # inside a note are hers and stay).
        root = doc.rootFrame()
        block = doc.begin()
        while block.isValid():
            gap = QTextCursor(block)
            if block.text() == "" and gap.currentFrame() == root:
                fmt = block.blockFormat()
                fmt.setLineHeight(4, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
                gap.setBlockFormat(fmt)
            block = block.next()
        self.timeline.setDocument(doc)
        self.timeline.verticalScrollBar().setValue(position)
        rest = len(ordered) - len(self.shown_notes)
        self.more_button.setText(self.tr("Show all &older notes (%1 more)").replace("%1", str(rest)))
        set_visible(self.more_button, rest > 0)

    def _write_note(self, cursor: QTextCursor, note: r.Note) -> None:
        labels = self.view.ctx.labels
        frame = QTextFrameFormat()
        frame.setBorder(2 if note.never_export else 1)
        frame.setBorderBrush(MARKER_BG if note.never_export else BORDER)
        frame.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        frame.setPadding(6)
        cursor.insertFrame(frame)
        title = QTextCharFormat()
        title.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(f"{labels.label('note_type', note.note_type)} — {day_text(note.note_date)}", title)
        if note.never_export:
            marker = QTextCharFormat()
            marker.setFontWeight(QFont.Weight.Bold)
            marker.setBackground(MARKER_BG)
            marker.setForeground(MARKER_FG)
            cursor.insertText("   ", QTextCharFormat())
            never = self.tr("NEVER EXPORT")  # (lupdate does not see tr() inside an f-string)
            cursor.insertText(" " + never + " ", marker)
        if note.id in self.editable_ids:
            cursor.insertText("   ", QTextCharFormat())
            cursor.insertText(self.tr("Edit…"), self._link_format(f"edit:{note.id}"))
        cursor.insertBlock()
        muted = QTextCharFormat()
        muted.setForeground(MUTED)
        cursor.insertText(self.meta_text(note), muted)
        cursor.insertBlock()
        cursor.insertText(note.body, QTextCharFormat())
        if note.revisions and note.id is not None:
            cursor.insertBlock()
            opened = note.id in self.expanded
            text = (self.tr("Hide earlier versions") if opened else
                    self.tr("Earlier versions (%1)").replace("%1", str(len(note.revisions))))
            cursor.insertText(text, self._link_format(f"versions:{note.id}"))
            if opened:
                for rev in sorted(note.revisions, key=lambda v: -v.version):
                    cursor.insertBlock()
                    cursor.insertText(ui_line(self.tr("Version %1, replaced %2 by %3:").replace(
                        "%1", str(rev.version)).replace("%2", rev.replaced_at[:16].replace("T", " ")).replace(
                        "%3", isolate(rev.replaced_by))), muted)
                    cursor.insertBlock()
                    cursor.insertText(rev.body, QTextCharFormat())
        cursor.movePosition(QTextCursor.MoveOperation.End)

    @staticmethod
    def _link_format(href: str) -> QTextCharFormat:
        link = QTextCharFormat()
        link.setAnchor(True)
        link.setAnchorHref(href)
        link.setForeground(LINK)
        link.setFontUnderline(True)
        return link

    def meta_text(self, note: r.Note) -> str:
        labels = self.view.ctx.labels
        meta = [isolate(note.author) if note.author else self.tr("unknown author")]
        if note.duration_minutes:
            meta.append(self.tr("%1 min").replace("%1", str(note.duration_minutes)))
        if note.interpreter_present:
            text = self.tr("Interpreter: %1").replace(
                "%1", labels.label("interpreter_language", note.interpreter_language) or self.tr("language not stated"))
            if note.interpreter_name:
                text += f" ({isolate(note.interpreter_name)})"
            meta.append(text)
        if note.version > 1:
            meta.append(self.tr("version %1 (edited)").replace("%1", str(note.version)))
        return ui_line(" · ".join(meta))

    def _link(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if not value.isdigit() or self.view.data is None:
            return
        note = next((n for n in self.shown_notes if n.id == int(value)), None)
        if note is None or note.id is None:
            return
        if kind == "edit" and note.id in self.editable_ids:
            self.open_editor(note)
        elif kind == "versions":
            self.expanded ^= {note.id}
            self._render(self.view.data)

    def link_rect(self, href: str) -> QRect | None:
        """Where a link is on screen (viewport coordinates), for tests that click it."""
        doc = self.timeline.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().anchorHref() == href:
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position() + 1)
                    return self.timeline.cursorRect(cursor)
                it += 1
            block = block.next()
        return None

    def texts(self) -> list[str]:
        """What the timeline shows, note by note: the meta line and the text."""
        return [f"{self.meta_text(n)}\n{n.body}" for n in self.shown_notes]

    def _more(self) -> None:
        self.shown = 1 << 30
        if self.view.data is not None:
            self._render(self.view.data)

    # -- the editor ------------------------------------------------------------------------------------
    def new_note(self) -> NoteEditor | None:
        return self.open_editor()

    def open_editor(self, note: r.Note | None = None, draft: dict[str, Any] | None = None) -> NoteEditor | None:
        if not self.view.editable or self.view.data is None:
            return None
        if draft is not None and note is None and draft.get("_note_id") is not None:
            note = next((n for n in self.view.data.record.notes if n.id == draft["_note_id"]), None)
        children = [c.name for c in self.view.data.record.children if c.name]
        editor = NoteEditor(self.view.ctx, self.view.case_id, self, note, children)
        language = self.view.data.record.client.interpreter_language
        if note is None and language:
            editor.language.set_value(language)
            editor.reset_initial()
        if draft is not None:
            editor.restore_draft(draft)
        self.view.ctx.drafts.register(editor, restored_from=draft)
        editor.accepted.connect(lambda: self.view.saved(self.tr("Note saved.")))
        editor.rejected.connect(lambda: self._editor_closed(editor))
        self.editor = editor
        open_modal(editor)
        return editor

    def _editor_closed(self, editor: NoteEditor) -> None:
        if editor.kept_draft:
            self.view.set_status(self.tr("The unfinished note was kept as a draft."))
