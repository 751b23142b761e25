"""The server's own functions: who is signed in, the audit chain, and the steps no staff role may take by
writing tables directly (break-glass, assignments, closure decisions, reopening, consent overrides, user
administration). Each checks the same rule as `domain/permissions.py` and the services, writes, and
appends its audit entry in one transaction. All are SECURITY DEFINER, owned by the schema owner (which
no one signs in as), with a fixed search_path.

The chain: hash_n = HMAC-SHA256(K, fields of entry n and hash_{n-1}), each field written as
"<length>:<text>;" (NULL as "-;"), so the encoding is unambiguous and easy to check elsewhere. K lives in
kd_private, which no staff role may even look into; HMAC is computed from the stored inner and outer
padded keys with the built-in sha256(), so no extension is needed. One head row, locked FOR UPDATE by
every append, makes many writers one chain; the lock is held until the writer's transaction ends.

Errors carry SQLSTATEs of class KD (403 no permission, 400 bad input, 404 not found, 409 changed by a
colleague, 412 she is still placed in a shelter, 423 case frozen), translated to the app's own codes by
pg/connection.py.
"""

from __future__ import annotations

ACCESS_ACTIONS = "('case_view', 'break_glass', 'export_pdf', 'case_export')"

HELPERS = r"""
CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'KD400', MESSAGE = TG_ARGV[0];
END $$;

CREATE OR REPLACE FUNCTION now_iso() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00'
$$;

CREATE OR REPLACE FUNCTION me() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
    SELECT id FROM kd.users WHERE 'kd_' || username = session_user AND disabled = 0
$$;

CREATE OR REPLACE FUNCTION has_role(r text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM kd.users WHERE 'kd_' || username = session_user AND disabled = 0
                   AND (',' || roles || ',') LIKE '%,' || r || ',%')
$$;

CREATE OR REPLACE FUNCTION is_counselor() RETURNS boolean LANGUAGE sql STABLE
AS $$ SELECT kd.has_role('counselor') $$;
CREATE OR REPLACE FUNCTION is_supervisor() RETURNS boolean LANGUAGE sql STABLE
AS $$ SELECT kd.has_role('supervisor') $$;
CREATE OR REPLACE FUNCTION is_admin() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT kd.has_role('admin') $$;

-- Cases this person works on now: assigned to her, or opened with a stated reason in this sign-in.
CREATE OR REPLACE FUNCTION my_cases() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
    SELECT case_id FROM kd.case_counselors WHERE user_id = kd.me()
    UNION ALL
    SELECT case_id FROM kd.grants WHERE user_id = kd.me() AND token = current_setting('kd.session', true)
        AND expires_at > now()
$$;

-- The same for one case, by two index look-ups: what a single-row write is checked with (my_cases()
-- collects all of them, which pays off for reading many rows, not for writing one).
CREATE OR REPLACE FUNCTION works_on(p_case bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM kd.case_counselors WHERE case_id = p_case AND user_id = kd.me())
        OR EXISTS (SELECT 1 FROM kd.grants WHERE case_id = p_case AND user_id = kd.me()
                   AND token = current_setting('kd.session', true) AND expires_at > now())
$$;

CREATE OR REPLACE FUNCTION case_status(p_case bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$ SELECT status FROM kd.cases WHERE id = p_case $$;

CREATE OR REPLACE FUNCTION case_editable(p_case bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(kd.case_status(p_case) IN ('draft', 'open', 'active'), false)
$$;

CREATE OR REPLACE FUNCTION case_not_closed(p_case bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(kd.case_status(p_case) <> 'closed', false)
$$;

-- A case she has just created and not yet assigned to herself (inside the creating transaction).
-- She created this case (the first assignment's check). A function, as the owner: the cases table's own
-- policy reads case_counselors, so a policy of case_counselors may not read cases directly (recursion).
CREATE OR REPLACE FUNCTION created_by_me(p_case bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM kd.cases WHERE id = p_case AND created_by = kd.me())
$$;

CREATE OR REPLACE FUNCTION case_unassigned(p_case bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM kd.case_counselors WHERE case_id = p_case)
$$;

-- The version stamp is the server's word: who (from the login) and when, and one more version per change.
CREATE OR REPLACE FUNCTION stamp_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_by := coalesce(kd.me(), NEW.changed_by);
    NEW.changed_at := kd.now_iso();
    IF TG_OP = 'UPDATE' THEN
        NEW.row_version := OLD.row_version + 1;
    ELSE
        NEW.row_version := 1;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION kd_private.field(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN t IS NULL THEN '-;' ELSE length(t)::text || ':' || t || ';' END
$$;

CREATE OR REPLACE FUNCTION kd_private.entry_hash(p_id bigint, p_at text, p_user bigint, p_action text,
    p_target text, p_details text, p_prev text) RETURNS text LANGUAGE sql STABLE
SET search_path = kd_private, pg_temp AS $$
    SELECT encode(sha256(k.opad || sha256(k.ipad || convert_to(
        kd_private.field(p_id::text) || kd_private.field(p_at) || kd_private.field(p_user::text)
        || kd_private.field(p_action) || kd_private.field(p_target) || kd_private.field(p_details)
        || kd_private.field(p_prev), 'UTF8'))), 'hex')
    FROM kd_private.audit_key k
$$;

CREATE OR REPLACE FUNCTION kd_private.fail(p_code text, p_message text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = p_code, MESSAGE = p_message;
END $$;

-- One entry, appended under the head lock (many writers, one chain). Internal: the caller has checked.
CREATE OR REPLACE FUNCTION kd_private.audit_write(p_user bigint, p_action text, p_target text, p_details text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE
    h record;
    new_id bigint;
    at text;
    d text := coalesce(p_details, '{}');
    digest text;
BEGIN
    IF p_action !~ '^[a-z][a-z0-9_]{1,47}$' OR length(coalesce(p_target, '')) > 200 OR length(d) > 200000 THEN
        PERFORM kd_private.fail('KD400', 'an audit entry of an unknown shape');
    END IF;
    PERFORM d::json;  -- details are JSON, as the vault writes them (json, not jsonb: it keeps \u0000)
    SELECT id, hash INTO h FROM kd.audit_head FOR UPDATE;
    new_id := h.id + 1;
    at := kd.now_iso();
    digest := kd_private.entry_hash(new_id, at, p_user, p_action, p_target, d, h.hash);
    INSERT INTO kd.audit_log (id, at, user_id, action, target, details, prev_hash, hash)
        VALUES (new_id, at, p_user, p_action, p_target, d, h.hash, digest);
    UPDATE kd.audit_head SET id = new_id, hash = digest;
    RETURN new_id;
END $$;

CREATE OR REPLACE FUNCTION audit_append(p_action text, p_target text, p_details text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd.me();
BEGIN
    IF uid IS NULL THEN
        PERFORM kd_private.fail('KD403', 'this login is not an active staff member of the center');
    END IF;
    RETURN kd_private.audit_write(uid, p_action, p_target, p_details);
END $$;

CREATE OR REPLACE FUNCTION audit_hash_at(p_id bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$ SELECT hash FROM kd.audit_log WHERE id = p_id $$;

CREATE OR REPLACE FUNCTION kd_private.verify_chain(OUT ok boolean, OUT entries bigint, OUT first_bad bigint,
    OUT problem text, OUT head_id bigint, OUT head_hash text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE
    r record;
    prev text := repeat('0', 64);
    expected bigint := 1;
BEGIN
    ok := true; entries := 0; head_id := 0; head_hash := prev; problem := '';
    FOR r IN SELECT * FROM kd.audit_log ORDER BY id LOOP
        IF r.id <> expected THEN
            ok := false; first_bad := expected; problem := format('entry %s is missing', expected); RETURN;
        END IF;
        IF r.prev_hash <> prev THEN
            ok := false; first_bad := r.id; problem := format('entry %s does not link to the previous one', r.id);
            RETURN;
        END IF;
        IF kd_private.entry_hash(r.id, r.at, r.user_id, r.action, r.target, r.details, r.prev_hash) <> r.hash THEN
            ok := false; first_bad := r.id; problem := format('entry %s was altered', r.id); RETURN;
        END IF;
        prev := r.hash; head_id := r.id; head_hash := r.hash; expected := expected + 1; entries := entries + 1;
    END LOOP;
    IF (SELECT id FROM kd.audit_head) <> head_id THEN
        ok := false; first_bad := head_id + 1;
        problem := format('entry %s is missing', head_id + 1);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION audit_verify(OUT ok boolean, OUT entries bigint, OUT first_bad bigint,
    OUT problem text, OUT head_id bigint, OUT head_hash text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = kd, pg_temp AS $$
BEGIN
    IF kd.me() IS NULL THEN
        PERFORM kd_private.fail('KD403', 'this login is not an active staff member of the center');
    END IF;
    SELECT * INTO ok, entries, first_bad, problem, head_id, head_hash FROM kd_private.verify_chain();
END $$;

-- A case's status change with its history row and audit entry (the services' set_status, on the server).
CREATE OR REPLACE FUNCTION kd_private.set_status(p_case bigint, p_from text, p_to text, p_event text,
    p_comment text, p_today text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd.me();
BEGIN
    UPDATE kd.cases SET status = p_to, updated_at = kd.now_iso(),
        closed_on = CASE WHEN p_to = 'closed' THEN p_today WHEN p_from = 'closed' THEN NULL ELSE closed_on END
        WHERE id = p_case;
    INSERT INTO kd.case_status_history (case_id, at, user_id, from_status, to_status, event, comment, uuid)
        VALUES (p_case, kd.now_iso(), uid, p_from, p_to, p_event, coalesce(p_comment, ''), gen_random_uuid()::text);
    PERFORM kd_private.audit_write(uid, 'case_status', 'case:' || p_case,
        jsonb_build_object('event', p_event, 'before', p_from, 'after', p_to)::text);
END $$;

CREATE OR REPLACE FUNCTION kd_private.locked_case(p_case bigint) RETURNS kd.cases LANGUAGE plpgsql
SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE c kd.cases;
BEGIN
    SELECT * INTO c FROM kd.cases WHERE id = p_case FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kd_private.fail('KD404', 'no such case');
    END IF;
    RETURN c;
END $$;

-- A write on a case holds its row until the transaction ends, so the assignment and state it was
-- checked against cannot change under it (the checking functions take the same lock first).
CREATE OR REPLACE FUNCTION lock_case(p_case bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
BEGIN
    IF kd.me() IS NULL THEN
        PERFORM kd_private.fail('KD403', 'this login is not an active staff member of the center');
    END IF;
    PERFORM 1 FROM kd.cases WHERE id = p_case FOR UPDATE;
END $$;

CREATE OR REPLACE FUNCTION lock_shelter(p_shelter bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
BEGIN
    IF kd.me() IS NULL THEN
        PERFORM kd_private.fail('KD403', 'this login is not an active staff member of the center');
    END IF;
    PERFORM 1 FROM kd.shelters WHERE id = p_shelter FOR UPDATE;
END $$;

CREATE OR REPLACE FUNCTION kd_private.assigned(p_case bigint, p_user bigint) RETURNS boolean LANGUAGE sql
STABLE SECURITY DEFINER SET search_path = kd, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM kd.case_counselors WHERE case_id = p_case AND user_id = p_user)
$$;
"""

CASE_STEPS = r"""
-- A stated reason's place in the case's field history (issue 14): the rows the workstation prepared (the
-- value and its salt; the audit entry holds only the keyed hashes), stored under the entry's id.
CREATE OR REPLACE FUNCTION kd_private.store_history(p_case bigint, p_audit bigint, p_user bigint, p_entity text,
    p_entity_id bigint, p_rows json) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
DECLARE r json;
BEGIN
    FOR r IN SELECT * FROM json_array_elements(coalesce(p_rows, '[]'::json)) LOOP
        INSERT INTO kd.case_field_history (case_id, audit_id, at, user_id, entity, entity_id, field, old_value,
            new_value, salt) VALUES (p_case, p_audit, kd.now_iso(), p_user, p_entity, p_entity_id, r->>0, r->>1,
            r->>2, r->>3);
    END LOOP;
END $$;

-- Break-glass: a case not assigned to her, opened with a stated reason, until she locks (or 12 hours). The
-- reason itself goes into the case's field history; the log keeps its length and keyed hash.
CREATE OR REPLACE FUNCTION break_glass(p_case bigint, p_token text, p_details text, p_history text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd.me(); c kd.cases; n integer; entry bigint;
BEGIN
    IF uid IS NULL OR NOT (kd.is_counselor() OR kd.is_supervisor()) THEN
        PERFORM kd_private.fail('KD403', 'you do not have permission for this');
    END IF;
    n := (p_details::json->>'reason_length')::integer;
    IF n IS NULL OR n < 10 OR n > 500 OR json_array_length(p_history::json) <> 1 THEN
        PERFORM kd_private.fail('KD400', 'state the reason in 10 to 500 characters');
    END IF;
    IF p_token IS NULL OR length(p_token) < 16 OR p_token <> current_setting('kd.session', true) THEN
        PERFORM kd_private.fail('KD400', 'this sign-in has no session token');
    END IF;
    c := kd_private.locked_case(p_case);
    IF kd_private.assigned(p_case, uid) THEN
        RETURN;
    END IF;
    INSERT INTO kd.grants (user_id, case_id, token, reason, granted_at, expires_at)
        VALUES (uid, p_case, p_token, '', kd.now_iso(), now() + interval '12 hours');
    entry := kd_private.audit_write(uid, 'break_glass', 'case:' || p_case, p_details);
    PERFORM kd_private.store_history(p_case, entry, uid, 'access', NULL, p_history::json);
END $$;

CREATE OR REPLACE FUNCTION end_session(p_token text) RETURNS void LANGUAGE sql SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
    DELETE FROM kd.grants WHERE (user_id = kd.me() AND token = p_token) OR expires_at < now()
$$;

CREATE OR REPLACE FUNCTION case_assign(p_case bigint, p_users bigint[]) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd.me(); c kd.cases; before jsonb; after jsonb;
BEGIN
    IF uid IS NULL OR NOT kd.is_supervisor() THEN
        PERFORM kd_private.fail('KD403', 'you do not have permission for this');
    END IF;
    c := kd_private.locked_case(p_case);
    IF coalesce(array_length(p_users, 1), 0) = 0 OR EXISTS (
        SELECT 1 FROM unnest(p_users) u WHERE NOT EXISTS (SELECT 1 FROM kd.users x WHERE x.id = u
            AND x.disabled = 0 AND (',' || x.roles || ',') LIKE '%,counselor,%')) THEN
        PERFORM kd_private.fail('KD400', 'choose at least one active counselor');
    END IF;
    SELECT coalesce(jsonb_agg(user_id::text ORDER BY user_id::text COLLATE "C"), '[]') INTO before
        FROM kd.case_counselors WHERE case_id = p_case;
    SELECT jsonb_agg(u::text ORDER BY u::text COLLATE "C") INTO after FROM unnest(p_users) u;
    DELETE FROM kd.case_counselors WHERE case_id = p_case;
    INSERT INTO kd.case_counselors (case_id, user_id) SELECT DISTINCT p_case, u FROM unnest(p_users) u;
    PERFORM kd_private.audit_write(uid, 'case_assign', 'case:' || p_case,
        jsonb_build_object('before', before, 'after', after)::text);
END $$;

-- Handing a counselor's open cases (or one, by its number) to another (services/assignments.py): by a
-- supervisor or an admin, who may read none of those cases; counted and moved, never shown. Each case's
-- change is audited as an assignment, the handover once more. Errors name the app's codes (detail).
CREATE OR REPLACE FUNCTION counselor_case_counts() RETURNS TABLE (user_id bigint, open_cases bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = kd, pg_temp AS $$
BEGIN
    IF kd.me() IS NULL OR NOT (kd.is_supervisor() OR kd.is_admin()) THEN
        PERFORM kd_private.fail('KD403', 'you do not have permission for this');
    END IF;
    RETURN QUERY SELECT y.user_id, count(*) FROM kd.case_counselors y JOIN kd.cases c ON c.id = y.case_id
        AND c.status <> 'closed' GROUP BY y.user_id;
END $$;

CREATE OR REPLACE FUNCTION case_hand_over(p_from bigint, p_to bigint, p_case_number text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd.me(); ids bigint[]; one bigint; cid bigint; before jsonb; after jsonb;
    giver text; taker text;
BEGIN
    IF uid IS NULL OR NOT (kd.is_supervisor() OR kd.is_admin()) THEN
        PERFORM kd_private.fail('KD403', 'you do not have permission for this');
    END IF;
    SELECT username INTO giver FROM kd.users WHERE id = p_from;
    SELECT username INTO taker FROM kd.users WHERE id = p_to AND disabled = 0
        AND (',' || roles || ',') LIKE '%,counselor,%';
    IF giver IS NULL THEN
        PERFORM kd_private.fail('KD404', 'no such user');
    END IF;
    IF taker IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'KD400', MESSAGE = 'the cases go to an active counselor',
            DETAIL = 'not_a_counselor';
    END IF;
    IF p_from = p_to THEN
        RAISE EXCEPTION USING ERRCODE = 'KD400', MESSAGE = 'choose another counselor to take the cases',
            DETAIL = 'same_counselor';
    END IF;
    IF btrim(coalesce(p_case_number, '')) <> '' THEN
        SELECT id INTO one FROM kd.cases WHERE case_number = btrim(p_case_number);
        IF one IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'KD404', MESSAGE = 'no case with this number', DETAIL = 'no_such_case';
        END IF;
    END IF;
    -- The cases are locked in id order, as every writer of a case locks it first.
    SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}') INTO ids FROM (
        SELECT c.id FROM kd.cases c JOIN kd.case_counselors y ON y.case_id = c.id
        WHERE y.user_id = p_from AND c.status <> 'closed' AND (one IS NULL OR c.id = one)
        ORDER BY c.id FOR UPDATE OF c) c;
    IF one IS NOT NULL AND cardinality(ids) = 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'KD400', MESSAGE = 'this case is not an open case of hers',
            DETAIL = 'not_her_case';
    END IF;
    FOREACH cid IN ARRAY ids LOOP
        SELECT coalesce(jsonb_agg(user_id::text ORDER BY user_id::text COLLATE "C"), '[]') INTO before
            FROM kd.case_counselors WHERE case_id = cid;
        DELETE FROM kd.case_counselors WHERE case_id = cid AND user_id = p_from;
        INSERT INTO kd.case_counselors (case_id, user_id) VALUES (cid, p_to) ON CONFLICT DO NOTHING;
        SELECT coalesce(jsonb_agg(user_id::text ORDER BY user_id::text COLLATE "C"), '[]') INTO after
            FROM kd.case_counselors WHERE case_id = cid;
        PERFORM kd_private.audit_write(uid, 'case_assign', 'case:' || cid,
            jsonb_build_object('before', before, 'after', after, 'via', 'handover')::text);
    END LOOP;
    PERFORM kd_private.audit_write(uid, 'case_handover', NULL, jsonb_build_object('from_user', giver,
        'to_user', taker, 'cases', cardinality(ids), 'one', one IS NOT NULL)::text);
    RETURN cardinality(ids);
END $$;

-- Approving while she is still in a shelter (or a place is asked for) needs the supervisor's stated reason
-- (domain/closure_rules.py): the workstation sends it with the placements it saw; the server counts them
-- again under the case's lock, and refuses (KD412) when one is open and no reason was given.
CREATE OR REPLACE FUNCTION closure_decide(p_case bigint, p_approve boolean, p_comment text, p_today text,
    p_override text, p_placements bigint[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd.me(); c kd.cases; q record; decision text; open_ids bigint[]; details jsonb;
    override text := CASE WHEN p_approve THEN btrim(regexp_replace(coalesce(p_override, ''), '\s+', ' ', 'g'))
                          ELSE '' END;
BEGIN
    IF uid IS NULL OR NOT kd.is_supervisor() THEN
        PERFORM kd_private.fail('KD403', 'you do not have permission for this');
    END IF;
    IF length(p_comment) > 20000 THEN
        PERFORM kd_private.fail('KD400', 'the comment is at most 20000 characters');
    END IF;
    IF NOT p_approve AND btrim(p_comment) = '' THEN
        PERFORM kd_private.fail('KD400', 'say why the closure is returned');
    END IF;
    c := kd_private.locked_case(p_case);
    SELECT * INTO q FROM kd.closure_requests WHERE case_id = p_case AND status = 'pending' FOR UPDATE;
    IF NOT FOUND OR c.status <> 'closure_requested' THEN
        PERFORM kd_private.fail('KD400', 'there is no closure request waiting for review');
    END IF;
    IF q.requested_by = uid OR kd_private.assigned(p_case, uid) THEN
        PERFORM kd_private.fail('KD403', 'you cannot review a closure for your own case');
    END IF;
    IF p_approve THEN
        SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO open_ids FROM kd.placements
            WHERE case_id = p_case AND status IN ('placed', 'requested');
    ELSE
        open_ids := '{}';
    END IF;
    IF cardinality(open_ids) = 0 THEN
        override := '';
    ELSIF override = '' THEN
        PERFORM kd_private.fail('KD412', cardinality(open_ids)::text);
    ELSIF length(override) < 10 OR length(override) > 500 THEN
        PERFORM kd_private.fail('KD400', 'the reason is shorter than 10 or longer than 500 characters');
    END IF;
    decision := CASE WHEN p_approve THEN 'approved' ELSE 'returned' END;
    UPDATE kd.closure_requests SET status = decision, decided_by = uid, decided_at = kd.now_iso(),
        comment = p_comment, placement_override = override WHERE id = q.id;
    PERFORM kd_private.set_status(p_case, c.status, CASE WHEN p_approve THEN 'closed' ELSE 'active' END,
        CASE WHEN p_approve THEN 'approve_closure' ELSE 'return_closure' END, p_comment, p_today);
    details := jsonb_build_object('id', q.id, 'decision', decision);
    IF override <> '' THEN  -- the reason stays with the request; the log says it was given and for what
        details := details || jsonb_build_object('placement_override', to_jsonb(open_ids));
    END IF;
    PERFORM kd_private.audit_write(uid, 'closure_decision', 'case:' || p_case, details::text);
END $$;

CREATE OR REPLACE FUNCTION case_reopen(p_case bigint, p_reason text, p_today text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd.me(); c kd.cases;
BEGIN
    IF uid IS NULL OR NOT kd.is_supervisor() THEN
        PERFORM kd_private.fail('KD403', 'you do not have permission for this');
    END IF;
    IF length(btrim(p_reason)) < 10 THEN
        PERFORM kd_private.fail('KD400', 'state the reason for reopening in at least 10 characters');
    END IF;
    c := kd_private.locked_case(p_case);
    IF c.status <> 'closed' THEN
        PERFORM kd_private.fail('KD400', format('a case in state ''%s'' cannot do ''reopen''', c.status));
    END IF;
    PERFORM kd_private.set_status(p_case, c.status, 'active', 'reopen', p_reason, p_today);
END $$;

CREATE OR REPLACE FUNCTION consent_override(p_case bigint, p_referral bigint, p_reason text, p_details text,
    p_history text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd.me(); c kd.cases; x record; entry bigint;
BEGIN
    IF uid IS NULL OR NOT kd.is_supervisor() THEN
        PERFORM kd_private.fail('KD403', 'you do not have permission for this');
    END IF;
    c := kd_private.locked_case(p_case);
    IF c.status NOT IN ('draft', 'open', 'active') THEN
        PERFORM kd_private.fail('KD423', 'this case is under closure review or closed and cannot be changed');
    END IF;
    IF length(btrim(p_reason)) < 10 THEN
        PERFORM kd_private.fail('KD400', 'state the reason for the override in at least 10 characters');
    END IF;
    SELECT * INTO x FROM kd.referrals WHERE id = p_referral AND case_id = p_case FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kd_private.fail('KD404', 'no such referral in this case');
    END IF;
    IF x.status <> 'draft' THEN
        PERFORM kd_private.fail('KD400', 'only a referral that has not been sent can be overridden');
    END IF;
    UPDATE kd.referrals SET consent_override_reason = p_reason, consent_override_by = uid WHERE id = p_referral;
    entry := kd_private.audit_write(uid, 'referral_consent_override', 'case:' || p_case, p_details);
    PERFORM kd_private.store_history(p_case, entry, uid, 'referral', p_referral, p_history::json);
END $$;
"""
