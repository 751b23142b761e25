"""Key slots: KDF range checks before deriving, tamper and swap refusal, failed-attempt counting and
throttling, the failed-unlock report, and the data key never reaching a file."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import time
import uuid
from pathlib import Path
from typing import Any

import kd_support
import pytest

from kadin_danisma.domain.errors import (
    KeySlotRejected,
    UnlockThrottled,
    UserFacingError,
    VaultDamaged,
    VaultTooNew,
    WrongCredentials,
)
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import backups, users, vault_service
from kadin_danisma.vault import kdf, keyslots
from kadin_danisma.vault.vault import Vault

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
REFUSED = (WrongCredentials, KeySlotRejected, VaultDamaged)


@pytest.fixture
def derive_calls(monkeypatch: pytest.MonkeyPatch) -> list[kdf.KdfParams]:
    calls: list[kdf.KdfParams] = []
    real = kdf.derive

    def recording(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytes:
        calls.append(params)
        return real(secret, salt, params)

    monkeypatch.setattr(kdf, "derive", recording)
    return calls


def _edit_slot(folder: Path, username: str, **changes: Any) -> None:
    data = kd_support.read_slots(folder)
    slot = kd_support.password_slot(data, username)
    for key, value in changes.items():
        if key.startswith("kdf."):
            slot["kdf"][key[4:]] = value
        else:
            slot[key] = value
    kd_support.write_slots(folder, data)


# -- KDF parameter range ---------------------------------------------------------------------------

def test_new_vault_uses_the_floor_when_calibration_is_skipped(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    for slot in kd_support.read_slots(folder)["slots"]:
        assert slot["kdf"] == {"algorithm": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4}
        assert len(base64.b64decode(slot["salt"])) == 16


@pytest.mark.parametrize("field,value", [
    ("memory_kib", 32768), ("memory_kib", 65535), ("memory_kib", 4 * 1024 * 1024),
    ("iterations", 2), ("iterations", 100), ("iterations", 0),
    ("lanes", 1), ("lanes", 64), ("algorithm", "argon2i"), ("algorithm", "pbkdf2"),
    ("memory_kib", "65536"), ("memory_kib", 65536.0), ("iterations", True), ("lanes", None),
])
def test_out_of_range_kdf_params_refused_before_deriving(
    vault: tuple[Path, str], derive_calls: list[kdf.KdfParams], field: str, value: object
) -> None:
    folder, _ = vault
    _edit_slot(folder, ADMIN, **{f"kdf.{field}": value})
    before = kd_support.read_slots(folder)
    with pytest.raises((KeySlotRejected, VaultDamaged)):
        vault_service.unlock(folder, ADMIN, PASSWORD)
    assert derive_calls == []  # refused before any (possibly huge or weak) derivation
    # A refused slot is not a wrong password: the counter is untouched.
    assert kd_support.failed_attempts(folder) == 0
    assert kd_support.read_slots(folder) == before


def test_params_validation_and_from_dict() -> None:
    kdf.FLOOR.validate()
    kdf.KdfParams(memory_kib=kdf.CEILING_MEMORY_KIB, iterations=kdf.CEILING_ITERATIONS).validate()
    with pytest.raises(KeySlotRejected):
        kdf.KdfParams.from_dict({"memory_kib": 32768, "iterations": 3, "lanes": 4, "algorithm": "argon2id"})
    with pytest.raises(KeySlotRejected):
        kdf.KdfParams.from_dict({"memory_kib": 65536})
    with pytest.raises(KeySlotRejected):
        kdf.derive(b"x", b"short-salt", kdf.FLOOR)


def test_calibration_stays_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(kdf.SKIP_CALIBRATION_ENV, raising=False)

    def fake_time(params: kdf.KdfParams) -> float:  # a fast machine: 0.02 s at the floor
        return 0.02 * (params.memory_kib / kdf.FLOOR_MEMORY_KIB) * (params.iterations / kdf.FLOOR_ITERATIONS)

    monkeypatch.setattr(kdf, "time_params", fake_time)
    params = kdf.calibrate(0.5)
    params.validate()
    # Memory first (to the calibration cap), then passes up to their ceiling, then memory again.
    assert params.memory_kib >= kdf.CALIBRATION_MAX_MEMORY_KIB
    assert params.iterations > kdf.FLOOR_ITERATIONS
    assert 0.4 <= fake_time(params) <= 0.7

    def usual_time(params: kdf.KdfParams) -> float:  # this class of machine: 0.12 s at the floor
        return 6 * fake_time(params)

    monkeypatch.setattr(kdf, "time_params", usual_time)
    usual = kdf.calibrate(0.5)
    assert usual.memory_kib == kdf.CALIBRATION_MAX_MEMORY_KIB  # stays at 128 MiB: the app stays < 300 MB
    assert usual.iterations > kdf.FLOOR_ITERATIONS
    assert 0.4 <= usual_time(usual) <= 0.7
    monkeypatch.setattr(kdf, "time_params", lambda p: 5.0)  # a slow machine never goes below the floor
    assert kdf.calibrate(0.5) == kdf.FLOOR


# -- tampering ------------------------------------------------------------------------------------

def _tamper_cases() -> list[tuple[str, Any]]:
    def b64_flip(field: str, index: int) -> Any:
        return lambda data, slot: slot.__setitem__(field, kd_support.flip_b64(slot[field], index))

    def set_field(field: str, value: object) -> Any:
        return lambda data, slot: slot.__setitem__(field, value)

    def set_kdf(field: str, value: object) -> Any:
        return lambda data, slot: slot["kdf"].__setitem__(field, value)

    cases: list[tuple[str, Any]] = []
    for field, size in (("salt", 16), ("nonce", 12), ("wrapped", 80), ("public_key", 32)):
        cases += [(f"{field}[{i}]", b64_flip(field, i)) for i in sorted({0, 1, size // 2, size - 1})]
    for field, size in (("ephemeral", 32), ("nonce", 12), ("wrapped", 48)):
        cases += [(f"data_key.{field}[{i}]", lambda d, s, f=field, i=i: s["data_key"].__setitem__(
            f, kd_support.flip_b64(s["data_key"][f], i))) for i in sorted({0, size // 2, size - 1})]
    cases += [
        ("wrapped truncated", lambda d, s: s.__setitem__("wrapped", base64.b64encode(
            base64.b64decode(s["wrapped"])[:-1]).decode())),
        ("wrapped empty", set_field("wrapped", "")),
        ("nonce empty", set_field("nonce", "")),
        ("nonce short", set_field("nonce", base64.b64encode(b"abcdefgh").decode())),
        ("salt short", set_field("salt", base64.b64encode(b"0123456789").decode())),
        ("salt not base64", set_field("salt", "!!not base64!!")),
        ("slot_id", lambda d, s: s.__setitem__("slot_id", s["slot_id"][:-1] + ("0" if s["slot_id"][-1] != "0"
                                                                               else "1"))),
        ("kind", set_field("kind", "recovery")),
        ("kdf.iterations up", set_kdf("iterations", 4)),
        ("kdf.memory up", set_kdf("memory_kib", 65536 * 2)),
        ("vault_id", lambda d, s: d.__setitem__("vault_id", "00000000-0000-4000-8000-000000000000")),
        ("format down", lambda d, s: d.__setitem__("format", 0)),
        ("format up", lambda d, s: d.__setitem__("format", 3)),
        ("slot version", set_field("version", 1)),
        ("data key missing", lambda d, s: s.pop("data_key")),
        ("no slots", lambda d, s: d.__setitem__("slots", [])),
        ("kdf missing", lambda d, s: s.pop("kdf")),
    ]
    return cases


@pytest.mark.parametrize("name,mutate", _tamper_cases(), ids=[c[0] for c in _tamper_cases()])
def test_tampered_slot_refused(vault: tuple[Path, str], name: str, mutate: Any) -> None:
    folder, _ = vault
    data = kd_support.read_slots(folder)
    mutate(data, kd_support.password_slot(data, ADMIN))
    kd_support.write_slots(folder, data)
    with pytest.raises((*REFUSED, VaultTooNew)):
        vault_service.unlock(folder, ADMIN, PASSWORD)


def test_tampered_recovery_slot_refused(vault: tuple[Path, str]) -> None:
    folder, recovery = vault
    data = kd_support.read_slots(folder)
    rec = next(s for s in data["slots"] if s["kind"] == "recovery")
    rec["wrapped"] = kd_support.flip_b64(rec["wrapped"], 5)
    kd_support.write_slots(folder, data)
    with pytest.raises(UserFacingError):
        vault_service.unlock_with_recovery(folder, recovery)
    vault_service.unlock(folder, ADMIN, PASSWORD).lock()  # the password slots are unaffected


def test_untampered_rewrite_still_unlocks(vault: tuple[Path, str]) -> None:
    """Control for the tamper tests: re-serialising the same content must keep working."""
    folder, _ = vault
    kd_support.write_slots(folder, kd_support.read_slots(folder))
    vault_service.unlock(folder, ADMIN, PASSWORD).lock()


def test_swapped_wrapped_keys_between_users_refused(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    users.add_user(session, "ayse.k", "Ayşe K.", frozenset({Role.COUNSELOR}), "Mavi-Deniz-2026")
    session.lock()
    data = kd_support.read_slots(folder)
    a, b = kd_support.password_slot(data, ADMIN), kd_support.password_slot(data, "ayse.k")
    swapped = copy.deepcopy(data)
    sa, sb = kd_support.password_slot(swapped, ADMIN), kd_support.password_slot(swapped, "ayse.k")
    for field in ("wrapped", "nonce"):
        sa[field], sb[field] = b[field], a[field]
    kd_support.write_slots(folder, swapped)
    for user, pw in ((ADMIN, PASSWORD), ("ayse.k", "Mavi-Deniz-2026"), (ADMIN, "Mavi-Deniz-2026"),
                     ("ayse.k", PASSWORD)):
        with pytest.raises(WrongCredentials):
            vault_service.unlock(folder, user, pw)
    # Swapping whole slot bodies but keeping the names (salt and KDF included) fails the same way.
    swapped = copy.deepcopy(data)
    sa, sb = kd_support.password_slot(swapped, ADMIN), kd_support.password_slot(swapped, "ayse.k")
    for field in ("wrapped", "nonce", "salt", "slot_id"):
        sa[field], sb[field] = b[field], a[field]
    kd_support.write_slots(folder, swapped)
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, ADMIN, "Mavi-Deniz-2026")
    kd_support.write_slots(folder, data)
    vault_service.unlock(folder, "ayse.k", "Mavi-Deniz-2026").lock()


# -- wrong passwords, counting, throttling -------------------------------------------------------

def test_wrong_password_counts_and_unknown_user_same_message(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    with pytest.raises(WrongCredentials) as wrong:
        vault_service.unlock(folder, ADMIN, "Yanlis-Parola-2026")
    assert kd_support.failed_attempts(folder) == 1
    slots_before = kd_support.read_slots(folder)
    with pytest.raises(WrongCredentials):
        vault_service.unlock(folder, ADMIN, PASSWORD + " ")
    entry = kd_support.read_attempts(folder)[f"password:{ADMIN}"]
    assert entry["failed"] == 2
    assert abs(entry["last_failure"] - time.time()) < 60
    assert kd_support.read_slots(folder) == slots_before  # a failure never rewrites the slot file
    with pytest.raises(WrongCredentials) as unknown:
        vault_service.unlock(folder, "olmayan.kisi", PASSWORD)
    assert str(unknown.value) == str(wrong.value)
    assert unknown.value.code == wrong.value.code


def test_throttle_after_five_failures(vault: tuple[Path, str], derive_calls: list[kdf.KdfParams]) -> None:
    folder, _ = vault
    for _ in range(keyslots.THROTTLE_FREE_ATTEMPTS):
        with pytest.raises(WrongCredentials):
            vault_service.unlock(folder, ADMIN, "Yanlis-Parola-2026")
    derive_calls.clear()
    with pytest.raises(UnlockThrottled) as info:
        vault_service.unlock(folder, ADMIN, PASSWORD)  # even the right password waits
    assert 0 < info.value.wait_seconds <= 5
    assert derive_calls == []
    assert kd_support.failed_attempts(folder) == 5


def test_throttle_delay_grows_and_is_capped() -> None:
    delays = [keyslots.throttle_delay(n) for n in range(0, 20)]
    assert delays[:5] == [0] * 5
    assert delays[5:9] == [5, 10, 20, 40]
    assert delays == sorted(delays)
    assert max(delays) == keyslots.THROTTLE_MAX_DELAY_S
    started = time.perf_counter()
    assert keyslots.throttle_delay(10**9) == keyslots.THROTTLE_MAX_DELAY_S  # no huge power computed
    assert time.perf_counter() - started < 0.5


def test_clock_set_back_does_not_lock_out_for_long(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    kd_support.write_attempts(folder, {f"password:{ADMIN}": {"failed": 6,
                                                             "last_failure": time.time() + 86400 * 30}})
    with pytest.raises(UnlockThrottled) as info:
        vault_service.unlock(folder, ADMIN, PASSWORD)
    assert info.value.wait_seconds <= keyslots.throttle_delay(6)


def test_success_reports_failures_and_audits_them(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    kd_support.write_attempts(folder, {f"password:{ADMIN}": {"failed": 7, "last_failure": time.time() - 3600}})
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        assert session.failed_attempts_report == 7
        rows = session.connection().execute(
            "SELECT action, target, details FROM audit_log WHERE action IN ('failed_unlocks', 'unlock')"
            " ORDER BY id DESC LIMIT 2").fetchall()
        actions = {r[0]: r for r in rows}
        assert json.loads(actions["failed_unlocks"][2]) == {"count": 7}
        assert actions["failed_unlocks"][1] == ADMIN
        assert json.loads(actions["unlock"][2]) == {"failed_attempts_since_last_unlock": 7}
    finally:
        session.lock()
    assert kd_support.read_attempts(folder) == {}
    assert not (folder / "unlock-attempts.json").exists()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    assert session.failed_attempts_report == 0
    session.lock()


def test_disabled_user_gets_the_wrong_credentials_message(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    users.add_user(session, "zeynep.d", "Zeynep D.", frozenset({Role.COUNSELOR}), "Mavi-Deniz-2026")
    users.disable_user(session, "zeynep.d")
    session.lock()
    with pytest.raises(WrongCredentials, match="wrong user name or password"):
        vault_service.unlock(folder, "zeynep.d", "Mavi-Deniz-2026")


# -- the data key never reaches a file -------------------------------------------------------------

def test_data_key_in_no_file(vault: tuple[Path, str], isolated_env: kd_support.Env, tmp_path: Path) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    key = bytes(session.vault._key)
    assert len(key) == 32 and any(key)
    users.add_user(session, "ayse.k", "Ayşe K.", frozenset({Role.COUNSELOR}), "Mavi-Deniz-2026")
    (tmp_path / "backups").mkdir()
    backups.backup_now(session, tmp_path / "backups" / "b.kdbak")
    roots = [folder, tmp_path / "backups", *isolated_env.scan_roots]
    needles = {
        "raw": key, "hex": key.hex().encode(), "HEX": key.hex().upper().encode(),
        "base64": base64.b64encode(key).decode().rstrip("=").encode(),
        "urlsafe": base64.urlsafe_b64encode(key).decode().rstrip("=").encode(),
        "hex-utf16": key.hex().encode("utf-16-le"),
    }
    assert kd_support.scan(roots, needles) == []  # while unlocked (WAL and SHM present)
    key_buffer = session.vault._key
    session.lock()
    assert kd_support.scan(roots, needles) == []
    assert not any(key_buffer)


def test_vault_close_zeroes_the_key(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    v, _ = Vault.unlock_with_password(folder, ADMIN, PASSWORD)
    key_buffer = v._key
    assert any(key_buffer)
    v.close()
    assert not any(key_buffer)
    assert not v.is_open


def test_every_byte_and_field_of_a_slot_is_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exhaustive over every byte of salt, nonce and wrapped key, and every metadata field, at the
    key-slot level. Argon2 is replaced by a cheap hash here: what is tested is the AES-GCM binding."""

    def cheap(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytes:
        params.validate()
        if len(salt) != kdf.SALT_BYTES:
            raise KeySlotRejected("salt")
        return hashlib.sha256(b"%d/%d/" % (params.memory_kib, params.iterations) + salt + secret).digest()

    monkeypatch.setattr(kdf, "derive", cheap)
    data_key = bytearray(os.urandom(32))
    path = tmp_path / "keyslots.json"
    slots = keyslots.KeySlotFile(path=path, vault_id=str(uuid.uuid4()))
    slots.slots.append(slots.make_slot(data_key, b"secret-a", keyslots.PASSWORD, "ayse", kdf.FLOOR)[0])
    slots.slots.append(slots.make_slot(data_key, b"secret-b", keyslots.PASSWORD, "elif", kdf.FLOOR)[0])
    slots.save()
    pristine = json.loads(path.read_text())

    def attempt(mutate: Any) -> bytearray | None:
        data = copy.deepcopy(pristine)
        mutate(data)
        path.write_text(json.dumps(data))
        try:
            loaded = keyslots.KeySlotFile.load(path)
            slot = loaded.password_slot("ayse")
            if slot is None:
                return None
            return loaded.unwrap(slot, b"secret-a")
        except (*REFUSED, VaultTooNew):
            return None

    assert attempt(lambda d: None) == data_key  # control
    accepted = []
    for field in ("salt", "nonce", "wrapped", "public_key"):
        size = len(base64.b64decode(pristine["slots"][0][field]))
        for index in range(size):
            for mask in (0x01, 0x80):
                def flip(d: dict[str, Any], f: str = field, i: int = index, m: int = mask) -> None:
                    d["slots"][0][f] = kd_support.flip_b64(d["slots"][0][f], i, m)
                if attempt(flip) is not None:
                    accepted.append(f"{field}[{index}]^{mask:#x}")
    for field in ("ephemeral", "nonce", "wrapped"):  # the envelope: the data key wrapped to the public key
        size = len(base64.b64decode(pristine["slots"][0]["data_key"][field]))
        for index in range(size):
            def flip_envelope(d: dict[str, Any], f: str = field, i: int = index) -> None:
                d["slots"][0]["data_key"][f] = kd_support.flip_b64(d["slots"][0]["data_key"][f], i)
            if attempt(flip_envelope) is not None:
                accepted.append(f"data_key.{field}[{index}]")
    metadata = {
        "slot_id": lambda d: d["slots"][0].__setitem__("slot_id", str(uuid.uuid4())),
        "username moved": lambda d: (d["slots"][0].__setitem__("username", "elif"),
                                     d["slots"][1].__setitem__("username", "ayse")),
        "iterations": lambda d: d["slots"][0]["kdf"].__setitem__("iterations", 4),
        "memory": lambda d: d["slots"][0]["kdf"].__setitem__("memory_kib", 131072),
        "vault_id": lambda d: d.__setitem__("vault_id", str(uuid.uuid4())),
        "format": lambda d: d.__setitem__("format", 0),
        "wrapped from the other user": lambda d: d["slots"][0].update(
            {k: d["slots"][1][k] for k in ("wrapped", "nonce")}),
        "envelope from the other user": lambda d: d["slots"][0].__setitem__("data_key", d["slots"][1]["data_key"]),
        "key pair from the other user": lambda d: d["slots"][0].update(
            {k: d["slots"][1][k] for k in ("wrapped", "nonce", "public_key", "data_key")}),
    }
    accepted += [name for name, mutate in metadata.items() if attempt(mutate) is not None]
    assert accepted == []


def test_unknown_user_costs_the_same_derivation_as_a_real_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With calibrated parameters above the floor, an unknown user name must not be answered faster."""
    calibrated = kdf.KdfParams(memory_kib=kdf.FLOOR_MEMORY_KIB, iterations=kdf.FLOOR_ITERATIONS + 2)
    created = vault_service.create_vault(tmp_path / "v", "Merkez", ADMIN, "K", PASSWORD, params=calibrated)
    created.session.lock()
    calls: list[kdf.KdfParams] = []

    def recording(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytes:
        calls.append(params)
        return b"\0" * 32  # the real cost is not needed to see which parameters were used

    monkeypatch.setattr(kdf, "derive", recording)
    for user in (ADMIN, "olmayan.kisi"):
        with pytest.raises(WrongCredentials):
            vault_service.unlock(tmp_path / "v", user, "Yanlis-Parola-2026")
    assert calls == [calibrated, calibrated]


def test_verify_names_a_damaged_slot_and_a_missing_recovery_slot(vault: tuple[Path, str]) -> None:
    """One slot entry that can no longer be read (here the recovery key's) leaves the others working, and
    verify says what is wrong with the slots instead of "one slot per active user"."""
    folder, _ = vault
    data = kd_support.read_slots(folder)
    for entry in data["slots"]:
        if entry["kind"] == "recovery":
            del entry["salt"]  # no longer a slot this app can read
    kd_support.write_slots(folder, data)
    session = vault_service.unlock(folder, kd_support.ADMIN, kd_support.PASSWORD)
    try:
        checks = {name: (ok, detail) for name, ok, detail in vault_service.verify_session(session).checks}
    finally:
        session.lock()
    ok, detail = checks["key_slots"]
    assert not ok
    assert "no recovery-key slot" in detail and "1 damaged slot(s)" in detail, detail
