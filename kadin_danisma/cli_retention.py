"""The `retention` command (issue 19): the destruction queue and the periodic destruction from the command line.

    kadin-danisma retention due --vault DIR --user USER
    kadin-danisma retention run --vault DIR --user USER [--cycle ID] [--dry-run]

`due` lists who is due under the policy in force (case numbers and the day her last case ended; women on legal
hold marked), the proposals waiting, and whether a periodic destruction is overdue. It changes nothing.

`run` is the two-person step: when no periodic proposal waits, it proposes the queue as it is (USER is a
coordinator or supervisor); when one waits (or `--cycle ID` names one, such as a woman's own erasure request),
USER approves and carries it out: USER is a supervisor who did not propose it. The statistics of closed periods
are fixed first, then the destruction commits in one transaction, then the vault file is compacted. A
compaction a crash interrupted is finished first. `--dry-run` says what would happen and writes nothing.

Same rules as cli.py: the password from stdin, one line on stderr for a mistake.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .cli_input import record_line, whole_number
from .domain.errors import InvalidInput, SelfApproval
from .services import destruction
from .services.session import Session

Unlock = Callable[[argparse.Namespace], Session]


def add_parser(sub: Any) -> None:
    p = sub.add_parser("retention", help="KVKK destruction: list who is due, propose or approve a destruction; "
                                         "stdin: your password")
    p.add_argument("action", choices=("due", "run"), help="due: list the queue; run: propose it, or approve and "
                                                          "carry out a proposal someone else made")
    p.add_argument("--vault", required=True, type=Path)
    p.add_argument("--user", required=True)
    p.add_argument("--cycle", type=whole_number("--cycle", 1, 2**63 - 1),
                   help="with run: the proposal to approve (default: the periodic one)")
    p.add_argument("--dry-run", action="store_true", help="say what would happen; write nothing")


def _mib(size: int) -> str:
    return f"{size / 1048576:.1f} MiB"


def _due(session: Session) -> None:
    q = destruction.queue(session)
    pol = q.policy
    print(f"policy: keep {pol.keep_years} years after her last case closed, then {pol.method}; safe contact "
          f"{pol.safe_contact_years} years; closed shelters' contact details {pol.shelter_contact_years} years")
    print(f"due: {q.total_clients} women ({q.cases} cases, {q.held} on legal hold and not proposed), "
          f"{q.total_safe_contacts} safe-contact details, {q.total_shelters} closed shelters' contact details")
    for c in q.clients:
        print(record_line(c.ended_on, ",".join(c.case_numbers), *(("LEGAL HOLD",) if c.held else ())))
    if q.total_clients > len(q.clients):
        print(f"... and {q.total_clients - len(q.clients)} more")
    for cycle in q.proposed:
        print(f"waiting for approval: cycle {cycle.id} ({cycle.origin}), proposed {cycle.proposed_at[:16]}")
    reminder = destruction.reminder(session)
    if reminder.due:
        print("warning: the last destruction is more than six months old (the regulation asks for one at least "
              "every six months)")


def _waiting_cycle(session: Session, wanted: int | None) -> destruction.Cycle | None:
    for cycle in destruction.queue(session).proposed:
        if (wanted is None and cycle.origin == "periodic") or cycle.id == wanted:
            return cycle
    if wanted is not None:
        raise InvalidInput(f"no destruction {wanted} is waiting for approval", code="cycle_closed")
    return None


def _run(session: Session, args: argparse.Namespace) -> None:
    if not args.dry_run:
        for done in destruction.finish_compaction(session):
            print(f"finished an interrupted compaction: {_mib(done.size_before)} -> {_mib(done.size_after)}")
    cycle = _waiting_cycle(session, args.cycle)
    if cycle is None:
        q = destruction.queue(session)
        what = (f"{q.total_clients - q.held} women ({q.cases} cases, {q.policy.method}), "
                f"{q.total_safe_contacts} safe-contact details, {q.total_shelters} closed shelters' contact details")
        if args.dry_run:
            print(f"dry run: would propose {what}; nothing written")
            return
        cycle_id = destruction.propose(session)
        print(f"proposed destruction {cycle_id}: {what}. A supervisor other than {args.user.strip().lower()} "
              f"approves it with 'retention run'.")
        return
    if session.user_id == cycle.proposed_by:
        raise SelfApproval()
    look = destruction.preview(session, cycle.id)
    what = (f"{look.women} women ({look.cases} cases), {look.safe_contacts} safe-contact details, "
            f"{look.shelters} closed shelters' contact details"
            + (f"; skipped: {', '.join(f'{k} {v}' for k, v in sorted(look.skipped.items()))}" if look.skipped else ""))
    if args.dry_run:
        print(f"dry run: approving destruction {cycle.id} would destroy {what}; nothing written")
        return
    outcome = destruction.approve(session, cycle.id, progress=lambda stage: print(f"... {stage}", flush=True))
    rec = outcome.record
    print(f"destruction {cycle.id} done ({rec['method']}): {rec['women']} women, {rec['cases']} cases, "
          f"{rec['safe_contacts']} safe-contact details, {rec['shelter_contacts']} shelters' contact details"
          + (f"; skipped {rec['skipped']}" if rec["skipped"] else ""))
    if outcome.compaction is not None:
        c = outcome.compaction
        print(f"vault compacted: {_mib(c.size_before)} -> {_mib(c.size_after)} (index merge {c.merge_seconds:.1f} s, "
              f"vacuum {c.vacuum_seconds:.1f} s)" + ("; some pages still in the log (busy)" if c.busy else ""))
    print(f"destruction record kept in the vault until at least {rec['keep_until']}. Backups made before now still "
          f"hold what was destroyed ({rec['backups_before']} logged).")


def cmd_retention(args: argparse.Namespace, unlock: Unlock) -> int:
    session = unlock(args)
    try:
        if args.action == "due":
            _due(session)
        else:
            _run(session, args)
    finally:
        session.lock()
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Unlock], int]] = {"retention": cmd_retention}
