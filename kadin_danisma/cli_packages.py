"""Package commands of the command line (issue 17): `identity` (this vault's card; `identity rotate`, new
keys), `pair` (add a partner after confirming its fingerprint), `partner list|remove` and `package
export|import|resend`; `export --to` (cli_cases.py) also lands here. Each takes --vault DIR or --server DSN
(on a center server a supervisor sends, resends and imports, an admin pairs and removes: services/packages.py).

Same rules as cli.py: the password is the first line of stdin; `pair` then reads the typed-back fingerprint
as the next line unless --fingerprint gives it (with CARD '-', the card follows the password on stdin and
--fingerprint is needed). A refusal is one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from .cli_input import one_line, shown_path
from .cli_server import add_store
from .domain.errors import InvalidInput
from .domain.package_card import MAX_CARD_BYTES, parse_card
from .services import package_admin, packages, paths
from .services.session import Session

Unlock = Callable[[argparse.Namespace], Session]


def add_parsers(sub: Any) -> None:
    i = sub.add_parser("identity", help="print this vault's partner card (center, public keys, fingerprint); "
                                        "'identity rotate --yes': new keys after a laptop or key is feared lost "
                                        "(admins; on a center server supervisors); stdin: your password")
    i.add_argument("action", nargs="?", choices=("rotate",), help="rotate: replace this vault's keys")
    add_store(i)
    i.add_argument("--user", required=True)
    i.add_argument("--yes", action="store_true", help="with rotate: do it (without, say what it would do)")

    r = sub.add_parser("partner", help="list the paired partners (staff) or remove one (admins); stdin: your "
                                       "password")
    rsub = r.add_subparsers(dest="partner_command", required=True)
    rl = rsub.add_parser("list", help="every partner: center, id, fingerprint, packages each way, removed")
    add_store(rl)
    rl.add_argument("--user", required=True)
    rr = rsub.add_parser("remove", help="write nothing to this partner and accept nothing from it (kept for the "
                                        "record; pairing its card again starts anew)")
    add_store(rr)
    rr.add_argument("--user", required=True)
    rr.add_argument("partner", metavar="PARTNER", help="the partner's center name or id")

    p = sub.add_parser("pair", help="add a partner from its card once its fingerprint is confirmed (admins); stdin: "
                                    "your password, then the fingerprint the other center read out")
    add_store(p)
    p.add_argument("--user", required=True)
    p.add_argument("--fingerprint", help="the fingerprint the other center read out (else read from stdin)")
    p.add_argument("card", help="the partner's card file, or '-' to read it from stdin after the password")

    k = sub.add_parser("package", help="write or import an encrypted, signed package for a paired partner")
    ksub = k.add_subparsers(dest="package_command", required=True)
    e = ksub.add_parser("export", help="write the next package to a partner; stdin: your password")
    add_store(e)
    e.add_argument("--user", required=True)
    e.add_argument("--to", required=True, metavar="PARTNER", help="the partner's center name or id")
    e.add_argument("--case", nargs="+", default=[], metavar="NO", help="case numbers")
    e.add_argument("--shelter", metavar="NAME", help="also every woman placed in this shelter now")
    e.add_argument("--out", required=True, type=Path)
    e.add_argument("--force", action="store_true", help="replace an existing file of that name")
    s = ksub.add_parser("resend", help="write again from package N (lost on the way): it replaces the packages "
                                       "N… written before, which must be thrown away; stdin: your password")
    add_store(s)
    s.add_argument("--user", required=True)
    s.add_argument("--to", required=True, metavar="PARTNER", help="the partner's center name or id")
    s.add_argument("--from", required=True, type=int, dest="from_sequence", metavar="N",
                   help="the first package the partner did not import")
    s.add_argument("--case", nargs="+", default=[], metavar="NO", help="also these case numbers")
    s.add_argument("--out", required=True, type=Path)
    s.add_argument("--force", action="store_true", help="replace an existing file of that name")
    m = ksub.add_parser("import", help="import a package from a partner (or --preview it); stdin: your password")
    add_store(m)
    m.add_argument("--user", required=True)
    m.add_argument("--preview", action="store_true", help="show what would change; write nothing")
    m.add_argument("file", type=Path)


def _with_session(unlock: Unlock, args: argparse.Namespace, work: Callable[[Session], int]) -> int:
    session = unlock(args)
    try:
        return work(session)
    finally:
        session.lock()


def cmd_identity(args: argparse.Namespace, unlock: Unlock) -> int:
    def work(session: Session) -> int:
        if args.action == "rotate":
            return _rotate(session, args.yes)
        print(packages.own_card(session).text(), end="")
        return 0

    return _with_session(unlock, args, work)


def cmd_pair(args: argparse.Namespace, unlock: Unlock) -> int:
    from_stdin = args.card == "-"
    if from_stdin and not args.fingerprint:
        raise InvalidInput("with the card on standard input, give the fingerprint with --fingerprint")
    card = None if from_stdin else packages.read_card(Path(args.card))  # a bad card fails before the password

    def work(session: Session) -> int:
        nonlocal card
        if card is None:
            text = sys.stdin.read(MAX_CARD_BYTES + 1) if sys.stdin is not None else ""
            card = parse_card(text.encode("utf-8"))
        print(f"partner: {one_line(card.center)}")
        print(f"fingerprint on the card: {card.fingerprint}")
        typed = args.fingerprint or args.read_secret("type the fingerprint the other center read out: ")
        partner = packages.pair(session, card, typed)
        print(f"paired with {one_line(partner.center)} (id {packages.short(partner.partner_id)})")
        return 0

    return _with_session(unlock, args, work)


ROTATE_WARNING = ("This vault's package keys are replaced and the old ones destroyed. Every partner must remove "
                  "this vault's old card and pair the new one (a new fingerprint); packages still on the way to "
                  "the old keys can no longer be opened; the next package to each partner carries its cases "
                  "whole (nothing is duplicated; fields that differ become conflicts for a person).")


def _rotate(session: Session, yes: bool) -> int:
    if not yes:
        print(ROTATE_WARNING)
        print("nothing was changed: run again with --yes to do it")
        return 1
    done = package_admin.rotate_identity(session)
    print(f"new identity {done.new_id} (was {done.old_id or 'none'}); new fingerprint: {done.fingerprint}")
    print(ROTATE_WARNING)
    for partner in done.partners:
        print(f"  tell {one_line(partner.center)} ({packages.short(partner.partner_id)}): remove the old card, "
              "pair the new one")
    return 0


def cmd_partner(args: argparse.Namespace, unlock: Unlock) -> int:
    def work(session: Session) -> int:
        if args.partner_command == "remove":
            partner = package_admin.remove_partner(session, packages.find_partner(session, args.partner).partner_id)
            print(f"removed {one_line(partner.center)} (id {packages.short(partner.partner_id)}): no package is "
                  "written to it or accepted from it; open conflicts from it stay for a person to decide; pairing "
                  "its card again starts both directions again at 0")
            return 0
        found = packages.partners(session, removed=True)
        if not found:
            print("no partner is paired")
        for p in found:
            print(f"{one_line(p.center)}\tid {packages.short(p.partner_id)}\t"
                  f"fingerprint {package_admin.partner_fingerprint(p)}\tpaired {p.paired_at}\t"
                  f"out {p.out_sequence} (last {p.last_out_at or 'never'}, acknowledged {p.acked})\t"
                  f"in {p.in_sequence} (last {p.last_in_at or 'never'})\t"
                  + (f"removed {p.removed_at}" if p.removed_at else "active"))
        return 0

    return _with_session(unlock, args, work)


def summary_lines(summary: Any) -> list[str]:
    """Part 2's ContentSummary as 'name: value' lines: every count, and (name, count) pairs one per line."""
    if not is_dataclass(summary) or isinstance(summary, type):
        return [f"  {one_line(str(summary))}"]
    lines = []
    for f in fields(summary):
        value = getattr(summary, f.name)
        if isinstance(value, tuple | list):
            lines += [f"  {f.name.replace('_', ' ')}: {one_line(str(k))} {n}" for k, n in value]
        else:
            lines.append(f"  {f.name.replace('_', ' ')}: {value}")
    return lines


def cmd_package(args: argparse.Namespace, unlock: Unlock) -> int:
    if args.package_command == "export":
        paths.check_output(args.out, args.force)

        def export(session: Session) -> int:
            partner = packages.find_partner(session, args.to)
            done = packages.export_package(session, partner.partner_id, args.case, args.out, force=args.force,
                                           shelter=args.shelter)
            for warning in done.written.warnings:
                print(f"warning: {one_line(warning)}", file=sys.stderr)
            print(f"wrote package {done.sequence} to {one_line(partner.center)} ({done.cases} case(s)) in "
                  f"{shown_path(args.out)}")
            return 0

        return _with_session(unlock, args, export)
    if args.package_command == "resend":
        paths.check_output(args.out, args.force)

        def resend(session: Session) -> int:
            partner = packages.find_partner(session, args.to)
            done = package_admin.resend(session, partner.partner_id, args.from_sequence, args.out,
                                        case_numbers=args.case, force=args.force)
            for warning in done.exported.written.warnings:
                print(f"warning: {one_line(warning)}", file=sys.stderr)
            print(f"wrote package {done.exported.sequence} again to {one_line(partner.center)} "
                  f"({done.exported.cases} case(s)) in {shown_path(args.out)}")
            print(f"packages {', '.join(map(str, done.replaced))} written before are replaced: throw them away "
                  "(the partner refuses them now)")
            return 0

        return _with_session(unlock, args, resend)

    def work(session: Session) -> int:
        if args.preview:
            seen = packages.preview_package(session, args.file)
            print(f"package {seen.sequence} from {one_line(seen.partner.center)}; importing it would change:")
        else:
            seen = packages.import_package(session, args.file)
            print(f"imported package {seen.sequence} from {one_line(seen.partner.center)}:")
        print("\n".join(summary_lines(seen.summary)))
        return 0

    return _with_session(unlock, args, work)


COMMANDS: dict[str, Callable[[argparse.Namespace, Unlock], int]] = {
    "identity": cmd_identity, "pair": cmd_pair, "partner": cmd_partner, "package": cmd_package,
}
