"""The full-text index (§5): folded case numbers, client codes, names and note bodies in one FTS5 table.

The table is contentless, so folded text lives only inside the index. Rows are addressed by rowid: a
case's own row has rowid = case id; a note's row has rowid = NOTE_BASE + note id (ids stay far below
2**40). Both the indexed text and the query go through domain.folding, so "isik" finds "Işık".
"""

from __future__ import annotations

from ..domain.folding import query_words
from .database import Connection, errors_translated

NOTE_BASE = 1 << 40


def _put(conn: Connection, rowid: int, text: str, fresh: bool = False) -> None:
    """Index text under rowid; `fresh` (a row just inserted) skips removing an earlier entry."""
    with errors_translated():
        if not fresh:
            conn.execute("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
        # Indexed as the same words a query is split into, so the tokenizer never sees a symbol
        # (₺, €, emoji) that it would glue into a word the query cannot reach.
        conn.execute("INSERT INTO search_fts (rowid, text) VALUES (?, ?)", (rowid, " ".join(query_words(text))))


def index_case(conn: Connection, case_id: int, case_number: str, client_code: str, full_name: str,
               fresh: bool = False) -> None:
    _put(conn, case_id, f"{case_number} {client_code} {full_name}", fresh)


def index_note(conn: Connection, note_id: int, body: str, fresh: bool = False) -> None:
    _put(conn, NOTE_BASE + note_id, body, fresh)


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
    text (newest note first). Both phases walk the index in rowid order and stop once `limit` cases are
    found, so a common word in 500,000 notes costs no more than the rows actually returned."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    assigned = ("AND EXISTS (SELECT 1 FROM case_counselors cc WHERE cc.case_id = {col} AND cc.user_id = :uid)"
                if user_id is not None else "")
    params = {"base": NOTE_BASE, "q": expression, "uid": user_id, "limit": limit}
    found: list[int] = []
    with errors_translated():
        by_name = conn.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH :q AND rowid < :base "
            + assigned.format(col="search_fts.rowid") + " ORDER BY rowid DESC LIMIT :limit", params,
        )
        found = [int(r[0]) for r in by_name]
        if len(found) >= limit:
            return found
        seen = set(found)
        by_note = conn.execute(
            "SELECT n.case_id FROM search_fts JOIN notes n ON n.id = search_fts.rowid - :base"
            " WHERE search_fts MATCH :q AND search_fts.rowid >= :base "
            + assigned.format(col="n.case_id") + " ORDER BY search_fts.rowid DESC", params,
        )
        try:
            for (case_id,) in by_note:
                if case_id not in seen:
                    seen.add(case_id)
                    found.append(int(case_id))
                    if len(found) >= limit:
                        break
        finally:
            by_note.close()  # an unfinished statement would hold its read snapshot open
    return found
