"""Server-mode commands of the command line (issue 16): `server init`, `server upgrade`, `server migrate`,
and `--server DSN` beside `--vault DIR` for every command that opens a store.

`server init`, `server upgrade` and `server migrate` connect with the IT person's own login (the DSN names
it, or libpq's environment does: peer authentication on the server machine); every other command signs in
as the staff member named by --user, with the password from stdin, exactly as the app does.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .domain.errors import NotOnServer

BACKUP_HELP = (
    "on a center server the IT person makes the backups, with the server's superuser: for example "
    "`sudo -u postgres pg_dump --format=custom --dbname=kadin_danisma | gpg --symmetric --cipher-algo AES256 "
    "> kadin-danisma-$(date +%F).dump.gpg` (or pgBackRest); see docs/server.md, 'Backups'"
)
RESTORE_HELP = (
    "on a center server the IT person restores with PostgreSQL's own tools: `gpg --decrypt FILE | sudo -u postgres "
    "pg_restore --create --dbname=postgres`, then `kadin-danisma verify --server DSN --user ADMIN`; see "
    "docs/server.md, 'Restoring'"
)


def add_store(parser: argparse.ArgumentParser, server: bool = True) -> None:
    """--vault DIR, or --server DSN (the center server's address, no user or password in it)."""
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--vault", type=Path)
    if server:
        group.add_argument("--server", metavar="DSN", help="the center server's address (docs/server.md)")


def add_parsers(sub: Any) -> None:
    s = sub.add_parser("server", help="set up a center server, or move a vault onto one (the IT person)")
    ssub = s.add_subparsers(dest="server_command", required=True, parser_class=type(s))
    i = ssub.add_parser("init", help="create the schema, roles, policies and the first admin on an empty "
                                     "database; stdin: the new admin's password")
    i.add_argument("--server", required=True, metavar="DSN", help="the database, reached with the IT person's "
                                                                   "superuser login (e.g. over the server's socket)")
    i.add_argument("--admin", required=True, help="the first admin's user name (also supervisor)")
    i.add_argument("--center", default="Kadın Danışma Merkezi", help="center name")
    i.add_argument("--name", default="", help="the admin's display name")
    u = ssub.add_parser("upgrade", help="bring the server to this app's schema level and make its functions, "
                                        "row-level security and views again (after installing a new release)")
    u.add_argument("--server", required=True, metavar="DSN", help="the database, reached with the IT person's "
                                                                   "superuser login")
    m = ssub.add_parser("migrate", help="move a vault onto an empty server database in one transaction; "
                                        "stdin: the vault admin's password (also her server password)")
    m.add_argument("--vault", required=True, type=Path)
    m.add_argument("--server", required=True, metavar="DSN")
    m.add_argument("--user", required=True, help="an admin of the vault")


def run(args: argparse.Namespace, read_secret: Any) -> int:
    from .services import server_service

    if args.server_command == "init":
        password = read_secret("New admin password: ")
        center_id = server_service.init(args.server, args.admin, args.name, password, args.center)
        print(f"server ready: center {center_id}; {args.admin.strip().lower()} signs in with her password")
        return 0
    if args.server_command == "upgrade":
        done = server_service.upgrade(args.server)
        if done.from_level == done.to_level:
            print(f"center {done.center_id} is at level {done.to_level} already; functions, row-level security "
                  "and views were made again")
        else:
            print(f"center {done.center_id} upgraded from level {done.from_level} to {done.to_level}")
        return 0
    moved = server_service.migrate(args.vault, args.server, args.user, read_secret("Password: "))
    total = sum(moved.tables.values())
    print(f"moved {total} rows in {len(moved.tables)} tables ({moved.tables.get('cases', 0)} cases) to center "
          f"{moved.center_id}; every row checked; the vault folder is marked as moved")
    if moved.one_time_passwords:
        print("ONE-TIME PASSWORDS (hand each to her in person; she chooses her own at first sign-in):")
        for name, password in sorted(moved.one_time_passwords.items()):
            print(f"{name}\t{password}")
    return 0


def refuse_on_server(command: str) -> None:
    if command == "backup":
        raise NotOnServer(BACKUP_HELP)
    if command == "restore":
        raise NotOnServer(RESTORE_HELP)
    raise NotOnServer("a center server is created with `kadin-danisma server init` (docs/server.md)")
