"""Search on the server (§5): the same folded words as the vault (domain.folding), kept in a 'simple'
tsvector with a GIN index; a query is every folded word as a prefix term, ANDed. PostgreSQL's `unaccent`
and ICU collations do not fold "Işık" to "isik" or drop Arabic vowel marks (measured), folding does.

Results come in the vault's order: cases whose number, code or name matched, newest case first, then cases
found through their notes, newest note first. Counselors' results are joined to their assignments (and
row-level security would hide the rest anyway).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ...domain.folding import query_words
from ..port import Connection


def _words(text: str) -> str:
    return " ".join(query_words(text))


def put(conn: Connection, kind: int, ref_id: int, case_id: int, text: str) -> None:
    conn.execute(
        "INSERT INTO search_index (kind, ref_id, case_id, words) VALUES (?, ?, ?, to_tsvector('simple', ?))"
        " ON CONFLICT (kind, ref_id) DO UPDATE SET words = excluded.words", (kind, ref_id, case_id, _words(text)))


def note_case(conn: Connection, note_id: int) -> int:
    return int(conn.execute("SELECT case_id FROM notes WHERE id = ?", (note_id,)).fetchone()[0])


def tsquery(query: str) -> str | None:
    words = query_words(query)
    if not words or sum(len(w) for w in words) < 2:
        return None
    # query_words gives runs of letters and digits only, so no tsquery operator can reach the parser.
    return " & ".join(f"{w}:*" for w in words)


def matching_case_ids(conn: Connection, query: str, user_id: int | None, limit: int) -> list[int]:
    expression = tsquery(query)
    if expression is None or limit <= 0:
        return []
    mine = (" JOIN case_counselors cc ON cc.case_id = s.case_id AND cc.user_id = :uid"
            if user_id is not None else "")
    rows = conn.execute(
        "SELECT s.case_id FROM search_index s" + mine +
        " WHERE s.words @@ to_tsquery('simple', :q) GROUP BY s.case_id"
        " ORDER BY min(s.kind), max(s.ref_id) FILTER (WHERE s.kind = 0) DESC NULLS LAST, max(s.ref_id) DESC"
        " LIMIT :limit", {"q": expression, "uid": user_id, "limit": limit}).fetchall()
    return [int(r[0]) for r in rows]


@contextlib.contextmanager
def deferred(conn: Connection) -> Iterator[None]:
    yield  # the GIN index takes rows in any order


def rebuild(conn: Connection) -> int:
    conn.execute("DELETE FROM search_index")
    rows = [(0, int(case_id), int(case_id), _words(f"{number} {code} {name}")) for case_id, number, code, name in
            conn.execute("SELECT c.id, c.case_number, cl.client_code, cl.full_name FROM cases c"
                         " JOIN clients cl ON cl.id = c.client_id").fetchall()]
    rows += [(1, int(note_id), int(case_id), _words(str(body)))
             for note_id, case_id, body in conn.execute("SELECT id, case_id, body FROM notes").fetchall()]
    conn.executemany("INSERT INTO search_index (kind, ref_id, case_id, words)"
                     " VALUES (?, ?, ?, to_tsvector('simple', ?))", rows)
    return len(rows)
