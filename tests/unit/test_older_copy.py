"""Putting back an older copy of the vault folder: the unlock notices it (older, or a different history),
going on with it is audited and quiets the warning, a missing or damaged note never gets in the way, the
note holds no case data, and a lock still succeeds when the note cannot be written."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import stat
from datetime import date
from pathlib import Path
from typing import Any

import kd_support
import pytest
from fault_support import scale

from kadin_danisma import cli
from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, notes, paths, seen_state, vault_service
from kadin_danisma.vault import audit

COUNSELOR = "ayse"
TODAY = date.today()


# -- helpers ----------------------------------------------------------------------------------------------
def login(folder: Path, username: str = COUNSELOR) -> Any:
    return vault_service.unlock(folder, username, kd_support.PASSWORD)


def head_id(session: Any) -> int:
    return audit.head(session.connection()).entry_id


def note_count(session: Any) -> int:
    return int(session.connection().execute("SELECT count(*) FROM notes").fetchone()[0])


def add_case_with_notes(session: Any, n_notes: int, name: str = "Işık Şahin", body: str = "Görüşme yapıldı.") -> int:
    cid = cases.create_case(session, r.Client(name), r.Intake(TODAY.isoformat(), violence_types=["physical"]))
    for _ in range(n_notes):
        notes.add_note(session, cid, r.Note("phone_call", TODAY.isoformat(), body))
    return cid


def lock_noting_head(session: Any) -> int:
    """Lock; returns the head this computer should have noted (the lock writes one entry)."""
    expected = head_id(session) + 1
    session.lock()
    return expected


def snapshot(folder: Path, to: Path) -> Path:
    shutil.copytree(folder, to)
    return to


def put_back(live: Path, old: Path, aside: Path) -> None:
    """What a person does with a USB stick: the current folder goes away, the old copy takes its place."""
    live.rename(aside)
    shutil.copytree(old, live)


def bring_live_back(live: Path, aside: Path) -> None:
    shutil.rmtree(live)
    aside.rename(live)


def copy_then_work_on(live: Path, tmp_path: Path, n_notes: int, body: str = "Görüşme yapıldı.") -> tuple[Path, int]:
    """A case, a copy of the vault taken then (returned), then more work locked in: the audit id noted."""
    session = login(live)
    add_case_with_notes(session, 1)
    session.lock()
    old = snapshot(live, tmp_path / "old")
    session = login(live)
    add_case_with_notes(session, n_notes, body=body)
    return old, lock_noting_head(session)


def note_file() -> Path:
    return paths.seen_vaults_file()


def noted_heads() -> list[int]:
    data = json.loads(note_file().read_text("utf-8"))
    return [entry["head"] for entry in data["vaults"].values()]


# -- the main fault: an older copy put back ---------------------------------------------------------------
@pytest.mark.faults
def test_an_older_copy_put_back_is_noticed(team: kd_support.Team, tmp_path: Path, fault_log: Any) -> None:
    live = team.folder
    rng = random.Random(7)
    # Rounds of work, with a copy of the locked folder taken after each (the USB sticks of the story).
    copies: list[tuple[Path, int, int]] = []  # (folder, its audit head, its notes)
    for i in range(4):
        session = login(live)
        assert session.older_copy is None
        add_case_with_notes(session, 1 + i)
        copies.append((Path(), head_id(session) + 1, note_count(session)))
        session.lock()
        copies[-1] = (snapshot(live, tmp_path / f"copy-{i}"), copies[-1][1], copies[-1][2])
    session = login(live)
    add_case_with_notes(session, 2)
    live_notes = note_count(session)
    noted = lock_noting_head(session)
    assert noted_heads() == [noted]

    iterations = scale(2, 20)
    rows_verified = 0
    for i in range(iterations):
        old, old_head, old_notes = rng.choice(copies)
        aside = tmp_path / f"live-aside-{i}"
        put_back(live, old, aside)
        session = login(live)
        warning = session.older_copy
        assert warning == seen_state.OlderCopy(seen_state.OLDER, TODAY, noted, old_head), warning
        assert note_count(session) == old_notes < live_notes  # what the warning is about
        session.lock()  # she did not accept it: nothing is noted
        assert noted_heads() == [noted]
        bring_live_back(live, aside)

        session = login(live)
        assert session.older_copy is None, "the newer copy is back: no warning"
        report = audit.verify(session.connection(), session.vault.audit_key)
        assert report.ok and note_count(session) == live_notes
        rows_verified += report.entries + live_notes
        noted = lock_noting_head(session)
        assert noted_heads() == [noted]
    fault_log.record("older copy put back", iterations=iterations, faults=iterations, rows_verified=rows_verified,
                     note=f"{iterations} random earlier copies put back over the live folder; each unlock "
                          "reported 'older' with the ids noted at the last lock; no note written meanwhile")


def test_going_on_with_the_older_copy_is_audited_and_quiets_the_warning(team: kd_support.Team,
                                                                        tmp_path: Path) -> None:
    live = team.folder
    old, noted = copy_then_work_on(live, tmp_path, 3)
    newer = snapshot(live, tmp_path / "newer")

    put_back(live, old, tmp_path / "aside")
    session = login(live)
    warning = session.older_copy
    assert warning is not None and warning.kind == seen_state.OLDER
    seen_state.accept_older(session)
    assert session.older_copy is None
    rows = session.connection().execute(
        "SELECT user_id, details FROM audit_log WHERE action = 'older_copy_accepted'").fetchall()
    assert len(rows) == 1
    assert json.loads(rows[0][1]) == {"kind": "older", "recorded_head_id": noted,
                                      "current_head_id": warning.current_head_id}
    assert rows[0][0] == session.user_id
    assert audit.verify(session.connection(), session.vault.audit_key).ok
    session.lock()

    session = login(live)
    assert session.older_copy is None, "accepted once: no warning at the next unlock"
    session.lock()

    # The newer copy coming back now is a different history from the accepted one: said so too.
    shutil.rmtree(live)
    shutil.copytree(newer, live)
    session = login(live)
    assert session.older_copy is not None and session.older_copy.kind == seen_state.DIVERGED
    session.lock()


def test_a_copy_worked_on_after_it_was_put_back_has_a_different_history(team: kd_support.Team,
                                                                        tmp_path: Path) -> None:
    live = team.folder
    old, noted = copy_then_work_on(live, tmp_path, 2, body="Bu kopyada yazıldı.")

    # Someone restores the old copy and works on it (the command line does not stop her) until its audit
    # log reaches exactly the id noted here: the same id, another entry.
    put_back(live, old, tmp_path / "aside")
    session = login(live)
    assert session.older_copy is not None and session.older_copy.kind == seen_state.OLDER
    while head_id(session) < noted - 1:
        session.audit("test_step")
    assert head_id(session) == noted - 1
    session.lock()  # writes entry `noted`; notes nothing (the warning was not accepted)
    session = login(live)
    warning = session.older_copy
    assert warning == seen_state.OlderCopy(seen_state.DIVERGED, TODAY, noted, noted), warning
    # ... and further: a longer, different history.
    add_case_with_notes(session, 3, body="Daha fazla iş.")
    session.lock()
    session = login(live)
    warning = session.older_copy
    assert warning is not None and warning.kind == seen_state.DIVERGED
    assert warning.current_head_id > noted and warning.recorded_head_id == noted
    session.lock()


def test_no_note_no_warning_and_a_newer_vault_is_fine(new_vault: Any) -> None:
    folder, _ = new_vault()
    assert not note_file().exists() or noted_heads()  # creation's lock may have noted it
    note_file().unlink(missing_ok=True)
    session = vault_service.unlock(folder, kd_support.ADMIN, kd_support.PASSWORD)
    assert session.older_copy is None
    assert seen_state.check(session) is None  # noted at unlock, and the same state
    session.audit("test_step")
    assert seen_state.check(session) is None  # newer, same history
    session.lock()
    assert note_file().exists()


def test_the_recovery_key_unlock_is_checked_too(vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, recovery = vault
    session = vault_service.unlock(folder, kd_support.ADMIN, kd_support.PASSWORD)
    session.lock()
    old = snapshot(folder, tmp_path / "old")
    session = vault_service.unlock(folder, kd_support.ADMIN, kd_support.PASSWORD)
    session.lock()
    put_back(folder, old, tmp_path / "aside")
    session = vault_service.unlock_with_recovery(folder, recovery)
    assert session.older_copy is not None and session.older_copy.kind == seen_state.OLDER
    seen_state.accept_older(session)
    row = session.connection().execute(
        "SELECT user_id FROM audit_log WHERE action = 'older_copy_accepted'").fetchone()
    assert row == (None,)
    session.lock()


# -- the note file: damaged, forged, private, content-free ---------------------------------------------------
BAD_NOTES = {
    "empty": b"",
    "garbage": b"\x00\xff\xfe not json at all \x81",
    "truncated": b'{"format": 1, "vaults": {"',
    "wrong shape": b'{"format": 1, "vaults": []}',
    "null": b"null",
    "future format": b'{"format": 99, "vaults": {}}',
    "bad entries": json.dumps({"format": 1, "vaults": {
        "x" * 32: {"head": "12", "seen": "2026-01-01", "mac": "0" * 64},
        "y" * 32: {"head": 5, "seen": "yesterday", "mac": "0" * 64},
        "z" * 32: {"head": True, "seen": "2026-01-01", "mac": "0" * 64},
        "w" * 32: {"head": 5, "seen": "2026-01-01", "mac": "NOT HEX"},
    }}).encode(),
    "deep nesting": b"[" * 200_000 + b"]" * 200_000,
    "moderate nesting": b'{"format": 1, "vaults": {"' + b"a" * 32 + b'": ' + b"[" * 500 + b"]" * 500 + b"}}",
    "huge number": b'{"format": 1, "vaults": {"' + b"a" * 32 + b'": {"head": ' + b"7" * 4400
                   + b', "seen": "2026-01-01", "mac": "' + b"0" * 64 + b'"}}}',
    "lone surrogate": b'{"format": 1, "vaults": {"\\ud800' + b"a" * 26 + b'": {"head": 5, "seen": "2026-01-01", '
                      b'"mac": "' + b"0" * 64 + b'"}}}',
    "NaN head": b'{"format": 1, "vaults": {"' + b"a" * 32 + b'": {"head": NaN, "seen": "2026-01-01", "mac": "'
                + b"0" * 64 + b'"}}}',
    "duplicate keys": b'{"format": 1, "format": 1, "vaults": {}}',
    "format as text": b'{"format": "1", "vaults": {}}',
    "float head": json.dumps({"format": 1, "vaults": {"a" * 32: {"head": 5.0, "seen": "2026-01-01",
                                                                 "mac": "0" * 64}}}).encode(),
    "year zero": json.dumps({"format": 1, "vaults": {"a" * 32: {"head": 5, "seen": "0000-01-01",
                                                                "mac": "0" * 64}}}).encode(),
    "upper-case name": json.dumps({"format": 1, "vaults": {"A" * 32: {"head": 5, "seen": "2026-01-01",
                                                                      "mac": "0" * 64}}}).encode(),
    "huge": b'{"format": 1, "vaults": {}, "pad": "' + b"a" * (2 * seen_state.MAX_FILE_BYTES) + b'"}',
}


@pytest.mark.parametrize("kind", sorted(BAD_NOTES))
def test_a_damaged_note_never_stops_an_unlock_and_is_replaced(kind: str, team: kd_support.Team,
                                                             tmp_path: Path) -> None:
    live = team.folder
    session = login(live)
    session.lock()
    old = snapshot(live, tmp_path / "old")
    session = login(live)
    add_case_with_notes(session, 1)
    session.lock()
    put_back(live, old, tmp_path / "aside")  # an older copy: only the damaged note hides it
    note_file().write_bytes(BAD_NOTES[kind])

    session = login(live)
    assert session.older_copy is None
    noted = lock_noting_head(session)
    assert noted_heads() == [noted], "the damaged note is replaced by a good one"


@pytest.mark.parametrize("kind", ["fifo", "symlink"])
def test_a_fifo_or_symlink_under_the_note_name_is_no_note(kind: str, team: kd_support.Team,
                                                          tmp_path: Path) -> None:
    """A FIFO would make a plain open() wait for a writer forever (the unlock would hang); a symlink could
    point the note at a file of someone else's choosing. Both count as no note and are replaced."""
    note_file().parent.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "elsewhere.json"
    if kind == "fifo":
        os.mkfifo(note_file())
    else:
        elsewhere.write_text('{"format": 1, "vaults": {}}')
        note_file().symlink_to(elsewhere)
    session = login(team.folder)
    assert session.older_copy is None
    noted = lock_noting_head(session)
    assert noted_heads() == [noted]
    assert note_file().is_file() and not note_file().is_symlink()
    if kind == "symlink":
        assert elsewhere.read_text() == '{"format": 1, "vaults": {}}'  # the link's target was not written


def test_a_note_file_that_is_a_folder_or_unreadable_is_no_note(team: kd_support.Team) -> None:
    note_file().parent.mkdir(parents=True, exist_ok=True)
    note_file().mkdir()
    session = login(team.folder)
    assert session.older_copy is None
    session.lock()  # the write fails (a folder is in the way); the lock does not
    assert not session.is_open
    note_file().rmdir()


def test_an_edited_note_cannot_silence_the_warning(team: kd_support.Team) -> None:
    """Lowering the noted head, or changing its date or MAC, needs the key to stay consistent: without it
    the note shows as a different history, never as 'all fine'."""
    session = login(team.folder)
    add_case_with_notes(session, 1)
    session.lock()
    original = note_file().read_text("utf-8")
    data = json.loads(original)
    (name, entry), = data["vaults"].items()
    for change in ({"head": 1}, {"head": entry["head"] - 1}, {"seen": "2020-01-01"},
                   {"mac": ("0" if entry["mac"][0] != "0" else "1") + entry["mac"][1:]}):
        data["vaults"][name] = {**entry, **change}
        note_file().write_text(json.dumps(data), "utf-8")
        session = login(team.folder)
        assert session.older_copy is not None and session.older_copy.kind == seen_state.DIVERGED, change
        session.lock()  # not accepted: the forged note stays as it was
        assert json.loads(note_file().read_text("utf-8"))["vaults"][name] == data["vaults"][name]


def test_the_note_holds_no_case_data_and_is_private(team: kd_support.Team) -> None:
    marker_name, marker_note = "Zümrüt Kopyaiz", "GIZLI-NOT-7391 kopya"
    session = login(team.folder)
    cid = add_case_with_notes(session, 2, name=marker_name, body=marker_note)
    case_number = str(session.connection().execute(
        "SELECT case_number FROM cases WHERE id = ?", (cid,)).fetchone()[0])
    vault_id = session.vault.slots.vault_id
    session.lock()
    needles = {**{f"name {k}": v for k, v in kd_support.text_needles(marker_name).items()},
               **{f"note {k}": v for k, v in kd_support.text_needles(marker_note).items()},
               **{f"case number {k}": v for k, v in kd_support.text_needles(case_number).items()},
               "vault id": vault_id.encode(), "user": COUNSELOR.encode(), "center": kd_support.CENTER.encode()}
    folder = note_file().parent
    assert kd_support.scan([folder], needles) == []
    data = json.loads(note_file().read_text("utf-8"))
    assert set(data) == {"format", "vaults"}
    for name, entry in data["vaults"].items():
        assert len(name) == 32 and set(entry) == {"head", "seen", "mac"}
        assert entry["seen"] == TODAY.isoformat()
    assert stat.S_IMODE(note_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0
    assert [p.name for p in folder.iterdir()] == [note_file().name], "no temporary file left behind"


def test_the_note_keeps_other_vaults_and_drops_the_least_recently_seen(team: kd_support.Team,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(seen_state, "MAX_ENTRIES", 3)
    others = {f"{i:032x}": {"head": 5, "seen": f"2026-01-{10 + i:02d}", "mac": "a" * 64} for i in range(4)}
    note_file().parent.mkdir(parents=True, exist_ok=True)
    note_file().write_text(json.dumps({"format": 1, "vaults": others}), "utf-8")
    session = login(team.folder)
    session.lock()
    kept = json.loads(note_file().read_text("utf-8"))["vaults"]
    assert len(kept) == 3
    assert f"{3:032x}" in kept and f"{2:032x}" in kept and f"{0:032x}" not in kept


# -- locking and unlocking when the note cannot be written ---------------------------------------------------
def test_lock_and_unlock_succeed_when_the_note_cannot_be_written(team: kd_support.Team,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def read_only(path: Path, data: bytes) -> None:
        calls.append(path)
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(seen_state, "_write", read_only)
    session = login(team.folder)  # noting at unlock fails quietly
    add_case_with_notes(session, 1)
    session.lock()
    assert not session.is_open
    assert len(calls) == 2 and not note_file().exists()
    monkeypatch.setattr(seen_state, "_write", lambda path, data: (_ for _ in ()).throw(PermissionError(13, "no")))
    session = login(team.folder)
    session.lock()
    assert not session.is_open
    # The vault itself is untouched by all this: it opens, its chain is whole, the lock entries are there.
    session = login(team.folder)
    assert audit.verify(session.connection(), session.vault.audit_key).ok
    session.lock()


# -- the command line ------------------------------------------------------------------------------------
def test_the_command_line_warns_once_per_unlock_and_goes_on(team: kd_support.Team, tmp_path: Path) -> None:
    live = team.folder
    session = login(live)
    cid = add_case_with_notes(session, 1, name="Komut Satırı Deneme")
    case_number = str(session.connection().execute(
        "SELECT case_number FROM cases WHERE id = ?", (cid,)).fetchone()[0])
    session.lock()
    old = snapshot(live, tmp_path / "old")
    session = login(live)
    add_case_with_notes(session, 2)
    session.lock()
    put_back(live, old, tmp_path / "aside")

    when = TODAY.strftime("%d.%m.%Y")
    for args in (["search", "--vault", str(live), "--user", COUNSELOR, "Komut"],
                 ["verify", "--vault", str(live), "--user", COUNSELOR]):
        proc = kd_support.run_cli(args, kd_support.PASSWORD + "\n")
        # Work goes on with a warning; verify fails on it (issue 14 §4) and says why in its check line.
        assert proc.returncode == (1 if args[0] == "verify" else 0), proc.stderr
        lines = proc.stderr.splitlines()
        assert len(lines) == (2 if args[0] == "verify" else 1), proc.stderr
        assert lines[0].startswith("warning: this vault is older than the copy this computer last opened on "
                                   + when), lines
        assert case_number not in proc.stderr and "Komut" not in proc.stderr
        if args[0] == "verify":
            assert case_number not in proc.stdout
    assert "FAIL rollback: this computer: this vault is older than the copy" in proc.stdout
    accepted = kd_support.run_cli(["verify", "--vault", str(live), "--user", COUNSELOR, "--accept-older"],
                                  kd_support.PASSWORD + "\n")
    assert accepted.returncode == 0 and "ok   rollback: accepted as it is: this computer" in accepted.stdout
    proc = kd_support.run_cli(["verify", "--vault", str(live), "--user", COUNSELOR], kd_support.PASSWORD + "\n")
    assert proc.returncode == 0 and proc.stderr == "" and "all checks passed" in proc.stdout


def test_the_command_line_says_nothing_for_the_current_copy(team: kd_support.Team,
                                                            capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    for _ in range(2):
        monkeypatch.setattr("sys.stdin", io.StringIO(kd_support.PASSWORD + "\n"))
        assert cli.run(["verify", "--vault", str(team.folder), "--user", COUNSELOR]) == 0
        assert capsys.readouterr().err == ""
