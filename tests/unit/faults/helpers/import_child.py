"""Child for the kill -9 loop around interchange imports: unlock as a counselor, then import documents of
CASES whole cases each (services.interchange.import_document, all-or-nothing) forever, printing
"<batch> <case id> …" after each import returned. Usage: import_child.py VAULT USER FIRST_BATCH CASES TOKEN;
stdin: password."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from kadin_danisma.domain import records as r
from kadin_danisma.domain.dictcodec import to_dict
from kadin_danisma.services import interchange, vault_service


def case_number(batch: int, k: int) -> str:
    return f"IMP-{batch:05d}-{k:02d}"


def record(batch: int, k: int, token: str, counselor: str = "ayse") -> r.CaseRecord:
    """One whole case; every text carries the batch and position so its rows can be checked one by one."""
    tag = f"{batch}-{k}"
    return r.CaseRecord(
        case_number=case_number(batch, k), status="active", opened_on="2026-02-01",
        client=r.Client(full_name=f"İçe Aktarılan Gülşen {tag}", client_code=f"IC-{batch:05d}-{k:02d}",
                        safe_contact=r.SafeContact(f"0555 {batch % 1000:03d} {k:02d} 00", "hafta içi",
                                                   True, f"kod{tag}")),
        intake=r.Intake("2026-02-01", "phone", violence_types=["psychological", "economic"],
                        presenting_request=f"istek {tag} " + "çğış " * 50),
        counselors=[counselor],
        children=[r.Child(f"Çocuk {tag}", 2015, "female", True)],
        perpetrators=[r.Perpetrator("husband", f"Fail {tag}")],
        notes=[r.Note("phone_call", "2026-02-02", f"imp{tag.replace('-', 'x')}q{token} not {j} " + "ü" * 400)
               for j in range(3)],
    )


def document(batch: int, cases: int, token: str, counselor: str = "ayse") -> dict[str, Any]:
    return {"format": interchange.FORMAT, "version": interchange.VERSION,
            "cases": [to_dict(record(batch, k, token, counselor)) for k in range(cases)]}


def main() -> None:
    folder, user, first, count, token = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), \
        sys.argv[5]
    session = vault_service.unlock(folder, user, sys.stdin.readline().rstrip("\n"))
    docs = {first: document(first, count, token, user)}
    print("ready", flush=True)
    batch = first
    while True:
        doc = docs.pop(batch)
        ids = interchange.import_document(session, doc)
        print(batch, *ids, flush=True)
        batch += 1
        docs[batch] = document(batch, count, token, user)


if __name__ == "__main__":
    main()
