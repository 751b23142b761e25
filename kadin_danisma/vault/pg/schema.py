"""The whole server schema, in the order `server init` creates it: the vault's tables (from the same scripts,
pg/ddl.py), the server's own tables (chain head, keys, break-glass grants, search index, the chain a vault
brought along), the functions, then privileges and row-level security.

Everything is created by the owner role `kdg_owner` (NOLOGIN), so no daily login owns a table: owners pass
row-level security, staff never do.
"""

from __future__ import annotations

from .. import field_history, migrations, schema_history
from ..schema_center import CENTER_VERSIONED
from ..schema_package_admin import PACKAGE_ADMIN_LEVEL
from ..schema_package_server import PACKAGE_SERVER_LEVEL
from ..schema_package_server import SERVER_SQL as PACKAGE_SERVER_SQL
from ..schema_partners import PARTNERS_LEVEL
from ..schema_retention import RETENTION_LEVEL, RETENTION_TABLES
from ..schema_support import SUPPORT_VERSIONED
from ..schema_versions import VERSIONED
from . import ddl, package_security, search, security, stats_views
from .functions import CASE_STEPS, HELPERS
from .user_functions import USERS

SERVER_TABLES = """
CREATE TABLE meta (key text COLLATE "C" PRIMARY KEY, value text NOT NULL);
CREATE TABLE center (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    id text NOT NULL,
    seen_key bytea NOT NULL CHECK (length(seen_key) = 32)
);
CREATE TABLE audit_head (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    id bigint NOT NULL,
    hash text NOT NULL
);
CREATE TABLE kd_private.audit_key (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    ipad bytea NOT NULL CHECK (length(ipad) = 64),
    opad bytea NOT NULL CHECK (length(opad) = 64)
);
CREATE TABLE grants (
    user_id bigint NOT NULL REFERENCES users(id),
    case_id bigint NOT NULL REFERENCES cases(id),
    token text NOT NULL,
    reason text NOT NULL,
    granted_at text NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, case_id, token)
);
-- Folded words (domain.folding) of a case's number, client code and name (kind 0, ref_id = case id) and
-- of each note (kind 1, ref_id = note id), in a 'simple' tsvector: no stemming, no stop words.
CREATE TABLE search_index (
    kind smallint NOT NULL CHECK (kind IN (0, 1)),
    ref_id bigint NOT NULL,
    case_id bigint NOT NULL REFERENCES cases(id),
    words tsvector NOT NULL,
    PRIMARY KEY (kind, ref_id)
);
-- One index per kind: a name search reads the 50,000-row case part only, and a note search can be answered
-- either from its own index (a rare word) or by walking notes newest first (a common one).
CREATE INDEX search_index_case_words ON search_index USING gin (words) WHERE kind = 0;
CREATE INDEX search_index_note_words ON search_index USING gin (words) WHERE kind = 1;
CREATE INDEX search_index_case ON search_index (case_id);
-- The chain of a vault moved here by `server migrate`, kept as it was (its key stays with the vault).
CREATE TABLE vault_audit_log (
    vault_id text COLLATE "C" NOT NULL,
    id bigint NOT NULL,
    at text COLLATE "C" NOT NULL,
    user_id bigint,
    action text COLLATE "C" NOT NULL,
    target text COLLATE "C",
    details text COLLATE "C" NOT NULL,
    prev_hash text COLLATE "C" NOT NULL,
    hash text COLLATE "C" NOT NULL,
    PRIMARY KEY (vault_id, id)
);
CREATE TRIGGER vault_audit_log_no_update BEFORE UPDATE OR DELETE ON vault_audit_log FOR EACH ROW
    EXECUTE FUNCTION refuse_change('the audit log is append-only');
"""


# The schema a Python level creates (its data rewriting is for existing vaults: a server starts empty).
PYTHON_STEP_SCHEMA: dict[object, str] = {
    schema_history.migrate_v4: field_history.HISTORY_V4 + schema_history.BY_NAME_V4,
}
# A level whose script holds SQLite-only statements, or whose tables a server holds in another shape, gives
# the server the part it needs: nothing at the partners level and the package administration level, whose
# tables (in their current shape, the identity split in two) come with the packages-on-a-server level,
# which is empty in a vault.
SERVER_SCRIPT: dict[int, str] = {RETENTION_LEVEL: RETENTION_TABLES, PARTNERS_LEVEL: "", PACKAGE_ADMIN_LEVEL: "",
                                 PACKAGE_SERVER_LEVEL: PACKAGE_SERVER_SQL}


def level_statements(upto: int = migrations.LATEST, *, after: int = 0, data: bool = False) -> list[str]:
    """The vault's schema levels after+1..upto as PostgreSQL statements. A level written as a Python step
    (one that rewrites a vault's own data) gives its schema as `schema_sql`: a server is created empty, so
    the tables are all it needs of it. `data`: keep the levels' data statements (an upgrade of a server that
    has rows); a Python step cannot be upgraded to, it raises."""
    out: list[str] = []
    for number, step in migrations.MIGRATIONS:
        if number > upto or number <= after:
            continue
        script = SERVER_SCRIPT[number] if number in SERVER_SCRIPT else (
            step if isinstance(step, str) else PYTHON_STEP_SCHEMA.get(step))
        if not isinstance(script, str) or (data and not isinstance(step, str) and number not in SERVER_SCRIPT):
            raise ValueError(f"schema level {number} gives the server no script")
        out += ddl.convert(script, data=data)
    return out


def stamp_triggers() -> str:
    return "\n".join(f"CREATE OR REPLACE TRIGGER {t}_stamp BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW"
                     " EXECUTE FUNCTION stamp_version();" for t in (*VERSIONED, *CENTER_VERSIONED, *SUPPORT_VERSIONED))


def tables(conn: object) -> list[str]:
    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'kd'::regnamespace AND c.relkind = 'r'"
        " ORDER BY c.relname").fetchall()
    return [str(r[0]) for r in rows]


def create(conn: object) -> None:
    """Create every object, as kdg_owner, inside the caller's transaction (schemas kd and kd_private exist)."""
    run = conn.execute  # type: ignore[attr-defined]
    _as_owner(conn)
    for statement in level_statements():
        run(statement)
    run(SERVER_TABLES)
    _code(conn)


def upgrade(conn: object, from_level: int) -> None:
    """`server upgrade`, inside the caller's transaction: the levels after `from_level` with their data
    statements, then the functions, triggers, policies and views made again (so also a repair)."""
    run = conn.execute  # type: ignore[attr-defined]
    _as_owner(conn)
    for statement in level_statements(after=from_level, data=True):
        run(statement)
    run(stats_views.drop_sql())
    _code(conn)


def _as_owner(conn: object) -> None:
    run = conn.execute  # type: ignore[attr-defined]
    run("SET LOCAL ROLE kdg_owner")
    run("SET LOCAL search_path = kd, pg_temp")
    # refuse_change first: the converted triggers call it.
    run(HELPERS.split("CREATE OR REPLACE FUNCTION now_iso()")[0])


def _code(conn: object) -> None:
    """Everything that is not data, from this release's code: functions, triggers, security, views."""
    run = conn.execute  # type: ignore[attr-defined]
    run(HELPERS)
    run(stamp_triggers())
    run(CASE_STEPS)
    run(USERS)
    run(search.SEARCH_FUNCTIONS)
    run(package_security.FUNCTIONS)
    run(security.policies_sql(tables(conn)))
    run(stats_views.views_sql())
    run("RESET ROLE")  # the rest (keys, rows, logins) as the IT person's login again
