"""The front desk's day list: every appointment of one day, by time, with the room, the case number and the
staff involved, and never a client's name (it may lie on a desk where visitors pass). The layout is the
template `day-list.typ`.
"""

from __future__ import annotations

from typing import Any

from ..domain.vocabularies import Kind, label
from . import engine
from .labels import count_text, date_text, lang_of, text, time_text
from .models import DayListData, VocabLabels
from .plain import clean, page_labels

__all__ = ["data_for", "render"]


def _code(vocab: VocabLabels, kind: Kind, code: str | None, lang: str) -> str:
    if not code:
        return ""
    return vocab.get(kind.value, {}).get(code) or label(kind, code, lang)


def _isolated(value: str) -> str:
    """A name inside a longer cell keeps its own direction (an Arabic name followed by "(Arabic)")."""
    return f"\u2068{clean(value)}\u2069" if value else ""


def data_for(data: DayListData) -> dict[str, Any]:
    lang = lang_of(data.lang)

    def t(key: str) -> str:
        return text(key, lang)

    rows = []
    for line in data.lines:
        interpreter = clean(line.interpreter)
        language = _code(data.vocab_labels, Kind.INTERPRETER_LANGUAGE, line.interpreter_language, lang)
        if language:
            interpreter = f"{_isolated(line.interpreter)} ({language})" if interpreter else language
        rows.append([f"{line.starts_at[11:16]}–{line.ends_at[11:16]}", clean(line.room), clean(line.case_number),
                     ", ".join(_isolated(n) for n in line.counselors) if len(line.counselors) > 1
                     else clean(line.counselors[0]) if line.counselors else "", interpreter,
                     _code(data.vocab_labels, Kind.APPOINTMENT_STATUS, line.status, lang)])
    day = date_text(data.day, lang)
    return {
        "lang": lang,
        "title": f"{t('day_list_title')} – {day}",
        "center_name": clean(data.center_name),
        "letterhead": [clean(x) for x in data.letterhead_lines if x.strip()],
        "reference": "",
        "facts": [[t("date"), day], [t("generated_on"), time_text(data.generated_on, lang)],
                  [t("generated_by"), clean(data.generated_by)]],
        "count": count_text("day_list_count", len(rows), lang),
        "rows": rows,
        "labels": {
            **page_labels(lang),
            "no_names": t("day_list_no_names"), "empty": t("day_list_empty"),
            "header": [t("day_list_time"), t("day_list_room"), t("case_number"), t("day_list_counselor"),
                       t("day_list_interpreter"), t("day_list_status")],
        },
    }


def render(data: DayListData) -> bytes:
    """The list as PDF bytes (PDF/UA-1); printed for one day, never an archive copy."""
    return engine.render("day-list", data_for(data))
