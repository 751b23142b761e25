"""Server mode in `make bench` (issue 16): the same synthetic vault moved onto a throwaway PostgreSQL cluster
(fsync on, Unix socket: the tests' harness, tests/pg_cluster.py), then the figures the vault gets, measured
against the vault in the same run: signing in, opening a case, saving a note, search p95; and commits per
second with 1, 4 and 8 workstations writing notes at once (separate processes), beside the vault's.

Without PostgreSQL the bench says so in its table instead of these rows.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

WRITES_PER_WRITER = 60
BODY = "Görüşme yapıldı; güvenlik planı gözden geçirildi, avukat randevusu ayarlandı. " * 3

WRITER = f"""
import sys, time
from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, notes, server_service, vault_service
kind, where, user, password, n = sys.argv[1:6]
session = (server_service.login(where, user, password) if kind == "server"
           else vault_service.unlock(where, user, password))
case_id = cases.list_cases(session, limit=1)[0].id
note = r.Note("phone_call", "2026-03-01", {BODY!r})
notes.add_note(session, case_id, note)
print("ready", flush=True)
sys.stdin.readline()
start = time.perf_counter()
for _ in range(int(n)):
    notes.add_note(session, case_id, note)
print(time.perf_counter() - start, flush=True)
session.lock()
"""


def _writers(kind: str, where: str, users: list[str], password: str, count: int) -> float:
    """Commits per second of `count` processes writing notes at once (sign-in not counted)."""
    procs = []
    env = {**os.environ}
    for i in range(count):
        procs.append(subprocess.Popen([sys.executable, "-c", WRITER, kind, where, users[i % len(users)], password,
                                       str(WRITES_PER_WRITER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      text=True, env=env))
    for p in procs:
        assert p.stdout is not None
        line = p.stdout.readline()
        if not line.startswith("ready"):
            raise RuntimeError(f"a {kind} writer did not start")
    start = time.perf_counter()
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        p.communicate(timeout=900)
    elapsed = time.perf_counter() - start
    return count * WRITES_PER_WRITER / elapsed


def figures(folder: Path, password: str, reps: int, queries: list[str], figure: Any, verdict: Any,
            p95: Any) -> list[Any]:
    """The server's rows of the table (Figure objects of scripts/bench.py)."""
    import pg_cluster
    import psycopg

    from kadin_danisma.domain import records as r
    from kadin_danisma.services import cases, demo, notes, search, server_service, vault_service

    try:
        cluster = pg_cluster.Cluster.start(fsync=True)
    except pg_cluster.Unavailable as exc:
        print(f"  server mode not measured: {exc}", flush=True)
        return [figure(f"server mode: not measured ({exc})", [0.0], unit="ms")]
    out: list[Any] = []
    try:
        with psycopg.connect(cluster.superuser_dsn(), autocommit=True) as su:
            su.execute("CREATE DATABASE kd_bench")
        copy = folder.parent / "moved"
        subprocess.run(["cp", "-a", str(folder), str(copy)], check=True)
        print("  moving the vault onto the server (server migrate) ...", flush=True)
        # The copy is the same vault (same id): this computer's note of it is put back afterwards, or the
        # later measurements would meet the older-copy warning.
        from kadin_danisma.services import paths

        note = paths.seen_vaults_file()
        noted = note.read_bytes() if note.exists() else None
        start = time.perf_counter()
        moved = server_service.migrate(copy, cluster.superuser_dsn("kd_bench"), demo.DEMO_ADMIN, password)
        migrate_s = time.perf_counter() - start
        if noted is not None:
            note.write_bytes(noted)
        dsn = cluster.dsn("kd_bench")
        counselor = f"{demo.COUNSELOR_PREFIX}1"
        # Every moved colleague has a one-time password; the bench signs them in with their usual one.
        with psycopg.connect(cluster.superuser_dsn("kd_bench"), autocommit=True) as su:
            from kadin_danisma.vault.pg import login

            for name in moved.one_time_passwords:
                su.execute(psycopg.sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    psycopg.sql.Identifier(login.role_name(name)),
                    psycopg.sql.Literal(login.verifier_for(name, password))))
            su.execute("UPDATE kd.users SET must_change_password = 0")
            su.execute("VACUUM ANALYZE")

        vault_login = [0.0]
        server_login = []
        for _ in range(reps):
            t = time.perf_counter()
            vault_service.unlock(folder, demo.SUPERVISOR, password).lock()
            vault_login.append(time.perf_counter() - t)
            t = time.perf_counter()
            server_service.login(dsn, demo.SUPERVISOR, password).lock()
            server_login.append(time.perf_counter() - t)
        f = figure("server: sign in (Argon2id-derived password, TLS-free socket, checks)", server_login,
                   "vault unlock", vault_login[1:],
                   note=f"server migrate of the same vault took {migrate_s:.0f} s")
        out.append(f)

        vault = vault_service.unlock(folder, counselor, password)
        server = server_service.login(dsn, counselor, password)
        try:
            ids = [c.id for c in cases.list_cases(vault, limit=50)]
            rng = random.Random(1)
            picks = [rng.choice(ids) for _ in range(reps * 4)]
            v_open = [_time(lambda i=i: cases.open_case(vault, i)) for i in picks]
            s_open = [_time(lambda i=i: cases.open_case(server, i)) for i in picks]
            out.append(figure("server: open a case (all tabs' data, audited)", s_open, "vault", v_open))
            case_id = ids[0]
            note = r.Note("psychosocial_session", "2026-03-01", BODY)
            notes.add_note(server, case_id, note)
            notes.add_note(vault, case_id, note)
            s_save = [_time(lambda: notes.add_note(server, case_id, note)) for _ in range(reps * 4)]
            v_save = [_time(lambda: notes.add_note(vault, case_id, note)) for _ in range(reps * 4)]
            f = figure("server: save a note (committed, audit chain on the server)", s_save, "vault", v_save,
                       "≤ 20 ms")
            f.verdict = verdict(f.median <= 0.02)
            out.append(f)
            supervisor_v = vault_service.unlock(folder, demo.SUPERVISOR, password)
            supervisor_s = server_service.login(dsn, demo.SUPERVISOR, password)
            try:
                for label, (sv, ss) in (("supervisor", (supervisor_v, supervisor_s)), ("counselor", (vault, server))):
                    s_search, v_search = [], []
                    for _ in range(max(1, reps // 2)):
                        for q in queries:
                            s_search.append(_time(lambda q=q, ss=ss: search.search(ss, q, audit=False)))
                            v_search.append(_time(lambda q=q, sv=sv: search.search(sv, q, audit=False)))
                    f = figure(f"server: search, {label} (p95 of {len(queries)} queries)", s_search, "vault",
                               v_search, "p95 < 100 ms",
                               note=f"p95 {p95(s_search) * 1000:.1f} ms on the server, "
                                    f"{p95(v_search) * 1000:.1f} ms in the vault")
                    f.verdict = verdict(p95(s_search) < 0.1)
                    out.append(f)
            finally:
                supervisor_v.lock()
                supervisor_s.lock()
        finally:
            vault.lock()
            server.lock()

        users = [f"{demo.COUNSELOR_PREFIX}{i}" for i in range(1, 6)]
        for count in (1, 4, 8):
            s_rate = _writers("server", dsn, users, password, count)
            v_rate = _writers("vault", str(folder), users, password, count)
            out.append(figure(f"server: {count} writer(s) at once, notes committed per second", [s_rate],
                              "vault, same writers", [v_rate], unit="/s",
                              note=f"{count} processes × {WRITES_PER_WRITER} notes: server {s_rate:.0f}/s, "
                                   f"vault {v_rate:.0f}/s"))
    finally:
        cluster.remove()
    return out


def _time(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median(values: list[float]) -> float:
    return statistics.median(values)
