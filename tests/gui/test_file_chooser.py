"""The one file chooser (gui/base/files.py): it starts in her Documents folder, speaks Turkish, and leaves no
trace of where a file went in any settings file, even when Qt destroys the dialog after the app's clean-up
(Qt writes the last folder and the history into QtProject.conf from the dialog's destructor)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from gui_support import click, flush_deletes, type_text
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QWidget
from shiboken6 import Shiboken

from kadin_danisma.gui.base.files import choose_folder, choose_save_file, pdf_filter, start_folder
from kadin_danisma.gui.base.preferences import install_translations

MARKER = "gizli-klasor-4711"  # the name of the folder she saves into: it must be found nowhere afterwards


def _traces(home: Path) -> list[str]:
    """Every file under her home (settings, recent files, caches) that names the marker folder."""
    found = []
    for path in home.rglob("*"):
        if path.is_file() and MARKER.encode() in path.read_bytes():
            found.append(str(path.relative_to(home)))
    return found


def _name_field(dialog: QFileDialog) -> QLineEdit:
    field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert field is not None
    return field


def test_a_saved_path_leaves_no_trace_in_settings(qtbot, app, private_home: Path, tmp_path: Path) -> None:
    documents = private_home / "Documents"
    documents.mkdir()
    secret = tmp_path / MARKER
    secret.mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[Path] = []

    dialog = choose_save_file(parent, "Save the letter as", "referral-letter.pdf", pdf_filter(), chosen.append,
                              suffix="pdf")
    assert start_folder() == documents
    assert Path(dialog.directory().absolutePath()) == documents, "it starts in Documents, not the program's folder"
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog), "native dialogs write recently-used.xbel"
    # She goes into the folder (a double click in the dialog) and types the name.
    dialog.setDirectory(str(secret))
    field = _name_field(dialog)
    field.setFocus()
    field.clear()
    type_text(qtbot, field, "letter")
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: chosen == [secret / "letter.pdf"], timeout=5000)
    flush_deletes()
    assert not Shiboken.isValid(dialog), "the dialog was destroyed (and wrote its state)"
    assert (private_home / ".config" / "QtProject.conf").exists(), "Qt did write its state: the check looks at it"
    assert _traces(private_home) == []
    assert not list(private_home.rglob("recently-used.xbel"))


def test_a_folder_chooser_leaves_no_trace_either(qtbot, app, private_home: Path, tmp_path: Path) -> None:
    secret = tmp_path / MARKER
    secret.mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[Path] = []
    dialog = choose_folder(parent, "Backup folder", "", chosen.append)
    dialog.setDirectory(str(secret))  # she browses into it…
    dialog.selectFile(str(secret))
    dialog.accept()  # … and chooses it
    assert chosen == [secret]
    flush_deletes()
    assert _traces(private_home) == []


def test_destroyed_after_the_apps_clean_up(tmp_path: Path) -> None:
    """A real process: one chooser accepted, one left open inside the secret folder while the app quits; both
    are destroyed after the app's clean-up, when none of its code runs any more."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    secret = tmp_path / MARKER
    secret.mkdir()
    script = textwrap.dedent(f"""
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QWidget
        from shiboken6 import Shiboken
        from kadin_danisma.gui.app import make_app
        from kadin_danisma.gui.base.files import choose_save_file, choose_folder

        app = make_app()
        parent = QWidget()
        got = []
        first = choose_save_file(parent, "Save", "letter.pdf", "PDF (*.pdf)", got.append)
        first.selectFile({str(secret / "letter.pdf")!r})
        first.accept()
        second = choose_folder(parent, "Folder", "", got.append)
        second.setDirectory({str(secret)!r})  # still open when the app quits
        QTimer.singleShot(100, lambda: app.exit(0))  # the loop ends; no window is closed
        app.exec()
        assert got == [Path({str(secret / "letter.pdf")!r})], got
        # After the event loop and every clean-up of ours (no Python code of the app runs any more, as
        # during the interpreter's shutdown): the window goes, and its dialogs with it.
        for dialog in (first, second):
            if Shiboken.isValid(dialog):
                dialog.destroyed.disconnect()
        Shiboken.delete(parent)
        assert not Shiboken.isValid(second)
    """)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (home / ".config" / "QtProject.conf").exists(), "Qt wrote its state during shutdown"
    assert _traces(home) == []


def _dialog_texts(dialog: QFileDialog) -> set[str]:
    texts = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    texts |= {b.text() for b in dialog.findChildren(QAbstractButton) if b.text() and b.text() != "…"}
    return texts


def test_the_chooser_speaks_turkish(qtbot, app) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    english = choose_save_file(parent, "x", "a.pdf", pdf_filter(), lambda _p: None)
    english_texts = _dialog_texts(english)
    english.reject()
    assert {"&Look in:", "Files of &type:", "File &name:"} <= english_texts
    install_translations(app, "tr")
    turkish = choose_save_file(parent, "x", "a.pdf", pdf_filter(), lambda _p: None)
    left = _dialog_texts(turkish) & english_texts
    turkish.reject()
    flush_deletes()  # while the parent lives (qtbot keeps only a weak reference to it)
    assert left == set(), f"left in English: {left}"
