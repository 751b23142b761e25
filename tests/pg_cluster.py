"""A throwaway PostgreSQL cluster for the server tests and `make bench`: initdb in a temporary folder (as the
`postgres` OS user when run as root: initdb refuses root), listening on a Unix socket in that folder only
(listen_addresses=''), SCRAM for everyone, stopped and removed at the end.

`Cluster.start()` returns the cluster, or raises Unavailable with the reason (no binaries, no user to run
them as), which the test session reports as "N server tests not run: <reason>".
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"


class Unavailable(Exception):
    pass


def find_bin() -> Path:
    override = os.environ.get("KD_PG_BIN")
    if override:  # exactly this folder (also how a machine without PostgreSQL is tried out)
        if (Path(override) / "initdb").exists() and (Path(override) / "pg_ctl").exists():
            return Path(override)
        raise Unavailable(f"no PostgreSQL in KD_PG_BIN={override}")
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name),
                        reverse=True)
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    raise Unavailable("PostgreSQL is not installed (apt-get install postgresql; CI installs it)")


class Cluster:
    def __init__(self, root: Path, bindir: Path, run_as: str | None, password: str, fsync: bool) -> None:
        self.root = root
        self.bindir = bindir
        self.run_as = run_as
        self.password = password
        self.data = root / "data"
        self.socket_dir = root / "sock"
        self.port = 5432
        self.fsync = fsync

    # -- processes ---------------------------------------------------------------------------------------
    def _cmd(self, *args: str) -> list[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        return ["runuser", "-u", self.run_as, "--", *cmd] if self.run_as else cmd

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=timeout, check=False,
                              cwd=self.root)

    @classmethod
    def start(cls, fsync: bool = False) -> Cluster:
        bindir = find_bin()
        run_as = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise Unavailable("running as root and there is no 'postgres' user to run initdb as") from None
            if shutil.which("runuser") is None:
                raise Unavailable("running as root without runuser to start PostgreSQL as 'postgres'")
            run_as = SUPERUSER
        root = Path(tempfile.mkdtemp(prefix="kd-pg-", dir="/tmp"))
        cluster = cls(root, bindir, run_as, secrets.token_hex(16), fsync)
        try:
            cluster._init_and_start()
        except BaseException:
            cluster.remove()
            raise
        return cluster

    def _init_and_start(self) -> None:
        self.socket_dir.mkdir()
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if self.run_as:
            entry = pwd.getpwnam(self.run_as)
            for path in (self.root, self.socket_dir, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self.root.chmod(0o700)
        done = self.run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile), "-A",
                        "scram-sha-256", "-E", "UTF8", "--locale", "C", "--no-sync", "--no-instructions")
        pwfile.unlink()
        if done.returncode != 0:
            raise Unavailable("initdb failed: " + (done.stderr.strip().splitlines() or ["?"])[-1])
        settings = [
            "listen_addresses = ''", f"unix_socket_directories = '{self.socket_dir}'", f"port = {self.port}",
            "max_connections = 200", "shared_buffers = 128MB", "log_min_messages = warning",
            f"fsync = {'on' if self.fsync else 'off'}", "full_page_writes = off" if not self.fsync else "",
        ]
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n".join(s for s in settings if s) + "\n")
        self.pg_ctl_start()

    def pg_ctl_start(self) -> None:
        done = self.run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60",
                        "start")
        if done.returncode != 0:
            raise Unavailable("the test server did not start: " + self.log_tail())

    def stop(self, mode: str = "fast") -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self, mode: str = "fast") -> None:
        self.stop(mode)
        self.pg_ctl_start()

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return (self.root / "server.log").read_text(errors="replace")[-2000:]
        return ""

    def remove(self) -> None:
        if self.data.exists():
            with contextlib.suppress(Exception):
                self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- addresses ---------------------------------------------------------------------------------------
    def dsn(self, dbname: str = "postgres") -> str:
        """The address a workstation would be given (socket: no TLS, no user)."""
        return f"host={self.socket_dir} port={self.port} dbname={dbname}"

    def superuser_dsn(self, dbname: str = "postgres") -> str:
        return f"{self.dsn(dbname)} user={SUPERUSER} password={self.password}"

    def psql(self, dbname: str, role: str, password: str, sql: str) -> subprocess.CompletedProcess[str]:
        """Raw psql as a given login (the tests' "what may this role do by hand")."""
        env = {**os.environ, "PGPASSWORD": password, "PGHOST": str(self.socket_dir), "PGPORT": str(self.port)}
        psql = self.bindir / "psql" if (self.bindir / "psql").exists() else Path(shutil.which("psql") or "psql")
        return subprocess.run([str(psql), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-U", role,
                               "-d", dbname, "-c", sql], capture_output=True, text=True, env=env, timeout=60,
                              check=False)


def wait_ready(cluster: Cluster, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = cluster.run("pg_isready", "-h", str(cluster.socket_dir), "-p", str(cluster.port))
        if done.returncode == 0:
            return
        time.sleep(0.1)
    raise Unavailable("the test server did not become ready")
