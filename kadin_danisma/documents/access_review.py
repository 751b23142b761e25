"""The access review (issue 19) as a PDF: the period, the break-glass openings first with their reasons (or
the note that the reason went with its destroyed case), then who opened which case how often, who holds which
role, and the role changes of the period. Case numbers only; no client names. Template `access-review.typ`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..domain.access_review import Review
from . import engine
from .plain import clean, page_labels

__all__ = ["data_for", "render"]

ROLES = {"counselor": ("danışman", "counselor"), "supervisor": ("süpervizör", "supervisor"),
         "admin": ("yönetici", "administrator")}


def _t(lang: str, tr: str, en: str) -> str:
    return tr if lang == "tr" else en


def _when(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def _roles(roles: frozenset[Any], i: int) -> str:
    return ", ".join(ROLES.get(r.value, (r.value, r.value))[i] for r in sorted(roles, key=lambda r: r.value)) or "—"


def data_for(review: Review, lang: str = "tr") -> dict[str, Any]:
    i = 0 if lang == "tr" else 1

    def case(number: str, case_id: int) -> str:
        return number or _t(lang, f"imha edildi (#{case_id})", f"destroyed (#{case_id})")

    glass = []
    for b in review.break_glass:
        reason = b.reason if b.reason is not None else _t(
            lang, f"[{b.reason_length} karakterlik gerekçe verildi; metni dosyayla birlikte imha edildi]",
            f"[a reason of {b.reason_length} characters was given; its words were destroyed with the case]")
        glass.append([_when(b.at), clean(b.username), case(b.case_number, b.case_id), clean(reason)])
    return {
        "lang": lang,
        "title": _t(lang, "Erişim Denetimi Raporu", "Access Review"),
        "subject": _t(lang, "Erişim denetimi", "Access review"),
        "center_name": clean(review.center_name),
        "letterhead": [clean(line) for line in review.letterhead],
        "reference": "",
        "labels": {
            **page_labels(lang),
            "break_glass": _t(lang, "Gerekçeyle açılan dosyalar (atanmamış dosyaya erişim)",
                              "Cases opened with a stated reason (break-glass)"),
            "no_break_glass": _t(lang, "Bu dönemde gerekçeyle açılan dosya yok.",
                                 "No break-glass opening in this period."),
            "reason_source": _t(lang, "Gerekçeler, dosya durdukça dosyanın alan geçmişinden okunur; denetim kaydında "
                                      "yalnızca uzunlukları ve anahtarlı özetleri vardır.",
                                "Reasons are read from the case's field history while the case exists; the audit "
                                "log holds only their length and a keyed hash."),
            "openings": _t(lang, "Dosya erişimleri", "Case access"),
            "no_openings": _t(lang, "Bu dönemde dosya açılmadı.", "No case was opened in this period."),
            "users": _t(lang, "Kullanıcılar ve rolleri", "Users and their roles"),
            "changes": _t(lang, "Dönem içindeki rol değişiklikleri", "Role changes in the period"),
            "no_changes": _t(lang, "Bu dönemde rol değişikliği yok.", "No role changed in this period."),
            "when": _t(lang, "Zaman", "When"), "user": _t(lang, "Kullanıcı", "User"),
            "case": _t(lang, "Dosya no.", "Case no."), "reason": _t(lang, "Gerekçe", "Reason"),
            "opened": _t(lang, "Açılış", "Opened"), "exported": _t(lang, "Dışa aktarma", "Exported"),
            "history": _t(lang, "Geçmiş okuma", "History read"), "glass": _t(lang, "Gerekçeli", "Break-glass"),
            "first": _t(lang, "İlk", "First"), "last": _t(lang, "Son", "Last"), "name": _t(lang, "Ad", "Name"),
            "roles": _t(lang, "Roller", "Roles"), "state": _t(lang, "Durum", "State"),
            "by": _t(lang, "Yapan", "By"), "before": _t(lang, "Önce", "Before"), "after": _t(lang, "Sonra", "After"),
        },
        "facts": [
            [_t(lang, "Dönem", "Period"), f"{review.first} – {review.last}"],
            [_t(lang, "Hazırlanma", "Made"), f"{_when(review.made_at)}, {review.made_by}"],
            [_t(lang, "Gerekçeli açılış", "Break-glass openings"), str(len(review.break_glass))],
            [_t(lang, "Kullanıcı–dosya çifti", "User–case pairs"), str(len(review.openings))],
        ],
        "glass": glass,
        "openings": [[clean(o.username), case(o.case_number, o.case_id), str(o.opened), str(o.exported),
                      str(o.history_read), str(o.break_glass), _when(o.first_at), _when(o.last_at)]
                     for o in review.openings],
        "glass_rows": [n + 1 for n, o in enumerate(review.openings) if o.break_glass],
        "users": [[clean(u.username), clean(u.display_name), _roles(u.roles, i),
                   _t(lang, "devre dışı", "disabled") if u.disabled else _t(lang, "etkin", "active")]
                  for u in review.users],
        "changes": [[_when(c.at), clean(c.by), clean(c.username), _roles(c.before, i), _roles(c.after, i)]
                    for c in review.role_changes],
    }


def render(review: Review, lang: str = "tr", *, archive: bool = False) -> bytes:
    return engine.render("access-review", data_for(review, lang), archive=archive)
