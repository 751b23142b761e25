"""Password protection of a finished PDF: AES-256 (revision 6, ISO 32000-2) with pikepdf, in memory.

Typst writes no encryption (and PDF/A forbids it), so the PDF is built unencrypted and re-saved here; the
structure tree and XMP metadata are kept. The owner password is
random and thrown away; the user password opens the file. Printing and accessibility extraction are
allowed, changes are not (permission flags are advisory: a reader holding the password can do anything).
"""

from __future__ import annotations

import io
import secrets

import pikepdf


def protect(pdf: bytes, password: str) -> bytes:
    """`pdf` encrypted with AES-256 (R=6), opened by `password`. Raises ValueError for an empty password
    or bytes that are not a PDF."""
    if not password:
        raise ValueError("a PDF password must not be empty")
    permissions = pikepdf.Permissions(
        accessibility=True,
        extract=False,
        modify_annotation=False,
        modify_assembly=False,
        modify_form=False,
        modify_other=False,
        print_lowres=True,
        print_highres=True,
    )
    encryption = pikepdf.Encryption(owner=secrets.token_urlsafe(32), user=password, R=6, aes=True,
                                    allow=permissions)
    out = io.BytesIO()
    try:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            # fix_metadata_version would rewrite the XMP packet through lxml, which the bundle leaves out
            document.save(out, encryption=encryption, fix_metadata_version=False)
    except pikepdf.PdfError as exc:
        raise ValueError(f"not a readable PDF: {exc}") from exc
    return out.getvalue()
