"""The referral letter (yönlendirme yazısı) to another institution, in Turkish (default) or English.

Minimum necessary: the letter prints the fields the counselor ticked, in her order, and nothing else of
the case; every word of it is either template text from `labels` or something the service passed in. The
layout is the template `referral-letter.typ`.
"""

from __future__ import annotations

import io
from typing import Any

import pikepdf

from . import engine
from .labels import date_text, lang_of, text
from .models import LetterAttachment, LetterData
from .plain import clean, page_labels

__all__ = ["data_for", "render"]


def data_for(data: LetterData) -> dict[str, Any]:
    """What the template gets: the letter's words (template text in its language) and the values passed in."""
    lang = lang_of(data.lang)

    def t(key: str) -> str:
        return text(key, lang)

    numbers = [[t(key), clean(value)] for key, value in
               (("reference_no", data.reference_no), ("case_number", data.case_number)) if value.strip()]
    sections = [[t(key), clean(value)] for key, value in
                (("referral_reason", data.reason), ("requested_service", data.requested_service)) if value.strip()]
    return {
        "lang": lang,
        "title": t("letter_title"),
        "center_name": clean(data.center_name),
        "letterhead": [clean(line) for line in data.letterhead_lines if line.strip()],
        "reference": clean(data.reference_no),
        "numbers": numbers,
        "date": date_text(data.date, lang) if data.date else "",
        "subject": clean(data.subject),
        "recipient_name": clean(data.recipient_name),
        "recipient_lines": [clean(line) for line in data.recipient_lines if line.strip()],
        "fields": [[clean(f.label), clean(f.value)] for f in data.fields],
        "sections": sections,
        "counselor_name": clean(data.counselor_name),
        "counselor_title": clean(data.counselor_title),
        "attachments": [clean(a.label) for a in data.attachments],
        "labels": {
            **page_labels(lang),
            "date": t("date"), "subject": t("subject"), "addressee": t("addressee"), "intro": t("letter_intro"),
            "client_information": t("client_information"), "field": t("letter_field"),
            "information": t("letter_information"), "closing": t("letter_closing"), "counselor": t("counselor"),
            "signature": t("signature"), "privacy": t("letter_privacy"),
            "attachments": t("attachments_heading"), "attachments_embedded": t("attachments_embedded"),
        },
    }


def render(data: LetterData, *, archive: bool = False) -> bytes:
    """The letter as PDF bytes (PDF/UA-1; PDF/A-2a as well when `archive`), the ticked files embedded in it.
    An archive copy carries none (PDF/A-2 allows only PDF/A files inside; the service refuses the pair)."""
    pdf = engine.render("referral-letter", data_for(data), archive=archive)
    if data.attachments and not archive:
        pdf = embed(pdf, data.attachments)
    return pdf


def embed(pdf: bytes, files: list[LetterAttachment]) -> bytes:
    """The files inside the PDF as embedded files (a reader lists them in its attachments panel), each with
    its name, description and type; the letter's own pages and tags are left as they are."""
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for item in files:
            document.attachments[item.file_name] = pikepdf.AttachedFileSpec(
                document, item.data, filename=item.file_name, description=clean(item.label),
                mime_type=item.media_type)
        document.save(out, deterministic_id=True, fix_metadata_version=False)
    return out.getvalue()
