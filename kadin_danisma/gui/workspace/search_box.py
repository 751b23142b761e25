"""The global search box (Ctrl+F): results as you type, computed in a worker and shown in a list under
the box. Only the newest query's answer is shown (an older one arriving late is dropped). Names in the
results follow privacy mode. The query is case content: it never leaves the box and the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...services import search
from ...vault.case_queries import CaseSummary
from ..base.messages import error_text
from ..base.widgets import plain_label
from ..base.workers import Latest
from ..session.context import Context
from .case_rows import CASE_ID_ROLE, case_line

DEBOUNCE_MS = 120
MIN_CHARS = 2
LIMIT = 30


class SearchResults(QFrame):
    """The drop-down under the box: a child of the workspace (not a separate window), so it is covered by
    the same lock and scrub as everything else."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Search results"))
        self.info = plain_label("", self)
        self.info.setObjectName("searchInfo")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.info)
        layout.addWidget(self.list)
        self.hide()


class SearchBox(QLineEdit):
    case_activated = Signal(int)
    results_shown = Signal(int)  # number of results for the newest query

    def __init__(self, ctx: Context, overlay_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearch")
        self.setPlaceholderText(self.tr("Search: name, case number, client code, note text (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search cases"))
        self.setClearButtonEnabled(True)
        self.results = SearchResults(overlay_parent)
        self.queries = Latest(self)
        self._cases: list[CaseSummary] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        # A coarse timer may fire up to 5 % late (6 ms, measured in make bench): the pause is the point.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._run)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.textChanged.connect(self._maybe_hide)
        self.returnPressed.connect(self._open_first)
        self.results.list.itemActivated.connect(self._activated)
        self.results.list.installEventFilter(self)
        ctx.privacy.changed.connect(self._refill)

    # -- querying --------------------------------------------------------------------------------------
    def _maybe_hide(self, text: str) -> None:
        if len(text.strip()) < MIN_CHARS:
            self.queries.drop()  # an answer still on its way is stale now
            self.results.hide()

    def _run(self) -> None:
        query = self.text().strip()
        if len(query) < MIN_CHARS:
            return
        session = self.ctx.session
        self.queries.ask(lambda: search.search(session, query, LIMIT), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._cases = []
        self.results.list.clear()
        self.results.info.setText(error_text(exc))
        self._place()

    def _show(self, found: list[CaseSummary]) -> None:
        self._cases = found
        self._refill()
        if not found:
            self.results.info.setText(self.tr("No case found."))
        elif len(found) >= LIMIT:
            self.results.info.setText(self.tr("The first %1 results; type more to narrow.").replace("%1", str(LIMIT)))
        else:
            self.results.info.setText(self.tr("%1 case(s). Down arrow to choose, Enter to open.").replace(
                "%1", str(len(found))))
        self._place()
        self.results_shown.emit(len(found))

    def _refill(self) -> None:
        listing = self.results.list
        listing.setUpdatesEnabled(False)  # one repaint for the whole list, not one per row
        try:
            listing.clear()
            for case in self._cases:
                item = QListWidgetItem(case_line(self.ctx, case))
                item.setData(CASE_ID_ROLE, case.id)
                listing.addItem(item)
            if listing.count():
                listing.setCurrentRow(0)
        finally:
            listing.setUpdatesEnabled(True)

    def _place(self) -> None:
        parent = self.results.parentWidget()
        if parent is None:
            return
        corner = self.mapTo(parent, self.rect().bottomLeft())
        width = max(self.width(), 520)
        x = min(max(0, corner.x()), max(0, parent.width() - width))
        self.results.setGeometry(x, corner.y() + 2, width, min(360, max(120, parent.height() - corner.y() - 20)))
        self.results.show()
        self.results.raise_()

    # -- choosing --------------------------------------------------------------------------------------
    def _open_first(self) -> None:
        if self.results.isVisible() and self.results.list.count():
            self._activated(self.results.list.currentItem() or self.results.list.item(0))

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        case_id = int(item.data(CASE_ID_ROLE))
        self.results.hide()
        self.case_activated.emit(case_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.results.isVisible() and self.results.list.count():
            self.results.list.setFocus()
            return
        if event.key() == Qt.Key.Key_Escape and self.results.isVisible():
            self.results.hide()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.results.hide()
                self.setFocus()
                return True
            if event.key() == Qt.Key.Key_Up and self.results.list.currentRow() <= 0:
                self.setFocus()
                return True
        return False

    def scrub(self) -> None:
        self.queries.drop()
        self._cases = []
        self.results.list.clear()
        self.results.hide()
        self.clear()
