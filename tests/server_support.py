"""Server mode in the tests: one throwaway cluster per test session (tests/pg_cluster.py), a team database
made once (the same team as the vault fixtures: kd_support.TEAM), and a private copy of it per test
(CREATE DATABASE … TEMPLATE, a few tens of milliseconds).

Login roles are cluster-wide, so what a test does to them (a new colleague, a disabled account, other
roles, a new password) is put back after it: extra kd_ roles dropped, the team's passwords, LOGIN and group
memberships restored from the snapshot taken when the template was made.

When PostgreSQL is not there, every server test is skipped with a reason starting "server mode:" and the
session's summary says how many were not run and why; with KD_REQUIRE_SERVER=1 (CI) they fail instead.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent / "unit"))

import kd_support
import pg_cluster
import psycopg
import pytest

from kadin_danisma.vault.pg import login

TEMPLATE_DB = "kd_team_template"
GROUPS = ("kdg_staff", "kdg_counselor", "kdg_supervisor", "kdg_admin")
SKIP_PREFIX = "server mode:"
# The suite derives the same few passwords thousands of times; the derivation itself is tested on its own.
login.derive = functools.lru_cache(maxsize=256)(login._derive)


@dataclass
class RoleState:
    password: str | None
    can_login: bool
    groups: frozenset[str]
    superuser: bool = False
    bypass_rls: bool = False


class Harness:
    def __init__(self, cluster: pg_cluster.Cluster) -> None:
        self.cluster = cluster
        self._numbers = itertools.count(1)
        self.roles: dict[str, RoleState] = {}
        self._make_template()

    def superuser(self, dbname: str = "postgres") -> psycopg.Connection[Any]:
        return psycopg.connect(self.cluster.superuser_dsn(dbname), autocommit=True)

    def _make_template(self) -> None:
        from kadin_danisma.domain.roles import Role
        from kadin_danisma.services import server_service, users

        with self.superuser() as su:
            su.execute(f"CREATE DATABASE {TEMPLATE_DB}")
        server_service.init(self.cluster.superuser_dsn(TEMPLATE_DB), kd_support.ADMIN, kd_support.ADMIN_NAME,
                            kd_support.PASSWORD, kd_support.CENTER)
        session = server_service.login(self.cluster.dsn(TEMPLATE_DB), kd_support.ADMIN, kd_support.PASSWORD)
        try:
            for name, display, roles in kd_support.TEAM:
                users.add_user(session, name, display, frozenset(Role(r) for r in roles), kd_support.PASSWORD)
        finally:
            session.lock()
        with self.superuser(TEMPLATE_DB) as su:
            su.execute("UPDATE kd.users SET must_change_password = 0")
        self.roles = self._role_states()

    def _role_states(self) -> dict[str, RoleState]:
        with self.superuser() as su:
            rows = su.execute(
                "SELECT a.rolname, a.rolpassword, a.rolcanlogin, coalesce(array_agg(g.rolname) FILTER (WHERE g.rolname"
                " IS NOT NULL), '{}'), a.rolsuper, a.rolbypassrls FROM pg_authid a"
                " LEFT JOIN pg_auth_members m ON m.member = a.oid LEFT JOIN pg_roles g ON g.oid = m.roleid"
                " WHERE a.rolname LIKE 'kd\\_%' AND a.rolname NOT IN"
                " ('kdg_owner', 'kdg_staff', 'kdg_counselor', 'kdg_supervisor', 'kdg_admin')"
                " GROUP BY 1, 2, 3, 5, 6").fetchall()
        return {str(r[0]): RoleState(r[1], bool(r[2]), frozenset(r[3]), bool(r[4]), bool(r[5])) for r in rows}

    def new_db(self) -> str:
        name = f"kd_t{next(self._numbers)}"
        with self.superuser() as su:
            su.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}")
        return name

    def new_empty_db(self) -> str:
        name = f"kd_e{next(self._numbers)}"
        with self.superuser() as su:
            su.execute(f"CREATE DATABASE {name}")
        return name

    def drop_db(self, name: str) -> None:
        with self.superuser() as su:
            su.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.restore_roles()

    def restore_roles(self) -> None:
        now = self._role_states()
        if now == self.roles:
            return
        with self.superuser() as su:
            for role in sorted(set(now) - set(self.roles)):
                su.execute(f'DROP ROLE "{role}"')
            for role, want in self.roles.items():
                have = now.get(role)
                if have == want:
                    continue
                su.execute(psycopg.sql.SQL("ALTER ROLE {} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD {}").format(
                    psycopg.sql.Identifier(role), psycopg.sql.Literal(want.password)))
                for group in sorted(set(GROUPS) | (have.groups if have else frozenset())):
                    verb = "GRANT {} TO {}" if group in want.groups else "REVOKE {} FROM {}"
                    su.execute(psycopg.sql.SQL(verb).format(psycopg.sql.Identifier(group),
                                                            psycopg.sql.Identifier(role)))


_state: dict[str, Any] = {}


@contextlib.contextmanager
def empty_database() -> Iterator[tuple[Harness, str]]:
    """An empty database on the test cluster (for server init and migrate), dropped afterwards with any
    logins made in it."""
    h = harness()
    name = h.new_empty_db()
    try:
        yield h, name
    finally:
        close_superuser(name)
        h.drop_db(name)


def harness() -> Harness:
    """The session's harness, started on first use; pytest.skip (or fail, in CI) if PostgreSQL is missing."""
    if "harness" in _state:
        return _state["harness"]  # type: ignore[no-any-return]
    if "reason" not in _state:
        try:
            cluster = pg_cluster.Cluster.start()
            _state["cluster"] = cluster
            _state["harness"] = Harness(cluster)
            return _state["harness"]  # type: ignore[no-any-return]
        except pg_cluster.Unavailable as exc:
            _state["reason"] = str(exc)
    reason = f"{SKIP_PREFIX} {_state['reason']}"
    if os.environ.get("KD_REQUIRE_SERVER") == "1":
        pytest.fail(reason + " (KD_REQUIRE_SERVER=1: CI must run the server tests)")
    pytest.skip(reason)


def shutdown() -> None:
    cluster = _state.pop("cluster", None)
    _state.pop("harness", None)
    if cluster is not None:
        cluster.remove()


_superusers: dict[str, Any] = {}


def superuser_connection(dsn: str) -> Any:
    """The port's connection as the test cluster's superuser, on the database this address names."""
    from kadin_danisma.vault.pg.connection import PgConnection

    dbname = psycopg.conninfo.conninfo_to_dict(dsn)["dbname"]
    conn = _superusers.get(dbname)
    if conn is not None:
        try:
            conn.raw.execute("SELECT 1")
        except psycopg.Error:  # the server was restarted under it
            conn.close()
            conn = None
    if conn is None:
        raw = psycopg.connect(harness().cluster.superuser_dsn(str(dbname)), autocommit=True,
                              options="-c search_path=kd")
        conn = _superusers[str(dbname)] = PgConnection(raw)
    return conn


def close_superuser(dbname: str) -> None:
    conn = _superusers.pop(dbname, None)
    if conn is not None:
        conn.close()


class ServerTeam:
    """The server twin of kd_support.Team: team.login(name) signs in to this test's own database."""

    kind = "server"

    def __init__(self, h: Harness, dbname: str) -> None:
        self.harness = h
        self.dbname = dbname
        self.dsn = h.cluster.dsn(dbname)
        self._sessions: list[Any] = []

    def login(self, username: str, **kwargs: Any) -> Any:
        from kadin_danisma.services import server_service

        session = server_service.login(self.dsn, username, kd_support.PASSWORD, **kwargs)
        self._sessions.append(session)
        return session

    def psql(self, username: str, sql: str) -> Any:
        return self.harness.cluster.psql(self.dbname, login.role_name(username),
                                         login.derive(username, kd_support.PASSWORD), sql)

    def close(self) -> None:
        for session in self._sessions:
            session.lock()
        close_superuser(self.dbname)
        self.harness.drop_db(self.dbname)
