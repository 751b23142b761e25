"""Schema level: row versions (no lost update) and stable record ids (issue 16, for packages: issue 17).

Every editable record gets `row_version` (1 when created, +1 at every change), `changed_by` and
`changed_at`: a save based on an older version is refused with "changed by <name> at <time>" instead of
silently replacing a colleague's work (services/versions.py). Every record that can travel between stores
gets `uuid`, a random UUID given when it is created (existing rows get one here), kept by `server migrate`
and by packages. Frozen once released.
"""

# This level's number: the next free one after main's levels (7: appointments and attachments). Levels
# numbered on other branches may land before it; it then moves up, here only: everything that depends on it
# (migrations, the server schema, the tests that take levels back off) reads this constant.
LEVEL = 8

# Records a person edits in place (appended-only history tables get no version).
VERSIONED = ("clients", "cases", "children", "intakes", "perpetrators", "risk_assessments", "safety_plans",
             "notes", "institutions", "referrals", "shelters", "placements", "measures", "consents",
             "follow_ups", "closure_requests")
# Records that can travel in a package, each with a stable uuid.
WITH_UUID = (*VERSIONED, "case_status_history", "note_revisions", "referral_events", "measure_violations")

# A version 4 UUID from SQLite's randomblob(): 8-4-4-4-12 hex digits, version nibble 4, variant 8/9/a/b.
_UUID_SQL = ("lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
             " || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
             " || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))")


def _script() -> str:
    parts: list[str] = []
    for table in VERSIONED:
        parts.append(f"ALTER TABLE {table} ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;")
        parts.append(f"ALTER TABLE {table} ADD COLUMN changed_by INTEGER REFERENCES users(id);")
        parts.append(f"ALTER TABLE {table} ADD COLUMN changed_at TEXT;")
    for table in WITH_UUID:
        parts.append(f"ALTER TABLE {table} ADD COLUMN uuid TEXT;")
        parts.append(f"UPDATE {table} SET uuid = {_UUID_SQL} WHERE uuid IS NULL;")
        parts.append(f"CREATE UNIQUE INDEX {table}_uuid ON {table}(uuid);")
    # Occupancy counts every placement, whoever may read the case (on a server the view runs as its owner,
    # so a counselor sees true free places without seeing other women's placements).
    # Persons: the women placed now and the children who went with them (services/shelters.py).
    parts.append("CREATE VIEW shelter_occupancy AS SELECT p.shelter_id, count(DISTINCT p.id) AS women,"
                 " count(k.placement_id) AS children FROM placements p"
                 " LEFT JOIN placement_children k ON k.placement_id = p.id"
                 " WHERE p.status = 'placed' GROUP BY p.shelter_id;")
    # What a case is (number, client, state) without what it says: enough to tell "not yours: state a reason"
    # from "no such case". On a server the view reads as its owner, past row-level security.
    parts.append("CREATE VIEW case_refs AS SELECT id, case_number, client_id, status FROM cases;")
    # When a counselor, a room or an interpreter is taken, for everyone who books (level 7's calendar), without
    # what the appointment is about: on a server the views read as their owner, so a clash with a colleague's
    # appointment is seen; its kind, note and client stay behind row-level security (vault/appointment_queries).
    parts.append("CREATE VIEW appointment_slots AS SELECT id, case_id, starts_at, ends_at, status, room_id,"
                 " interpreter_id, interpreter_language, counselor_names FROM appointments;")
    parts.append("CREATE VIEW appointment_slot_counselors AS SELECT appointment_id, user_id"
                 " FROM appointment_counselors;")
    # Which case a file belongs to (id only): "state a reason" rather than "no such attachment", as case_refs.
    parts.append("CREATE VIEW attachment_refs AS SELECT id, case_id FROM attachments;")
    # How many files the center keeps and their size (the overview), whoever may read them.
    parts.append("CREATE VIEW attachment_totals AS SELECT count(*) AS files, coalesce(sum(size), 0) AS bytes"
                 " FROM attachments;")
    return "\n".join(parts)


VERSIONS_SQL = _script()
