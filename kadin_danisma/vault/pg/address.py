"""The server address a workstation is given (a libpq connection string), checked and completed.

Over TCP only `sslmode=verify-full` with the center's CA file (`sslrootcert=`) is accepted, with SCRAM
channel binding; every connection requires SCRAM-SHA-256 (`require_auth`), so a server that asks for a
clear-text or MD5 password is refused before anything is sent. A Unix socket (the server machine itself:
the IT person's tools, the tests) needs no TLS. The address never carries a user or a password: the user
comes from the unlock screen, the password is derived (pg/login.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from ...domain.errors import InvalidInput, ServerInsecure


@dataclass(frozen=True)
class Timeouts:
    """How long the server lets one statement run, one lock be waited for, and one transaction sit idle
    (a workstation that froze or lost its network mid-save holds its locks at most this long)."""

    statement_ms: int = 60_000
    lock_ms: int = 15_000
    idle_in_transaction_ms: int = 10_000
    connect_s: int = 10


DEFAULT_TIMEOUTS = Timeouts()


def parse(dsn: str) -> dict[str, str]:
    try:
        params = {k: str(v) for k, v in conninfo_to_dict(dsn.strip()).items() if v is not None}
    except Exception:
        raise InvalidInput("the server address is not a valid connection string "
                           "(for example: host=server.merkez.local dbname=kadin_danisma "
                           "sslrootcert=merkez-ca.crt)") from None
    if not params.get("dbname"):
        raise InvalidInput("the server address must name the database (dbname=…)")
    return params


def over_socket(params: dict[str, str]) -> bool:
    hosts = (params.get("host") or "").split(",")
    return not params.get("hostaddr") and all(h == "" or h.startswith("/") for h in hosts)


def checked(dsn: str) -> dict[str, str]:
    """The address's parameters, refused unless safe; TLS settings completed for TCP."""
    params = parse(dsn)
    for key in ("user", "password", "passfile"):
        if key in params:
            raise InvalidInput("the server address must not carry a user or password: "
                               "each person signs in with her own")
    if not over_socket(params):
        mode = params.get("sslmode", "verify-full")
        if mode != "verify-full":
            raise ServerInsecure("over the network the server is reached only with sslmode=verify-full "
                                 "(TLS with the center's certificate checked); see docs/server.md")
        if not params.get("sslrootcert"):
            raise ServerInsecure("over the network the server address needs the center's CA certificate file "
                                 "(sslrootcert=…); see docs/server.md")
        params["sslmode"] = "verify-full"
        params["channel_binding"] = "require"
    return params


def daily(dsn: str, role: str, password: str, token: str, timeouts: Timeouts = DEFAULT_TIMEOUTS) -> str:
    """The connection string for a staff member's daily work."""
    params = checked(dsn)
    options = " ".join([
        "-c search_path=kd",
        f"-c statement_timeout={timeouts.statement_ms}",
        f"-c lock_timeout={timeouts.lock_ms}",
        f"-c idle_in_transaction_session_timeout={timeouts.idle_in_transaction_ms}",
        f"-c kd.session={token}",
        # psycopg prepares a statement run five times, and PostgreSQL then may plan it once for any value.
        # A search for a common word and one for a rare word need opposite plans (walk the newest notes, or
        # ask the word index): one plan for both made a counselor's searches 6-10x slower at 50,000 cases
        # (measured: p95 157 ms against 25 ms). Planning each time costs a fraction of a millisecond.
        "-c plan_cache_mode=force_custom_plan",
    ])
    params.update(user=role, password=password, require_auth="scram-sha-256", application_name="kadin-danisma",
                  connect_timeout=str(timeouts.connect_s), keepalives="1", keepalives_idle="30",
                  keepalives_interval="10", keepalives_count="3", options=options)
    return make_conninfo(**params)


def administrative(dsn: str) -> str:
    """The IT person's connection (server init, migrate, upgrade): her own login from the address or the
    environment (peer authentication on the server machine, PGPASSFILE…), TLS over the network as always."""
    params = parse(dsn)
    if not over_socket(params) and (params.get("sslmode", "verify-full") != "verify-full"
                                    or not params.get("sslrootcert")):
        raise ServerInsecure("over the network the server is reached only with sslmode=verify-full and the "
                             "center's CA file (sslrootcert=…); see docs/server.md")
    params.setdefault("application_name", "kadin-danisma-admin")
    return make_conninfo(**params)
