"""The page MACs of a database file that `PRAGMA integrity_check` does not read, checked here.

SQLCipher checks a page's HMAC whenever it reads the page, so `integrity_check`, which walks every b-tree
(tables, indexes, overflow chains) and the free-list trunk pages, checks theirs on the way. What it never
reads: the free-list leaf pages (it only counts them) and any page past the end the header records.
`PRAGMA cipher_integrity_check` would check every page a second time (a quarter of the time of verifying
a backup); this module checks just the ones left, and that the file holds whole pages only.

The page format is SQLCipher 4's default (checked on the connection first): 4096-byte pages whose last 80
bytes are the IV (16) and HMAC-SHA512 (64) of the page's ciphertext, IV and page number (32-bit little-endian);
page 1 starts with the 16-byte salt, which is outside the ciphertext. The HMAC key is PBKDF2-HMAC-SHA512 of
the raw data key with the salt XOR 0x3a, 2 iterations; the page key is the raw data key (AES-256-CBC).
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path
from typing import IO

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .database import Connection, errors_translated

PAGE = 4096
SALT = 16
IV = 16
MAC = 64
RESERVE = IV + MAC
_EXPECTED = {"cipher_page_size": "4096", "cipher_hmac_algorithm": "HMAC_SHA512",
             "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512", "cipher_use_hmac": "1"}
MAX_TRUNKS = 1 << 20  # a loop in the free list must not spin forever


class _Pages:
    def __init__(self, fh: IO[bytes], key: bytes, salt: bytes) -> None:
        self.fh = fh
        self.key = key
        self.mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)

    def raw(self, number: int) -> bytes:
        self.fh.seek((number - 1) * PAGE)
        return self.fh.read(PAGE)

    def mac_ok(self, number: int, page: bytes) -> bool:
        start = SALT if number == 1 else 0
        signed = page[start:PAGE - MAC] + struct.pack("<I", number)
        return hmac.compare_digest(hmac.digest(self.mac_key, signed, "sha512"), page[PAGE - MAC:])

    def plain(self, number: int, page: bytes) -> bytes:
        """The decrypted content of a page whose MAC was checked (page 1: from header offset 16 on)."""
        start = SALT if number == 1 else 0
        iv = page[PAGE - RESERVE:PAGE - MAC]
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).decryptor()
        return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def unread_page_problems(conn: Connection, path: Path, key: bytes) -> list[str]:
    """Problems with the pages integrity_check does not read (empty: every one authenticated)."""
    with errors_translated():
        settings = {name: str(conn.execute(f"PRAGMA {name}").fetchone()[0]) for name in _EXPECTED}
    if settings != _EXPECTED:
        return ["page check: the database does not use SQLCipher 4's default page format"]
    with errors_translated(), Path(path).open("rb") as fh:
        size = fh.seek(0, 2)
        if size == 0 or size % PAGE:
            return [f"page check: the file does not hold whole pages ({size} bytes)"]
        fh.seek(0)
        pages = _Pages(fh, key, fh.read(SALT))
        first = pages.raw(1)
        if not pages.mac_ok(1, first):
            return ["page check: page 1 failed its HMAC check"]
        header = pages.plain(1, first)
        # Header fields at their offsets in the database header (the plaintext starts at offset 16).
        recorded, trunk, free = struct.unpack(">I", header[12:16])[0], *struct.unpack(">II", header[16:24])
        problems = []
        if recorded != size // PAGE:
            problems.append(f"page check: the file holds {size // PAGE} pages, its header says {recorded}")
        leaves = 0
        seen: set[int] = set()
        while trunk and not problems:
            if trunk in seen or len(seen) >= MAX_TRUNKS or not 1 < trunk <= recorded:
                problems.append(f"page check: the free list is broken at page {trunk}")
                break
            seen.add(trunk)
            raw = pages.raw(trunk)
            if not pages.mac_ok(trunk, raw):
                problems.append(f"page check: page {trunk} failed its HMAC check")
                break
            body = pages.plain(trunk, raw)
            following, count = struct.unpack(">II", body[:8])
            if count > (PAGE - RESERVE) // 4 - 2:
                problems.append(f"page check: the free list is broken at page {trunk}")
                break
            for (leaf,) in struct.iter_unpack(">I", body[8:8 + 4 * count]):
                if not 1 < leaf <= recorded:
                    problems.append(f"page check: the free list names page {leaf}, outside the file")
                elif not pages.mac_ok(leaf, pages.raw(leaf)):
                    problems.append(f"page check: page {leaf} failed its HMAC check")
                if len(problems) >= 10:
                    break
            leaves += count
            trunk = following
        if not problems and len(seen) + leaves != free:
            problems.append(f"page check: the free list holds {len(seen) + leaves} pages, its header says {free}")
    return problems
