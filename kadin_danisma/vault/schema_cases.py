"""Schema level 2: the case-work tables (§4), the search index (§5) and the vocabularies as data.

Kept apart from migrations.py so that file stays a short list; this text is frozen once released (a
later change is a new migration, never an edit here).
"""

CASES_V2 = """
CREATE TABLE vocabulary (
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    label_tr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, code)
) WITHOUT ROWID;

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    client_code TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    birth_year INTEGER,
    birth_date TEXT,
    nationality TEXT NOT NULL DEFAULT '',
    migrant_status TEXT,
    languages TEXT NOT NULL DEFAULT '[]',
    interpreter_language TEXT,
    disability_needs TEXT NOT NULL DEFAULT '',
    marital_status TEXT,
    education TEXT,
    employment TEXT,
    income TEXT NOT NULL DEFAULT '',
    safe_phone TEXT NOT NULL DEFAULT '',
    safe_contact_times TEXT NOT NULL DEFAULT '',
    never_call_home INTEGER NOT NULL DEFAULT 0 CHECK (never_call_home IN (0, 1)),
    code_word TEXT NOT NULL DEFAULT '',
    safe_contact_notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    case_number TEXT NOT NULL UNIQUE,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    status TEXT NOT NULL,
    risk_level TEXT,
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_status ON cases(status, id);
CREATE INDEX cases_client ON cases(client_id);
CREATE INDEX cases_risk ON cases(risk_level, id);

CREATE TABLE case_counselors (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (case_id, user_id)
) WITHOUT ROWID;
CREATE INDEX case_counselors_user ON case_counselors(user_id, case_id);

CREATE TABLE case_status_history (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    event TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_status_history_case ON case_status_history(case_id, id);

CREATE TABLE children (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    name TEXT NOT NULL,
    birth_year INTEGER,
    sex TEXT NOT NULL DEFAULT 'unknown',
    accompanying INTEGER NOT NULL DEFAULT 0 CHECK (accompanying IN (0, 1)),
    school TEXT NOT NULL DEFAULT '',
    concerns TEXT NOT NULL DEFAULT '[]',
    needs TEXT NOT NULL DEFAULT ''
);
CREATE INDEX children_case ON children(case_id);

CREATE TABLE intakes (
    case_id INTEGER PRIMARY KEY REFERENCES cases(id),
    intake_date TEXT NOT NULL,
    channel TEXT,
    referred_by TEXT NOT NULL DEFAULT '',
    presenting_request TEXT NOT NULL DEFAULT '',
    violence_types TEXT NOT NULL DEFAULT '[]',
    frequency TEXT NOT NULL DEFAULT '',
    last_incident TEXT,
    prior_police INTEGER NOT NULL DEFAULT 0 CHECK (prior_police IN (0, 1)),
    prior_court INTEGER NOT NULL DEFAULT 0 CHECK (prior_court IN (0, 1)),
    prior_contact_notes TEXT NOT NULL DEFAULT '',
    immediate_needs TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE perpetrators (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    name TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL,
    sex TEXT NOT NULL DEFAULT 'unknown',
    lives_with_client INTEGER NOT NULL DEFAULT 0 CHECK (lives_with_client IN (0, 1)),
    weapon_access INTEGER NOT NULL DEFAULT 0 CHECK (weapon_access IN (0, 1)),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX perpetrators_case ON perpetrators(case_id);

CREATE TABLE risk_assessments (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    assessed_on TEXT NOT NULL,
    assessed_by INTEGER REFERENCES users(id),
    assessor_name TEXT NOT NULL DEFAULT '',
    indicators TEXT NOT NULL DEFAULT '[]',
    suggested_level TEXT NOT NULL,
    level TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX risk_assessments_case ON risk_assessments(case_id, id);

CREATE TABLE safety_plans (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    items TEXT NOT NULL DEFAULT '[]',
    free_text TEXT NOT NULL DEFAULT '',
    reviewed_on TEXT NOT NULL,
    reviewed_by INTEGER REFERENCES users(id),
    reviewer_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX safety_plans_case ON safety_plans(case_id, id);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    note_type TEXT NOT NULL,
    note_date TEXT NOT NULL,
    author_id INTEGER REFERENCES users(id),
    author_name TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER,
    interpreter_present INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_present IN (0, 1)),
    interpreter_language TEXT,
    interpreter_name TEXT NOT NULL DEFAULT '',
    never_export INTEGER NOT NULL DEFAULT 0 CHECK (never_export IN (0, 1)),
    body TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notes_case ON notes(case_id, note_date, id);

CREATE TABLE note_revisions (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES notes(id),
    version INTEGER NOT NULL,
    note_type TEXT NOT NULL,
    note_date TEXT NOT NULL,
    duration_minutes INTEGER,
    interpreter_present INTEGER NOT NULL,
    interpreter_language TEXT,
    interpreter_name TEXT NOT NULL,
    never_export INTEGER NOT NULL,
    body TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    replaced_by INTEGER REFERENCES users(id),
    UNIQUE (note_id, version)
);
CREATE TRIGGER note_revisions_no_update BEFORE UPDATE ON note_revisions
    BEGIN SELECT RAISE(ABORT, 'note history is append-only'); END;
CREATE TRIGGER note_revisions_no_delete BEFORE DELETE ON note_revisions
    BEGIN SELECT RAISE(ABORT, 'note history is append-only'); END;

CREATE TABLE institutions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    institution_type TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (name, city)
);

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    institution_id INTEGER NOT NULL REFERENCES institutions(id),
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    requested_service TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_on TEXT NOT NULL,
    sent_on TEXT,
    responded_on TEXT,
    closed_on TEXT,
    rejection_reason TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    consent_override_reason TEXT NOT NULL DEFAULT '',
    consent_override_by INTEGER REFERENCES users(id)
);
CREATE INDEX referrals_case ON referrals(case_id);

CREATE TABLE referral_events (
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals(id),
    on_date TEXT NOT NULL,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_events_referral ON referral_events(referral_id, id);

CREATE TABLE shelters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    shelter_type TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    boys_age_limit INTEGER,
    accessible INTEGER NOT NULL DEFAULT 0 CHECK (accessible IN (0, 1)),
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE placements (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    shelter_id INTEGER NOT NULL REFERENCES shelters(id),
    status TEXT NOT NULL,
    requested_on TEXT NOT NULL,
    placed_on TEXT,
    ended_on TEXT,
    exit_reason TEXT,
    transferred_from INTEGER REFERENCES placements(id),
    capacity_override_reason TEXT NOT NULL DEFAULT '',
    age_flag INTEGER NOT NULL DEFAULT 0 CHECK (age_flag IN (0, 1)),
    created_by INTEGER REFERENCES users(id)
);
CREATE INDEX placements_case ON placements(case_id);
CREATE INDEX placements_shelter ON placements(shelter_id, status);

CREATE TABLE placement_children (
    placement_id INTEGER NOT NULL REFERENCES placements(id),
    child_id INTEGER NOT NULL REFERENCES children(id),
    PRIMARY KEY (placement_id, child_id)
) WITHOUT ROWID;

CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    measure_type TEXT NOT NULL,
    authority TEXT NOT NULL,
    decision_date TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    court_file_no TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX measures_case ON measures(case_id);
CREATE INDEX measures_end ON measures(status, end_date);

CREATE TABLE measure_violations (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measures(id),
    violation_date TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    reported_to TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users(id)
);
CREATE INDEX measure_violations_measure ON measure_violations(measure_id);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    kind TEXT NOT NULL,
    institution_id INTEGER REFERENCES institutions(id),
    given_on TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    withdrawn_on TEXT,
    recorded_by INTEGER REFERENCES users(id),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consents_client ON consents(client_id, kind);

CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    due_on TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    done_on TEXT,
    created_by INTEGER REFERENCES users(id)
);
CREATE INDEX follow_ups_due ON follow_ups(done_on, due_on);
CREATE INDEX follow_ups_case ON follow_ups(case_id);

CREATE TABLE closure_requests (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    requested_by INTEGER REFERENCES users(id),
    requested_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    checklist TEXT NOT NULL DEFAULT '[]',
    summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'returned', 'withdrawn')),
    decided_by INTEGER REFERENCES users(id),
    decided_at TEXT,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX closure_requests_case ON closure_requests(case_id, id);
CREATE INDEX closure_requests_status ON closure_requests(status, id);

-- Folded text (domain.folding) of case numbers, client codes and names, and note bodies. Contentless:
-- the folded copy lives only in the index, and rows are addressed by rowid (see vault/search_index.py).
CREATE VIRTUAL TABLE search_fts USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);

CREATE INDEX audit_log_target ON audit_log(target, id);
"""
