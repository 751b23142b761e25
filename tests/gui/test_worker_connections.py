"""Workers reuse their thread's vault connection.

Qt's pool threads get a fresh Python thread state for every job; a threading.local forgot the connection
after each one, so every search and every case-list page opened a new connection (8 ms and a cold page
cache each time) and kept it open until the lock. This counts the connections many jobs really use.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from kadin_danisma.gui.base.workers import run_in_worker
from kadin_danisma.services import search

JOBS = 40


def test_many_worker_jobs_share_one_connection_per_pool_thread(open_as, qtbot) -> None:
    session, _ctx = open_as()
    owner = QWidget()
    seen: list[int] = []
    errors: list[BaseException] = []

    def job() -> int:
        search.search(session, "ayşe", audit=False)  # real work on the worker's connection
        return id(session.connection())

    for i in range(JOBS):  # one after another, as searches typed in a row are
        run_in_worker(owner, job, seen.append, errors.append)
        qtbot.waitUntil(lambda i=i: len(seen) + len(errors) > i, timeout=20000)
    assert errors == []
    threads = QThreadPool.globalInstance().maxThreadCount()
    assert len(set(seen)) <= threads, f"{len(set(seen))} connections for {JOBS} jobs on {threads} threads"
    assert len(session.vault._conns) <= threads + 1  # the pool's threads and the GUI thread's own
