"""The package administration commands as a script runs them (issue 17): `partner list|remove`, `package
resend` and `identity rotate`; passwords on stdin, every refusal one line on stderr. The payload is the test
stand-in (the real content's resend is tested in test_package_admin.py)."""

from __future__ import annotations

from pathlib import Path

import kd_support
import seal_support as ps
from test_cli_packages import ADMIN, PASSWORD, card_of, ok, one_line_error, run

from kadin_danisma.domain.package_card import parse_card


def paired(center: kd_support.Team, shelter: kd_support.Team, tmp_path: Path) -> str:
    """Both sides paired by command line; returns the shelter's id (as the center knows it)."""
    center_fp = card_of(center, tmp_path / "center.card")
    shelter_fp = card_of(shelter, tmp_path / "shelter.card")
    ok(run(["pair", "--vault", str(center.folder), "--user", ADMIN, "--fingerprint", shelter_fp,
            str(tmp_path / "shelter.card")], PASSWORD + "\n"))
    ok(run(["pair", "--vault", str(shelter.folder), "--user", ADMIN, "--fingerprint", center_fp,
            str(tmp_path / "center.card")], PASSWORD + "\n"))
    return parse_card((tmp_path / "shelter.card").read_bytes()).partner_id


def export(team: kd_support.Team, to: str, number: str, out: Path) -> list[str]:
    return ok(run(["package", "export", "--vault", str(team.folder), "--user", "ayse", "--to", to, "--case",
                   number, "--out", str(out)], PASSWORD + "\n"))


def test_resend_from_a_lost_package(two: tuple[kd_support.Team, kd_support.Team], tmp_path: Path) -> None:
    center, shelter = two
    shelter_id = paired(center, shelter, tmp_path)
    number = ps.make_case(center)
    for k in (1, 2, 3):
        export(center, shelter_id[:12], number, tmp_path / f"{k}.kdpkg")
    imp = ["package", "import", "--vault", str(shelter.folder), "--user", "zeynep"]
    ok(run([*imp, str(tmp_path / "1.kdpkg")], PASSWORD + "\n"))
    one_line_error(run([*imp, str(tmp_path / "3.kdpkg")], PASSWORD + "\n"), "package 2 from this partner is missing")

    base = ["package", "resend", "--vault", str(center.folder), "--user", "ayse", "--to", shelter_id[:12]]
    again = tmp_path / "2-again.kdpkg"
    out = ok(run([*base, "--from", "2", "--out", str(again)], PASSWORD + "\n"))
    assert out == [f"wrote package 2 again to {kd_support.CENTER} (1 case(s)) in {again}",
                   "packages 2, 3 written before are replaced: throw them away (the partner refuses them now)"]
    ok(run([*imp, str(again)], PASSWORD + "\n"))
    one_line_error(run([*imp, str(tmp_path / "3.kdpkg")], PASSWORD + "\n"), "does not follow")

    one_line_error(run([*base, "--from", "9", "--out", str(tmp_path / "x.kdpkg")], PASSWORD + "\n"),
                   "package 9 cannot be sent again: packages 1 to 3 can")
    one_line_error(run([*base, "--from", "1", "--out", str(again)], PASSWORD + "\n"), "exists")
    one_line_error(run(["package", "resend", "--vault", str(center.folder), "--user", "bilgi", "--to",
                        shelter_id[:12], "--from", "2", "--out", str(tmp_path / "y.kdpkg")], PASSWORD + "\n"),
                   "permission")
    assert not (tmp_path / "x.kdpkg").exists() and not (tmp_path / "y.kdpkg").exists()


def test_partner_list_and_remove(two: tuple[kd_support.Team, kd_support.Team], tmp_path: Path) -> None:
    center, shelter = two
    shelter_id = paired(center, shelter, tmp_path)
    number = ps.make_case(center)
    export(center, shelter_id[:12], number, tmp_path / "1.kdpkg")
    listing = ["partner", "list", "--vault", str(center.folder)]
    [line] = ok(run([*listing, "--user", "ayse"], PASSWORD + "\n"))
    fp = parse_card((tmp_path / "shelter.card").read_bytes()).fingerprint
    assert line.startswith(f"{kd_support.CENTER}\tid {shelter_id[:16]}\tfingerprint {fp}\tpaired ")
    assert "\tout 1 (last " in line and "acknowledged 0)\tin 0 (last never)\tactive" in line

    remove = ["partner", "remove", "--vault", str(center.folder)]
    one_line_error(run([*remove, "--user", "ayse", shelter_id[:12]], PASSWORD + "\n"), "permission")
    one_line_error(run([*remove, "--user", ADMIN, "Nowhere"], PASSWORD + "\n"), "no single paired")
    [said] = ok(run([*remove, "--user", ADMIN, shelter_id[:12]], PASSWORD + "\n"))
    assert said.startswith(f"removed {kd_support.CENTER} (id {shelter_id[:16]})") and "again at 0" in said
    [line] = ok(run([*listing, "--user", "ayse"], PASSWORD + "\n"))
    assert "\tremoved 20" in line
    one_line_error(run(["package", "export", "--vault", str(center.folder), "--user", "ayse", "--to",
                        shelter_id[:12], "--case", number, "--out", str(tmp_path / "2.kdpkg")], PASSWORD + "\n"),
                   "this partner was removed")
    one_line_error(run([*remove, "--user", ADMIN, shelter_id[:12]], PASSWORD + "\n"), "was removed")
    # paired again: it starts at 0
    ok(run(["pair", "--vault", str(center.folder), "--user", ADMIN, "--fingerprint", fp,
            str(tmp_path / "shelter.card")], PASSWORD + "\n"))
    [line] = ok(run([*listing, "--user", "ayse"], PASSWORD + "\n"))
    assert "\tout 0 (last " in line and line.endswith("\tactive")
    assert export(center, shelter_id[:12], number, tmp_path / "new.kdpkg")[0].startswith("wrote package 1 ")


def test_identity_rotate(two: tuple[kd_support.Team, kd_support.Team], tmp_path: Path) -> None:
    center, shelter = two
    paired(center, shelter, tmp_path)
    before = card_of(center, tmp_path / "old.card")
    rotate = ["identity", "rotate", "--vault", str(center.folder)]
    proc = run([*rotate, "--user", ADMIN], PASSWORD + "\n")
    assert proc.returncode == 1 and "run again with --yes" in proc.stdout and "pair the new one" in proc.stdout
    assert card_of(center, tmp_path / "same.card") == before
    one_line_error(run([*rotate, "--user", "ayse", "--yes"], PASSWORD + "\n"), "permission")
    out = ok(run([*rotate, "--user", ADMIN, "--yes"], PASSWORD + "\n"))
    after = card_of(center, tmp_path / "new.card")
    assert after != before and out[0].endswith(f"new fingerprint: {after}")
    assert out[-1] == f"  tell {kd_support.CENTER} ({parse_card((tmp_path / 'shelter.card').read_bytes()).partner_id[:16]}): remove the old card, pair the new one"  # noqa: E501
    assert any("can no longer be opened" in line for line in out)
