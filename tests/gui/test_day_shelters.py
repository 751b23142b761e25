"""Issue 15, item 11 (and the shelter summary of "Also seen"): a shelter's places are counted in persons, women
and the children with them, shown apart; the choice of a shelter says its free places and its age limit for
boys; a transfer is checked against the new shelter's age limit like a new placement."""

from __future__ import annotations

from datetime import date, timedelta

from gui_support import (
    ADMIN,
    PASSWORD,
    WORKER_TIMEOUT,
    click,
    save_and_close,
    show_case,
    wait_reloaded,
)
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from shiboken6 import Shiboken

from kadin_danisma.domain import records as r
from kadin_danisma.gui.admin.shelters_page import SheltersPage
from kadin_danisma.gui.case.placements_tab import OverrideDialog, PlaceDialog, TransferDialog
from kadin_danisma.services import cases, shelters, vault_service

YEAR = date.today().year
SMALL, STRICT = "Küçük Konukevi", "Sıkı Konukevi"


def add_shelters(folder) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    admin = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        small = shelters.save_shelter(admin, r.Shelter(SMALL, "kadin_konukevi", 3, "Ankara", 12))
        strict = shelters.save_shelter(admin, r.Shelter(STRICT, "kadin_konukevi", 10, "Ankara", 6))
    finally:
        admin.lock()
    return small, strict


def mother_of_two(session) -> int:  # type: ignore[no-untyped-def]
    day = (date.today() - timedelta(days=5)).isoformat()
    case_id = cases.create_case(session, r.Client("Hülya Demir"), r.Intake(day, violence_types=["physical"]),
                                children=[r.Child("Emre", YEAR - 10, "male", True), r.Child("Ece", YEAR - 5, "female",
                                                                                             True)])
    cases.finish_intake(session, case_id)
    return case_id


def registry(qtbot, ctx) -> SheltersPage:  # type: ignore[no-untyped-def]
    page = SheltersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    with qtbot.waitSignal(page.loaded, timeout=WORKER_TIMEOUT):
        page.show()
    return page


def test_persons_are_counted_and_the_transfer_checks_the_boys_age(qtbot, open_as, case_vault) -> None:
    small, strict = add_shelters(case_vault.folder)
    session, ctx = open_as()
    case_id = mother_of_two(session)
    view = show_case(qtbot, ctx, case_id)
    tab = view.placements_tab
    view.tabs.setCurrentWidget(tab)

    # The choice says the free places and the age limit; she and both children fill the small shelter.
    click(qtbot, tab.place_button)
    dialog = tab.dialog
    assert isinstance(dialog, PlaceDialog)
    qtbot.waitUntil(lambda: dialog.shelter.count() > 0, timeout=WORKER_TIMEOUT)
    dialog.choose(small)
    assert dialog.shelter.currentText() == f"\u2068{SMALL} (Ankara)\u2069 — 3 of 3 places free · boys up to 12"
    assert dialog.persons() == 3 and dialog.hint.text() == ""
    save_and_close(qtbot, dialog)
    wait_reloaded(qtbot, view)

    page = registry(qtbot, ctx)
    row = page.row_of(SMALL)
    assert row is not None and (row.women, row.children, row.occupied, row.free) == (1, 2, 3, 0)
    index = page.registry.index(row)
    assert [page.table.item(index, j).text() for j in (3, 4, 5, 6, 7)] == ["3", "1", "2", "3", "0 — full"]
    summary = page.summary.text()
    assert "persons (" in summary and "shelters with no free place:" in summary and " full" not in summary

    # Another woman alone: the small shelter is full, and the override says both numbers.
    other = cases.create_case(session, r.Client("Yalnız Hanım"),
                              r.Intake((date.today() - timedelta(days=2)).isoformat(), violence_types=["verbal"]))
    cases.finish_intake(session, other)
    second = show_case(qtbot, ctx, other)
    second.tabs.setCurrentWidget(second.placements_tab)
    click(qtbot, second.placements_tab.place_button)
    alone = second.placements_tab.dialog
    assert isinstance(alone, PlaceDialog)
    qtbot.waitUntil(lambda: alone.shelter.count() > 0, timeout=WORKER_TIMEOUT)
    alone.choose(small)
    assert "full" in alone.hint.text()
    click(qtbot, alone.save_button())
    qtbot.waitUntil(lambda: alone.override_dialog is not None, timeout=WORKER_TIMEOUT)
    override = alone.override_dialog
    assert isinstance(override, OverrideDialog)
    said = " ".join(label.text() for label in override.findChildren(QLabel))
    assert "3 of 3 places are taken (1 women, 2 children)" in said
    override.reject()
    alone.reject()

    # The transfer to a shelter that takes boys up to 6 warns about Emre (10), as a new placement would.
    click(qtbot, tab.transfer_button)
    moving = tab.dialog
    assert isinstance(moving, TransferDialog)
    qtbot.waitUntil(lambda: moving.shelter.count() > 0, timeout=WORKER_TIMEOUT)
    moving.choose(strict)
    assert "Boys older than this shelter's limit (6)" in moving.hint.text() and "Emre" in moving.hint.text()
    assert "Ece" not in moving.hint.text()
    save_and_close(qtbot, moving)
    wait_reloaded(qtbot, view)
    now = tab.current()
    assert now is not None and now.shelter == STRICT and now.age_flag
    assert "Boy over the age limit" in tab.table.item(
        [p.id for p in view.data.record.placements].index(now.id), 7).text()
    QCoreApplication.processEvents()
    assert Shiboken.isValid(page)
