"""The `report` command (issue 18): a statistics report as PDF, XLSX or CSV.

    kadin-danisma report --vault DIR|--server DSN --user USER --kind activity|gbvims --from YYYY-MM-DD --to YYYY-MM-DD
                         --format pdf|xlsx|csv --out FILE [--lang tr|en] [--force]

Everything that can be checked without the vault (the dates, the period, the output file) is checked before
the password is asked for. Same rules as cli.py: the password from stdin, one line on stderr for a mistake.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from .cli_server import add_store
from .domain.errors import InvalidPeriod
from .services import paths, report_files, statistics
from .services.session import Session

Unlock = Callable[[argparse.Namespace], Session]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("report", help="write an anonymous statistics report (counts below the set minimum are "
                                      "hidden); stdin: your password")
    add_store(p)
    p.add_argument("--user", required=True)
    p.add_argument("--kind", required=True, choices=statistics.KINDS)
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", help="first day of the period")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help="last day of the period")
    p.add_argument("--format", required=True, choices=report_files.FORMATS)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--lang", choices=("tr", "en"), default="tr")
    p.add_argument("--force", action="store_true", help="replace an existing file of that name")


def _day(text: str, option: str) -> date:
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidPeriod(f"{option} must be a real date written YYYY-MM-DD") from None


def cmd_report(args: argparse.Namespace, unlock: Unlock) -> int:
    request = statistics.ReportRequest(args.kind, _day(args.start, "--from"), _day(args.end, "--to"), args.lang)
    statistics.check_request(request)
    report_files.check_output(args.out, args.force)
    session = unlock(args)
    try:
        report = statistics.run_report(session, request)
        size = report_files.save_report(session, report, args.format, args.out, force=args.force)
    finally:
        session.lock()
    warning = paths.output_warning(args.out)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    hidden = sum(t.hidden() for t in report.tables)
    print(f"wrote {args.out} ({size} bytes; {len(report.tables)} tables, {hidden} cells hidden; "
          f"{report.excluded_cases} cases without consent left out)")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Unlock], int]] = {"report": cmd_report}
