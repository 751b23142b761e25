"""Search on the server (§5): the same folded words as the vault (domain.folding), kept in a 'simple'
tsvector with a GIN index; a query is every folded word as a prefix term, ANDed. PostgreSQL's `unaccent`
and ICU collations do not fold "Işık" to "isik" or drop Arabic vowel marks (measured), folding does.

Results come in the vault's order: cases whose number, code or name matched, newest case first, then cases
found through their notes, newest note first. Counselors' results are joined to their assignments.

The index is read through `kd.search_hits`, a function that runs as the schema's owner and applies the
visibility rule itself (a supervisor: every case; anyone else: the cases assigned to her, as in the vault).
Read directly under row-level security, the index cannot be used at all: `@@` is not a leakproof operator,
so PostgreSQL must check the policy on every row before the word, and every search read all 520,000 rows
of a 50,000-case center (measured: 210-410 ms per statement, against 1-25 ms through the function). The
function builds its statement with EXECUTE, so each search is planned for its own word: a common word walks
the newest notes backwards and stops early, a rare one asks the word index.
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
    """Cases whose number, code or name match (newest case first), then cases found through their notes
    (newest note first), at most `limit`. Two statements, each stopping early: the names from their own
    index, then note rows newest first, read a few at a time until enough cases are found, as the vault's
    count-down rowids do (grouping every match of a common word over 500,000 notes would read them all)."""
    expression = tsquery(query)
    if expression is None or limit <= 0:
        return []
    # user_id says whether the caller reads only her own cases; the server decides that from her login
    # alone (kd.search_hits), so a client cannot widen it.
    hits = "SELECT case_id, ref_id FROM kd.search_hits(:kind, :q, :before, :limit)"
    found = [int(r[0]) for r in conn.execute(hits, {"kind": 0, "q": expression, "before": None,
                                                     "limit": limit}).fetchall()]
    seen = set(found)
    before = None
    batch = max(4 * limit, 200)
    while len(found) < limit:
        rows = conn.execute(hits, {"kind": 1, "q": expression, "before": before, "limit": batch}).fetchall()
        for case_id, ref_id in rows:
            before = int(ref_id)
            if int(case_id) not in seen:
                seen.add(int(case_id))
                found.append(int(case_id))
                if len(found) >= limit:
                    break
        if len(rows) < batch:
            break
    return found


# Runs as the owner (past row-level security) and applies the rule itself: a supervisor reads every case,
# anyone else only the cases assigned to her (the vault's search does the same); an admin without a case
# role, or a disabled login, finds nothing. Only ids leave it; the cases' rows are read under the policies.
SEARCH_FUNCTIONS = """
CREATE OR REPLACE FUNCTION search_hits(p_kind integer, p_query text, p_before bigint, p_limit integer)
RETURNS TABLE (case_id bigint, ref_id bigint) LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
DECLARE
    uid bigint := kd.me();
    sql text := 'SELECT s.case_id, s.ref_id FROM kd.search_index s';
BEGIN
    IF uid IS NULL OR p_kind NOT IN (0, 1) OR p_limit IS NULL OR p_limit < 1
            OR NOT (kd.is_supervisor() OR kd.is_counselor()) THEN
        RETURN;
    END IF;
    IF NOT kd.is_supervisor() THEN
        sql := sql || ' JOIN kd.case_counselors cc ON cc.case_id = s.case_id AND cc.user_id = $4';
    END IF;
    sql := sql || ' WHERE s.kind = $1 AND s.words @@ to_tsquery(''simple'', $2)';
    IF p_before IS NOT NULL THEN
        sql := sql || ' AND s.ref_id < $3';
    END IF;
    RETURN QUERY EXECUTE sql || ' ORDER BY s.ref_id DESC LIMIT $5'
        USING p_kind, p_query, p_before, uid, least(p_limit, 5000);
END $$;
"""


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
