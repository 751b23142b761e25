"""Every screen and every dialog each person can open (screen_walk.py), checked for what keyboard, screen-reader
and large-text users need (screen_checks.py):
- no two things in one window answer to the same Alt letter;
- what is shown is what a screen reader reads (labels: the text; buttons: their visible words);
- Tab leaves every table and text box;
- a dialog opens on its first field and, when it closes, the focus goes back where it was;
- the window fits a 1366×768 laptop (1366×740 left by the panel, title bar included), at the default text size
  and at 20 pt, where pages and dialogs scroll instead of growing; at 20 pt no table cell, header, label or
  button is cut.
The walk is generic: screens added later are walked and checked without being named here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from gui_support import ADMIN, DEMO_COUNSELOR, DEMO_PASSWORD, PASSWORD, SUPERVISOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from screen_checks import (
    BUDGET,
    cut_texts,
    duplicate_mnemonics,
    focus_on_open,
    focus_traps,
    lines_reading_wrong,
    minimum_size,
    too_big,
    unread_texts,
)
from screen_walk import Stop, walk_as
from shiboken6 import Shiboken

from kadin_danisma.gui.base.preferences import apply_font_size, install_translations

PEOPLE = {"counselor": (DEMO_COUNSELOR, DEMO_PASSWORD), "supervisor": (SUPERVISOR, PASSWORD),
          "admin": (ADMIN, PASSWORD)}
LARGE = 20.0  # points


@pytest.fixture
def text_size(app) -> Iterator[Callable[[float | None], None]]:
    def choose(points: float | None) -> None:
        apply_font_size(points)

    yield choose
    apply_font_size(None)


class Findings:
    def __init__(self) -> None:
        self.problems: dict[str, list[str]] = defaultdict(list)
        self.sizes: dict[str, tuple[int, int]] = {}

    def add(self, kind: str, stop: Stop, found: list[str]) -> None:
        self.problems[kind] += [f"{stop.name}: {p}" for p in found]

    def report(self) -> str:
        return "\n".join(f"{kind}:\n  " + "\n  ".join(found) for kind, found in self.problems.items() if found)


def walk_and_check(qtbot, window, who: str, *, large: bool = False, rtl: bool = False) -> Findings:
    findings = Findings()

    def visit(stop: Stop) -> None:
        findings.add("duplicate Alt letters", stop, duplicate_mnemonics(stop.window))
        findings.add("not read as shown", stop, unread_texts(stop.window))
        findings.add("focus traps", stop, focus_traps(stop.window))
        findings.add("larger than the screen", stop, too_big(stop.window))
        findings.sizes[stop.name] = minimum_size(stop.window).toTuple()
        if stop.opener is not None:
            findings.add("focus when a dialog opens", stop, focus_on_open(stop.window))
        if large:
            findings.add("cut at 20 pt", stop, cut_texts(stop.window))
        if rtl:
            findings.add("reading order right to left", stop, lines_reading_wrong(stop.window))

    def after_close(stop: Stop) -> None:
        before = stop.focus_before
        focus = QApplication.focusWidget()
        if before is not None and Shiboken.isValid(before) and before.isVisible() and before.isEnabled():
            if focus is not before:
                findings.add("focus after a dialog", stop, [f"went to {_name(focus)}, not back to {_name(before)}"])
        elif focus is not None and focus is getattr(window.workspace, "search", None):
            findings.add("focus after a dialog", stop, ["went to the search box"])

    seen = walk_as(qtbot, window, *PEOPLE[who], visit, after_close=after_close)
    assert len(seen) >= 20, seen  # a counselor's walk has 35 stops, an admin's 61
    assert any(name.startswith("dialog") for name in seen), seen
    return findings


def _name(widget: QWidget | None) -> str:
    if widget is None:
        return "nowhere"
    return f"{type(widget).__name__}#{widget.objectName()} {widget.accessibleName()!r}"


@pytest.mark.parametrize("language", ["tr", "en"])
@pytest.mark.parametrize("who", list(PEOPLE))
def test_every_screen(qtbot, make_window, case_vault, app, who: str, language: str) -> None:
    if language == "tr":
        install_translations(app, "tr")
    window = make_window(case_vault.folder)
    findings = walk_and_check(qtbot, window, who, large=False)
    assert not findings.report(), findings.report()
    widest = max(w for w, _h in findings.sizes.values())
    tallest = max(h for _w, h in findings.sizes.values())
    assert widest <= BUDGET.width() and tallest <= BUDGET.height()


@pytest.mark.parametrize("who", list(PEOPLE))
def test_every_screen_at_20_points(qtbot, make_window, case_vault, app, text_size, who: str) -> None:
    install_translations(app, "tr")  # the longer words
    text_size(LARGE)
    window = make_window(case_vault.folder)
    window.resize(BUDGET)
    findings = walk_and_check(qtbot, window, who, large=True)
    assert not findings.report(), findings.report()


@pytest.mark.parametrize("who", list(PEOPLE))
def test_every_screen_right_to_left(qtbot, make_window, case_vault, app, who: str) -> None:
    """--rtl mirrors the layout; Turkish lines still read left to right, names in Arabic script kept whole."""
    install_translations(app, "tr")
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make_window(case_vault.folder)
        findings = walk_and_check(qtbot, window, who, rtl=True)
        window.lock()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert not findings.report(), findings.report()


def check_window(window: QWidget, name: str, *, large: bool) -> list[str]:
    stop = Stop(name, window, window)
    findings = Findings()
    findings.add("duplicate Alt letters", stop, duplicate_mnemonics(window))
    findings.add("not read as shown", stop, unread_texts(window))
    findings.add("focus traps", stop, focus_traps(window))
    findings.add("larger than the screen", stop, too_big(window))
    if large:
        findings.add("cut at 20 pt", stop, cut_texts(window))
    return [line for found in findings.problems.values() for line in found]


@pytest.mark.parametrize("language", ["tr", "en"])
@pytest.mark.parametrize("points", [None, LARGE], ids=["default", "20pt"])
def test_first_run_recovery_and_older_copy_screens(qtbot, make_window, tmp_path, vault, app, text_size,
                                                   language: str, points: float | None) -> None:
    """The screens outside the workspace: each page of the first-run wizard, the recovery-key workspace and the
    warning about an older copy of the vault."""
    import shutil

    from gui_support import WORKER_TIMEOUT, sign_in, type_text

    from kadin_danisma.gui.unlock.older_copy_page import OlderCopyPage

    if language == "tr":
        install_translations(app, "tr")
    text_size(points)
    large = points is not None
    problems: list[str] = []
    window = make_window(tmp_path / "new-vault")
    window.resize(BUDGET)
    wizard = window.wizard
    problems += check_window(window, "wizard: center", large=large)
    wizard.center_page.center.setText("Deneme Merkezi")
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("deneme")
    admin.display_name.setText("Deneme Yönetici")
    admin.pair.first.setText(PASSWORD)
    admin.pair.second.setText(PASSWORD)
    problems += check_window(window, "wizard: administrator", large=large)
    wizard.next()
    assert wizard.currentPage() is wizard.create_page
    problems += check_window(window, "wizard: create the vault", large=large)
    # The vault is made only when she presses "Create the vault" (the commit page), never on arriving there.
    qtbot.mouseClick(wizard.button(wizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.create_page.done, timeout=WORKER_TIMEOUT)
    problems += check_window(window, "wizard: recovery key", large=large)
    wizard.key_page.written.setChecked(True)
    wizard.next()
    problems += check_window(window, "wizard: confirm the key", large=large)
    wizard.reject()

    window = make_window(vault.folder)
    window.resize(BUDGET)
    page = window.unlock_page
    page.show_recovery(True)
    type_text(qtbot, page.recovery_input, vault.recovery_key)
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WORKER_TIMEOUT)
    problems += check_window(window, "recovery workspace", large=large)
    window.lock()

    copy = tmp_path / "copy"
    shutil.copytree(vault.folder, copy)
    sign_in(qtbot, window)
    window.lock()
    shutil.rmtree(vault.folder)
    shutil.copytree(copy, vault.folder)
    page.show_recovery(False)
    sign_in(qtbot, window)
    assert isinstance(window.workspace, OlderCopyPage)
    problems += check_window(window, "older copy", large=large)
    assert problems == [], "\n".join(problems)
