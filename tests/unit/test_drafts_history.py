"""Drafts (what was being typed) and a case's history: drafts are private to their author, replaced not
duplicated, kept only inside the encrypted vault, and deleted with their case; the history shows field
changes to readers and the access log only to supervisors."""

from __future__ import annotations

from typing import Any

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import InvalidInput, PermissionDenied
from kadin_danisma.services import cases, drafts, history, vocab

# The service suite: every test here runs on a vault and on a center server (issue 16).
pytestmark = pytest.mark.both_stores

MARKER = "Taslak-İşaret-ZQX-7731 فاطمة"


def test_a_draft_is_replaced_under_its_key_and_seen_only_by_its_author(team: kd_support.Team) -> None:
    ayse, zeynep = team.login("ayse"), team.login("zeynep")
    drafts.save_draft(ayse, "intake:1", "intake", {"full_name": "ilk"})
    drafts.save_draft(ayse, "intake:1", "intake", {"full_name": MARKER, "children": [{"name": "Ali"}]})
    drafts.save_draft(ayse, "intake:2", "intake", {"full_name": "ikinci"})
    mine = drafts.my_drafts(ayse)
    assert [d.key for d in mine] == ["intake:2", "intake:1"]  # newest first
    assert mine[1].payload == {"full_name": MARKER, "children": [{"name": "Ali"}]}
    assert drafts.my_drafts(zeynep) == []
    drafts.discard_draft(zeynep, "intake:1")  # not hers: nothing happens to ayse's draft
    assert len(drafts.my_drafts(ayse)) == 2
    drafts.discard_draft(ayse, "intake:1")
    assert [d.key for d in drafts.my_drafts(ayse)] == ["intake:2"]


def test_drafts_live_only_inside_the_encrypted_vault(team: kd_support.Team, isolated_env: kd_support.Env) -> None:
    ayse = team.login("ayse")
    drafts.save_draft(ayse, "note:9", "note", {"body": MARKER * 100})
    assert [d.payload["body"] for d in drafts.my_drafts(ayse)] == [MARKER * 100]
    team.close()
    # On a server the drafts live in its database; this computer keeps nothing (HOME, temp, XDG folders).
    roots = [*isolated_env.scan_roots, *([team.folder] if team.kind == "vault" else [])]
    assert kd_support.scan(roots, kd_support.text_needles(MARKER)) == []


def test_bad_drafts_are_refused_with_a_clear_error(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    with pytest.raises(ValueError):
        drafts.save_draft(ayse, "x", "shopping_list", {})
    with pytest.raises(InvalidInput):
        drafts.save_draft(ayse, "x", "note", {"body": "a" * (drafts.MAX_PAYLOAD + 1)})
    body = "a" * 1_000_000 + "\x00\x07\u202e" + "ب"  # a 1 MB note with control characters and mixed scripts
    drafts.save_draft(ayse, "big", "note", {"body": body})
    assert drafts.my_drafts(ayse)[0].payload["body"] == body


def test_case_history_shows_changes_and_only_supervisors_see_the_access_log(team: kd_support.Team) -> None:
    ayse, selin = team.login("ayse"), team.login("selin")
    case_id = cases.create_case(ayse, r.Client(full_name="Gül Ak"))
    cases.update_client(ayse, case_id, r.Client(full_name="Gül Ak", birth_year=1990))
    cases.open_case(ayse, case_id)
    entries = history.case_history(ayse, case_id)
    actions = [e.action for e in entries]
    assert actions[:2] == ["case_update", "case_create"]
    assert entries[0].details["changes"]["birth_year"] == [None, 1990]
    assert entries[0].user == "ayse"
    assert "case_view" not in actions
    with pytest.raises(PermissionDenied):
        history.access_log(ayse, case_id)
    log = history.access_log(selin, case_id)
    # every read of the history is itself in the access log, the counselor's as well as a supervisor's
    assert [(e.action, e.user) for e in log] == [("case_history_view", "ayse"), ("case_view", "ayse")]
    history.case_history(selin, case_id)
    assert [(e.action, e.user) for e in history.access_log(selin, case_id)][:2] == [
        ("case_history_view", "selin"), ("case_history_view", "ayse")]


def test_all_terms_gives_labels_in_both_languages(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    terms: list[Any] = vocab.all_terms(ayse)
    by_key = {(t.kind, t.code): t for t in terms}
    assert by_key[("interpreter_language", "ara")].label("en") == "Arabic"
    assert {t.kind for t in terms} >= {"case_status", "risk_level", "note_type", "violence_type"}
