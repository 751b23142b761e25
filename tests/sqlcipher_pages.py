"""Test-only: read a vault file page by page with its data key, as an attacker holding the key would, to prove
that a destroyed text is on no page at all (live, free or left over), not only absent from every table.

SQLCipher 4 layout as the app configures it (vault/database.py): 4096-byte pages, a raw 32-byte key used as
the AES-256 key, the first 16 bytes of page 1 the file's salt, each page AES-256-CBC encrypted up to its
80-byte reserve, which holds the page's IV (16 bytes) and its HMAC-SHA512 (64 bytes). The HMAC is not
checked here (PRAGMA cipher_integrity_check does that); only the text matters.

The data key comes out of a vault only through `data_key` below, which reaches into the Vault object's
private attribute: there is no such way in the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
SALT = 16
SQLITE_HEADER = b"SQLite format 3\x00"


def data_key(folder: Path, username: str, password: str) -> bytes:
    from kadin_danisma.vault.vault import Vault

    vault, _ = Vault.unlock_with_password(Path(folder), username, password, open_db=False)
    try:
        return bytes(vault._key)
    finally:
        vault.close()


def pages(path: Path, key: bytes) -> Iterator[tuple[int, bytes]]:
    """(page number from 1, decrypted page) for every page of the file; page 1 gets the plain SQLite header
    where the salt was, so it reads like an ordinary database page."""
    data = Path(path).read_bytes()
    assert len(data) % PAGE == 0, "not a whole number of pages"
    for index in range(len(data) // PAGE):
        page = data[index * PAGE:(index + 1) * PAGE]
        start = SALT if index == 0 else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + IV]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain = decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()
        yield index + 1, (SQLITE_HEADER + plain if index == 0 else plain)


def find(path: Path, key: bytes, needles: dict[str, bytes]) -> list[str]:
    """'page N: label' for every needle found on any page (empty: clean)."""
    hits = []
    for number, page in pages(path, key):
        hits += [f"page {number}: {label}" for label, needle in needles.items() if needle in page]
    return hits


def free_pages(path: Path, key: bytes) -> int:
    """The number of pages on the free list, from the database header of page 1 (offset 36)."""
    for _number, page in pages(path, key):
        return int.from_bytes(page[36:40], "big")
    return 0
