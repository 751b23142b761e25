"""The center's retention and destruction policy (issue 19): how long a woman's record is kept after her last
case closed, the shorter periods for her safe-contact details and for a retired shelter's contact details,
and what happens at the end (anonymize or delete). Vault settings an administrator changes, each change
audited (settings.change); everyone who works with the queue reads it.

Periods are whole years, counted from the day her last case closed (safe contact too), or from the day a
shelter was made inactive. The regulation (Kişisel Verilerin Silinmesi, Yok Edilmesi veya Anonim Hale
Getirilmesi Hakkında Yönetmelik, art. 11) asks for periodic destruction at most six months apart:
`CYCLE_DAYS`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from ..domain.errors import InvalidInput, NotOnServer
from ..vault import repositories
from .session import Session
from .settings import change

ANONYMIZE = "anonymize"
DELETE = "delete"
METHODS = (ANONYMIZE, DELETE)
KEEP_RANGE = (1, 50)
SHORT_RANGE = (0, 50)
CYCLE_DAYS = 183  # "at most six months" between two periodic destructions
RECORD_YEARS = 3  # a destruction record is kept at least this long (the app never deletes one)


SERVER_REFUSAL = "kvkk_not_on_server"


def refuse_on_server(session: Session) -> None:
    """The retention features change or destroy records; on a center server they are not available yet (no
    row-level security rule lets staff write their tables, and the destruction proof reads a vault's own
    file). Refused with a code the GUI translates; what they only read (holds, requests) works there."""
    if session.on_server:
        raise NotOnServer("retention, destruction and KVKK requests are not yet available on a center server"
                          " (docs/server.md)", code=SERVER_REFUSAL)


@dataclass(frozen=True)
class Policy:
    keep_years: int = 10
    safe_contact_years: int = 2
    shelter_contact_years: int = 2
    method: str = ANONYMIZE

    def as_json(self) -> dict[str, object]:
        return asdict(self)


DEFAULT = Policy()
_KEYS = {"keep_years": "retention_keep_years", "safe_contact_years": "retention_safe_contact_years",
         "shelter_contact_years": "retention_shelter_contact_years", "method": "retention_method"}


def _int(session: Session, field: str, default: int, bounds: tuple[int, int]) -> int:
    value = repositories.get_setting(session.connection(), _KEYS[field], str(default))
    try:
        number = int(value or default)
    except ValueError:
        return default
    return number if bounds[0] <= number <= bounds[1] else default


def policy(session: Session) -> Policy:
    """The policy in force (a setting never written, or unreadable, counts as its default)."""
    session.check_password_changed()
    method = repositories.get_setting(session.connection(), _KEYS["method"], DEFAULT.method) or DEFAULT.method
    keep = _int(session, "keep_years", DEFAULT.keep_years, KEEP_RANGE)
    return Policy(
        keep, min(keep, _int(session, "safe_contact_years", DEFAULT.safe_contact_years, SHORT_RANGE)),
        _int(session, "shelter_contact_years", DEFAULT.shelter_contact_years, SHORT_RANGE),
        method if method in METHODS else DEFAULT.method)


def problems(new: Policy) -> list[tuple[str, str]]:
    """(field, problem) for every value out of its range, in the form the GUI marks fields with."""
    found: list[tuple[str, str]] = []
    for name, value, (low, high) in (("keep_years", new.keep_years, KEEP_RANGE),
                                     ("safe_contact_years", new.safe_contact_years, SHORT_RANGE),
                                     ("shelter_contact_years", new.shelter_contact_years, SHORT_RANGE)):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            found.append((f"$.{name}", f"must be between {low} and {high}"))
    if not found and new.safe_contact_years > new.keep_years:
        found.append(("$.safe_contact_years", f"must be between 0 and {new.keep_years}"))
    if new.method not in METHODS:
        found.append(("$.method", f"must be one of: {', '.join(METHODS)}"))
    return found


def set_policy(session: Session, new: Policy) -> None:
    """Administrators only; each value that changed is one audited `setting_change`."""
    refuse_on_server(session)
    if found := problems(new):
        raise InvalidInput("the retention policy has values out of range", code="retention_range", problems=found)
    for field, key in _KEYS.items():
        value = getattr(new, field)
        change(session, key, str(value), default=str(getattr(DEFAULT, field)))


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
