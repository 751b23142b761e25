"""Running slow service calls (key derivation, backups, chain verification) off the GUI thread.

Workers never touch widgets: they return a value or an exception, delivered back on the GUI thread
through a queued signal. If the receiver was destroyed meanwhile (the app locked), the result is dropped.
"""

from __future__ import annotations

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
