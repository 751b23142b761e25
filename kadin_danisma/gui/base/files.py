"""The one file chooser: where to save a file (a PDF, a backup), which file to read (a scan to attach) or
which folder to use, always with Qt's own non-native dialog opened without a nested event loop (a lock is
never held up by it).

Replacing an existing file is asked in a non-blocking message box (Qt's own question would run a nested
loop), unless the caller says it inline itself. The dialogs' remembered history is removed after each use,
so no list of where files went stays on the computer (P24).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .widgets import open_modal


def pdf_filter() -> str:
    return QCoreApplication.translate("FileChooser", "PDF documents (*.pdf)")


def attachment_filter() -> str:
    return ";;".join((QCoreApplication.translate("FileChooser", "PDF, JPEG or PNG (*.pdf *.jpg *.jpeg *.png)"),
                      QCoreApplication.translate("FileChooser", "All files (*)")))


def forget_history() -> None:
    QSettings("QtProject").remove("FileDialog")


def _closed(dialog: QFileDialog) -> None:
    dialog.setHistory([])
    forget_history()


def choose_save_file(parent: QWidget, title: str, suggested: Path | str, name_filter: str,
                     on_chosen: Callable[[Path], None], *, suffix: str = "",
                     ask_to_replace: bool = True) -> QFileDialog:
    """Ask where to save; `on_chosen` gets the path (with `suffix` added when she typed none). An existing file
    is replaced only after she says so, unless `ask_to_replace` is False (the caller says it itself)."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.setHistory([])
    dialog.selectFile(str(suggested))

    def chosen(name: str) -> None:
        forget_history()
        if not name:
            return
        path = Path(name)
        if suffix and path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        if ask_to_replace and path.exists():
            _ask_to_replace(parent, path, on_chosen)
        else:
            on_chosen(path)

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(lambda _result: _closed(dialog))
    open_modal(dialog)
    return dialog


def _ask_to_replace(parent: QWidget, path: Path, on_chosen: Callable[[Path], None]) -> QMessageBox:
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, translate("FileChooser", "Replace the file?"), "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("FileChooser", "%1 already exists. Replace it?").replace("%1", path.name))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: on_chosen(path))
    open_modal(box)
    return box


def choose_open_file(parent: QWidget, title: str, name_filter: str, on_chosen: Callable[[Path], None]) -> QFileDialog:
    """Ask for an existing file to read (a scan to attach); `on_chosen` gets it."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    dialog.setHistory([])

    def chosen(name: str) -> None:
        forget_history()
        if name:
            on_chosen(Path(name))

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(lambda _result: _closed(dialog))
    open_modal(dialog)
    return dialog


def choose_folder(parent: QWidget, title: str, start: str, on_chosen: Callable[[Path], None]) -> QFileDialog:
    """Ask for a folder; `on_chosen` gets it."""
    dialog = QFileDialog(parent, title, start or str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setHistory([])

    def chosen(name: str) -> None:
        forget_history()
        if name:
            on_chosen(Path(name))

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(lambda _result: _closed(dialog))
    open_modal(dialog)
    return dialog
