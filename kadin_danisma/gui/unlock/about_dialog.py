"""The About dialog: app name, version and licence, where this computer's vault lives, and the licences of
everything shipped with the app (each full text viewable, read from the package's resources).

Licence texts are shown as plain text only: they come from files, and no file content is ever interpreted
as rich text. Reachable from the unlock page and from the workspace's top bar; it shows no case data.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...services.paths import default_vault_dir
from ..base.icons import app_icon
from ..base.lines import isolate, ui_line
from ..base.scaling import set_scaled_font
from ..base.widgets import plain_label

APP_LICENSE = "GPL-3.0-or-later"


class Component(NamedTuple):
    name: str
    license: str  # SPDX-style identifiers; names of licences are not translated
    files: tuple[str, ...]  # under kadin_danisma/resources/


# Everything the installed app or the bundle ships, in the order a reader would look for it.
# THIRD_PARTY_LICENSES.md at the repository root says the same in more words; a test keeps them in step.
COMPONENTS: tuple[Component, ...] = (
    Component("Kadın Danışma", APP_LICENSE, ("licenses/GPL-3.0.txt",)),
    Component("Qt 6, PySide6, Shiboken6", "LGPL-3.0-only", ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt")),
    Component("ICU (part of Qt)", "Unicode (MIT-style)", ("licenses/icu.txt",)),
    Component("SQLCipher, sqlcipher3", "BSD-3-Clause, Zlib", ("licenses/sqlcipher.txt",)),
    Component("cryptography (with OpenSSL)", "Apache-2.0 OR BSD-3-Clause",
              ("licenses/cryptography.txt", "licenses/Apache-2.0.txt")),
    Component("Typst (typst-py)", "Apache-2.0", ("licenses/typst.txt", "licenses/Apache-2.0.txt")),
    Component("Pillow", "MIT-CMU", ("licenses/pillow.txt",)),
    Component("pikepdf (with qpdf)", "MPL-2.0, Apache-2.0", ("licenses/pikepdf.txt", "licenses/MPL-2.0.txt")),
    Component("pypdfium2 (with PDFium)", "Apache-2.0 OR BSD-3-Clause; PDFium: BSD-3-Clause, Apache-2.0",
              ("licenses/pypdfium2.txt", "licenses/Apache-2.0.txt")),
    Component("XlsxWriter", "BSD-2-Clause", ("licenses/xlsxwriter.txt",)),
    Component("platformdirs", "MIT", ("licenses/platformdirs.txt",)),
    Component("cffi", "MIT-0", ("licenses/cffi.txt",)),
    Component("Python", "PSF-2.0", ("licenses/python.txt",)),
    Component("Noto Sans, Noto Sans Arabic, Noto Sans Armenian", "OFL-1.1", ("fonts/OFL-Noto.txt",)),
    Component("DejaVu Sans", "Bitstream-Vera", ("fonts/LICENSE-DejaVu.txt",)),
)


def license_text(component: Component) -> str:
    """The full licence text(s) of a component, joined with a separator line."""
    base = resources.files("kadin_danisma").joinpath("resources")
    parts = [base.joinpath(name).read_bytes().decode("utf-8", errors="replace") for name in component.files]
    return ("\n\n" + "—" * 40 + "\n\n").join(parts)


class AboutDialog(QDialog):
    """Version, licence, data location and third-party licences. `vault_folder` is the vault this window
    opens (which may differ from the default when started with --vault)."""

    def __init__(self, vault_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Kadın Danışma"))
        self.setObjectName("aboutDialog")

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("App icon"))
        title = plain_label(self.tr("Kadın Danışma"))
        set_scaled_font(title, 1.4, bold=True)
        version = plain_label(self.tr("Version %1").replace("%1", __version__))
        version.setObjectName("aboutVersion")
        licence = plain_label(self.tr(
            "Free software under the GNU General Public License, version 3 or (at your option) any later "
            "version (%1). It comes with no warranty.").replace("%1", APP_LICENSE))
        licence.setObjectName("aboutLicense")
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(version)
        names.addWidget(licence)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names, 1)

        folder = Path(vault_folder) if vault_folder is not None else default_vault_dir()
        # A path reads left to right even in a right-to-left interface: isolate it.
        lines = [self.tr("The vault on this computer: %1").replace("%1", isolate(str(folder)))]
        if folder != default_vault_dir():
            lines.append(self.tr("Default location: %1").replace("%1", isolate(str(default_vault_dir()))))
        lines.append(self.tr("To move it: lock the vault, close the app, copy the whole folder, then open "
                             "it from the new place. Backups are separate files; keep them as well."))
        self.location = plain_label("\n".join(ui_line(line) for line in lines))
        self.location.setObjectName("aboutLocation")
        self.location.setAccessibleDescription(self.tr("Where the data lives"))

        components_label = QLabel(self.tr("&Third-party software and fonts:"))
        self.components = QListWidget()
        self.components.setObjectName("aboutComponents")
        self.components.setAccessibleName(self.tr("Third-party software and fonts"))
        components_label.setBuddy(self.components)
        for component in COMPONENTS:
            self.components.addItem(QListWidgetItem(f"{component.name} — {component.license}"))
        text_label = QLabel(self.tr("Licence te&xt:"))
        self.text = QPlainTextEdit()  # plain text: nothing in a licence file is ever rendered as markup
        self.text.setObjectName("aboutLicenseText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        set_scaled_font(self.text, family=QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family(),
                        monospace=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # keep the files' own line breaks
        # Licence texts are English and left to right whatever the interface direction.
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        text_label.setBuddy(self.text)
        self.components.currentRowChanged.connect(self._show)

        # The list above the text, both full width: licence files are laid out for 72-79 columns.
        em = self.fontMetrics().horizontalAdvance("M")
        self.components.setMaximumHeight(self.components.sizeHintForRow(0) * 8 + 2 * self.components.frameWidth())
        lists = QVBoxLayout()
        lists.addWidget(components_label)
        lists.addWidget(self.components)
        lists.addWidget(text_label)
        lists.addWidget(self.text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.location)
        layout.addLayout(lists, 1)
        layout.addWidget(buttons)
        self.resize(64 * em, 48 * em)
        self.components.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Start in the list (QDialog would focus the Close button): arrows then walk the licences.
        self.components.setFocus()

    def _show(self, row: int) -> None:
        if 0 <= row < len(COMPONENTS):
            self.text.setPlainText(license_text(COMPONENTS[row]))
        else:
            self.text.clear()
