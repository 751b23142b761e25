"""The referral letter (yönlendirme yazısı) to another institution, in Turkish (default) or English.

Minimum necessary: the letter prints the fields the counselor ticked, in her order, and nothing else of
the case; every word of it is either template text from `labels` or something the service passed in.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from . import fonts, layout
from . import text as rich
from .labels import date_text, lang_of, text
from .models import LetterData

__all__ = ["render"]


def _font_style(table: Table, extra: list[tuple[object, ...]]) -> None:
    """Every cell gets an explicit bundled font, so nothing falls back to (unembedded) Helvetica."""
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *extra]))


def render(data: LetterData) -> bytes:
    """The letter as PDF bytes."""
    fonts.register()
    lang = lang_of(data.lang)
    st = rich.styles()

    def t(key: str) -> str:
        return text(key, lang)

    def bold_label(key: str) -> Paragraph:
        return Paragraph(rich.markup(t(key), bold=True), ParagraphStyle("kd_sec", parent=st["label"],
                                                                        spaceBefore=8, keepWithNext=1))

    story: list[Flowable] = [Paragraph(rich.markup(t("letter_title"), bold=True), st["h1"])]

    # numbers on the left, the date on the right, as on an official letter
    left = [rich.label_value(t(key), value, st) for key, value in
            (("reference_no", data.reference_no), ("case_number", data.case_number)) if value]
    right = [rich.label_value(t("date"), date_text(data.date, lang), st)] if data.date else []
    if left or right:
        head = Table([[left, right]], colWidths=["62%", "38%"], hAlign="LEFT")
        _font_style(head, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
        story += [head, Spacer(1, 4)]
    if data.subject:
        story.append(rich.label_value(t("subject"), data.subject, st))

    # addressee
    story.append(Spacer(1, 8 * mm))
    if data.recipient_name:
        addressee = f"{rich.markup(t('addressee'), bold=True)} {rich.markup(data.recipient_name, bold=True)}"
        story.append(Paragraph(addressee, st["body"]))
    story += [Paragraph(rich.markup(line), st["body"]) for line in data.recipient_lines if line.strip()]
    story.append(Spacer(1, 8 * mm))

    story.append(Paragraph(rich.markup(t("letter_intro")), st["body"]))
    if data.fields:
        story.append(bold_label("client_information"))
        story += [rich.label_value(f.label, f.value, st) for f in data.fields]
    for key, value in (("referral_reason", data.reason), ("requested_service", data.requested_service)):
        if value.strip():
            story.append(bold_label(key))
            story += rich.paragraph(value, st["body"])
    # the closing sentence and the signature never part
    story.append(KeepTogether([Spacer(1, 6 * mm), Paragraph(rich.markup(t("letter_closing")), st["body"]),
                               Spacer(1, 10 * mm), _signature_block(data, lang, st)]))
    story += [Spacer(1, 8 * mm), Paragraph(rich.markup(t("letter_privacy")), st["small"])]

    meta = layout.DocMeta(title=t("letter_title"), center_name=data.center_name,
                          letterhead_lines=list(data.letterhead_lines), reference=data.reference_no, lang=lang)
    return layout.build_pdf(story, meta)


def _signature_block(data: LetterData, lang: str, st: dict[str, ParagraphStyle]) -> Table:
    """Right-hand block: room to sign above a line, then the counselor's name and title under it."""
    centred = ParagraphStyle("kd_sig", parent=st["body"], alignment=1)
    small = ParagraphStyle("kd_sig_small", parent=st["small"], alignment=1)
    rows: list[list[object]] = [
        ["", Paragraph(rich.markup(text("counselor", lang)), small)],
        ["", ""],  # the signature goes here, above the line
        ["", Paragraph(rich.markup(text("signature", lang)), small)],
    ]
    if data.counselor_name:
        rows.append(["", Paragraph(rich.markup(data.counselor_name, bold=True), centred)])
    if data.counselor_title:
        rows.append(["", Paragraph(rich.markup(data.counselor_title), centred)])
    block = Table(rows, colWidths=["58%", "42%"], rowHeights=[None, 16 * mm, *([None] * (len(rows) - 2))])
    _font_style(block, [("LINEBELOW", (1, 1), (1, 1), 0.6, "#333333"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    return block
