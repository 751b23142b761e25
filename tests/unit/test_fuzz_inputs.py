"""Malformed input always gets a clear message (issue 14 §7), as properties: random and mutated import files,
backup manifests and backup ZIP structures, and the notes a restore and this computer leave, never give a
traceback, an "internal error" (exit 70) or a partial write. The command line runs in-process (Hypothesis
stays fast); a few subprocess runs prove the exit codes of the real program.

The key-slot file is fuzzed elsewhere (vault/keyslots.py has its own tests)."""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import struct
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import backup_craft as craft
import kd_support
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kadin_danisma import cli
from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import UserFacingError
from kadin_danisma.services import backups, cases, interchange, notes, seen_state, vault_service
from kadin_danisma.vault import backup, backup_reader, backup_verify
from kadin_danisma.vault.keyslots import KeySlotFile
from kadin_danisma.vault.vault import Vault

PASSWORD = kd_support.PASSWORD
FAST = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))

# Values no person types, each of a kind that crashed or misled some reader before.
HOSTILE: list[Any] = [
    "\ud800", "K\x00X", "a\x1bb", "\u202eKDM", "\u2028", "x" * 300, "", " ", "1", -1, 0, 2**63, -(2**63) - 1,
    10**30, 1.5, True, None, [], {}, {"a": {"b": {"c": [[[]]]}}}, [[[[[[[[[[[[1]]]]]]]]]]]],
]
RAW_HOSTILE = [b"9" * 4400, b"-" + b"9" * 30, b"NaN", b"Infinity", b"-Infinity", b"1e999", b'"\\ud800"',
               b'"\\udfff\\ud800"', b'"\\u0000"', b"[" * 3000 + b"]" * 3000, b'{"a":1,"a":2}', b'"\\u202e"']

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                  max_size=4),
                    max_leaves=12)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*path, i))


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


MARK = "\u2063MARK\u2063"  # replaced by a raw JSON text after dumping


def _mutated_text(data: st.DataObject, doc: Any) -> bytes:
    """The document as JSON text with one hostile change: a value anywhere replaced by a hostile or random
    one, by raw text no serializer writes (4,400 digits, NaN, a lone surrogate escape, deep nesting), a
    key written twice, or bytes flipped, inserted, cut."""
    doc = json.loads(json.dumps(doc))
    kind = data.draw(st.sampled_from(["value", "random", "raw", "bytes", "truncate"]), label="kind")
    path = data.draw(st.sampled_from(list(_paths(doc))), label="path")
    if kind == "value":
        doc = _set(doc, path, data.draw(st.sampled_from(HOSTILE), label="hostile"))
    elif kind == "random":
        doc = _set(doc, path, data.draw(JSON, label="random"))
    elif kind == "raw":
        doc = _set(doc, path, MARK)
    text = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if kind == "raw":
        raw = data.draw(st.sampled_from(RAW_HOSTILE), label="raw")
        text = text.replace(json.dumps(MARK, ensure_ascii=False).encode(), raw, 1)
    elif kind in ("bytes", "truncate"):
        rng = random.Random(data.draw(st.integers(0, 2**32), label="seed"))
        buf = bytearray(text)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(buf))
            if kind == "truncate":
                del buf[at:]
                break
            choice = rng.randrange(3)
            if choice == 0:
                buf[at] ^= 1 << rng.randrange(8)
            elif choice == 1:
                buf[at:at] = bytes([rng.randrange(256)])
            else:
                del buf[at]
            if not buf:
                break
        text = bytes(buf)
    return text


# -- import ----------------------------------------------------------------------------------------------

@pytest.fixture
def import_doc(team: kd_support.Team) -> dict[str, Any]:
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name="Saadet Koç", client_code="SK-1"),
                                r.Intake("2026-01-05", "phone", violence_types=["physical"]),
                                [r.Child("Ela", 2018, "female")], [r.Perpetrator("ex_husband")])
    notes.add_note(ayse, case_id, r.Note("phone_call", "2026-01-06", "ilk arama, kontrol \x01 karakteri"))
    doc = interchange.export_case(ayse, case_id)
    doc["cases"][0]["case_number"] = "FUZZ-1"
    doc["cases"][0]["client"]["client_code"] = "FZ-1"
    return doc


def _counts(conn: Any) -> dict[str, int]:
    names = [str(n) for (n,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
             if not str(n).startswith(("search_fts_", "audit_log"))]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def test_property_mutated_import_text_is_refused_whole_or_imported_whole(
        team: kd_support.Team, import_doc: dict[str, Any]) -> None:
    """load_json + import_document (as the CLI and the GUI call them): a refusal is ImportInvalid or
    another UserFacingError with every problem at a JSON path, and writes nothing at all."""
    zeynep = team.login("zeynep")
    conn = zeynep.connection()
    serial = iter(range(10**6))
    outcomes: dict[str, int] = {}

    @FAST
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        doc = json.loads(json.dumps(import_doc))
        n = next(serial)
        doc["cases"][0]["case_number"], doc["cases"][0]["client"]["client_code"] = f"FZ-{n}", f"FZC-{n}"
        text = _mutated_text(data, doc)
        before = _counts(conn)
        try:
            ids = interchange.import_document(zeynep, interchange.load_json(text))
        except UserFacingError as exc:
            outcomes[exc.code] = outcomes.get(exc.code, 0) + 1
            for path, _message in getattr(exc, "problems", []):
                assert path.startswith("$")
            assert _counts(conn) == before, "a refused import wrote something"
            return
        outcomes["imported"] = outcomes.get("imported", 0) + 1
        assert _counts(conn)["cases"] == before["cases"] + len(ids)

    check()
    assert outcomes.get("import_invalid", 0) > 10, outcomes


def _run_cli(argv: list[str], stdin: bytes) -> tuple[int, str, str]:
    """cli.run in this process, with byte-level standard streams (as a terminal or a pipe gives them)."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = (io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
               io.TextIOWrapper(out, encoding="utf-8"), io.TextIOWrapper(err, encoding="utf-8"))
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        code = cli.run(argv)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdin, sys.stdout, sys.stderr = saved
    return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


def _clear_failure(code: int, err: str) -> None:
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err and "internal error" not in err, err
    if code:
        first, *rest = err.splitlines()
        assert first.startswith("kadin-danisma: error: "), err
        assert all(line.startswith("  $") for line in rest), err  # an import lists its problems below


def test_property_the_import_command_never_crashes(team: kd_support.Team, import_doc: dict[str, Any],
                                                   tmp_path: Path) -> None:
    """The import command in-process: exit 0 or 1 with one error line (plus the problems' paths), never
    exit 70, never part of a file in the vault."""
    serial = iter(range(10**6))

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        doc = json.loads(json.dumps(import_doc))
        n = next(serial)
        doc["cases"][0]["case_number"], doc["cases"][0]["client"]["client_code"] = f"CL-{n}", f"CLC-{n}"
        path = tmp_path / f"in-{n}.json"
        path.write_bytes(_mutated_text(data, doc))
        probe = vault_service.unlock(team.folder, "zeynep", PASSWORD)
        before = _counts(probe.connection())
        probe.lock()
        code, out, err = _run_cli(["import", "--vault", str(team.folder), "--user", "zeynep", str(path)],
                                  f"{PASSWORD}\n".encode())
        _clear_failure(code, err)
        probe = vault_service.unlock(team.folder, "zeynep", PASSWORD)
        after = _counts(probe.connection())
        probe.lock()
        if code:
            assert after == before
        else:
            assert after["cases"] == before["cases"] + 1 and out.startswith("imported 1 case")

    check()


HOSTILE_ARGS = ["K\udcff", "a\x00b", "a\x1bb", "\u202eKDM-1", "KDM\u2028", "9" * 4400, "-" + "9" * 30, "",
                "x" * 5000]


@pytest.mark.parametrize("command", ["export", "export-pdf", "search", "users-disable", "users-add", "init",
                                     "demo-data", "passwd"])
def test_hostile_arguments_give_one_line_and_leave_no_output_file(
        team: kd_support.Team, tmp_path: Path, command: str) -> None:
    folder = str(team.folder)
    for i, value in enumerate(HOSTILE_ARGS):
        out = tmp_path / f"out-{i}"
        argv = {
            "export": ["export", "--plaintext", "--vault", folder, "--user", "ayse", "--case", value, "--out",
                       str(out)],
            "export-pdf": ["export-pdf", "--vault", folder, "--user", "ayse", "--case", value, "--kind",
                           "referral", "--referral", value, "--out", str(out)],
            "search": ["search", "--vault", folder, "--user", value, "--limit", value, value],
            "users-disable": ["users", "disable", "--vault", folder, "--user", kd_support.ADMIN, value],
            "users-add": ["users", "add", "--vault", folder, "--user", kd_support.ADMIN, f"yeni{i}", "--roles",
                          value, "--name", value],
            "init": ["init", "--vault", str(out), "--admin", value, "--center", value, "--name", value],
            "demo-data": ["demo-data", "--vault", folder, "--user", kd_support.ADMIN, "--cases", value,
                          "--seed", value],
            "passwd": ["users", "passwd", "--vault", folder, "--user", value, value],
        }[command]
        code, _out, err = _run_cli(argv, f"{PASSWORD}\n{PASSWORD}-yeni\n".encode())
        _clear_failure(code, err)
        assert code != 0, (command, value)
        assert len(err.splitlines()) == 1, err
        assert not out.exists() or (command == "init" and not any(out.iterdir())), (command, value)


@pytest.mark.parametrize("stdin", [b"\xff\xfe\n", "pw\udcff\n".encode("utf-8", "surrogateescape"),
                                   b"pw\x00rest\n", b""])
def test_a_password_line_that_is_not_text_gets_one_line(team: kd_support.Team, stdin: bytes) -> None:
    code, _out, err = _run_cli(["users", "list", "--vault", str(team.folder), "--user", kd_support.ADMIN], stdin)
    _clear_failure(code, err)
    assert code in (1, 2) and len(err.splitlines()) == 1


def test_paths_that_are_not_utf8_are_printed_escaped(vault: tuple[Path, str], tmp_path: Path) -> None:
    """Linux file names need not be UTF-8; the backup is written and the line saying where is printed."""
    folder, _ = vault
    out = tmp_path / "yedek-\udcff.kdbak"
    code, text, err = _run_cli(["backup", "--vault", str(folder), "--user", kd_support.ADMIN, "--out", str(out)],
                               f"{PASSWORD}\n".encode())
    assert code == 0, err
    assert "\\udcff" in text and os.path.exists(os.fsencode(out))
    session = vault_service.unlock(folder, kd_support.ADMIN, PASSWORD)
    try:
        assert backups.last_backup(session).file_name == "yedek-\\udcff.kdbak"  # type: ignore[union-attr]
    finally:
        session.lock()


# -- backups: manifests and ZIP structure ---------------------------------------------------------------

@pytest.fixture
def small_backup(vault: tuple[Path, str], tmp_path: Path) -> Iterator[tuple[Path, bytes]]:
    folder, _ = vault
    session = vault_service.unlock(folder, kd_support.ADMIN, PASSWORD)
    try:
        backups.backup_now(session, tmp_path / "good.kdbak")
        key = bytes(session.vault._key)
    finally:
        session.lock()
    yield tmp_path / "good.kdbak", key


def _keyed(key: bytes) -> backup_verify.Unlock:
    return lambda work: Vault(work, KeySlotFile.load(work / backup.SLOTS_NAME), bytearray(key))


def _verify_or_refuse(path: Path, key: bytes, tmp: Path) -> bool | None:
    """True/False: verified with or without problems; None: refused with a clear error. Never anything else,
    and nothing is left in the temporary folder either way."""
    try:
        report = backup_verify.verify(path, _keyed(key))
    except UserFacingError:
        result = None
    else:
        assert all(isinstance(p, str) and "\n" not in p for p in report.problems)
        result = report.ok
    assert list(tmp.iterdir()) == []
    return result


def test_property_mutated_manifests_are_refused_or_reported(small_backup: tuple[Path, bytes], tmp_path: Path,
                                                            isolated_env: kd_support.Env) -> None:
    good, key = small_backup
    parts = craft.members(good)
    manifest = json.loads(parts[backup.MANIFEST_NAME])
    serial = iter(range(10**6))
    outcomes = {"refused": 0, "problems": 0, "ok": 0}

    @FAST
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        text = _mutated_text(data, manifest)
        path = tmp_path / f"m{next(serial)}.kdbak"
        craft.write_zip(path, craft.stored({**parts, backup.MANIFEST_NAME: text}))
        result = _verify_or_refuse(path, key, isolated_env.tmp)
        outcomes["refused" if result is None else "ok" if result else "problems"] += 1
        if result:  # only a change that leaves the manifest's meaning as signed can pass
            assert json.loads(text) == manifest
        path.unlink()

    check()
    assert outcomes["refused"] > 10 and outcomes["problems"] > 0, outcomes


def _header_offsets(data: bytes) -> list[int]:
    """Offsets of every byte of the local headers, the central directory and the end record (the parts of
    the ZIP that describe rather than hold the members)."""
    found: list[int] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:info.header_offset + 30])
            found += range(info.header_offset, info.header_offset + 30 + name_len + extra_len)
        directory = max(i.header_offset + i.compress_size for i in zf.infolist())
    found += range(data.index(b"PK\x01\x02", directory), len(data))
    return found


def test_property_mutated_zip_structure_never_crashes(small_backup: tuple[Path, bytes], tmp_path: Path,
                                                      isolated_env: kd_support.Env) -> None:
    good, key = small_backup
    data = good.read_bytes()
    headers = _header_offsets(data)
    serial = iter(range(10**6))
    outcomes = {"refused": 0, "problems": 0, "ok": 0}

    @FAST
    @given(data_=st.data())
    def check(data_: st.DataObject) -> None:
        buf = bytearray(data)
        kind = data_.draw(st.sampled_from(["header_bytes", "header_field", "truncate", "append", "splice"]))
        rng = random.Random(data_.draw(st.integers(0, 2**32)))
        if kind == "header_bytes":
            for _ in range(rng.randint(1, 6)):
                buf[rng.choice(headers)] = rng.randrange(256)
        elif kind == "header_field":  # a 16- or 32-bit field set to a boundary value
            at = rng.choice(headers)
            width = rng.choice([2, 4])
            value = rng.choice([0, 1, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF, len(data), len(data) + 1])
            buf[at:at + width] = (value & (256**width - 1)).to_bytes(width, "little")
        elif kind == "truncate":
            del buf[rng.randrange(len(buf)):]
        elif kind == "append":
            buf += bytes(rng.randrange(256) for _ in range(rng.randint(1, 5000)))
        else:
            at, size = rng.randrange(len(buf)), rng.randint(1, 200)
            buf[at:at] = buf[rng.randrange(len(buf)):][:size]
        path = tmp_path / f"z{next(serial)}.kdbak"
        path.write_bytes(bytes(buf))
        result = _verify_or_refuse(path, key, isolated_env.tmp)
        outcomes["refused" if result is None else "ok" if result else "problems"] += 1
        target = tmp_path / f"r{next(serial)}"
        try:
            backup_reader.restore(path, target)
        except UserFacingError:
            assert not target.exists(), "a failed restore left a folder behind"
        else:
            assert result is not None  # what restores also verifies (with or without problems)
            shutil.rmtree(target)
        path.unlink()

    check()
    assert outcomes["refused"] > 10, outcomes


def test_a_few_hostile_backups_through_the_real_program(small_backup: tuple[Path, bytes], tmp_path: Path) -> None:
    good, _ = small_backup
    parts = craft.members(good)
    cases = {
        "deep manifest": craft.stored({**parts, backup.MANIFEST_NAME: b"[" * 3000 + b"]" * 3000}),
        "huge number": craft.stored({**parts, backup.MANIFEST_NAME: parts[backup.MANIFEST_NAME].replace(
            b'"format": 1', b'"format": ' + b"1" * 4400)}),
        "surrogate": craft.stored({**parts, backup.MANIFEST_NAME: parts[backup.MANIFEST_NAME].replace(
            b'"app_version": "', b'"app_version": "\\ud800')}),
        "truncated": None,
    }
    for name, entries in cases.items():
        path = tmp_path / f"{name}.kdbak"
        if entries is None:
            path.write_bytes(good.read_bytes()[:-100])
        else:
            craft.write_zip(path, entries)
        for argv in (["verify", "--backup", str(path), "--user", kd_support.ADMIN],
                     ["restore", "--backup", str(path), "--vault", str(tmp_path / f"r-{name}")]):
            proc = kd_support.run_cli(argv, PASSWORD + "\n")
            assert proc.returncode == 1, (name, argv[0], proc.stderr)
            assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr, proc.stderr
            assert not (tmp_path / f"r-{name}").exists()


def test_a_few_hostile_imports_through_the_real_program(team: kd_support.Team, tmp_path: Path) -> None:
    for name, text in {"deep": b"[" * 100_000 + b"]" * 100_000, "digits": b'{"version": ' + b"7" * 4400 + b"}",
                       "surrogate": b'{"format": "\\udc80"}', "nul key": b'{"\\u0000": 1}'}.items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(text)
        proc = kd_support.run_cli(["import", "--vault", str(team.folder), "--user", "zeynep", str(path)],
                                  PASSWORD + "\n")
        assert proc.returncode == 1, (name, proc.stderr)
        assert proc.stderr.startswith("kadin-danisma: error: ") and "Traceback" not in proc.stderr, proc.stderr


# -- the notes a restore and this computer leave --------------------------------------------------------

@FAST
@given(raw=st.one_of(st.binary(max_size=300), JSON.map(lambda v: json.dumps(v).encode()),
                     st.fixed_dictionaries({"backup_created_at": JSON, "audit_head": JSON, "restored_at": JSON})
                     .map(lambda v: json.dumps(v).encode()), st.sampled_from(RAW_HOSTILE)))
def test_property_the_restore_note_is_none_damaged_or_exactly_its_fields(raw: bytes) -> None:
    folder = Path(os.environ["TMPDIR"]) / "marker-fuzz"
    folder.mkdir(exist_ok=True)
    (folder / "restored.json").write_bytes(raw)
    found = backup_reader.read_restored_marker(folder)
    assert found == {"marker": "damaged"} or (
        isinstance(found, dict) and set(found) == {"backup_created_at", "audit_head", "restored_at"}
        and json.dumps(found).encode("utf-8"))


@FAST
@given(raw=st.one_of(st.binary(max_size=300), JSON.map(lambda v: json.dumps({"format": 1, "vaults": v}).encode()),
                     st.dictionaries(st.text(max_size=40), JSON, max_size=3).map(
                         lambda v: json.dumps({"format": 1, "vaults": v}).encode()),
                     st.sampled_from(RAW_HOSTILE)))
def test_property_the_seen_note_never_fails_and_keeps_only_typed_entries(raw: bytes) -> None:
    path = seen_state.paths.seen_vaults_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    for name, entry in seen_state._load().items():
        assert len(name) == 32 and type(entry.head_id) is int and len(entry.mac) == 64



def test_listed_records_stay_one_per_line_whatever_their_text(team: kd_support.Team) -> None:
    """A record's text may hold a tab or a line break (typed elsewhere, stored as typed): the listing
    commands escape them, so a script reading one record per line, fields split by tabs, is never misled."""
    from kadin_danisma.services import consents, directory, referrals

    admin = team.login(kd_support.ADMIN)
    inst_id = directory.save_institution(admin, r.Institution("Kurum\nsahte\tsatır \x1b[31m", "ngo"))
    ayse = team.login("ayse")
    case_id = cases.create_case(ayse, r.Client(full_name="Satır Deneme"), r.Intake("2026-01-05", "phone"))
    consents.record_consent(ayse, case_id, r.Consent("share_with_institution", "2026-01-05"), institution_id=inst_id)
    referrals.create_referral(ayse, case_id, inst_id, "destek")
    number = cases.open_case(ayse, case_id).case_number
    code, out, err = _run_cli(["referrals", "--vault", str(team.folder), "--user", "ayse", "--case", number],
                              f"{PASSWORD}\n".encode())
    assert code == 0, err
    (line,) = out.splitlines()
    assert line.split("\t")[1] == "Kurum\\nsahte\\tsatır \\x1b[31m"
