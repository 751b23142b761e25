"""The center's own work beyond the case file (issue 21 part B), as plain records and their checks: group
activities and trainings, contacts that are not cases, a supervisor's allowance of follow-ups on a closed
case. Pure: no I/O. The services (services/group_activities.py, info_contacts.py, followups_after.py) and
the activity report (domain/center_tables.py) use these.

Participants of a group activity are numbers by sex and age band, never names; a name is recorded only for a
support group, only for a woman with a case and her recorded consent (the service checks that).
A contact's notes are anonymous: `personal_hints` finds what looks like a name, a phone number or an
identity number in them so the person is warned before saving.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .validation import MAX_NAME, MAX_TEXT, Checker

PARTICIPANT_SEXES = ("female", "male")
AGE_BANDS = ("0_17", "18_29", "30_44", "45_64", "65_plus", "unknown")
MAX_PARTICIPANTS = 100_000  # per cell: an awareness event in a square may count thousands
NAMED_KIND = "support_group"  # the only kind whose attendance may name a woman
ATTENDANCE_CONSENT = "group_attendance"  # the consent kind naming her needs
MAX_ALLOWED_FOLLOW_UPS = 12
MAX_ALLOWANCE_DAYS = 2 * 366  # "three and six months after she left", with room: two years at most


@dataclass
class GroupActivity:
    kind: str
    held_on: str
    place: str = ""
    facilitator_id: int | None = None
    facilitator_name: str = ""  # someone not on the staff (a lawyer of the bar, a psychologist)
    topic: str = ""
    participants: dict[str, dict[str, int]] = field(default_factory=dict)  # sex -> age band -> number
    id: int | None = None
    row_version: int | None = None

    def total(self) -> int:
        return sum(n for bands in self.participants.values() for n in bands.values())


@dataclass
class InfoContact:
    contact_on: str
    channel: str
    topic: str
    institution_id: int | None = None  # referred to; None: not referred
    notes: str = ""
    case_id: int | None = None  # set when turned into an intake
    id: int | None = None
    row_version: int | None = None


@dataclass
class Allowance:
    case_id: int
    until_on: str
    max_count: int
    allowed_by: str = ""
    allowed_at: str = ""
    used: int = 0
    revoked_at: str | None = None
    id: int | None = None

    def open_on(self, day: str) -> bool:
        return self.revoked_at is None and day <= self.until_on and self.used < self.max_count


def activity(c: Checker, x: GroupActivity, p: str = "activity") -> None:
    c.code(f"{p}.kind", "activity_kind", x.kind)
    c.date(f"{p}.held_on", x.held_on, required=True)
    c.text(f"{p}.place", x.place, max_len=MAX_NAME)
    c.text(f"{p}.facilitator_name", x.facilitator_name, max_len=MAX_NAME)
    c.text(f"{p}.topic", x.topic, required=True, max_len=MAX_TEXT)
    if x.facilitator_id is None and not (isinstance(x.facilitator_name, str) and x.facilitator_name.strip()):
        c.add(f"{p}.facilitator", "a facilitator is needed: a member of staff or a name")
    participants(c, x.participants, f"{p}.participants")


def participants(c: Checker, value: object, p: str) -> None:
    if not isinstance(value, dict):
        c.add(p, "participants must be counts by sex and age band")
        return
    for sex, bands in value.items():
        if sex not in PARTICIPANT_SEXES:
            c.add(f"{p}.{sex}", "unknown sex (female or male)")
            continue
        if not isinstance(bands, dict):
            c.add(f"{p}.{sex}", "counts by age band are needed")
            continue
        for band, n in bands.items():
            if band not in AGE_BANDS:
                c.add(f"{p}.{sex}.{band}", "unknown age band")
            elif isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= MAX_PARTICIPANTS:
                c.add(f"{p}.{sex}.{band}", f"a number of people from 0 to {MAX_PARTICIPANTS} is needed")


def contact(c: Checker, x: InfoContact, p: str = "contact") -> None:
    c.date(f"{p}.contact_on", x.contact_on, required=True, not_future=True)
    c.code(f"{p}.channel", "contact_channel", x.channel)
    c.code(f"{p}.topic", "contact_topic", x.topic)
    c.text(f"{p}.notes", x.notes, max_len=MAX_TEXT)


def allowance(c: Checker, until_on: str, max_count: object, today: str, p: str = "allowance") -> None:
    c.date(f"{p}.until_on", until_on, required=True)
    if isinstance(until_on, str) and len(until_on) == 10 and until_on < today:
        c.add(f"{p}.until_on", "the allowance must last until today or later")
    c.number(f"{p}.max_count", max_count, 1, MAX_ALLOWED_FOLLOW_UPS, required=True)


# Two or more words in a row that start with a capital (Turkish letters included), an 11-digit number (the
# identity number) or a phone number: what a name or a way to find her looks like in an anonymous note.
_CAPITALISED = re.compile(r"\b[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?:\s+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+)+\b")
_IDENTITY = re.compile(r"(?<!\d)\d{11}(?!\d)")
_PHONE = re.compile(r"(?:\+?90[\s-]?)?\(?0?5\d{2}\)?[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}")


def personal_hints(text: str) -> list[str]:
    """Codes of what in `text` looks personal: 'name', 'identity_number', 'phone'. A pair of capitalised
    words at the start of a sentence counts too (a name often starts one); a false alarm costs a click."""
    found: list[str] = []
    if _CAPITALISED.search(text):
        found.append("name")
    if _IDENTITY.search(text):
        found.append("identity_number")
    if _PHONE.search(text):
        found.append("phone")
    return found
