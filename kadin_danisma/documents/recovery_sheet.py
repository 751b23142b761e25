"""The recovery-key sheet: the key in large digits (two rows of four groups), which vault it opens and when
it was made, and what to do with the paper. Printed once when the key is made; never saved as a file.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from . import fonts, layout
from . import text as rich
from .labels import lang_of, text, time_text
from .models import RecoverySheetData

__all__ = ["render"]

_PER_ROW = 4
_KEY_SIZE = 24
_ADVICE = ("recovery_do_print", "recovery_do_lock", "recovery_do_never", "recovery_do_new", "recovery_do_use")


def render(data: RecoverySheetData) -> bytes:
    """The sheet as PDF bytes."""
    fonts.register()
    lang = lang_of(data.lang)
    st = rich.styles()

    def t(key: str) -> str:
        return text(key, lang)

    story: list[Flowable] = [
        Paragraph(rich.markup(t("recovery_title"), bold=True), st["h1"]),
        *[rich.label_value(t(key), value, st) for key, value in (
            ("center", data.center_name),
            ("vault_id", data.vault_id),
            ("recovery_created_on", time_text(data.created_on, lang)),
        ) if value],
        Spacer(1, 8 * mm),
        _key_table(data.groups),
        Spacer(1, 2 * mm),
        Paragraph(rich.markup(t("recovery_groups")), ParagraphStyle("kd_c", parent=st["small"], alignment=1)),
        Spacer(1, 8 * mm),
        Paragraph(rich.markup(t("recovery_what_heading"), bold=True), st["h2"]),
        Paragraph(rich.markup(t("recovery_what")), st["body"]),
        Paragraph(rich.markup(t("recovery_do_heading"), bold=True), st["h2"]),
    ]
    bullet = ParagraphStyle("kd_bullet", parent=st["body"], leftIndent=14, bulletIndent=2, spaceAfter=3,
                            bulletFontName=fonts.REGULAR)
    story += [Paragraph(rich.markup(t(key)), bullet, bulletText="•") for key in _ADVICE]
    meta = layout.DocMeta(title=t("recovery_title"), center_name=data.center_name, lang=lang)
    return layout.build_pdf(story, meta)


def _key_table(groups: list[str]) -> Table:
    """The groups in a boxed grid, numbered so a group can be found again when typing it in."""
    rows: list[list[str]] = []
    for start in range(0, len(groups), _PER_ROW):
        chunk = [g.strip() for g in groups[start : start + _PER_ROW]]
        chunk += [""] * (_PER_ROW - len(chunk))
        rows.append([str(start + i + 1) if i < len(groups) - start else "" for i in range(_PER_ROW)])
        rows.append(chunk)
    table = Table(rows or [[""] * _PER_ROW], colWidths=[41 * mm] * _PER_ROW, hAlign="CENTER")
    style: list[tuple[object, ...]] = [
        # plain string cells are drawn as they are (never parsed as markup), in the bundled fonts only
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 1.2, HexColor("#222222")),
    ]
    for row in range(0, len(rows), 2):
        style += [
            ("FONTSIZE", (0, row), (-1, row), 7),
            ("TEXTCOLOR", (0, row), (-1, row), HexColor("#666666")),
            ("TOPPADDING", (0, row), (-1, row), 4),
            ("BOTTOMPADDING", (0, row), (-1, row), 0),
            ("FONTNAME", (0, row + 1), (-1, row + 1), fonts.MONO),
            ("FONTSIZE", (0, row + 1), (-1, row + 1), _KEY_SIZE),
            ("LEADING", (0, row + 1), (-1, row + 1), _KEY_SIZE + 4),
            ("TOPPADDING", (0, row + 1), (-1, row + 1), 2),
            ("BOTTOMPADDING", (0, row + 1), (-1, row + 1), 10),
        ]
    table.setStyle(TableStyle(style))
    return table
