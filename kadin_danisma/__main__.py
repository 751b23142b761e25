"""Entry point: `kadin-danisma` opens the GUI; with a subcommand it is the command-line tool (§7)."""

from __future__ import annotations

import sys

from .cli import SUBCOMMANDS


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from .platform_safety import harden_process

    harden_process()
    if any(a in SUBCOMMANDS for a in args) or "--version" in args or "-h" in args or "--help" in args:
        from .cli import run

        return run(args)
    from .gui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
