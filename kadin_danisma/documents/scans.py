"""Papers that come in (issue 20): scans and photos cleaned on the way in, PDFs checked and drawn, all in
memory. Nothing here writes a file.

Images (Pillow, already installed with pikepdf): decoded once, turned upright by their EXIF orientation,
turned further by the quarter turns she chose, and written again as a new file of the same kind with no
metadata at all: no EXIF (GPS position, camera, date taken), no XMP, no text chunks, no comment, no ICC
profile (a profile names the device). Decoding refuses pictures of more than MAX_PIXELS before allocating
them (a decompression bomb), and a picture Pillow cannot decode is refused rather than stored.

PDFs (PDFium, the `pypdfium2` package: the engine of Chromium's viewer, 9 MB installed, BSD/Apache): opened
from the bytes to count the pages (a damaged or password-protected PDF is refused: it could not be shown),
then drawn a page at a time into a pixel buffer the GUI shows. PDFium is not thread-safe, so one lock
serialises every call into it.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from typing import Any

from ..domain.attachment_rules import JPEG, MAX_PIXELS, PDF, PNG
from ..domain.errors import AttachmentRefused

__all__ = ["CleanFile", "PdfPages", "Rendered", "clean", "pdf_page_count"]

_pdfium_lock = threading.Lock()
JPEG_QUALITY = 90  # a scanned page stays legible; the file keeps a sane size


@dataclass(frozen=True)
class CleanFile:
    data: bytes
    media_type: str
    pages: int | None  # PDFs only


@dataclass(frozen=True)
class Rendered:
    """One page drawn: RGBX bytes, `stride` bytes per row."""

    width: int
    height: int
    stride: int
    pixels: bytes


def clean(data: bytes, media_type: str, quarter_turns: int = 0) -> CleanFile:
    """The file as it will be stored: an image upright and without metadata, a PDF as it came (checked)."""
    if media_type == PDF:
        if quarter_turns % 4:
            raise AttachmentRefused("a PDF is stored as it came; only pictures are turned", code="attachment_turn")
        return CleanFile(data, PDF, pdf_page_count(data))
    if media_type in (JPEG, PNG):
        return CleanFile(_clean_image(data, media_type, quarter_turns), media_type, None)
    raise AttachmentRefused("only PDF, JPEG and PNG files can be attached")


def _clean_image(data: bytes, media_type: str, quarter_turns: int) -> bytes:
    from PIL import Image, ImageOps  # loaded when a picture is attached, not at every start

    try:
        with Image.open(io.BytesIO(data), formats=("JPEG",) if media_type == JPEG else ("PNG",)) as opened:
            width, height = opened.size
            if width * height > MAX_PIXELS:
                raise AttachmentRefused("the picture is too large (more than 60 megapixels)", code="attachment_pixels")
            opened.load()
            upright = ImageOps.exif_transpose(opened) or opened
            turns = quarter_turns % 4
            if turns:
                # Quarter turns clockwise (transpose is exact: no resampling, no size change but the swap).
                method = {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180,
                          3: Image.Transpose.ROTATE_90}[turns]
                upright = upright.transpose(method)
            out = io.BytesIO()
            if media_type == JPEG:
                picture = upright if upright.mode in ("L", "RGB", "CMYK") else upright.convert("RGB")
                picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
            else:
                upright.save(out, "PNG", optimize=False)
            return out.getvalue()
    except AttachmentRefused:
        raise
    except (Image.DecompressionBombError, OSError, ValueError, SyntaxError, MemoryError, EOFError):
        raise AttachmentRefused("the picture cannot be read (damaged or not really a picture)",
                                code="attachment_unreadable") from None


def _open_pdf(data: bytes) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise AttachmentRefused("the PDF is protected by a password; attach an unprotected copy",
                                    code="attachment_encrypted") from None
        raise AttachmentRefused("the PDF cannot be read (damaged or not really a PDF)",
                                code="attachment_unreadable") from None


def pdf_page_count(data: bytes) -> int:
    with _pdfium_lock:
        document = _open_pdf(data)
        try:
            pages = len(document)
        finally:
            document.close()
    if pages < 1:
        raise AttachmentRefused("the PDF has no pages", code="attachment_unreadable")
    return pages


class PdfPages:
    """An open PDF (from bytes, in memory) whose pages are drawn one at a time: a viewer keeps one while it
    is shown and closes it when it closes (or at lock)."""

    def __init__(self, data: bytes) -> None:
        with _pdfium_lock:
            self._document: Any = _open_pdf(data)
            self.count = len(self._document)

    def render(self, index: int, width_px: int) -> Rendered:
        """Page `index` drawn `width_px` pixels wide (its height follows the page's proportions)."""
        import pypdfium2.raw as pdfium_c

        with _pdfium_lock:
            if self._document is None:
                raise AttachmentRefused("the document was closed", code="attachment_unreadable")
            page = self._document[index]
            try:
                page_width, _ = page.get_size()
                scale = max(0.05, min(8.0, width_px / max(page_width, 1.0)))
                bitmap = page.render(scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
                                     rev_byteorder=True)
                try:
                    return Rendered(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                finally:
                    bitmap.close()
            finally:
                page.close()

    def close(self) -> None:
        with _pdfium_lock:
            if self._document is not None:
                self._document.close()
                self._document = None
