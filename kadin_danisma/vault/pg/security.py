"""Who may read and write what on the server: group roles, table privileges and row-level security that
mirror `domain/permissions.py`, so the rule holds for any client, `psql` included.

- Every staff login is in `kdg_staff` and in `kdg_counselor`, `kdg_supervisor` and/or `kdg_admin`; the users
  table (changed only by the functions in pg/user_functions.py) says which roles count for the policies.
- A counselor sees the cases assigned to her, or opened with a stated reason in this sign-in (kd.my_cases),
  and every record under them; she writes them while the case is editable. A supervisor reads every case
  and writes none (her decisions go through functions). An admin without a case role sees no case, client
  or note, and no audit entry about one; she manages the directory, shelters, vocabularies and settings.
- Drafts are their author's alone. The audit log is written only by kd.audit_append and the functions; its
  key sits in kd_private, where no staff role may even look.
All of it is rebuilt by `server init` and every `server upgrade`: policies are dropped and made again.
"""

from __future__ import annotations

from . import package_security, security_center
from .functions import ACCESS_ACTIONS

GROUPS = ("kdg_counselor", "kdg_supervisor", "kdg_admin")
STAFF = "kdg_staff"
OWNER = "kdg_owner"

SUP = "(SELECT kd.is_supervisor())"
CNS = "(SELECT kd.is_counselor())"
ADM = "(SELECT kd.is_admin())"
ME = "(SELECT kd.me())"
MINE = "(SELECT kd.my_cases())"


def mine(column: str) -> str:
    """`column` (qualified by its table) names a case she works on now: assigned to her, or opened with a
    stated reason in this sign-in; what kd.my_cases() lists, asked of one row. As EXISTS the planner can look
    up a few rows' cases by index (a search's 40 results) or hash her whole list for many (her case list);
    `IN (SELECT kd.my_cases())` always collected every case she has, once per policy in a statement (5-17 ms
    each for a counselor with 4,000 cases, measured). Not for case_counselors' own policy: it reads that
    table, which would recurse."""
    return (f"(EXISTS (SELECT 1 FROM kd.case_counselors mc WHERE mc.case_id = {column} AND mc.user_id = {ME})"
            f" OR EXISTS (SELECT 1 FROM kd.grants mg WHERE mg.case_id = {column} AND mg.user_id = {ME}"
            " AND mg.token = current_setting('kd.session', true) AND mg.expires_at > now()))")


def visible_case(column: str) -> str:
    """`column` (qualified) is a case this reader may see: the cases table's own policy decides."""
    return f"EXISTS (SELECT 1 FROM kd.cases vc WHERE vc.id = {column})"


def visible_client(column: str) -> str:
    """`column` (qualified) is a client with a case this reader may see."""
    return f"EXISTS (SELECT 1 FROM kd.cases vc WHERE vc.client_id = {column})"

# Tables whose rows hang under one case (case_id), and what state the case must be in to write them.
CASE_ROWS_EDITABLE = ("children", "intakes", "perpetrators", "risk_assessments", "safety_plans", "notes",
                      "referrals", "placements", "measures", "search_index", "appointments",
                      "attachments", "package_base", "package_conflicts", "aid_records",
                      "employment_supports", "court_cases")
CASE_ROWS_UNTIL_CLOSED = ("case_status_history", "closure_requests")
# (table, parent table, column pointing at it): rows under a row of a case table.
NESTED = (("note_revisions", "notes", "note_id"), ("referral_events", "referrals", "referral_id"),
          ("measure_violations", "measures", "measure_id"), ("placement_children", "placements", "placement_id"),
          ("appointment_counselors", "appointments", "appointment_id"),
          ("attachment_chunks", "attachments", "attachment_id"), ("court_hearings", "court_cases", "court_case_id"))
# Read by every staff member, written by admins.
REFERENCE = ("settings", "vocabulary", "institutions", "shelters", "rooms", "interpreters")
SHELTER_PUBLIC_COLUMNS = ("id", "name", "shelter_type", "city", "capacity", "boys_age_limit", "accessible", "active",
                          "row_version", "changed_by", "changed_at", "uuid")


def roles_sql() -> str:
    """Run by the IT person's login (a superuser or CREATEROLE): the owner and group roles, once per server."""
    lines = [f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{OWNER}') THEN
        CREATE ROLE {OWNER} NOLOGIN CREATEROLE;
    END IF;
END $$;
SET ROLE {OWNER};
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{STAFF}') THEN CREATE ROLE {STAFF} NOLOGIN; END IF;"""]
    for group in GROUPS:
        lines.append(f"""    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN
        CREATE ROLE {group} NOLOGIN;
    END IF;""")
    lines.append("END $$;")
    lines.append("RESET ROLE;")
    return "\n".join(lines)


def _policy(table: str, name: str, command: str, to: str, using: str | None, check: str | None) -> str:
    sql = f"CREATE POLICY {table}_{name} ON kd.{table} FOR {command} TO {to}"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    return sql + ";"


def policies_sql(tables: list[str]) -> str:
    """Privileges and policies for every table of schema kd (dropped and made again)."""
    out = [
        "DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname, tablename FROM pg_policies"
        " WHERE schemaname = 'kd' LOOP EXECUTE format('DROP POLICY %I ON kd.%I', p.policyname, p.tablename);"
        " END LOOP; END $$;",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA kd FROM PUBLIC, {STAFF}, {', '.join(GROUPS)};",
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kd FROM PUBLIC;",
        # kd_private (the chain's key, the functions behind the checks) is nobody's but its owner's: also
        # after a grant made there by hand, which `server upgrade` takes back.
        f"REVOKE ALL ON ALL TABLES IN SCHEMA kd_private FROM PUBLIC, {STAFF}, {', '.join(GROUPS)};",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA kd_private FROM PUBLIC, {STAFF}, {', '.join(GROUPS)};",
        f"REVOKE ALL ON SCHEMA kd_private FROM PUBLIC, {STAFF}, {', '.join(GROUPS)};",
        f"GRANT USAGE ON SCHEMA kd TO {STAFF};",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA kd TO {STAFF};",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA kd TO {STAFF};",
    ]
    for table in tables:
        out.append(f"ALTER TABLE kd.{table} ENABLE ROW LEVEL SECURITY;")
        if table == "shelters":
            out.append(f"GRANT SELECT ({', '.join(SHELTER_PUBLIC_COLUMNS)}) ON kd.shelters TO {STAFF};")
            out.append("GRANT SELECT ON kd.shelters TO kdg_counselor, kdg_admin;")
        else:
            out.append(f"GRANT SELECT ON kd.{table} TO {STAFF};")
    out.append(f"GRANT SELECT ON kd.shelter_occupancy, kd.case_refs, kd.appointment_slots,"
               f" kd.appointment_slot_counselors, kd.attachment_refs, kd.attachment_totals TO {STAFF};")

    def case_scoped(table: str, writable: str, column: str = "case_id") -> None:
        out.append(f"GRANT INSERT, UPDATE, DELETE ON kd.{table} TO kdg_counselor;")
        out.append(_policy(table, "read", "SELECT", STAFF, f"{SUP} OR {mine(f'{table}.{column}')}", None))
        rule = f"{CNS} AND kd.works_on({column}) AND {writable}({column})"
        if table == "notes":  # only the author changes her note; anyone on the case may add one
            out.append(_policy(table, "add", "INSERT", "kdg_counselor", None, rule))
            out.append(_policy(table, "change", "UPDATE", "kdg_counselor", f"{rule} AND author_id = {ME}",
                               f"{rule} AND author_id = {ME}"))
            return
        # A counselor puts a closure forward and withdraws it; approving it (and a supervisor's stated reason
        # for closing while she is in a shelter) is kd.closure_decide's alone.
        kept = f"{rule} AND status <> 'approved' AND placement_override = ''" if table == "closure_requests" \
            else rule
        out.append(_policy(table, "add", "INSERT", "kdg_counselor", None, kept))
        out.append(_policy(table, "change", "UPDATE", "kdg_counselor", rule, kept))
        out.append(_policy(table, "remove", "DELETE", "kdg_counselor", rule, None))

    for table in CASE_ROWS_EDITABLE:
        case_scoped(table, "kd.case_editable")
    for table in CASE_ROWS_UNTIL_CLOSED:
        case_scoped(table, "kd.case_not_closed")
    for table, parent, column in NESTED:
        out.append(f"GRANT INSERT, UPDATE, DELETE ON kd.{table} TO kdg_counselor;")
        out.append(_policy(table, "read", "SELECT", STAFF,
                           f"EXISTS (SELECT 1 FROM kd.{parent} vp WHERE vp.id = {table}.{column})", None))
        writable = (f"{CNS} AND EXISTS (SELECT 1 FROM kd.{parent} vp WHERE vp.id = {table}.{column}"
                    f" AND {mine('vp.case_id')} AND kd.case_editable(vp.case_id))")
        for name, command in (("add", "INSERT"), ("change", "UPDATE"), ("remove", "DELETE")):
            out.append(_policy(table, name, command, "kdg_counselor", writable if command != "INSERT" else None,
                               writable if command != "DELETE" else None))

    # Cases: a counselor creates them (as herself), sees her own (and, inside the creating transaction, the
    # one she has just made and not yet assigned), and moves them up to closure_requested, never to closed.
    out += [
        "GRANT INSERT, UPDATE ON kd.cases TO kdg_counselor;",
        _policy("cases", "read", "SELECT", STAFF,
                f"{SUP} OR {mine('cases.id')} OR (created_by = {ME} AND kd.case_unassigned(id))", None),
        _policy("cases", "add", "INSERT", "kdg_counselor", None, f"{CNS} AND created_by = {ME}"),
        _policy("cases", "change", "UPDATE", "kdg_counselor", f"{CNS} AND {mine('cases.id')} AND status <> 'closed'",
                "status IN ('draft', 'open', 'active', 'closure_requested')"),
        "GRANT INSERT ON kd.case_counselors TO kdg_counselor;",
        # Her own assignment first: a check of it answers without collecting every case she works on.
        _policy("case_counselors", "read", "SELECT", STAFF, f"user_id = {ME} OR {SUP} OR case_id IN {MINE}", None),
        _policy("case_counselors", "add", "INSERT", "kdg_counselor", None,
                f"{CNS} AND user_id = {ME} AND kd.case_unassigned(case_id) AND kd.created_by_me(case_id)"),
        # Clients: seen through a visible case; any counselor records a new one; changed through her case.
        "GRANT INSERT, UPDATE ON kd.clients TO kdg_counselor;",
        _policy("clients", "read", "SELECT", STAFF, f"{SUP} OR {visible_client('clients.id')}", None),
        _policy("clients", "add", "INSERT", "kdg_counselor", None, CNS),
        _policy("clients", "change", "UPDATE", "kdg_counselor",
                f"{CNS} AND id IN (SELECT client_id FROM kd.cases WHERE id IN {MINE} AND kd.case_editable(id))",
                "true"),
        "GRANT INSERT, UPDATE ON kd.consents TO kdg_counselor;",
        _policy("consents", "read", "SELECT", STAFF, f"{SUP} OR {visible_client('consents.client_id')}", None),
        _policy("consents", "add", "INSERT", "kdg_counselor", None,
                f"{CNS} AND client_id IN (SELECT client_id FROM kd.cases WHERE id IN {MINE} AND kd.case_editable(id))"),
        _policy("consents", "change", "UPDATE", "kdg_counselor",
                f"{CNS} AND client_id IN (SELECT client_id FROM kd.cases WHERE id IN {MINE} AND kd.case_editable(id))",
                "true"),
        "GRANT INSERT, UPDATE ON kd.counters TO kdg_counselor;",
        _policy("counters", "read", "SELECT", STAFF, "true", None),
        _policy("counters", "add", "INSERT", "kdg_counselor", None, CNS),
        _policy("counters", "change", "UPDATE", "kdg_counselor", CNS, CNS),
        "GRANT INSERT, UPDATE, DELETE ON kd.drafts TO kdg_staff;",
        _policy("drafts", "own", "ALL", STAFF, f"user_id = {ME}", f"user_id = {ME}"),
        _policy("users", "read", "SELECT", STAFF, "true", None),
        _policy("grants", "own", "SELECT", STAFF, f"user_id = {ME}", None),
        _policy("meta", "read", "SELECT", STAFF, "true", None),
        _policy("center", "read", "SELECT", STAFF, "true", None),
        _policy("audit_head", "read", "SELECT", STAFF, "true", None),
        # The audit log: supervisors all of it; anyone her own entries; admins what is not about a case;
        # a counselor the changes (not the access log) of the cases she works on.
        _policy("audit_log", "read", "SELECT", STAFF,
                f"{SUP} OR user_id = {ME} OR ({ADM} AND (target IS NULL OR target NOT LIKE 'case:%'))"
                f" OR (action NOT IN {ACCESS_ACTIONS} AND target IN (SELECT 'case:' || x FROM kd.my_cases() x))",
                None),
        _policy("vault_audit_log", "read", "SELECT", STAFF, SUP, None),
    ]
    for table in REFERENCE:
        out.append(f"GRANT INSERT, UPDATE ON kd.{table} TO kdg_admin;")
        if table != "shelters":
            out.append(_policy(table, "read", "SELECT", STAFF, "true", None))
        else:
            out.append(_policy(table, "read", "SELECT", STAFF, "true", None))
        out.append(_policy(table, "add", "INSERT", "kdg_admin", None, ADM))
        out.append(_policy(table, "change", "UPDATE", "kdg_admin", ADM, ADM))
    # The values of a case's changes and stated reasons (issue 14): read with the case; added by whoever
    # changes it (a counselor; a supervisor's stated reasons go through her checking function).
    out += [
        "GRANT INSERT ON kd.case_field_history TO kdg_counselor;",
        _policy("case_field_history", "read", "SELECT", STAFF, f"{SUP} OR {mine('case_field_history.case_id')}", None),
        _policy("case_field_history", "add", "INSERT", "kdg_counselor", None,
                f"{CNS} AND kd.works_on(case_id) AND user_id = {ME}"),
    ]
    # Statistics snapshots (issue 18): a closed period's raw counts for the center, before small cells are
    # hidden, so only those who may see the center's figures read or store them (never changed: triggers).
    out += [
        "GRANT INSERT ON kd.stat_snapshots TO kdg_supervisor, kdg_admin;",
        _policy("stat_snapshots", "read", "SELECT", STAFF, f"{SUP} OR {ADM}", None),
        _policy("stat_snapshots", "add", "INSERT", STAFF, None, f"{SUP} OR {ADM}"),
    ]
    # KVKK retention (issue 19): a case's legal holds and the woman's requests are read with the case; the
    # destruction cycles and records by supervisors and admins. No staff role writes any of them: the
    # retention features are not yet available on a server (services refuse them, docs/server.md), so only
    # `server migrate` (as the owner) brings a vault's rows here. destruction_gate: no one (no policy).
    out += [
        _policy("legal_holds", "read", "SELECT", STAFF, f"{SUP} OR {mine('legal_holds.case_id')}", None),
        _policy("data_requests", "read", "SELECT", STAFF, f"{SUP} OR {mine('data_requests.case_id')}", None),
    ]
    out += [_policy(t, "read", "SELECT", STAFF, f"{SUP} OR {ADM}", None)
            for t in ("destruction_cycles", "destruction_items", "destruction_records")]
    out += security_center.policies(mine)  # issue 21 part B: the center's own work, follow-ups after closure
    out += package_security.policies(_policy)  # issue 17: the center's keys, partners, supervisors' imports
    covered = set(security_center.TABLES) | set(package_security.TABLES)
    covered |= set(CASE_ROWS_EDITABLE) | set(CASE_ROWS_UNTIL_CLOSED) | {t for t, _, _ in NESTED} | set(REFERENCE) | {
        "cases", "case_counselors", "clients", "consents", "counters", "drafts", "users", "grants", "meta",
        "center", "audit_head", "audit_log", "vault_audit_log", "case_field_history", "stat_snapshots", "legal_holds",
        "data_requests", "destruction_cycles", "destruction_items", "destruction_records", "destruction_gate"}
    missing = sorted(set(tables) - covered)
    if missing:  # a new table must be given its rule here, or no one could read it
        raise ValueError("tables without a row-level security rule: " + ", ".join(missing))
    return "\n".join(out)
