"""The one search box (§5) through services.search: Turkish-aware folding, any script, case numbers,
client codes and note text, prefix search while typing, FTS syntax that must not break it, and the rule
that a counselor's search never shows a case she may not open. Synthetic data only."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import kd_support
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import PermissionDenied
from kadin_danisma.domain.folding import fold
from kadin_danisma.services import cases, notes
from kadin_danisma.services.search import search
from kadin_danisma.vault import search_index

# The service suite: every test here runs on a vault and on a center server (issue 16).
pytestmark = pytest.mark.both_stores

TODAY = "2025-03-04"


def new_case(session: Any, name: str) -> int:
    return cases.create_case(session, r.Client(full_name=name))


def numbers(found: list[Any]) -> set[str]:
    return {row.case_number for row in found}


def ids(found: list[Any]) -> set[int]:
    return {row.id for row in found}


def number_of(session: Any, case_id: int) -> str:
    return str(session.connection().execute("SELECT case_number FROM cases WHERE id = ?", (case_id,)).fetchone()[0])


# -- Turkish and accents ---------------------------------------------------------------------------------


ISIK_SPELLINGS = ["ışık", "Işık", "isik", "ISIK", "IŞIK", "İŞİK", "işik"]


def test_turkish_i_spellings_find_each_other(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    # Clients whose given name is written in four of the ways people type it.
    written = {"Işık Yıldız": 0, "ışık Tunalı": 0, "ISIK Ören": 0, "Isik Çelik": 0}
    for name in written:
        written[name] = new_case(ayse, name)
    other = new_case(ayse, "Irmak Sönmez")  # shares "I" but not "ışık"
    for query in ISIK_SPELLINGS:
        found = search(ayse, query)
        assert ids(found) == set(written.values()), query
        assert other not in ids(found)
    # the full name, as typed in any of the ways
    for query in ("Işık Yıldız", "isik yildiz", "IŞIK YILDIZ", "ışık yıldız"):
        found = search(ayse, query)
        assert [row.client_name for row in found] == ["Işık Yıldız"], query


def test_sahin_finds_sahin_with_cedilla(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = new_case(ayse, "Gülşen Şahin")
    new_case(ayse, "Gülşen Sağlam")
    for query in ("sahin", "SAHIN", "Şahin", "şahin", "gulsen sahin"):
        assert ids(search(ayse, query)) == {case_id}, query


def test_kurmanji_name_found_without_accents(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = new_case(ayse, "Bêrîvan Şêxmûs")
    for query in ("berivan", "Berîvan", "BERIVAN", "sexmus", "şêxmûs", "berivan sexmus"):
        assert ids(search(ayse, query)) == {case_id}, query


def test_arabic_name_found_as_typed_and_vowelled(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = new_case(ayse, "فاطمة الحسن")
    new_case(ayse, "فريدة الخطيب")
    for query in ("فاطمة الحسن", "فاطمة", "الحسن", "فَاطِمَة الحَسَن", "فَاطِمَةُ", "فاطمه"):
        assert ids(search(ayse, query)) == {case_id}, query


def test_persian_letters_found_by_arabic_letters(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    # Persian yeh (U+06CC) and keheh (U+06A9), searched with Arabic yeh (U+064A) and kaf (U+0643)
    case_id = new_case(ayse, "زینب کریمی")
    arabic_letters = "زينب كريمي"
    assert arabic_letters != "زینب کریمی"
    for query in (arabic_letters, "كريمي", "زینب", "کریمی"):
        assert ids(search(ayse, query)) == {case_id}, query


def test_armenian_name_found_by_lowercase_prefix(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = new_case(ayse, "Անահիտ Պետրոսյան")
    for query in ("անահ", "պետրոս", "Պետրոսյան", "ԱՆԱՀԻՏ"):
        assert ids(search(ayse, query)) == {case_id}, query
    assert search(ayse, "պետրոսյանց") == []  # longer than the name: no match


# -- numbers, codes, notes ----------------------------------------------------------------------------------


def test_case_number_client_code_and_last_digits(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    first = new_case(ayse, "Nermin Aksoy")
    second = new_case(ayse, "Nermin Aktaş")
    number = number_of(ayse, second)
    prefix, year, serial = number.split("-")
    assert serial.isdigit() and len(serial) >= 4
    assert ids(search(ayse, number)) == {second}
    assert ids(search(ayse, number.lower())) == {second}
    assert ids(search(ayse, serial)) == {second}  # the digits after the year
    assert ids(search(ayse, f"{year} {serial}")) == {second}
    assert ids(search(ayse, f"{prefix}-{year}")) == {first, second}
    code = ayse.connection().execute(
        "SELECT client_code FROM clients JOIN cases ON cases.client_id = clients.id WHERE cases.id = ?",
        (first,)).fetchone()[0]
    found = search(ayse, code)
    assert ids(found) == {first}
    assert found[0].client_code == code
    assert ids(search(ayse, code.lower())) == {first}


def test_note_text_is_searchable_and_edits_replace_the_old_words(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = new_case(ayse, "Hatice Er")
    other = new_case(ayse, "Hülya Kara")
    note = r.Note("phone_call", TODAY, "Görüşmede bahsettiği kayınbiraderinden korkuyor; çocuklar okulda.")
    note_id = notes.add_note(ayse, case_id, note)
    notes.add_note(ayse, other, r.Note("phone_call", TODAY, "Randevu hatırlatıldı."))
    assert ids(search(ayse, "kayinbiraderinden")) == {case_id}
    assert ids(search(ayse, "KAYINBİRADER")) == {case_id}  # prefix, Turkish capitals
    assert ids(search(ayse, "hatice")) == {case_id}
    version = notes.edit_note(ayse, case_id, note_id, replace(note, body="Görüşmede eşinin ağabeyinden söz etti."))
    assert version == 2
    assert search(ayse, "kayinbiraderinden") == []
    assert search(ayse, "kayınbirader") == []
    assert ids(search(ayse, "agabeyinden")) == {case_id}
    assert ids(search(ayse, "randevu")) == {other}


def test_name_hits_come_before_note_hits_and_limit_applies(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    by_name = new_case(ayse, "Gonca Lale")
    by_note = [new_case(ayse, f"Mine Er {i}") for i in range(3)]
    for case_id in by_note:
        notes.add_note(ayse, case_id, r.Note("phone_call", TODAY, "Komşusu Gonca Hanım aradı."))
    found = search(ayse, "gonca")
    assert [row.id for row in found] == [by_name, *reversed(by_note)]  # name first, then newest note hits
    assert [row.id for row in search(ayse, "gonca", limit=2)] == [by_name, by_note[-1]]
    assert found[0].client_name == "Gonca Lale"
    assert found[0].counselors == ("ayse",)


def test_prefix_search_while_typing(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = new_case(ayse, "Sevgi Yıldız")
    other = new_case(ayse, "Sevgi Yılmaz")
    assert ids(search(ayse, "yıl")) == {case_id, other}
    assert ids(search(ayse, "yild")) == {case_id}
    assert ids(search(ayse, "Yıldı")) == {case_id}
    assert ids(search(ayse, "sev yıld")) == {case_id}  # every word a prefix, all must match
    assert search(ayse, "sevgi yıldızlar") == []


FTS_SYNTAX = ['"', "*", "AND", "NEAR(", "-", "^", '"Yıl', "Yıl*", "yıl AND", "OR NOT", "NEAR(a b", "text:yıl",
              "{text}: x", "(", ")", "'", "''", "\\", "%", "_", "", "   ", "\x00", "a", "\u202e", "yıl -sevgi",
              "^yıl", "yıl NOT sevgi", "*yıl", "yıl\"*", "rowid:1", "search_fts", "; DROP TABLE cases; --"]


def test_fts_syntax_and_punctuation_never_raise(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = new_case(ayse, "Sevgi Yıldız")
    for query in FTS_SYNTAX:
        found = search(ayse, query)
        assert isinstance(found, list)
        assert ids(found) <= {case_id}, query
        if search_index.match_expression(query) is None:
            assert found == [], query
    # the words inside such a query still count
    for query in ("Yıl*", '"Yıl', "^yıl", "*yıl", "(yıl)", "yıl -sevgi", "yıl)"):
        assert ids(search(ayse, query)) == {case_id}, query
    assert ayse.connection().execute("SELECT count(*) FROM cases").fetchone()[0] == 1


def test_fts_operator_words_are_searched_as_words(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = new_case(ayse, "Andaç Nearsoy")
    assert ids(search(ayse, "AND")) == {case_id}
    assert ids(search(ayse, "NEAR(")) == {case_id}
    assert ids(search(ayse, '"and" * near')) == {case_id}


# -- permissions ---------------------------------------------------------------------------------------------


def test_counselor_sees_only_her_cases_supervisor_all_admin_none(team: kd_support.Team) -> None:
    ayse, zeynep = team.login("ayse"), team.login("zeynep")
    ayse_case = new_case(ayse, "Emine Karahan")
    zeynep_case = new_case(zeynep, "Elif Karahan")
    notes.add_note(zeynep, zeynep_case, r.Note("psychosocial_session", TODAY, "Karahan ailesiyle görüşüldü."))
    assert ids(search(ayse, "karahan")) == {ayse_case}
    assert ids(search(zeynep, "karahan")) == {zeynep_case}
    assert search(ayse, "elif") == []  # another counselor's client: not even her name
    assert search(ayse, "ailesiyle") == []  # nor a word from another counselor's note
    assert search(ayse, number_of(zeynep, zeynep_case)) == []
    assert ids(search(team.login("selin"), "karahan")) == {ayse_case, zeynep_case}
    assert ids(search(team.login("deniz"), "karahan")) == {ayse_case, zeynep_case}
    assert ids(search(team.login("koordinator"), "karahan")) == {ayse_case, zeynep_case}
    with pytest.raises(PermissionDenied):
        search(team.login("bilgi"), "karahan")


def test_reassigned_case_moves_between_counselors_results(team: kd_support.Team) -> None:
    ayse, zeynep, selin = team.login("ayse"), team.login("zeynep"), team.login("selin")
    case_id = new_case(ayse, "Derya Köksal")
    cases.assign(selin, case_id, ["zeynep"])
    assert search(ayse, "köksal") == []
    assert ids(search(zeynep, "koksal")) == {case_id}


MIXED = st.sampled_from(list("aeıioöuüçğşİIÇŞĞÖÜêîûxqwAEZ") + list("فاطمةحسنیکيكى") + list("ԱՆահիտպետրոս")
                        + list("0123٤٥۶") + [" ", " ", "-", "'", "\u200f", "\u0301", "\u064e"])
NAMES = st.text(MIXED, min_size=1, max_size=14).filter(lambda s: s.strip() != "")


def test_property_counselor_results_are_always_her_cases(team: kd_support.Team) -> None:
    ayse, zeynep = team.login("ayse"), team.login("zeynep")
    zeynep_id = zeynep.user_id
    conn = zeynep.connection()
    mine: set[int] = set()

    @settings(max_examples=60, suppress_health_check=list(HealthCheck))
    @given(ayse_name=NAMES, zeynep_name=NAMES, cut=st.integers(min_value=1, max_value=14))
    def check(ayse_name: str, zeynep_name: str, cut: int) -> None:
        new_case(ayse, ayse_name)
        mine.add(new_case(zeynep, zeynep_name))
        for query in (ayse_name, ayse_name[:cut], zeynep_name, zeynep_name[:cut], f"{zeynep_name} {ayse_name}"):
            found = search(zeynep, query, limit=1000, audit=False)
            for row in found:
                assigned = {x[0] for x in conn.execute("SELECT user_id FROM case_counselors WHERE case_id = ?",
                                                       (row.id,))}
                assert assigned == {zeynep_id}, (query, row.client_name)
                assert row.id in mine
        # and her own client is found by the name as she wrote it
        if search_index.match_expression(zeynep_name) is not None:
            assert mine & ids(search(zeynep, zeynep_name, limit=1000, audit=False)), zeynep_name

    check()


# -- audit and renames -----------------------------------------------------------------------------------


def test_search_is_audited_without_the_query_text(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    new_case(ayse, "Zehra Gündoğdu")
    conn = ayse.connection()
    before = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'search'").fetchone()[0]
    query = "Gündoğdu Zehra"
    assert len(search(ayse, query)) == 1
    assert len(search(ayse, "hiçbirşey")) == 0
    rows = conn.execute("SELECT details, user_id FROM audit_log WHERE action = 'search' ORDER BY id").fetchall()
    assert len(rows) == before + 2
    last_two = rows[-2:]
    assert [json.loads(d)["results"] for d, _ in last_two] == [1, 0]
    assert {u for _, u in last_two} == {ayse.user_id}
    for details, _ in last_two:
        for needle in ("Gündoğdu", "gundogdu", "Zehra", "zehra", "hiçbirşey", "hicbirsey", fold(query)):
            assert needle not in details
    # audit=False writes nothing
    search(ayse, query, audit=False)
    assert conn.execute("SELECT count(*) FROM audit_log WHERE action = 'search'").fetchone()[0] == before + 2


def test_renamed_client_found_by_new_name_only(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    case_id = new_case(ayse, "Songül Ateş")
    record = cases.open_case(ayse, case_id)
    code = record.client.client_code
    changed = cases.update_client(ayse, case_id, replace(record.client, full_name="Menekşe Çınar"))
    assert "full_name" in changed
    assert search(ayse, "songül") == []
    assert search(ayse, "ates") == []
    found = search(ayse, "menekse cinar")
    assert ids(found) == {case_id}
    assert found[0].client_name == "Menekşe Çınar"
    # number and code still find it after the rename
    assert ids(search(ayse, code)) == {case_id}
    assert ids(search(ayse, record.case_number)) == {case_id}


def test_rebuilt_index_finds_the_same_cases_and_symbols_split_words(team: kd_support.Team) -> None:
    ayse = team.login("ayse")
    first = new_case(ayse, "Gülşen Öztürk")
    second = new_case(ayse, "Işıl Doğan")
    notes.add_note(ayse, second, r.Note("phone_call", "2026-01-10", "Kira 750₺kira borcu; ödeme planı konuşuldu."))
    before = {q: ids(search(ayse, q)) for q in ("ozturk", "isil", "kira", "odeme")}
    assert before == {"ozturk": {first}, "isil": {second}, "kira": {second}, "odeme": {second}}
    with ayse.write() as conn:
        indexed = search_index.rebuild(conn)
    assert indexed == 3  # two case rows and one note
    assert {q: ids(search(ayse, q)) for q in before} == before
