"""Composed lines read right in both directions (`--rtl` mirrors the layout of Turkish words; names may be in
Arabic script): every value is isolated, every line starts with the language's mark, and what Qt draws in the
layout's direction (buttons, tabs) is isolated by the style. Checked on the strings and on rendered pixels: a
line drawn in a right-to-left layout must look exactly as in a left-to-right one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_support import WORKER_TIMEOUT, show_case
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton, QStyleFactory, QWidget
from screen_checks import lines_reading_wrong

from kadin_danisma.domain import records as r
from kadin_danisma.gui.base.lines import FSI, LRM, PDI, compose, isolate, ui_line
from kadin_danisma.gui.base.preferences import install_translations
from kadin_danisma.services import cases

ARABIC = "ليلى رحيمي"


@pytest.fixture
def turkish(app) -> Iterator[None]:
    install_translations(app, "tr")
    yield
    install_translations(app, "en")


def test_compose_isolates_every_value_and_marks_the_line(app) -> None:
    line = compose("Danışman: %1 (%2)", ARABIC, 14)
    assert line == f"{LRM}Danışman: {FSI}{ARABIC}{PDI} ({FSI}14{PDI})"
    assert compose("%1 · %10", *range(1, 11)) == f"{LRM}{FSI}1{PDI} · {FSI}10{PDI}", "%10 is not %1 followed by 0"
    assert ui_line("x") == LRM + "x" and isolate("x") == FSI + "x" + PDI
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        # The mark is the language's (Turkish reads left to right), not the mirrored layout's.
        assert compose("Saatler: %1", "10-12").startswith(LRM)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _picture(widget: QWidget, direction: Qt.LayoutDirection) -> QImage:
    """The widget drawn with the whole app in that direction (as with --rtl)."""
    app = QApplication.instance()
    app.setLayoutDirection(direction)
    try:
        QApplication.processEvents()
        return widget.grab().toImage()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def reads_the_same(widget: QWidget) -> bool:
    """Drawn in a right-to-left layout exactly as in a left-to-right one (a line reading left to right is laid
    out from the left in both: an LTR paragraph in a mirrored widget keeps its start)."""
    return _picture(widget, Qt.LayoutDirection.RightToLeft) == _picture(widget, Qt.LayoutDirection.LeftToRight)


def test_case_lines_read_right_in_a_mirrored_layout(qtbot, open_as, turkish) -> None:
    """The issue's examples: the call times after the safe phone label, a counselor's name in Arabic script, a
    number in brackets after a number ("(3) 14")."""
    session, ctx = open_as()
    client = r.Client("Şükriye Çağlayan", safe_contact=r.SafeContact(
        safe_phone="0555 123 45 67", safe_contact_times="10-12 arası", code_word="نار", safe_contact_notes=ARABIC))
    case_id = cases.create_case(session, client)
    view = show_case(qtbot, ctx, case_id)
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORKER_TIMEOUT)
    banner = view.safe_contact_banner
    text = banner.text()
    assert f"Güvenli numara: {FSI}0555 123 45 67{PDI}" in text
    assert text.index("Güvenli numara") < text.index("10-12 arası")
    for widget in (banner, view.counselors_label, view.header_status):
        widget.setFixedWidth(900)
        assert reads_the_same(widget), f"{widget.objectName()} reads differently right to left: {widget.text()!r}"


def test_buttons_read_right_in_a_mirrored_layout(qtbot, app, turkish) -> None:
    """"Hakkında…" was drawn "…Hakkında": Qt draws a button's text in the layout's direction."""
    for text in ("Hakkında…", "Kilitle (Ctrl+L)", "14 (3)"):
        button = QPushButton(text)
        qtbot.addWidget(button)
        button.resize(240, 40)
        assert reads_the_same(button), text


def test_the_comparison_sees_a_line_drawn_backwards(qtbot, app) -> None:
    """The comparison itself: with Qt's own style a button's text follows the layout and reads "…Hakkında"."""
    button = QPushButton("Hakkında…")
    qtbot.addWidget(button)
    button.setStyle(QStyleFactory.create("Fusion"))
    button.resize(240, 40)
    assert not reads_the_same(button)


def test_case_lines_have_their_values_isolated(qtbot, open_as, turkish) -> None:
    """The strings themselves: each starts left to right (the language's mark) and every value in Arabic
    script is inside an isolate, so it cannot pull the sentence's punctuation to its side."""
    session, ctx = open_as()
    client = r.Client(ARABIC, safe_contact=r.SafeContact(safe_phone="0555 123 45 67", code_word="نار"))
    view = show_case(qtbot, ctx, cases.create_case(session, client))
    qtbot.waitUntil(lambda: view.data is not None, timeout=WORKER_TIMEOUT)
    assert lines_reading_wrong(view) == []
    assert view.safe_contact_banner.text().startswith(LRM)
