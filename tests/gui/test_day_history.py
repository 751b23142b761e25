"""Issue 15, item 5: every line of a case's history reads as a sentence, in Turkish and in English, naming the
shelter, the institution, the child and the counselors; never an id, a raw key or an English event code."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from gui_support import ADMIN, PASSWORD, SUPERVISOR, WORKER_TIMEOUT, show_case

from kadin_danisma.domain import records as r
from kadin_danisma.gui.base.preferences import install_translations
from kadin_danisma.gui.case import history_lines as history_lines_module
from kadin_danisma.services import (
    cases,
    closure,
    consents,
    directory,
    exports,
    notes,
    referrals,
    shelters,
    vault_service,
)

DAY = (date.today() - timedelta(days=6)).isoformat()
SHELTER = "Papatya Kadın Konukevi"
RAW = re.compile(r"[a-z]+_[a-z_]+|\b(True|False|None)\b|\bcase:\d|: \d+\b")


def busy_case(folder, session) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    admin = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        sid = shelters.save_shelter(admin, r.Shelter(SHELTER, "kadin_konukevi", 8, "İzmir"))
    finally:
        admin.lock()
    case_id = cases.create_case(session, r.Client("Tarih Hanım"), r.Intake(DAY, violence_types=["economic"]),
                                children=[r.Child("Zeynep", date.today().year - 7, "female", True)])
    cases.finish_intake(session, case_id)
    notes.add_note(session, case_id, r.Note("phone_call", DAY, "Arandı."))
    shelters.place(session, case_id, sid, cases.open_case(session, case_id).children[0].id and
                   [c.id for c in cases.open_case(session, case_id).children], on=DAY)
    bar = directory.search_institutions(session, "baro")[0]
    consents.record_consent(session, case_id, r.Consent("share_with_institution", DAY), bar.id)
    rid = referrals.create_referral(session, case_id, bar.id, "Adli yardım", "Avukat")
    referrals.change_status(session, case_id, rid, "sent", on=DAY)
    client = cases.open_case(session, case_id).client
    client.safe_contact.safe_phone = "0555 000 11 22"
    cases.update_client(session, case_id, client)
    closure.request_closure(session, case_id, r.ClosureRequest("goals_met", checklist=["needs_met"], summary="Tamam."))
    return case_id, bar.name


def history_lines(qtbot, view) -> list[str]:  # type: ignore[no-untyped-def]
    view.tabs.setCurrentWidget(view.history_tab)
    qtbot.waitUntil(lambda: view.history_tab.loaded, timeout=WORKER_TIMEOUT)
    table = view.history_tab.table
    return [table.item(i, 2).text() for i in range(table.rowCount())]


def test_history_reads_as_sentences_with_names(qtbot, app, open_as, case_vault) -> None:
    session, _ctx = open_as()
    case_id, institution = busy_case(case_vault.folder, session)

    # In Turkish (the default language), as the counselor reads it.
    install_translations(app, "tr")
    _tr_session, tr_ctx = open_as()
    view = show_case(qtbot, tr_ctx, case_id)
    lines = history_lines(qtbot, view)
    text = "\n".join(lines)
    assert f"\u2068{SHELTER}\u2069" in text and f"\u2068{institution}\u2069" in text
    assert "0555 000 11 22" in text
    assert not [line for line in lines if RAW.search(line)], [line for line in lines if RAW.search(line)]
    for english in ("finish intake", "request closure", "Changed", "Status changed", "placed her"):
        assert english not in text, english
    assert all(line.lstrip("\u2068\u200e\u200f")[:1].isupper() and line.endswith((".", "”")) for line in lines), lines

    # In English, the same history, the same names.
    install_translations(app, "en")
    _en_session, en_ctx = open_as(SUPERVISOR, PASSWORD)
    en_view = show_case(qtbot, en_ctx, case_id)
    en_lines = history_lines(qtbot, en_view)
    en_text = "\n".join(en_lines)
    assert f"Placed her in \u2068{SHELTER}\u2069 with 1 child(ren)." in en_lines
    assert f"Referral to \u2068{institution}\u2069: from Draft to Sent." in en_lines or any(
        line.startswith(f"Referral to \u2068{institution}\u2069: from ") for line in en_lines)
    assert any(line.startswith("Asked for the case to be closed: Goals met") for line in en_lines)
    assert any(line.startswith("Intake finished: from ") for line in en_lines)
    assert not [line for line in en_lines if RAW.search(line)]
    # The access log reads the same way.
    access = en_view.history_tab.access_table
    assert any(access.item(i, 2).text() == "Opened the case." for i in range(access.rowCount()))
    assert "case_view" not in en_text


def test_every_case_action_the_services_log_has_a_sentence() -> None:
    """An action logged against a case without its own sentence would show as its raw key ("follow up add"),
    in English even in Turkish. Every action the services write with a case as target is listed here from
    their source, and each must have its own branch in history_lines."""
    services = Path(cases.__file__).parent
    written: set[str] = set()
    patterns = (
        r'\.(?:log|audit)\(\s*(?:\w+,\s*)?"([a-z_]+)",\s*(?:ref\.target|f"case:)',
        r'log_(?:reason|changes)\(\s*\w+,\s*\w+,\s*"([a-z_]+)",\s*(?:ref\.target|f"case:)',
    )
    for source in services.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        for pattern in patterns:
            written.update(re.findall(pattern, text))
    written.update(exports.AUDIT_ACTIONS.values())
    assert {"case_create", "case_update", "follow_up_settle", "export_pdf", "case_view"} <= written, written
    handled = Path(history_lines_module.__file__).read_text(encoding="utf-8")
    assert not [a for a in sorted(written) if f'"{a}"' not in handled], written
