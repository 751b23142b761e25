"""The conflict panel of a case (issue 17): after a package brought a change to a field changed here too, the
case says so above its tabs; the counselor opens the panel, sees both values with who changed each, takes the
partner's value, and the case shows it. Synthetic data; the package's content is applied directly (the sealed
file is part 1's)."""

from __future__ import annotations

from gui_support import (
    COUNSELOR,
    PASSWORD,
    WORKER_TIMEOUT,
    click,
    is_gone,
    show_case,
    the_dialog,
    type_into,
    unnamed_inputs,
    wait_reloaded,
    widget_texts,
)

from kadin_danisma.domain import records as r
from kadin_danisma.gui.base.preferences import install_translations
from kadin_danisma.gui.case.conflicts_dialog import ConflictsDialog
from kadin_danisma.services import cases, package_content, shelters
from kadin_danisma.services.package_registry import case_rows
from kadin_danisma.services.package_state import value_hash
from kadin_danisma.services.record_loader import load_record

PARTNER = "ab" * 32


def conflicting_package(session, case_id: int, theirs: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A package from the partner changing the child's school (and more) since the original."""
    conn = session.connection()
    case_uuid, number = conn.execute("SELECT uuid, case_number FROM cases WHERE id = ?", (case_id,)).fetchone()
    child_uuid = conn.execute("SELECT uuid FROM children WHERE case_id = ?", (case_id,)).fetchone()[0]
    original = {"name": "Deniz", "birth_year": 2018, "sex": "male", "accompanying": 1, "school": "Eski Okul",
                "concerns": [], "needs": "Eski ihtiyaç"}
    values = {**original, **theirs}
    payload = {"format": package_content.FORMAT, "version": package_content.VERSION, "withheld_notes": 0,
               "institutions": [], "shelters": [], "cases": [{"uuid": case_uuid, "case_number": number, "records": [
                   {"t": "children", "u": child_uuid, "by": "konukevi", "at": "2026-11-30T10:00:00", "f": values,
                    "b": {k: value_hash(v) for k, v in original.items()}}]}]}
    with session.write() as wconn:
        package_content.apply(session, wconn, PARTNER, payload, sequence=1, acked=0)


def test_the_conflict_panel_resolves_a_conflict_as_a_person_would(qtbot, open_as) -> None:  # type: ignore[no-untyped-def]
    session, ctx = open_as(COUNSELOR, PASSWORD)
    case_id = cases.create_case(session, r.Client(full_name="Çakışma Deneme"), children=[
        r.Child("Deniz", 2018, "male", True, "Eski Okul", needs="Eski ihtiyaç")])
    child = load_record(session.connection(), case_id).children[0]
    child.school, child.needs = "Merkez Okulu", "Merkez ihtiyacı"
    cases.save_child(session, case_id, child)
    conflicting_package(session, case_id, {"school": "Konukevi Okulu", "needs": "Konukevi ihtiyacı"})

    view = show_case(qtbot, ctx, case_id)
    assert view.conflicts_row.isVisible()
    assert "2" in view.conflicts_banner.text()
    click(qtbot, view.conflicts_button)
    dialog = the_dialog(qtbot, ConflictsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WORKER_TIMEOUT)
    assert unnamed_inputs(dialog) == []  # a screen reader names every input
    assert dialog.width() <= 1366 and dialog.height() <= 768
    shown = widget_texts(dialog.table)
    for text in ("Merkez Okulu", "Konukevi Okulu", "konukevi", COUNSELOR):
        assert any(text in t for t in shown), text

    # the school: the partner's value
    dialog.table.selectRow([c.field for c in dialog.conflicts].index("school"))
    click(qtbot, dialog.take_incoming)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 or dialog.error.text() not in (
        "", dialog.working, "Resolved.", "Çözüldü."), timeout=WORKER_TIMEOUT)
    assert dialog.table.rowCount() == 1, dialog.error.text()
    # the needs: a new text, typed
    dialog.table.selectRow(0)
    type_into(qtbot, dialog.typed, "İkisinden yeni ihtiyaç")
    assert dialog.type_new.isChecked()
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: is_gone(dialog), timeout=WORKER_TIMEOUT)  # nothing left: it closes
    wait_reloaded(qtbot, view)
    qtbot.waitUntil(lambda: not view.conflicts_row.isVisible(), timeout=WORKER_TIMEOUT)
    kid = load_record(session.connection(), case_id).children[0]
    assert (kid.school, kid.needs) == ("Konukevi Okulu", "İkisinden yeni ihtiyaç")
    logged = session.connection().execute(
        "SELECT details FROM audit_log WHERE action = 'package_conflict_resolve' ORDER BY id").fetchall()
    assert len(logged) == 2 and not any("Okulu" in d or "ihtiya" in d for (d,) in logged)


def test_the_casework_kinds_and_fields_have_turkish_labels(app) -> None:  # type: ignore[no-untyped-def]
    """Referrals, placements, consents and appointments travel in later packages: the conflict panel names
    each of their kinds and fields in Turkish, never as a table or column name."""
    from kadin_danisma.gui.base.package_labels import field_name, record_kind, value_text
    from kadin_danisma.gui.base.preferences import install_translations
    from kadin_danisma.services.package_registry import REGISTRY

    install_translations(app, "tr")
    try:
        for table in REGISTRY:  # every kind a later package carries, support records and measures too
            assert record_kind(table) != table, table
            for field in REGISTRY[table].fields:
                assert field_name(field) != field, (table, field)
        assert (record_kind("placements"), field_name("ended_on")) == ("Konukevi yerleştirmesi", "bitiş tarihi")
        assert (record_kind("aid_records"), field_name("committee_decision_no")) == (
            "Yardım", "komisyon karar numarası")
        assert value_text(150_000, "amount_kurus", "aid_records") == "1.500,00"
        assert value_text("delivered", "status", "aid_records") == "Teslim edildi"
    finally:
        install_translations(app, "en")


def test_a_placement_ended_differently_on_both_sides_is_shown_in_turkish_and_resolved(  # type: ignore[no-untyped-def]
        qtbot, open_as, app) -> None:
    """The shelter ended her placement a day later for another reason: the panel names the kind, the fields and
    both reasons in Turkish (labels, never codes); taking the partner's reason writes it."""
    session, ctx = open_as(COUNSELOR, PASSWORD)
    case_id = cases.create_case(session, r.Client(full_name="Çakışma Deneme"), children=[
        r.Child("Deniz", 2018, "male", True, "Eski Okul")])
    kid = load_record(session.connection(), case_id).children[0].id
    free = max(shelters.occupancy(session.connection()), key=lambda s: s.free)
    pid = shelters.place(session, case_id, free.shelter_id, [kid], on="2026-11-06")
    conn = session.connection()
    [row] = [x for x in case_rows(conn, case_id, {}) if x.spec.table == "placements"]
    original = dict(row.values)
    shelters.end_placement(session, case_id, pid, "returned_home", on="2026-11-20")
    theirs = {**original, "status": "ended", "ended_on": "2026-11-21", "exit_reason": "independent_living"}
    case_uuid, number = conn.execute("SELECT uuid, case_number FROM cases WHERE id = ?", (case_id,)).fetchone()
    payload = {"format": package_content.FORMAT, "version": package_content.VERSION, "withheld_notes": 0,
               "institutions": [], "shelters": [], "cases": [{"uuid": case_uuid, "case_number": number, "records": [
                   {"t": "placements", "u": row.uuid, "by": "konukevi", "at": "2026-11-30T10:00:00", "f": theirs,
                    "b": {k: value_hash(v) for k, v in original.items()}}]}]}
    with session.write() as wconn:
        got = package_content.apply(session, wconn, PARTNER, payload, sequence=1, acked=0)
    assert (got.fields_changed, got.conflicts) == (0, 2)  # the status is "ended" on both sides: the same
    install_translations(app, "tr")
    try:
        view = show_case(qtbot, ctx, case_id)
        click(qtbot, view.conflicts_button)
        dialog = the_dialog(qtbot, ConflictsDialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WORKER_TIMEOUT)
        shown = widget_texts(dialog.table)
        for text in ("Konukevi yerleştirmesi: ayrılış nedeni", "Konukevi yerleştirmesi: bitiş tarihi",
                     "Bağımsız yaşama geçti", "Evine döndü", "2026-11-21"):
            assert any(text in t for t in shown), text
        assert not any("independent_living" in t or "returned_home" in t for t in shown)
        dialog.table.selectRow([c.field for c in dialog.conflicts].index("exit_reason"))
        click(qtbot, dialog.take_incoming)
        click(qtbot, dialog.ok_button())
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WORKER_TIMEOUT)
        dialog.reject()
    finally:
        install_translations(app, "en")
    assert load_record(session.connection(), case_id).placements[0].exit_reason == "independent_living"
