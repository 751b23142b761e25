"""The support schema level (issue 21, part A; its number is SUPPORT_LEVEL, after the packages' levels):
the aid and support ledger, employment support and court proceedings of a case, with the hearings of each
court case. Frozen once released; a later change is a new migration.

- aid_records: one aid or support item (kind, source, status and its dates, money in kuruş or a quantity,
  the social inquiry report's date and the committee decision number, a refusal's reason code). Who recorded
  it is a user id, or a name for a record imported from another center (`recorded_by_name`).
- employment_supports: a course, an İŞKUR registration or a job placement, its institution and outcome.
- court_cases / court_hearings: a proceeding (kind, court, file number, lawyer, status, outcome) and its
  hearing dates, which the calendar and the dashboard show (a hearing books no room).
- measures gain the times of Law 6284's deadlines (request, decision, a judge's confirmation) and the
  electronic-monitoring and identity-confidentiality flags (domain/measure_deadlines.py).

Every row carries `uuid` (packages, issue 17) and the record's version columns (`row_version`, `changed_by`,
`changed_at`; hearings are part of their court case and carry only a uuid). All are case rows: a case's
destruction deletes them, its anonymization empties their free text (vault/destruction.py), and on a server
they sit behind the case rows' row-level security (vault/pg/security.py). The script is standard SQL: the
server builds the same tables from it (vault/pg/ddl.py).
"""

from .schema_calendar import VERSION_COLUMNS

# The one place the level's number is written: migrations.py and the tests read it from here.
SUPPORT_LEVEL = 13

# Editable records of this level (rows.py stamps their version) and every record that travels with a uuid.
SUPPORT_VERSIONED = ("aid_records", "employment_supports", "court_cases")
SUPPORT_WITH_UUID = (*SUPPORT_VERSIONED, "court_hearings")

SUPPORT_SCHEMA = f"""
CREATE TABLE aid_records (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    source_detail TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'delivered', 'refused')),
    requested_on TEXT NOT NULL,
    decided_on TEXT,
    delivered_on TEXT,
    amount_kurus INTEGER CHECK (amount_kurus IS NULL OR amount_kurus > 0),
    quantity INTEGER CHECK (quantity IS NULL OR quantity > 0),
    inquiry_report_on TEXT,
    committee_decision_no TEXT NOT NULL DEFAULT '',
    refusal_reason TEXT,
    notes TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users(id),
    recorded_by_name TEXT NOT NULL DEFAULT '',{VERSION_COLUMNS},
    CHECK ((status = 'refused') = (refusal_reason IS NOT NULL))
);
CREATE INDEX aid_records_case ON aid_records(case_id, requested_on);
CREATE INDEX aid_records_requested ON aid_records(requested_on, case_id);

CREATE TABLE employment_supports (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    institution TEXT NOT NULL,
    start_on TEXT NOT NULL,
    outcome TEXT NOT NULL,
    outcome_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users(id),
    recorded_by_name TEXT NOT NULL DEFAULT '',{VERSION_COLUMNS}
);
CREATE INDEX employment_supports_case ON employment_supports(case_id, start_on);
CREATE INDEX employment_supports_start ON employment_supports(start_on, case_id);

CREATE TABLE court_cases (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    court TEXT NOT NULL,
    file_no TEXT NOT NULL DEFAULT '',
    lawyer TEXT NOT NULL,
    status TEXT NOT NULL,
    outcome TEXT,
    opened_on TEXT,
    decided_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users(id),
    recorded_by_name TEXT NOT NULL DEFAULT '',{VERSION_COLUMNS}
);
CREATE INDEX court_cases_case ON court_cases(case_id);

CREATE TABLE court_hearings (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    court_case_id INTEGER NOT NULL REFERENCES court_cases(id),
    hearing_on TEXT NOT NULL,
    hearing_time TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX court_hearings_case ON court_hearings(court_case_id, hearing_on);
CREATE INDEX court_hearings_day ON court_hearings(hearing_on, court_case_id);

-- Law 6284's deadlines and two flags on a measure: when it was asked for and decided (a decision is due
-- within 24 hours of the request), when a judge confirmed a measure a governor or police chief took (due
-- within 48 hours), electronic monitoring and the confidentiality of her identity. Times as YYYY-MM-DDTHH:MM.
ALTER TABLE measures ADD COLUMN requested_at TEXT;
ALTER TABLE measures ADD COLUMN decided_at TEXT;
ALTER TABLE measures ADD COLUMN judge_confirmed_at TEXT;
ALTER TABLE measures ADD COLUMN electronic_monitoring INTEGER NOT NULL DEFAULT 0;
ALTER TABLE measures ADD COLUMN identity_confidential INTEGER NOT NULL DEFAULT 0;
"""
