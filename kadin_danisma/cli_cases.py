"""Case-work commands of the command line (§7): demo-data, import, export, search, cases, referrals,
export-pdf, appointments.

Same rules as cli.py: secrets from stdin, one clear line on stderr for a mistake. An import that fails
lists each problem with its JSON path on its own line after the error line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from . import cli_packages
from .cli_input import one_line, record_line, shown_path, whole_number
from .cli_server import add_store
from .domain.case_states import Status
from .domain.errors import ImportInvalid, InvalidInput
from .services import cases, interchange, paths, referrals, search
from .services.session import Session
from .vault.case_queries import CaseFilter

Unlock = Callable[[argparse.Namespace], Session]


def add_parsers(sub: Any) -> None:
    d = sub.add_parser("demo-data", help="add synthetic demo cases (and demo accounts) to a vault made with "
                                         "'init --demo'; stdin: your (admin) password")
    d.add_argument("--vault", required=True, type=Path)
    d.add_argument("--user", required=True)
    d.add_argument("--cases", required=True, type=whole_number("--cases", 1, 200_000))
    d.add_argument("--seed", type=whole_number("--seed", 0, 2**31 - 1), default=1)

    i = sub.add_parser("import", help="import cases from an interchange JSON file; stdin: your password")
    add_store(i)
    i.add_argument("--user", required=True)
    i.add_argument("file", type=Path)

    e = sub.add_parser("export", help="export one case: an encrypted package for a paired partner (--to), or, "
                                      "as the exception, plain JSON (--plaintext); stdin: your password")
    add_store(e)
    e.add_argument("--user", required=True)
    e.add_argument("--case", required=True, help="case number")
    e.add_argument("--out", required=True, type=Path)
    e.add_argument("--to", metavar="PARTNER", help="the paired partner (center name or id) the package is for")
    e.add_argument("--plaintext", action="store_true",
                   help="write unencrypted interchange JSON instead of a package (KVKK: only onto encrypted media)")
    e.add_argument("--force", action="store_true", help="replace an existing file of that name")
    e.add_argument("--include-withheld", action="store_true",
                   help="also export notes marked 'never include in exports' (a full transfer; audited)")

    x = sub.add_parser("export-pdf", help="write a referral letter, case summary or client record as PDF; stdin: "
                                          "your password (then, with --encrypt, the PDF password)")
    add_store(x)
    x.add_argument("--user", required=True)
    x.add_argument("--case", required=True, help="case number")
    x.add_argument("--kind", required=True, choices=("referral", "summary", "record"))
    x.add_argument("--referral", type=whole_number("--referral", 1, 2**63 - 1),
                   help="referral id (for --kind referral)")
    x.add_argument("--fields", help="comma-separated letter fields (default: the minimum-necessary ones); "
                                    "'list' prints the choices")
    x.add_argument("--lang", choices=("tr", "en"), default="tr")
    copy = x.add_mutually_exclusive_group()
    copy.add_argument("--encrypt", action="store_true", help="protect the PDF with a password (AES-256)")
    copy.add_argument("--archive", action="store_true",
                      help="an archive copy: PDF/A-2a as well as PDF/UA-1 (no password: PDF/A forbids it)")
    x.add_argument("--out", required=True, type=Path)
    x.add_argument("--force", action="store_true", help="replace an existing file of that name")

    s = sub.add_parser("search", help="print matching case numbers; stdin: your password (then, with "
                                      "--query-stdin, the search terms)")
    add_store(s)
    s.add_argument("--user", required=True)
    s.add_argument("--limit", type=whole_number("--limit", 1, 1000), default=50)
    s.add_argument("--query-stdin", action="store_true",
                   help="read the search terms from the line after the password (recommended: a name in the "
                        "arguments is visible to other users of the computer and may stay in the shell history)")
    s.add_argument("query", nargs="*")

    c = sub.add_parser("cases", help="list the cases you may open: number, client code, status, counselors; "
                                     "stdin: your password")
    add_store(c)
    c.add_argument("--user", required=True)
    c.add_argument("--status", choices=[st.value for st in Status])

    f = sub.add_parser("referrals", help="list a case's referrals: id, institution, status, dates (for "
                                         "export-pdf --kind referral); stdin: your password")
    add_store(f)
    f.add_argument("--user", required=True)
    f.add_argument("--case", required=True, help="case number")
    _appointments_parser(sub)


def _appointments_parser(sub: Any) -> None:
    a = sub.add_parser("appointments", help="the day's appointments for the front desk: time, room, case number, "
                                            "counselor, interpreter (never a client's name); stdin: your password")
    add_store(a)
    a.add_argument("--user", required=True)
    a.add_argument("--day", required=True, help="YYYY-MM-DD")
    a.add_argument("--pdf", type=Path, help="also write the printable day list (PDF) here")
    a.add_argument("--lang", choices=("tr", "en"), default="tr", help="language of the PDF")
    a.add_argument("--force", action="store_true", help="replace the PDF file if it exists")


def _with_session(unlock: Unlock, args: argparse.Namespace, work: Callable[[Session], int]) -> int:
    session = unlock(args)
    try:
        return work(session)
    finally:
        session.lock()


def cmd_demo_data(args: argparse.Namespace, unlock: Unlock) -> int:
    from .services import demo  # the generator and its name pools load only when asked for

    def work(session: Session) -> int:
        report = demo.generate(session, args.cases, seed=args.seed)
        print(f"added {report.cases} demo cases ({report.notes} notes)")
        print("demo counselors: " + ", ".join(u for u in report.usernames if u != demo.SUPERVISOR))
        if demo.SUPERVISOR in report.usernames:
            print(f"demo supervisor: {demo.SUPERVISOR}")
        print(f"demo password: {demo.DEMO_PASSWORD}")
        return 0

    return _with_session(unlock, args, work)


def cmd_import(args: argparse.Namespace, unlock: Unlock) -> int:
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {shown_path(args.file)} ({exc.strerror})") from None
    data = interchange.load_json(raw)  # a malformed file fails before any password is asked for

    def work(session: Session) -> int:
        try:
            ids = interchange.import_document(session, data)
        except ImportInvalid as exc:
            print(f"kadin-danisma: error: {shown_path(args.file)} was not imported ({len(exc.problems)} "
                  "problem(s)); nothing was written", file=sys.stderr)
            for path, text in exc.problems:
                print(f"  {one_line(path)}: {one_line(text)}", file=sys.stderr)
            return 1
        print(f"imported {len(ids)} case(s)")
        return 0

    return _with_session(unlock, args, work)


PLAINTEXT_WARNING = ("warning: this file is NOT encrypted: anyone who gets it reads the whole case. KVKK (Board "
                     "decision 2018/10) requires encrypted portable media; prefer 'export --to PARTNER' (a package)")


def cmd_export(args: argparse.Namespace, unlock: Unlock) -> int:
    if args.to is None and not args.plaintext:
        raise InvalidInput("name the partner the package is for with --to PARTNER (or, as the exception, "
                           "--plaintext for unencrypted JSON)")
    if args.to is not None and (args.plaintext or args.include_withheld):
        raise InvalidInput("--to writes a package: it takes neither --plaintext nor --include-withheld")
    paths.check_output(args.out, args.force)
    if args.to is not None:
        args.package_command, args.case, args.shelter = "export", [args.case], None
        return cli_packages.cmd_package(args, unlock)

    def work(session: Session) -> int:
        case_id = cases.find_case_id(session, args.case)
        doc = interchange.export_case(session, case_id, include_withheld=args.include_withheld)
        written = interchange.save(args.out, doc, force=args.force)
        _warn(written.warnings)
        print(PLAINTEXT_WARNING, file=sys.stderr)
        withheld = doc["withheld_notes"]
        print(f"exported {args.case} to {shown_path(args.out)}"
              + (f" ({withheld} note(s) withheld)" if withheld else ""))
        return 0

    return _with_session(unlock, args, work)


def cmd_search(args: argparse.Namespace, unlock: Unlock) -> int:
    if args.query_stdin == bool(args.query):
        raise InvalidInput("give the search terms either as arguments or, better, with --query-stdin")
    if args.query:
        search.check_query(" ".join(args.query))  # before the password: it could not help

    def work(session: Session) -> int:
        query = args.read_secret("Search: ") if args.query_stdin else " ".join(args.query)
        search.check_query(query)
        for row in search.search(session, query, limit=args.limit):
            print(record_line(row.case_number, row.client_code, row.status))
        return 0

    return _with_session(unlock, args, work)


PAGE = 1000


def cmd_cases(args: argparse.Namespace, unlock: Unlock) -> int:
    """One line per case she may open without a stated reason (a counselor: hers; a supervisor: all)."""
    def work(session: Session) -> int:
        offset = 0
        while True:
            f = CaseFilter(statuses=(args.status,) if args.status else ())
            page = cases.list_cases(session, f, sort="case_number", descending=False, offset=offset, limit=PAGE)
            for row in page:
                print(record_line(row.case_number, row.client_code, row.status, ",".join(row.counselors) or "-"))
            if len(page) < PAGE:
                return 0
            offset += PAGE

    return _with_session(unlock, args, work)


def cmd_referrals(args: argparse.Namespace, unlock: Unlock) -> int:
    def work(session: Session) -> int:
        case_id = cases.find_case_id(session, args.case)
        for x in referrals.list_referrals(session, case_id):
            dates = (d or "-" for d in (x.created_on, x.sent_on, x.responded_on, x.closed_on))
            print(record_line(str(x.id), x.institution, x.status, *dates))
        return 0

    return _with_session(unlock, args, work)


def cmd_export_pdf(args: argparse.Namespace, unlock: Unlock) -> int:
    if args.kind == "referral" and args.referral is None:
        raise InvalidInput("--referral ID is required for a referral letter")
    if args.fields != "list":
        paths.check_output(args.out, args.force)

    def work(session: Session) -> int:
        from .services import exports  # the PDF engine loads only when a document is asked for

        for problem in exports.load_templates():
            print(f"kadin-danisma: warning: the center's templates are not used: {problem}", file=sys.stderr)
        case_id = cases.find_case_id(session, args.case)
        if args.kind == "referral" and args.fields == "list":
            for choice in exports.letter_choices(session, case_id, args.referral, args.lang):
                print(f"{choice.key}\t{'ticked' if choice.ticked else '-'}\t{choice.label}")
            return 0
        password = args.read_secret("PDF password: ") if args.encrypt else None
        if args.kind == "referral":
            fields = None if not args.fields else [f.strip() for f in args.fields.split(",") if f.strip()]
            pdf = exports.referral_letter_pdf(session, case_id, args.referral, fields, args.lang, password,
                                              archive=args.archive)
        elif args.kind == "summary":
            pdf = exports.case_summary_pdf(session, case_id, args.lang, password, archive=args.archive)
        else:
            pdf = exports.client_record_pdf(session, case_id, args.lang, password, archive=args.archive)
        _warn(exports.save_pdf(args.out, pdf, force=args.force).warnings)
        note = " (password-protected)" if password else " (archive copy, PDF/A-2a)" if args.archive else ""
        print(f"wrote {shown_path(args.out)}{note}")
        return 0

    return _with_session(unlock, args, work)


def _warn(warnings: tuple[str, ...]) -> None:
    for line in warnings:
        print(f"warning: {line}", file=sys.stderr)


def cmd_appointments(args: argparse.Namespace, unlock: Unlock) -> int:
    """One tab-separated line per appointment of the day, by time: start–end, room, case number, status,
    counselors, interpreter (language). Empty fields are '-'."""
    try:
        day = date.fromisoformat(args.day)
    except ValueError:
        raise InvalidInput("--day must be a date written YYYY-MM-DD") from None

    def work(session: Session) -> int:
        from .services import calendar

        if args.pdf is not None:
            from .services import exports

            _warn(exports.save_pdf(args.pdf, exports.day_list_pdf(session, day, args.lang), force=args.force).warnings)
        for x in calendar.day_list(session, day):
            interpreter = " ".join(v for v in (x.interpreter, f"({x.interpreter_language})"
                                               if x.interpreter_language else "") if v)
            print("\t".join(v or "-" for v in (f"{x.starts_at[11:]}-{x.ends_at[11:]}", x.room, x.case_number,
                                                x.status, ", ".join(x.counselors), interpreter)))
        return 0

    return _with_session(unlock, args, work)


COMMANDS: dict[str, Callable[[argparse.Namespace, Unlock], int]] = {
    "demo-data": cmd_demo_data, "import": cmd_import, "export": cmd_export, "search": cmd_search,
    "cases": cmd_cases, "referrals": cmd_referrals, "export-pdf": cmd_export_pdf, "appointments": cmd_appointments,
}
