"""Who may do what (§4 "Users and roles", issue 3 §4): one table, consulted by every service.

A decision depends on the person's roles, the action and, for case actions, her relation to the case:
assigned counselor, not assigned, or not assigned but holding a break-glass grant (a stated, audited reason
for this session). Several roles combine to the most permissive answer. Admins see no case content
unless they also hold a case role.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum, StrEnum

from .roles import Role


class Action(StrEnum):
    CASE_CREATE = "case_create"
    CASE_READ = "case_read"
    CASE_EDIT = "case_edit"
    CASE_ASSIGN = "case_assign"
    CLOSURE_REQUEST = "closure_request"
    CLOSURE_DECIDE = "closure_decide"
    CASE_REOPEN = "case_reopen"
    CONSENT_OVERRIDE = "consent_override"
    ACCESS_LOG = "access_log"
    CASE_EXPORT = "case_export"
    CASE_IMPORT = "case_import"
    SEARCH = "search"
    DASHBOARD = "dashboard"
    DIRECTORY_MANAGE = "directory_manage"
    SHELTER_MANAGE = "shelter_manage"
    SHELTER_CONTACT_VIEW = "shelter_contact_view"
    VOCAB_MANAGE = "vocab_manage"
    USERS_MANAGE = "users_manage"
    SETTINGS_MANAGE = "settings_manage"
    CALENDAR_MANAGE = "calendar_manage"  # the center's rooms and interpreters
    # Statistics (issue 18): anonymous, suppressed figures. The center's for supervisors and the
    # coordinator (admin); a counselor's own caseload's for her.
    STATISTICS_CENTER = "statistics_center"
    STATISTICS_OWN = "statistics_own"
    # KVKK (issue 19): the retention queue and its records (propose, cancel, read) for the coordinator and
    # supervisors; approving a destruction for a supervisor who did not propose it; a legal hold placed by
    # her counselor or a supervisor, lifted by a supervisor; her own requests; the periodic access review.
    RETENTION_MANAGE = "retention_manage"
    RETENTION_APPROVE = "retention_approve"
    LEGAL_HOLD_PLACE = "legal_hold_place"
    LEGAL_HOLD_LIFT = "legal_hold_lift"
    DATA_REQUEST = "data_request"
    ACCESS_REVIEW = "access_review"
    # Issue 21 part B: the center's group activities and contacts that are not cases (counselors and
    # supervisors, who run the groups and answer the phone; an admin sees their counts in the activity
    # report only, as with case figures: their topics and notes are free text about clients). A supervisor
    # allows follow-ups on a closed case; her counselor records them under that allowance.
    CENTER_WORK = "center_work"
    FOLLOW_UP_ALLOW = "follow_up_allow"
    FOLLOW_UP_AFTER_CLOSURE = "follow_up_after_closure"


class Relation(StrEnum):
    NONE = "none"  # the action is not about one case
    ASSIGNED = "assigned"
    UNASSIGNED = "unassigned"
    BREAK_GLASS = "break_glass"


class Decision(IntEnum):
    DENY = 0
    NEEDS_REASON = 1
    ALLOW = 2


CASE_ACTIONS = frozenset({
    Action.CASE_READ, Action.CASE_EDIT, Action.CASE_ASSIGN, Action.CLOSURE_REQUEST, Action.CLOSURE_DECIDE,
    Action.CASE_REOPEN, Action.CONSENT_OVERRIDE, Action.ACCESS_LOG, Action.CASE_EXPORT, Action.LEGAL_HOLD_PLACE,
    Action.LEGAL_HOLD_LIFT, Action.DATA_REQUEST, Action.FOLLOW_UP_ALLOW, Action.FOLLOW_UP_AFTER_CLOSURE,
})

A, R, D = Decision.ALLOW, Decision.NEEDS_REASON, Decision.DENY
_ANY = {Relation.ASSIGNED: A, Relation.UNASSIGNED: A, Relation.BREAK_GLASS: A}
# A counselor works her own cases; another case opens only with a reason, and then she may read and
# write it (covering for a colleague) but not close or export it.
_COUNSELOR_OWN = {Relation.ASSIGNED: A, Relation.UNASSIGNED: R, Relation.BREAK_GLASS: A}
_ASSIGNED_ONLY = {Relation.ASSIGNED: A, Relation.UNASSIGNED: D, Relation.BREAK_GLASS: D}

MATRIX: dict[Role, dict[Action, dict[Relation, Decision]]] = {
    Role.COUNSELOR: {
        Action.CASE_CREATE: {Relation.NONE: A},
        Action.CASE_READ: _COUNSELOR_OWN,
        Action.CASE_EDIT: _COUNSELOR_OWN,
        Action.CLOSURE_REQUEST: _ASSIGNED_ONLY,
        Action.CASE_EXPORT: _ASSIGNED_ONLY,
        Action.CASE_IMPORT: {Relation.NONE: A},
        Action.SEARCH: {Relation.NONE: A},
        Action.DASHBOARD: {Relation.NONE: A},
        Action.SHELTER_CONTACT_VIEW: {Relation.NONE: A},
        Action.STATISTICS_OWN: {Relation.NONE: A},
        Action.LEGAL_HOLD_PLACE: _ASSIGNED_ONLY,
        Action.DATA_REQUEST: _ASSIGNED_ONLY,
        Action.CENTER_WORK: {Relation.NONE: A},
        Action.FOLLOW_UP_AFTER_CLOSURE: _ASSIGNED_ONLY,
    },
    Role.SUPERVISOR: {
        Action.CASE_READ: _ANY,
        Action.CASE_ASSIGN: _ANY,
        Action.CLOSURE_DECIDE: _ANY,
        Action.CASE_REOPEN: _ANY,
        Action.CONSENT_OVERRIDE: _ANY,
        Action.ACCESS_LOG: _ANY,
        Action.CASE_EXPORT: _ANY,
        Action.SEARCH: {Relation.NONE: A},
        Action.DASHBOARD: {Relation.NONE: A},
        Action.STATISTICS_CENTER: {Relation.NONE: A},
        Action.RETENTION_MANAGE: {Relation.NONE: A},
        Action.RETENTION_APPROVE: {Relation.NONE: A},
        Action.LEGAL_HOLD_PLACE: _ANY,
        Action.LEGAL_HOLD_LIFT: _ANY,
        Action.DATA_REQUEST: _ANY,
        Action.ACCESS_REVIEW: {Relation.NONE: A},
        Action.CENTER_WORK: {Relation.NONE: A},
        Action.FOLLOW_UP_ALLOW: _ANY,
    },
    Role.ADMIN: {
        Action.DIRECTORY_MANAGE: {Relation.NONE: A},
        Action.SHELTER_MANAGE: {Relation.NONE: A},
        Action.SHELTER_CONTACT_VIEW: {Relation.NONE: A},
        Action.VOCAB_MANAGE: {Relation.NONE: A},
        Action.USERS_MANAGE: {Relation.NONE: A},
        Action.SETTINGS_MANAGE: {Relation.NONE: A},
        Action.CALENDAR_MANAGE: {Relation.NONE: A},
        Action.STATISTICS_CENTER: {Relation.NONE: A},
        Action.RETENTION_MANAGE: {Relation.NONE: A},
    },
}


def decide(roles: Iterable[Role], action: Action, relation: Relation = Relation.NONE) -> Decision:
    """The most permissive decision any of the roles gives; DENY when none mentions the action."""
    best = Decision.DENY
    for role in roles:
        best = max(best, MATRIX.get(role, {}).get(action, {}).get(relation, Decision.DENY))
    return best
