"""The counting rules of the statistics reports (issue 18), pure: periods, who counts, bands, GBVIMS types.

- A *period* is a range of whole days (both ends included); months, quarters and years are the periods
  whose figures are fixed in a monthly snapshot.
- A case counts only when its client has a valid consent to anonymous statistics on the day the figures
  are made (`consent_valid`); a woman counts once however many cases she has (the services key every
  woman-count on the client).
- Ages are at the intake date: from the birth date when known, else from the birth year (which can make
  a woman one year older than she is, for part of the year).
- Age groups and the time from incident to report follow the GBVIMS bands; a GBVIMS incident type is the
  first of the six core types, in GBVIMS order, that one of the case's violence types maps to.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from .vocabularies import GBVIMS_CORE_TYPES, Term

__all__ = [
    "AGE_GROUPS", "CHILD_AGE_GROUPS", "REPORT_BANDS", "STAY_BANDS", "UNKNOWN", "Period", "age_group", "age_on",
    "band_of", "child_age_group", "consent_valid", "gbvims_type", "months_between", "report_delay_band",
    "stay_band",
]

UNKNOWN = "unknown"
T = Term


@dataclass(frozen=True, order=True)
class Period:
    """Days `start` … `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period cannot end before it starts")

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        return cls(date.fromisoformat(start), date.fromisoformat(end))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        return cls(date(year, first, 1), cls.month(year, first + 2).end)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    # ISO text of the two ends, compared with the vault's ISO dates millions of times in a report: made once
    @cached_property
    def first(self) -> str:
        return self.start.isoformat()

    @cached_property
    def last(self) -> str:
        return self.end.isoformat()

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def shape(self) -> str | None:
        """"month", "quarter" or "year" when the period is exactly one of them, else None."""
        s, e = self.start, self.end
        if s.day != 1 or e != self.month(e.year, e.month).end or s.year != e.year:
            return None
        if s.month == e.month:
            return "month"
        if e.month - s.month == 2 and s.month % 3 == 1:
            return "quarter"
        if s.month == 1 and e.month == 12:
            return "year"
        return None

    def contains(self, day: str | None) -> bool:
        """Whether the ISO date `day` (a timestamp counts by its date) is one of the period's days."""
        return day is not None and self.first <= day[:10] <= self.last

    def overlaps(self, start: str | None, end: str | None) -> bool:
        """Whether [start, end] (end None: still going on) shares a day with this period."""
        return start is not None and start[:10] <= self.last and (end is None or end[:10] >= self.first)


def months_between(first: date, last: date) -> list[Period]:
    """Every calendar month from the one holding `first` to the one holding `last`."""
    out: list[Period] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(Period.month(year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def consent_valid(consents: Iterable[tuple[str, str | None]], as_of: str) -> bool:
    """A consent to anonymous statistics given on or before `as_of` and not withdrawn by then."""
    return any(given <= as_of and (withdrawn is None or withdrawn > as_of) for given, withdrawn in consents)


def age_on(birth_year: int | None, birth_date: str | None, on: str) -> int | None:
    """Age in whole years on the day `on` (ISO date)."""
    day = date.fromisoformat(on[:10])
    if birth_date:
        try:
            born = date.fromisoformat(birth_date)
        except ValueError:
            born = None
        if born is not None:
            return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    if birth_year is None:
        return None
    age = day.year - birth_year
    return age if age >= 0 else None


# (code, tr, en, lowest value in the band); the last band is open above.
def _bands(*spec: tuple[str, str, str, int]) -> tuple[tuple[Term, int], ...]:
    return tuple((T(code, tr, en), low) for code, tr, en, low in spec)


AGE_GROUPS = _bands(
    ("0-11", "0–11 yaş", "0–11 years", 0), ("12-17", "12–17 yaş", "12–17 years", 12),
    ("18-25", "18–25 yaş", "18–25 years", 18), ("26-40", "26–40 yaş", "26–40 years", 26),
    ("41-60", "41–60 yaş", "41–60 years", 41), ("61+", "61 yaş ve üstü", "61 years and over", 61),
)
# Children who went to a shelter with their mother: the boys' age limits of shelters (often 12) matter.
CHILD_AGE_GROUPS = _bands(
    ("0-2", "0–2 yaş", "0–2 years", 0), ("3-6", "3–6 yaş", "3–6 years", 3), ("7-11", "7–11 yaş", "7–11 years", 7),
    ("12-17", "12–17 yaş", "12–17 years", 12), ("18+", "18 yaş ve üstü", "18 years and over", 18),
)
# GBVIMS: days from the incident to the report (the intake).
REPORT_BANDS = _bands(
    ("0-3d", "0–3 gün", "0–3 days", 0), ("4-5d", "4–5 gün", "4–5 days", 4), ("6-14d", "6–14 gün", "6–14 days", 6),
    ("15d-1m", "2 hafta – 1 ay", "2 weeks – 1 month", 15), ("1m+", "1 aydan fazla", "Over 1 month", 31),
)
STAY_BANDS = _bands(
    ("0-7d", "0–7 gün", "0–7 days", 0), ("8-30d", "8–30 gün", "8–30 days", 8),
    ("31-90d", "31–90 gün", "31–90 days", 31),
    ("91-180d", "91–180 gün", "91–180 days", 91), ("181d+", "180 günden fazla", "Over 180 days", 181),
)


def band_of(bands: Sequence[tuple[Term, int]], value: int | None) -> str:
    if value is None or value < 0:
        return UNKNOWN
    code = UNKNOWN
    for term, low in bands:
        if value >= low:
            code = term.code
    return code


def age_group(birth_year: int | None, birth_date: str | None, on: str) -> str:
    return band_of(AGE_GROUPS, age_on(birth_year, birth_date, on))


def child_age_group(birth_year: int | None, on: str) -> str:
    return band_of(CHILD_AGE_GROUPS, age_on(birth_year, None, on))


def _days(first: str | None, last: str | None) -> int | None:
    if not first or not last:
        return None
    try:
        return (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    except ValueError:
        return None


def report_delay_band(last_incident: str | None, intake_date: str | None) -> str:
    """GBVIMS time from the (last) incident to the report; an incident after the intake is unknown."""
    return band_of(REPORT_BANDS, _days(last_incident, intake_date))


def stay_band(placed_on: str | None, ended_on: str | None) -> str:
    return band_of(STAY_BANDS, _days(placed_on, ended_on))


GBVIMS_ORDER: tuple[str, ...] = tuple(t.code for t in GBVIMS_CORE_TYPES)


def gbvims_type(violence_types: Iterable[str], mapping: Mapping[str, str]) -> str:
    """The incident's GBVIMS core type: the first, in GBVIMS order (rape, sexual assault, physical assault,
    forced marriage, denial of resources, psychological abuse), that a violence type maps to."""
    mapped = {mapping[code] for code in violence_types if code in mapping}
    for code in GBVIMS_ORDER:
        if code in mapped:
            return code
    return UNKNOWN


def day_after(day: date) -> date:
    return day + timedelta(days=1)
