"""The package administration schema level (issue 17's remaining gaps; its number is PACKAGE_ADMIN_LEVEL):
what an admin needs to repair a chain of packages, to remove a partner and to rotate this vault's identity.

- package_partners gains `removed_at` / `removed_by`: a removed partner stays for the record (who paired and
  removed it, when), but nothing is written to it or accepted from it, and it leaves the pickers. Pairing its
  card again clears both (services/package_admin.py).
- package_sent: every package written, per partner (the same hex id as package_partners), with its sequence,
  the file's hash, the previous file's hash it chained to, when and by whom, the uuids of the cases it
  carried, and `superseded_at` once a resend rewound the chain below it. Resending from N needs package N-1's
  hash: this table keeps it (a package written before this level has no row; its hash is known only while it
  is the last one, package_partners.out_hash). `case_uuids` names cases: a case's destruction takes its uuid
  out of every row (vault/destruction.py), so nothing here points at her afterwards.

Plain SQLite DDL that vault/pg/ddl.py can translate; a center server skips this level (vault/pg/schema.py
SERVER_SCRIPT) and runs PACKAGE_ADMIN_SQL at the packages-on-a-server level (schema_package_server.py).
Frozen once released; a later change is a new migration.
"""

# The one place the level's number is written: migrations.py, the server schema and the tests read it here.
PACKAGE_ADMIN_LEVEL = 14

PACKAGE_ADMIN_TABLES = ("package_sent",)
PACKAGE_ADMIN_COLUMNS = (("package_partners", "removed_at"), ("package_partners", "removed_by"))

PACKAGE_ADMIN_SQL = """
ALTER TABLE package_partners ADD COLUMN removed_at TEXT;
ALTER TABLE package_partners ADD COLUMN removed_by INTEGER REFERENCES users(id);
CREATE TABLE package_sent (
    id INTEGER PRIMARY KEY,
    partner_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    file_hash TEXT NOT NULL,
    previous TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    sent_by INTEGER REFERENCES users(id),
    case_uuids TEXT NOT NULL DEFAULT '[]',
    superseded_at TEXT
);
CREATE INDEX package_sent_partner ON package_sent(partner_id, sequence);
"""
