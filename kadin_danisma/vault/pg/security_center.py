"""Row-level security of the center's own work (issue 21 part B, schema_center): group activities,
contacts that are not cases, named attendance, and follow-ups on a closed case under a supervisor's allowance.

- group_activities, info_contacts: center-wide records, read and written by counselors and supervisors (the
  people who run the groups and answer the phone). An admin without a case role reads neither (their topics
  and notes are free text about the center's clients); she sees their counts in the activity report, through
  the kd_stats views (pg/stats_views.py), as with every other figure.
- activity_attendance: case data (it says she came to a support group): read with the case, written by a
  counselor who works on the case while it is editable.
- followup_allowances: read with the case; given and revoked by a supervisor (as herself), on a closed case.
- follow_ups: a counselor on the case writes them while the case is editable, as before; on a closed case
  only under an allowance not revoked and not past its day, and a new one only while fewer than its number
  were recorded under it.
"""

from __future__ import annotations

from collections.abc import Callable

CNS = "(SELECT kd.is_counselor())"
SUP = "(SELECT kd.is_supervisor())"
ME = "(SELECT kd.me())"
TODAY = "to_char(current_date, 'YYYY-MM-DD')"

TABLES = ("group_activities", "info_contacts", "activity_attendance", "followup_allowances", "follow_ups")

# Whether a follow-up of this case may be written under this allowance today (for a new one: fewer than its
# number recorded under it). A function running as its owner: a policy of follow_ups that read follow_ups
# itself would recurse.
FUNCTION = f"""
CREATE OR REPLACE FUNCTION kd.allowance_open(p_allowance bigint, p_case bigint, p_new boolean) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = kd, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM kd.followup_allowances a WHERE a.id = p_allowance AND a.case_id = p_case
                   AND a.revoked_at IS NULL AND a.until_on >= {TODAY}
                   AND (NOT p_new OR (SELECT count(*) FROM kd.follow_ups f WHERE f.allowance_id = a.id) < a.max_count))
$$;
REVOKE ALL ON FUNCTION kd.allowance_open(bigint, bigint, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kd.allowance_open(bigint, bigint, boolean) TO kdg_staff;
"""
_ALLOWED = "kd.allowance_open(allowance_id, case_id, false)"
_ROOM = "kd.allowance_open(allowance_id, case_id, true)"


def _policy(table: str, name: str, command: str, to: str, using: str | None, check: str | None) -> str:
    sql = f"CREATE POLICY {table}_{name} ON kd.{table} FOR {command} TO {to}"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    return sql + ";"


def policies(mine: Callable[[str], str]) -> list[str]:
    """`mine(column)`: pg/security.py's test that a row's case is one she works on now (an EXISTS the planner
    answers by index)."""
    staff_work = f"{CNS} OR {SUP}"
    out: list[str] = [FUNCTION, "GRANT SELECT ON kd.activity_named TO kdg_staff;"]
    for table in ("group_activities", "info_contacts"):
        out += [
            f"GRANT INSERT, UPDATE ON kd.{table} TO kdg_counselor, kdg_supervisor;",
            _policy(table, "read", "SELECT", "kdg_staff", staff_work, None),
            _policy(table, "add", "INSERT", "kdg_staff", None, staff_work),
            _policy(table, "change", "UPDATE", "kdg_staff", staff_work, staff_work),
        ]
    on_case = f"{CNS} AND kd.works_on(case_id) AND kd.case_editable(case_id)"
    out += [
        "GRANT INSERT, DELETE ON kd.activity_attendance TO kdg_counselor;",
        _policy("activity_attendance", "read", "SELECT", "kdg_staff",
                f"{SUP} OR {mine('activity_attendance.case_id')}", None),
        _policy("activity_attendance", "add", "INSERT", "kdg_counselor", None, on_case),
        _policy("activity_attendance", "remove", "DELETE", "kdg_counselor", on_case, None),
        "GRANT INSERT, UPDATE ON kd.followup_allowances TO kdg_supervisor;",
        _policy("followup_allowances", "read", "SELECT", "kdg_staff",
                f"{SUP} OR {mine('followup_allowances.case_id')}", None),
        _policy("followup_allowances", "add", "INSERT", "kdg_supervisor", None,
                f"{SUP} AND allowed_by = {ME} AND kd.case_status(case_id) = 'closed'"),
        _policy("followup_allowances", "change", "UPDATE", "kdg_supervisor", SUP, SUP),
    ]
    on_it = f"{CNS} AND kd.works_on(case_id)"
    writable = f"{on_it} AND (kd.case_editable(case_id) OR {_ALLOWED})"
    out += [
        "GRANT INSERT, UPDATE, DELETE ON kd.follow_ups TO kdg_counselor;",
        _policy("follow_ups", "read", "SELECT", "kdg_staff", f"{SUP} OR {mine('follow_ups.case_id')}", None),
        _policy("follow_ups", "add", "INSERT", "kdg_counselor", None,
                f"{on_it} AND (kd.case_editable(case_id) OR {_ROOM})"),
        _policy("follow_ups", "change", "UPDATE", "kdg_counselor", writable, writable),
        _policy("follow_ups", "remove", "DELETE", "kdg_counselor", f"{on_it} AND kd.case_editable(case_id)", None),
    ]
    return out
