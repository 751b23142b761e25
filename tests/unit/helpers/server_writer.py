"""Child for the server load tests: one staff member on her own workstation, writing through the services.

Usage: server_writer.py DSN USER MODE TAG [ROUNDS] [IDLE_MS LOCK_MS]; stdin: the password.
  cycle  ROUNDS times: a new case, its intake finished (a status change), a note (and the case made active),
         the intake changed with its version (retried on a colleague's newer one). Every commit is
         acknowledged on stdout only after it returned ("case ID", "status ID open", "note ID BODY", ...).
         A connection lost mid-way (the server restarting) is retried; each try is a new transaction.
  hold   one note and its audit entry written inside a transaction that is then held open (the audit
         chain's head stays locked): prints "holding CASE" and waits to be killed or stopped.
"""

from __future__ import annotations

import sys
import time

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import EditConflict, ServerBusy, ServerUnavailable
from kadin_danisma.services import cases, notes, server_service
from kadin_danisma.vault import rows
from kadin_danisma.vault.pg.address import Timeouts

RETRYABLE = (ServerUnavailable, ServerBusy)


def retry(step, deadline: float):  # type: ignore[no-untyped-def]
    while True:
        try:
            return step()
        except RETRYABLE:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def main() -> None:
    dsn, user, mode, tag = sys.argv[1:5]
    rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    timeouts = Timeouts(idle_in_transaction_ms=int(sys.argv[6]), lock_ms=int(sys.argv[7])) if len(sys.argv) > 7 \
        else Timeouts()
    password = sys.stdin.readline().rstrip("\n")
    session = retry(lambda: server_service.login(dsn, user, password, timeouts=timeouts), time.monotonic() + 60)
    print("ready", flush=True)
    if mode == "hold":
        cid = cases.create_case(session, r.Client(full_name=f"Bekleyen {tag}"))
        with session.write() as conn:
            nid = rows.insert(conn, "notes", {"case_id": cid, "note_type": "phone_call", "note_date": "2026-03-01",
                                              "body": f"yarım kalan {tag}", "author_id": session.user_id,
                                              "created_at": "x", "updated_at": "x"})
            session.log(conn, "note_add", f"case:{cid}", id=nid)
            print(f"holding {cid}", flush=True)
            time.sleep(3600)
        return
    deadline = time.monotonic() + 300
    for i in range(rounds):
        cid = retry(lambda i=i: cases.create_case(session, r.Client(full_name=f"Yük {tag} {i}"),
                                                  r.Intake("2026-03-01", "walk_in", violence_types=["economic"])),
                    deadline)
        print(f"case {cid}", flush=True)
        retry(lambda cid=cid: cases.finish_intake(session, cid), deadline)
        print(f"status {cid} open", flush=True)
        body = f"not {tag} {i} çğışöü"
        nid = retry(lambda cid=cid, body=body: notes.add_note(session, cid, r.Note("phone_call", "2026-03-02", body)),
                    deadline)
        print(f"note {nid} {body}", flush=True)

        def change(cid: int = cid, i: int = i) -> int:
            while True:
                intake = cases.open_case(session, cid, audit=False).intake
                assert intake is not None
                intake.referred_by = f"{tag}-{i}"
                try:
                    cases.set_intake(session, cid, intake)
                    return cid
                except EditConflict:
                    continue

        retry(change, deadline)
        print(f"intake {cid} {tag}-{i}", flush=True)
    print("done", flush=True)
    session.lock()


if __name__ == "__main__":
    main()
