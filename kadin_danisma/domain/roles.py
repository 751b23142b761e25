"""Staff roles. A person may hold several; codes (not labels) are stored."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COUNSELOR = "counselor"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ALL_ROLES: tuple[Role, ...] = (Role.COUNSELOR, Role.SUPERVISOR, Role.ADMIN)


def parse_roles(text: str) -> frozenset[Role]:
    """Parse "counselor,admin" into roles; raises ValueError naming the unknown code."""
    roles: set[Role] = set()
    for part in text.split(","):
        code = part.strip().lower()
        if not code:
            continue
        try:
            roles.add(Role(code))
        except ValueError:
            raise ValueError(f"unknown role: {code!r} (use {', '.join(r.value for r in ALL_ROLES)})") from None
    if not roles:
        raise ValueError("at least one role is required")
    return frozenset(roles)


def roles_to_text(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(r.value for r in ALL_ROLES if r in roles)
