"""Schema level 6 (issue 15, a counselor's day): her address with her contact details, follow-ups that are
planned, done, rescheduled or cancelled with an outcome, and a supervisor's stated reason for closing a case
while she is still in a shelter.

A follow-up is settled once: `done_on` is the day it was settled (done, rescheduled or cancelled) and stays
NULL while it is planned, so the dashboard's "due" list and its index (follow_ups_due) are unchanged. A
rescheduled follow-up points at the one planned in its place (`next_id`). Who settled it is a user here
(`settled_by`) or, in an imported case, a name that belongs to no user here (`settled_by_name`, as the other
imported names of schema level 4). The two id columns carry no
REFERENCES clause: SQLite cannot drop a column that has one, and the tests of older levels take each level
back off (users and follow-ups are never deleted, so nothing could dangle). Frozen once released.
"""

DAY_V6 = """
ALTER TABLE clients ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE follow_ups ADD COLUMN status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'done', 'rescheduled', 'cancelled'));
ALTER TABLE follow_ups ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE follow_ups ADD COLUMN settled_by INTEGER;  -- a users(id)
ALTER TABLE follow_ups ADD COLUMN settled_by_name TEXT NOT NULL DEFAULT '';  -- imported: a name, no user here
ALTER TABLE follow_ups ADD COLUMN next_id INTEGER;  -- a follow_ups(id)
UPDATE follow_ups SET status = 'done' WHERE done_on IS NOT NULL;
ALTER TABLE closure_requests ADD COLUMN placement_override TEXT NOT NULL DEFAULT '';
"""
