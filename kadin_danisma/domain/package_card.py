"""A vault's public card (issue 17): the center's name and its two public keys, as a small text file two
centers hand each other, and the fingerprint two people read to each other over the phone before pairing.

The card itself is public (keys only, no secret, no case): what must be checked is that the card in hand
is the one the other center made, which is what the fingerprint is for. It is SHA-256 over both keys,
shown as four words (6 bits each, a list of plain ASCII Turkish words that read well over the phone) and
three groups of four digits (about 13 bits each): 64 bits, so forging a card with the same fingerprint
means some 2^64 key generations. A typed-back fingerprint is compared ignoring case, dashes and spaces, and
dotted/dotless i (`domain/folding.py`), so "Kalem-Deniz" and "kalem deniz" are the same.

`partner_id` (the key of every per-partner table) is the lowercase hex SHA-256 of the Ed25519 public key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from .errors import PairingRefused
from .folding import fold

CARD_HEADER = "KADIN-DANISMA-CARD 1"
MAX_CARD_BYTES = 4096
MAX_CENTER_CHARS = 200
KEY_BYTES = 32

WORDS = (
    "ayna", "bahar", "balik", "beyaz", "bilet", "boya", "bulut", "cadde", "ceviz", "damla", "davul", "defne",
    "deniz", "dolap", "duman", "elma", "erik", "fener", "fidan", "gemi", "gitar", "hamak", "hasat", "hediye",
    "irmak", "kalem", "kamp", "kanat", "kaplan", "karpuz", "kavak", "kedi", "kemer", "kiraz", "kitap", "kova",
    "kumru", "lale", "limon", "liman", "masa", "mavi", "mektup", "meltem", "nane", "nehir", "orman", "palto",
    "pamuk", "papatya", "pinar", "radyo", "roman", "saat", "sabun", "sahil", "tarla", "tavuk", "tepe", "toprak",
    "vapur", "yaprak", "yelken", "zeytin",
)
assert len(WORDS) == 64 and len(set(WORDS)) == 64


def partner_id(ed25519_public: bytes) -> str:
    """The id of a vault as others know it: lowercase hex SHA-256 of its Ed25519 public key."""
    return hashlib.sha256(ed25519_public).hexdigest()


@dataclass(frozen=True)
class Card:
    center: str
    x25519_public: bytes
    ed25519_public: bytes

    @property
    def partner_id(self) -> str:
        return partner_id(self.ed25519_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.x25519_public, self.ed25519_public)

    def text(self) -> str:
        """The card file's text (what `identity` prints and the admin screen saves)."""
        return "\n".join((
            CARD_HEADER,
            f"center: {self.center}",
            f"x25519: {base64.b64encode(self.x25519_public).decode('ascii')}",
            f"ed25519: {base64.b64encode(self.ed25519_public).decode('ascii')}",
            f"fingerprint: {self.fingerprint}",
        )) + "\n"


def fingerprint(x25519_public: bytes, ed25519_public: bytes) -> str:
    """Four words and three groups of four digits, e.g. 'kalem-deniz-orman-limon 4821-0937-5512'."""
    digest = hashlib.sha256(b"kadin-danisma card fingerprint v1\0" + x25519_public + ed25519_public).digest()
    bits = int.from_bytes(digest[:3], "big")
    words = [WORDS[(bits >> shift) & 0x3F] for shift in (18, 12, 6, 0)]
    groups = [f"{int.from_bytes(digest[3 + 3 * k:6 + 3 * k], 'big') % 10000:04d}" for k in range(3)]
    return "-".join(words) + " " + "-".join(groups)


def _normalised(text: str) -> tuple[tuple[str, ...], str]:
    folded = fold(text)
    return tuple(re.findall(r"[a-z]+", folded)), "".join(re.findall(r"[0-9]", folded))


def same_fingerprint(typed: str, expected: str) -> bool:
    """Whether a person's typed-back fingerprint is the expected one (case, dashes and spaces ignored)."""
    return _normalised(typed) == _normalised(expected) and bool(_normalised(expected)[1])


def _key(value: str, name: str) -> bytes:
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise PairingRefused(f"the card's {name} key is not valid base64", code="card_malformed") from None
    if len(raw) != KEY_BYTES:
        raise PairingRefused(f"the card's {name} key has the wrong length", code="card_malformed")
    return raw


def parse_card(data: bytes) -> Card:
    """A card file's bytes as a Card; a file that is not one (too long, not text, a field missing, a printed
    fingerprint that does not match its keys) raises PairingRefused(code="card_malformed")."""
    if len(data) > MAX_CARD_BYTES:
        raise PairingRefused("this file is too long to be a partner card", code="card_malformed")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PairingRefused("this file is not a partner card (not text)", code="card_malformed") from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or lines[0] != CARD_HEADER:
        raise PairingRefused("this file is not a partner card", code="card_malformed")
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep or name.strip() in fields:
            raise PairingRefused("this partner card has a malformed line", code="card_malformed")
        fields[name.strip()] = value.strip()
    missing = [n for n in ("center", "x25519", "ed25519") if not fields.get(n)]
    if missing:
        raise PairingRefused(f"this partner card lacks: {', '.join(missing)}", code="card_malformed")
    center = fields["center"]
    if len(center) > MAX_CENTER_CHARS or not center.isprintable():
        raise PairingRefused("this partner card's center name is not one printable line", code="card_malformed")
    card = Card(center, _key(fields["x25519"], "receiving"), _key(fields["ed25519"], "signing"))
    printed = fields.get("fingerprint")
    if printed is not None and not same_fingerprint(printed, card.fingerprint):
        raise PairingRefused("this partner card's printed fingerprint does not match its keys",
                             code="card_malformed")
    return card
