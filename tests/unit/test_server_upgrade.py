"""`server upgrade` (issue 16): a server the first server release made, with its rows, brought to this
release's schema level in one transaction, ending with exactly the schema a new server gets; run again, or
at the latest level, it remakes functions, row-level security and views (a policy dropped by hand comes
back); a daily login, an empty database or a newer server are refused with a clear line."""

from __future__ import annotations

from typing import Any

import kd_support
import psycopg
import pytest
import server_snapshot
import server_support

from kadin_danisma.domain.errors import ServerInsecure, ServerNotInitialised, VaultTooNew
from kadin_danisma.services import demo, search, server_service, vault_service
from kadin_danisma.vault import migrations
from kadin_danisma.vault.pg import login

COUNTED = ("cases", "clients", "notes", "note_revisions", "audit_log", "users", "search_index", "vault_audit_log")


def counts(h: Any, db: str) -> dict[str, int]:
    with h.superuser(db) as su:
        return {t: su.execute(f"SELECT count(*) FROM kd.{t}").fetchone()[0] for t in COUNTED}


def make_logins(h: Any, db: str) -> None:
    """What `pg_dumpall --globals-only` gives back on a new machine: each user's login, in her groups (here
    all with the demo password: the snapshot's one-time passwords were never kept)."""
    with h.superuser(db) as su:
        for username, roles in su.execute("SELECT username, roles FROM kd.users WHERE disabled = 0").fetchall():
            groups = ", ".join(f"kdg_{r}" for r in roles.split(","))
            su.execute(psycopg.sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE kdg_staff, " + groups).format(
                psycopg.sql.Identifier(login.role_name(username)),
                psycopg.sql.Literal(login.verifier_for(username, demo.DEMO_PASSWORD))))
        su.execute("UPDATE kd.users SET must_change_password = 0")


@pytest.fixture()
def first_release() -> Any:
    """An empty database holding the first server release's snapshot (logins are made by the tests: the
    harness drops logins it did not make whenever a database is dropped)."""
    with server_support.empty_database() as (h, db):
        server_snapshot.restore(h.cluster, db)
        yield h, db
        server_support.close_superuser(db)


def test_the_first_releases_server_upgrades_to_the_schema_a_new_server_gets(first_release: Any) -> None:
    h, db = first_release
    before = counts(h, db)
    assert before["cases"] == server_snapshot.CASES
    done = server_service.upgrade(h.cluster.superuser_dsn(db))
    assert (done.from_level, done.to_level) == (server_snapshot.FIRST_LEVEL, migrations.LATEST)

    # Tables, columns, indexes, functions, triggers, policies, grants and views: as `server init` makes them.
    fresh = h.new_db()
    try:
        assert server_snapshot.dump(h.cluster, db, schema_only=True) == \
            server_snapshot.dump(h.cluster, fresh, schema_only=True)
    finally:
        h.drop_db(fresh)
    after = counts(h, db)
    assert {t: n for t, n in after.items() if t != "audit_log"} == \
        {t: n for t, n in before.items() if t != "audit_log"}
    assert after["audit_log"] == before["audit_log"] + 1  # the upgrade's own entry

    # Staff work on it: the admin signs in (the level check passes), the chain verifies with the upgrade in
    # it, and a search answers from the index the old release wrote.
    make_logins(h, db)
    session = server_service.login(h.cluster.dsn(db), demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
    try:
        report = vault_service.verify_session(session)
        assert report.ok, report
        with h.superuser(db) as su:
            entries = su.execute("SELECT details FROM kd.audit_log WHERE action = 'server_upgrade'").fetchall()
        assert entries == [(f'{{"from":{server_snapshot.FIRST_LEVEL},"to":{migrations.LATEST}}}',)]
    finally:
        session.lock()
    session = server_service.login(h.cluster.dsn(db), demo.SUPERVISOR, demo.DEMO_PASSWORD)
    try:
        with h.superuser(db) as su:
            number = su.execute("SELECT case_number FROM kd.cases ORDER BY id LIMIT 1").fetchone()[0]
        hits = search.search(session, number)
        assert [hit.case_number for hit in hits] == [number]
    finally:
        session.lock()


def test_upgrading_again_repairs_row_level_security_changed_by_hand(first_release: Any) -> None:
    h, db = first_release
    dsn = h.cluster.superuser_dsn(db)
    server_service.upgrade(dsn)
    with h.superuser(db) as su:
        policies = su.execute("SELECT count(*) FROM pg_policies WHERE schemaname = 'kd'").fetchone()[0]
        su.execute("DROP POLICY notes_read ON kd.notes")
        su.execute("ALTER TABLE kd.clients DISABLE ROW LEVEL SECURITY")
        su.execute("GRANT SELECT ON kd_private.audit_key TO kdg_staff")
    again = server_service.upgrade(dsn)
    assert again.from_level == again.to_level == migrations.LATEST
    with h.superuser(db) as su:
        assert su.execute("SELECT count(*) FROM pg_policies WHERE schemaname = 'kd'").fetchone()[0] == policies
        assert su.execute("SELECT relrowsecurity FROM pg_class WHERE oid = 'kd.clients'::regclass").fetchone()[0]
        assert not su.execute("SELECT has_table_privilege('kdg_staff', 'kd_private.audit_key', 'SELECT')").fetchone()[0]
        assert su.execute("SELECT count(*) FROM kd.audit_log WHERE action = 'server_upgrade'").fetchone()[0] == 2


def test_upgrade_is_refused_to_a_daily_login_an_empty_database_and_a_newer_server(first_release: Any) -> None:
    h, db = first_release
    make_logins(h, db)
    staff = f"{h.cluster.dsn(db)} user={login.role_name(demo.DEMO_ADMIN)} " \
            f"password={login.derive(demo.DEMO_ADMIN, demo.DEMO_PASSWORD)}"
    with pytest.raises(ServerInsecure, match="superuser"):
        server_service.upgrade(staff)
    with h.superuser(db) as su:
        su.execute("UPDATE kd.meta SET value = ? WHERE key = 'level'".replace("?", "%s"),
                   (str(migrations.LATEST + 1),))
    with pytest.raises(VaultTooNew, match="newer than this app"):
        server_service.upgrade(h.cluster.superuser_dsn(db))
    with server_support.empty_database() as (h2, empty), pytest.raises(ServerNotInitialised, match="server init"):
        server_service.upgrade(h2.cluster.superuser_dsn(empty))


def test_server_upgrade_on_the_command_line(first_release: Any) -> None:
    h, db = first_release
    done = kd_support.run_cli(["server", "upgrade", "--server", h.cluster.superuser_dsn(db)], "")
    assert done.returncode == 0, done.stderr
    assert f"to {migrations.LATEST}" in done.stdout or f"level {migrations.LATEST} already" in done.stdout
    again = kd_support.run_cli(["server", "upgrade", "--server", h.cluster.superuser_dsn(db)], "")
    assert again.returncode == 0 and f"at level {migrations.LATEST} already" in again.stdout
    with server_support.empty_database() as (h2, empty):
        refused = kd_support.run_cli(["server", "upgrade", "--server", h2.cluster.superuser_dsn(empty)], "")
    assert refused.returncode != 0 and "server init" in refused.stderr and "Traceback" not in refused.stderr
