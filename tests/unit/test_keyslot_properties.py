"""Hypothesis properties over key-slot files (issue 14 §7, the key-slot part): random bytes, and real slot files
mutated at random (a value replaced by any JSON value, NaN, a huge number or deep nesting; a key dropped; a
byte flipped; a slot duplicated), fed to the unlock. Never a traceback (only a UserFacingError, or an
unlock that opens exactly this vault), never a partial write (afterwards the slot file is the one given or a
complete, loadable file, and no temporary file is left), and on the command line never exit 70.

Argon2 is replaced by a cheap hash in-process (what is tested is the handling of the file, not the KDF);
the command-line examples run the real thing."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kd_support
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kadin_danisma.domain.errors import KeySlotRejected, UserFacingError
from kadin_danisma.services import vault_service
from kadin_danisma.vault import attempts, kdf, keyslots
from kadin_danisma.vault.keyslots import KeySlotFile

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
SLOTS = "keyslots.json"


def _cheap(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytes:
    params.validate()
    if len(salt) != kdf.SALT_BYTES:
        raise KeySlotRejected("salt")
    return hashlib.sha256(b"%d/%d/" % (params.memory_kib, params.iterations) + salt + secret).digest()


@pytest.fixture(scope="module")
def cheap_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, bytes, Any]]:
    """A vault made with the cheap KDF (module-wide): (folder, pristine slot file, what it holds)."""
    patch = pytest.MonkeyPatch()
    patch.setattr(kdf, "derive", _cheap)
    patch.setattr(attempts, "THROTTLE_FREE_ATTEMPTS", 10**9)
    folder, _ = kd_support.create_vault(tmp_path_factory.mktemp("props") / "vault")
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    expected = _contents(session)
    session.lock()
    yield folder, (folder / SLOTS).read_bytes(), expected
    patch.undo()


def _contents(session: Any) -> Any:
    conn = session.connection()
    return conn.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()[0]


def _attempt(folder: Path, data: bytes, expected: Any) -> str:
    (folder / SLOTS).write_bytes(data)
    try:
        session = vault_service.unlock(folder, ADMIN, PASSWORD)
    except UserFacingError as exc:
        assert str(exc) and "\n" not in str(exc)
        outcome = f"refused: {exc.code}"
    else:
        try:
            assert _contents(session) == expected  # opened: then it is exactly this vault
        finally:
            session.lock()
        outcome = "opened"
    after = (folder / SLOTS).read_bytes()
    if after != data:  # rewritten (an upgrade, a repaired key id): then complete and loadable
        KeySlotFile.parse(folder / SLOTS, after)
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == [], leftovers
    return outcome


HUGE = "__a 4,400-digit number__"  # put in as text: json.dumps itself refuses such an int


def _dumps(doc: Any) -> bytes:
    text = json.dumps(doc, allow_nan=True).replace(json.dumps(HUGE), "9" * 4400)
    return text.encode("utf-8", "surrogatepass")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40) | st.just(HUGE) | st.just("\ud800"),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


def _set(doc: Any, path: tuple[Any, ...], value: Any, drop: bool) -> Any:
    if not path:
        return value
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    if drop:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.data())
def test_mutated_slot_files(cheap_vault: tuple[Path, bytes, Any], data: st.DataObject) -> None:
    folder, pristine, expected = cheap_vault
    doc = json.loads(pristine)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        kind = data.draw(st.sampled_from(["replace", "drop", "duplicate slot", "flip"]), label="kind")
        if kind == "flip":
            raw = bytearray(_dumps(doc))
            at = data.draw(st.integers(0, len(raw) - 1), label="offset")
            raw[at] ^= data.draw(st.integers(1, 255), label="mask")
            _attempt(folder, bytes(raw), expected)
            return
        if kind == "duplicate slot" and isinstance(doc, dict) and isinstance(doc.get("slots"), list) and doc["slots"]:
            doc["slots"].append(copy.deepcopy(data.draw(st.sampled_from(doc["slots"]), label="slot")))
            continue
        path = data.draw(st.sampled_from(_paths(doc)), label="path")
        doc = _set(doc, path, data.draw(json_values, label="value"), drop=kind == "drop" and bool(path))
    _attempt(folder, _dumps(doc), expected)
    (folder / SLOTS).write_bytes(pristine)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(raw=st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_random_bytes_as_the_slot_file(cheap_vault: tuple[Path, bytes, Any], raw: bytes) -> None:
    folder, pristine, expected = cheap_vault
    assert _attempt(folder, raw, expected).startswith("refused")
    (folder / SLOTS).write_bytes(pristine)


@pytest.fixture
def pristine(vault: tuple[Path, str]) -> tuple[Path, bytes]:
    """The vault's slot file as made, read once: an example's unlock may rewrite it (a repaired key id), and
    every example must start from the same file (Hypothesis replays its choices)."""
    folder, _ = vault
    return folder, (folder / SLOTS).read_bytes()


@settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.data())
def test_the_command_line_never_ends_in_an_internal_error(pristine: tuple[Path, bytes], data: st.DataObject) -> None:
    """The same, through `kadin-danisma verify` in a fresh process with the real key derivation."""
    folder, original = pristine
    doc = json.loads(original)
    path = data.draw(st.sampled_from(_paths(doc)), label="path")
    doc = _set(doc, path, data.draw(json_values, label="value"), drop=False)
    (folder / SLOTS).write_bytes(_dumps(doc))
    proc = kd_support.run_cli(["verify", "--vault", str(folder), "--user", ADMIN], PASSWORD + "\n")
    assert proc.returncode in (0, 1), (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    for line in proc.stderr.splitlines():  # one-line warnings and errors only, never a traceback's lines
        assert line.startswith(("warning: ", "kadin-danisma: error: ", "verify: FAILED")), proc.stderr
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
    (folder / SLOTS).write_bytes(original)


def test_loading_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / SLOTS
    path.write_bytes(b" " * (keyslots.MAX_FILE_BYTES + 1))
    with pytest.raises(UserFacingError, match="damaged"):
        KeySlotFile.load(path)
    path.write_bytes(b"[" * 200_000)
    with pytest.raises(UserFacingError, match="damaged"):
        KeySlotFile.load(path)
