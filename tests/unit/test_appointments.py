"""Appointments (issue 20) through the services: a clash of each kind is reported before anything is saved,
an attended appointment becomes its note in one step with the interpreter filled in, a no-show is counted and
can plan a follow-up, the booking is prefilled from the intake, the calendar shows other counselors' bookings
without their cases, the front desk's day list has no names, and appointments travel in the interchange
format. Synthetic data only."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.appointments import ClashKind
from kadin_danisma.domain.errors import BookingConflict, InvalidInput, PermissionDenied, ReasonRequired
from kadin_danisma.services import appointments, calendar, calendar_setup, cases, interchange, vault_service

pytestmark = pytest.mark.both_stores

TODAY = date.today()
NAME = "Nour Al-Hassan"
ARABIC = "نور الحسن"


def at(days: int, hour: int, minute: int = 0) -> str:
    return f"{(TODAY + timedelta(days=days)).isoformat()}T{hour:02d}:{minute:02d}"


def audit_after(session: Any, after: int) -> list[tuple[str, dict[str, Any]]]:
    found = session.connection().execute("SELECT action, details FROM audit_log WHERE id > ? ORDER BY id", (after,))
    return [(str(a), json.loads(d)) for a, d in found]


def last_id(session: Any) -> int:
    return int(session.connection().execute("SELECT max(id) FROM audit_log").fetchone()[0])


@pytest.fixture
def center(team: kd_support.Team) -> dict[str, Any]:
    """Two rooms, an Arabic and a French interpreter, and one case of ayse's (she needs Arabic)."""
    admin = team.login(kd_support.ADMIN)
    calendar_setup.save_room(admin, r.Room("Görüşme Odası 1"))
    calendar_setup.save_room(admin, r.Room("Çocuk Odası"))
    calendar_setup.save_interpreter(admin, r.Interpreter("Leyla Tercüman", ["ara", "kmr"]))
    calendar_setup.save_interpreter(admin, r.Interpreter("Claire Interprète", ["fra"]))
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(NAME, languages=["ara"], interpreter_language="ara"),
                                r.Intake(TODAY.isoformat(), "walk_in", violence_types=["physical"]))
    other = cases.create_case(ayse, r.Client("Selvi Kanarya"), r.Intake(TODAY.isoformat(), "walk_in"))
    return {"admin": admin, "ayse": ayse, "case": case_id, "other": other, "team": team}


def booking(start: str, end: str, **kw: Any) -> r.Appointment:
    values: dict[str, Any] = {"counselors": ["ayse"], "room": "Görüşme Odası 1"}
    values.update(kw)
    return r.Appointment(start, end, values.pop("kind", "psychological"), **values)


def test_the_intake_prefills_the_booking(center: dict[str, Any]) -> None:
    prefilled = appointments.defaults(center["ayse"], center["case"])
    assert prefilled.interpreter_language == "ara"
    assert prefilled.interpreter == "Leyla Tercüman"  # she speaks the language needed
    assert prefilled.counselors == ["ayse"]
    # Without a recorded need, her languages decide: no Turkish spoken, an interpreter for her first language.
    ayse = center["ayse"]
    third = cases.create_case(ayse, r.Client("Amira Deneme", languages=["fra", "ara"]))
    assert appointments.defaults(ayse, third).interpreter_language == "fra"
    assert appointments.defaults(ayse, third).interpreter == "Claire Interprète"
    fourth = cases.create_case(ayse, r.Client("Türkçe Konuşan", languages=["tur", "ara"]))
    assert appointments.defaults(ayse, fourth).interpreter_language is None


@pytest.mark.parametrize("kind", ["counselor", "room", "interpreter", "language"])
def test_a_clash_of_each_kind_is_warned_before_saving(center: dict[str, Any], kind: str) -> None:
    ayse, case_id, other = center["ayse"], center["case"], center["other"]
    first = booking(at(1, 10), at(1, 11), interpreter_language="ara", interpreter="Leyla Tercüman")
    appointments.book(ayse, case_id, first)
    # The second booking overlaps the first (10:30–11:30) and shares exactly one thing with it.
    second = {
        "counselor": booking(at(1, 10, 30), at(1, 11, 30), room="Çocuk Odası"),
        "room": booking(at(1, 10, 30), at(1, 11, 30), counselors=["zeynep"]),
        "interpreter": booking(at(1, 10, 30), at(1, 11, 30), counselors=["zeynep"], room="Çocuk Odası",
                               interpreter_language="ara", interpreter="Leyla Tercüman"),
        # No overlap at all, but the interpreter chosen does not interpret Arabic.
        "language": booking(at(2, 10), at(2, 11), interpreter_language="ara", interpreter="Claire Interprète"),
    }[kind]
    before = ayse.connection().execute("SELECT count(*) FROM appointments").fetchone()[0]
    with pytest.raises(BookingConflict) as caught:
        appointments.book(ayse, other, second)
    found = caught.value.clashes
    assert [c.kind for c in found] == [ClashKind(kind)]
    assert ayse.connection().execute("SELECT count(*) FROM appointments").fetchone()[0] == before, "nothing saved"
    if kind != "language":
        assert found[0].other is not None and found[0].starts_at == at(1, 10)
    # The same question without saving, as the booking dialog asks it while she types.
    assert [c.kind for c in appointments.clashes(ayse, other, second)] == [ClashKind(kind)]
    # Booked knowingly: saved, and the log counts the clash she accepted (and holds no time, no name).
    mark = last_id(ayse)
    appointments.book(ayse, other, second, accept_clashes=True)
    entries = audit_after(ayse, mark)
    added = [d for a, d in entries if a == "appointment_add"]
    assert added and added[0]["clashes_accepted"] == 1
    assert at(1, 10)[:10] not in json.dumps(entries) and NAME not in json.dumps(entries)


def test_no_clash_when_the_times_only_touch_or_the_first_was_cancelled(center: dict[str, Any]) -> None:
    ayse, case_id = center["ayse"], center["case"]
    first = appointments.book(ayse, case_id, booking(at(1, 10), at(1, 11)))
    appointments.book(ayse, case_id, booking(at(1, 11), at(1, 12)))  # starts as the first ends
    with pytest.raises(BookingConflict):
        appointments.book(ayse, case_id, booking(at(1, 10, 15), at(1, 10, 45)))
    appointments.cancel(ayse, first, "Danışan telefonla erteledi.")
    appointments.book(ayse, case_id, booking(at(1, 10, 15), at(1, 10, 45)))


def test_an_attended_appointment_becomes_its_note_with_the_interpreter(center: dict[str, Any]) -> None:
    ayse, case_id = center["ayse"], center["case"]
    aid = appointments.book(ayse, case_id, booking(at(0, 9), at(0, 9, 50), kind="legal", interpreter_language="ara",
                                                   interpreter="Leyla Tercüman"))
    note = appointments.note_for(ayse, aid)
    assert (note.note_type, note.note_date, note.duration_minutes) == ("legal_counseling", TODAY.isoformat(), 50)
    assert (note.interpreter_present, note.interpreter_language, note.interpreter_name) == \
        (True, "ara", "Leyla Tercüman")
    note.body = "Boşanma süreci ve nafaka hakkında bilgi verildi."
    note_id = appointments.attend(ayse, aid, note)
    record = cases.open_case(ayse, case_id)
    (saved,) = [n for n in record.notes if n.id == note_id]
    assert saved.interpreter_name == "Leyla Tercüman" and saved.body == note.body
    (done,) = record.appointments
    assert done.status == "attended"
    assert ayse.connection().execute("SELECT note_id FROM appointments WHERE id = ?", (aid,)).fetchone()[0] == note_id
    # What happened is recorded once: no second note, no status change after it.
    with pytest.raises(InvalidInput) as caught:
        appointments.attend(ayse, aid, note)
    assert caught.value.code == "appointment_closed"


def test_a_coming_appointment_cannot_be_attended_or_missed(center: dict[str, Any]) -> None:
    ayse = center["ayse"]
    aid = appointments.book(ayse, center["case"], booking(at(3, 9), at(3, 10)))
    for act in (lambda: appointments.attend(ayse, aid, r.Note("legal_counseling", TODAY.isoformat(), "x")),
                lambda: appointments.no_show(ayse, aid)):
        with pytest.raises(InvalidInput) as caught:
            act()
        assert caught.value.code == "appointment_in_future"


def test_a_no_show_is_counted_and_plans_a_follow_up(center: dict[str, Any]) -> None:
    ayse, case_id = center["ayse"], center["case"]
    aid = appointments.book(ayse, case_id, booking(at(-1, 14), at(-1, 15)))
    due = (TODAY + timedelta(days=2)).isoformat()
    follow_up = appointments.no_show(ayse, aid, due, "Güvenli numaradan aranacak")
    record = cases.open_case(ayse, case_id)
    assert [a.status for a in record.appointments] == ["no_show"]
    assert [(f.id, f.due_on) for f in record.follow_ups] == [(follow_up, due)]
    counted = dict(ayse.connection().execute("SELECT status, count(*) FROM appointments GROUP BY status").fetchall())
    assert counted == {"no_show": 1}


def test_cancelling_needs_a_reason(center: dict[str, Any]) -> None:
    ayse = center["ayse"]
    aid = appointments.book(ayse, center["case"], booking(at(1, 9), at(1, 10)))
    with pytest.raises(InvalidInput):
        appointments.cancel(ayse, aid, "   ")
    appointments.cancel(ayse, aid, "Mahkeme günü değişti")
    (shown,) = cases.open_case(ayse, center["case"]).appointments
    assert (shown.status, shown.cancel_reason) == ("cancelled", "Mahkeme günü değişti")


def test_reschedule_checks_clashes_and_keeps_history(center: dict[str, Any]) -> None:
    ayse, case_id = center["ayse"], center["case"]
    first = appointments.book(ayse, case_id, booking(at(1, 9), at(1, 10)))
    second = appointments.book(ayse, case_id, booking(at(1, 11), at(1, 12)))
    with pytest.raises(BookingConflict):
        appointments.reschedule(ayse, second, booking(at(1, 9, 30), at(1, 10, 30)))
    appointments.reschedule(ayse, second, booking(at(1, 13), at(1, 14), room="Çocuk Odası"))
    (moved,) = [a for a in cases.open_case(ayse, case_id).appointments if a.id == second]
    assert (moved.starts_at, moved.room) == (at(1, 13), "Çocuk Odası")
    assert first != second


def test_bad_bookings_are_refused_by_field(center: dict[str, Any]) -> None:
    ayse, case_id = center["ayse"], center["case"]
    cases_of_problems = [
        (booking(at(1, 10), at(1, 9)), "$.appointment.ends_at"),
        (booking("2026-13-01T10:00", at(1, 9)), "$.appointment.starts_at"),
        (booking(at(1, 9), at(1, 10), counselors=["selin"]), "$.appointment.counselors[0]"),  # not a counselor
        (booking(at(1, 9), at(1, 10), counselors=[]), "$.appointment.counselors"),
        (booking(at(1, 9), at(1, 10), room="Yok Böyle Oda"), "$.appointment.room"),
        (booking(at(1, 9), at(1, 10), interpreter="Leyla Tercüman"), "$.appointment.interpreter_language"),
    ]
    for appt, path in cases_of_problems:
        with pytest.raises(InvalidInput) as caught:
            appointments.book(ayse, case_id, appt)
        assert path in [p for p, _ in caught.value.details["problems"]], path


def test_appointments_follow_the_case_rules(center: dict[str, Any]) -> None:
    team = center["team"]
    zeynep, bilgi, selin = team.login("zeynep"), team.login("bilgi"), team.login("selin")
    ayse, case_id = center["ayse"], center["case"]
    aid = appointments.book(ayse, case_id, booking(at(0, 9), at(0, 10), interpreter_language="ara",
                                                   interpreter="Leyla Tercüman"))
    with pytest.raises(ReasonRequired):
        appointments.book(zeynep, case_id, booking(at(1, 9), at(1, 10), counselors=["zeynep"]))
    with pytest.raises(PermissionDenied):
        appointments.attend(selin, aid, appointments.note_for(selin, aid))  # a supervisor reads, never writes
    with pytest.raises(PermissionDenied):
        calendar.span(bilgi, TODAY)  # an admin sees no case work
    # Zeynep sees that ayse, the room and the interpreter are taken, not whose case it is.
    (seen,) = calendar.span(zeynep, TODAY)
    assert not seen.visible and seen.case_number == "" and seen.client_name == "" and seen.kind == ""
    assert (seen.room, seen.interpreter, seen.counselors) == ("Görüşme Odası 1", "Leyla Tercüman", ("ayse",))
    (mine,) = calendar.span(ayse, TODAY)
    assert mine.visible and mine.client_name == NAME and mine.kind == "psychological"
    (supervised,) = calendar.span(selin, TODAY)
    assert supervised.visible
    assert [b.id for b in calendar.today(ayse)] == [aid] and calendar.today(zeynep) == []
    assert [b.id for b in calendar.span(zeynep, TODAY, 7, "room", seen.room_id)] == [aid]
    assert calendar.span(zeynep, TODAY, 7, "interpreter", (seen.interpreter_id or 0) + 1) == []


def test_the_day_list_has_no_names(center: dict[str, Any]) -> None:
    ayse = center["ayse"]
    arabic = cases.create_case(ayse, r.Client(ARABIC), r.Intake(TODAY.isoformat(), "walk_in"))
    appointments.book(ayse, center["case"], booking(at(0, 9), at(0, 10)))
    appointments.book(ayse, center["other"], booking(at(0, 11), at(0, 12), room="Çocuk Odası"))
    appointments.book(ayse, arabic, booking(at(0, 14), at(0, 15)))
    appointments.book(ayse, center["other"], booking(at(1, 11), at(1, 12)))  # another day
    lines = calendar.day_list(ayse, TODAY)
    assert [(x.starts_at[11:], x.room) for x in lines] == [("09:00", "Görüşme Odası 1"), ("11:00", "Çocuk Odası"),
                                                            ("14:00", "Görüşme Odası 1")]
    assert all(x.case_number.startswith("KDM-") for x in lines)
    assert NAME not in repr(lines) and "Selvi Kanarya" not in repr(lines)
    assert lines[0].counselors == ("Ayşe Danışman",)
    # The printed list, read back from the PDF: times, rooms and case numbers, no client's name in any script.
    import pdf_reading

    from kadin_danisma.services import exports

    for lang, heading in (("tr", "Günlük randevu listesi"), ("en", "Appointments of the day")):
        pdf = exports.day_list_pdf(ayse, TODAY, lang)
        text = pdf_reading.text(pdf)
        assert heading in text and "09:00–10:00" in text and "Çocuk Odası" in text
        assert all(x.case_number in text for x in lines)
        for name in (NAME, "Selvi Kanarya", "Nour", "Kanarya", ARABIC, "الحسن"):
            assert pdf_reading.compact(name) not in pdf_reading.compact(text), name


def test_rooms_and_interpreters_are_the_admins(center: dict[str, Any]) -> None:
    ayse, admin = center["ayse"], center["admin"]
    with pytest.raises(PermissionDenied):
        calendar_setup.save_room(ayse, r.Room("Yeni Oda"))
    with pytest.raises(InvalidInput) as caught:
        calendar_setup.save_room(admin, r.Room("  Görüşme   Odası 1 "))
    assert caught.value.code == "name_taken"
    with pytest.raises(InvalidInput):
        calendar_setup.save_interpreter(admin, r.Interpreter("Dilsiz", []))
    leyla = next(p for p in calendar_setup.interpreters(ayse) if p.name == "Leyla Tercüman")
    calendar_setup.save_interpreter(admin, r.Interpreter(leyla.name, ["ara"], active=False, id=leyla.id))
    assert "Leyla Tercüman" not in [p.name for p in calendar_setup.interpreters(ayse)]
    assert "Leyla Tercüman" in [p.name for p in calendar_setup.interpreters(ayse, include_retired=True)]
    with pytest.raises(InvalidInput):  # retired: not offered for a new booking
        appointments.book(ayse, center["case"], booking(at(1, 9), at(1, 10), interpreter_language="ara",
                                                        interpreter="Leyla Tercüman"))


def test_appointments_travel_in_the_interchange_format(center: dict[str, Any], new_vault: Any) -> None:
    ayse, case_id = center["ayse"], center["case"]
    appointments.book(ayse, case_id, booking(at(1, 9), at(1, 10), interpreter_language="ara",
                                             interpreter="Leyla Tercüman"))
    past = appointments.book(ayse, case_id, booking(at(-2, 9), at(-2, 10)))
    appointments.no_show(ayse, past)
    doc = interchange.export_case(ayse, case_id)
    exported = doc["cases"][0]["appointments"]
    assert [a["status"] for a in exported] == ["no_show", "planned"]
    assert exported[1]["interpreter"] == "Leyla Tercüman" and exported[1]["uuid"]
    # Into another center's vault: the counselors stay names, the room and interpreter are kept (retired).
    folder, _ = new_vault("elsewhere")
    other = vault_service.unlock(folder, kd_support.ADMIN, kd_support.PASSWORD)
    from kadin_danisma.domain.roles import Role
    from kadin_danisma.services import users
    users.add_user(other, "merve", "Merve", frozenset({Role.COUNSELOR}), kd_support.PASSWORD)
    other.lock()
    kd_support.clear_must_change(folder)
    merve = vault_service.unlock(folder, "merve", kd_support.PASSWORD)
    try:
        (new_id,) = interchange.import_document(merve, json.loads(json.dumps(doc)))
        imported = cases.open_case(merve, new_id).appointments
        assert [(a.status, a.counselors, a.room, a.uuid) for a in imported] == \
            [(x["status"], ["ayse"], "Görüşme Odası 1", x["uuid"]) for x in exported]
        assert calendar_setup.rooms(merve) == []  # kept for the record, never offered for new bookings
        with pytest.raises(Exception) as twice:
            interchange.import_document(merve, json.loads(json.dumps(doc)))
        assert "already exists" in str(twice.value)
    finally:
        merve.lock()


def test_the_front_desk_script_prints_the_day(center: dict[str, Any], tmp_path: Any) -> None:
    ayse = center["ayse"]
    appointments.book(ayse, center["case"], booking(at(0, 9), at(0, 9, 45), interpreter_language="ara",
                                                    interpreter="Leyla Tercüman"))
    number = cases.open_case(ayse, center["case"]).case_number
    team = center["team"]
    store = ["--vault", str(team.folder)] if team.kind == "vault" else ["--server", team.dsn]
    pdf = tmp_path / "gun.pdf"
    done = kd_support.run_cli(["appointments", *store, "--user", "ayse", "--day",
                               TODAY.isoformat(), "--pdf", str(pdf)], stdin=kd_support.PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert line.split("\t") == ["09:00-09:45", "Görüşme Odası 1", number, "planned", "Ayşe Danışman",
                                "Leyla Tercüman (ara)"]
    import pdf_reading
    text = pdf_reading.text(pdf.read_bytes())
    assert number in text and "Görüşme Odası 1" in text and NAME not in text
    bad = kd_support.run_cli(["appointments", *store, "--user", "ayse", "--day", "14.03.2026"])
    assert bad.returncode != 0 and bad.stderr.count("\n") == 1 and "YYYY-MM-DD" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_the_statistics_count_attended_sessions_interpreters_and_no_shows(center: dict[str, Any]) -> None:
    from kadin_danisma.domain.suppression import CellState
    from kadin_danisma.services import consents, settings, statistics

    ayse, case_id, admin = center["ayse"], center["case"], center["admin"]
    settings.set_stats_min_cell(admin, 1)  # nothing hidden: the figures themselves are checked
    start = (TODAY - timedelta(days=20)).isoformat()
    consents.record_consent(ayse, case_id, r.Consent("anonymous_statistics", start))
    cases.finish_intake(ayse, case_id)  # a draft is no case yet for the statistics
    came = appointments.book(ayse, case_id, booking(at(-3, 9), at(-3, 10), interpreter_language="ara",
                                                    interpreter="Leyla Tercüman"))
    missed = appointments.book(ayse, case_id, booking(at(-2, 9), at(-2, 10)))
    called_off = appointments.book(ayse, case_id, booking(at(-1, 9), at(-1, 10)))
    note = appointments.note_for(ayse, came)
    note.body = "Tercümanla görüşüldü."
    appointments.attend(ayse, came, note)
    appointments.no_show(ayse, missed)
    appointments.cancel(ayse, called_off, "Danışan aradı, erteledi")
    report = statistics.run_report(ayse, statistics.ReportRequest("activity", TODAY - timedelta(days=20), TODAY,
                                                                  "tr"))

    def shown(key: str) -> dict[tuple[str, str], int]:
        t = report.table(key)
        return {(a.code, c.code): cell.value for a, row in zip(t.rows, t.cells, strict=True)
                for c, cell in zip(t.columns, row, strict=True)
                if a.code != "total" and c.code != "total" and cell.state is CellState.SHOWN and cell.value}

    assert shown("appointments") == {("attended", "with_interpreter"): 1, ("no_show", "without_interpreter"): 1,
                                     ("cancelled", "without_interpreter"): 1}
    assert shown("sessions") == {("psychosocial_session", "n"): 1}  # the attended appointment's note
    assert shown("interpreter") == {("ara", "n"): 1}
    assert shown("summary")[("no_shows", "n")] == 1
