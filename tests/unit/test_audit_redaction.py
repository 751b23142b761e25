"""Issue 14 §6: the audit log holds no personal data.

Every service call that changes or explains a case writes field names and keyed hashes into the log, the
values into the case's own field history; the history a counselor reads still shows them; `verify` proves
each recorded value against its hash. A vault of the previous release (schema level 3), whose log holds
values, is redacted and chained again at upgrade, with a `log_redacted` entry naming the old head, and
this computer does not take the rewritten log for another copy.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import kd_support
import killing
import legacy_audit as legacy
import legacy_calendar
import legacy_center
import legacy_day
import legacy_package_admin
import legacy_package_server
import legacy_packages
import legacy_partners
import legacy_retention
import legacy_stats
import legacy_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import (
    cases,
    closure,
    consents,
    directory,
    followups,
    history,
    measures,
    notes,
    referrals,
    risk,
    shelters,
    users,
    vault_service,
)
from kadin_danisma.vault import audit, database, migrations
from kadin_danisma.vault.upgrade import UPGRADE_DIR

TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def audit_text(session: Any) -> str:
    """Every audit row, every column, as one string to search."""
    return "\n".join(repr(row) for row in session.connection().execute("SELECT * FROM audit_log ORDER BY id"))


class Canaries:
    """A unique marker per field, so a leak names the field that leaked."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        value = f"KANARYA-{name}-ğüşİ"
        self.values[name] = value
        return value

    def leaked(self, text: str) -> list[str]:
        return [name for name, value in self.values.items() if value in text]


# -- every service call ---------------------------------------------------------------------------------

def test_no_service_call_writes_personal_values_into_the_audit_log(team: kd_support.Team) -> None:
    c = Canaries()
    ayse, zeynep, selin, bilgi = (team.login(n) for n in ("ayse", "zeynep", "selin", "bilgi"))
    client = r.Client(c("name"), nationality=c("nationality"), disability_needs=c("disability"), income=c("income"),
                      safe_contact=r.SafeContact(c("phone"), c("times"), True, c("codeword"), c("contactnotes")))
    intake = r.Intake(ago(3), "walk_in", c("referredby"), c("request"), ["physical"], c("frequency"),
                      prior_contact_notes=c("priorcontact"))
    cid = cases.create_case(ayse, client, intake, [r.Child(c("child"), 2015, "female", school=c("school"))],
                            [r.Perpetrator("husband", c("perpetrator"), notes=c("perpnotes"))])
    record = cases.open_case(ayse, cid)
    # every field edited once more: old and new values are both canaries
    cases.update_client(ayse, cid, r.Client(c("name2"), nationality=c("nationality2"),
                                            safe_contact=r.SafeContact(c("phone2"), code_word=c("codeword2"),
                                                                       safe_contact_notes=c("contactnotes2"))))
    cases.set_intake(ayse, cid, r.Intake(ago(3), "phone", c("referredby2"), c("request2"), ["economic"]))
    cases.save_child(ayse, cid, r.Child(c("child2"), 2015, "female", school=c("school2"), id=record.children[0].id))
    cases.save_perpetrator(ayse, cid, r.Perpetrator("husband", c("perpetrator2"), id=record.perpetrators[0].id))
    cases.finish_intake(ayse, cid)
    nid = notes.add_note(ayse, cid, r.Note("phone_call", ago(1), c("note"), 10, True, "ara", c("interpreter")))
    notes.edit_note(ayse, cid, nid, r.Note("phone_call", ago(1), c("note2"), 10, True, "ara", c("interpreter2")))
    risk.add_assessment(ayse, cid, r.RiskAssessment(ago(1), ["stalking"], "very_high", c("riskreason")))
    risk.save_safety_plan(ayse, cid, r.SafetyPlan(ago(1), ["trusted_person"], c("safetyplan")))
    hospital = directory.search_institutions(ayse, "hastane")[0].id
    bar = directory.search_institutions(ayse, "baro adli")[0].id
    assert hospital is not None and bar is not None
    consents.record_consent(ayse, cid, r.Consent("share_with_institution", ago(1), notes=c("consentnotes")), hospital)
    rid = referrals.create_referral(ayse, cid, hospital, c("referralreason"), c("service"))
    referrals.change_status(ayse, cid, rid, "sent")
    referrals.change_status(ayse, cid, rid, "rejected", comment=c("rejection"))
    bar_ref = referrals.create_referral(ayse, cid, bar, c("barreason"))
    referrals.override_consent(selin, cid, bar_ref, c("override") + " acil durum")
    shelter = shelters.save_shelter(bilgi, r.Shelter("Umut Konukevi", "kadin_konukevi", 1, "Ankara",
                                                     address=c("shelteraddress"), contact_person=c("sheltercontact")))
    shelters.save_shelter(bilgi, r.Shelter("Umut Konukevi", "kadin_konukevi", 1, "Ankara",
                                           address=c("shelteraddress2"), contact_person=c("sheltercontact2"),
                                           id=shelter))
    pid = shelters.place(ayse, cid, shelter)
    shelters.end_placement(ayse, cid, pid, "independent_living")
    mid = measures.save_measure(ayse, cid, r.Measure("no_contact", "family_judge", ago(2), ago(2), None,
                                                     c("courtfile"), notes=c("measurenotes")))
    measures.save_measure(ayse, cid, r.Measure("no_contact", "family_judge", ago(2), ago(2), None, c("courtfile2"),
                                               notes=c("measurenotes2"), id=mid))
    measures.add_violation(ayse, cid, mid, r.Violation(ago(1), c("violation"), c("reportedto")))
    fid = followups.add_follow_up(ayse, cid, r.FollowUp(ago(-3), c("followup")))
    followups.mark_done(ayse, cid, fid)
    cases.open_case(zeynep, cid, reason=c("breakglass") + " izinli meslektaş")
    closure.request_closure(ayse, cid, r.ClosureRequest("goals_met", ["needs_met"], summary=c("closuresummary")))
    closure.decide(selin, cid, False, c("returncomment"))
    closure.request_closure(ayse, cid, r.ClosureRequest("goals_met", [], summary=c("closuresummary2")))
    closure.decide(selin, cid, True, c("approvecomment"))
    closure.reopen(selin, cid, c("reopen") + " yeni başvuru")
    users.add_user(bilgi, "elif", "Elif Danışman", frozenset({Role.COUNSELOR}), "Tek-Seferlik-Sifre-31")
    users.set_roles(bilgi, "elif", frozenset({Role.COUNSELOR, Role.SUPERVISOR}))
    history.case_history(ayse, cid)
    history.access_log(selin, cid)

    assert c.leaked(audit_text(ayse)) == []
    # The values are the case's: what the history shows (old and new) and the record itself.
    shown = json.dumps([e.details for e in history.case_history(ayse, cid) + history.access_log(selin, cid)],
                       ensure_ascii=False)
    for name in ("name", "name2", "codeword", "codeword2", "contactnotes2", "phone", "phone2", "child", "child2",
                 "school2", "perpetrator2", "courtfile", "courtfile2", "interpreter2", "breakglass", "override"):
        assert c.values[name] in shown, name
    report = vault_service.verify_session(ayse)
    assert report.ok, report.checks
    assert any(name == "field_history" and ok for name, ok, _ in report.checks)


def test_verify_notices_a_changed_history_value(team: kd_support.Team) -> None:
    """The keyed hash in the log proves the value kept in the case: changing the value (even with the key,
    the triggers dropped) makes verify fail and name the row."""
    ayse = team.login("ayse")
    cid = cases.create_case(ayse, r.Client("Gül Ak"))
    cases.update_client(ayse, cid, r.Client("Gül Akın"))
    assert vault_service.verify_session(ayse).ok
    conn = ayse.connection()
    with database.transaction(conn):
        conn.execute("DROP TRIGGER case_field_history_no_update")
        conn.execute("UPDATE case_field_history SET new_value = ? WHERE field = 'full_name'", (json.dumps("Gül Ay"),))
    report = vault_service.verify_session(ayse)
    assert not report.ok
    (detail,) = [d for name, ok, d in report.checks if name == "field_history" and not ok]
    assert "does not match its audit entry" in detail


# -- the upgrade from level 3 ------------------------------------------------------------------------------

OLD_NAME = "ESKİ-AD-KANARYA Şükriye Yılmaz"
NEW_NAME = "YENİ-AD-KANARYA Şükriye Demir"
CODE_WORD = "KOD-KANARYA-papatya"
CONTACT_NOTE = "NOT-KANARYA: gece aramayın"
REASON = "NEDEN-KANARYA Ayşe izinde, danışan aradı"
SHELTER_ADDRESS = "ADRES-KANARYA Gizli Sokak 9"
OLD_VALUES = (OLD_NAME, NEW_NAME, CODE_WORD, CONTACT_NOTE, REASON, SHELTER_ADDRESS)


def make_level3(team: kd_support.Team) -> tuple[int, audit.ChainHead, killing.Keys]:
    """Case work through the services, then entries in the old form (values in the log) written the way the
    level-3 app wrote them, then the objects of levels 5 and 4 taken off. Returns the case, the head, the keys."""
    ayse, zeynep, bilgi = team.login("ayse"), team.login("zeynep"), team.login("bilgi")
    case_id = cases.create_case(ayse, r.Client(OLD_NAME), r.Intake(ago(5), "walk_in", violence_types=["physical"]))
    notes.add_note(ayse, case_id, r.Note("phone_call", ago(4), "yükseltmeden önceki not"))
    shelter = shelters.save_shelter(bilgi, r.Shelter("Umut Konukevi", "kadin_konukevi", 10, "Ankara",
                                                     address="Açık adres 1"))
    with ayse.write() as conn:
        legacy.old_client_edit(conn, ayse.vault.audit_key, ayse.user_id, case_id, {
            "full_name": [OLD_NAME, NEW_NAME], "code_word": ["", CODE_WORD], "safe_contact_notes": ["", CONTACT_NOTE]})
    with zeynep.write() as conn:
        legacy.old_break_glass(conn, zeynep.vault.audit_key, zeynep.user_id, case_id, REASON)
    with bilgi.write() as conn:
        legacy.old_shelter_edit(conn, bilgi.vault.audit_key, bilgi.user_id, shelter,
                                {"address": ["Açık adres 1", SHELTER_ADDRESS]})
    for session in (bilgi, zeynep, ayse):  # ayse last: her lock notes the head this computer saw
        session.lock()
    keys = killing.keys_of(team.folder, "ayse")
    conn = database.connect(team.folder / "vault.db", keys.data)
    try:
        with database.transaction(conn):
            legacy_package_server.take_back(conn)
            legacy_package_admin.take_back(conn)
            legacy_support.take_back(conn)
            legacy_center.take_back(conn)
            legacy_packages.take_back(conn)
            legacy_partners.take_back(conn)
            legacy_retention.take_back(conn)
            legacy_calendar.take_back_to_level6(conn)
            legacy_day.take_back_to_level5(conn)
            legacy_stats.take_back_to_level4(conn)
            legacy.take_back_to_level3(conn)
        assert migrations.schema_version(conn) == 3 and legacy.level4_objects(conn) == set()
        text = "\n".join(str(d) for (d,) in conn.execute("SELECT details FROM audit_log"))
        assert all(value in text for value in OLD_VALUES), "the old log holds the values"
        head = audit.head(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return case_id, head, keys


def test_a_level_3_vault_is_redacted_and_rechained_at_upgrade(team: kd_support.Team) -> None:
    case_id, old_head, _keys = make_level3(team)

    ayse = team.login("ayse")
    assert ayse.older_copy is None, "the rewritten log is this vault's own past, not another copy"
    conn = ayse.connection()
    assert migrations.schema_version(conn) == migrations.LATEST
    assert legacy.level4_objects(conn) == legacy.ALL_LEVEL4
    leaked = [value for value in OLD_VALUES if value in audit_text(ayse)]
    assert leaked == []

    (redaction,) = conn.execute("SELECT id, details FROM audit_log WHERE action = 'log_redacted'").fetchall()
    details = json.loads(redaction[1])
    # The head before the rewrite is the pre-upgrade backup's entry, right after the one this computer noted.
    (backup_entry,) = conn.execute("SELECT id FROM audit_log WHERE action = 'backup_before_upgrade'").fetchone()
    assert backup_entry == old_head.entry_id + 1 and redaction[0] == backup_entry + 1
    assert details["old_head"]["id"] == backup_entry
    assert details["old_hashes"][str(old_head.entry_id)] == old_head.hash
    assert details["entries_redacted"] == 3 and details["from_id"] < old_head.entry_id
    after = [json.loads(d) for (d,) in conn.execute(
        "SELECT details FROM audit_log WHERE action IN ('case_update', 'break_glass', 'shelter_update') ORDER BY id")]
    assert after[0]["fields"] == ["code_word", "full_name", "safe_contact_notes"] and "changes" not in after[0]
    assert after[1]["reason_length"] == len(REASON) and "reason" not in after[1]
    assert after[2] == {"entity": "shelter", "id": after[2]["id"], "fields": ["address"]}  # no case to keep it

    # What a counselor reads in the history tab still shows the change, and a supervisor the reason.
    (change,) = [e for e in history.case_history(ayse, case_id) if e.action == "case_update"]
    assert change.details["changes"] == {"full_name": [OLD_NAME, NEW_NAME], "code_word": ["", CODE_WORD],
                                         "safe_contact_notes": ["", CONTACT_NOTE]}
    assert change.user == "ayse"
    selin = team.login("selin")
    (glass,) = [e for e in history.access_log(selin, case_id) if e.action == "break_glass"]
    assert (glass.user, glass.details) == ("zeynep", {"reason": REASON})

    report = vault_service.verify_session(ayse)
    assert report.ok, report.checks
    # The backup made before the upgrade is the vault as it was (values and all), for a failed upgrade only.
    assert [p.name.split("-")[1] for p in sorted((team.folder / UPGRADE_DIR).glob("*.kdbak"))] == ["3"]


def test_a_note_of_the_old_head_that_does_not_match_is_still_another_copy(team: kd_support.Team) -> None:
    """The redaction does not quiet every warning: a note naming the old head with another hash (this
    computer saw a different history) still reads as a diverged copy."""
    make_level3(team)
    conn_keys = killing.keys_of(team.folder, "ayse")
    conn = database.connect(team.folder / "vault.db", conn_keys.data)
    try:
        # Another history of the same length: the last entry rewritten with a different action.
        with database.transaction(conn):
            conn.execute("DROP TRIGGER audit_log_no_update")
            last = audit.head(conn).entry_id
            conn.execute("UPDATE audit_log SET action = 'lock ' WHERE id = ?", (last,))
            audit.rewrite(conn, conn_keys.audit, {last: "{}"})
            conn.execute(audit.NO_UPDATE_TRIGGER)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    ayse = team.login("ayse")
    assert ayse.older_copy is not None and ayse.older_copy.kind == "diverged"


@pytest.mark.parametrize("action", ["case_update", "break_glass"])
def test_redaction_of_an_entry_without_values_changes_nothing(action: str) -> None:
    from kadin_danisma.vault.schema_history import Keys, redacted

    keys = Keys(b"a" * 32, b"b" * 32)
    assert redacted(keys, (1, "t", 1, action, "case:1", json.dumps({"entity": "client", "id": 1, "created": True})
                           if action == "case_update" else "{}")) is None
