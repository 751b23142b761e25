"""Idle lock and panic lock: any input anywhere in the app restarts the countdown, and Ctrl+L locks
from any window, including a modal dialog (which would swallow an ordinary application shortcut)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
}


class IdleWatcher(QObject):
    idle = Signal()
    lock_key = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)

    def start(self, interval_ms: int) -> None:
        self._timer.setInterval(max(100, interval_ms))
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of every widget passes here. Input from the person (and from QTest) is spontaneous;
        # paints, layouts and timers are not, and returning at once for them is most of this filter's cost
        # (about 5,000 events when a case opens; reading event.type() builds a Python enum each time).
        if not event.spontaneous():
            return False
        kind = event.type()
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_L
            # Ctrl alone: AltGr arrives as Ctrl+Alt on Windows and must not lock while typing.
            and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.ControlModifier
            and not event.isAutoRepeat()
        ):
            self.lock_key.emit()
            return True
        if self._timer.isActive() and kind in _INPUT_EVENTS:
            self._timer.start()
        return False
