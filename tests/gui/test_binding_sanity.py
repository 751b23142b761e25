"""The Qt binding itself must not leak or free references: PySide6 6.12.0 dropped one reference to None per
void method call, which aborts Python < 3.12 ("none_dealloc") after minutes of ordinary use."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(app: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 50
