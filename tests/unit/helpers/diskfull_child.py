"""Child for the disk-full test: unlock, optionally cap the file size (RLIMIT_FSIZE, SIGXFSZ ignored so
writes fail with EFBIG instead of killing us), then commit large settings until a write fails.
Prints "ack i" after each COMMIT and finally "error <class> <code> <message>".
Usage: diskfull_child.py VAULT USER FSIZE_HEADROOM_BYTES (0: no limit); stdin: password."""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

from kadin_danisma.domain.errors import UserFacingError
from kadin_danisma.services import vault_service
from kadin_danisma.vault import repositories


def main() -> None:
    folder, user, headroom = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    session = vault_service.unlock(folder, user, sys.stdin.readline().rstrip("\n"))
    if headroom:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        biggest = max(p.stat().st_size for p in folder.iterdir())
        limit = biggest + headroom
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    print("ready", flush=True)
    i = 0
    try:
        while i < 100_000:
            with session.write() as conn:
                repositories.set_setting(conn, f"big{i}", os.urandom(12_000).hex())
                session.log(conn, "setting_change", f"big{i}")
            print("ack", i, flush=True)
            i += 1
    except UserFacingError as exc:
        print("error", type(exc).__name__, exc.code, exc, flush=True)
    session.lock()  # best effort: writes the lock event if it can, always closes
    print("closed", flush=True)


if __name__ == "__main__":
    main()
