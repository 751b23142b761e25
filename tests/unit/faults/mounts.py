"""Small tmpfs mounts for the disk-full and read-only faults. Mounting needs root (CI runs as root); where
it is not possible the test fails with a message saying so, it is never skipped silently."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=False)


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A fresh tmpfs of `size` (e.g. "2m") mounted on `where`, unmounted afterwards."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.fail("this fault needs a small tmpfs, which needs Linux, root and mount(8); run the fault suite "
                    "as root (CI does), or in a container with CAP_SYS_ADMIN")
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.fail(f"could not mount a {size} tmpfs on {where} ({done.stderr.strip()}): this fault needs "
                    "CAP_SYS_ADMIN")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def remount(where: Path, *options: str) -> None:
    done = _run("mount", "-o", ",".join(("remount", *options)), str(where))
    assert done.returncode == 0, f"remount {options} of {where} failed: {done.stderr.strip()}"


def free_bytes(where: Path) -> int:
    st = os.statvfs(where)
    return st.f_bavail * st.f_frsize


def fill(where: Path, leave: int) -> Path:
    """A ballast file that leaves about `leave` bytes free on the file system of `where`."""
    ballast = where / "ballast.bin"
    size = max(0, free_bytes(where) - leave)
    with ballast.open("wb") as fh:
        chunk = b"\0" * (1 << 20)
        while size > 0:
            n = min(size, len(chunk))
            fh.write(chunk[:n])
            size -= n
    return ballast
