"""Idle lock and panic lock: any input anywhere in the app restarts the countdown, and Ctrl+L locks
from any window, including a modal dialog (which would swallow an ordinary application shortcut).

With a screen reader on, key events arrive twice removed: the AT-SPI bridge (Linux) takes the person's key
press, asks the screen reader whether it wants it, and sends it again with `postEvent`, no longer
spontaneous. Key events therefore count whether spontaneous or not; every other kind of event only when it
is spontaneous (input from the person), which keeps this filter cheap.
"""

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
        # (about 5,000 events when a case opens; reading event.type() builds a Python enum each time, while
        # the isinstance test is free: PySide hands the event over as its own class already).
        if not event.spontaneous():
            if isinstance(event, QKeyEvent):  # re-sent by assistive technology (see the module's docstring)
                return self._key(event)
            return False
        if isinstance(event, QKeyEvent):
            return self._key(event)
        if self._timer.isActive() and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        """Ctrl+L locks (and is eaten); any other key press or release is input."""
        kind = event.type()
        if (
            kind == QEvent.Type.KeyPress
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
