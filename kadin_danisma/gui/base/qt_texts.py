"""Texts of Qt's own dialogs (the file chooser, the print dialog) that Qt's Turkish catalogue (qtbase_tr) does
not translate. They are listed here, in Qt's own contexts, so `make update-ts` collects them into our
catalogue; Qt looks a text up in its own catalogue first and then in ours (preferences.install_translations),
so her file dialog says "Konum:" where it said "Look in:". Nothing calls this module at run time.

tests/gui/test_file_chooser.py walks the Turkish file and print dialogs and fails on a text left in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)
