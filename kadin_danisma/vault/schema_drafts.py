"""Schema level 3: drafts, the half-written intake forms and notes kept encrypted in the vault, and an
index for the case list's default order.

A draft belongs to one user and is offered back only to her, after a crash, a lock or a restart. It is
case content, so it lives inside the encrypted database and nowhere else. Frozen once released.
"""

DRAFTS_V3 = """
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    draft_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    payload TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (user_id, draft_key)
);
CREATE INDEX drafts_case ON drafts(case_id);
-- The case list's default order (newest first) walks this index instead of sorting every case.
CREATE INDEX cases_opened ON cases(opened_on, id);
"""
