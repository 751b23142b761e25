"""Measure the counselor's screens on a big vault (issue 4): unlock → populated dashboard and case list,
search-as-you-type latency, opening a case workspace. Offscreen; synthetic vaults only.

Usage: QT_QPA_PLATFORM=offscreen python scripts/measure_gui.py VAULT_FOLDER [USER] [PASSWORD]
(a demo vault: `kadin-danisma demo-data`, or services.demo.create_demo_vault). The raw FTS5 query for the
same words is timed in the same run as the baseline for search.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kadin_danisma.gui.app import make_app
from kadin_danisma.gui.main_window import MainWindow
from kadin_danisma.gui.workspace import Workspace
from kadin_danisma.services import demo
from kadin_danisma.vault.search_index import match_expression

QUERIES = ["ayşe", "fatma", "KDM-2026", "zeynep", "yilmaz", "kaya", "hatice", "randevu", "avukat", "sığınma",
           "مريم", "elif", "demir", "çocuk", "polis", "emine", "gül", "tercüman", "şahin", "koruma"]


def wait(app: QApplication, cond, timeout: float = 120.0) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    while not cond():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise SystemExit("timed out")
        time.sleep(0.0005)
    return time.perf_counter() - start


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.0f} ms, worst {max(values) * 1000:.0f} ms (n={len(values)})"


def main() -> int:
    folder = Path(sys.argv[1])
    user = sys.argv[2] if len(sys.argv) > 2 else demo.SUPERVISOR
    password = sys.argv[3] if len(sys.argv) > 3 else demo.DEMO_PASSWORD
    app = make_app()
    window = MainWindow(folder)
    window.resize(1180, 760)
    window.show()
    unlock, board_t, list_t = [], [], []
    for _ in range(3):
        page = window.unlock_page
        page.username.setText(user)
        page.password.setText(password)
        start = time.perf_counter()
        page.unlock_button.click()
        wait(app, lambda: window.workspace is not None)
        unlocked = time.perf_counter()
        ws = window.workspace
        assert isinstance(ws, Workspace) and ws.dashboard is not None and ws.case_list is not None
        wait(app, lambda ws=ws: ws.dashboard.board is not None)  # type: ignore[union-attr]
        board_done = time.perf_counter()
        wait(app, lambda ws=ws: ws.case_list.model.rowCount() > 0 and not ws.case_list.model.busy)  # type: ignore[union-attr]
        list_done = time.perf_counter()
        unlock.append(unlocked - start)
        board_t.append(board_done - unlocked)
        list_t.append(list_done - unlocked)
        if len(unlock) < 3:
            window.lock()
    ws = window.workspace
    assert isinstance(ws, Workspace) and ws.search is not None and ws.case_list is not None
    print(f"cases visible: {ws.case_list.model.total}")
    print(f"unlock (key derivation + open + checks): {ms(unlock)}")
    print(f"unlock -> populated dashboard: {ms(board_t)}")
    print(f"unlock -> populated case list: {ms(list_t)}")

    # Search as you type: from the keystroke that completes a query to its results on screen, minus the
    # debounce (the wait for her next key), and the raw FTS5 query for the same words as the baseline.
    from kadin_danisma.gui import search_box

    box = ws.search
    shown: list[int] = []
    box.results_shown.connect(shown.append)
    latencies, raw = [], []
    conn = window.session.connection()  # type: ignore[union-attr]
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
            conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 30", (expression,)).fetchall()
        raw.append(time.perf_counter() - t0)
    print(f"search as you type (GUI, debounce excluded): {ms(latencies)}")
    print(f"raw FTS5 query, same words: {ms(raw)}")

    # Opening a case workspace: from the request to the header and tabs filled.
    opened = []
    ids = [ws.case_list.model.case_id(r) for r in range(0, min(ws.case_list.model.rowCount(), 200), 20)]
    for case_id in ids:
        start = time.perf_counter()
        view = ws.open_case(case_id)
        wait(app, lambda view=view: view.data is not None)
        app.processEvents()
        opened.append(time.perf_counter() - start)
        ws.close_tab(ws.tabs.indexOf(view))
    print(f"open a case workspace: {ms(opened)}")
    window.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
