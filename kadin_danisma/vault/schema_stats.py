"""The statistics schema level (issue 18; planned as level 6, numbered after the levels main has): the coded
fields the statistics need, indexes for period queries, and the monthly snapshots.

- clients.district and intakes.heard_from are vocabulary codes; rows made before are "unknown".
  clients.disability_types is a JSON list of codes, empty for "not asked". notes.child_id marks a session
  held with one of the case's children.
- Indexes let a report read one period's notes (covering: no note body is touched), referrals, measures
  and violations without scanning the tables.
- stat_snapshots keeps, for each closed month, quarter and year, the raw counts behind the center's reports
  (JSON, one row per report kind and period). They hold no identifier of any person, so they outlive the
  cases behind them; they are never changed or deleted (triggers), which is what makes a re-run of a closed
  period give the same numbers.

Plain, standard SQL (ALTER TABLE … ADD COLUMN, CREATE INDEX, triggers aside): the server adapter applies
the same steps. This text is frozen once released; a later change is a new migration.
"""

STATS_SCHEMA = """
ALTER TABLE clients ADD COLUMN district TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE clients ADD COLUMN disability_types TEXT NOT NULL DEFAULT '[]';
ALTER TABLE intakes ADD COLUMN heard_from TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE notes ADD COLUMN child_id INTEGER REFERENCES children(id);

CREATE INDEX notes_period ON notes(note_date, case_id, note_type, interpreter_present, interpreter_language,
                                   child_id);
CREATE INDEX referrals_sent ON referrals(sent_on, case_id);
CREATE INDEX measures_decision ON measures(decision_date, case_id);
CREATE INDEX measure_violations_date ON measure_violations(violation_date, measure_id);
CREATE INDEX placements_requested ON placements(requested_on, case_id);
CREATE INDEX consents_kind ON consents(kind, client_id, given_on, withdrawn_on);
-- covering: a perpetrator row holds her name and notes; the report reads the relationship only
CREATE INDEX perpetrators_stats ON perpetrators(case_id, id, relationship);
-- covering: the cases open in a period are found without reading a case row
CREATE INDEX cases_period ON cases(opened_on, closed_on, status, client_id);

CREATE TABLE stat_snapshots (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    as_of TEXT NOT NULL,
    engine INTEGER NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (kind, period_start, period_end)
);
CREATE TRIGGER stat_snapshots_no_update BEFORE UPDATE ON stat_snapshots
    BEGIN SELECT RAISE(ABORT, 'statistics snapshots are never changed'); END;
CREATE TRIGGER stat_snapshots_no_delete BEFORE DELETE ON stat_snapshots
    BEGIN SELECT RAISE(ABORT, 'statistics snapshots are never changed'); END;
"""
