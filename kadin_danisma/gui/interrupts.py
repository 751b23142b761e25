"""Ctrl+C in the terminal that started the app (SIGINT), the terminal closing (SIGHUP) and a polite kill
(SIGTERM, as a logout sends) lock the vault and end the app cleanly.

Python runs a signal handler only when the interpreter next gets control, and while Qt's event loop waits
in C++ it may not for a long time: Ctrl+C did nothing until the next event, and then raised
KeyboardInterrupt inside whatever slot happened to run; SIGTERM ended the process with the vault open and
no lock entry. Here the signal's byte goes to a socket (`signal.set_wakeup_fd`) watched by a
QSocketNotifier, which wakes the event loop at once; the handler then asks for the same close a person's
click gives (each main window locks: drafts kept, dialogs closed, a `lock` entry in the audit log, the
key zeroed) and ends the event loop with 128 + the signal's number, as a shell reports it.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class SignalLock(QObject):
    """Installed once per application (`install`); `received` is the first signal's number."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.received: int | None = None
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for signum in SIGNALS:
            signal.signal(signum, self._handler)

    def _drain(self) -> None:
        # Running this slot is what lets Python call the handler; the bytes themselves are not needed.
        with contextlib.suppress(OSError):
            self._read.recv(256)

    def _handler(self, signum: int, _frame: FrameType | None) -> None:
        if self.received is not None:
            return  # a second Ctrl+C while locking changes nothing
        self.received = signum
        QTimer.singleShot(0, self._lock_and_quit)  # out of the handler: the lock runs as any event does

    def _lock_and_quit(self) -> None:
        try:
            self.app.closeAllWindows()  # each main window locks in its closeEvent
        finally:
            self.app.exit(128 + (self.received or 0))


def install(app: QApplication) -> SignalLock:
    return SignalLock(app)
