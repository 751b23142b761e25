"""User administration on the server: one PostgreSQL login role per staff member (`kd_<user name>`), in the
group roles of her roles, kept in step with the users table by these functions only.

No staff login may create or alter roles (in PostgreSQL 15 CREATEROLE could make itself a member of any
non-superuser role, the owner's included); the functions run as the schema owner, which has CREATEROLE and
cannot sign in. A password reaches the server only as a SCRAM verifier of the Argon2id-derived database
password (pg/login.py), never as a password; the functions accept nothing else.
"""

from __future__ import annotations

USERS = r"""
CREATE OR REPLACE FUNCTION kd_private.check_verifier(p_verifier text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        PERFORM kd_private.fail('KD400', 'a password reaches the server only as a SCRAM verifier');
    END IF;
END $$;

CREATE OR REPLACE FUNCTION kd_private.check_roles(p_roles text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_roles !~ '^(counselor|supervisor|admin)(,(counselor|supervisor|admin))*$' THEN
        PERFORM kd_private.fail('KD400', 'choose at least one role');
    END IF;
END $$;

-- Group membership follows the roles text: revoke what she no longer has, grant what she has.
CREATE OR REPLACE FUNCTION kd_private.sync_groups(p_username text, p_roles text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['counselor', 'supervisor', 'admin'] LOOP
        IF (',' || p_roles || ',') LIKE '%,' || g || ',%' THEN
            EXECUTE format('GRANT %I TO %I', 'kdg_' || g, 'kd_' || p_username);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', 'kdg_' || g, 'kd_' || p_username);
        END IF;
    END LOOP;
    EXECUTE format('GRANT kdg_staff TO %I', 'kd_' || p_username);
END $$;

CREATE OR REPLACE FUNCTION kd_private.require_admin() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE uid bigint := kd.me();
BEGIN
    IF uid IS NULL OR NOT kd.is_admin() THEN
        PERFORM kd_private.fail('KD403', 'you do not have permission for this');
    END IF;
    RETURN uid;
END $$;

CREATE OR REPLACE FUNCTION kd_private.user_row(p_username text) RETURNS kd.users LANGUAGE plpgsql
SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE u kd.users;
BEGIN
    SELECT * INTO u FROM kd.users WHERE username = p_username FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM kd_private.fail('KD400', 'no such user');
    END IF;
    RETURN u;
END $$;

CREATE OR REPLACE FUNCTION kd_private.active_admins() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
    SELECT count(*) FROM kd.users WHERE disabled = 0 AND (',' || roles || ',') LIKE '%,admin,%'
$$;

-- Also used by `server init` for the first admin (p_by NULL there: the IT person's login is no staff member).
CREATE OR REPLACE FUNCTION kd_private.create_user(p_by bigint, p_username text, p_display text, p_roles text,
    p_verifier text, p_must_change integer) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
DECLARE new_id bigint; now text := kd.now_iso();
BEGIN
    IF p_username !~ '^[a-z0-9][a-z0-9._-]{1,31}$' THEN
        PERFORM kd_private.fail('KD400',
            'user names are 2-32 characters: lower-case a-z, digits, ''.'', ''_'' or ''-''');
    END IF;
    PERFORM kd_private.check_roles(p_roles);
    PERFORM kd_private.check_verifier(p_verifier);
    IF EXISTS (SELECT 1 FROM kd.users WHERE username = p_username) THEN
        PERFORM kd_private.fail('KD400', 'a user with this name already exists');
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kd_' || p_username) THEN
        PERFORM kd_private.fail('KD400', 'this server already has a database login of that name (another center?)');
    END IF;
    INSERT INTO kd.users (username, display_name, roles, must_change_password, created_at, updated_at)
        VALUES (p_username, p_display, p_roles, p_must_change, now, now) RETURNING id INTO new_id;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', 'kd_' || p_username, p_verifier);
    PERFORM kd_private.sync_groups(p_username, p_roles);
    PERFORM kd_private.audit_write(coalesce(p_by, new_id), 'user_add', p_username, jsonb_build_object('roles',
        (SELECT jsonb_agg(r ORDER BY r) FROM unnest(string_to_array(p_roles, ',')) r))::text);
    RETURN new_id;
END $$;

CREATE OR REPLACE FUNCTION user_add(p_username text, p_display text, p_roles text, p_verifier text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
BEGIN
    RETURN kd_private.create_user(kd_private.require_admin(), p_username, p_display, p_roles, p_verifier, 1);
END $$;

CREATE OR REPLACE FUNCTION user_disable(p_username text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd_private.require_admin(); u kd.users := kd_private.user_row(p_username);
BEGIN
    IF u.disabled = 1 THEN
        PERFORM kd_private.fail('KD400', 'this user is already disabled');
    END IF;
    IF u.id = uid THEN
        PERFORM kd_private.fail('KD400', 'you cannot disable your own account');
    END IF;
    IF (',' || u.roles || ',') LIKE '%,admin,%' AND kd_private.active_admins() <= 1 THEN
        PERFORM kd_private.fail('KD400', 'the last administrator cannot be disabled');
    END IF;
    UPDATE kd.users SET disabled = 1, updated_at = kd.now_iso() WHERE id = u.id;
    EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', 'kd_' || u.username);
    PERFORM kd_private.audit_write(uid, 'user_disable', u.username, '{}');
END $$;

CREATE OR REPLACE FUNCTION user_set_roles(p_username text, p_roles text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd_private.require_admin(); u kd.users := kd_private.user_row(p_username);
BEGIN
    PERFORM kd_private.check_roles(p_roles);
    IF (',' || u.roles || ',') LIKE '%,admin,%' AND (',' || p_roles || ',') NOT LIKE '%,admin,%'
            AND kd_private.active_admins() <= 1 THEN
        PERFORM kd_private.fail('KD400', 'the last administrator must keep the admin role');
    END IF;
    UPDATE kd.users SET roles = p_roles, updated_at = kd.now_iso() WHERE id = u.id;
    PERFORM kd_private.sync_groups(u.username, p_roles);
    PERFORM kd_private.audit_write(uid, 'user_roles', u.username,
        jsonb_build_object('before', u.roles, 'after', p_roles)::text);
END $$;

CREATE OR REPLACE FUNCTION user_reset_password(p_username text, p_verifier text, p_must_change boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd_private.require_admin(); u kd.users := kd_private.user_row(p_username);
BEGIN
    PERFORM kd_private.check_verifier(p_verifier);
    IF u.disabled = 1 THEN
        PERFORM kd_private.fail('KD400', 'this user is disabled');
    END IF;
    UPDATE kd.users SET must_change_password = CASE WHEN p_must_change AND u.id <> uid THEN 1 ELSE 0 END,
        updated_at = kd.now_iso() WHERE id = u.id;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', 'kd_' || u.username, p_verifier);
    PERFORM kd_private.audit_write(uid, 'password_reset', u.username, '{"by": "admin"}');
END $$;

-- Her own new password; the app proved the old one first by signing in with it on a fresh connection.
CREATE OR REPLACE FUNCTION user_change_password(p_verifier text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = kd, pg_temp AS $$
DECLARE uid bigint := kd.me(); u kd.users;
BEGIN
    IF uid IS NULL THEN
        PERFORM kd_private.fail('KD403', 'this login is not an active staff member of the center');
    END IF;
    PERFORM kd_private.check_verifier(p_verifier);
    SELECT * INTO u FROM kd.users WHERE id = uid FOR UPDATE;
    UPDATE kd.users SET must_change_password = 0, updated_at = kd.now_iso() WHERE id = uid;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', 'kd_' || u.username, p_verifier);
    PERFORM kd_private.audit_write(uid, 'password_change', u.username, '{}');
END $$;
"""
