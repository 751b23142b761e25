"""Packages between paired vaults (issue 17, part 1): cards, pairing, and the sealed file's refusals, driven
through the services as the CLI and the GUI drive them. The payload is the test stand-in (package_standin.py);
synthetic data only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import kd_support
import package_standin
import pytest
import seal_support as ps
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kadin_danisma.domain.errors import PackageRefused, PairingRefused, PermissionDenied
from kadin_danisma.domain.package_card import parse_card, same_fingerprint
from kadin_danisma.services import packages
from kadin_danisma.vault import package_seal

ADMIN = kd_support.ADMIN


@pytest.fixture(autouse=True)
def standin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, package_standin.MODULE, package_standin)


@pytest.fixture
def paired(center: kd_support.Team, shelter: kd_support.Team) -> tuple[str, str]:
    """Both admins paired each other's card: (center's id, shelter's id)."""
    return ps.pair(shelter, center), ps.pair(center, shelter)


def send(team: kd_support.Team, to: str, numbers: list[str], out: Path, user: str = "ayse") -> bytes:
    packages.export_package(team.login(user), to, numbers, out)
    return out.read_bytes()


def refusal(session: Any, path: Path) -> str:
    with pytest.raises(PackageRefused) as info:
        packages.import_package(session, path)
    return info.value.code


# -- cards and pairing ------------------------------------------------------------------------------------


def test_card_is_stable_and_its_fingerprint_reads_back(center: kd_support.Team) -> None:
    first = packages.own_card(center.login("ayse"))
    again = packages.own_card(center.login(ADMIN))
    assert first == again and first.center == kd_support.CENTER
    words, digits = first.fingerprint.split(" ")
    assert len(words.split("-")) == 4 and [len(g) for g in digits.split("-")] == [4, 4, 4]
    assert parse_card(first.text().encode("utf-8")) == first
    assert same_fingerprint(first.fingerprint.upper().replace("-", " "), first.fingerprint)
    assert not same_fingerprint(first.fingerprint[:-1] + ("0" if first.fingerprint[-1] != "0" else "1"),
                                first.fingerprint)
    made = kd_support.raw(center.login(ADMIN)).execute(
        "SELECT count(*) FROM audit_log WHERE action = 'package_identity_create'").fetchone()[0]
    assert made == 1


def test_pairing_refuses_a_wrong_fingerprint_and_a_non_admin(center: kd_support.Team,
                                                             shelter: kd_support.Team) -> None:
    card = packages.own_card(shelter.login(ADMIN))
    admin = center.login(ADMIN)
    with pytest.raises(PairingRefused) as wrong:
        packages.pair(admin, card, "kalem-deniz-orman-limon 0000-0000-0000")
    assert wrong.value.code == "fingerprint_mismatch"
    for user in ("ayse", "selin"):
        with pytest.raises(PermissionDenied):
            packages.pair(center.login(user), card, card.fingerprint)
    with pytest.raises(PairingRefused) as own:
        mine = packages.own_card(admin)
        packages.pair(admin, mine, mine.fingerprint)
    assert own.value.code == "own_card"
    assert packages.partners(admin) == []
    added = packages.pair(admin, card, card.fingerprint.replace("-", " "))
    assert [p.partner_id for p in packages.partners(admin)] == [added.partner_id] == [card.partner_id]
    assert packages.pair(admin, card, card.fingerprint) == added  # pairing again changes nothing
    audit = kd_support.raw(admin).execute(
        "SELECT target, details FROM audit_log WHERE action = 'package_partner_add'").fetchall()
    assert audit == [(f"partner:{card.partner_id[:16]}", "{}")]


@pytest.mark.parametrize("mutate", [
    lambda t: t.replace("KADIN-DANISMA-CARD 1", "KADIN-DANISMA-CARD 9"),
    lambda t: "\n".join(line for line in t.splitlines() if not line.startswith("ed25519")),
    lambda t: t.replace("x25519: ", "x25519: AAAA"),
    lambda t: t.replace("fingerprint: ", "fingerprint: ayna-"),
    lambda t: t + "x" * 5000,
])
def test_malformed_cards_are_refused(center: kd_support.Team, mutate: Any) -> None:
    text = packages.own_card(center.login(ADMIN)).text()
    with pytest.raises(PairingRefused) as info:
        parse_card(mutate(text).encode("utf-8"))
    assert info.value.code == "card_malformed"


# -- the round trip ---------------------------------------------------------------------------------------


def test_round_trip_both_ways_with_acknowledgements(center: kd_support.Team, shelter: kd_support.Team,
                                                    paired: tuple[str, str], tmp_path: Path) -> None:
    center_id, shelter_id = paired
    number = ps.make_case(center)
    out = tmp_path / packages.suggested_name(1)
    data = send(center, shelter_id, [number], out)
    assert out.stat().st_mode & 0o777 == 0o600
    header = package_seal.read_header(data)
    assert (header.sequence, header.previous, header.ack) == (1, "", 0)
    at_shelter = shelter.login("zeynep")
    preview = packages.preview_package(at_shelter, out)
    assert preview.summary == package_standin.Summary(1, 1, (("notes", 1),)) and ps.standin_rows(at_shelter) == []
    imported = packages.import_package(at_shelter, out)
    assert imported.summary == package_standin.Summary(1, 1, (("notes", 1),)) and imported.sequence == 1
    rows = ps.standin_rows(at_shelter)
    assert [json.loads(v)["notes"] for _, v in rows] == [[ps.NOTE]]
    assert ps.partner_state(at_shelter, center_id)[:3] == (1, package_seal.file_hash(data), 0)

    # back: the shelter's package acknowledges the center's first
    other = ps.make_case(shelter, "zeynep", "Başka Kadın", "Başka not")
    back = tmp_path / "back.kdpkg"
    back_data = send(shelter, center_id, [other], back, user="zeynep")
    assert package_seal.read_header(back_data).ack == 1
    at_center = center.login("selin")
    packages.import_package(at_center, back)
    assert ps.partner_state(at_center, shelter_id) == (1, package_seal.file_hash(back_data), 1, 1,
                                                      package_seal.file_hash(data))
    # the second package to the shelter chains to the first
    second = send(center, shelter_id, [number], tmp_path / "2.kdpkg")
    assert package_seal.read_header(second).previous == package_seal.file_hash(data)
    packages.import_package(at_shelter, tmp_path / "2.kdpkg")
    assert len(ps.standin_rows(at_shelter)) == 2
    for action in ("package_export", "package_import"):
        details = [json.loads(d) for (d,) in kd_support.raw(at_center).execute(
            "SELECT details FROM audit_log WHERE action = ?", (action,))]
        assert details and all(d["kind"] == "package" for d in details)


def test_no_case_text_in_the_package_bytes_or_its_name(center: kd_support.Team, paired: tuple[str, str],
                                                       tmp_path: Path) -> None:
    number = ps.make_case(center)
    out = tmp_path / packages.suggested_name(1)
    data = send(center, paired[1], [number], out)
    for text in (ps.NAME, ps.PHONE, ps.NOTE, "ZUMRUTANKA", number, "Rojîn", "Şahinoğlu"):
        for needle in kd_support.text_needles(text).values():
            assert needle not in data, text
    assert number not in out.name and "Roj" not in out.name


def test_size_reveals_little(center: kd_support.Team, paired: tuple[str, str], tmp_path: Path) -> None:
    """Small packages all have the same size; larger ones only a Padmé size."""
    one = ps.make_case(center)
    two = ps.make_case(center, name="İkinci Kadın", body="kısa")
    sizes = {len(send(center, paired[1], numbers, tmp_path / f"{k}.kdpkg"))
             for k, numbers in enumerate(([one], [two], [one, two]))}
    assert len(sizes) == 1
    for n in (70_000, 100_000, 1_000_003):
        size = package_seal.padded_size(n)
        assert n <= size <= n * 1.125 and size == package_seal.padded_size(size)


# -- refusals ---------------------------------------------------------------------------------------------


def test_replay_gap_and_reorder_are_refused(center: kd_support.Team, shelter: kd_support.Team,
                                            paired: tuple[str, str], tmp_path: Path) -> None:
    number = ps.make_case(center)
    files = [tmp_path / f"{k}.kdpkg" for k in (1, 2, 3)]
    for f in files:
        send(center, paired[1], [number], f)
    s = shelter.login("zeynep")
    assert refusal(s, files[1]) == "package_out_of_order"  # 2 before 1
    assert refusal(s, files[2]) == "package_out_of_order"  # a gap
    packages.import_package(s, files[0])
    assert refusal(s, files[0]) == "package_replayed"
    assert refusal(s, files[2]) == "package_out_of_order"
    packages.import_package(s, files[1])
    assert refusal(s, files[1]) == "package_replayed" and refusal(s, files[0]) == "package_replayed"
    packages.import_package(s, files[2])
    assert [k.split(":")[2] for k, _ in ps.standin_rows(s)] == ["1", "2", "3"]


def test_a_package_for_another_vault_and_from_an_unpaired_one(center: kd_support.Team, shelter: kd_support.Team,
                                                             paired: tuple[str, str], _team_template: Path,
                                                             tmp_path: Path) -> None:
    third = ps.vault_copy(_team_template, tmp_path / "third")
    try:
        number = ps.make_case(center)
        third_id = ps.pair(center, third)
        send(center, third_id, [number], tmp_path / "for-third.kdpkg")
        assert refusal(shelter.login("zeynep"), tmp_path / "for-third.kdpkg") == "package_not_for_us"
        # the third vault knows the shelter; the shelter never paired the third
        ps.pair(third, shelter)
        own = ps.make_case(third, "ayse", "Üçüncü Kadın", "not")
        send(third, paired[1], [own], tmp_path / "from-third.kdpkg")
        assert refusal(shelter.login("zeynep"), tmp_path / "from-third.kdpkg") == "package_unpaired"
        assert ps.standin_rows(shelter.login("zeynep")) == []
    finally:
        third.close()


def test_cut_extended_newer_and_oversized_files_are_refused(center: kd_support.Team, shelter: kd_support.Team,
                                                           paired: tuple[str, str], tmp_path: Path) -> None:
    data = send(center, paired[1], [ps.make_case(center)], tmp_path / "p.kdpkg")
    s = shelter.login("zeynep")
    cases = {
        "cut": (data[:-1], "package_malformed"),
        "cut_header": (data[:40], "package_malformed"),
        "empty": (b"", "package_malformed"),
        "extended": (data + b"\0", "package_malformed"),
        "not_a_package": (b"{}" * 100, "package_malformed"),
        "newer": (data.replace(b'"v":1', b'"v":2', 1), "package_too_new"),
    }
    for name, (content, code) in cases.items():
        f = tmp_path / f"{name}.kdpkg"
        f.write_bytes(content)
        assert refusal(s, f) == code, name
    big = tmp_path / "big.kdpkg"
    with open(big, "wb") as fh:
        fh.truncate(package_seal.MAX_FILE + 1)  # sparse: refused by its size before it is read
    assert refusal(s, big) == "package_too_large"
    assert ps.standin_rows(s) == [] and ps.partner_state(s, paired[0])[:2] == (0, "")


def test_a_zip_bomb_is_refused_before_it_is_inflated(center: kd_support.Team, shelter: kd_support.Team,
                                                     paired: tuple[str, str], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(package_standin.FILLER, "text", " " * 3_000_000)  # 3 MB that compress to a few KB
    data = send(center, paired[1], [ps.make_case(center)], tmp_path / "bomb.kdpkg")
    assert len(data) < 100_000
    monkeypatch.setattr(package_seal, "MAX_PAYLOAD", 1_000_000)
    s = shelter.login("zeynep")
    assert refusal(s, tmp_path / "bomb.kdpkg") == "package_too_large"
    assert ps.standin_rows(s) == []


@pytest.fixture
def one_package(center: kd_support.Team, shelter: kd_support.Team, paired: tuple[str, str],
                tmp_path: Path) -> tuple[bytes, Any]:
    data = send(center, paired[1], [ps.make_case(center)], tmp_path / "p.kdpkg")
    return data, shelter.login("zeynep")


@settings(max_examples=80, suppress_health_check=list(HealthCheck))  # one vault pair for all examples
@given(st.data())
def test_one_flipped_byte_anywhere_is_refused(one_package: tuple[bytes, Any], tmp_path_factory: Any,
                                              data: st.DataObject) -> None:
    original, session = one_package
    regions = [(0, 10), (10, 400), (400, len(original) - 64), (len(original) - 64, len(original))]
    low, high = data.draw(st.sampled_from(regions))
    position = data.draw(st.integers(low, high - 1))
    mask = data.draw(st.integers(1, 255))
    changed = bytearray(original)
    changed[position] ^= mask
    f = tmp_path_factory.mktemp("flip") / "p.kdpkg"
    f.write_bytes(bytes(changed))
    with pytest.raises(PackageRefused):
        packages.import_package(session, f)
    assert ps.standin_rows(session) == []


def test_export_to_an_unknown_partner_writes_nothing(center: kd_support.Team, tmp_path: Path) -> None:
    number = ps.make_case(center)
    out = tmp_path / "x.kdpkg"
    with pytest.raises(PairingRefused) as info:
        packages.export_package(center.login("ayse"), "ab" * 32, [number], out)
    assert info.value.code == "partner_unknown" and not out.exists()
    assert list(tmp_path.glob("*kd-package*")) == []


def test_an_admin_only_account_cannot_send_or_import(center: kd_support.Team, paired: tuple[str, str],
                                                     tmp_path: Path) -> None:
    number = ps.make_case(center)
    with pytest.raises(PermissionDenied):
        packages.export_package(center.login("bilgi"), paired[1], [number], tmp_path / "x.kdpkg")
    with pytest.raises(PermissionDenied):
        packages.preview_package(center.login("bilgi"), tmp_path / "x.kdpkg")


@pytest.mark.both_stores
def test_on_a_center_server_a_counselor_is_told_who_sends(team: kd_support.Team, tmp_path: Path) -> None:
    """In a vault the card is made by whoever opens it; on a server only a supervisor makes the keys, an admin
    opening the card first is told so (and pairs meanwhile), a counselor is told a supervisor sends and imports
    (docs/server.md; tests/unit/test_server_packages.py has the rest)."""
    admin, ayse = team.login(ADMIN), team.login("ayse")
    if team.kind == "vault":
        assert packages.own_card(admin).center
        return
    admin = team.login("bilgi")  # an admin only (the server's first admin is a supervisor too)
    with pytest.raises(PackageRefused) as early:
        packages.own_card(admin)
    assert early.value.code == "package_keys_not_made"
    assert packages.partners(admin) == []
    steps = [lambda: packages.export_package(ayse, "ab" * 32, ["KDM-1"], tmp_path / "x.kdpkg"),
             lambda: packages.open_package(ayse, tmp_path / "x.kdpkg")]
    for step in steps:
        with pytest.raises(PackageRefused) as info:
            step()
        assert info.value.code == "packages_supervisors_on_server"
    assert packages.own_card(team.login("selin")) == packages.own_card(admin) == packages.own_card(ayse)
    assert not (tmp_path / "x.kdpkg").exists()


def test_a_shelters_residents_travel_with_shelter(center: kd_support.Team, shelter: kd_support.Team,
                                                  paired: tuple[str, str], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """--shelter NAME: part 2 names the shelter's current residents; they join the named cases, once each."""
    one, two = ps.make_case(center), ps.make_case(center, name="İkinci Kadın", body="kısa")
    asked: list[str] = []

    def residents(session: Any, name: str) -> list[str]:
        asked.append(name)
        return [two, one]

    monkeypatch.setattr(package_standin, "shelter_case_numbers", residents)
    done = packages.export_package(center.login("ayse"), paired[1], [one], tmp_path / "s.kdpkg",
                                   shelter="Güneş Evi")
    assert asked == ["Güneş Evi"] and done.cases == 2
    imported = packages.import_package(shelter.login("zeynep"), tmp_path / "s.kdpkg")
    assert imported.summary == package_standin.Summary(2, 2, (("notes", 2),))
    with pytest.raises(PackageRefused) as empty:
        monkeypatch.setattr(package_standin, "shelter_case_numbers", lambda s, n: [])
        packages.export_package(center.login("ayse"), paired[1], [], tmp_path / "e.kdpkg", shelter="Boş Ev")
    assert empty.value.code == "package_empty" and not (tmp_path / "e.kdpkg").exists()
