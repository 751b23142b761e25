"""A client's full record for a KVKK (Law 6698, art. 11) access request: everything held about her.

Her own data first, then each case in full (as in the case summary) with every note's revision history.
It prints what the service passes in: the service decides what the record contains. A note flagged
never-export that is passed in is printed and marked as such; notes the service left out are counted in
`withheld_notes` and the document says how many. Records run to hundreds of pages; the template is
`client-record.typ`.
"""

from __future__ import annotations

from typing import Any

from . import engine
from .case_summary import Block, CaseWriter
from .models import RecordData
from .plain import clean, page_labels

__all__ = ["data_for", "render"]

_FRESH_PAGE_CM = 9.0
"""A case starts on a fresh page when less than this is left on the current one (about a third)."""


def data_for(data: RecordData) -> dict[str, Any]:
    """What the template gets: the title and the blocks of her data and of every case."""
    w = CaseWriter(data.lang, data.vocab_labels, level=2)
    body: list[Block] = [
        w.text_block(w.t("record_intro")),
        *w.grid([("generated_on", w.when(data.generated_on)), ("generated_by", data.generated_by)]),
        *([w.withheld(data.withheld_notes)] if data.withheld_notes > 0 else []),
        w.heading("sec_client_data"),
        *w.client(data.client),
        *w.safe_contact(data.client.safe_contact),
    ]
    if not data.cases:
        body.append(w.text_block(w.t("no_cases")))
    in_case = CaseWriter(data.lang, data.vocab_labels, level=3)
    for rec in data.cases:
        body.append({"kind": "need", "space": _FRESH_PAGE_CM})
        body.append({"kind": "heading", "level": 2, "text": clean(w.t("case_heading").format(number=rec.case_number))})
        body += in_case.case_facts(rec)
        body += in_case.case_body(rec, revisions=True)
    return {
        "lang": w.lang,
        "title": w.t("record_title"),
        "center_name": clean(data.center_name),
        "letterhead": [clean(line) for line in data.letterhead_lines if line.strip()],
        "reference": "",
        "labels": page_labels(w.lang),
        "body": body,
    }


def render(data: RecordData, *, archive: bool = False) -> bytes:
    """The client record as PDF bytes (PDF/UA-1; PDF/A-2a as well when `archive`)."""
    return engine.render("client-record", data_for(data), archive=archive)
