"""Every file the app writes for a person goes through one writer (issue 14 §3): a private temporary name
(O_EXCL, O_NOFOLLOW, mode 0600) in the target folder, fsync, rename; never through a link; an existing file
only with --force (the save dialog's confirmation in the app); a folder as target is a clear error naming
it; a folder other accounts can write to gets a warning. Tested on the writer itself, then through each
person-facing output: JSON export, PDF, backup (and the command line)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import kd_support
import pytest

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import OutputExists, OutputFolderMissing, OutputIsFolder, OutputIsLink
from kadin_danisma.services import backups, cases, exports, interchange, vault_service
from kadin_danisma.vault import atomic

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
run = kd_support.run_cli


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file a planted link points at (a vault's key-slot file, in the attack that was found)."""
    path = tmp_path / "victim" / "keyslots.json"
    path.parent.mkdir()
    path.write_bytes(b"precious")
    return path


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir(mode=0o700)
    return folder


# -- the writer ------------------------------------------------------------------------------------------
def test_writes_0600_through_a_private_temporary_name(out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os.umask(0o022)  # a lax umask must not widen the file
    names: list[str] = []
    real = atomic.os.open

    def watching(path: object, flags: int, *args: object) -> int:
        names.append(Path(str(path)).name)
        if Path(str(path)).name.endswith(".tmp"):
            assert flags & os.O_EXCL and flags & os.O_NOFOLLOW and flags & os.O_CREAT
        return real(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "open", watching)
    written = atomic.write_file(out_dir / "rapor.json", b"{}")
    assert written.path == out_dir / "rapor.json" and written.size == 2 and written.warnings == ()
    assert (out_dir / "rapor.json").read_bytes() == b"{}"
    assert mode(out_dir / "rapor.json") == 0o600
    temp = [n for n in names if n.endswith(".tmp")]
    assert len(temp) == 1 and temp[0].startswith(".kd-output-") and len(temp[0]) == len(".kd-output-") + 16 + 4
    assert sorted(p.name for p in out_dir.iterdir()) == ["rapor.json"]


def test_pre_created_temporary_names_are_skipped_never_written(out_dir: Path, victim: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Another account guessed the next two temporary names: a file it can read, and a link to a victim. The
    writer takes a third name and never writes into, through, or removes either."""
    planted_file = out_dir / ".kd-output-aaaaaaaaaaaaaaaa.tmp"
    planted_file.write_bytes(b"theirs")
    planted_link = out_dir / ".kd-output-bbbbbbbbbbbbbbbb.tmp"
    planted_link.symlink_to(victim)
    draws = iter(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", "cccccccccccccccc"])
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda _n: next(draws))
    atomic.write_file(out_dir / "ozet.pdf", b"%PDF-1.7 secret")
    assert (out_dir / "ozet.pdf").read_bytes() == b"%PDF-1.7 secret"
    assert planted_file.read_bytes() == b"theirs" and planted_link.is_symlink()
    assert victim.read_bytes() == b"precious"
    assert not (out_dir / ".kd-output-cccccccccccccccc.tmp").exists()


def test_a_link_at_the_target_is_refused_with_or_without_force(out_dir: Path, victim: Path) -> None:
    target = out_dir / "ozet.pdf"
    target.symlink_to(victim)
    for force in (False, True):
        with pytest.raises(OutputIsLink, match="symbolic link"):
            atomic.write_file(target, b"%PDF-1.7", force=force)
    assert victim.read_bytes() == b"precious" and target.is_symlink()
    assert sorted(p.name for p in out_dir.iterdir()) == ["ozet.pdf"]  # no temporary file left
    dangling = out_dir / "yeni.pdf"
    dangling.symlink_to(out_dir / "nowhere.pdf")  # a link to a name that does not exist yet
    with pytest.raises(OutputIsLink):
        atomic.write_file(dangling, b"%PDF-1.7")
    assert not (out_dir / "nowhere.pdf").exists()


def test_a_link_planted_while_writing_is_refused(out_dir: Path, victim: Path) -> None:
    target = out_dir / "yedek.kdbackup"
    with pytest.raises(OutputIsLink):
        atomic.write_file(target, b"backup", before_publish=lambda _size: target.symlink_to(victim))
    assert victim.read_bytes() == b"precious"
    assert sorted(p.name for p in out_dir.iterdir()) == ["yedek.kdbackup"]  # the link; our temp file removed


def test_an_existing_file_is_kept_unless_forced(out_dir: Path) -> None:
    target = out_dir / "vaka.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    with pytest.raises(OutputExists, match=f"{target} already exists.*--force"):
        atomic.write_file(target, b"new")
    assert target.read_bytes() == b"old"
    atomic.write_file(target, b"new", force=True)
    assert target.read_bytes() == b"new" and mode(target) == 0o600
    # A file that appears while the new one is being written is not overwritten either.
    late = out_dir / "gec.json"
    with pytest.raises(OutputExists):
        atomic.write_file(late, b"mine", before_publish=lambda _size: late.write_bytes(b"someone else's"))
    assert late.read_bytes() == b"someone else's"
    assert sorted(p.name for p in out_dir.iterdir()) == ["gec.json", "vaka.json"]


def test_a_folder_or_a_missing_folder_is_a_clear_error(out_dir: Path) -> None:
    with pytest.raises(OutputIsFolder) as caught:
        atomic.write_file(out_dir, b"x", force=True)
    assert str(out_dir) in str(caught.value) and "vault" not in str(caught.value)
    with pytest.raises(OutputFolderMissing, match="does not exist"):
        atomic.write_file(out_dir / "yok" / "x.json", b"x")


def test_a_folder_others_can_write_to_is_warned_about(out_dir: Path) -> None:
    os.chmod(out_dir, 0o770)
    written = atomic.write_file(out_dir / "a.json", b"{}")
    assert len(written.warnings) == 1 and "other accounts" in written.warnings[0]
    assert str(out_dir) in written.warnings[0]
    os.chmod(out_dir, 0o1777)  # like /tmp: the sticky bit does not stop others creating names
    assert atomic.write_file(out_dir / "b.json", b"{}").warnings
    os.chmod(out_dir, 0o700)
    assert atomic.write_file(out_dir / "c.json", b"{}").warnings == ()


def test_a_failed_write_leaves_nothing(out_dir: Path) -> None:
    def failing(fh: object) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic.write_file(out_dir / "dolu.pdf", failing)
    assert list(out_dir.iterdir()) == []


# -- the outputs -----------------------------------------------------------------------------------------
def _case(team: kd_support.Team) -> tuple[object, int, str]:
    session = team.login("ayse")
    case_id = cases.create_case(session, r.Client(full_name="Işıl Demir"), r.Intake("2026-01-05", "phone"))
    return session, case_id, cases.open_case(session, case_id).case_number


def test_pdf_and_json_exports_use_the_writer(team: kd_support.Team, out_dir: Path, victim: Path) -> None:
    session, case_id, _ = _case(team)
    pdf = exports.case_summary_pdf(session, case_id)
    doc = interchange.export_case(session, case_id)
    for name, save in (("ozet.pdf", lambda p, f: exports.save_pdf(p, pdf, force=f)),
                       ("vaka.json", lambda p, f: interchange.save(p, doc, force=f))):
        target = out_dir / name
        save(target, False)
        assert mode(target) == 0o600
        first = target.read_bytes()
        with pytest.raises(OutputExists):
            save(target, False)
        assert target.read_bytes() == first
        save(target, True)
        target.unlink()
        target.symlink_to(victim)
        with pytest.raises(OutputIsLink):
            save(target, True)
        assert victim.read_bytes() == b"precious"
        with pytest.raises(OutputIsFolder, match=str(out_dir)):
            save(out_dir, True)
    assert sorted(p.name for p in out_dir.iterdir()) == ["ozet.pdf", "vaka.json"]  # the links; no temp file


def test_backup_uses_the_writer(vault: tuple[Path, str], out_dir: Path, victim: Path) -> None:
    folder, _ = vault
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        target = out_dir / "yedek.kdbackup"
        backups.backup_now(session, target)
        assert mode(target) == 0o600
        with pytest.raises(OutputExists):
            backups.backup_now(session, target)
        backups.backup_now(session, target, force=True)
        assert vault_service.verify_backup(target, ADMIN, PASSWORD).ok
        link = out_dir / "link.kdbackup"
        link.symlink_to(victim)
        with pytest.raises(OutputIsLink):
            backups.backup_now(session, link)
        with pytest.raises(OutputIsFolder):
            backups.backup_now(session, out_dir, force=True)
    finally:
        session.lock()
    assert victim.read_bytes() == b"precious"
    assert sorted(p.name for p in out_dir.iterdir()) == ["link.kdbackup", "yedek.kdbackup"]


def test_command_line_force_warning_and_folder_target(team: kd_support.Team, tmp_path: Path) -> None:
    session, _case_id, number = _case(team)
    session.lock()
    shared = tmp_path / "ortak"
    shared.mkdir()
    os.chmod(shared, 0o775)
    out = shared / "vaka.json"
    base = ["export", "--plaintext", "--vault", str(team.folder), "--user", "ayse", "--case", number, "--out"]
    proc = run([*base, str(out)], PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("warning: other accounts on this computer can write to the folder " + str(shared))
    assert proc.stderr.count("\n") == 2 and "NOT encrypted" in proc.stderr.splitlines()[1]  # and the KVKK warning
    first = out.read_bytes()
    proc = run([*base, str(out)], "")  # refused before any password is asked for
    assert proc.returncode == 1 and proc.stderr.strip() == (
        f"kadin-danisma: error: {out} already exists; choose another name (or --force to replace it)")
    assert out.read_bytes() == first
    proc = run([*base, str(out), "--force"], PASSWORD + "\n")
    assert proc.returncode == 0 and mode(out) == 0o600
    proc = run([*base, str(shared)], "")
    assert proc.returncode == 1 and proc.stderr.strip() == (
        f"kadin-danisma: error: {shared} is a folder; give the name of a file to write")
    proc = run(["backup", "--vault", str(team.folder), "--user", ADMIN, "--out", str(tmp_path)], "")
    assert proc.returncode == 1 and "is a folder" in proc.stderr and "vault folder" not in proc.stderr
    backup = tmp_path / "yedek.kdbackup"
    for extra in ([], ["--force"]):
        proc = run(["backup", "--vault", str(team.folder), "--user", ADMIN, "--out", str(backup), *extra],
                   PASSWORD + "\n")
        assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "" and mode(backup) == 0o600
