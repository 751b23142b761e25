"""The one file chooser: where to save a file (a PDF, a backup), which file to open (a backup to restore, a
scan to attach) or which folder to use, always with Qt's own non-native dialog opened without a nested event
loop (a lock is never held up by it). No other module makes a QFileDialog.

It starts in her Documents folder (the home folder if there is none), never in the program's folder.

Nothing about where files went stays on the computer (P24). Qt's dialog writes its state into
`QtProject.conf` (the last folder visited, the history of folders) when it is *destroyed*, which may be
after any clean-up of ours has run (a dialog still open when the app quits is destroyed during Qt's own
shutdown). So the dialog is emptied as soon as it is finished, and again when the application is about to
quit: it is moved back to the neutral starting folder and its history cleared, and the saved group removed.
Whatever it writes later names only the starting folder. The native dialogs (GTK, the desktop portal) are
never used: they add every chosen file to the desktop's `recently-used.xbel`.

Replacing an existing file is asked in a non-blocking message box (Qt's own question would run a nested
loop), unless the caller says it inline itself.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .widgets import open_modal

_open: weakref.WeakSet[QFileDialog] = weakref.WeakSet()
_quit_hooked = False


def pdf_filter() -> str:
    return QCoreApplication.translate("FileChooser", "PDF documents (*.pdf)")


def xlsx_filter() -> str:
    return QCoreApplication.translate("FileChooser", "Excel workbooks (*.xlsx)")


def csv_filter() -> str:
    return QCoreApplication.translate("FileChooser", "CSV files (*.csv)")


def backup_filter() -> str:
    return QCoreApplication.translate("FileChooser", "Kadın Danışma backups (*.kdbackup)")


def package_filter() -> str:
    return QCoreApplication.translate("FileChooser", "Kadın Danışma packages (*.kdpkg)")


def start_folder() -> Path:
    """Where every chooser starts: her Documents folder, or the home folder if there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def attachment_filter() -> str:
    return ";;".join((QCoreApplication.translate("FileChooser", "PDF, JPEG or PNG (*.pdf *.jpg *.jpeg *.png)"),
                      QCoreApplication.translate("FileChooser", "All files (*)")))


def forget_history() -> None:
    settings = QSettings("QtProject")
    settings.remove("FileDialog")
    settings.sync()


def _empty(dialog: QFileDialog) -> None:
    """Leave nothing of this dialog's browsing for Qt to save when it is destroyed."""
    try:
        dialog.setDirectory(str(start_folder()))  # also Qt's shared "last visited" folder
        dialog.setHistory([])
    except RuntimeError:  # already deleted by Qt
        return
    forget_history()


def _empty_all() -> None:
    for dialog in list(_open):
        _empty(dialog)
    forget_history()


def _make(parent: QWidget, title: str, start: Path) -> QFileDialog:
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(_empty_all)
        _quit_hooked = True
    dialog = QFileDialog(parent, title, str(start))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    dialog.finished.connect(lambda _result: _empty(dialog))
    dialog.destroyed.connect(lambda *_: forget_history())
    _open.add(dialog)
    return dialog


def _where(suggested: Path | str) -> tuple[Path, str]:
    """A bare name goes into the start folder; a full path (her earlier choice) stays where it is."""
    path = Path(suggested)
    if path.is_absolute() and path.parent.is_dir():
        return path.parent, path.name
    return start_folder(), path.name


def choose_save_file(parent: QWidget, title: str, suggested: Path | str, name_filter: str,
                     on_chosen: Callable[[Path], None], *, suffix: str = "",
                     ask_to_replace: bool = True) -> QFileDialog:
    """Ask where to save; `on_chosen` gets the path (with `suffix` added when she typed none). `suggested` is
    a neutral file name (nothing about her in it), or the path she chose before. An existing file is replaced
    only after she says so, unless `ask_to_replace` is False (the caller says it itself)."""
    folder, name = _where(suggested)
    dialog = _make(parent, title, folder)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.selectFile(str(folder / name))

    def chosen(name: str) -> None:
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
    open_modal(dialog)
    return dialog


def choose_open_file(parent: QWidget, title: str, name_filter: str, on_chosen: Callable[[Path], None]) -> QFileDialog:
    """Ask for an existing file to read (a backup to restore, a scan to attach); `on_chosen` gets it."""
    dialog = _make(parent, title, start_folder())
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)

    def chosen(name: str) -> None:
        if name:
            on_chosen(Path(name))

    dialog.fileSelected.connect(chosen)
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


def choose_folder(parent: QWidget, title: str, start: str, on_chosen: Callable[[Path], None]) -> QFileDialog:
    """Ask for a folder (starting at `start`, e.g. the backup folder set before); `on_chosen` gets it."""
    dialog = _make(parent, title, Path(start) if start and Path(start).is_dir() else start_folder())
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)

    def chosen(name: str) -> None:
        if name:
            on_chosen(Path(name))

    dialog.fileSelected.connect(chosen)
    open_modal(dialog)
    return dialog
