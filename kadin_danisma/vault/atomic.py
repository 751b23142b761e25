"""The one file writer: every file the app writes, for a person (an export, a PDF, a backup) or for itself
(the key slots, the failed-attempt counters, this computer's note of vaults seen).

A file is written under a random name created with O_EXCL and O_NOFOLLOW in the target's own folder (mode
0600), flushed to the disk, and only then given its name by a rename, after which the folder is flushed
too. So nobody ever sees a half-written file, a crash leaves the old file or the new one, another account
cannot pre-create the temporary name to read it, and a symbolic link planted at the temporary name or at
the target is never followed: a link at the target is refused outright (a planted link once made a PDF
overwrite a vault's key-slot file). An existing target is replaced only when the caller says so (the
`--force` of the command line, or the person confirmed overwriting in the save dialog). A folder that other
accounts can write to gets a warning: they can delete or swap what is saved there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import OutputExists, OutputFolderMissing, OutputIsFolder, OutputIsLink

TMP_SUFFIX = ".tmp"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has none; there, creating a link needs privileges anyway
_BINARY = getattr(os, "O_BINARY", 0)  # without it, Windows translates line ends in the bytes written
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

Producer = bytes | Callable[[BinaryIO], object]


@dataclass(frozen=True)
class Written:
    """The file now in place, what the producer returned (a backup's manifest), and warnings to show her."""

    path: Path
    size: int
    result: object = None
    warnings: tuple[str, ...] = ()


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows has no directory fsync; NTFS journals the rename.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def folder_warning(folder: Path) -> str | None:
    """A content-free line if accounts other than this one may write into `folder` (POSIX permission bits;
    Windows folders are governed by ACLs and are not judged here)."""
    if os.name != "posix":
        return None
    try:
        mode = os.stat(folder).st_mode
    except OSError:
        return None
    if mode & (stat.S_IWGRP | stat.S_IWOTH):
        return (f"other accounts on this computer can write to the folder {folder}: they can delete or replace "
                "the file saved there; a folder of your own is safer")
    return None


def temp_names(folder: Path, tag: str) -> list[Path]:
    """Temporary files this writer may have left in `folder` for files tagged `tag` (killed writes)."""
    return [p for p in Path(folder).glob(f".{tag}-*{TMP_SUFFIX}") if not p.is_symlink()]


def check_target(path: Path, force: bool, own: bool = False) -> None:
    """Refuse a target that is a link, a folder, or (without force) an existing file, naming it. For one of
    the app's own files (`own`), a link or a FIFO planted under its name is replaced (by a rename, which
    never writes through it): refusing would leave the app unable to keep its state."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise OutputFolderMissing(f"the folder for {path} does not exist") from None
        return
    if own and not stat.S_ISDIR(st.st_mode):
        return
    if stat.S_ISLNK(st.st_mode):
        raise OutputIsLink(f"{path} is a symbolic link; choose another name (a link is never written through)")
    if stat.S_ISDIR(st.st_mode):
        raise OutputIsFolder(f"{path} is a folder; give the name of a file to write")
    if not force:
        raise OutputExists(f"{path} already exists; choose another name (or --force to replace it)")
    if not stat.S_ISREG(st.st_mode):
        raise OutputIsLink(f"{path} is not a regular file; choose another name")


def _create_temp(folder: Path, tag: str, mode: int) -> tuple[Path, int]:
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY | _CLOEXEC
    for _ in range(16):
        tmp = folder / f".{tag}-{secrets.token_hex(8)}{TMP_SUFFIX}"
        try:
            fd = os.open(tmp, flags, mode)
        except FileExistsError:
            continue  # somebody else's name (or a planted file or link): never touched, another name is drawn
        if os.name == "posix":
            os.fchmod(fd, mode)  # the umask may only have narrowed it, but say it exactly
        return tmp, fd
    raise OSError(errno.EEXIST, "no free temporary name")


def _remove_own(tmp: Path, ident: tuple[int, int]) -> None:
    """Remove our temporary file, but only if the name still points at the file we created."""
    with contextlib.suppress(OSError):
        st = os.lstat(tmp)
        if (st.st_dev, st.st_ino) == ident:
            os.unlink(tmp)


def _publish(tmp: Path, path: Path, force: bool, own: bool = False) -> None:
    check_target(path, force, own)  # again: the target may have appeared while the file was written
    if force:
        os.replace(tmp, path)  # a rename replaces a link planted meanwhile; it never writes through it
        return
    if os.name != "posix":
        try:
            os.rename(tmp, path)  # Windows: fails if the target exists
        except FileExistsError:
            raise OutputExists(f"{path} already exists; choose another name (or --force to replace it)") from None
        return
    try:
        os.link(tmp, path)  # fails if anything (a file, a link) took the name meanwhile: no silent overwrite
    except FileExistsError:
        check_target(path, False)
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
        # A file system without hard links (FAT on a USB stick): checked just before, then renamed.
        check_target(path, False)
        os.rename(tmp, path)
        return
    os.unlink(tmp)


def write_file(path: Path, content: Producer, *, force: bool = False, mode: int = 0o600, tag: str = "kd-output",
               before_publish: Callable[[int], None] | None = None, own: bool = False) -> Written:
    """Write `content` (bytes, or a function writing into the open file) to `path`; see the module docstring.

    before_publish(size) runs once the file is complete and on the disk, just before it gets its name (a
    backup is audited there). Raises OutputExists / OutputIsFolder / OutputIsLink / OutputFolderMissing
    (content-free, naming the path), or the OSError of a failed write, after removing its temporary file.
    """
    path = Path(os.path.abspath(path))
    check_target(path, force, own)
    folder = path.parent
    warning = folder_warning(folder)
    tmp, fd = _create_temp(folder, tag, mode)
    st = os.fstat(fd)
    ident = (st.st_dev, st.st_ino)
    result: object = None
    try:
        with os.fdopen(fd, "w+b") as fh:
            if isinstance(content, bytes | bytearray | memoryview):
                fh.write(content)
            else:
                result = content(fh)
            fh.flush()
            os.fsync(fh.fileno())
            size = os.fstat(fh.fileno()).st_size
        if before_publish is not None:
            before_publish(size)
        _publish(tmp, path, force, own)
    except BaseException:
        _remove_own(tmp, ident)
        raise
    fsync_dir(folder)
    return Written(path, size, result, (warning,) if warning else ())


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace one of the app's own files (key slots, counters, this computer's note) with `data`."""
    path = Path(path)
    write_file(path, data, force=True, mode=mode, tag=path.name, own=True)
