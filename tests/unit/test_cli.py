"""The command line (§7) driven as a user would: python -m kadin_danisma with secrets on stdin."""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

import kd_support
import pytest

from kadin_danisma import __version__, cli
from kadin_danisma.domain import recovery_code
from kadin_danisma.services import vault_service
from kadin_danisma.vault import migrations

ADMIN, PASSWORD = kd_support.ADMIN, kd_support.PASSWORD
run = kd_support.run_cli
GROUPS = re.compile(r"^\d{6}(-\d{6}){7}$")


def one_line_error(proc: subprocess.CompletedProcess[str], *, contains: str = "") -> str:
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("kadin-danisma: ")
    assert contains.lower() in lines[0].lower(), lines[0]
    return lines[0]


def test_version() -> None:
    proc = run(["--version"])
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"kadin-danisma {__version__}"


def test_init_prints_the_recovery_key_once(tmp_path: Path, isolated_env: kd_support.Env) -> None:
    folder = tmp_path / "kasa"
    proc = run(["init", "--vault", str(folder), "--admin", ADMIN, "--center", "Çankaya KDM"], PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    keys = [line for line in proc.stdout.splitlines() if GROUPS.match(line.strip())]
    assert len(keys) == 1
    assert recovery_code.invalid_groups(keys[0]) == []
    assert PASSWORD not in proc.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["keyslots.json", "keyslots.json.lock", "vault.db"]
    vault_service.unlock_with_recovery(folder, keys[0]).lock()
    session = vault_service.unlock(folder, ADMIN, PASSWORD)
    try:
        assert session.user is not None and {r.value for r in session.user.roles} == {"admin", "supervisor"}
    finally:
        session.lock()
    assert list(isolated_env.home.iterdir()) == []  # the CLI left nothing in HOME
    one_line_error(run(["init", "--vault", str(folder), "--admin", ADMIN], PASSWORD + "\n"), contains="not empty")


def test_init_refuses_weak_password(tmp_path: Path) -> None:
    proc = run(["init", "--vault", str(tmp_path / "k"), "--admin", ADMIN], "ŞİFRE123456\n")
    one_line_error(proc, contains="policy")
    assert not (tmp_path / "k" / "keyslots.json").exists()


def test_users_add_list_passwd_disable(vault: tuple[Path, str]) -> None:
    folder = str(vault[0])
    proc = run(["users", "add", "--vault", folder, "--user", ADMIN, "ayse.k", "--roles", "counselor",
                "--name", "Ayşe Kaya"], f"{PASSWORD}\nIlk-Parola-2026\n")
    assert proc.returncode == 0, proc.stderr
    proc = run(["users", "list", "--vault", folder, "--user", ADMIN], PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in proc.stdout.splitlines()}
    assert rows["ayse.k"][1:] == ["counselor", "active", "Ayşe Kaya"]
    assert rows[ADMIN][1] == "supervisor,admin"
    # admin reset, then her own change
    proc = run(["users", "passwd", "--vault", folder, "--user", ADMIN, "ayse.k"],
               f"{PASSWORD}\nSifirlanan-Parola-2026\n")
    assert proc.returncode == 0, proc.stderr
    proc = run(["users", "passwd", "--vault", folder, "--user", "ayse.k"],
               "Sifirlanan-Parola-2026\nKendi-Parolam-2026\n")
    assert proc.returncode == 0 and "password changed" in proc.stdout, proc.stderr
    # a counselor cannot add users
    one_line_error(run(["users", "add", "--vault", folder, "--user", "ayse.k", "mert.b", "--roles", "admin"],
                       "Kendi-Parolam-2026\nBaska-Parola-2026\n"), contains="permission")
    # the old password fails; the next successful unlock reports the failed attempt
    one_line_error(run(["users", "list", "--vault", folder, "--user", "ayse.k"], "Sifirlanan-Parola-2026\n"),
                   contains="wrong user name or password")
    proc = run(["users", "list", "--vault", folder, "--user", "ayse.k"], "Kendi-Parolam-2026\n")
    assert proc.returncode == 0 and "1 failed unlock attempt" in proc.stderr
    proc = run(["users", "disable", "--vault", folder, "--user", ADMIN, "ayse.k"], PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    proc = run(["users", "list", "--vault", folder, "--user", ADMIN], PASSWORD + "\n")
    assert "ayse.k\tcounselor\tdisabled" in proc.stdout
    one_line_error(run(["users", "list", "--vault", folder, "--user", "ayse.k"], "Kendi-Parolam-2026\n"),
                   contains="wrong user name or password")
    one_line_error(run(["users", "add", "--vault", folder, "--user", ADMIN, "x", "--roles", "boss"],
                       f"{PASSWORD}\n"), contains="role")


def test_passwd_with_recovery_key(vault: tuple[Path, str]) -> None:
    folder, recovery = vault
    proc = run(["users", "passwd", "--vault", str(folder), "--recovery", ADMIN],
               f"{recovery}\nKurtarilan-Parola-2026\n")
    assert proc.returncode == 0, proc.stderr
    vault_service.unlock(folder, ADMIN, "Kurtarilan-Parola-2026").lock()
    bad = recovery[:-1] + str((int(recovery[-1]) + 1) % 10)
    one_line_error(run(["users", "passwd", "--vault", str(folder), "--recovery", ADMIN], f"{bad}\nX-Parola-2026-x\n"),
                   contains="8")


def test_backup_verify_restore(vault: tuple[Path, str], tmp_path: Path) -> None:
    folder = str(vault[0])
    out = tmp_path / "yedek.kdbak"
    proc = run(["backup", "--vault", folder, "--user", ADMIN, "--out", str(out)], PASSWORD + "\n")
    assert proc.returncode == 0 and out.exists(), proc.stderr
    before = out.read_bytes()
    one_line_error(run(["backup", "--vault", folder, "--user", ADMIN, "--out", str(out)], PASSWORD + "\n"),
                   contains="already exists")
    assert out.read_bytes() == before
    proc = run(["verify", "--backup", str(out), "--user", ADMIN], PASSWORD + "\n")
    assert proc.returncode == 0 and "all checks passed" in proc.stdout, proc.stdout + proc.stderr
    proc = run(["verify", "--vault", folder, "--user", ADMIN], PASSWORD + "\n")
    assert proc.returncode == 0 and "all checks passed" in proc.stdout, proc.stdout + proc.stderr
    assert {line.split()[1].rstrip(":") for line in proc.stdout.splitlines()[:-1]} == \
        {"integrity", "audit_chain", "field_history", "key_slots", "rollback"}
    restored = tmp_path / "geri"
    proc = run(["restore", "--backup", str(out), "--vault", str(restored)])
    assert proc.returncode == 0, proc.stderr
    # A restored backup is older than what this computer saw: verify says so, and passes once accepted.
    proc = run(["verify", "--vault", str(restored), "--user", ADMIN], PASSWORD + "\n")
    assert proc.returncode == 1 and "FAIL rollback: this computer: this vault is older" in proc.stdout, proc.stdout
    proc = run(["verify", "--vault", str(restored), "--user", ADMIN, "--accept-older"], PASSWORD + "\n")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    one_line_error(run(["restore", "--backup", str(out), "--vault", str(restored)]))
    one_line_error(run(["restore", "--backup", str(tmp_path / "yok.kdbak"), "--vault", str(tmp_path / "x")]),
                   contains="does not exist")


def test_verify_of_corrupted_backup_fails(vault: tuple[Path, str], tmp_path: Path) -> None:
    out = tmp_path / "yedek.kdbak"
    proc = run(["backup", "--vault", str(vault[0]), "--user", ADMIN, "--out", str(out)], PASSWORD + "\n")
    assert proc.returncode == 0, proc.stderr
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    proc = run(["verify", "--backup", str(out), "--user", ADMIN], PASSWORD + "\n")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "all checks passed" not in proc.stdout
    one_line_error(proc, contains="damaged")


@pytest.mark.parametrize("args", [
    ["users", "list"], ["backup", "--out", "{tmp}/b.kdbak"], ["verify"], ["users", "disable", "kimse"],
])
def test_wrong_password_is_one_line(vault: tuple[Path, str], tmp_path: Path, args: list[str]) -> None:
    full = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--vault", str(vault[0]), "--user", ADMIN]
    proc = run(full, "Yanlis-Parola-2026\n")
    line = one_line_error(proc, contains="wrong user name or password")
    assert proc.returncode == 1
    assert "Yanlis" not in line
    assert not (tmp_path / "b.kdbak").exists()


@pytest.mark.parametrize("args", [
    ["users", "list", "--vault", "{tmp}/yok", "--user", ADMIN],
    ["backup", "--vault", "{tmp}/yok", "--user", ADMIN, "--out", "{tmp}/b.kdbak"],
    ["verify", "--vault", "{tmp}/yok", "--user", ADMIN],
    ["verify", "--backup", "{tmp}/yok.kdbak", "--user", ADMIN],
])
def test_missing_vault_is_one_line(tmp_path: Path, args: list[str]) -> None:
    proc = run([a.replace("{tmp}", str(tmp_path)) for a in args], PASSWORD + "\n")
    one_line_error(proc)


def test_damaged_vault_is_one_line(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[5000] ^= 0x01
    db.write_bytes(bytes(data))
    one_line_error(run(["verify", "--vault", str(folder), "--user", ADMIN], PASSWORD + "\n"), contains="damaged")


def test_newer_vault_is_one_line(vault: tuple[Path, str]) -> None:
    folder, _ = vault
    v, conn = kd_support.raw_connection(folder)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    conn.close()
    v.close()
    one_line_error(run(["users", "list", "--vault", str(folder), "--user", ADMIN], PASSWORD + "\n"), contains="newer")


def test_usage_mistakes_are_one_line(vault: tuple[Path, str]) -> None:
    folder = str(vault[0])
    assert one_line_error(run(["users", "list", "--vault", folder, "--user", ADMIN]), contains="standard input")
    assert run(["users", "list", "--vault", folder, "--user", ADMIN]).returncode == 2
    one_line_error(run(["users", "frobnicate", "--vault", folder]))
    one_line_error(run(["backup", "--vault", folder, "--user", ADMIN]), contains="--out")


def _option_strings(parser: argparse.ArgumentParser) -> list[str]:
    found: list[str] = []
    for action in parser._actions:
        found += list(action.option_strings) + ([action.dest] if not action.option_strings else [])
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found += _option_strings(sub)
    return found


def test_no_secret_is_ever_an_argument(tmp_path: Path) -> None:
    names = _option_strings(cli._parser())
    assert "--vault" in names and "--user" in names  # the walk does see the sub-commands' options
    suspicious = [n for n in names if re.search(r"pass(?!wd)|secret|recovery[-_]?key|\bkey\b|pin", n, re.I)]
    assert suspicious == []
    proc = run(["init", "--vault", str(tmp_path / "k"), "--admin", ADMIN, "--password", PASSWORD])
    one_line_error(proc, contains="unrecognized")
    assert proc.returncode == 2
    assert not (tmp_path / "k").exists()
