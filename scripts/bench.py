"""`make bench` (issue 7): the app's speed on a big synthetic vault, each figure next to a baseline.

Builds (once, cached under .bench/vault-<cases>) a synthetic vault with services.demo, copies it to
.bench/work for each run (so runs do not pile notes and audit entries onto the cached one), then measures
in one run, several repetitions each (median and worst): cold start, unlock, unlock -> populated case list
and dashboard, search as you type, opening a case workspace, saving a note, the referral letter (cold and
warm), backup and verify, server mode beside the vault (scripts/bench_server.py: sign-in, opening a case,
saving a note, search p95, 1/4/8 concurrent writers), and peak memory. Prints a table and writes
docs/bench/latest.json and .md.

Environment: BENCH_CASES (default 50000; 2000 for a quick run), BENCH_REPS (default 5), BENCH_ONLY=documents,
statistics or retention (those figures alone, into docs/bench/documents.md, statistics.md or retention.md;
scripts/bench_statistics.py, scripts/bench_retention.py: the latter destroys 1,000 cases of the work copy and
takes a cached vault of an older schema as it is, upgrading the copy).
Synthetic data only. Run with QT_QPA_PLATFORM=offscreen (the Makefile target does).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Each run works on a fresh copy of the cached vault, which the app would rightly take for an older copy of
# the vault it saw in the previous run (services/seen_state.py): runs keep their "last seen" notes apart.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="kd-bench-state-")

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / ".bench"
OUT_DIR = ROOT / "docs" / "bench"
MARKER = "BENCH-READY"
STAMP = "bench-stamp.json"

# Typical queries: names in several scripts, case numbers, note words.
QUERIES = ["ayşe", "fatma", "KDM-2026", "zeynep", "yilmaz", "kaya", "hatice", "randevu", "avukat", "sığınma",
           "مريم", "elif", "demir", "çocuk", "polis", "emine", "gül", "tercüman", "şahin", "koruma"]


# -- the vault ------------------------------------------------------------------------------------------

def stamp_for(n_cases: int) -> dict[str, Any]:
    from kadin_danisma import __version__
    from kadin_danisma.vault import migrations

    return {"cases": n_cases, "schema": migrations.LATEST, "app": __version__}


def rewrap_if_needed(folder: Path, stamp: dict[str, Any], stamp_path: Path) -> None:
    """Key slots made under another calibration cap are re-wrapped with today's calibration, as a password
    change would do (the database is untouched), so unlock and memory are measured with today's KDF."""
    from kadin_danisma.services import demo
    from kadin_danisma.vault import kdf
    from kadin_danisma.vault.keyslots import KeySlotFile
    from kadin_danisma.vault.vault import Vault

    if stamp.get("kdf_cap_kib") == kdf.CALIBRATION_MAX_MEMORY_KIB:
        return
    params = kdf.calibrate()
    names = [s.username for s in KeySlotFile.load(folder / "keyslots.json").slots if s.username]
    print(f"re-wrapping {len(names)} key slots with {params.memory_kib // 1024} MiB x {params.iterations}",
          flush=True)
    vault, _ = Vault.unlock_with_password(folder, names[0], demo.DEMO_PASSWORD, open_db=False)
    try:
        for name in names:
            vault.set_password_slot(name, demo.DEMO_PASSWORD, params)
    finally:
        vault.close()
    stamp["kdf_cap_kib"] = kdf.CALIBRATION_MAX_MEMORY_KIB
    stamp_path.write_text(json.dumps(stamp, indent=1), "utf-8")


def build_child(folder: str, n_cases: str) -> int:
    """Runs in its own process, so the build's memory does not count in the measured peak."""
    from kadin_danisma.services import demo

    session, report = demo.create_demo_vault(Path(folder), int(n_cases))
    session.lock()
    print(json.dumps({"cases": report.cases, "notes": report.notes, "users": list(report.usernames)}))
    return 0


def cached_vault(n_cases: int, older_schema_ok: bool = False) -> tuple[Path, dict[str, Any]]:
    """The pristine vault for n_cases, built if missing or made by another schema or app version.
    `older_schema_ok`: a vault of an older schema is used as it is (opening the work copy upgrades it)."""
    folder = BENCH_DIR / f"vault-{n_cases}"
    want = stamp_for(n_cases)
    stamp_path = BENCH_DIR / f"vault-{n_cases}.json"
    if stamp_path.exists() and (folder / "vault.db").exists():
        stamp = json.loads(stamp_path.read_text("utf-8"))
        same = {k: stamp.get(k) for k in want} == want
        older = older_schema_ok and stamp.get("cases") == n_cases and int(stamp.get("schema", 0)) <= want["schema"]
        if same or older:
            rewrap_if_needed(folder, stamp, stamp_path)
            return folder, stamp
        print(f"cached vault {folder.name} is from {stamp.get('app')}/schema {stamp.get('schema')}: rebuilding")
    shutil.rmtree(folder, ignore_errors=True)
    stamp_path.unlink(missing_ok=True)
    BENCH_DIR.mkdir(exist_ok=True)
    print(f"building a synthetic vault of {n_cases} cases in {folder} (cached for later runs) ...", flush=True)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--build", str(folder), str(n_cases)], check=True,
                         capture_output=True, text=True)
    built = json.loads(out.stdout.strip().splitlines()[-1])
    stamp = {**want, "notes": built["notes"], "users": built["users"],
             "build_seconds": round(time.perf_counter() - start, 1)}
    stamp_path.write_text(json.dumps(stamp, indent=1), "utf-8")
    rewrap_if_needed(folder, stamp, stamp_path)
    print(f"built in {stamp['build_seconds']} s: {built['cases']} cases, {built['notes']} notes", flush=True)
    return folder, stamp


def work_copy(pristine: Path) -> Path:
    work = BENCH_DIR / "work"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(pristine, work / "vault")
    return work


# -- figures --------------------------------------------------------------------------------------------

@dataclass
class Figure:
    name: str
    values: list[float]  # seconds (or MB for memory)
    baseline_name: str = ""
    baseline: list[float] = field(default_factory=list)
    target: str = ""
    verdict: str = ""  # PASS / MISS / "" (no target)
    unit: str = "ms"
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def worst(self) -> float:
        return max(self.values)

    @property
    def p95(self) -> float:
        return p95(self.values)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        base = statistics.median(self.baseline)
        return self.median / base if base > 0 else None

    def scaled(self, v: float) -> float:
        return v * 1000 if self.unit == "ms" else v

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name, "unit": self.unit, "n": len(self.values),
            "median": round(self.scaled(self.median), 3), "worst": round(self.scaled(self.worst), 3),
            "p95": round(self.scaled(self.p95), 3),
        }
        if self.baseline:
            out["baseline"] = {"name": self.baseline_name, "n": len(self.baseline),
                               "median": round(self.scaled(statistics.median(self.baseline)), 3),
                               "worst": round(self.scaled(max(self.baseline)), 3)}
            out["ratio"] = round(self.ratio, 2) if self.ratio is not None else None
        out["target"] = self.target
        out["verdict"] = self.verdict
        if self.note:
            out["note"] = self.note
        return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]


def timed(fn: Callable[[], object], reps: int) -> list[float]:
    out = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


# -- subprocess measurements ----------------------------------------------------------------------------

# ru_maxrss is inherited through fork and exec on Linux, so a child would report this (big) process's peak:
# children read their own high-water mark (VmHWM) instead.
PEAK = """
def peak_kib():
    try:
        with open("/proc/self/status") as f:
            return int(next(x for x in f if x.startswith("VmHWM:")).split()[1])
    except (OSError, StopIteration):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

APP_START = PEAK + f"""
import sys
from kadin_danisma.gui.app import make_app
from kadin_danisma.gui.base.preferences import install_translations
from kadin_danisma.gui.main_window import MainWindow
from PySide6.QtCore import QTimer
app = make_app()
install_translations(app, "tr")
w = MainWindow(__import__("pathlib").Path(sys.argv[1]))
w.show()
def ready():
    print("{MARKER}", peak_kib(), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

BARE_START = PEAK + f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
w.resize(1180, 760)
w.show()
def ready():
    print("{MARKER}", peak_kib(), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

# Memory of the app as she uses it: start, sign in through the unlock window (the Argon2id derivation runs
# in this process), dashboard and case list, twenty searches, ten case workspaces opened and closed.
APP_SESSION = PEAK + f"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kadin_danisma.gui.app import make_app
from kadin_danisma.gui.base.preferences import install_translations
from kadin_danisma.gui.main_window import MainWindow
def rss_kib():
    with open("/proc/self/status") as f:
        return int(next(x for x in f if x.startswith("VmRSS:")).split()[1])
def wait(cond, timeout=300):
    t0 = time.perf_counter()
    while not cond():
        app.processEvents()
        if time.perf_counter() - t0 > timeout:
            raise SystemExit("timed out")
        time.sleep(0.001)
app = make_app()
install_translations(app, "tr")
w = MainWindow(Path(sys.argv[1]))
w.resize(1180, 760)
w.show()
for _ in range(200):  # let the background import finish: the unlock window as she starts typing
    app.processEvents(); time.sleep(0.01)
before_unlock = peak_kib()
w.unlock_page.username.setText(sys.argv[2])
w.unlock_page.password.setText(sys.argv[3])
w.unlock_page.unlock_button.click()
wait(lambda: w.workspace is not None)
ws = w.workspace
wait(lambda: ws.case_list.model.rowCount() > 0 and not ws.case_list.model.busy and ws.dashboard.board is not None)
after_unlock = peak_kib()
shown = []
ws.search.results_shown.connect(shown.append)
for q in sys.argv[4].split("|"):
    shown.clear(); ws.search.setText(q); ws.search.textEdited.emit(q)
    wait(lambda: bool(shown))
model = ws.case_list.model
for row in range(0, min(model.rowCount(), 200), 20):
    view = ws.open_case(model.case_id(row))
    wait(lambda: view.data is not None)
    ws.close_tab(ws.tabs.indexOf(view))
    app.processEvents()
w.lock()
print("{MARKER}", peak_kib(), peak_kib(), before_unlock, after_unlock, rss_kib(), flush=True)
"""

# Cold letter: every module imported and the vault unlocked first; timed is the first letter of the process.
LETTER_COLD = PEAK + f"""
import sys, time
from pathlib import Path
from kadin_danisma.services import exports, vault_service
s = vault_service.unlock(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
t0 = time.perf_counter()
exports.referral_letter_pdf(s, int(sys.argv[4]), int(sys.argv[5]))
dt = time.perf_counter() - t0
s.lock()
print("{MARKER}", peak_kib(), dt, flush=True)
"""

BARE_PDF = """
import typst
_COMPILER = typst.Compiler()
def bare_pdf():
    source = "#set text(font: \\"DejaVu Sans Mono\\")\\n" + "\\n\\n".join(
        ["Sayin Yetkili,", "Bu bir deneme mektubudur.", "Saygilarimizla"] * 8)
    return _COMPILER.compile(source.encode(), pdf_tags=False)
"""

BARE_PDF_COLD = PEAK + BARE_PDF + f"""
import time
t0 = time.perf_counter()
bare_pdf()
dt = time.perf_counter() - t0
print("{MARKER}", peak_kib(), dt, flush=True)
"""


class Children:
    """Peak resident memory over the measured subprocesses (each reports its own ru_maxrss)."""

    def __init__(self) -> None:
        self.peak_kib = 0
        self.peaks: dict[str, int] = {}  # per kind of subprocess

    def until_marker(self, code: str, *args: str) -> tuple[float, list[str]]:
        """Seconds from spawn to the marker line, and the marker's fields."""
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        fields: list[str] = []
        for line in proc.stdout:
            if line.startswith(MARKER):
                elapsed = time.perf_counter() - start
                fields = line.split()[1:]
                break
        else:
            elapsed = 0.0
        _, err = proc.communicate(timeout=120)
        if not fields:
            raise SystemExit(f"subprocess failed (exit {proc.returncode}):\n{err[-2000:]}")
        self.peak_kib = max(self.peak_kib, int(fields[0]))
        kind = next(k for k, v in globals().items() if v is code) if code in globals().values() else "?"
        self.peaks[kind] = max(self.peaks.get(kind, 0), int(fields[0]))
        return elapsed, fields[1:]


# -- the run --------------------------------------------------------------------------------------------

def wait(app: Any, cond: Callable[[], bool], timeout: float = 300.0) -> None:
    start = time.perf_counter()
    while not cond():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise SystemExit("timed out waiting for the GUI")
        time.sleep(0.0005)


def run(n_cases: int, reps: int) -> tuple[list[Figure], dict[str, Any]]:
    pristine, stamp = cached_vault(n_cases, older_schema_ok=os.environ.get("BENCH_ONLY") == "retention")
    work = work_copy(pristine)
    folder = work / "vault"

    from kadin_danisma.services import demo
    from kadin_danisma.vault.keyslots import KeySlotFile

    password = demo.DEMO_PASSWORD
    counselor = f"{demo.COUNSELOR_PREFIX}1"
    children = Children()
    figures: list[Figure] = []
    print(f"measuring on a copy of {pristine.name} ({reps} repetitions each) ...", flush=True)
    if os.environ.get("BENCH_ONLY") == "documents":  # the PDF figures alone (a quicker run after a PDF change)
        figures += letter_figures(folder, password, reps, children)
        shutil.rmtree(work, ignore_errors=True)
        return figures, stamp
    if os.environ.get("BENCH_ONLY") == "statistics":  # the statistics figures alone
        figures += statistics_figures(folder, password, reps)
        shutil.rmtree(work, ignore_errors=True)
        return figures, stamp
    if os.environ.get("BENCH_ONLY") == "package-seal":  # sealing and opening packages (no vault needed)
        figures += package_seal_figures(reps)
        shutil.rmtree(work, ignore_errors=True)
        return figures, stamp
    if os.environ.get("BENCH_ONLY") == "retention":  # a KVKK destruction of 1,000 cases (it changes the copy)
        figures += retention_figures(folder, password, reps)
        shutil.rmtree(work, ignore_errors=True)
        return figures, stamp

    # 1. Cold start to the unlock window vs a bare PySide6 window (both fresh interpreters).
    # Alternated, and twice the repetitions (each is a fraction of a second): on a shared machine a slow
    # minute then hits both sides of the ratio alike.
    start_app, start_bare = [], []
    for _ in range(2 * reps):
        start_app.append(children.until_marker(APP_START, str(folder))[0])
        start_bare.append(children.until_marker(BARE_START)[0])
    f = Figure("cold start to the unlock window", start_app, "bare PySide6 window", start_bare, "≤ 2× bare")
    f.verdict = verdict(f.ratio is not None and f.ratio <= 2)
    figures.append(f)
    print("  cold start done", flush=True)

    # 2. Unlock vs the Argon2id derivation alone with the slot's own parameters.
    from kadin_danisma.services import vault_service
    from kadin_danisma.vault import kdf

    slot = KeySlotFile.load(folder / "keyslots.json").password_slot(demo.SUPERVISOR)
    assert slot is not None
    kdf_times = timed(lambda: kdf.derive(password.encode(), slot.salt, slot.params), reps)
    unlock_times = timed(lambda: vault_service.unlock(folder, demo.SUPERVISOR, password).lock(), reps)
    figures.append(Figure("unlock (service, incl. lock)", unlock_times, "Argon2id KDF alone", kdf_times,
                          note=f"KDF {slot.params.memory_kib // 1024} MiB × {slot.params.iterations} passes"))
    kdf_median = statistics.median(kdf_times)
    print("  unlock done", flush=True)

    # 3-5. The GUI: unlock -> dashboard and case list, search as you type, opening a case.
    figures += gui_figures(folder, password, reps, kdf_median)
    print("  GUI done", flush=True)

    # 6. Saving a note vs a raw INSERT+commit into an unencrypted SQLite file (same WAL/synchronous).
    figures.append(note_figure(folder, counselor, password, work, reps * 4))
    print("  notes done", flush=True)

    # 7. Referral letter, cold (fresh process) and warm, vs a bare one-page Typst PDF (untagged, Typst's own
    # font); the client record of 180+ pages vs the same data rendered by the letter's template.
    figures += letter_figures(folder, password, reps, children)
    print("  letters done", flush=True)

    # 8. Backup and verify vs a plain copy of the vault file.
    figures += backup_figures(folder, password, work, reps)
    print("  backup done", flush=True)

    # 8b. Packages (issue 17): sealing and opening 1 MB and 20 MB payloads vs zlib alone.
    figures += package_seal_figures(reps)
    print("  packages done", flush=True)

    # 9. Server mode: the same vault moved onto PostgreSQL, measured beside it (scripts/bench_server.py).
    import bench_server

    figures += bench_server.figures(folder, password, reps, QUERIES, Figure, verdict, p95)
    print("  server mode done", flush=True)

    # 10. Peak memory of the app through a working session (its own process), and of everything measured.
    slot_params = KeySlotFile.load(folder / "keyslots.json").password_slot(demo.SUPERVISOR)
    arena_mib = slot_params.params.memory_kib / 1024 if slot_params else 0
    sessions = [children.until_marker(APP_SESSION, str(folder), demo.SUPERVISOR, password, "|".join(QUERIES))[1]
                for _ in range(2)]
    app_peaks = [int(x[0]) / 1024 for x in sessions]
    namespace: dict[str, Any] = {}
    exec(PEAK, namespace)  # our own constant: the same high-water mark the children report
    own_mib = namespace["peak_kib"]() / 1024
    before, after, end_rss = (int(sessions[-1][i]) / 1024 for i in (1, 2, 3))
    peak = Figure("peak memory of the app (start, sign in, lists, 20 searches, 10 cases)", app_peaks,
                  target="≤ 300 MB", unit="MB",
                  note=f"unlock window ready {before:.0f} MB; peak through sign-in {after:.0f} MB, of which the "
                       f"Argon2id arena is {arena_mib:.0f} MiB for about half a second; resident at the end "
                       f"{end_rss:.0f} MB. The measuring script itself peaked at {own_mib:.0f} MB; per kind of "
                       "subprocess: " + ", ".join(f"{k} {v / 1024:.0f} MB" for k, v in sorted(children.peaks.items())))
    peak.verdict = verdict(peak.median <= 300)
    figures.append(peak)

    # 10. Statistics (issue 18): an annual activity report vs raw GROUP BYs of the same counts.
    figures += statistics_figures(folder, password, reps)
    print("  statistics done", flush=True)
    shutil.rmtree(work, ignore_errors=True)
    return figures, stamp


def statistics_figures(folder: Path, password: str, reps: int) -> list[Figure]:
    import bench_statistics

    from kadin_danisma.services import demo

    return bench_statistics.figures(folder, demo.SUPERVISOR, password, reps, Figure, verdict)


def retention_figures(folder: Path, password: str, reps: int) -> list[Figure]:
    import bench_retention

    return bench_retention.figures(folder, password, reps, Figure, verdict)


def package_seal_figures(reps: int) -> list[Figure]:
    import bench_package_seal

    return bench_package_seal.figures(reps, Figure, verdict)


def index_rows_for_cases(conn: Any, query: str, limit: int) -> int:
    """How many index rows (in the search's order) hold the first `limit` distinct cases: note rows of one
    case repeat, so a common note word needs more rows than the raw query's LIMIT reads."""
    from kadin_danisma.vault.search_index import CASE_TOP, NOTE_TOP, match_expression

    expression = match_expression(query)
    if expression is None:
        return 0
    seen: set[int] = set()
    n = 0
    cursor = conn.execute(
        "SELECT CASE WHEN f.rowid < :c THEN :c - f.rowid ELSE n.case_id END FROM search_fts f"
        " LEFT JOIN notes n ON f.rowid >= :c AND n.id = :n - f.rowid"
        " WHERE f.search_fts MATCH :q ORDER BY f.rowid", {"c": CASE_TOP, "n": NOTE_TOP, "q": expression})
    try:
        for (case_id,) in cursor:
            n += 1
            seen.add(case_id)
            if len(seen) >= limit:
                break
    finally:
        cursor.close()  # an unfinished statement would keep its read snapshot
    return n


def gui_figures(folder: Path, password: str, reps: int, kdf_median: float) -> list[Figure]:
    from kadin_danisma.gui.app import make_app
    from kadin_danisma.gui.base.preferences import install_translations
    from kadin_danisma.gui.main_window import MainWindow
    from kadin_danisma.gui.workspace import search_box
    from kadin_danisma.gui.workspace.workspace import Workspace
    from kadin_danisma.services import demo
    from kadin_danisma.services.record_loader import load_record
    from kadin_danisma.services.search import DEFAULT_LIMIT
    from kadin_danisma.vault import case_queries
    from kadin_danisma.vault.search_index import match_expression, matching_case_ids

    app = make_app()
    install_translations(app, "tr")
    window = MainWindow(folder)
    window.resize(1180, 760)
    window.show()
    to_list, to_board, raw_page = [], [], []
    for i in range(reps):
        page = window.unlock_page
        page.username.setText(demo.SUPERVISOR)
        page.password.setText(password)
        start = time.perf_counter()
        page.unlock_button.click()
        wait(app, lambda: window.workspace is not None)
        ws = window.workspace
        assert isinstance(ws, Workspace) and ws.dashboard is not None and ws.case_list is not None
        board_done = list_done = 0.0
        while not (board_done and list_done):
            app.processEvents()
            now = time.perf_counter()
            if not board_done and ws.dashboard.board is not None:
                board_done = now
            if not list_done and ws.case_list.model.rowCount() > 0 and not ws.case_list.model.busy:
                list_done = now
            if now - start > 300:
                raise SystemExit("timed out waiting for the case list")
            time.sleep(0.0005)
        to_list.append(list_done - start)
        to_board.append(board_done - start)
        # Baseline: the first page's SQL (ids sorted, then the page's summaries) and the count, no GUI.
        conn = window.session.connection()  # type: ignore[union-attr]
        t0 = time.perf_counter()
        case_queries.count_cases(conn, case_queries.CaseFilter())
        case_queries.list_cases(conn, case_queries.CaseFilter(), "opened_on", True, 0, 200)
        raw_page.append(time.perf_counter() - t0)
        if i < reps - 1:
            window.lock()
    beyond = [t - kdf_median for t in to_list]
    f_list = Figure("unlock → populated case list (GUI, from click)", to_list, "first-page SQL + count (raw)",
                    raw_page, "≤ KDF + 500 ms",
                    note=f"beyond the KDF: median {statistics.median(beyond) * 1000:.0f} ms, "
                         f"worst {max(beyond) * 1000:.0f} ms")
    f_list.verdict = verdict(statistics.median(beyond) <= 0.5)
    f_board = Figure("unlock → populated dashboard (GUI, from click)", to_board, "first-page SQL + count (raw)",
                     raw_page)

    ws = window.workspace
    assert isinstance(ws, Workspace) and ws.search is not None and ws.case_list is not None
    box = ws.search
    shown: list[int] = []
    box.results_shown.connect(shown.append)
    conn = window.session.connection()  # type: ignore[union-attr]
    latencies, raw, own_sql, same_rows = [], [], [], []
    rows_needed = {q: index_rows_for_cases(conn, q, DEFAULT_LIMIT) for q in QUERIES}
    for _ in range(reps):  # p95 of 20 × reps samples (with 40 it was the third-slowest: too noisy)
        for query in QUERIES:
            box.clear()
            shown.clear()
            box.setText(query)
            start = time.perf_counter()
            box.textEdited.emit(query)
            wait(app, lambda: bool(shown))
            latencies.append(time.perf_counter() - start - search_box.DEBOUNCE_MS / 1000)
            expression = match_expression(query)
            t0 = time.perf_counter()
            if expression:
                conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?",
                             (expression, DEFAULT_LIMIT)).fetchall()
            raw.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            matching_case_ids(conn, query, None, DEFAULT_LIMIT)  # the service's statement: 50 distinct cases
            own_sql.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            if expression:  # the raw MATCH reading as many index rows as the search must (50 *cases*)
                conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid LIMIT ?",
                             (expression, max(1, rows_needed[query]))).fetchall()
            same_rows.append(time.perf_counter() - t0)
    f_search = Figure(f"search as you type, {len(QUERIES)} queries (GUI, debounce excluded)", latencies,
                      "raw FTS5 MATCH, same words, same row limit (50)", raw, "p95 ≤ 1.5× raw and < 100 ms",
                      note=f"p95 {p95(latencies) * 1000:.1f} ms vs raw p95 {p95(raw) * 1000:.2f} ms "
                           f"({p95(latencies) / p95(raw):.2f}×); the search's own statement run raw (50 distinct "
                           f"cases, not 50 index rows) p95 {p95(own_sql) * 1000:.1f} ms; the raw MATCH reading "
                           f"the same index rows as the search needs for 50 cases (up to "
                           f"{max(rows_needed.values())}) p95 {p95(same_rows) * 1000:.1f} ms "
                           f"({p95(latencies) / p95(same_rows):.2f}×); ratio column is "
                           "median/median")
    f_search.verdict = verdict(p95(latencies) <= 1.5 * p95(raw) and p95(latencies) < 0.1)

    model = ws.case_list.model
    ids = [model.case_id(r) for r in range(0, min(model.rowCount(), 200), max(1, min(model.rowCount(), 200) // 10))]
    ids = ids[:max(reps, 10)]
    opened, loaded = [], []
    for case_id in ids:
        start = time.perf_counter()
        view = ws.open_case(case_id)
        wait(app, lambda view=view: view.data is not None)
        app.processEvents()
        opened.append(time.perf_counter() - start)
        ws.close_tab(ws.tabs.indexOf(view))
        t0 = time.perf_counter()
        load_record(conn, case_id)
        loaded.append(time.perf_counter() - t0)
    f_open = Figure("open a case workspace (CaseView until loaded)", opened, "record load alone (load_record)",
                    loaded, "≤ 150 ms")
    f_open.verdict = verdict(f_open.median <= 0.15)
    window.lock()
    window.close()
    app.processEvents()
    return [f_board, f_list, f_search, f_open]


def note_figure(folder: Path, username: str, password: str, work: Path, reps: int) -> Figure:
    from kadin_danisma.domain import records as r
    from kadin_danisma.services import cases, notes, vault_service
    from kadin_danisma.services.casework import today

    session = vault_service.unlock(folder, username, password)
    try:
        case_id = cases.list_cases(session, limit=1)[0].id
        body = "Görüşme yapıldı; güvenlik planı gözden geçirildi, avukat randevusu ayarlandı. " * 3

        def save() -> None:
            notes.add_note(session, case_id, r.Note(note_type="psychosocial_session", note_date=today(), body=body))

        save()  # the first call warms caches; then the timed ones
        saves = timed(save, reps)
    finally:
        session.lock()
    raw_path = work / "raw.sqlite"
    raw = sqlite3.connect(raw_path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, case_id INTEGER, note_type TEXT, note_date TEXT,"
                " body TEXT, created_at TEXT)")

    def raw_insert() -> None:
        raw.execute("BEGIN")
        raw.execute("INSERT INTO notes (case_id, note_type, note_date, body, created_at) VALUES (?, ?, ?, ?, ?)",
                    (case_id, "psychosocial_session", "2026-01-01", body, "2026-01-01T00:00:00"))
        raw.execute("COMMIT")

    raw_insert()
    raw_times = timed(raw_insert, reps)
    raw.close()
    f = Figure("save a note (notes.add_note, committed)", saves, "raw INSERT+commit, unencrypted SQLite, WAL, "
               "synchronous=FULL", raw_times, "≤ 20 ms")
    f.verdict = verdict(f.median <= 0.02)
    return f


def letter_figures(folder: Path, password: str, reps: int, children: Children) -> list[Figure]:
    from kadin_danisma.domain.errors import UserFacingError
    from kadin_danisma.services import exports, vault_service

    session = vault_service.unlock(folder, password=password, username=_admin_or_supervisor())
    try:
        found = None
        rows = session.connection().execute("SELECT id, case_id FROM referrals ORDER BY id LIMIT 200").fetchall()
        for ref_id, case_id in rows:
            try:
                exports.referral_letter_pdf(session, int(case_id), int(ref_id))
            except UserFacingError:
                continue
            found = (int(case_id), int(ref_id))
            break
        if found is None:
            print("  no referral letter could be made (no consented referral found): letters skipped")
            return []
        case_id, ref_id = found
        warm = timed(lambda: exports.referral_letter_pdf(session, case_id, ref_id), reps)
    finally:
        session.lock()
    namespace: dict[str, Any] = {}
    exec(BARE_PDF, namespace)  # our own constant: the bare PDF the cold child makes
    namespace["bare_pdf"]()
    bare_warm = timed(namespace["bare_pdf"], reps)
    cold = [float(children.until_marker(LETTER_COLD, str(folder), _admin_or_supervisor(), password, str(case_id),
                                        str(ref_id))[1][0]) for _ in range(max(2, reps // 2))]
    bare_cold = [float(children.until_marker(BARE_PDF_COLD)[1][0]) for _ in range(max(2, reps // 2))]
    return [
        Figure("referral letter, cold (first in a fresh process)", cold, "bare one-page Typst PDF, cold",
               bare_cold, target="≤ 200 ms", verdict=verdict(statistics.median(cold) <= 0.2),
               note="modules imported and vault unlocked before the timer starts"),
        Figure("referral letter, warm", warm, "bare one-page Typst PDF, warm", bare_warm, target="≤ 30 ms",
               verdict=verdict(statistics.median(warm) <= 0.03)),
        record_figure(children, reps),
    ]


RECORD = PEAK + f"""
import sys, time
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import test_documents as td
from kadin_danisma.documents import client_record
from kadin_danisma.documents.models import RecordData
import pdf_reading
client, cases = td.long_record()
t0 = time.perf_counter()
pdf = client_record.render(RecordData(td.CENTER, td.LETTERHEAD, client, cases, "2026-02-12", "Selin Demir"))
dt = time.perf_counter() - t0
print("{MARKER}", peak_kib(), dt, pdf_reading.page_count(pdf), flush=True)
"""


def record_figure(children: Children, reps: int) -> Figure:
    """The long client record of the tests (tests/unit/test_documents.py, long_record: 3 cases, 90 long notes in
    five scripts; 228 pages with reportlab), first in a fresh process (fonts and templates loaded by the
    timed call)."""
    tests = Path(__file__).resolve().parent.parent / "tests"
    runs = [children.until_marker(RECORD, str(tests), str(tests / "unit"))[1] for _ in range(max(2, reps // 3))]
    pages = int(runs[0][1])
    return Figure(f"client record, {pages} pages, cold", [float(r[0]) for r in runs], target="≤ 11 s",
                  verdict=verdict(statistics.median(float(r[0]) for r in runs) <= 11), unit="s")


def _admin_or_supervisor() -> str:
    from kadin_danisma.services import demo

    return demo.SUPERVISOR


def backup_figures(folder: Path, password: str, work: Path, reps: int) -> list[Figure]:
    from kadin_danisma.services import backups, demo, vault_service

    out = work / "backups"
    out.mkdir()
    db = folder / "vault.db"

    # A backup is only a backup once it is on the disk: the judged baseline is a plain copy flushed to it
    # (shutil.copy, then fsync), as the backup flushes its file. The copy left in the page cache is noted.
    # Backups and copies alternate, so a slow spell of the shared disk hits both sides of the ratio.
    def plain_copy(i: int) -> tuple[float, float]:
        target = out / f"copy{i}.db"
        t0 = time.perf_counter()
        shutil.copy(db, target)
        t1 = time.perf_counter()
        with target.open("rb+") as fh:
            os.fsync(fh.fileno())
        flushed = time.perf_counter() - t0
        target.unlink()
        return flushed, t1 - t0

    session = vault_service.unlock(folder, demo.DEMO_ADMIN, password)
    made: list[Path] = []
    backup_times, copies, cached = [], [], []
    try:
        for i in range(reps):
            path = out / f"b{i}.kdbackup"
            t0 = time.perf_counter()
            backups.backup_now(session, path)
            backup_times.append(time.perf_counter() - t0)
            made.append(path)
            flushed, in_cache = plain_copy(i)
            copies.append(flushed)
            cached.append(in_cache)
    finally:
        session.lock()
    verify_times, verify_copies = [], []
    for i, path in enumerate(made[:max(2, reps // 2)]):
        t0 = time.perf_counter()
        report = vault_service.verify_backup(path, demo.DEMO_ADMIN, password)
        verify_times.append(time.perf_counter() - t0)
        if not report.ok:
            raise SystemExit(f"backup verification failed: {report.checks}")
        verify_copies.append(plain_copy(reps + i)[0])  # alternating here too: the same spell of the disk
    size_mib = db.stat().st_size / 2**20
    f_backup = Figure("backup (backups.backup_now, with its page check)", backup_times,
                      "plain copy of vault.db, flushed (copy + fsync)", copies, "≤ 3× copy",
                      note=f"vault.db {size_mib:.0f} MiB; the copy without fsync (page cache only) took "
                           f"{statistics.median(cached) * 1000:.0f} ms median")
    f_backup.verdict = verdict(f_backup.ratio is not None and f_backup.ratio <= 3)
    f_verify = Figure("verify a backup (vault_service.verify_backup)", verify_times,
                      "plain copy of vault.db, flushed (copy + fsync)", copies + verify_copies, "≤ 2.5× copy",
                      note="every check: shape, sizes and checksums, manifest MAC, page HMACs (once), full "
                           "integrity_check, foreign keys, audit chain, head, schema, counts; the Argon2id "
                           "derivation beside the copy, integrity_check beside the rest")
    f_verify.verdict = verdict(f_verify.ratio is not None and f_verify.ratio <= 2.5)
    return [f_backup, f_verify]


# -- output ---------------------------------------------------------------------------------------------

def fmt(f: Figure, v: float) -> str:
    v = f.scaled(v)
    if f.unit == "MB":
        return f"{v:.0f} MB"
    if f.unit == "/s":
        return f"{v:.0f}/s"
    if f.unit == "s":
        return f"{v:.2f} s"
    return f"{v:.2f} ms" if v < 10 else f"{v:.0f} ms"


def table(figures: list[Figure]) -> list[list[str]]:
    rows = [["measurement", "median", "worst", "baseline", "baseline median", "ratio", "target", "result"]]
    for f in figures:
        base_med = fmt(f, statistics.median(f.baseline)) if f.baseline else "—"
        ratio = f"{f.ratio:.1f}×" if f.ratio is not None else "—"
        rows.append([f.name, fmt(f, f.median), fmt(f, f.worst), f.baseline_name or "—", base_med, ratio,
                     f.target or "—", f.verdict or "—"])
    return rows


def plain(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def markdown(rows: list[list[str]], figures: list[Figure], meta: dict[str, Any]) -> str:
    out = [f"# Benchmark ({meta['when']})", "",
           f"Synthetic vault: {meta['cases']} cases, {meta['notes']} notes; {meta['repetitions']} repetitions; "
           f"{meta['machine']}.", "",
           "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    notes = [f"- {f.name}: {f.note}" for f in figures if f.note]
    if notes:
        out += ["", "Notes:", *notes]
    out += ["", "Ratios are median / baseline median. Absolute targets are judged on the median, search on its "
            "p95. Made by `make bench` (scripts/bench.py)."]
    return "\n".join(out) + "\n"


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--build":
        return build_child(sys.argv[2], sys.argv[3])
    n_cases = int(os.environ.get("BENCH_CASES", "50000"))
    reps = max(3, int(os.environ.get("BENCH_REPS", "5")))
    figures, stamp = run(n_cases, reps)
    meta = {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "cases": stamp["cases"],
        "notes": stamp.get("notes"), "repetitions": reps, "app": stamp["app"], "schema": stamp["schema"],
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
                   f"{platform.system()} {platform.release()}",
    }
    rows = table(figures)
    print()
    print(plain(rows))
    for f in figures:
        if f.note:
            print(f"  * {f.name}: {f.note}")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    name = {"documents": "documents", "statistics": "statistics", "retention": "retention"}.get(
        os.environ.get("BENCH_ONLY", ""), "latest")
    (OUT_DIR / f"{name}.json").write_text(
        json.dumps({**meta, "figures": [f.as_json() for f in figures]}, indent=1, ensure_ascii=False) + "\n", "utf-8")
    (OUT_DIR / f"{name}.md").write_text(markdown(rows, figures, meta), "utf-8")
    print(f"\nwritten: {OUT_DIR / (name + '.json')}, {OUT_DIR / (name + '.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
