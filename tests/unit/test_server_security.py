"""The server enforces who sees what, not the app (issue 16): raw psql as each staff login trying what it may
not (cases, notes, clients, the audit log, its key), the password never on the server in a form cheaper than
Argon2id, and connections the app refuses (TCP without verified TLS, a superuser, RLS off)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

import kd_support
import pytest
from psycopg.conninfo import conninfo_to_dict

from kadin_danisma.domain import records as r
from kadin_danisma.domain.errors import InvalidInput, ServerInsecure, WrongCredentials
from kadin_danisma.services import cases, notes, server_service
from kadin_danisma.vault.pg import address, login

SECRET = "Gizli Vaka Metni Şükriye"


def ok(result: Any) -> str:
    assert result.returncode == 0, result.stderr
    return str(result.stdout).strip()


def refused(result: Any) -> str:
    assert result.returncode != 0, f"allowed: {result.stdout!r}"
    return str(result.stderr)


@pytest.fixture
def casework(server_team: Any) -> tuple[Any, int]:
    ayse = server_team.login("ayse")
    cid = cases.create_case(ayse, r.Client(full_name=SECRET), r.Intake("2026-02-01", "walk_in"))
    notes.add_note(ayse, cid, r.Note("phone_call", "2026-02-02", f"{SECRET} not"))
    return server_team, cid


def test_a_colleague_reads_and_writes_nothing_of_anothers_case_with_psql(casework: tuple[Any, int]) -> None:
    team, cid = casework
    z = lambda sql: team.psql("zeynep", sql)  # noqa: E731
    for table in ("cases", "clients", "notes", "intakes", "case_counselors", "case_status_history",
                  "search_index", "note_revisions"):
        assert ok(z(f"SELECT count(*) FROM kd.{table}")) == "0", table
    assert SECRET not in ok(z("SELECT coalesce(string_agg(details, ' '), '') FROM kd.audit_log"))
    assert ok(z("SELECT count(*) FROM kd.case_refs")) == "1"  # that it exists (to ask for a reason), no more
    # The search function reads the index past row-level security (for speed) and applies the rule itself:
    # her own case's name and note are found by her, by a supervisor, and by nobody else.
    hits = "SELECT count(*) FROM kd.search_hits({kind}, 'gizli:* & vaka:*', NULL, 50)"
    for kind in (0, 1):
        assert ok(team.psql("ayse", hits.format(kind=kind))) == "1", kind
        assert ok(team.psql("selin", hits.format(kind=kind))) == "1", kind
        assert ok(z(hits.format(kind=kind))) == "0", kind
        assert ok(team.psql("bilgi", hits.format(kind=kind))) == "0", kind
    assert "row-level security" in refused(z(f"INSERT INTO kd.notes (case_id, note_type, note_date, body, "
                                             f"created_at, updated_at) VALUES ({cid}, 'session', '2026-02-03', "
                                             "'x', 'x', 'x')"))
    assert ok(z(f"UPDATE kd.clients SET full_name = 'x' WHERE id = (SELECT client_id FROM kd.case_refs"
                f" WHERE id = {cid}) RETURNING id")) == ""
    refused(z(f"INSERT INTO kd.case_counselors (case_id, user_id) VALUES ({cid}, (SELECT kd.me()))"))
    # Row security cannot be switched off by a staff login, nor the checks by-passed.
    assert "row-level security" in refused(z("SET row_security = off; SELECT count(*) FROM kd.cases"))
    refused(z("UPDATE kd.users SET roles = 'counselor,supervisor' WHERE username = 'zeynep'"))
    refused(z("CREATE ROLE kd_sahte LOGIN"))
    refused(z("SET ROLE kdg_owner"))


def test_the_audit_log_and_its_key_are_beyond_every_staff_login(casework: tuple[Any, int]) -> None:
    team, _ = casework
    for user in ("ayse", "zeynep", "selin", "bilgi", "koordinator"):
        refused(team.psql(user, "SELECT * FROM kd_private.audit_key"))
        refused(team.psql(user, "SELECT kd_private.audit_write(1, 'x', NULL, '{}')"))
        refused(team.psql(user, "INSERT INTO kd.audit_log (id, at, action, details, prev_hash, hash)"
                                " VALUES (999999, 'x', 'forged', '{}', 'x', 'x')"))
        refused(team.psql(user, "UPDATE kd.audit_log SET details = '{}' WHERE id = 1"))
        refused(team.psql(user, "DELETE FROM kd.audit_log"))
        refused(team.psql(user, "UPDATE kd.audit_head SET id = 0"))
    # Through the one function allowed, the actor is the login itself: the user id cannot be chosen.
    entry = ok(team.psql("zeynep", "SELECT kd.audit_append('note_view', NULL, '{}')"))
    who = kd_support.raw(team.login("selin")).execute("SELECT u.username FROM audit_log a JOIN users u ON"
                                                      " u.id = a.user_id WHERE a.id = ?", (int(entry),)).fetchone()
    assert who[0] == "zeynep"


def test_a_supervisor_reads_all_and_writes_no_case_content(casework: tuple[Any, int]) -> None:
    team, cid = casework
    s = lambda sql: team.psql("selin", sql)  # noqa: E731
    assert ok(s("SELECT count(*) FROM kd.cases")) == "1"
    assert SECRET in ok(s("SELECT full_name FROM kd.clients"))
    refused(s(f"UPDATE kd.notes SET body = 'x' WHERE case_id = {cid}"))
    refused(s(f"UPDATE kd.cases SET status = 'closed' WHERE id = {cid}"))
    refused(s(f"INSERT INTO kd.children (case_id, name) VALUES ({cid}, 'x')"))
    refused(s("SELECT address, phone FROM kd.shelters"))  # contact details: counselors and admins only
    # Her decisions go through the checking functions, which say no as the app does.
    assert "no closure request" in refused(s(f"SELECT kd.closure_decide({cid}, true, '', '2026-02-03', '', '{{}}')"))


def test_an_admin_without_a_case_role_reads_no_case_content(casework: tuple[Any, int]) -> None:
    team, cid = casework
    b = lambda sql: team.psql("bilgi", sql)  # noqa: E731
    for table in ("cases", "clients", "notes", "intakes", "search_index"):
        assert ok(b(f"SELECT count(*) FROM kd.{table}")) == "0", table
    assert ok(b("SELECT count(*) FROM kd.audit_log WHERE target LIKE 'case:%'")) == "0"
    assert int(ok(b("SELECT count(*) FROM kd.users"))) == 6
    refused(b(f"SELECT kd.break_glass({cid}, 'bir sebep yazıyorum', 'x')"))


def test_the_server_never_sees_her_password(server_team: Any) -> None:
    """pg_authid holds the SCRAM verifier of the Argon2id-derived secret: her own password does not open it."""
    verifier = str(kd_support.raw(server_team.login("ayse")).execute(
        "SELECT rolpassword FROM pg_authid WHERE rolname = 'kd_ayse'").fetchone()[0])
    method, rest = verifier.split("$", 1)
    iterations_salt, keys = rest.split("$")
    iterations, salt = iterations_salt.split(":")
    stored = base64.b64decode(keys.split(":")[0])
    assert method == "SCRAM-SHA-256" and int(iterations) == 4096

    def stored_key(secret: str) -> bytes:
        salted = hashlib.pbkdf2_hmac("sha256", secret.encode(), base64.b64decode(salt), int(iterations))
        return hashlib.sha256(hmac.new(salted, b"Client Key", hashlib.sha256).digest()).digest()

    assert stored_key(kd_support.PASSWORD) != stored
    derived = login.derive("ayse", kd_support.PASSWORD)
    assert stored_key(derived) == stored and len(base64.urlsafe_b64decode(derived + "=")) == 32
    # The salt of the derivation is the user's own: the same password gives colleagues different secrets.
    assert login.derive("zeynep", kd_support.PASSWORD) != derived
    with pytest.raises(WrongCredentials):
        server_service.login(server_team.dsn, "ayse", kd_support.PASSWORD + "x")
    with pytest.raises(WrongCredentials):  # an unknown user reads the same
        server_service.login(server_team.dsn, "kimse", kd_support.PASSWORD)


def test_daily_work_never_as_superuser_owner_or_with_row_security_off(server_team: Any) -> None:
    su = kd_support.raw(server_team.login("koordinator"))
    for change, undo in (("ALTER ROLE kd_deniz SUPERUSER", "ALTER ROLE kd_deniz NOSUPERUSER"),
                         ("ALTER ROLE kd_deniz BYPASSRLS", "ALTER ROLE kd_deniz NOBYPASSRLS"),
                         ("GRANT kdg_owner TO kd_deniz", "REVOKE kdg_owner FROM kd_deniz"),
                         ("ALTER TABLE kd.notes DISABLE ROW LEVEL SECURITY",
                          "ALTER TABLE kd.notes ENABLE ROW LEVEL SECURITY")):
        su.execute(change)
        try:
            with pytest.raises(ServerInsecure):
                server_service.login(server_team.dsn, "deniz", kd_support.PASSWORD)
        finally:
            su.execute(undo)
    server_team.login("deniz").lock()


def test_over_the_network_only_verified_tls_and_scram() -> None:
    for dsn in ("host=10.0.0.5 dbname=kd", "host=db.merkez.local dbname=kd sslmode=require sslrootcert=ca.crt",
                "host=db.merkez.local dbname=kd sslmode=disable", "hostaddr=10.0.0.5 dbname=kd sslmode=prefer"):
        with pytest.raises(ServerInsecure):
            address.checked(dsn)
        with pytest.raises(ServerInsecure):
            address.administrative(dsn)
    params = address.checked("host=db.merkez.local dbname=kd sslrootcert=/etc/kd/merkez-ca.crt")
    assert (params["sslmode"], params["channel_binding"]) == ("verify-full", "require")
    daily = conninfo_to_dict(address.daily("host=db.merkez.local dbname=kd sslrootcert=/ca.crt", "kd_ayse", "s",
                                           "t" * 32))
    assert daily["require_auth"] == "scram-sha-256" and daily["sslmode"] == "verify-full"
    assert "idle_in_transaction_session_timeout" in str(daily["options"])
    assert "require_auth" not in address.checked("host=/var/run/postgresql dbname=kd")  # a socket: no TLS
    for bad in ("host=db dbname=kd user=postgres sslrootcert=x", "host=/tmp dbname=kd password=x", "host=/tmp"):
        with pytest.raises(InvalidInput):
            address.checked(bad)
