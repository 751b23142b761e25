"""Packages on a center server (issue 17): who may hold the center's keys, pair, send and import, held by the
database itself (schema_package_server.py has the tables).

The trust model. On a server a supervisor already reads every case (row-level security), so a supervisor's
login that holds the center's private keys can open nothing she could not read anyway; a counselor's login
reads only her cases, and with the keys she could open every package addressed to the center (other
counselors' cases) and sign packages as the center. So:
- the private keys live in kd_private.package_keys (no staff grant); kd.package_keys() returns them to a
  supervisor's login and raises for anyone else; kd.package_identity_create() (supervisors) makes them once.
  An admin never receives them: she pairs by comparing public keys (kd.package_identity, read by all staff).
- package_partners: read by all staff. Admins insert a partner and rename it (column privileges: only the
  pairing columns), remove one and pair it again (kd.package_partner_remove/_restart); supervisors move the
  out-sequence on when they send or resend (only those columns). The in-sequence moves only through
  kd.package_import_begin (supervisors): forward by one, never back.
- package_sent (the packages written, with the uuids of the cases each carried): read by supervisors and
  admins (a counselor sends nothing on a server, and the list names other counselors' cases), written by
  supervisors.
- A new identity on a server is a supervisor's (kd.package_identity_rotate, which restarts every partner and
  writes its own audit entry): an admin, who decides it in a vault, must never hold the keys there.
- The import gate. A supervisor writes no case row on a server (her decisions go through functions); a
  package's merge must write them. kd.package_import_begin, called first in the import's transaction, checks
  the order, moves the partner's in-sequence on, writes the audit entry and notes the transaction in
  kd_private.package_imports; the supervisor's write policies on the merged tables hold only while that row
  names the current transaction (kd.package_importing()); of the case row itself only the travelling
  columns (CASE_COLUMNS). A preview opens the gate as well, marked as a
  preview: a deferred trigger refuses to commit such a transaction, so a preview can never be saved.
  A supervisor with psql can therefore write case rows only inside an import that is in the audit log and
  that uses up the partner's next sequence number (the partner's real package is then refused as a replay,
  which the center notices). Outside an import her writes to those tables are refused by a statement
  trigger (kd_private.package_write_gate), not only hidden by the policies.
Policies and functions are made again by every `server init` and `server upgrade` (pg/schema.py _code).
"""

from __future__ import annotations

from collections.abc import Callable

from ..schema_package_server import SERVER_TABLES

Policy = Callable[[str, str, str, str, str | None, str | None], str]

SUP = "(SELECT kd.is_supervisor())"
ADM = "(SELECT kd.is_admin())"
STAFF = "kdg_staff"
GATE = "(SELECT kd.package_importing())"

REFUSAL = "on a center server a supervisor sends and imports packages"
REFUSAL_CODE = "packages_supervisors_on_server"

# The tables a package's merge writes (services/package_registry.py's travelling tables, the conflicts it
# records, the notes' search index); tests/unit/test_server_packages.py checks the registry is covered.
IMPORT_WRITES = ("cases", "clients", "intakes", "children", "perpetrators", "case_status_history",
                 "risk_assessments", "safety_plans", "notes", "note_revisions", "measures", "measure_violations",
                 "follow_ups", "aid_records", "employment_supports", "court_cases", "court_hearings",
                 "referrals", "referral_events", "placements", "placement_children", "consents", "appointments",
                 "appointment_counselors", "package_conflicts", "search_index")
# Directory entries a package's records name (an institution, a shelter's public fields, a retired room or
# interpreter) that the server lacks: an import adds them, as an admin would, and only adds. Not behind the
# statement trigger: an admin who is also a supervisor manages the directory outside any import.
IMPORT_ADDS = ("institutions", "shelters", "rooms", "interpreters")
# Of the case row a merge changes only the columns that travel (package_registry's "cases" entry), their
# version stamps and a missing uuid; a package never makes, closes, anonymizes or removes a case on a server.
CASE_COLUMNS = ("opened_on", "risk_level", "uuid", "row_version", "changed_by", "changed_at")
# Pairing columns (admins) and the sending side's state (supervisors) of package_partners. A removal and a
# re-pairing after one (level 14's removed_at/removed_by, both directions back to 0) go through
# kd.package_partner_remove/_restart (admins), which also forget what the partner held (package_base).
PAIRING_COLUMNS = ("partner_id", "center", "x25519_public", "ed25519_public", "paired_at", "paired_by")
ADMIN_COLUMNS = ("center",)
SENDER_COLUMNS = ("out_sequence", "out_hash", "last_out_at")

TABLES = SERVER_TABLES

FUNCTIONS = rf"""
CREATE OR REPLACE FUNCTION kd_private.package_refuse() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'KD403', MESSAGE = '{REFUSAL}', DETAIL = '{REFUSAL_CODE}';
END $$;

CREATE OR REPLACE FUNCTION package_keys(OUT x25519_private text, OUT ed25519_private text) RETURNS SETOF record
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = kd, pg_temp AS $$
BEGIN
    IF NOT kd.is_supervisor() THEN
        PERFORM kd_private.package_refuse();
    END IF;
    RETURN QUERY SELECT k.x25519_private::text, k.ed25519_private::text FROM kd_private.package_keys k;
END $$;

-- Made once, by the first supervisor who needs it; false when another made it first (read it again).
CREATE OR REPLACE FUNCTION package_identity_create(p_x_private text, p_ed_private text, p_x_public text,
    p_ed_public text) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
BEGIN
    IF NOT kd.is_supervisor() THEN
        PERFORM kd_private.package_refuse();
    END IF;
    IF NOT (p_x_private ~ '^[0-9a-f]{{64}}$' AND p_ed_private ~ '^[0-9a-f]{{64}}$'
            AND p_x_public ~ '^[0-9a-f]{{64}}$' AND p_ed_public ~ '^[0-9a-f]{{64}}$') THEN
        PERFORM kd_private.fail('KD400', 'a package key of an unknown shape');
    END IF;
    INSERT INTO kd_private.package_keys (id, x25519_private, ed25519_private) VALUES (1, p_x_private, p_ed_private)
        ON CONFLICT (id) DO NOTHING;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    INSERT INTO kd.package_identity (id, x25519_public, ed25519_public, created_at, created_by)
        VALUES (1, p_x_public, p_ed_public, kd.now_iso(), kd.me());
    RETURN true;
END $$;

-- A new identity (a supervisor's: only her login may hold the keys). The old private keys are overwritten,
-- every partner starts again at 0 and what each was known to hold is forgotten; the audit entry is written
-- here, with the old and new short ids, so that no login can rotate unseen.
CREATE OR REPLACE FUNCTION package_identity_rotate(p_x_private text, p_ed_private text, p_x_public text,
    p_ed_public text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE old_public text; n bigint;
BEGIN
    IF NOT kd.is_supervisor() THEN
        PERFORM kd_private.package_refuse();
    END IF;
    IF NOT (p_x_private ~ '^[0-9a-f]{{64}}$' AND p_ed_private ~ '^[0-9a-f]{{64}}$'
            AND p_x_public ~ '^[0-9a-f]{{64}}$' AND p_ed_public ~ '^[0-9a-f]{{64}}$') THEN
        PERFORM kd_private.fail('KD400', 'a package key of an unknown shape');
    END IF;
    SELECT ed25519_public INTO old_public FROM kd.package_identity WHERE id = 1 FOR UPDATE;
    INSERT INTO kd_private.package_keys (id, x25519_private, ed25519_private) VALUES (1, p_x_private, p_ed_private)
        ON CONFLICT (id) DO UPDATE SET x25519_private = EXCLUDED.x25519_private,
            ed25519_private = EXCLUDED.ed25519_private;
    INSERT INTO kd.package_identity (id, x25519_public, ed25519_public, created_at, created_by)
        VALUES (1, p_x_public, p_ed_public, kd.now_iso(), kd.me())
        ON CONFLICT (id) DO UPDATE SET x25519_public = EXCLUDED.x25519_public,
            ed25519_public = EXCLUDED.ed25519_public, created_at = EXCLUDED.created_at,
            created_by = EXCLUDED.created_by;
    UPDATE kd.package_partners SET out_sequence = 0, out_hash = '', in_sequence = 0, in_hash = '', acked = 0;
    UPDATE kd.package_sent SET superseded_at = kd.now_iso() WHERE superseded_at IS NULL;
    DELETE FROM kd.package_base;
    SELECT count(*) INTO n FROM kd.package_partners;
    PERFORM kd_private.audit_write(kd.me(), 'package_identity_rotate', NULL, json_build_object(
        'old', coalesce(left(encode(sha256(decode(old_public, 'hex')), 'hex'), 16), ''),
        'new', left(encode(sha256(decode(p_ed_public, 'hex')), 'hex'), 16), 'partners', n)::text);
END $$;

CREATE OR REPLACE FUNCTION package_import_begin(p_partner text, p_sequence bigint, p_hash text, p_ack bigint,
    p_preview boolean) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE p record;
BEGIN
    IF NOT kd.is_supervisor() THEN
        PERFORM kd_private.package_refuse();
    END IF;
    SELECT in_sequence, out_sequence INTO p FROM kd.package_partners WHERE partner_id = p_partner FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'KD404', MESSAGE = 'this partner is not paired with this center',
            DETAIL = 'partner_unknown';
    END IF;
    IF NOT p_preview THEN
        IF p_sequence <> p.in_sequence + 1 OR p_ack > p.out_sequence OR p_ack < 0
                OR p_hash !~ '^[0-9a-f]{{16,128}}$' THEN
            RAISE EXCEPTION USING ERRCODE = 'KD400',
                MESSAGE = 'this package does not follow the last one imported from this partner',
                DETAIL = 'package_chain_broken';
        END IF;
        UPDATE kd.package_partners SET in_sequence = p_sequence, in_hash = p_hash,
            acked = greatest(acked, p_ack), last_in_at = kd.now_iso() WHERE partner_id = p_partner;
        PERFORM kd_private.audit_write(kd.me(), 'package_import', 'partner:' || left(p_partner, 16),
            json_build_object('kind', 'package', 'sequence', p_sequence)::text);
    END IF;
    -- Rows of transactions that have ended are of no use (their ids are never given again).
    DELETE FROM kd_private.package_imports WHERE xact::xid8 < pg_snapshot_xmin(pg_current_snapshot());
    INSERT INTO kd_private.package_imports (xact, partner_id, preview)
        VALUES (pg_current_xact_id()::text, p_partner, CASE WHEN p_preview THEN 1 ELSE 0 END)
        ON CONFLICT (xact) DO NOTHING;
END $$;

CREATE OR REPLACE FUNCTION package_importing() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
    SELECT kd.is_supervisor() AND EXISTS (SELECT 1 FROM kd_private.package_imports
                                          WHERE xact = pg_current_xact_id_if_assigned()::text)
$$;

-- Admins: a partner removed (kept for the record; nothing written to it or accepted from it), or paired again
-- after a removal (both directions start again at 0). Either way what it was known to hold is forgotten.
CREATE OR REPLACE FUNCTION package_partner_remove(p_partner text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = kd, pg_temp AS $$
BEGIN
    IF NOT kd.is_admin() THEN
        PERFORM kd_private.fail('KD403', 'only an admin removes a partner');
    END IF;
    UPDATE kd.package_partners SET removed_at = kd.now_iso(), removed_by = kd.me()
        WHERE partner_id = p_partner AND removed_at IS NULL;
    DELETE FROM kd.package_base WHERE partner_id = p_partner;
END $$;

CREATE OR REPLACE FUNCTION package_partner_restart(p_partner text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = kd, pg_temp AS $$
BEGIN
    IF NOT kd.is_admin() THEN
        PERFORM kd_private.fail('KD403', 'only an admin pairs a partner again');
    END IF;
    UPDATE kd.package_partners SET out_sequence = 0, out_hash = '', in_sequence = 0, in_hash = '', acked = 0,
        removed_at = NULL, removed_by = NULL WHERE partner_id = p_partner AND removed_at IS NOT NULL;
    IF NOT FOUND THEN
        PERFORM kd_private.fail('KD400', 'only a removed partner is paired again');
    END IF;
    UPDATE kd.package_sent SET superseded_at = kd.now_iso() WHERE partner_id = p_partner AND superseded_at IS NULL;
    DELETE FROM kd.package_base WHERE partner_id = p_partner;
END $$;

CREATE OR REPLACE FUNCTION kd_private.package_preview_ends() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'KD400', MESSAGE = 'a package preview is never saved';
END $$;
DROP TRIGGER IF EXISTS package_preview_never_commits ON kd_private.package_imports;
CREATE CONSTRAINT TRIGGER package_preview_never_commits AFTER INSERT ON kd_private.package_imports
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.preview = 1)
    EXECUTE FUNCTION kd_private.package_preview_ends();
"""


# Outside an import a supervisor's UPDATE or DELETE of a merged table would reach no row (the policies hide
# them) and say nothing: this statement trigger says no instead. It lets through the server's own functions
# (current_user is then their owner), counselors (their policies decide) and the import itself.
FUNCTIONS += """
CREATE OR REPLACE FUNCTION kd_private.package_write_gate() RETURNS trigger LANGUAGE plpgsql
SET search_path = kd, pg_temp AS $$
BEGIN
    IF current_user = session_user AND kd.is_supervisor() AND NOT kd.is_counselor()
            AND NOT kd.package_importing() THEN
        RAISE EXCEPTION USING ERRCODE = 'KD403', MESSAGE = 'a supervisor writes case rows only inside a package import';
    END IF;
    RETURN NULL;
END $$;
""" + "\n".join(f"CREATE OR REPLACE TRIGGER {t}_package_gate BEFORE INSERT OR UPDATE OR DELETE ON kd.{t}"
                " FOR EACH STATEMENT EXECUTE FUNCTION kd_private.package_write_gate();" for t in IMPORT_WRITES)


def policies(make: Policy) -> list[str]:
    """Privileges and policies of the package tables and the supervisors' import gate. `make` is
    security._policy (table, name, command, to, using, check) -> SQL."""
    out = [
        make("package_identity", "read", "SELECT", STAFF, "true", None),
        make("package_partners", "read", "SELECT", STAFF, "true", None),
        f"GRANT INSERT ({', '.join(PAIRING_COLUMNS)}) ON kd.package_partners TO kdg_admin;",
        f"GRANT UPDATE ({', '.join(ADMIN_COLUMNS)}) ON kd.package_partners TO kdg_admin;",
        make("package_partners", "pair", "INSERT", "kdg_admin", None, ADM),
        make("package_partners", "rename", "UPDATE", "kdg_admin", ADM, ADM),
        f"GRANT UPDATE ({', '.join(SENDER_COLUMNS)}) ON kd.package_partners TO kdg_supervisor;",
        make("package_partners", "sent", "UPDATE", "kdg_supervisor", SUP, SUP),
        # What a partner holds of our records (hashes, no values): a supervisor notes what she sent.
        "GRANT INSERT, UPDATE, DELETE ON kd.package_base TO kdg_supervisor;",
        make("package_base", "sent", "ALL", "kdg_supervisor", SUP, SUP),
        # The record of packages written names cases (their uuids): supervisors (who send) and admins (who
        # look after the partners) read it, supervisors write it (a package written, a resend's superseded).
        make("package_sent", "read", "SELECT", STAFF, f"{SUP} OR {ADM}", None),
        "GRANT INSERT, UPDATE (superseded_at) ON kd.package_sent TO kdg_supervisor;",
        make("package_sent", "write", "INSERT", "kdg_supervisor", None, SUP),
        make("package_sent", "supersede", "UPDATE", "kdg_supervisor", SUP, SUP),
    ]
    for table in IMPORT_WRITES:
        if table == "cases":  # the case row itself: only what travels (never its status, closure or retention)
            out.append(f"GRANT UPDATE ({', '.join(CASE_COLUMNS)}) ON kd.cases TO kdg_supervisor;")
        else:
            out.append(f"GRANT INSERT, UPDATE, DELETE ON kd.{table} TO kdg_supervisor;")
        out.append(make(table, "package_import", "ALL", "kdg_supervisor", GATE, GATE))
    for table in IMPORT_ADDS:
        out.append(f"GRANT INSERT ON kd.{table} TO kdg_supervisor;")
        out.append(make(table, "package_import", "INSERT", "kdg_supervisor", None, GATE))
    return out
