"""Attachments at scale (issue 20), a one-off measurement next to `make bench`: a vault of synthetic cases is
given 1 GB of attachments (PDFs of about 19 MB of incompressible data), and measured before and after:
the vault's size on disk, the backup's time and size (with a plain flushed copy of the database file as the
baseline, measured in the same run), the case list's first page and a search (they must not care). Then the
time to open a 20-page scanned PDF in the viewer's way: the audited read from the vault, PDFium opening it,
and the first page drawn 900 pixels wide; and each further page.

Usage: QT_QPA_PLATFORM=offscreen python scripts/bench_attachments.py [--cases N] [--gigabytes G]
Writes docs/bench/attachments.md and .json. Synthetic data only; everything in a temporary folder.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("KADIN_DANISMA_SKIP_KDF_CALIBRATION", "1")
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="kd-bench-state-")

import pikepdf
from PIL import Image, ImageDraw, ImageFilter

from kadin_danisma.services import attachments, backups, cases, demo, search, vault_service
from kadin_danisma.services.attachments import Details

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "bench"
FILE_BYTES = 19 * 1024 * 1024


def big_pdf(seed: int) -> bytes:
    """A one-page PDF carrying FILE_BYTES of random bytes in a stream (an incompressible scan, as far as
    storage goes)."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    blob = pdf.make_stream(os.urandom(FILE_BYTES - 2048 - seed % 7))
    pdf.pages[0].Resources = pikepdf.Dictionary(Private=blob)  # kept by the save: the page refers to it
    out = io.BytesIO()
    pdf.save(out, compress_streams=False)
    return out.getvalue()


def scanned_pdf(pages: int = 20) -> bytes:
    """A 20-page "scanned" PDF: each page a 200 dpi A4 greyscale JPEG (1654×2339) with lines, boxes and noise,
    as a photocopier's scan of a court decision would be."""
    pdf = pikepdf.new()
    for n in range(pages):
        picture = Image.effect_noise((1654, 2339), 18).point(lambda v: 200 + v // 5)
        pen = ImageDraw.Draw(picture)
        for y in range(200, 2200, 46):
            pen.line((180, y, 1480 - (y * 7 + n * 13) % 400, y), fill=30, width=3)
        pen.rectangle((160, 120, 1500, 180), outline=20, width=4)
        picture = picture.filter(ImageFilter.GaussianBlur(0.6))
        data = io.BytesIO()
        picture.save(data, "JPEG", quality=75)
        image = pikepdf.Stream(pdf, data.getvalue())
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 1654, 2339, 8
        image.ColorSpace, image.Filter = pikepdf.Name.DeviceGray, pikepdf.Name.DCTDecode
        page = pdf.add_blank_page(page_size=(595, 842))
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pdf.make_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def flushed_copy(source: Path, target: Path) -> float:
    start = time.perf_counter()
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    return time.perf_counter() - start


def folder_size(session: Any, folder: Path) -> int:
    """The vault folder once the write-ahead log is moved into the database (what a closed vault takes)."""
    session.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def measure_reads(session: Any) -> dict[str, float]:
    list_times = [timed(lambda: cases.list_cases(session, limit=200))[0] for _ in range(5)]
    search_times = [timed(lambda q=q: search.search(session, q, limit=50))[0] for q in ("ayşe", "KDM-2026", "randevu")
                    for _ in range(3)]
    return {"case_list_ms": statistics.median(list_times) * 1000, "search_ms": statistics.median(search_times) * 1000}


def measure_backup(session: Any, work: Path, name: str) -> dict[str, float]:
    db = session.vault.db_path
    session.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy_s = flushed_copy(db, work / f"{name}-copy.db")
    (work / f"{name}-copy.db").unlink()
    backup_s, _ = timed(lambda: backups.backup_now(session, work / f"{name}.kdbak"))
    size = (work / f"{name}.kdbak").stat().st_size
    (work / f"{name}.kdbak").unlink()
    return {"backup_s": backup_s, "plain_copy_s": copy_s, "backup_bytes": size}


def main() -> int:
    cases_n = int(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else 2000
    gigabytes = float(sys.argv[sys.argv.index("--gigabytes") + 1]) if "--gigabytes" in sys.argv else 1.0
    work = Path(tempfile.mkdtemp(prefix="kd-bench-att-"))
    results: dict[str, Any] = {"at": datetime.now(UTC).isoformat(timespec="seconds"), "cases": cases_n,
                               "cpus": os.cpu_count()}
    try:
        folder = work / "vault"
        admin, _ = demo.create_demo_vault(folder, cases_n, seed=5)  # stays signed in: backups are an admin's
        session = vault_service.unlock(folder, f"{demo.COUNSELOR_PREFIX}1", demo.DEMO_PASSWORD)
        case_id = cases.list_cases(session, limit=1)[0].id
        results["before"] = {"vault_bytes": folder_size(admin, folder), **measure_reads(session),
                             **measure_backup(admin, work, "before")}
        count = int(gigabytes * 1024**3 // FILE_BYTES)
        adds = []
        stored = 0
        for n in range(count):
            data = big_pdf(n)
            seconds, _ = timed(lambda d=data: attachments.add(session, case_id, d,
                                                            Details("court_document", date.today().isoformat())))
            adds.append(seconds)
            stored += len(data)
        session.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        results["added"] = {"files": count, "bytes": stored, "add_median_s": statistics.median(adds),
                            "add_worst_s": max(adds)}
        results["after"] = {"vault_bytes": folder_size(admin, folder), **measure_reads(session),
                            **measure_backup(admin, work, "after")}
        scan = scanned_pdf()
        aid = attachments.add(session, case_id, scan, Details("decision_6284", date.today().isoformat()))
        opens, firsts, nexts = [], [], []
        for _ in range(5):
            start = time.perf_counter()
            _meta, data = attachments.view(session, aid)
            opened = attachments.open_pdf(data)
            read_open = time.perf_counter() - start
            first, _ = timed(lambda p=opened: p.render(0, 900))
            opens.append(read_open + first)
            firsts.append(first)
            nexts += [timed(lambda p=opened, i=i: p.render(i, 900))[0] for i in range(1, 20)]
            opened.close()
        admin.lock()
        results["scanned_pdf"] = {"bytes": len(scan), "pages": 20, "open_to_first_page_ms": statistics.median(opens)
                                  * 1000, "open_worst_ms": max(opens) * 1000,
                                  "first_page_render_ms": statistics.median(firsts) * 1000,
                                  "next_page_ms": statistics.median(nexts) * 1000, "next_page_worst_ms": max(nexts)
                                  * 1000}
        session.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "attachments.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    b, a, s = results["before"], results["after"], results["scanned_pdf"]
    mb = 1024 * 1024
    lines = [
        "# Attachments at scale (scripts/bench_attachments.py)", "",
        f"{results['at']}, {cases_n} synthetic cases, {results['cpus']} CPUs (shared VM). "
        f"{results['added']['files']} PDFs of ~19 MB (random bytes: incompressible), "
        f"{results['added']['bytes'] / mb:.0f} MB in all, added to one case.", "",
        "| | before | after | |", "|---|---|---|---|",
        f"| vault folder | {b['vault_bytes'] / mb:.0f} MB | {a['vault_bytes'] / mb:.0f} MB | "
        f"+{(a['vault_bytes'] - b['vault_bytes']) / mb:.0f} MB for {results['added']['bytes'] / mb:.0f} MB of files "
        f"({(a['vault_bytes'] - b['vault_bytes']) / results['added']['bytes']:.3f}×) |",
        f"| backup (page check included) | {b['backup_s']:.1f} s | {a['backup_s']:.1f} s | "
        f"baseline, a flushed plain copy of the database: {b['plain_copy_s']:.1f} s → {a['plain_copy_s']:.1f} s; "
        f"backup / copy = {b['backup_s'] / b['plain_copy_s']:.1f}× → {a['backup_s'] / a['plain_copy_s']:.1f}× |",
        f"| backup file | {b['backup_bytes'] / mb:.0f} MB | {a['backup_bytes'] / mb:.0f} MB | |",
        f"| case list, first page (median) | {b['case_list_ms']:.0f} ms | {a['case_list_ms']:.0f} ms | |",
        f"| search (median) | {b['search_ms']:.1f} ms | {a['search_ms']:.1f} ms | |",
        f"| adding one 19 MB file | | {results['added']['add_median_s']:.2f} s median, "
        f"{results['added']['add_worst_s']:.2f} s worst | |", "",
        f"Scanned PDF, 20 pages of 200 dpi A4 JPEG ({s['bytes'] / mb:.1f} MB): read from the vault (audited) + "
        f"opened by PDFium + first page drawn 900 px wide: **{s['open_to_first_page_ms']:.0f} ms** median "
        f"({s['open_worst_ms']:.0f} ms worst, of which the drawing {s['first_page_render_ms']:.0f} ms); every "
        f"further page {s['next_page_ms']:.0f} ms median ({s['next_page_worst_ms']:.0f} ms worst).", "",
    ]
    (OUT / "attachments.md").write_text("\n".join(lines), "utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
