"""A full scripted session through the real main window with one unique marker (Turkish letters included)
typed into every kind of text field a person reaches: the admin's letterhead line and a shelter in the
registry (name, city, confidential address, phone, contact person); the intake (client,
safe contact, request, history, a child, a perpetrator, the risk reason); in the case a note, a risk
assessment, the safety plan, a consent, a referral and its sending step, a protective measure and a
violation of it, another child, a placement in that shelter, the closure request's summary;
and the search box. A referral letter is exported on purpose to a chosen path; then the app is locked.

Afterwards every file under HOME (settings, caches, XDG folders), TMPDIR and the vault folder is read: the
marker, in UTF-8, UTF-16-LE/BE, upper case, case-folded and search-folded forms, is in none of them, except
the exported PDF, where PDFium (tests/pdf_reading.py) proves it is (the PDF's streams are compressed, so a
byte scan would not).
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import pdf_reading
import pytest
from gui_support import (
    ADMIN,
    COUNSELOR,
    PASSWORD,
    WORKER_TIMEOUT,
    choose,
    click,
    click_tab,
    save_and_close,
    save_settings,
    sign_in,
    texts_containing,
    tick,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from shiboken6 import Shiboken

from kadin_danisma.domain.folding import fold
from kadin_danisma.gui.case.letter_dialog import LetterDialog
from kadin_danisma.gui.case.view import CaseView
from kadin_danisma.gui.intake.form import IntakePage
from kadin_danisma.services import cases

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Typist:
    """Types the marker into every free-text field of a form and keeps count of where."""

    def __init__(self, qtbot, marker: str) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.marker = marker
        self.fields: list[str] = []
        self.done: set[int] = set()

    @staticmethod
    def inputs(root: QWidget) -> list[QWidget]:
        """Visible, enabled, editable free-text fields under root: line edits (not the inner editor of a
        spin box, combo box, date or date-time field, not a password field) and plain-text areas."""
        found: list[QWidget] = []
        for w in [*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)]:
            if not (w.isVisible() and w.isEnabled()) or w.isReadOnly():
                continue
            # date and date-time fields (DateField, MomentField) take a typed day, not free text
            if isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox) or any(
                    kind in type(w).__name__ for kind in ("Date", "Moment")):
                continue
            if isinstance(w, QLineEdit) and w.echoMode() != QLineEdit.EchoMode.Normal:
                continue
            found.append(w)
        return found

    def into(self, widget: QWidget, where: str) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        widget.setFocus()
        type_text(self.qtbot, widget, f" {self.marker}" if _text(widget) else self.marker)
        assert self.marker in _text(widget), (where, _text(widget))
        self.fields.append(f"{where}: {widget.accessibleName() or type(widget).__name__}")
        self.done.add(id(widget))

    def fill(self, root: QWidget, where: str, skip: tuple[QWidget, ...] = ()) -> int:
        fresh = [w for w in self.inputs(root) if id(w) not in self.done and w not in skip]
        for widget in fresh:
            self.into(widget, where)
        return len(fresh)


def _text(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]




def reloaded(qtbot, view: CaseView) -> None:
    qtbot.waitUntil(lambda: view.data is not None and not view.loading, timeout=WORKER_TIMEOUT)


def activate(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=5000)



def open_dialog(qtbot, button: QWidget, tab: QWidget) -> Any:  # type: ignore[no-untyped-def]
    """Click a case tab's button and wait until the dialog it opens is the active window."""
    click(qtbot, button)
    dialog = tab.dialog  # type: ignore[attr-defined]
    activate(qtbot, dialog)
    return dialog


def fill_and_save(qtbot, view: CaseView, typist: Typist, dialog: QWidget, where: str,  # type: ignore[no-untyped-def]
                  skip: tuple[QWidget, ...] = ()) -> None:
    """Type the marker into every field of the dialog, save it, and wait for the case to load again."""
    typist.fill(dialog, where, skip=skip)
    save_and_close(qtbot, dialog)
    reloaded(qtbot, view)


def needles(marker: str) -> dict[str, bytes]:
    forms = {"as typed": marker, "upper": marker.upper(), "casefold": marker.casefold(), "folded": fold(marker)}
    return {f"{name} {enc}": text.encode(enc) for name, text in forms.items()
            for enc in ("utf-8", "utf-16-le", "utf-16-be")}


def scan(roots: list[Path], found: dict[str, bytes]) -> tuple[int, list[str]]:
    files, hits = 0, []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                files += 1
                hits += [f"{path}: {label}" for label, needle in found.items() if needle in data]
    return files, hits


@pytest.mark.faults
def test_marker_typed_everywhere_is_only_in_the_exported_letter(qtbot, make_window, case_vault, tmp_path,
                                                                monkeypatch, private_home, fault_log) -> None:
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    marker = f"İzMarkerÇ{uuid.uuid4().hex[:10]}ğş"
    typist = Typist(qtbot, marker)
    window = make_window(case_vault.folder)
    window.autosave_override_ms = 1000  # drafts are written (encrypted) during the session too

    # -- the admin: a letterhead line ------------------------------------------------------------------------
    sign_in(qtbot, window, ADMIN, PASSWORD)
    page = window.workspace.settings_page
    click_tab(qtbot, window, page)
    typist.into(page.letterhead, "settings")
    save_settings(qtbot, page)
    assert page.status.text() == "Settings saved.", page.status.text()
    # ... and a shelter in the registry (its confidential address, phone and contact person too)
    shelters = window.workspace.shelters_page
    click_tab(qtbot, window, shelters)
    qtbot.waitUntil(lambda: not shelters.loading, timeout=WORKER_TIMEOUT)
    click(qtbot, shelters.add_button)
    dialog = shelters.dialog
    activate(qtbot, dialog)
    dialog.capacity.setValue(1)  # her placement fills it
    typist.fill(dialog, "shelter registry")
    save_and_close(qtbot, dialog)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)

    # -- the counselor: an intake with every text field ----------------------------------------------------------
    sign_in(qtbot, window, COUNSELOR, PASSWORD)
    workspace = window.workspace
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    intake = workspace.tabs.currentWidget()
    assert isinstance(intake, IntakePage)
    click(qtbot, intake.child_list.add_button)
    typist.fill(intake.child_list.editor, "intake child")
    click(qtbot, intake.perpetrator_list.add_button)
    intake.perpetrator_list.editor.relationship.set_value("husband")
    typist.fill(intake.perpetrator_list.editor, "intake perpetrator")
    tick(qtbot, intake.violence_types.boxes["psychological"])
    tick(qtbot, intake.indicators.boxes["threats_to_kill"])
    choose(qtbot, intake.level, "Very high")  # differs from the suggestion: the reason field is used
    assert typist.fill(intake, "intake") >= 10
    click(qtbot, intake.finish_button)
    try:
        qtbot.waitUntil(lambda: len(workspace.case_views) == 1, timeout=WORKER_TIMEOUT)
    except Exception:
        raise AssertionError(f"the intake was not saved: {intake.status.text()} {typist.fields}") from None
    (case_id, view), = workspace.case_views.items()
    reloaded(qtbot, view)

    # -- a note --------------------------------------------------------------------------------------------------
    view.tabs.setCurrentWidget(view.notes_tab)
    click(qtbot, view.notes_tab.new_note_button)
    editor = view.notes_tab.editor
    activate(qtbot, editor)
    tick(qtbot, editor.interpreter)
    typist.fill(editor, "note")
    save_and_close(qtbot, editor)
    reloaded(qtbot, view)

    # -- risk: an assessment and the safety plan -------------------------------------------------------------------
    view.tabs.setCurrentWidget(view.risk_tab)
    dialog = open_dialog(qtbot, view.risk_tab.new_assessment_button, view.risk_tab)
    tick(qtbot, dialog.indicators.boxes["weapon_access"])
    dialog.level.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.level, Qt.Key.Key_End)
    fill_and_save(qtbot, view, typist, dialog, "risk assessment")
    view.tabs.setCurrentWidget(view.safety_tab)
    dialog = open_dialog(qtbot, view.safety_tab.review_button, view.safety_tab)
    tick(qtbot, dialog.items.boxes["emergency_bag"])
    fill_and_save(qtbot, view, typist, dialog, "safety plan")

    # -- a referral, her consent to share with that institution, the sending step --------------------------------
    view.tabs.setCurrentWidget(view.referrals_tab)
    qtbot.waitUntil(lambda: view.referrals_tab.rights_known, timeout=WORKER_TIMEOUT)
    dialog = open_dialog(qtbot, view.referrals_tab.new_button, view.referrals_tab)
    qtbot.waitUntil(lambda: not dialog.searching and dialog.results.count() > 0, timeout=WORKER_TIMEOUT)
    first = dialog.results.item(0)
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.results.visualItemRect(first).center())
    institution_id = dialog.institution_id()
    assert institution_id is not None
    # The search and city fields only filter the directory.
    fill_and_save(qtbot, view, typist, dialog, "referral", skip=(dialog.search, dialog.city))
    view.tabs.setCurrentWidget(view.consents_tab)
    dialog = open_dialog(qtbot, view.consents_tab.record_button, view.consents_tab)
    dialog.kind.set_value("share_with_institution")
    dialog.institution.setCurrentIndex(dialog.institution.findData(institution_id))
    fill_and_save(qtbot, view, typist, dialog, "consent")
    view.tabs.setCurrentWidget(view.referrals_tab)
    dialog = open_dialog(qtbot, view.referrals_tab.status_button, view.referrals_tab)
    fill_and_save(qtbot, view, typist, dialog, "referral step")

    # -- the letter, exported on purpose (her name, which carries the marker, is ticked by default) -------------
    click(qtbot, view.referrals_tab.letter_button)
    letter = view.referrals_tab.dialog
    assert isinstance(letter, LetterDialog)
    qtbot.waitUntil(lambda: not letter.loading and bool(letter.boxes), timeout=WORKER_TIMEOUT)
    assert letter.boxes["client_name"].isChecked()
    click(qtbot, letter.create_button)
    chooser = letter.file_dialog
    assert chooser is not None and chooser.isVisible()
    exported = private_home / "Belgeler" / "sevk-mektubu.pdf"
    exported.parent.mkdir()
    chooser.fileSelected.emit(str(exported))
    chooser.close()
    qtbot.waitUntil(lambda: letter.saved_path is not None or (not letter.busy and bool(letter.error.text())),
                    timeout=WORKER_TIMEOUT)
    assert letter.saved_path == exported, letter.error.text()
    letter.close()

    # -- a protective measure and a violation of it ------------------------------------------------------------------
    view.tabs.setCurrentWidget(view.measures_tab)
    dialog = open_dialog(qtbot, view.measures_tab.add_button, view.measures_tab)
    dialog.authority.set_value("family_judge")
    fill_and_save(qtbot, view, typist, dialog, "measure")
    view.measures_tab.table.selectRow(0)
    dialog = open_dialog(qtbot, view.measures_tab.violation_button, view.measures_tab)
    fill_and_save(qtbot, view, typist, dialog, "measure violation")

    # -- another child, through the case ----------------------------------------------------------------------------
    view.tabs.setCurrentWidget(view.children_tab)
    dialog = open_dialog(qtbot, view.children_tab.add_button, view.children_tab)
    fill_and_save(qtbot, view, typist, dialog, "child")

    # -- a placement in the shelter the admin added (an override reason, if one is asked for, is typed too) -----
    view.tabs.setCurrentWidget(view.placements_tab)
    dialog = open_dialog(qtbot, view.placements_tab.place_button, view.placements_tab)
    qtbot.waitUntil(lambda: dialog.shelter.count() > 0, timeout=WORKER_TIMEOUT)
    dialog.shelter.setCurrentIndex(dialog.shelter.findText(marker, Qt.MatchFlag.MatchContains))
    assert marker in dialog.shelter.currentText()
    typist.fill(dialog, "placement")
    click(qtbot, dialog.save_button())
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog) or not dialog.isVisible()
                    or (dialog.override_dialog is not None and dialog.override_dialog.isVisible()),
                    timeout=WORKER_TIMEOUT)
    if Shiboken.isValid(dialog) and dialog.isVisible():
        override = dialog.override_dialog
        typist.fill(override, "placement override")
        click(qtbot, override.ok_button())
        qtbot.waitUntil(lambda: not Shiboken.isValid(dialog) or not dialog.isVisible(), timeout=WORKER_TIMEOUT)
    reloaded(qtbot, view)
    assert view.placements_tab.current() is not None

    # -- the search box ----------------------------------------------------------------------------------------------
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    search = workspace.search
    assert search.hasFocus()
    with qtbot.waitSignal(search.results_shown, timeout=WORKER_TIMEOUT) as shown:
        typist.into(search, "search box")
    assert shown.args[0] >= 1, "the marker is in her name: the search must find the case"
    qtbot.keyClick(search, Qt.Key.Key_Escape)

    # -- the closure request (last: the case is read-only afterwards) --------------------------------------------
    view.tabs.setCurrentWidget(view.closure_tab)
    dialog = open_dialog(qtbot, view.closure_header.request_button, view.closure_tab)
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Home)
    tick(qtbot, dialog.checklist.boxes["needs_met"])
    fill_and_save(qtbot, view, typist, dialog, "closure request")

    # What she typed is in the vault, as the services read it.
    record = cases.open_case(window.session, case_id, audit=False)
    assert marker in record.client.full_name and marker in record.notes[0].body
    assert record.status == "closure_requested"

    # -- lock: then read every file ----------------------------------------------------------------------------------
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    qtbot.wait(50)
    assert texts_containing(marker) == []
    time.sleep(0.1)
    roots = [private_home, private_tmp, case_vault.folder]
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        where = os.environ.get(name)
        if where and not any(Path(where).is_relative_to(r) for r in roots):
            roots.append(Path(where))
    files, hits = scan(roots, needles(marker))
    assert files >= 4
    assert [h for h in hits if not h.startswith(f"{exported}:")] == [], "the marker leaked into a file"
    text = pdf_reading.text(exported)
    assert marker in text, "the exported letter must carry the name she typed"
    kinds = sorted({f.split(":")[0] for f in typist.fields})
    assert len(typist.fields) >= 25, typist.fields
    fault_log.record("marker scan: full GUI session", iterations=1, faults=0, rows_verified=len(typist.fields),
                     note=f"{len(typist.fields)} fields in {len(kinds)} places ({', '.join(kinds)}); {files} files "
                          f"scanned in HOME, TMPDIR and the vault folder; the marker only in the exported PDF")
