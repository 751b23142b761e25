"""The retention schema level (issue 19; its number is RETENTION_LEVEL, 9, after the appointments' 7 and
the row versions' 8): legal holds, requests from the women themselves (KVKK art. 11), destruction cycles and
their records.

- cases.anonymized_on: the day an anonymized case lost everything that names her (its coded facts stay for
  the statistics); such a case is in no list, search or dashboard and cannot be opened.
- clients.safe_contact_cleared_on: the day her safe-contact details were cleared after their shorter period.
- shelters.retired_on: the day a shelter was made inactive; its confidential contact details are cleared a
  set time later. Shelters already inactive count from the day of this upgrade (their day is unknown).
- legal_holds: a case that must not be destroyed (court proceedings, a prosecutor's request), with the
  reason, until lifted. The reason is case data and goes with the case.
- data_requests: a woman's request (access, correction, erasure, objection), its day, its 30-day deadline
  and the answer (a code). A table of her record: her destruction removes it; the audit log keeps the steps.
- destruction_cycles / destruction_items: a proposed "due for destruction" list, approved by a supervisor
  who did not propose it. Items are deleted when the cycle is done; the record below keeps the counts.
- destruction_records: the destruction record (imha tutanağı) of each cycle: counts by kind, method, legal
  basis, who proposed and who approved. No personal data of any woman. Never changed or deleted (triggers),
  which keeps it well past the three years the regulation asks for.
- destruction_gate: inside a destruction's transaction only, the cases being destroyed. The append-only
  trigger of note_revisions lets rows of those cases go and refuses every other delete, as before.

The FTS index learns `secure-delete` (FTS5's own option: a deleted row's terms are removed from the index
as it is deleted where FTS5 can, rather than only marked); the destruction also merges the index
(`optimize`), which is what removes the terms of a contentless table's deleted rows from its pages.

case_refs (level 8's view) gains anonymized_on, so opening an anonymized case is refused as such.

RETENTION_TABLES is standard SQL (and append-only triggers pg/ddl.py converts): a center server builds it
too, so `server migrate` carries a vault's holds, requests and records. RETENTION_VAULT_ONLY (the gated
trigger, the FTS option) is SQLite's. Frozen once released; a later change is a new migration.
"""

# The one place the level's number is written: migrations.py and the tests read it from here.
RETENTION_LEVEL = 9

RETENTION_TABLES = """
ALTER TABLE cases ADD COLUMN anonymized_on TEXT;
ALTER TABLE clients ADD COLUMN safe_contact_cleared_on TEXT;
ALTER TABLE shelters ADD COLUMN retired_on TEXT;
UPDATE shelters SET retired_on = CURRENT_DATE WHERE active = 0;
CREATE INDEX cases_retention ON cases(status, closed_on, client_id);
-- the lists' count of cases stays an index read (anonymized cases are in no list)
CREATE INDEX cases_live ON cases(id) WHERE anonymized_on IS NULL;

CREATE TABLE legal_holds (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    placed_at TEXT NOT NULL,
    placed_by INTEGER REFERENCES users(id),
    reason TEXT NOT NULL,
    lifted_at TEXT,
    lifted_by INTEGER REFERENCES users(id),
    lift_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX legal_holds_case ON legal_holds(case_id, lifted_at);

CREATE TABLE data_requests (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    client_id INTEGER NOT NULL REFERENCES clients(id),
    kind TEXT NOT NULL CHECK (kind IN ('access', 'correction', 'erasure', 'objection')),
    received_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open', 'in_destruction', 'answered')),
    outcome TEXT,
    duty_basis TEXT,
    answered_on TEXT,
    answered_by INTEGER REFERENCES users(id),
    recorded_by INTEGER REFERENCES users(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX data_requests_open ON data_requests(status, due_on);
CREATE INDEX data_requests_case ON data_requests(case_id);
CREATE INDEX data_requests_client ON data_requests(client_id);

CREATE TABLE destruction_cycles (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'done', 'cancelled')),
    origin TEXT NOT NULL CHECK (origin IN ('periodic', 'request')),
    request_id INTEGER,
    policy TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    proposed_by INTEGER NOT NULL REFERENCES users(id),
    decided_at TEXT,
    decided_by INTEGER REFERENCES users(id),
    compacted_at TEXT
);
CREATE INDEX destruction_cycles_status ON destruction_cycles(status, id);

CREATE TABLE destruction_items (
    cycle_id INTEGER NOT NULL REFERENCES destruction_cycles(id),
    kind TEXT NOT NULL CHECK (kind IN ('client', 'safe_contact', 'shelter_contact')),
    target_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('anonymize', 'delete', 'clear')),
    PRIMARY KEY (cycle_id, kind, target_id)
);

CREATE TABLE destruction_records (
    id INTEGER PRIMARY KEY,
    cycle_id INTEGER NOT NULL UNIQUE,
    done_at TEXT NOT NULL,
    keep_until TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TRIGGER destruction_records_no_update BEFORE UPDATE ON destruction_records
    BEGIN SELECT RAISE(ABORT, 'destruction records are never changed'); END;
CREATE TRIGGER destruction_records_no_delete BEFORE DELETE ON destruction_records
    BEGIN SELECT RAISE(ABORT, 'destruction records are never changed'); END;

CREATE TABLE destruction_gate (
    case_id INTEGER PRIMARY KEY
);
-- a case's reference (level 8's view) tells an anonymized case from a live one
DROP VIEW case_refs;
CREATE VIEW case_refs AS SELECT id, case_number, client_id, status, anonymized_on FROM cases;
"""

# SQLite's alone: the gate in note_revisions' append-only trigger and the FTS option. A center server keeps
# neither (its search index is its own, and no destruction runs there yet: docs/server.md).
RETENTION_VAULT_ONLY = """
DROP TRIGGER note_revisions_no_delete;
CREATE TRIGGER note_revisions_no_delete BEFORE DELETE ON note_revisions
    WHEN NOT EXISTS (SELECT 1 FROM notes n JOIN destruction_gate g ON g.case_id = n.case_id WHERE n.id = OLD.note_id)
    BEGIN SELECT RAISE(ABORT, 'note history is append-only'); END;

INSERT INTO search_fts (search_fts, rank) VALUES ('secure-delete', 1);
"""

RETENTION_SCHEMA = RETENTION_TABLES + RETENTION_VAULT_ONLY
