"""Typst, the typesetting engine behind every document: data in, tagged PDF out, all in memory.

A document is a template (a ``.typ`` file in ``resources/templates/``, or in a center's own copy of that
folder, see `samples.adopt`) plus data. The data goes to the template as one JSON string (`sys.inputs`), and
the templates print it as text values, so nothing a person typed is ever read as Typst markup: a name holding
``#``, ``*``, ``[``, ``$``, ``\\``, ``//``, ``@`` or ``<…>`` prints as typed.

Typst shapes text (HarfBuzz-class shaping, so Arabic letters join and lam-alef ligates), orders it with the
Unicode bidirectional algorithm, falls back from font to font by glyph coverage, embeds font subsets and
writes a tagged PDF: structure tree, headings, tables with header cells, ``/Lang`` per document and per run of
another script (kd.typ), the title shown in the window, XMP metadata. Every document conforms to PDF/UA-1;
an archive copy conforms to PDF/A-2a as well. `textlayer.reorder_rtl_clusters` then fixes the one thing
readers get wrong in Typst's text layer (see there).

Only the bundled fonts are used (never the computer's, never Typst's own), so a document looks the same on
every computer; the output is deterministic (a fixed creation date: the moment of printing stays out of
the file, as before).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typst

from . import textlayer

__all__ = ["BUNDLED_TEMPLATES", "FONT_DIR", "TemplateError", "render", "templates_in_use", "use_templates"]

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONT_DIR = RESOURCES / "fonts"
BUNDLED_TEMPLATES = RESOURCES / "templates"
TEMPLATES = ("referral-letter", "case-summary", "client-record", "recovery-sheet", "statistics-report", "day-list")
"""Every document the app makes: a template file `<name>.typ` each (kd.typ holds what they share)."""

if TYPE_CHECKING:
    from typst import PDFStandard

PDF_UA: list[PDFStandard] = ["ua-1"]
ARCHIVE: list[PDFStandard] = ["a-2a", "ua-1"]
_EPOCH = 0  # creation date written into the PDF and its XMP: fixed, so the same data gives the same bytes


# Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms):
# without any, there is no right-to-left cluster to fix and the text layer is left as Typst wrote it.
_RTL_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


class TemplateError(Exception):
    """A template failed to compile. The message is the compiler's (about the template, never the data:
    templates hold no case content and the data is never echoed)."""


_lock = threading.Lock()
_folder = BUNDLED_TEMPLATES
_compilers: dict[Path, typst.Compiler] = {}


def _compiler(folder: Path) -> typst.Compiler:
    """One compiler per template folder, kept for the process: it holds the parsed fonts and templates, so
    the second document costs a few milliseconds. Callers hold `_lock` (a compiler is not re-entrant)."""
    compiler = _compilers.get(folder)
    if compiler is None:
        fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(FONT_DIR)])
        compiler = typst.Compiler(root=str(folder), font_paths=fonts, ignore_system_fonts=True)
        _compilers[folder] = compiler
    return compiler


def templates_in_use() -> Path:
    return _folder


def use_templates(folder: Path | None) -> None:
    """Print every document with the templates in `folder` (None: the bundled ones). Check a center's folder
    first (`samples.adopt` does both)."""
    global _folder
    _folder = BUNDLED_TEMPLATES if folder is None else Path(folder).resolve()


def render(template: str, data: Mapping[str, Any], *, archive: bool = False, folder: Path | None = None) -> bytes:
    """The PDF of template `template` (a name from TEMPLATES) filled with `data`: PDF/UA-1, and PDF/A-2a too
    when `archive`. Raises TemplateError when the template does not compile."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown document template: {template}")
    root = folder or _folder
    path = root / f"{template}.typ"
    if not path.is_file():
        raise TemplateError(f"{path.name} is missing from the templates folder")
    payload = json.dumps(data, ensure_ascii=False)
    with _lock:
        try:
            pdf = _compiler(root).compile(str(path), sys_inputs={"data": payload},
                                          pdf_standards=ARCHIVE if archive else PDF_UA, timestamp=_EPOCH)
        except typst.TypstError as exc:  # the compiler's own words, about the template
            raise TemplateError(f"{path.name}: {exc.message}") from None
        except RuntimeError as exc:
            raise TemplateError(f"{path.name}: {exc}") from None
    assert isinstance(pdf, bytes)
    return textlayer.reorder_rtl_clusters(pdf) if _RTL_LETTERS.search(payload) else pdf
