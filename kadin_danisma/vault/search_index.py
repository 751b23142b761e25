"""The full-text index (§5): folded case numbers, client codes, names and note bodies in one FTS5 table.

The table is contentless, so folded text lives only inside the index. Rows are addressed by rowid, counted
down from two ceilings: a case's own row has rowid CASE_TOP - case id, a note's row NOTE_TOP - note id.
FTS5 streams matches in ascending rowid order cheaply (descending order makes it merge every prefix
match first: 2 s instead of 10 ms on 50,000 cases), so ascending order here is newest first.
Both the indexed text and the query go through domain.folding, so "isik" finds "Işık".

This is the search index of the storage port: on a server connection each function hands over to
pg/search.py (a tsvector with a GIN index over the same folded words, in the same result order).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from ..domain.folding import query_words
from .port import Connection, errors_translated

CASE_TOP = 1 << 40  # case rows: (0, CASE_TOP); ids stay far below 2**40
NOTE_TOP = 1 << 41  # note rows: [CASE_TOP, NOTE_TOP)


# FTS5 flushes its in-memory index whenever a rowid is not above the previous one in a transaction; with
# count-down rowids every new row would be a flush (measured: 970 µs instead of 140 µs per note). Bulk
# writers collect fresh rows here and insert them in ascending rowid order at the end (`deferred`).
_DEFERRED: ContextVar[list[tuple[int, str]] | None] = ContextVar("search_index_deferred", default=None)


def _server(conn: Connection) -> bool:
    return bool(conn.dialect.name == "postgresql")


@contextlib.contextmanager
def deferred(conn: Connection) -> Iterator[None]:
    """Within the block, new index rows are buffered and written sorted when it ends without error."""
    if _server(conn):
        yield
        return
    buffer: list[tuple[int, str]] = []
    token = _DEFERRED.set(buffer)
    try:
        yield
    finally:
        _DEFERRED.reset(token)
    buffer.sort()
    with errors_translated():
        conn.executemany("INSERT INTO search_fts (rowid, text) VALUES (?, ?)", buffer)


def _put(conn: Connection, rowid: int, text: str, fresh: bool = False) -> None:
    """Index text under rowid; `fresh` (a row just inserted) skips removing an earlier entry."""
    buffer = _DEFERRED.get()
    if fresh and buffer is not None:
        buffer.append((rowid, " ".join(query_words(text))))
        return
    with errors_translated():
        if not fresh:
            conn.execute("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
        # Indexed as the same words a query is split into, so the tokenizer never sees a symbol
        # (₺, €, emoji) that it would glue into a word the query cannot reach.
        conn.execute("INSERT INTO search_fts (rowid, text) VALUES (?, ?)", (rowid, " ".join(query_words(text))))


def index_case(conn: Connection, case_id: int, case_number: str, client_code: str, full_name: str,
               fresh: bool = False) -> None:
    if _server(conn):
        from .pg import search

        search.put(conn, 0, case_id, case_id, f"{case_number} {client_code} {full_name}")
        return
    _put(conn, CASE_TOP - case_id, f"{case_number} {client_code} {full_name}", fresh)


def index_note(conn: Connection, note_id: int, body: str, fresh: bool = False, case_id: int | None = None) -> None:
    """Index a note's text (`case_id`, when the caller knows it, saves the server a look-up)."""
    if _server(conn):
        from .pg import search

        search.put(conn, 1, note_id, case_id if case_id is not None else search.note_case(conn, note_id), body)
        return
    _put(conn, NOTE_TOP - note_id, body, fresh)


def match_expression(query: str) -> str | None:
    """Every word of the query as a prefix term (FTS5 ANDs them); None if nothing searchable is left."""
    words = query_words(query)
    if not words or sum(len(w) for w in words) < 2:
        return None
    # Words are runs of letters and digits, so they cannot carry FTS5 syntax; quoting keeps it that way.
    return " ".join(f'"{w}"*' for w in words)


def matching_case_ids(conn: Connection, query: str, user_id: int | None, limit: int) -> list[int]:
    """Case ids whose number, code, client name or notes match; with user_id, only cases assigned to
    that counselor. Name and number hits come first (newest case first), then cases found through note
    text (newest note first): that is simply the index's rowid order (case rows sit below CASE_TOP, note
    rows above it, both counted down from the top). One statement streams in that order and stops once
    `limit` cases are found, so the MATCH (and the expansion of its prefix terms, the costly part) runs
    once, and a common word in 500,000 notes costs only the rows actually read."""
    if _server(conn):
        from .pg import search

        return search.matching_case_ids(conn, query, user_id, limit)
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    params = {"q": expression, "uid": user_id, "ctop": CASE_TOP, "ntop": NOTE_TOP}
    case_of = "(CASE WHEN f.rowid < :ctop THEN :ctop - f.rowid ELSE n.case_id END)"
    sql = ("SELECT " + case_of + " FROM search_fts f"
           " LEFT JOIN notes n ON f.rowid >= :ctop AND n.id = :ntop - f.rowid"
           + (" JOIN case_counselors cc ON cc.case_id = " + case_of + " AND cc.user_id = :uid"
              if user_id is not None else "")
           + " WHERE f.search_fts MATCH :q ORDER BY f.rowid")
    found: list[int] = []
    seen: set[int] = set()
    with errors_translated():
        cursor = conn.execute(sql, params)
        try:
            for (case_id,) in cursor:
                if case_id is not None and case_id not in seen:
                    seen.add(case_id)
                    found.append(int(case_id))
                    if len(found) >= limit:
                        break
        finally:
            cursor.close()  # an unfinished statement would hold its read snapshot open
    return found


def rebuild(conn: Connection) -> int:
    """Re-create every index entry (after the folding rules change); returns the number of rows indexed.
    Runs inside the caller's transaction."""
    if _server(conn):
        from .pg import search

        return search.rebuild(conn)
    count = 0
    with errors_translated():
        conn.execute("DELETE FROM search_fts")
        # Newest first = ascending rowid: cases (below CASE_TOP) then notes, each by descending id.
        cases = conn.execute(
            "SELECT c.id, c.case_number, cl.client_code, cl.full_name"
            " FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.anonymized_on IS NULL ORDER BY c.id DESC"
        ).fetchall()
        for case_id, number, code, name in cases:
            index_case(conn, int(case_id), str(number), str(code), str(name), fresh=True)
            count += 1
        for note_id, body in conn.execute(
                "SELECT n.id, n.body FROM notes n JOIN cases c ON c.id = n.case_id WHERE c.anonymized_on IS NULL"
                " ORDER BY n.id DESC"):
            index_note(conn, int(note_id), str(body), fresh=True)
            count += 1
    return count


def drop_gated(conn: Connection, cases_sql: str, notes_sql: str) -> int:
    """Remove the index entries of the cases `cases_sql` selects and of the notes `notes_sql` selects (a
    destruction, inside its transaction); returns how many entries were removed. One DELETE per rowid: FTS5
    finds a row by its rowid, whereas `rowid IN (subquery)` would walk the whole index. A contentless table
    only marks the rows deleted: `merge_all` afterwards takes their words out of the index's pages."""
    with errors_translated():
        rowids = [CASE_TOP - int(x) for (x,) in conn.execute(cases_sql)]
        rowids += [NOTE_TOP - int(x) for (x,) in conn.execute(notes_sql)]
        present = 0
        for rowid in rowids:
            cur = conn.execute("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
            present += max(0, int(cur.rowcount))
    return present


def merge_all(conn: Connection) -> None:
    """Merge the whole index into one segment (FTS5 'optimize'): entries of deleted rows, which a contentless
    table keeps in its pages behind a tombstone until a merge, are dropped for good. Its own transaction."""
    with errors_translated():
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
