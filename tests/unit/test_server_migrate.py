"""`server init` and `server migrate` on the command line (issue 16): a 2,000-case vault moved onto a server in
one transaction, ids kept, and read back case by case identical; the old chain kept beside the new one; the
folder marked so nobody keeps writing to it; a second init, or a migrate into a used database, refused."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import kd_support
import pytest
import server_support

from kadin_danisma.domain.errors import VaultMoved
from kadin_danisma.services import demo, search, server_service, vault_service
from kadin_danisma.services.record_loader import load_record
from kadin_danisma.vault import database
from kadin_danisma.vault.files import MOVED_MARKER
from kadin_danisma.vault.vault import Vault

CASES = 2000


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("migrate") / "vault"
    session, report = demo.create_demo_vault(folder, n_cases=CASES, seed=7)
    session.lock()
    assert report.cases == CASES
    return folder


def cli(args: list[str], stdin: str) -> Any:
    return kd_support.run_cli(args, stdin, timeout=600)


def test_a_vault_moves_to_the_server_whole(demo_vault: Path, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    shutil.copytree(demo_vault, folder)
    reference = tmp_path / "as-it-was"
    shutil.copytree(demo_vault, reference)
    vault, _ = Vault.unlock_with_password(reference, demo.DEMO_ADMIN, demo.DEMO_PASSWORD, open_db=False)
    vconn = database.connect(vault.db_path, vault._key)
    audit_rows = "SELECT id, at, user_id, action, target, details, prev_hash, hash FROM audit_log ORDER BY id"
    before = [tuple(x) for x in vconn.execute(audit_rows).fetchall()]
    with server_support.empty_database() as (h, db):
        done = cli(["server", "migrate", "--vault", str(folder), "--server", h.cluster.superuser_dsn(db),
                    "--user", demo.DEMO_ADMIN], demo.DEMO_PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
        assert f"({CASES} cases)" in done.stdout and "every row checked" in done.stdout
        passwords = dict(line.split("\t") for line in done.stdout.splitlines() if "\t" in line)
        assert demo.SUPERVISOR in passwords and demo.DEMO_ADMIN not in passwords

        # The folder is marked: the vault is not opened for work again.
        assert (folder / MOVED_MARKER).is_file()
        with pytest.raises(VaultMoved):
            vault_service.unlock(folder, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
        refused = kd_support.run_cli(["search", "--vault", str(folder), "--user", demo.DEMO_ADMIN, "ayse"],
                                     demo.DEMO_PASSWORD + "\n")
        assert refused.returncode == 1 and "moved to the center server" in refused.stderr

        # Round trip: every case read on the server as it reads in the vault, ids and versions included.
        dsn = h.cluster.dsn(db)
        supervisor = server_service.login(dsn, demo.SUPERVISOR, passwords[demo.SUPERVISOR])
        admin = server_service.login(dsn, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
        assert supervisor.user is not None and supervisor.user.must_change_password
        try:
            ids = [int(x[0]) for x in vconn.execute("SELECT id FROM cases ORDER BY id")]
            assert len(ids) == CASES
            sconn = supervisor.connection()
            differ = [i for i in ids if load_record(vconn, i) != load_record(sconn, i)]
            assert differ == []
            # The same search finds the same cases (folding, order) in both.
            vault_session = vault_service.unlock(reference, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
            try:
                for query in ("ayse", "kadın", "2026", "şiddet", "yılmaz"):
                    assert [c.id for c in search.search(vault_session, query, audit=False)] == \
                        [c.id for c in search.search(admin, query, audit=False)], query
            finally:
                vault_session.lock()
            # The old chain beside the new one: every entry kept as it was, the new chain starting from it.
            raw = kd_support.raw(admin)
            kept = [tuple(x) for x in raw.execute(audit_rows.replace("audit_log", "vault_audit_log")).fetchall()]
            # Kept as it was, then the vault's own last entries: the admin's unlock and the move announced.
            assert kept[:len(before)] == before
            assert [x[3] for x in kept[len(before):]] == ["unlock", "server_migrate_begin"]
            first = raw.execute("SELECT action, details FROM audit_log ORDER BY id").fetchall()
            migrate_entry = next(d for a, d in first if a == "server_migrate")
            assert f'"hash":"{kept[-1][7]}"' in migrate_entry.replace(" ", "")
            assert admin.store.audit_verify(admin.connection()).ok
        finally:
            vconn.close()
            vault.close()
            supervisor.lock()
            admin.lock()


def test_server_init_on_the_command_line(tmp_path: Path) -> None:
    with server_support.empty_database() as (h, db):
        su = h.cluster.superuser_dsn(db)
        done = cli(["server", "init", "--server", su, "--admin", "Merkez.Admin", "--center", "Deneme Merkezi"],
                   kd_support.PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
        again = cli(["server", "init", "--server", su, "--admin", "ikinci"], kd_support.PASSWORD + "\n")
        assert again.returncode == 1 and "already set up" in again.stderr
        dsn = h.cluster.dsn(db)
        listed = cli(["users", "list", "--server", dsn, "--user", "merkez.admin"], kd_support.PASSWORD + "\n")
        assert listed.returncode == 0 and listed.stdout.startswith("merkez.admin\tsupervisor,admin\tactive")
        checked = cli(["verify", "--server", dsn, "--user", "merkez.admin"], kd_support.PASSWORD + "\n")
        assert checked.returncode == 0 and "ok   audit_chain" in checked.stdout, checked.stderr
        backup = cli(["backup", "--server", dsn, "--user", "merkez.admin", "--out", str(tmp_path / "b")], "")
        assert backup.returncode == 1 and "pg_dump" in backup.stderr and len(backup.stderr.splitlines()) == 1
        wrong = cli(["users", "list", "--server", dsn, "--user", "merkez.admin"], "yanlis\n")
        assert wrong.returncode == 1 and "wrong user name or password" in wrong.stderr
        # A vault moves only into an empty database.
        vault_folder, _ = kd_support.create_vault(tmp_path / "v")
        into_used = cli(["server", "migrate", "--vault", str(vault_folder), "--server", su, "--user",
                         kd_support.ADMIN], kd_support.PASSWORD + "\n")
        assert into_used.returncode == 1 and "empty database" in into_used.stderr
        assert not (vault_folder / MOVED_MARKER).exists()
