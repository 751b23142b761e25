"""Schema level 7 (issue 20; after the day's level 6): appointments with
the center's rooms and interpreters, and attachments kept inside the encrypted database. Frozen once released.

Every new record carries `uuid` (the same wherever it travels: packages, issue 17) and the version stamp of
an editable record (`row_version`, `changed_by`, `changed_at`: a save based on an older version is refused
once the server mode's checks cover it, issue 16).

An attachment's bytes live in `attachment_chunks`, 1 MiB per row (`vault/attachment_store.py`), never in the
row the lists read: the case list, the search and a case's tabs never touch a page of them, a file is
written and saved out a chunk at a time, and a 20 MB scan is twenty rows rather than one value that SQLite
would have to hold whole. A rowid table, not WITHOUT ROWID: those keep each row inside the index b-tree,
which suits small rows only.
"""

VERSION_COLUMNS = """
    row_version INTEGER NOT NULL DEFAULT 1,
    changed_by INTEGER REFERENCES users(id),
    changed_at TEXT"""

CALENDAR_SQL = f"""
CREATE TABLE rooms (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),{VERSION_COLUMNS}
);

CREATE TABLE interpreters (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    languages TEXT NOT NULL DEFAULT '[]',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),{VERSION_COLUMNS}
);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'attended', 'no_show', 'cancelled')),
    room_id INTEGER REFERENCES rooms(id),
    interpreter_language TEXT,
    interpreter_id INTEGER REFERENCES interpreters(id),
    cancel_reason TEXT NOT NULL DEFAULT '',
    note_id INTEGER REFERENCES notes(id),
    follow_up_id INTEGER REFERENCES follow_ups(id),
    -- counselors of an imported appointment, by name only (they are no users of this vault): a JSON list
    counselor_names TEXT NOT NULL DEFAULT '[]',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,{VERSION_COLUMNS},
    CHECK (ends_at > starts_at)
);
CREATE INDEX appointments_case ON appointments(case_id, starts_at);
CREATE INDEX appointments_start ON appointments(starts_at, id);
CREATE INDEX appointments_room ON appointments(room_id, starts_at);
CREATE INDEX appointments_interpreter ON appointments(interpreter_id, starts_at);

CREATE TABLE appointment_counselors (
    appointment_id INTEGER NOT NULL REFERENCES appointments(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (appointment_id, user_id)
) WITHOUT ROWID;
CREATE INDEX appointment_counselors_user ON appointment_counselors(user_id, appointment_id);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    doc_type TEXT NOT NULL,
    doc_date TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size INTEGER NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL,
    pages INTEGER,
    measure_id INTEGER REFERENCES measures(id),
    referral_id INTEGER REFERENCES referrals(id),
    note_id INTEGER REFERENCES notes(id),
    never_export INTEGER NOT NULL DEFAULT 0 CHECK (never_export IN (0, 1)),
    added_by INTEGER REFERENCES users(id),
    added_by_name TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,{VERSION_COLUMNS}
);
CREATE INDEX attachments_case ON attachments(case_id, doc_date);

CREATE TABLE attachment_chunks (
    id INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (attachment_id, seq)
);
"""
