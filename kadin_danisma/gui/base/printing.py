"""Printing and previewing a PDF in memory: a letter, the case summary, the client record, a recovery sheet.

The document is the PDF the service builds (services/exports, whichever engine made it); its pages are drawn
into images with PDFium (pypdfium2, a few MB, the renderer of Chrome) and painted onto Qt's printer. Nothing
is written to disk on the way: no temporary PDF, no spool file of ours (the printing system receives the
pages from Qt). Qt's own PDF module (QtPdf) would do the same but is not in PySide6-Essentials; PySide6-Addons
would add some 300 MB to the bundle for it.

`print_document` opens Qt's print dialog without a nested event loop (a lock is never held up by it); once
she presses Print, the service builds the document in a worker (the service audits it as printed), and the
same worker renders each page and paints it onto the printer, one page at a time (Qt paints on a QPrinter
from any thread; a 300 dpi page is about 35 MB, so a long record is never held in memory whole). "Print to
file" is not offered: saving a copy is its own button, written by the one file writer, audited as an export.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from .workers import run_in_worker

PRINT_DPI = 300  # enough for text on paper; a page is then about 25 MB in memory while it is painted
_pdfium_lock = threading.Lock()  # PDFium is not thread-safe: one render at a time


def _pages(pdf: bytes, dpi: int, first_only: bool = False) -> Iterator[QImage]:
    """The pages of a PDF as images (white background) at `dpi`, one at a time. Safe in a worker."""
    import pypdfium2 as pdfium  # loaded on first use: most sessions never print

    with _pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        try:
            count = 1 if first_only else len(document)
            for index in range(min(count, len(document))):
                page = document[index]
                bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, draw_annots=True)
                # BGRX bytes are QImage's RGB32 on little- and big-endian machines alike (0xffRRGGBB words).
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
                copy = image.copy()  # owns its pixels before PDFium frees the bitmap
                bitmap.close()
                page.close()
                yield copy
        finally:
            document.close()


def render_pages(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of a PDF as an image."""
    return list(_pages(pdf, dpi))


def first_page(pdf: bytes, width_px: int) -> QImage:
    """The first page scaled to about `width_px` pixels wide (a preview on screen)."""
    import pypdfium2 as pdfium

    with _pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        try:
            width_pt = document[0].get_width()
        finally:
            document.close()
    dpi = max(36, min(200, round(width_px / width_pt * 72)))
    return next(_pages(pdf, dpi, first_only=True))


def _printer_device(printer: QPrinter) -> QPagedPaintDevice:
    return printer


# Where the pages are painted once she pressed Print: the printer she chose. The tests, on machines without
# printers, put a paged paint device of their own here (Qt's dialog resets any output file on the printer).
paint_device: Callable[[QPrinter], QPagedPaintDevice] = _printer_device


def paint(printer: QPagedPaintDevice, pdf: bytes, dpi: int) -> int:
    """Render each page and paint it onto the printer, fitted to the printable area, proportions kept."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    count = 0
    try:
        for image in _pages(pdf, dpi):
            if count:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x() + (area.width() - size.width()) // 2, area.y(), size.width(), size.height())
            painter.drawImage(target, image)
            count += 1
    finally:
        painter.end()
    return count


@dataclass
class PrintJob:
    """What `print_document` started: the dialog, and the outcome once there is one."""

    dialog: QPrintDialog
    printer: QPrinter
    pages: int = 0
    done: bool = False
    error: BaseException | None = None


def print_document(parent: QWidget, title: str, build: Callable[[], bytes], on_done: Callable[[int], None],
                   on_failed: Callable[[BaseException], None]) -> PrintJob:
    """Ask with Qt's print dialog; when she prints, `build` (in a worker) gives the PDF, which is rendered and
    sent to the printer. `on_done(pages)` or `on_failed(error)` follow on the GUI thread."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)  # the print queue shows it: a neutral title, never her name
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(False)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print: %1").replace("%1", title))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    job = PrintJob(dialog, printer)

    def printed(pages: int) -> None:
        job.pages = pages
        job.done = True
        on_done(pages)

    def failed(exc: BaseException) -> None:
        job.error = exc
        job.done = True
        on_failed(exc)

    def accepted() -> None:
        dpi = printer.resolution() or PRINT_DPI
        device = paint_device(printer)
        run_in_worker(parent, lambda: paint(device, build(), dpi), printed, failed)

    dialog.accepted.connect(accepted)
    # QPrintDialog's own open(receiver, member) hides QDialog.open() in PySide: opened as every modal is,
    # without a nested event loop.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    QDialog.open(dialog)
    return job
