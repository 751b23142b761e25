"""Issue 15, "Also seen": the small things a counselor tripped over. (The file dialog is in
test_file_chooser.py, the shelter summary in test_day_shelters.py, the weapon carried to the risk checklist in
test_intake_form.py and test_day_case_details.py, the recovery key's Print in test_first_run.py and
test_day_printing.py, the consent check before the file chooser in test_day_letter.py.)"""

from __future__ import annotations

from pathlib import Path

from gui_support import WORKER_TIMEOUT, click, save_and_close, show_case, type_into, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kadin_danisma.domain import records as r
from kadin_danisma.gui.base.labels import days_ago
from kadin_danisma.gui.base.preferences import install_translations
from kadin_danisma.gui.case.children_tab import ChildDialog
from kadin_danisma.services import cases


def test_a_saved_note_is_said_in_the_status_bar_and_nothing_moves(qtbot, open_as) -> None:
    session, ctx = open_as()
    case_id = cases.create_case(session, r.Client("Durum Çubuğu"), r.Intake("2026-01-02", violence_types=["verbal"]))
    cases.finish_intake(session, case_id)
    view = show_case(qtbot, ctx, case_id)
    view.tabs.setCurrentWidget(view.notes_tab)
    tabs_at = view.tabs.geometry()
    bar = view.status_bar
    assert bar.isVisible() and bar.geometry().top() > tabs_at.bottom(), "the status bar is under the tabs"
    editor = view.open_note_editor()
    assert editor is not None
    qtbot.mouseClick(editor.body, Qt.MouseButton.LeftButton)
    type_text(qtbot, editor.body, "Kısa görüşme.")
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, editor)
    assert view.status.text() == "Note saved." and bar.isAncestorOf(view.status)
    assert view.tabs.geometry() == tabs_at, "the tabs did not move under her pointer"


def test_turkish_words_on_the_wizard_and_for_children(qtbot, app, make_window, open_as, tmp_path: Path) -> None:
    install_translations(app, "tr")
    assert days_ago(0) == "bugün" and days_ago(1) == "dün" and days_ago(3) == "3 gün önce"
    window = make_window(tmp_path / "yeni")
    wizard = window.wizard
    texts = {wizard.buttonText(b) for b in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                                             QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton)}
    assert "İşle" not in {t.replace("&", "") for t in texts}
    assert wizard.buttonText(QWizard.WizardButton.CommitButton) == "&Kasayı oluştur"

    # A child is a girl or a boy ("Kız / Erkek"), never a woman.
    session, ctx = open_as()
    case_id = cases.create_case(session, r.Client("Çocuklu Hanım"), r.Intake("2026-01-02", violence_types=["verbal"]))
    cases.finish_intake(session, case_id)
    view = show_case(qtbot, ctx, case_id)
    view.tabs.setCurrentWidget(view.children_tab)
    click(qtbot, view.children_tab.add_button)
    dialog = view.children_tab.dialog
    assert isinstance(dialog, ChildDialog)
    offered = [dialog.sex.itemText(i) for i in range(dialog.sex.count())]
    assert offered[:2] == ["kız", "erkek"] and "kadın" not in offered
    type_into(qtbot, dialog.name, "Elif")
    dialog.sex.setCurrentIndex(0)
    with qtbot.waitSignal(view.loaded, timeout=WORKER_TIMEOUT):
        save_and_close(qtbot, dialog)
    assert view.children_tab.table.item(0, 2).text() == "kız"
    # Dates are asked for as they are shown.
    view.tabs.setCurrentWidget(view.followups_tab)
    click(qtbot, view.followups_tab.plan_button)
    plan = view.followups_tab.dialog
    assert plan.due_on.placeholderText() == "GG.AA.YYYY"
    plan.reject()
