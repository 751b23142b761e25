"""The center's statistics on a server (issue 18 in server mode): what the reports count, readable by those
who may see the center's figures, without the case content row-level security keeps from them.

In a vault, the statistics read the case tables (vault/stat_queries.py). On a server, an admin without a case
role reads no case (pg/security.py), so the same statements would count nothing, and a snapshot stored from
them would fix a wrong figure for good. Schema kd_stats holds one view per table those statements read, named
as the table and holding only the coded columns they use (no name, client code, case number, address, note
text or other free text; nationality is turned into a country code by the app). The views run as their owner,
past row-level security, and return rows only to a supervisor or an admin; no other role may even use the
schema. The center's reads put kd_stats before kd on the search path for one read-only transaction
(PgDialect.center_statistics), so the statements are the vault's, unchanged. Tables every staff member reads
anyway (shelters' public columns, institutions, vocabularies, the snapshots' own table) are not shadowed.

A new column in a report's statement must be added here too: the statistics tests run on both stores and
fail on a server if it is missing.
"""

from __future__ import annotations

SCHEMA = "kd_stats"
READERS = ("kdg_supervisor", "kdg_admin")

# table: the columns stat_queries reads from it
VIEWS: dict[str, tuple[str, ...]] = {
    "cases": ("id", "client_id", "status", "opened_on", "closed_on", "created_at"),
    "clients": ("id", "birth_year", "birth_date", "marital_status", "education", "employment", "nationality",
                "migrant_status", "district", "disability_types"),
    "intakes": ("case_id", "intake_date", "channel", "heard_from", "violence_types", "immediate_needs",
                "last_incident"),
    "perpetrators": ("id", "case_id", "relationship"),
    "consents": ("client_id", "kind", "given_on", "withdrawn_on"),
    "notes": ("case_id", "note_date", "note_type", "interpreter_present", "interpreter_language", "child_id"),
    "referrals": ("case_id", "sent_on", "institution_id", "status"),
    "placements": ("id", "case_id", "shelter_id", "requested_on", "placed_on", "ended_on", "exit_reason",
                   "transferred_from"),
    "placement_children": ("placement_id", "child_id"),
    "children": ("id", "birth_year"),
    "measures": ("id", "case_id", "decision_date", "measure_type", "authority", "status"),
    "measure_violations": ("measure_id", "violation_date"),
    "closure_requests": ("id", "case_id", "status", "reason"),
    "appointments": ("case_id", "starts_at", "status", "interpreter_id", "interpreter_language"),
    # issue 21 part B: the center's activities and contacts, coded columns only (no topic, place or notes)
    "group_activities": ("id", "kind", "held_on", "participants"),
    "activity_attendance": ("activity_id", "case_id"),
    "info_contacts": ("id", "contact_on", "channel", "topic", "institution_id", "case_id"),
    "aid_records": ("case_id", "requested_on", "kind", "source", "status", "amount_kurus"),
    "employment_supports": ("case_id", "start_on", "kind", "outcome"),
}

_ALLOWED = "(SELECT kd.is_supervisor() OR kd.is_admin())"


def drop_sql() -> str:
    """Every view of the schema dropped (`server upgrade` makes this release's set again)."""
    return (f"DO $$ DECLARE v record; BEGIN FOR v IN SELECT viewname FROM pg_views WHERE schemaname = '{SCHEMA}'"
            f" LOOP EXECUTE format('DROP VIEW {SCHEMA}.%I', v.viewname); END LOOP; END $$;")


def views_sql() -> str:
    """Run as kdg_owner inside `server init` (schema kd_stats exists): the views and who may read them."""
    out = []
    for table, columns in VIEWS.items():
        out.append(f"CREATE VIEW {SCHEMA}.{table} AS SELECT {', '.join(columns)} FROM kd.{table}"
                   f" WHERE {_ALLOWED};")
    out.append(f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC;")
    out.append(f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM PUBLIC;")
    out.append(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {', '.join(READERS)};")
    out.append(f"GRANT SELECT ON ALL TABLES IN SCHEMA {SCHEMA} TO {', '.join(READERS)};")
    return "\n".join(out)
