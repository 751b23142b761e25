"""The command line (§7): scripting and admin tasks over the same services the GUI uses.

Passwords and recovery keys come from standard input, one per line (never from arguments, which other
users can read in the process list). A user mistake prints one line on stderr and exits non-zero.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, cli_cases, cli_input, cli_packages, cli_reports, cli_retention, cli_server
from .cli_server import add_store
from .domain.errors import InvalidInput, MalformedInput, PasswordChangeRequired, UserFacingError, VaultNotFound
from .domain.roles import parse_roles, roles_to_text
from .services import backups, paths, users, vault_service
from .services.session import Session

SUBCOMMANDS = ("init", "users", "backup", "verify", "restore", "demo-data", "import", "export", "search", "cases",
               "referrals", "export-pdf", "report", "appointments", "retention", "self-check", "rekey", "server",
               "identity", "pair", "partner", "package")
PROG = "kadin-danisma"


class CliError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: scripts read the last line.
        raise CliError(f"{message} (see '{self.prog} --help')")


class SecretReader:
    """Reads secrets line by line from stdin (or prompts without echo on a terminal)."""

    def __init__(self) -> None:
        self.interactive = sys.stdin is not None and sys.stdin.isatty()

    def read(self, prompt: str) -> str:
        if self.interactive:
            return cli_input.secret_line(getpass.getpass(prompt), prompt)
        try:
            line = sys.stdin.readline() if sys.stdin is not None else ""
        except UnicodeDecodeError:
            raise MalformedInput("standard input is not UTF-8 text") from None
        if not line:
            raise CliError(f"expected a line on standard input: {prompt.rstrip(': ').lower()}")
        return cli_input.secret_line(line.rstrip("\r\n"), prompt)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Kadın Danışma: encrypted case records (command line).")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    init = sub.add_parser("init", help="create a vault; stdin: the first admin's password")
    add_store(init)
    init.add_argument("--admin", required=True, help="user name of the first admin (also supervisor)")
    init.add_argument("--center", default="Kadın Danışma Merkezi", help="center name")
    init.add_argument("--name", default="", help="the admin's display name")
    init.add_argument("--demo", action="store_true",
                      help="a demo vault for training: only such a vault takes demo-data (synthetic cases and demo "
                           "accounts with a published password); never put real cases in it")

    u = sub.add_parser("users", help="list, add, disable users or change passwords")
    usub = u.add_subparsers(dest="users_command", parser_class=_Parser, required=True)
    for name, text in (
        ("list", "list users; stdin: your password"),
        ("add", "add a user; stdin: your password, then the new user's first password"),
        ("passwd", "change your password (stdin: current, new) or, as admin, reset TARGET's (stdin: yours, "
                   "new); with --recovery, stdin: the recovery key, then TARGET's new password"),
        ("disable", "disable a user; stdin: your password"),
    ):
        sp = usub.add_parser(name, help=text, description=text)
        add_store(sp)
        if name == "passwd":
            sp.add_argument("--user", help="you (omit with --recovery)")
            sp.add_argument("--recovery", action="store_true", help="unlock with the recovery key")
            sp.add_argument("target", nargs="?", help="whose password to reset (default: your own)")
        else:
            sp.add_argument("--user", required=True, help="you (an admin, except for list)")
        if name == "add":
            sp.add_argument("username")
            sp.add_argument("--roles", required=True, help="comma-separated: counselor, supervisor, admin")
            sp.add_argument("--name", default="", help="display name")
        if name == "disable":
            sp.add_argument("username")

    b = sub.add_parser("backup", help="write an encrypted backup file; stdin: your password")
    add_store(b)
    b.add_argument("--user", required=True)
    b.add_argument("--out", required=True, type=Path)
    b.add_argument("--force", action="store_true", help="replace an existing file of that name")

    v = sub.add_parser("verify", help="check a vault or a backup; exit 0 only if every check passes (a vault older "
                                      "than what this computer or the newest backup recorded fails)")
    target = v.add_mutually_exclusive_group(required=True)
    target.add_argument("--vault", type=Path)
    target.add_argument("--server", metavar="DSN", help="the center server's address (docs/server.md)")
    target.add_argument("--backup", type=Path)
    v.add_argument("--user", required=True)
    v.add_argument("--accept-older", action="store_true",
                   help="keep working with this copy although it is older than (or diverged from) what was recorded")

    k = sub.add_parser("rekey", help="change the vault's data key (after disabling a user): the database is "
                                     "re-encrypted, every user's slot re-wrapped, a new recovery key printed; "
                                     "stdin: your (admin) password")
    k.add_argument("--vault", required=True, type=Path)
    k.add_argument("--user", required=True)

    sub.add_parser("self-check", help="check this installation on a temporary vault (no password, no display "
                   "needed); exit 0 only if every check passes")

    r = sub.add_parser("restore", help="restore a backup into a new folder")
    r.add_argument("--backup", type=Path)
    add_store(r)
    cli_cases.add_parsers(sub)
    cli_reports.add_parser(sub)
    cli_retention.add_parser(sub)
    cli_packages.add_parsers(sub)
    cli_server.add_parsers(sub)
    return p


def _require_vault(folder: Path) -> None:
    # Say "no vault" before asking for a password that could not help.
    if not vault_service.vault_exists(folder):
        raise VaultNotFound(f"no vault in {cli_input.shown_path(folder)}")


def _unlock(args: argparse.Namespace, secrets: SecretReader, password: str | None = None,
            allow_pending: bool = False) -> Session:
    """Unlock as --user, the vault or the server the command names. A user who must still change the password
    an administrator set may do nothing else (`users passwd` is the way out): the services refuse it too,
    this says so before any work."""
    session = _open(args, args.user, secrets.read, password)
    if session.password_change_pending and not allow_pending:
        session.lock()
        raise PasswordChangeRequired()
    return session


def _open(args: argparse.Namespace, user: str, read: Any, password: str | None = None) -> Session:
    """Her session on the vault or the server the command names (password from stdin unless given)."""
    password = read("Password: ") if password is None else password
    if getattr(args, "server", None):
        from .services import server_service

        return server_service.login(args.server, user, password)
    _require_vault(args.vault)
    return vault_service.unlock(args.vault, user, password)


def _unlock_reported(args: argparse.Namespace, secrets: SecretReader) -> Session:
    session = _unlock(args, secrets)
    _report_failed(session)
    return session


def _report_failed(session: Session) -> None:
    """The unlock's warnings, one line each on stderr: failed attempts, an older copy of the vault. The
    command goes on; an older copy stays unaccepted (only the app asks her), so it is reported every time."""
    if session.failed_attempts_report:
        print(f"warning: {session.failed_attempts_report} failed unlock attempt(s) since the last unlock",
              file=sys.stderr)
    if session.older_copy is not None:
        print(f"warning: {session.older_copy.summary()}", file=sys.stderr)


def _cmd_init(args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.server:
        cli_server.refuse_on_server("init")
    password = secrets.read("New admin password: ")
    if secrets.interactive and secrets.read("Repeat the password: ") != password:
        raise CliError("the passwords do not match")
    created = vault_service.create_vault(args.vault, args.center, args.admin.strip().lower(), args.name, password,
                                         demo=args.demo)
    created.session.lock()
    print(f"Vault created in {cli_input.shown_path(args.vault)}"
          + (" (a DEMO vault: never put real cases in it)" if args.demo else ""))
    print("RECOVERY KEY (shown only once; print it or write it down and keep it locked away):")
    print(created.recovery_key)
    return 0


def _cmd_users(args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.users_command == "passwd" and args.recovery:
        if not args.target:
            raise CliError("with --recovery, name the user whose password to reset")
        if args.server:
            raise CliError("a center server has no recovery key: an admin resets passwords (docs/server.md)")
        _require_vault(args.vault)
        session = vault_service.unlock_with_recovery(args.vault, secrets.read("Recovery key: "))
        try:
            _report_failed(session)
            users.reset_password(session, args.target, secrets.read("New password: "), must_change=False)
        finally:
            session.lock()
        print(f"password reset for {args.target.strip().lower()}")
        return 0
    if not args.user:
        raise CliError("--user is required")
    password = secrets.read("Password: ")
    own_passwd = args.users_command == "passwd" and (args.target or args.user).strip().lower() == \
        args.user.strip().lower()
    session = _unlock(args, secrets, password, allow_pending=own_passwd)
    try:
        _report_failed(session)
        cmd = args.users_command
        if cmd == "list":
            for row in users.list_users(session):
                state = "disabled" if row.disabled else "active"
                print(f"{row.username}\t{roles_to_text(row.roles)}\t{state}\t{row.display_name}")
        elif cmd == "add":
            try:
                roles = parse_roles(args.roles)
            except ValueError as exc:
                raise InvalidInput(str(exc)) from None
            row = users.add_user(session, args.username, args.name, roles, secrets.read("New user's password: "))
            print(f"added {row.username} ({roles_to_text(row.roles)}); she must change the password at first unlock")
        elif cmd == "passwd":
            new = secrets.read("New password: ")
            target = (args.target or args.user).strip().lower()
            if session.user is not None and target == session.user.username:
                users.change_own_password(session, password, new)
                print("password changed")
            else:
                users.reset_password(session, target, new)
                print(f"password reset for {target}; she must change it at next unlock")
        elif cmd == "disable":
            users.disable_user(session, args.username)
            if getattr(args, "server", None):  # a server has no vault key: her login is switched off
                print(f"disabled {args.username.strip().lower()}; her login can no longer sign in")
            else:
                print(f"disabled {args.username.strip().lower()}; a copy of her old key could still open this "
                      f"vault until 'kadin-danisma rekey --vault {args.vault} --user {args.user}' changes its key")
    finally:
        session.lock()
    return 0


def _cmd_backup(args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.server:
        cli_server.refuse_on_server("backup")
    paths.check_output(args.out, args.force)
    session = _unlock(args, secrets)
    try:
        _report_failed(session)
        manifest = backups.backup_now(session, args.out, force=args.force)
    finally:
        session.lock()
    print_output_warning(args.out)
    print(f"backup written to {cli_input.shown_path(args.out)} (audit head {manifest['audit_head']['id']}, "
          f"schema {manifest['schema_version']})")
    return 0


def print_output_warning(path: Path) -> None:
    """One `warning:` line on stderr if other accounts can write to the folder a file was saved into."""
    warning = paths.output_warning(path)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)


def _cmd_rekey(args: argparse.Namespace, secrets: SecretReader) -> int:
    from .services import rekey

    session = _unlock(args, secrets)
    try:
        _report_failed(session)
        outcome = rekey.rekey(session)
    finally:
        session.lock()
    print(f"the vault's key was changed: {len(outcome.rewrapped)} account(s) keep their password"
          + (f", {outcome.dropped} slot(s) of disabled users or damaged entries were removed" if outcome.dropped
             else ""))
    print("NEW RECOVERY KEY (the old one no longer works; shown only once, print it or write it down):")
    print(outcome.recovery_key)
    if outcome.one_time_passwords:
        print("ONE-TIME PASSWORDS (these accounts must choose a new password at their next sign-in):")
        for username, password in sorted(outcome.one_time_passwords.items()):
            print(f"{username}\t{password}")
    return 0


def _cmd_verify(args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.vault is not None:
        _require_vault(args.vault)
    password = secrets.read("Password: ")
    if args.backup is not None:
        report = vault_service.verify_backup(args.backup, args.user, password)
    else:
        session = _unlock(args, secrets, password)
        try:
            _report_failed(session)
            report = vault_service.verify_session(session, accept_older=args.accept_older)
        finally:
            session.lock()
    for name, passed, detail in report.checks:
        print(f"{'ok  ' if passed else 'FAIL'} {name}: {detail}")
    print("verify: all checks passed" if report.ok else "verify: FAILED", file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def _cmd_self_check(args: argparse.Namespace, secrets: SecretReader) -> int:
    from .services import self_check

    extra: list[self_check.ExtraCheck] = []
    try:
        # Imported only here: the rest of the CLI never loads Qt (tests/unit/test_layers.py).
        from .gui import qt_check
    except ImportError:
        print("skip qt: PySide6 is not importable in this Python")
    else:
        extra.append(qt_check.checks)
    report = self_check.run(lambda check: print(check.line(), flush=True), extra)
    print("self-check: all checks passed" if report.ok else "self-check: FAILED",
          file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def _cmd_restore(args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.server:
        cli_server.refuse_on_server("restore")
    if args.backup is None:
        raise CliError("--backup is required")
    manifest = vault_service.restore_backup(args.backup, args.vault)
    print(f"restored into {cli_input.shown_path(args.vault)} (backup of {manifest['created_at']}); "
          "run 'verify --vault' with a user's password to check it")
    return 0


_COMMANDS = {
    "init": _cmd_init, "users": _cmd_users, "backup": _cmd_backup, "verify": _cmd_verify, "restore": _cmd_restore,
    "self-check": _cmd_self_check, "rekey": _cmd_rekey,
}


def _password_change_hint(args: argparse.Namespace | None) -> str:
    if args is None or getattr(args, "vault", None) is None or not getattr(args, "user", None):
        return ""
    how = f"{PROG} users passwd --vault {args.vault} --user {args.user.strip().lower()}"
    return f"; run '{how}' (standard input: the current password, then the new one)"


def run(argv: list[str]) -> int:
    args: argparse.Namespace | None = None
    cli_input.protect_output()
    try:
        args = _parser().parse_args(argv)
        if not args.command:
            raise CliError("name a command: " + ", ".join(SUBCOMMANDS))
        cli_input.check_arguments(args)
        secrets = SecretReader()
        args.read_secret = secrets.read  # a command may need a second secret (a PDF password)
        if args.command == "server":
            return cli_server.run(args, secrets.read)
        if args.command in cli_cases.COMMANDS:
            return cli_cases.COMMANDS[args.command](args, lambda a: _unlock_reported(a, secrets))
        if args.command in cli_reports.COMMANDS:
            return cli_reports.COMMANDS[args.command](args, lambda a: _unlock_reported(a, secrets))
        if args.command in cli_packages.COMMANDS:
            return cli_packages.COMMANDS[args.command](args, lambda a: _unlock_reported(a, secrets))
        if args.command in cli_retention.COMMANDS:
            return cli_retention.COMMANDS[args.command](args, lambda a: _unlock_reported(a, secrets))
        return _COMMANDS[args.command](args, secrets)
    except CliError as exc:
        print(f"{PROG}: error: {cli_input.one_line(str(exc))}", file=sys.stderr)
        return 2
    except PasswordChangeRequired as exc:
        print(f"{PROG}: error: {cli_input.one_line(str(exc) + _password_change_hint(args))}", file=sys.stderr)
        return 1
    except UserFacingError as exc:
        print(f"{PROG}: error: {cli_input.one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        print(f"{PROG}: internal error ({type(exc).__name__}); nothing was changed after the last save",
              file=sys.stderr)
        return 70


def main() -> int:
    return run(sys.argv[1:])
