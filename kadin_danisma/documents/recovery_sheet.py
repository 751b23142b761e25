"""The recovery-key sheet: the key in large digits (two rows of four groups), which vault it opens and when
it was made, and what to do with the paper. Printed once when the key is made; never saved as a file. The
layout is the template `recovery-sheet.typ`.
"""

from __future__ import annotations

from typing import Any

from . import engine
from .labels import lang_of, text, time_text
from .models import RecoverySheetData
from .plain import clean, page_labels

__all__ = ["data_for", "render"]

_PER_ROW = 4
_ADVICE = ("recovery_do_print", "recovery_do_lock", "recovery_do_never", "recovery_do_new", "recovery_do_use")


def data_for(data: RecoverySheetData) -> dict[str, Any]:
    """What the template gets: the facts, the groups numbered in rows of four, the advice."""
    lang = lang_of(data.lang)

    def t(key: str) -> str:
        return text(key, lang)

    numbered = [[str(i + 1), clean(group).strip()] for i, group in enumerate(data.groups)]
    return {
        "lang": lang,
        "title": t("recovery_title"),
        "center_name": clean(data.center_name),
        "letterhead": [],
        "reference": "",
        "facts": [[t(key), clean(value)] for key, value in (
            ("center", data.center_name),
            ("vault_id", data.vault_id),
            ("recovery_created_on", time_text(data.created_on, lang)),
        ) if value],
        "rows": [numbered[i : i + _PER_ROW] for i in range(0, len(numbered), _PER_ROW)],
        "labels": {
            **page_labels(lang),
            "groups": t("recovery_groups"), "what_heading": t("recovery_what_heading"), "what": t("recovery_what"),
            "do_heading": t("recovery_do_heading"), "advice": [t(key) for key in _ADVICE],
        },
    }


def render(data: RecoverySheetData) -> bytes:
    """The sheet as PDF bytes (PDF/UA-1). Never an archive copy: the key must not outlive the paper."""
    return engine.render("recovery-sheet", data_for(data))
