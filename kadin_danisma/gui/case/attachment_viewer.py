"""Showing an attachment inside the app, never as a file: a PDF's pages drawn by PDFium (documents/scans.py),
a picture decoded by Qt, both from the bytes the vault gave back, in memory, in a worker. Opening it is
audited by the service (every view). "Save a copy…" is the one way out, audited like an export, and offered
only when the file may leave the vault (not marked never to be exported; she may export the case).

Closing the viewer (or a lock, which closes every dialog) drops the pixels, the bytes and PDFium's document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from ...domain.attachment_rules import PDF
from ...services import attachments
from ...services.attachments import Attachment
from ...services.session import Session
from ..base.dialogs import Buttons, Dialog
from ..base.files import choose_save_file
from ..base.labels import day_text
from ..base.messages import error_text
from ..base.widgets import plain_label, set_visible
from ..base.workers import Latest, run_in_worker
from ..session.context import Context

if TYPE_CHECKING:
    from ...documents.scans import PdfPages

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


@dataclass
class Opened:
    """What the worker hands back: the file, and for a PDF its open document, for a picture its image."""

    meta: Attachment
    data: bytes
    pages: PdfPages | None
    image: QImage | None


def open_attachment(session: Session, attachment_id: int) -> Opened:
    """Runs in a worker: the audited read, then the PDF opened or the picture decoded (in memory)."""
    meta, data = attachments.view(session, attachment_id)
    if meta.media_type == PDF:
        return Opened(meta, data, attachments.open_pdf(data), None)
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError("the picture cannot be decoded")
    return Opened(meta, data, None, image)


def draw_page(pages: PdfPages, index: int, width: int) -> QImage:
    drawn = pages.render(index, width)
    return QImage(drawn.pixels, drawn.width, drawn.height, drawn.stride, QImage.Format.Format_RGBX8888).copy()


class AttachmentViewer(Dialog):
    def __init__(self, ctx: Context, meta: Attachment, parent: QWidget) -> None:
        kind = ctx.labels.label("attachment_type", meta.details.doc_type)
        super().__init__(parent, self.tr("Attachment: %1, %2").replace("%1", kind).replace(
            "%2", day_text(meta.details.doc_date)), accept=Buttons.Close, cancel=False)
        self.setObjectName("attachmentViewer")
        self.ctx = ctx
        self.meta = meta
        self.opened: Opened | None = None
        self.page = 0
        self.zoom = 1.0
        self.drawing = Latest(self)
        self.picture = QLabel()
        self.picture.setObjectName("attachmentPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setAccessibleName(self.tr("The attachment"))
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.picture)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroller.setAccessibleName(self.tr("The attachment, scrollable"))
        self.status = plain_label(self.tr("Opening…"))
        self.status.setObjectName("viewerStatus")
        self.previous_button = QPushButton(self.tr("&Previous page"))
        self.next_button = QPushButton(self.tr("&Next page"))
        self.smaller_button = QPushButton(self.tr("Zoom &out"))
        self.larger_button = QPushButton(self.tr("Zoom &in"))
        self.copy_button = QPushButton(self.tr("&Save a copy…"))
        self.copy_button.setObjectName("saveCopyButton")
        self.copy_button.setToolTip(self.tr("Writes the file where you choose; recorded in the audit log."))
        row = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.smaller_button, self.larger_button):
            row.addWidget(button)
            button.setEnabled(False)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        self.lay_out(row, self.status, (self.scroller, 1))
        set_visible(self.copy_button, attachments.may_save_copy(ctx.session, meta))
        self.previous_button.clicked.connect(lambda: self.go(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go(self.page + 1))
        self.smaller_button.clicked.connect(lambda: self.set_zoom(-1))
        self.larger_button.clicked.connect(lambda: self.set_zoom(1))
        self.copy_button.clicked.connect(self.save_copy)
        self.resize(820, 700)
        session, aid = ctx.session, meta.id
        run_in_worker(self, lambda: open_attachment(session, aid), self._opened, self._failed)

    # -- showing ---------------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        if self.opened is not None and self.opened.pages is not None:
            return self.opened.pages.count
        return 1

    def _opened(self, opened: Opened) -> None:
        self.opened = opened
        for button in (self.smaller_button, self.larger_button):
            button.setEnabled(True)
        self.go(0)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

    def _width(self) -> int:
        # The page fits the width with the vertical scroll bar shown (it appears once a tall page is there).
        free = self.scroller.width() - self.scroller.verticalScrollBar().sizeHint().width() - 12
        return max(200, int(free * self.zoom * self.devicePixelRatioF()))

    def go(self, page: int) -> None:
        if self.opened is None or not 0 <= page < self.page_count:
            return
        self.page = page
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count - 1)
        self.status.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace(
            "%2", str(self.page_count)))
        width = self._width()
        if self.opened.pages is not None:
            pages = self.opened.pages
            self.drawing.ask(lambda: draw_page(pages, page, width), self._show, self._failed)
        elif self.opened.image is not None:
            image = self.opened.image
            self.drawing.ask(lambda: image.scaledToWidth(min(width, image.width() * 4),
                                                         Qt.TransformationMode.SmoothTransformation),
                             self._show, self._failed)

    def _show(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.picture.setPixmap(pixmap)
        self.picture.setAccessibleDescription(self.status.text())
        self.shown_page = self.page

    def set_zoom(self, step: int) -> None:
        index = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, index + step))]
        self.go(self.page)

    # -- the one way out -------------------------------------------------------------------------------
    def save_copy(self) -> None:
        suggested = f"{self.meta.details.doc_type}-{self.meta.details.doc_date}.{self.meta.suffix}"
        choose_save_file(self, self.tr("Save a copy of the attachment"), suggested,
                         f"{self.meta.suffix.upper()} (*.{self.meta.suffix})", self._save_to,
                         suffix=self.meta.suffix)

    def _save_to(self, path: Path) -> None:
        session, aid = self.ctx.session, self.meta.id
        self.status.setText(self.tr("Saving a copy…"))
        run_in_worker(self, lambda: attachments.save_copy(session, aid, path, force=True),
                      lambda _none: self.status.setText(self.tr("Copy saved: %1").replace("%1", path.name)),
                      self._failed)

    def done(self, result: int) -> None:
        """Closed (or rejected at a lock): drop the pixels, the bytes and the open document."""
        self.drawing.drop()
        self.picture.clear()
        if self.opened is not None:
            if self.opened.pages is not None:
                self.opened.pages.close()
            self.opened = None
        super().done(result)
