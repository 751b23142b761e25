"""The packages-on-a-server schema level (issue 17; its number is PACKAGE_SERVER_LEVEL): a center server gets
the package tables a vault has had since the partners level (schema_partners.py), with the identity split
in two so that row-level security can keep the private keys from every login but a supervisor's.

In a vault this level changes nothing (VAULT_SQL is empty): the vault already has these tables, and its
private keys sit inside the encrypted database, readable only by whoever unlocked it.

On a server (SERVER_SQL, converted by pg/ddl.py like every level):
- package_identity (schema kd): the center's PUBLIC keys (hex), who made them and when. Every member of staff
  reads it: it is the card.
- kd_private.package_keys: the PRIVATE keys (hex). No staff role may even look into kd_private; they are
  handed out by kd.package_keys() to a supervisor's login only (pg/package_security.py).
- package_partners and package_sent: as in a vault (the partners' public keys, the state of both
  directions, removed partners; the record of packages written); who may change what is
  pg/package_security.py's.
- kd_private.package_imports: the import gate. Inside the one transaction of a package import the server
  notes its transaction id here (kd.package_import_begin, which also moves the partner's in-sequence on and
  writes the audit entry); the supervisor's write policies on case rows hold only while it is there.

Frozen once released; a later change is a new migration.
"""

from .schema_package_admin import PACKAGE_ADMIN_LEVEL, PACKAGE_ADMIN_SQL
from .schema_partners import PARTNERS_SCHEMA

# The one place the level's number is written: migrations.py, the server schema and the tests read it here.
PACKAGE_SERVER_LEVEL = 15
assert PACKAGE_SERVER_LEVEL > PACKAGE_ADMIN_LEVEL  # the server's tables take the vault's current shape

VAULT_SQL = ""  # the vault already has its package tables (levels 10, 11 and 14)

# The partners table in its current shape, in the vault's own words: level 10's table (not its identity,
# which a server keeps split), then level 14's columns and package_sent (the record of packages written).
PARTNERS_NOW = PARTNERS_SCHEMA[PARTNERS_SCHEMA.index("CREATE TABLE package_partners"):] + PACKAGE_ADMIN_SQL

SERVER_SQL = """
CREATE TABLE package_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    x25519_public TEXT NOT NULL,
    ed25519_public TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id)
);
CREATE TABLE kd_private.package_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    x25519_private TEXT NOT NULL,
    ed25519_private TEXT NOT NULL
);
CREATE TABLE kd_private.package_imports (
    xact TEXT PRIMARY KEY,
    partner_id TEXT NOT NULL,
    preview INTEGER NOT NULL CHECK (preview IN (0, 1))
);
""" + PARTNERS_NOW

# The server's package tables in schema kd (the private ones are in kd_private, which has no staff grant).
SERVER_TABLES = ("package_identity", "package_partners", "package_sent")
