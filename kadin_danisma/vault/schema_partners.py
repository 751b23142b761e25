"""The partners schema level (issue 17, part 1: packages; its number is PARTNERS_LEVEL): this vault's own package
identity and the partners it exchanges sealed packages (`.kdpkg`) with.

- package_identity: one row, the vault's X25519 key (packages are encrypted to it) and Ed25519 key (it signs
  the packages it writes), raw private bytes as hex. Made on first need (services/packages.py); it lives
  only inside the encrypted database, so it is protected, backed up and restored with the vault.
- package_partners: a paired center or shelter laptop, keyed by `partner_id` (lowercase hex SHA-256 of its
  Ed25519 public key: part 2's tables, services/package_content.py, use the same string), with its public
  keys, the center name its card gave, who paired it and when, and the state of both directions: the last
  sequence number and file hash written to it (`out_*`) and imported from it (`in_*`), and `acked`, the
  highest of our sequence numbers it says it has imported.

Neither table is case data and neither travels. A center server skips this level and gets both at the
packages-on-a-server level (schema_package_server.py), the identity split so that only a supervisor's login
reaches the private keys; `server migrate` carries both there (vault/pg/migrate.py).
Frozen once released; a later change is a new migration.
"""

# The one place the level's number is written: migrations.py, the server schema and the tests read it here.
PARTNERS_LEVEL = 10

PARTNERS_TABLES = ("package_identity", "package_partners")

PARTNERS_SCHEMA = """
CREATE TABLE package_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    x25519_private TEXT NOT NULL,
    ed25519_private TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id)
);
CREATE TABLE package_partners (
    partner_id TEXT PRIMARY KEY,
    center TEXT NOT NULL,
    x25519_public TEXT NOT NULL,
    ed25519_public TEXT NOT NULL,
    paired_at TEXT NOT NULL,
    paired_by INTEGER REFERENCES users(id),
    out_sequence INTEGER NOT NULL DEFAULT 0,
    out_hash TEXT NOT NULL DEFAULT '',
    in_sequence INTEGER NOT NULL DEFAULT 0,
    in_hash TEXT NOT NULL DEFAULT '',
    acked INTEGER NOT NULL DEFAULT 0,
    last_in_at TEXT,
    last_out_at TEXT
);
"""
