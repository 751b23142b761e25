"""`make bench`, packages (issue 17): sealing and opening a `.kdpkg` file carrying 1 MB and 20 MB of payload
JSON, and the file's size.

The payload is synthetic case-like JSON (notes of random words from a Turkish pool, seeded, so it compresses
as real notes do, not as a repeated string would). Seal = compress, pad, encrypt to the recipient, sign; open
= verify the signature, decrypt, inflate with the size cap (vault/package_seal.py): the envelope alone, as
the payload's build and merge are part 2's (services/package_content.py) and measured there. The baseline, in
the same run: zlib alone on the same bytes (compress for seal, decompress for open), the floor of any
compressed format. `python scripts/bench_package_seal.py` prints the figures on their own.
"""

from __future__ import annotations

import json
import random
import statistics
import time
import zlib
from collections.abc import Callable
from typing import Any

WORDS = (
    "görüşme", "telefon", "danışan", "çocuk", "okul", "kayıt", "sığınmaevi", "koruma", "tedbir", "karar", "mahkeme",
    "avukat", "başvuru", "destek", "psikolojik", "ekonomik", "şiddet", "tehdit", "kardeş", "anne", "baba", "eş",
    "kayınpeder", "belediye", "sosyal", "hizmet", "randevu", "yarın", "bugün", "hafta", "sonra", "önce", "görüşüldü",
    "planlandı", "iletildi", "yönlendirildi", "kabul", "edildi",
)


def payload(size: int, seed: int = 17) -> bytes:
    """Case-like JSON of about `size` bytes."""
    rng = random.Random(seed)
    notes: list[dict[str, Any]] = []
    total = 0
    while total < size:
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 200)))
        note = {"uuid": f"{rng.getrandbits(128):032x}", "kind": "phone_call",
                "date": f"2026-03-0{rng.randint(1, 9)}", "body": body, "row_version": rng.randint(1, 5)}
        notes.append(note)
        total += len(body.encode("utf-8")) + 90
    return json.dumps({"cases": [{"notes": notes}]}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _times(fn: Callable[[], object], reps: int) -> list[float]:
    out = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def figures(reps: int, figure: Any, verdict: Callable[[bool], str]) -> list[Any]:
    from kadin_danisma.vault import package_seal

    sender, recipient = package_seal.Keys.generate(), package_seal.Keys.generate()
    found = []
    for label, size in (("1 MB", 1_000_000), ("20 MB", 20_000_000)):
        data = payload(size)
        n = max(2, reps // 2) if size > 5_000_000 else reps

        def seal(data: bytes = data) -> bytes:
            return package_seal.seal(data, sender, recipient.x25519_public, recipient.own_id, sequence=1,
                                     previous="", ack=0)

        sealed = seal()
        header = package_seal.read_header(sealed)
        assert package_seal.open_sealed(sealed, header, recipient, sender.ed25519_public) == data
        compressed = zlib.compress(data, 6)
        note = (f"payload {len(data) / 1e6:.1f} MB of JSON → file {len(sealed) / 1e6:.2f} MB (zlib alone "
                f"{len(compressed) / 1e6:.2f} MB; padding +{100 * (len(sealed) / len(compressed) - 1):.1f} %)")
        found.append(figure(f"package seal, {label} payload", _times(seal, n), "zlib compress alone",
                            _times(lambda data=data: zlib.compress(data, 6), n), "", "", "ms", note))

        def open_it(sealed: bytes = sealed) -> bytes:
            return package_seal.open_sealed(sealed, package_seal.read_header(sealed), recipient,
                                            sender.ed25519_public)

        found.append(figure(f"package open, {label} payload", _times(open_it, n), "zlib decompress alone",
                            _times(lambda c=compressed: zlib.decompress(c), n), "", "", "ms", note))
    return found


def main() -> int:
    from dataclasses import dataclass, field

    @dataclass
    class Shown:
        name: str
        values: list[float]
        baseline_name: str = ""
        baseline: list[float] = field(default_factory=list)
        target: str = ""
        verdict: str = ""
        unit: str = "ms"
        note: str = ""

    for f in figures(5, Shown, lambda ok: "PASS" if ok else "MISS"):
        med, base = statistics.median(f.values), statistics.median(f.baseline)
        print(f"{f.name}: {med * 1000:.0f} ms (worst {max(f.values) * 1000:.0f} ms); {f.baseline_name} "
              f"{base * 1000:.0f} ms; ratio {med / base:.2f}×; {f.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
