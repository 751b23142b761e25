"""Making hostile backup files for the tests: a ZIP written by hand (any method, sizes, CRC, names twice,
a comment, overlapping members) and a backup re-signed with the vault's key after a change, so that each
inner check of verify is reached on its own."""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kadin_danisma.vault import backup
from kadin_danisma.vault.vault import Vault

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")


@dataclass
class Entry:
    name: str
    data: bytes  # as stored in the file (already deflated for method 8)
    method: int = zipfile.ZIP_STORED
    size: int | None = None  # the uncompressed size the headers claim (default: len(data))
    crc: int | None = None  # default: the CRC of data
    flags: int = 0
    offset_shift: int = 0  # move the directory's offset of this entry (overlaps)


def write_zip(path: Path, entries: list[Entry], comment: bytes = b"") -> None:
    out = bytearray()
    central = bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        size = len(e.data) if e.size is None else e.size
        offset = len(out)
        out += _LOCAL.pack(0x04034B50, 20, e.flags, e.method, 0, 0x21, crc, len(e.data), size, len(name), 0)
        out += name + e.data
        central += _CENTRAL.pack(0x02014B50, 20, 20, e.flags, e.method, 0, 0x21, crc, len(e.data), size,
                                 len(name), 0, 0, 0, 0, 0, offset + e.offset_shift) + name
    start = len(out)
    out += central
    out += _END.pack(0x06054B50, 0, 0, len(entries), len(entries), len(central), start, len(comment)) + comment
    Path(path).write_bytes(bytes(out))


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def manifest_of(path: Path) -> dict[str, Any]:
    return json.loads(members(path)[backup.MANIFEST_NAME])


def stored(parts: dict[str, bytes]) -> list[Entry]:
    return [Entry(name, data) for name, data in parts.items()]


def deflated_spaces(prefix: bytes, gib: int) -> tuple[bytes, int, int]:
    """A raw deflate stream of `prefix` and then `gib` GiB of spaces, made without ever holding them: one
    MiB of spaces is compressed once after a full flush (so it refers to nothing before it) and repeated.
    Returns (stream, uncompressed size, CRC-32)."""
    mib = b" " * (1 << 20)
    head = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = head.compress(prefix) + head.flush(zlib.Z_FULL_FLUSH)
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = block.compress(mib) + block.flush(zlib.Z_FULL_FLUSH)
    count = gib * 1024
    crc = zlib.crc32(prefix)
    for _ in range(count):
        crc = zlib.crc32(mib, crc)
    tail = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    return stream + chunk * count + tail, len(prefix) + count * len(mib), crc


def resign(path: Path, vault: Vault, db: Callable[[bytearray], None] | None = None,
           manifest: Callable[[dict[str, Any]], None] | None = None) -> None:
    """Change the database member and/or the manifest, then put right what an attacker with the key could:
    checksums, sizes and the manifest's MAC."""
    parts = members(path)
    data = bytearray(parts[backup.DB_NAME])
    if db is not None:
        db(data)
    parts[backup.DB_NAME] = bytes(data)
    m = json.loads(parts[backup.MANIFEST_NAME])
    m["sha256"][backup.DB_NAME] = hashlib.sha256(data).hexdigest()
    if "sizes" in m:
        m["sizes"][backup.DB_NAME] = len(data)
    if manifest is not None:
        manifest(m)
    m.pop("mac", None)
    m["mac"] = hmac.new(backup.manifest_key(vault), backup.canonical(m), hashlib.sha256).hexdigest()
    parts[backup.MANIFEST_NAME] = json.dumps(m).encode("utf-8")
    write_zip(path, stored(parts))
