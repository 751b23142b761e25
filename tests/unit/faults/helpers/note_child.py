"""Child for the kill -9 loop around note saves: unlock as a counselor, then add notes to one case through
services.notes.add_note (the path the note editor uses) forever, printing "<i> <note id>" after each save
returned. Usage: note_child.py VAULT USER CASE_ID FIRST_I TOKEN; stdin: password."""

from __future__ import annotations

import sys
from pathlib import Path

from kadin_danisma.domain import records as r
from kadin_danisma.services import notes, vault_service


def body(token: str, i: int) -> str:
    """Note i's text: a unique folded-searchable word, Turkish letters, and now and then a long text that
    spans several database pages."""
    text = f"nt{i}q{token} görüşme {i}: Işık Çağrı Şahin ğüşıöç İĞÜŞÖÇ " + "ş" * (i % 97)
    if i % 5 == 0:
        text += " uzun " + ("Ayşe güvenli evde kalıyor; çocuklar okulda. " * 300)[:15_000]
    return text


def main() -> None:
    folder, user, case_id, first, token = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), \
        sys.argv[5]
    session = vault_service.unlock(folder, user, sys.stdin.readline().rstrip("\n"))
    print("ready", flush=True)
    i = first
    while True:
        note_id = notes.add_note(session, case_id, r.Note("psychosocial_session", "2026-03-01", body(token, i), 45))
        print(i, note_id, flush=True)
        i += 1


if __name__ == "__main__":
    main()
