"""Running slow service calls (key derivation, backups, chain verification, every read of a list) off the
GUI thread.

Workers never touch widgets: they return a value or an exception, delivered back on the GUI thread
through a queued signal. If the receiver was destroyed meanwhile (the app locked), the result is dropped.
`Latest` is the one way to ask the same question again and again (a search as she types, a list after a
filter changed): only the newest answer is shown, an older one arriving late is dropped. `Progress` carries a
long run's progress to the GUI and its cancel to the worker (a report, the closing of past months).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[_Signals] = set()


def run_in_worker(
    owner: QObject, fn: Callable[[], Any], on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run fn in the thread pool; call on_done/on_error on the GUI thread unless owner is gone by then."""
    signals = _Signals()
    signals.setParent(None)
    _running.add(signals)
    alive = {"yes": True}
    owner.destroyed.connect(lambda *_: alive.update(yes=False))

    def done(result: Any) -> None:
        _running.discard(signals)
        if alive["yes"]:
            on_done(result)

    def failed(exc: BaseException) -> None:
        _running.discard(signals)
        if alive["yes"]:
            on_error(exc)

    signals.finished.connect(done)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(fn, signals))


def wait_for_workers(msecs: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)


class Latest:
    """One question asked again and again; only the newest answer counts. `ask` supersedes every earlier
    question still on its way (its answer or error is dropped); `drop` supersedes them without asking
    (a cleared search box, a lock). `busy` is True while the newest answer is awaited."""

    def __init__(self, owner: QObject) -> None:
        self.owner = owner
        self.generation = 0
        self.busy = False

    def ask(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        self.generation += 1
        generation = self.generation
        self.busy = True

        def done(result: Any) -> None:
            if generation == self.generation:
                self.busy = False
                on_done(result)

        def failed(exc: BaseException) -> None:
            if generation == self.generation:
                self.busy = False
                on_error(exc)

        run_in_worker(self.owner, fn, done, failed)

    def drop(self) -> None:
        self.generation += 1
        self.busy = False


class Progress(QObject):
    """A long run's progress and cancel, shared by the GUI and its worker. The worker calls `report(done,
    total)` (delivered on the GUI thread as `changed`) and asks `cancelled()` between steps; the GUI calls
    `cancel()`. Made without a parent: the worker's reference keeps it alive after a lock destroyed its page."""

    changed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__(None)
        self._stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.changed.emit(done, total)

    def cancel(self) -> None:
        self._stop.set()

    def cancelled(self) -> bool:
        return self._stop.is_set()
