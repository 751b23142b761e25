"""The packages' schema level (issue 17, part 2: what a package carries and how it is merged).

- package_base: per partner (the hex SHA-256 of its Ed25519 key; part 1's partners table is the registry of
  partners, no foreign key here) and per travelling record (its uuid), what the partner is known to hold:
  `base`, a hash of each field's value both sides last agreed on (a JSON object field -> hash), and
  `pending`, the same for what was sent in package `pending_seq` and not yet acknowledged. Hashes, not
  values: the vault keeps no second copy of a woman's details for each partner. `case_id` lets a case's
  destruction and the server's row-level security find the rows.
- package_conflicts: a field changed on both sides since the common revision (or a safety field that
  differs, or a record deleted on one side and changed on the other). Both values are kept (JSON) with who
  changed each and when, until a counselor or supervisor resolves it; nothing is overwritten meanwhile.

Standard SQL: a center server builds the same tables (pg/ddl.py). Frozen once released.
"""

# The one place this level's number is written: migrations.py and the tests read it from here.
PACKAGE_LEVEL = 11

PACKAGE_SQL = """
CREATE TABLE package_base (
    partner_id TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    table_name TEXT NOT NULL,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    base TEXT,
    pending TEXT,
    pending_seq INTEGER,
    PRIMARY KEY (partner_id, record_uuid)
);
CREATE INDEX package_base_case ON package_base(case_id);
CREATE INDEX package_base_pending ON package_base(partner_id, pending_seq);
CREATE INDEX package_base_record ON package_base(record_uuid);

CREATE TABLE package_conflicts (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    partner_id TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    table_name TEXT NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('both_changed', 'safety', 'deleted_here', 'deleted_there')),
    local_value TEXT,
    incoming_value TEXT,
    local_by TEXT NOT NULL DEFAULT '',
    local_at TEXT,
    incoming_by TEXT NOT NULL DEFAULT '',
    incoming_at TEXT,
    state TEXT NOT NULL CHECK (state IN ('open', 'resolved')),
    created_at TEXT NOT NULL,
    resolved_by INTEGER REFERENCES users(id),
    resolved_at TEXT,
    resolution TEXT CHECK (resolution IN ('local', 'incoming', 'typed'))
);
CREATE INDEX package_conflicts_case ON package_conflicts(case_id, state);
CREATE INDEX package_conflicts_open ON package_conflicts(record_uuid, field, state);
"""
