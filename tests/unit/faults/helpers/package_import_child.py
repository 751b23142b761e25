"""Child for the kill -9 loop around package imports: unlock, then import the given package files in order
through services/packages.import_package (with the test payload stand-in, which writes many rows per
package), printing "<sequence>" after each import returned; a package imported before an earlier kill is
refused as replayed and skipped. When all are in, it waits to be killed.
Usage: package_import_child.py VAULT USER FILE...; stdin: password."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import package_standin

from kadin_danisma.domain.errors import PackageRefused
from kadin_danisma.services import packages, vault_service


def main() -> None:
    package_standin.install()
    folder, user, files = Path(sys.argv[1]), sys.argv[2], [Path(a) for a in sys.argv[3:]]
    session = vault_service.unlock(folder, user, sys.stdin.readline().rstrip("\n"))
    print("ready", flush=True)
    for f in files:
        try:
            done = packages.import_package(session, f)
        except PackageRefused as exc:
            if exc.code != "package_replayed":
                raise
            continue
        print(done.sequence, flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    main()
