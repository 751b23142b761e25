"""What an access review holds (issue 19): plain data the service fills from the audit log and the documents
print. No personal data of a woman: users' names, case numbers, counts, times, and the break-glass reasons
that are still kept in their cases."""

from __future__ import annotations

from dataclasses import dataclass, field

from .roles import Role


@dataclass(frozen=True)
class RoleChange:
    """A user given roles (added) or whose roles changed, from the audit log."""

    at: str
    by: str  # the administrator's user name ("" if the log names none)
    username: str
    before: frozenset[Role]
    after: frozenset[Role]


@dataclass(frozen=True)
class Opening:
    """One person's use of one case in the period."""

    username: str
    case_id: int
    case_number: str  # "" once the case is destroyed
    opened: int
    exported: int
    history_read: int
    break_glass: int
    first_at: str
    last_at: str


@dataclass(frozen=True)
class BreakGlass:
    at: str
    username: str
    case_id: int
    case_number: str
    reason: str | None  # None: the case (and the reason with it) was destroyed
    reason_length: int


@dataclass(frozen=True)
class UserRoles:
    username: str
    display_name: str
    roles: frozenset[Role]
    disabled: bool
    created_at: str


@dataclass(frozen=True)
class Review:
    first: str
    last: str
    made_at: str
    made_by: str
    center_name: str
    letterhead: tuple[str, ...]
    break_glass: list[BreakGlass] = field(default_factory=list)
    openings: list[Opening] = field(default_factory=list)
    users: list[UserRoles] = field(default_factory=list)
    role_changes: list[RoleChange] = field(default_factory=list)
