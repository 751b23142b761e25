"""Packages' content (issue 17, part 2): payload size and build/apply time for a 200-note case and for a
40-resident shelter, next to the plain interchange export/import of the same cases in the same run.

Two vaults made here (synthetic data only): a center with one case of 200 notes and a shelter of 40 women
(5 notes, a child, a measure each), and a fresh laptop vault copied before each apply. Figures: the first
(whole) package built and applied, its JSON size and its size compressed (zlib, as part 1 compresses before
sealing); then a later package after 5 notes and one changed field (the delta). Baseline: interchange's
export_case + import_document for the same cases. Sealing (encryption, signature) is part 1's and not
counted. Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_packages.py` (BENCH_REPS, default 3).
Writes docs/bench/packages.md.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

os.environ.setdefault("KADIN_DANISMA_SKIP_KDF_CALIBRATION", "1")

from kadin_danisma.domain import records as r
from kadin_danisma.domain.roles import Role
from kadin_danisma.services import (
    cases,
    interchange,
    measures,
    notes,
    package_content,
    shelters,
    users,
    vault_service,
)
from kadin_danisma.services.record_loader import load_record

PASSWORD = "Guclu-Parola-2026"
PARTNER = "c" * 64
WORDS = (
    "görüşme", "danışan", "güvenli", "ev", "çocuk", "okul", "avukat", "tedbir", "karar", "mahkeme", "kolluk",
    "başvuru", "destek", "psikolojik", "sosyal", "hizmet", "barınma", "iş", "gelir", "sağlık", "randevu",
    "tercüman", "aile", "komşu", "telefon", "korku", "plan", "adım",
)
OUT = Path(__file__).resolve().parent.parent / "docs" / "bench" / "packages.md"


def body(rng: random.Random, words: int = 90) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def make_vault(folder: Path) -> None:
    made = vault_service.create_vault(folder, "Bench Merkezi", "koordinator", "Koordinatör", PASSWORD)
    users.add_user(made.session, "ayse", "Ayşe", frozenset({Role.COUNSELOR}), PASSWORD)
    with made.session.write() as conn:
        conn.execute("UPDATE users SET must_change_password = 0")
    made.session.lock()


def a_case(session: Any, rng: random.Random, name: str, n_notes: int) -> str:
    case_id = cases.create_case(session, r.Client(full_name=name, birth_year=1985,
                                                  safe_contact=r.SafeContact(safe_phone="0555 000 00 00")),
                                r.Intake("2026-10-01", violence_types=["physical"]),
                                children=[r.Child("Çocuk " + name.split()[0], 2017, "female", True, "Okul")])
    measures.save_measure(session, case_id, r.Measure("no_approach", "family_judge", "2026-10-02", "2026-10-02"))
    for k in range(n_notes):
        notes.add_note(session, case_id, r.Note("psychosocial_session", f"2026-10-{1 + k % 28:02d}", body(rng)))
    return str(session.connection().execute("SELECT case_number FROM cases WHERE id = ?", (case_id,)).fetchone()[0])


def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def measure(center: Any, fresh: Path, work: Path, numbers: list[str], reps: int) -> dict[str, Any]:
    out: dict[str, list[float]] = {"build": [], "apply": [], "export": [], "import": [], "delta_build": [],
                                   "delta_apply": []}
    sizes: dict[str, int] = {}
    for rep in range(reps):
        with center.write() as conn:  # the first package (whole): as if to a new partner each time
            conn.execute("DELETE FROM package_base")
            t, payload = timed(lambda c=conn: package_content.build(center, c, PARTNER, numbers, sequence=1, acked=0))
        out["build"].append(t)
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
        sizes["whole_json"], sizes["whole_zlib"] = len(text), len(zlib.compress(text, 6))
        target = work / f"laptop-{len(numbers)}-{rep}"
        shutil.copytree(fresh, target)
        laptop = vault_service.unlock(target, "ayse", PASSWORD)
        try:
            incoming = json.loads(text)

            def apply(s: Any = laptop, p: dict[str, Any] = incoming) -> Any:
                with s.write() as wconn:
                    return package_content.apply(s, wconn, PARTNER, p, sequence=1, acked=0)
            t, _ = timed(apply)
            out["apply"].append(t)
            # a later package: 5 notes and one field changed at the center since the laptop's acknowledgement
            number = numbers[0]
            case_id = int(center.connection().execute("SELECT id FROM cases WHERE case_number = ?",
                                                      (number,)).fetchone()[0])
            rng = random.Random(rep)
            for _ in range(5):
                notes.add_note(center, case_id, r.Note("psychosocial_session", "2026-11-20", body(rng)))
            client = load_record(center.connection(), case_id).client
            client.income = f"gelir {rep}"
            cases.update_client(center, case_id, client)
            with center.write() as conn:
                t, delta = timed(lambda c=conn: package_content.build(center, c, PARTNER, numbers, sequence=2,
                                                                      acked=1))
            out["delta_build"].append(t)
            dtext = json.dumps(delta, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
            sizes["delta_json"], sizes["delta_zlib"] = len(dtext), len(zlib.compress(dtext, 6))

            later = json.loads(dtext)

            def apply_delta(s: Any = laptop, p: dict[str, Any] = later) -> Any:
                with s.write() as wconn:
                    return package_content.apply(s, wconn, PARTNER, p, sequence=2, acked=1)
            t, _ = timed(apply_delta)
            out["delta_apply"].append(t)
        finally:
            laptop.lock()
        # the baseline: the plain interchange file of the same cases, exported and imported
        ids = [int(center.connection().execute("SELECT id FROM cases WHERE case_number = ?", (n,)).fetchone()[0])
               for n in numbers]
        t, docs = timed(lambda ids=ids: [interchange.export_case(center, i) for i in ids])
        out["export"].append(t)
        plain = work / f"plain-{len(numbers)}-{rep}"
        shutil.copytree(fresh, plain)
        other = vault_service.unlock(plain, "ayse", PASSWORD)
        try:
            merged = {**docs[0], "cases": [d["cases"][0] for d in docs],
                      "shelters": [s for d in docs for s in d["shelters"]][:1]}
            t, _ = timed(lambda s=other, m=merged: interchange.import_document(s, m))
            out["import"].append(t)
        finally:
            other.lock()
        sizes["plain_json"] = len(json.dumps(merged, ensure_ascii=False).encode())
    return {"times": {k: statistics.median(v) for k, v in out.items()}, "sizes": sizes}


def main() -> int:
    reps = max(1, int(os.environ.get("BENCH_REPS", "3")))
    work = Path(tempfile.mkdtemp(prefix="bench-packages-"))
    try:
        make_vault(work / "center")
        make_vault(work / "fresh")
        center = vault_service.unlock(work / "center", "ayse", PASSWORD)
        admin = vault_service.unlock(work / "center", "koordinator", PASSWORD)
        shelter = shelters.save_shelter(admin, r.Shelter("Bench Konukevi", "kadin_konukevi", 60, "Ankara", 12, True,
                                                         "Gizli adres", "0312 000 00 00", "Sorumlu"))
        admin.lock()
        rng = random.Random(1)
        big = a_case(center, rng, "Uzun Dosya Kadın", 200)
        residents = []
        for k in range(40):
            number = a_case(center, rng, f"Sakin{k} Kadın", 5)
            shelters.place(center, cases.find_case_id(center, number), shelter)
            residents.append(number)
        assert package_content.shelter_case_numbers(center, "Bench Konukevi") == sorted(residents)
        results = {"200-note case": measure(center, work / "fresh", work, [big], reps),
                   "40-resident shelter": measure(center, work / "fresh", work, sorted(residents), reps)}
        center.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = ["# Packages' content (issue 17): size and time", "",
             f"Median of {reps} runs; synthetic data; sealing (part 1) not counted. "
             "Baseline: the plain interchange export/import of the same cases, same run.", "",
             "| | first package: build | apply | JSON | zlib | plain export | plain import | plain JSON |"
             " later package (5 notes, 1 field): build | apply | JSON | zlib |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, res in results.items():
        t, s = res["times"], res["sizes"]
        lines.append(f"| {name} | {t['build'] * 1000:.0f} ms | {t['apply'] * 1000:.0f} ms | "
                     f"{s['whole_json'] / 1024:.0f} KiB | {s['whole_zlib'] / 1024:.0f} KiB | "
                     f"{t['export'] * 1000:.0f} ms | {t['import'] * 1000:.0f} ms | {s['plain_json'] / 1024:.0f} KiB | "
                     f"{t['delta_build'] * 1000:.0f} ms | {t['delta_apply'] * 1000:.0f} ms | "
                     f"{s['delta_json'] / 1024:.1f} KiB | {s['delta_zlib'] / 1024:.1f} KiB |")
    text = "\n".join(lines) + "\n"
    print(text)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
