"""Shared parts of the kill -9 loops (tests/unit/faults and test_crash.py): a seeded clock for the kills
(printed, so a failure can be replayed with KD_FAULT_SEED=<seed>), the child process plumbing, and the
checks every loop makes after a kill.

A child does real work through the services and prints one acknowledgement line after each COMMIT (or
finished file) returns; the parent kills it with SIGKILL at a random moment, then opens the vault itself.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import kd_support

from kadin_danisma.vault import audit, database
from kadin_danisma.vault.database import integrity_problems
from kadin_danisma.vault.vault import Vault

HELPERS = Path(__file__).parent / "faults" / "helpers"
# What a vault folder may hold after a crash: the database, its WAL and shared memory, the key slots, their
# lock file and the failed-attempt counters.
VAULT_FILES = {"vault.db", "vault.db-wal", "vault.db-shm", "keyslots.json", "keyslots.json.lock",
               "unlock-attempts.json"}


def seeded(name: str) -> tuple[int, random.Random]:
    """A seed for this loop (KD_FAULT_SEED replays one), printed with the test's output."""
    seed = int(os.environ.get("KD_FAULT_SEED") or random.randrange(1 << 30))
    print(f"{name}: seed {seed} (replay: KD_FAULT_SEED={seed})")
    return seed, random.Random(seed)


def spawn(script: str, args: Iterable[object], stdin: str, helpers: Path = HELPERS,
          close_stdin: bool = False) -> subprocess.Popen[str]:
    """Start a helper script (tests/unit/faults/helpers by default) with the test's environment (HOME,
    TMPDIR, ...); close_stdin for children that read their input to the end."""
    proc = subprocess.Popen(
        [sys.executable, str(helpers / script), *map(str, args)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
    )
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    if close_stdin:
        proc.stdin.close()
    else:
        proc.stdin.flush()
    return proc


def wait_for(proc: subprocess.Popen[str], word: str) -> str:
    """Read lines until one starts with `word` (a child that dies first fails the test with its stderr)."""
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith(word):
        proc.kill()
        proc.wait()
        err = proc.stderr.read() if proc.stderr else ""
        raise AssertionError(f"child said {line!r} instead of {word!r}: {err[-3000:]}")
    return line


def kill(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """SIGKILL, then everything it printed before dying. Fails if it had ended by itself (a crash)."""
    proc.kill()
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()  # EOF once the child is gone
    proc.wait(timeout=30)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    assert proc.returncode == -9, f"the child ended by itself ({proc.returncode}): {err[-3000:]}"
    return out, err


@dataclass
class Keys:
    data: bytes
    audit: bytes


def keys_of(folder: Path, username: str = kd_support.ADMIN, password: str = kd_support.PASSWORD) -> Keys:
    """The data key, read once, so the checks after each kill cost no key derivation."""
    vault, _ = Vault.unlock_with_password(folder, username, password, open_db=False)
    try:
        return Keys(bytes(vault._key), vault.audit_key)
    finally:
        vault.close()


def open_checked(folder: Path, keys: Keys, context: str) -> Any:
    """A connection to the vault after a kill, once every page authenticated, the structure, foreign keys
    and the audit chain were found intact. The caller closes it."""
    conn = database.connect(folder / "vault.db", keys.data)
    try:
        assert integrity_problems(conn) == [], context
        chain = audit.verify(conn, keys.audit)
        assert chain.ok, f"{chain.problem} ({context})"
    except BaseException:
        conn.close()
        raise
    return conn


def stray_files(folder: Path, allowed: set[str] = VAULT_FILES) -> list[str]:
    return sorted(p.name for p in Path(folder).iterdir() if p.name not in allowed)


def plaintext_hits(roots: Iterable[Path], *texts: str) -> list[str]:
    needles: dict[str, bytes] = {}
    for text in texts:
        needles.update({f"{text[:12]}… {k}": v for k, v in kd_support.text_needles(text).items()})
    return kd_support.scan(roots, needles)


def assert_nothing_left(folder: Path, scan_roots: Iterable[Path], token: str, context: str) -> None:
    """After a kill: no stray file in the vault folder, and the run's token in plain text nowhere."""
    assert stray_files(folder) == [], context
    assert plaintext_hits([*scan_roots, folder], token) == [], context


def fts_has(conn: Any, rowid: int, word: str) -> bool:
    """The full-text index holds `word` (already folded) for this rowid."""
    row = conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid = ?",
                       (f'"{word}"', rowid)).fetchone()
    return row is not None
