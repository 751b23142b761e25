"""Labels for the interface language: codes are stored, labels are shown. `Labels` holds the vocabularies'
(loaded once when the workspace opens, one small query, and dropped with it at lock); the functions below
label the few fixed codes (roles, sex, yes/no, risk) the same way on every screen.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from ...domain.roles import ALL_ROLES, Role
from ...services import vocab
from ...services.session import Session
from .preferences import current_language


class Labels:
    def __init__(self, terms: list[vocab.VocabTerm], language: str) -> None:
        self.language = language
        self._by_kind: dict[str, list[vocab.VocabTerm]] = defaultdict(list)
        for term in terms:
            self._by_kind[term.kind].append(term)
        self._label = {(t.kind, t.code): t.label(language) for t in terms}

    @classmethod
    def load(cls, session: Session) -> Labels:
        return cls(vocab.all_terms(session), current_language())

    def label(self, kind: str, code: str | None) -> str:
        """The label of a code; an unknown code is shown as itself (never hidden), None as ''."""
        if code is None:
            return ""
        return self._label.get((kind, code), code)

    def labels(self, kind: str, codes: list[str]) -> str:
        return ", ".join(self.label(kind, c) for c in codes)

    def choices(self, kind: str, include_retired: bool = False) -> list[tuple[str, str]]:
        """(code, label) pairs in the vocabulary's order, for combo boxes and check lists."""
        return [(t.code, t.label(self.language)) for t in self._by_kind.get(kind, [])
                if include_retired or t.active]

    def district_choices(self, plate: str) -> list[tuple[str, str]]:
        """(code, label) of the districts the intake offers for the center's province (vocab.districts_of)."""
        return [(t.code, t.label(self.language)) for t in vocab.districts_of(self._by_kind.get("district", []), plate)]

    def meta(self, kind: str, code: str) -> dict[str, object]:
        for t in self._by_kind.get(kind, []):
            if t.code == code:
                return dict(t.meta)
        return {}


def role_label(role: Role) -> str:
    return {
        Role.COUNSELOR: QCoreApplication.translate("Roles", "counselor"),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "supervisor"),
        Role.ADMIN: QCoreApplication.translate("Roles", "admin"),
    }[role]


def roles_text(roles: frozenset[Role]) -> str:
    """Someone's roles in the fixed order, as a list."""
    return ", ".join(role_label(r) for r in ALL_ROLES if r in roles)


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("CaseView", "yes") if value else QCoreApplication.translate("CaseView", "no")


SEX_CODES = ("female", "male", "unknown")


def sex_label(code: str) -> str:
    return {
        "female": QCoreApplication.translate("CaseView", "female"),
        "male": QCoreApplication.translate("CaseView", "male"),
        "unknown": QCoreApplication.translate("CaseView", "not stated"),
    }.get(code, code)


def sex_choices() -> list[tuple[str, str]]:
    return [(code, sex_label(code)) for code in SEX_CODES]


def child_sex_label(code: str) -> str:
    """A child's sex as said of a child: girl / boy ("Kız / Erkek"), never "woman"."""
    return {
        "female": QCoreApplication.translate("CaseView", "girl"),
        "male": QCoreApplication.translate("CaseView", "boy"),
        "unknown": QCoreApplication.translate("CaseView", "not stated"),
    }.get(code, code)


def child_sex_choices() -> list[tuple[str, str]]:
    return [(code, child_sex_label(code)) for code in SEX_CODES]


def age_text(birth_year: int | None) -> str:
    if birth_year is None:
        return ""
    age = date.today().year - birth_year
    return QCoreApplication.translate("CaseView", "%1 (age %2)").replace("%1", str(birth_year)).replace(
        "%2", str(age))


def risk_text(labels: Labels, level: str | None) -> str:
    if not level:
        return QCoreApplication.translate("CaseView", "Risk: not assessed")
    return QCoreApplication.translate("CaseView", "Risk: %1").replace("%1", labels.label("risk_level", level))


DATE_FORMAT = "%d.%m.%Y"  # the one way a date is shown and typed (DateField), the Turkish convention


def when_text(at: str | None) -> str:
    """A stored time stamp (ISO, UTC or local) as the interface shows it: "14.03.2025 09:30"."""
    if not at:
        return ""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at[:16].replace("T", " ")
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime(f"{DATE_FORMAT} %H:%M")


def day_text(iso: str | None) -> str:
    """A stored date (YYYY-MM-DD) as every screen shows it: day.month.year; '' for none."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso[:10]).strftime(DATE_FORMAT)
    except ValueError:
        return iso


def days_ago(days: int) -> str:
    """How long ago, in words: "today", "yesterday", "3 days ago" (never "0 days ago")."""
    translate = QCoreApplication.translate
    if days <= 0:
        return translate("Labels", "today")
    if days == 1:
        return translate("Labels", "yesterday")
    return translate("Labels", "%1 days ago").replace("%1", str(days))


def size_text(size: int) -> str:
    """A number of bytes as people read it: "840 KB", "12,4 MB" (a decimal comma in Turkish)."""
    translate = QCoreApplication.translate
    if size < 1024:
        return translate("Labels", "%1 bytes").replace("%1", str(size))
    if size < 1024 * 1024:
        return translate("Labels", "%1 KB").replace("%1", str(round(size / 1024)))
    value, unit = (size / 1024**2, translate("Labels", "%1 MB")) if size < 1024**3 else \
        (size / 1024**3, translate("Labels", "%1 GB"))
    number = f"{value:.1f}"
    return unit.replace("%1", number.replace(".", ",") if current_language() == "tr" else number)
