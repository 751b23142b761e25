"""The center's own work beyond the case file (issue 21, part B; its number is CENTER_LEVEL): group
activities and trainings, contacts that are not cases, and follow-ups allowed on a closed case.

- group_activities: a seminar, workshop, support group, training or awareness event of the center: its kind
  (vocabulary activity_kind), day, place, facilitator (a staff user or a name), topic and the participants
  counted by sex and age band (`participants`, JSON {"female": {"18_29": 4, …}, "male": {…}}: numbers only,
  never a name). Center-wide, not case data.
- activity_attendance: a woman named as attending a support group, only with her recorded consent
  (consents.kind = 'group_attendance'); case data (it says she came): her case's destruction removes it.
- info_contacts: a call, visit, e-mail or walk-in for information only: day, channel, topic, where she was
  referred (an institution or none) and optional anonymous notes. `case_id` is set when the contact was
  turned into an intake (the link is cleared if that case is destroyed; the contact stays counted).
- followup_allowances: a supervisor's permission to record follow-ups on a closed case without reopening
  it: until which day and how many. follow_ups.allowance_id marks those recorded under one.

Standard SQL: a center server builds the same tables (pg/ddl.py). Frozen once released.
"""

# The one place this level's number is written: migrations.py, the server and the tests read it from here.
CENTER_LEVEL = 12

# Editable records of this level: version stamps as level 8's (vault/rows.py, the server's stamp trigger).
CENTER_VERSIONED = ("group_activities", "info_contacts", "followup_allowances")
CENTER_WITH_UUID = (*CENTER_VERSIONED, "activity_attendance")
CENTER_TABLES = CENTER_WITH_UUID

_STAMP = """    uuid TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    changed_by INTEGER REFERENCES users(id),
    changed_at TEXT"""

CENTER_SQL = f"""
CREATE TABLE group_activities (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    held_on TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    facilitator_id INTEGER REFERENCES users(id),
    facilitator_name TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '{{}}',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
{_STAMP}
);
CREATE INDEX group_activities_day ON group_activities(held_on, kind);
CREATE UNIQUE INDEX group_activities_uuid ON group_activities(uuid);

CREATE TABLE activity_attendance (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES group_activities(id),
    case_id INTEGER NOT NULL REFERENCES cases(id),
    consent_id INTEGER NOT NULL REFERENCES consents(id),
    recorded_by INTEGER REFERENCES users(id),
    recorded_at TEXT NOT NULL,
    uuid TEXT,
    UNIQUE (activity_id, case_id)
);
CREATE INDEX activity_attendance_case ON activity_attendance(case_id);
CREATE UNIQUE INDEX activity_attendance_uuid ON activity_attendance(uuid);
-- How many women a group names, for everyone who sees the group (on a server the view reads as its owner:
-- the names stay behind row-level security with their cases).
CREATE VIEW activity_named AS SELECT activity_id, count(*) AS named FROM activity_attendance GROUP BY activity_id;

CREATE TABLE info_contacts (
    id INTEGER PRIMARY KEY,
    contact_on TEXT NOT NULL,
    channel TEXT NOT NULL,
    topic TEXT NOT NULL,
    institution_id INTEGER REFERENCES institutions(id),
    notes TEXT NOT NULL DEFAULT '',
    case_id INTEGER REFERENCES cases(id),
    recorded_by INTEGER REFERENCES users(id),
    recorded_at TEXT NOT NULL,
{_STAMP}
);
CREATE INDEX info_contacts_day ON info_contacts(contact_on);
CREATE INDEX info_contacts_case ON info_contacts(case_id);
CREATE UNIQUE INDEX info_contacts_uuid ON info_contacts(uuid);

CREATE TABLE followup_allowances (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    allowed_by INTEGER NOT NULL REFERENCES users(id),
    allowed_at TEXT NOT NULL,
    until_on TEXT NOT NULL,
    max_count INTEGER NOT NULL CHECK (max_count BETWEEN 1 AND 12),
    revoked_at TEXT,
    revoked_by INTEGER REFERENCES users(id),
{_STAMP}
);
CREATE INDEX followup_allowances_case ON followup_allowances(case_id, revoked_at);
CREATE UNIQUE INDEX followup_allowances_uuid ON followup_allowances(uuid);

ALTER TABLE follow_ups ADD COLUMN allowance_id INTEGER REFERENCES followup_allowances(id);
"""
