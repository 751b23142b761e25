"""The command line with the payload stand-in of the package tests (tests/unit/package_standin.py) in place of
part 2's module: `python cli_standin.py ARGS...` is `python -m kadin_danisma ARGS...` for package commands."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import package_standin

package_standin.install()
from kadin_danisma import cli  # noqa: E402

sys.exit(cli.run(sys.argv[1:]))
