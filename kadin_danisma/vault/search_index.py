"""The full-text index (§5): folded case numbers, client codes, names and note bodies in one FTS5 table.

The table is contentless, so folded text lives only inside the index. Rows are addressed by rowid: a
case's own row has rowid = case id; a note's row has rowid = NOTE_BASE + note id (ids stay far below
2**40). Both the indexed text and the query go through domain.folding, so "isik" finds "Işık".
"""

from __future__ import annotations

from ..domain.folding import fold, query_words
from .database import Connection, errors_translated

NOTE_BASE = 1 << 40


def _put(conn: Connection, rowid: int, text: str) -> None:
    with errors_translated():
        conn.execute("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
        conn.execute("INSERT INTO search_fts (rowid, text) VALUES (?, ?)", (rowid, fold(text)))


def index_case(conn: Connection, case_id: int, case_number: str, client_code: str, full_name: str) -> None:
    _put(conn, case_id, f"{case_number} {client_code} {full_name}")


def index_note(conn: Connection, note_id: int, body: str) -> None:
    _put(conn, NOTE_BASE + note_id, body)


def match_expression(query: str) -> str | None:
    """Every word of the query as a prefix term (FTS5 ANDs them); None if nothing searchable is left."""
    words = query_words(query)
    if not words or sum(len(w) for w in words) < 2:
        return None
    # Words are runs of letters and digits, so they cannot carry FTS5 syntax; quoting keeps it that way.
    return " ".join(f'"{w}"*' for w in words)


def matching_case_ids(conn: Connection, query: str, user_id: int | None, limit: int) -> list[int]:
    """Case ids whose number, code, client name or notes match; with user_id, only cases assigned to
    that counselor. Name and number hits come before note-text hits, newest case first."""
    expression = match_expression(query)
    if expression is None:
        return []
    assigned = "JOIN case_counselors cc ON cc.case_id = h.case_id AND cc.user_id = :uid" if user_id else ""
    sql = f"""
        WITH hits AS (
            SELECT CASE WHEN rowid < :base THEN rowid
                        ELSE (SELECT case_id FROM notes WHERE id = search_fts.rowid - :base) END AS case_id,
                   rowid >= :base AS in_note
            FROM search_fts WHERE search_fts MATCH :q
        )
        SELECT h.case_id FROM hits h {assigned}
        WHERE h.case_id IS NOT NULL
        GROUP BY h.case_id ORDER BY min(h.in_note), h.case_id DESC LIMIT :limit
    """
    with errors_translated():
        rows = conn.execute(sql, {"base": NOTE_BASE, "q": expression, "uid": user_id, "limit": limit})
        return [int(r[0]) for r in rows]
