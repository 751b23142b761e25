"""A client's full record for a KVKK (Law 6698, art. 11) access request: everything held about her.

Her own data first, then each case in full (as in the case summary) with every note's revision history.
It prints what the service passes in: the service decides what the record contains. A note flagged
never-export that is passed in is printed and marked as such; notes the service left out are counted in
`withheld_notes` and the document says how many. Records run to hundreds of
pages, so nothing here holds a whole long text in one paragraph (`text.paragraph` splits it).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from . import layout
from . import text as rich
from .case_summary import CaseWriter
from .models import RecordData

__all__ = ["render"]


def render(data: RecordData) -> bytes:
    """The client record as PDF bytes."""
    w = CaseWriter(data.lang, data.vocab_labels)
    story: list[Flowable] = [
        Paragraph(rich.markup(w.t("record_title"), bold=True), w.st["h1"]),
        *w.body(w.t("record_intro")),
        Spacer(1, 4),
        *w.grid([("generated_on", w.when(data.generated_on)), ("generated_by", data.generated_by)]),
        *([w.withheld(data.withheld_notes)] if data.withheld_notes > 0 else []),
        w.heading("sec_client_data"),
        *w.client(data.client),
        *w.safe_contact(data.client.safe_contact),
    ]
    if not data.cases:
        story.append(Paragraph(rich.markup(w.t("no_cases")), w.st["body"]))
    case_heading = ParagraphStyle("kd_case_heading", parent=w.st["h1"], keepWithNext=1)
    for rec in data.cases:
        # a case starts on a fresh page when less than about a third of the page is left
        story.append(CondPageBreak(w.st["body"].fontSize * 30))
        story.append(Paragraph(rich.markup(w.t("case_heading").format(number=rec.case_number), bold=True),
                               case_heading))
        story += w.case_facts(rec)
        story += w.case_body(rec, revisions=True)
    meta = layout.DocMeta(title=w.t("record_title"), center_name=data.center_name,
                          letterhead_lines=list(data.letterhead_lines), lang=w.lang)
    return layout.build_pdf(story, meta)

