"""The package commands as a script runs them (issue 17): identity, pair, package export/import, export --to and
--plaintext; passwords on stdin, every refusal one line on stderr. The payload is the test stand-in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import kd_support
import seal_support as ps

from kadin_danisma.domain.package_card import parse_card

PASSWORD = kd_support.PASSWORD
ADMIN = kd_support.ADMIN
STANDIN_CLI = kd_support.HELPERS / "cli_standin.py"


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(STANDIN_CLI), *args], input=stdin, capture_output=True, text=True,
                          env=dict(os.environ), timeout=120, check=False)


def ok(proc: subprocess.CompletedProcess[str]) -> list[str]:
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def one_line_error(proc: subprocess.CompletedProcess[str], contains: str) -> str:
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr + proc.stdout
    # Both vaults are copies of one template, so this computer sees the second as an older copy of the first
    # and says so once: a test artifact, not part of the error.
    lines = [line for line in proc.stderr.splitlines() if not line.startswith("warning: this vault is older")]
    assert len(lines) == 1 and contains in lines[0], proc.stderr
    return lines[0]


def card_of(team: kd_support.Team, path: Path) -> str:
    lines = ok(run(["identity", "--vault", str(team.folder), "--user", "ayse"], PASSWORD + "\n"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return parse_card(path.read_bytes()).fingerprint


def test_identity_pair_export_import_by_command_line(two: tuple[kd_support.Team, kd_support.Team],
                                                     tmp_path: Path) -> None:
    center, shelter = two
    center_fp = card_of(center, tmp_path / "center.card")
    shelter_fp = card_of(shelter, tmp_path / "shelter.card")
    # the fingerprint typed back on stdin after the password
    out = ok(run(["pair", "--vault", str(center.folder), "--user", ADMIN, str(tmp_path / "shelter.card")],
                 f"{PASSWORD}\n{shelter_fp.upper()}\n"))
    assert out[0] == f"partner: {kd_support.CENTER}" and shelter_fp in out[1] and out[2].startswith("paired with")
    # the card on stdin, the fingerprint as an option
    ok(run(["pair", "--vault", str(shelter.folder), "--user", ADMIN, "--fingerprint", center_fp, "-"],
           PASSWORD + "\n" + (tmp_path / "center.card").read_text(encoding="utf-8")))
    number = ps.make_case(center)
    shelter_id = parse_card((tmp_path / "shelter.card").read_bytes()).partner_id
    pkg = tmp_path / "paket-00001.kdpkg"
    out = ok(run(["package", "export", "--vault", str(center.folder), "--user", "ayse", "--to", shelter_id[:12],
                  "--case", number, "--out", str(pkg)], PASSWORD + "\n"))
    assert out == [f"wrote package 1 to {kd_support.CENTER} (1 case(s)) in {pkg}"]
    preview = ok(run(["package", "import", "--vault", str(shelter.folder), "--user", "zeynep", "--preview",
                      str(pkg)], PASSWORD + "\n"))
    assert preview == [f"package 1 from {kd_support.CENTER}; importing it would change:", "  cases new: 1",
                       "  records added: 1", "  added by kind: notes 1"]
    ok(run(["package", "import", "--vault", str(shelter.folder), "--user", "zeynep", str(pkg)], PASSWORD + "\n"))
    one_line_error(run(["package", "import", "--vault", str(shelter.folder), "--user", "zeynep", str(pkg)],
                       PASSWORD + "\n"), "already imported")
    # `export --to` writes a package too
    pkg2 = tmp_path / "paket-00002.kdpkg"
    ok(run(["export", "--vault", str(center.folder), "--user", "ayse", "--case", number, "--to", shelter_id,
            "--out", str(pkg2)], PASSWORD + "\n"))
    assert pkg2.read_bytes().startswith(b"KDPKG")


def test_pairing_mistakes_are_one_line(two: tuple[kd_support.Team, kd_support.Team], tmp_path: Path) -> None:
    center, shelter = two
    card_of(shelter, tmp_path / "shelter.card")
    base = ["pair", "--vault", str(center.folder), "--user"]
    one_line_error(run([*base, ADMIN, str(tmp_path / "shelter.card")], f"{PASSWORD}\nayna-ayna-ayna-ayna 0000\n"),
                   "does not match")
    one_line_error(run([*base, "ayse", "--fingerprint", "x", str(tmp_path / "shelter.card")], PASSWORD + "\n"),
                   "permission")
    (tmp_path / "bad.card").write_text("hello", encoding="utf-8")
    one_line_error(run([*base, ADMIN, str(tmp_path / "bad.card")], PASSWORD + "\n"), "not a partner card")
    one_line_error(run([*base, ADMIN, "-"], PASSWORD + "\n"), "--fingerprint")


def test_export_needs_a_partner_or_plaintext_and_warns(two: tuple[kd_support.Team, kd_support.Team],
                                                       tmp_path: Path) -> None:
    center, _ = two
    number = ps.make_case(center)
    base = ["export", "--vault", str(center.folder), "--user", "ayse", "--case", number, "--out"]
    one_line_error(run([*base, str(tmp_path / "a.json")], PASSWORD + "\n"), "--to PARTNER")
    assert not (tmp_path / "a.json").exists()
    one_line_error(run([*base, str(tmp_path / "b.kdpkg"), "--to", "Nowhere"], PASSWORD + "\n"), "no single paired")
    proc = run([*base, str(tmp_path / "c.json"), "--plaintext"], PASSWORD + "\n")
    assert proc.returncode == 0 and "NOT encrypted" in proc.stderr and "KVKK" in proc.stderr
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["cases"][0]["case_number"] == number
    session = center.login(ADMIN)
    kinds = [json.loads(d)["kind"] for (d,) in kd_support.raw(session).execute(
        "SELECT details FROM audit_log WHERE action = 'case_export'")]
    assert kinds == ["plaintext"]


def test_import_refusals_are_one_line(two: tuple[kd_support.Team, kd_support.Team], tmp_path: Path) -> None:
    _, shelter = two
    base = ["package", "import", "--vault", str(shelter.folder), "--user", "zeynep"]
    (tmp_path / "junk.kdpkg").write_bytes(b"KDPKG\r\n\x1a\x00\x05hello")
    one_line_error(run([*base, str(tmp_path / "junk.kdpkg")], PASSWORD + "\n"), "damaged")
    one_line_error(run([*base, str(tmp_path / "missing.kdpkg")], PASSWORD + "\n"), "cannot read")
