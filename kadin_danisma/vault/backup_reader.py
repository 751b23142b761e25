"""Reading a backup file someone hands us: its shape is checked before a byte of it is unpacked.

A backup is what `backup.create` writes: a ZIP of exactly three stored (not compressed) members, each named
once, with a manifest of at most 64 KiB. Anything else is refused at once with `BackupMalformed`: a member
deflated (a 6 MB file can hold a manifest of 2 GB), named twice (which copy is the backup?), or whose size
disagrees with the manifest, and a central directory larger than three entries need. The sizes come from
the ZIP's directory and are checked against the manifest and the free space of the target before anything
is extracted, so neither memory nor the disk can be filled by a file that claims one thing and holds
another. The manifest is parsed with `safe_json` and checked field by field (types, ranges, sizes).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import stat
import struct
import uuid
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

from ..domain import safe_json
from ..domain.errors import BackupInvalid, BackupMalformed, NotEnoughSpace, OutputExists, VaultExists
from . import audit
from .atomic import fsync_dir, write_file
from .backup import FORMAT, MANIFEST_NAME, MEMBERS
from .database import errors_translated
from .files import DB_NAME, RESTORED_MARKER, SLOTS_NAME, read_small_file
from .keyslots import KeySlotFile

MAX_MANIFEST_BYTES = 64 * 1024
MAX_SLOTS_BYTES = 1024 * 1024  # one slot is about 600 bytes; a center has tens of users
MAX_DIRECTORY_BYTES = 64 * 1024  # three entries need a few hundred bytes
SPACE_MARGIN = 16 * 1024 * 1024  # left free after unpacking (SQLite's journal, the folder's own entries)
CHUNK = 1 << 20
COPY_BLOCK = 8 << 20  # copied while the block before is hashed
# What zipfile raises for a file that is not what it claims (an unsupported version or method, a name
# that does not decode, a header cut short) besides BadZipFile.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError,
               UnicodeDecodeError, struct.error)
_EOCD = struct.Struct("<4s4H2LH")
_HEX64 = re.compile(r"[0-9a-f]{64}")
MALFORMED = "this file is not built as a Kadın Danışma backup (it may be damaged or altered)"
DAMAGED_MANIFEST = "the backup manifest is damaged"


@dataclass
class OpenBackup:
    """An open backup whose shape and manifest have been checked; members are read through it."""

    fh: IO[bytes]
    zf: zipfile.ZipFile
    manifest: dict[str, Any]

    def size(self, member: str) -> int:
        return self.zf.getinfo(member).file_size

    def read_small(self, member: str) -> bytes:
        """A whole small member (the key slots), checked against the manifest's checksum."""
        data = _read_bounded(self.zf, member, MAX_SLOTS_BYTES)
        if hashlib.sha256(data).hexdigest() != self.manifest["sha256"][member]:
            raise BackupInvalid(f"the backup file is damaged ({member} does not match its checksum)")
        return data

    def copy_member(self, member: str, out: IO[bytes]) -> None:
        """Copy a stored member into `out` (a new file opened for reading and writing) and check it against
        the manifest's size and checksum; the hash runs on a second thread beside the copy."""
        digest = hashlib.sha256()
        if _KERNEL_COPY[0]:
            self._copy_in_kernel(member, out, digest)
        if not _KERNEL_COPY[0]:  # (also when the kernel refused on the first block)
            digest = hashlib.sha256()
            out.seek(0)
            out.truncate()
            self._copy_streaming(member, out, digest)
        if digest.hexdigest() != self.manifest["sha256"][member]:
            raise BackupInvalid(f"the backup file is damaged ({member} does not match its checksum)")

    def _copy_in_kernel(self, member: str, out: IO[bytes], digest: Any) -> None:
        """copy_file_range, block by block, with no trip through Python's buffers (half the time of reading
        and writing on Linux). What is hashed is what was written: each block is read back from `out`, a
        private file, while the next one is copied, so a backup file changed while it is read cannot show
        one content to the hash and another to the copy."""
        info = self.zf.getinfo(member)
        start, size, src, dst = self._data_start(info), info.file_size, self.fh.fileno(), out.fileno()
        with ThreadPoolExecutor(max_workers=1) as hasher:
            pending = None
            done = 0
            while done < size:
                length = min(COPY_BLOCK, size - done)
                if not _kernel_copy(src, dst, start + done, done, length):
                    return  # not supported here: the caller copies by streaming instead
                if pending is not None:
                    pending.result()
                pending = hasher.submit(_hash_back, digest, dst, done, length)
                done += length
            if pending is not None:
                pending.result()

    def _copy_streaming(self, member: str, out: IO[bytes], digest: Any) -> None:
        """Read, hash (on a second thread: hashlib releases the GIL on big buffers) and write."""
        expected = self.size(member)
        copied = 0
        try:
            with ThreadPoolExecutor(max_workers=1) as hasher, self.zf.open(member) as src:
                pending = None
                for chunk in iter(lambda: src.read(CHUNK), b""):
                    copied += len(chunk)
                    if copied > expected:  # never more than the directory said (zipfile stops there too)
                        raise BackupMalformed(MALFORMED)
                    if pending is not None:
                        pending.result()
                    pending = hasher.submit(digest.update, chunk)
                    out.write(chunk)
                if pending is not None:
                    pending.result()
                out.flush()
        except _ZIP_ERRORS:
            raise BackupInvalid("the backup file is damaged") from None
        if copied != expected:
            raise BackupInvalid("the backup file is damaged (it is shorter than its directory says)")

    def _data_start(self, info: zipfile.ZipInfo) -> int:
        """Where a member's bytes begin: after its local header, whose name must be the directory's."""
        self.fh.seek(int(info.header_offset))
        header = self.fh.read(30)
        if len(header) != 30 or header[:4] != b"PK\x03\x04":
            raise BackupInvalid("the backup file is damaged")
        name_len, extra_len = int.from_bytes(header[26:28], "little"), int.from_bytes(header[28:30], "little")
        if self.fh.read(name_len) != info.orig_filename.encode("utf-8"):
            raise BackupMalformed(MALFORMED)
        return int(info.header_offset) + 30 + name_len + extra_len


def _kernel_copy(src: int, dst: int, src_pos: int, dst_pos: int, length: int) -> bool:
    """Copy `length` bytes with copy_file_range; False (and never again in this process) if the kernel or
    file system does not support it."""
    while length:
        try:
            copied = os.copy_file_range(src, dst, length, src_pos, dst_pos)
        except OSError as exc:
            if exc.errno not in (errno.ENOSYS, errno.EXDEV, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM):
                raise
            _KERNEL_COPY[0] = False
            return False
        if copied <= 0:
            raise BackupInvalid("the backup file is damaged (it is shorter than its directory says)")
        src_pos += copied
        dst_pos += copied
        length -= copied
    return True


def _hash_back(digest: Any, fd: int, pos: int, length: int) -> None:
    while length:
        chunk = os.pread(fd, min(length, CHUNK), pos)
        if not chunk:
            raise BackupInvalid("the backup file is damaged")
        digest.update(chunk)
        pos += len(chunk)
        length -= len(chunk)


# copy_file_range and pread exist on Linux (and pread on the other Unixes); until the kernel says otherwise.
_KERNEL_COPY = [hasattr(os, "copy_file_range") and hasattr(os, "pread")]


@contextlib.contextmanager
def open_backup(path: Path) -> Iterator[OpenBackup]:
    """Open a backup file and check its shape and manifest (nothing is unpacked yet)."""
    try:
        # Non-blocking only for the open itself: a FIFO under the name must not make us wait for a writer.
        fd = os.open(Path(path), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise BackupInvalid("the backup file does not exist") from None
    except OSError as exc:
        with errors_translated():
            raise exc from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise BackupInvalid("this is a folder, not a backup file")
        raise BackupInvalid("this is not a Kadın Danışma backup, or it is damaged")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    with os.fdopen(fd, "rb") as fh:
        _check_directory_size(fh)
        try:
            zf = zipfile.ZipFile(fh)
        except (*_ZIP_ERRORS, OSError):
            raise BackupInvalid("this is not a Kadın Danışma backup, or it is damaged") from None
        with zf:
            _check_members(zf, os.fstat(fh.fileno()).st_size)
            manifest = read_manifest(zf)
            _check_sizes(zf, manifest)
            yield OpenBackup(fh, zf, manifest)


def _check_directory_size(fh: IO[bytes]) -> None:
    """Before zipfile parses the central directory into objects (memory grows with its entries), read the
    end record: exactly three entries, a directory of at most 64 KiB, no archive comment (ours has none)."""
    size = fh.seek(0, os.SEEK_END)
    if size < _EOCD.size:
        raise BackupInvalid("this is not a Kadın Danışma backup, or it is damaged")
    fh.seek(size - _EOCD.size)
    sig, disk, cd_disk, entries_here, entries, cd_size, _cd_offset, comment = _EOCD.unpack(fh.read(_EOCD.size))
    if sig != b"PK\x05\x06":
        raise BackupInvalid("this is not a Kadın Danışma backup, or it is damaged")
    if disk or cd_disk or comment or entries_here != len(MEMBERS) or entries != len(MEMBERS) \
            or cd_size > MAX_DIRECTORY_BYTES:
        raise BackupMalformed(MALFORMED)
    fh.seek(0)


def _check_members(zf: zipfile.ZipFile, file_size: int) -> None:
    infos = zf.infolist()
    names = [i.filename for i in infos]
    if len(names) != len(set(names)):
        raise BackupMalformed(MALFORMED + ": a member is named twice")
    if set(names) != MEMBERS:
        raise BackupInvalid("this is not a Kadın Danışma backup, or it is damaged")
    end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.compress_type != zipfile.ZIP_STORED:
            raise BackupMalformed(MALFORMED + ": a member is compressed")
        if info.flag_bits & 0x1 or info.compress_size != info.file_size or info.extract_version > 45:
            raise BackupMalformed(MALFORMED)
        # Members follow one another without overlapping (a local header is at least 30 bytes + the name).
        if info.header_offset < end:
            raise BackupMalformed(MALFORMED)
        end = info.header_offset + 30 + len(info.orig_filename.encode("utf-8")) + info.compress_size
        if end > file_size:
            raise BackupInvalid("the backup file is damaged (it is shorter than its directory says)")
    if zf.getinfo(MANIFEST_NAME).file_size > MAX_MANIFEST_BYTES:
        raise BackupMalformed(MALFORMED + ": the manifest is too large")
    if zf.getinfo(SLOTS_NAME).file_size > MAX_SLOTS_BYTES:
        raise BackupMalformed(MALFORMED + ": the key-slot member is too large")


def _read_bounded(zf: zipfile.ZipFile, member: str, limit: int) -> bytes:
    try:
        with zf.open(member) as src:
            data = src.read(limit + 1)
    except (*_ZIP_ERRORS, OSError):
        raise BackupInvalid("the backup file is damaged") from None
    if len(data) > limit:
        raise BackupMalformed(MALFORMED)
    return data


def read_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    raw = _read_bounded(zf, MANIFEST_NAME, MAX_MANIFEST_BYTES)
    try:
        manifest = safe_json.loads(raw, max_depth=4)
    except safe_json.JsonRefused:
        raise BackupInvalid(DAMAGED_MANIFEST) from None
    if not isinstance(manifest, dict):
        raise BackupInvalid(DAMAGED_MANIFEST)
    fmt = manifest.get("format")
    if type(fmt) is not int or fmt < 1:
        raise BackupInvalid(DAMAGED_MANIFEST)
    if fmt > FORMAT:
        raise BackupInvalid("this backup was made by a newer version of Kadın Danışma")
    problem = manifest_problem(manifest)
    if problem:
        raise BackupInvalid(f"{DAMAGED_MANIFEST} ({problem})")
    return manifest


def _whole(value: object, low: int = 0, high: int = 2**63 - 1) -> bool:
    return type(value) is int and low <= value <= high


def _text(value: object, limit: int) -> bool:
    return isinstance(value, str) and len(value) <= limit and value.isprintable()


def manifest_problem(m: dict[str, Any]) -> str | None:
    """The first field of a (format 1) manifest that is missing or out of its type and range, or None.
    Unknown fields are kept (a later version may add some; the signature covers them all)."""
    head = m.get("audit_head")
    checks: list[tuple[str, Callable[[], bool]]] = [
        ("app_version", lambda: _text(m.get("app_version"), 40)),
        ("vault_id", lambda: _uuid(m.get("vault_id"))),
        ("schema_version", lambda: _whole(m.get("schema_version"), 1, 10_000)),
        ("created_at", lambda: _text(m.get("created_at"), 40)),
        ("audit_head", lambda: isinstance(head, dict) and set(head) == {"id", "hash"} and _whole(head["id"])
         and isinstance(head["hash"], str) and bool(_HEX64.fullmatch(head["hash"]))),
        ("counts", lambda: _counts(m.get("counts"))),
        ("sha256", lambda: _per_member(m.get("sha256"), lambda v: isinstance(v, str) and bool(_HEX64.fullmatch(v)))),
        ("sizes", lambda: "sizes" not in m or _per_member(m["sizes"], _whole)),
        ("mac", lambda: isinstance(m.get("mac"), str) and bool(_HEX64.fullmatch(m["mac"]))),
    ]
    for name, ok in checks:
        if not ok():
            return name
    return None


def _uuid(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _counts(value: object) -> bool:
    return isinstance(value, dict) and len(value) <= 500 and all(
        re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,63}", k) and _whole(v) for k, v in value.items())


def _per_member(value: object, ok: Callable[[object], bool]) -> bool:
    return isinstance(value, dict) and set(value) == {DB_NAME, SLOTS_NAME} and all(ok(v) for v in value.values())


def _check_sizes(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> None:
    """The directory's sizes agree with the manifest's (backups made before the manifest recorded sizes
    carry none; their members are still bounded by the directory and the checksums)."""
    sizes = manifest.get("sizes")
    if sizes is None:
        return
    for member in (DB_NAME, SLOTS_NAME):
        if zf.getinfo(member).file_size != sizes[member]:
            raise BackupMalformed(MALFORMED + ": a member's size differs from the manifest")


def check_space(folder: Path, needed: int) -> None:
    """Refuse before unpacking `needed` bytes into `folder` if its drive has not that much free (plus a
    margin): a half-unpacked restore on a full disk helps no one."""
    with errors_translated():
        free = shutil.disk_usage(folder).free
    if free < needed + SPACE_MARGIN:
        raise NotEnoughSpace(needed + SPACE_MARGIN, free)


def create_private(path: Path) -> IO[bytes]:
    """A scratch file for this user only (0600) in verify's private temporary folder, never an existing one
    and never through a symlink. Not the one file writer (vault/atomic.py) on purpose: the copy is read
    once and removed, and flushing a gigabyte to the disk first would add seconds to every verify."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    if hasattr(os, "fchmod"):  # the mode argument is masked by the umask; say it once more
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
    return os.fdopen(fd, "r+b")


# -- restore --------------------------------------------------------------------------------------------

MAX_MARKER_BYTES = 4096


def restore(path: Path, new_folder: Path) -> dict[str, Any]:
    """Unpack a backup into a new (or empty) folder, leaving it 0700 and its files 0600 whatever the folder
    was made with. Never touches an existing vault, never writes through a symlink, and leaves nothing
    behind if it fails. A marker (`read_restored_marker`) tells the next unlock to audit the restore."""
    new_folder = Path(new_folder)
    if new_folder.is_symlink() or (new_folder.exists() and not new_folder.is_dir()):
        raise VaultExists("restore goes into a new, empty folder; this is not a folder")
    if new_folder.exists() and any(new_folder.iterdir()):
        raise VaultExists("restore goes into a new, empty folder; this one is not empty", code="folder_not_empty")
    created = not new_folder.exists()
    written: list[Path] = []
    try:
        with errors_translated():
            new_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(new_folder, 0o700)  # an existing folder keeps its mode otherwise (0755 from a file manager)
        with open_backup(Path(path)) as backup:
            check_space(new_folder, backup.size(DB_NAME) + backup.size(SLOTS_NAME) + MAX_MARKER_BYTES)
            slots = backup.read_small(SLOTS_NAME)
            _write_new(new_folder / SLOTS_NAME, written, lambda out: out.write(slots))
            _write_new(new_folder / DB_NAME, written, lambda out: backup.copy_member(DB_NAME, out))
            manifest = backup.manifest
        KeySlotFile.load(new_folder / SLOTS_NAME)  # refuse a backup whose slots cannot be read
        marker = {"backup_created_at": manifest["created_at"], "audit_head": manifest["audit_head"],
                  "restored_at": audit.now_iso()}
        data = json.dumps(marker).encode("utf-8")
        _write_new(new_folder / RESTORED_MARKER, written, lambda out: out.write(data))
        with errors_translated():
            fsync_dir(new_folder)
    except BaseException:
        for done in written:  # only what this restore created: a name planted meanwhile is not ours
            with contextlib.suppress(OSError):
                done.unlink()
        if created:
            with contextlib.suppress(OSError):
                new_folder.rmdir()
        raise
    return manifest


def _write_new(path: Path, written: list[Path], fill: Callable[[BinaryIO], object]) -> None:
    """One restored file through the one file writer (a 0600 temporary created with O_EXCL and O_NOFOLLOW,
    flushed, then linked to its name, which must still be free)."""
    with errors_translated():
        try:
            write_file(path, fill, tag="kd-restore")
        except OutputExists:
            raise VaultExists("restore goes into a new, empty folder; a file appeared in it meanwhile",
                              code="folder_not_empty") from None
    written.append(path)


def read_restored_marker(folder: Path) -> dict[str, Any] | None:
    """The note `restore` leaves for the next unlock to audit, checked like any input: None if there is
    none; {"marker": "damaged"} if it is not a small regular file holding exactly the fields restore
    writes, each of its type and range (a planted or damaged note must neither stop the unlock nor put
    arbitrary text in the audit log)."""
    try:
        raw = read_small_file(Path(folder) / RESTORED_MARKER, MAX_MARKER_BYTES)
    except FileNotFoundError:
        return None
    if raw is None:
        return {"marker": "damaged"}
    try:
        data = safe_json.loads(raw, max_depth=3)
    except safe_json.JsonRefused:
        return {"marker": "damaged"}
    if not isinstance(data, dict) or set(data) != _MARKER_FIELDS:
        return {"marker": "damaged"}
    head = data["audit_head"]
    if not (_text(data["backup_created_at"], 40) and _text(data["restored_at"], 40) and isinstance(head, dict)
            and set(head) == {"id", "hash"} and _whole(head["id"]) and isinstance(head["hash"], str)
            and _HEX64.fullmatch(head["hash"])):
        return {"marker": "damaged"}
    return data


_MARKER_FIELDS = frozenset({"backup_created_at", "audit_head", "restored_at"})
