"""Walk every screen and dialog a person can reach, as that person would, and let a check look at each one.

The walk is generic, so screens added later are covered without listing them here: after signing in it shows
every tab of the workspace, opens a new intake if she may record one, opens a case (and, for a supervisor, a
case waiting for review) and shows every tab of it. On every screen it chooses the first row of each list and
then presses every button that is shown and enabled, one after the other; whatever dialog opens is looked at,
the buttons inside it that are not its own OK/Cancel row are pressed once as well (a file chooser, a preview),
and then it is cancelled, as a person would close it with Escape. A button that would end the walk (lock,
close the case or the intake) is left alone.

`visit(stop)` is called for each screen and dialog; `Stop.window` is the top-level window shown, `Stop.page`
the part of it that is this screen (for a dialog, the dialog itself).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from gui_support import WORKER_TIMEOUT, sign_in
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QWidget,
)
from shiboken6 import Shiboken

from kadin_danisma.domain.permissions import Action
from kadin_danisma.gui.base.workers import wait_for_workers
from kadin_danisma.gui.main_window import MainWindow
from kadin_danisma.services import access, cases

ROWS_TRIED = 4  # rows of each list chosen in turn before the buttons are pressed
CASES_OPENED = 3  # at most, to have every kind of record on screen


@dataclass
class Stop:
    name: str
    window: QWidget
    page: QWidget
    opener: QWidget | None = None  # the button that opened a dialog
    focus_before: QWidget | None = None  # what had the focus before it was opened


@dataclass
class Walk:
    qtbot: object
    window: MainWindow
    visit: Callable[[Stop], None]
    dialogs: bool = True
    # Checks that need the dialog closed again (focus going back): called after the dialog is gone.
    after_close: Callable[[Stop], None] | None = None
    seen: list[str] = field(default_factory=list)

    # -- waiting ----------------------------------------------------------------------------------------
    def settle(self) -> None:
        """Let workers finish and their answers arrive, then let layouts and deferred deletions happen."""
        for _ in range(3):
            assert wait_for_workers(WORKER_TIMEOUT), "workers still running"
            QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()

    # -- the parts of the walk --------------------------------------------------------------------------
    def unlock_screen(self) -> None:
        self.settle()
        page = self.window.unlock_page
        self.stop("unlock", page)
        if self.dialogs:
            self.press_buttons("unlock", page, [page.about_button])
        page.show_recovery(True)
        self.settle()
        self.stop("unlock/recovery key", page)
        page.show_recovery(False)
        self.settle()

    def signed_in(self, username: str, password: str) -> None:
        sign_in(self.qtbot, self.window, username, password)
        self.settle()
        workspace = self.window.workspace
        assert workspace is not None
        tabs: QTabWidget = workspace.tabs  # type: ignore[union-attr]
        top = [b for b in workspace.findChildren(QPushButton) if not self._inside(b, tabs)]
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            self.settle()
            self.screen(f"workspace/{_plain(tabs.tabText(index))}", tabs.widget(index))
        tabs.setCurrentIndex(0)
        self.settle()
        self.press_buttons("workspace/top bar", self.window, top)
        if getattr(workspace, "new_intake_button", None) is not None:
            page = workspace.new_intake()  # type: ignore[union-attr]
            self.settle()
            self.screen("intake", page)
            workspace.close_tab(tabs.indexOf(page))  # type: ignore[union-attr]
            self.settle()
        for case_id in self.cases_to_open():
            view = workspace.open_case(case_id)  # type: ignore[union-attr]
            self.qtbot.waitUntil(lambda v=view: v.data is not None, timeout=WORKER_TIMEOUT)  # type: ignore[attr-defined]
            self.settle()
            for index in range(view.tabs.count()):
                view.tabs.setCurrentIndex(index)
                self.settle()
                self.screen(f"case {view.data.record.status}/{_plain(view.tabs.tabText(index))}",
                            view.tabs.widget(index), extra=self._case_header(view) if index == 0 else None)
            workspace.close_tab(tabs.indexOf(view))  # type: ignore[union-attr]
            self.settle()

    def cases_to_open(self) -> Iterator[int]:
        """Cases from the first ones of her case list, chosen so that between them every kind of record (and
        so every list and button of a case tab) has something to show, ones she may change first; then the
        first case waiting for review (if she reviews)."""
        workspace = self.window.workspace
        case_list = getattr(workspace, "case_list", None)
        if case_list is None:
            return
        self.qtbot.waitUntil(lambda: not case_list.model.loading, timeout=WORKER_TIMEOUT)  # type: ignore[attr-defined]
        session = self.window.session
        assert session is not None
        kinds: dict[int, tuple[bool, set[str]]] = {}
        for i in range(min(40, case_list.model.rowCount())):
            case_id = case_list.model.case_id(i)
            rec = cases.open_case(session, case_id, audit=False)
            present = {name for name in ("children", "consents", "referrals", "placements", "measures", "notes",
                                         "risk_assessments", "aid", "employment", "court_cases")
                       if getattr(rec, name)}
            kinds[case_id] = (access.may(session, case_id, Action.CASE_EDIT), present)
        covered: set[str] = set()
        chosen: list[int] = []
        while kinds and len(chosen) < CASES_OPENED:
            best = max(kinds, key=lambda c: (kinds[c][0], len(kinds[c][1] - covered)))
            if chosen and not kinds[best][1] - covered:
                break
            chosen.append(best)
            covered |= kinds.pop(best)[1]
        reviews = getattr(workspace, "reviews", None)
        if reviews is not None and reviews.items:
            chosen.append(reviews.items[0].case.id)
        yield from dict.fromkeys(chosen)

    def _case_header(self, view: QWidget) -> list[QAbstractButton]:
        tabs = view.tabs  # type: ignore[attr-defined]
        return [b for b in view.findChildren(QPushButton) if not self._inside(b, tabs) and b is not view.close_button]  # type: ignore[attr-defined]

    # -- screens and dialogs ----------------------------------------------------------------------------
    def stop(self, name: str, page: QWidget, **more: object) -> Stop:
        stop = Stop(name, page.window(), page, **more)  # type: ignore[arg-type]
        self.seen.append(name)
        self.visit(stop)
        return stop

    def screen(self, name: str, page: QWidget, extra: list[QAbstractButton] | None = None) -> None:
        self.stop(name, page)
        if not self.dialogs:
            return
        pressed: set[int] = set()
        buttons = [b for b in page.findChildren(QPushButton)] + list(extra or [])
        views = [v for v in page.findChildren(QAbstractItemView)
                 if not isinstance(v, QHeaderView) and v.isVisible() and v.model() is not None]
        # Each of the first rows in turn (a button may act only on some rows: withdraw a consent in force).
        for row in range(ROWS_TRIED):
            chosen = False
            for view in views:
                if Shiboken.isValid(view) and view.isVisible() and row < view.model().rowCount():
                    view.setCurrentIndex(view.model().index(row, 0))
                    chosen = True
            if row and not chosen:
                break
            self.settle()
            self.press_buttons(name, page, buttons, pressed)

    def press_buttons(self, name: str, page: QWidget, buttons: list[QAbstractButton],
                      pressed: set[int] | None = None) -> None:
        pressed = set() if pressed is None else pressed
        for button in buttons:
            if not Shiboken.isValid(button) or not button.isVisible() or not button.isEnabled():
                continue
            if button.isCheckable() or self._ends_the_walk(button) or id(button) in pressed:
                continue
            pressed.add(id(button))
            self.open_from(f"{name} → {_plain(button.text())}", button)

    def _ends_the_walk(self, button: QAbstractButton) -> bool:
        workspace = self.window.workspace
        ends = [getattr(workspace, "lock_button", None), getattr(workspace, "new_intake_button", None)]
        page = button
        while page is not None:
            ends.append(getattr(page, "close_button", None))
            page = page.parentWidget()
        return any(button is end for end in ends if end is not None)

    def open_from(self, name: str, button: QAbstractButton, depth: int = 0) -> None:
        before = set(_dialogs())
        tabs = self._tab_state()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        focus_before = QApplication.focusWidget()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        self.settle()
        opened = [d for d in _dialogs() if d not in before]
        for dialog in opened:
            # Qt's own dialogs (the file chooser's and printing's checks are their own tests').
            if isinstance(dialog, (QFileDialog, QPrintDialog)):
                dialog.reject()
                continue
            stop = self.stop(f"dialog {type(dialog).__name__} ({name})", dialog, opener=button,
                             focus_before=focus_before)
            if depth == 0:
                inner = [b for b in dialog.findChildren(QPushButton) if not isinstance(b.parentWidget(),
                                                                                       QDialogButtonBox)]
                for b in inner:
                    if Shiboken.isValid(b) and b.isVisible() and b.isEnabled() and not b.isCheckable():
                        self.open_from(f"{name} → {_plain(b.text())}", b, depth + 1)
            if Shiboken.isValid(dialog) and dialog.isVisible():
                dialog.reject()
            self.settle()
            if self.after_close is not None:
                self.window.activateWindow()  # no window manager offscreen: activation goes back by hand
                self.settle()
                self.after_close(stop)
        self._restore_tabs(tabs)

    # -- keeping the walk where it was ----------------------------------------------------------------
    def _tab_state(self) -> list[tuple[QTabWidget, QWidget]]:
        workspace = self.window.workspace
        if workspace is None:
            return []
        return [(t, t.currentWidget()) for t in workspace.findChildren(QTabWidget) if t.isVisible()]

    def _restore_tabs(self, state: list[tuple[QTabWidget, QWidget]]) -> None:
        for tabs, current in state:
            if Shiboken.isValid(tabs) and Shiboken.isValid(current) and tabs.currentWidget() is not current:
                tabs.setCurrentWidget(current)
        self.settle()

    @staticmethod
    def _inside(widget: QWidget, ancestor: QWidget) -> bool:
        return ancestor.isAncestorOf(widget)


def _dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def walk_as(qtbot, window: MainWindow, username: str, password: str, visit: Callable[[Stop], None], *,
            dialogs: bool = True, after_close: Callable[[Stop], None] | None = None) -> list[str]:
    """The unlock screen, then everything she can reach once signed in; the names of the stops."""
    # A walk of every screen outlasts the idle timeout on a busy machine; locking midway is not what it tests.
    window.idle_override_ms = 3_600_000
    walk = Walk(qtbot, window, visit, dialogs, after_close)
    walk.unlock_screen()
    walk.signed_in(username, password)
    return walk.seen
