"""What may be attached to a case, as rules without I/O: the size limit and the file kinds, recognised by
their first bytes (a program renamed `rapor.pdf` is still a program).

PDF (`%PDF-`), JPEG (`FF D8 FF`) and PNG (its eight-byte signature) are accepted, up to 20 MB each: scans of
a 6284 decision, an injury report, a police record or a signed consent form fit well inside it, and a
bigger file is nearly always a photo taken at full resolution that should be scanned again.
"""

from __future__ import annotations

from ..domain.errors import AttachmentRefused, AttachmentTooLarge

MAX_BYTES = 20 * 1024 * 1024
SNIFF_BYTES = 16  # enough for every signature below
PDF, JPEG, PNG = "application/pdf", "image/jpeg", "image/png"
MEDIA_TYPES = (PDF, JPEG, PNG)
SUFFIX = {PDF: "pdf", JPEG: "jpg", PNG: "png"}
_SIGNATURES = ((b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))
MAX_PIXELS = 60_000_000  # a 600 dpi A3 scan is about 70 MP in colour; more is a decompression bomb or a mistake


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise AttachmentTooLarge(size, MAX_BYTES)
    if size <= 0:
        raise AttachmentRefused("the file is empty", code="attachment_empty")


def media_type(head: bytes) -> str:
    """The kind of file its first bytes show; refused when it is none of the three."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    raise AttachmentRefused("only PDF, JPEG and PNG files can be attached (recognised by their content)")


def is_image(kind: str) -> bool:
    return kind in (JPEG, PNG)
