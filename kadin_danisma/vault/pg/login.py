"""Signing in to the server: the database password is derived from hers with Argon2id on the workstation.

PostgreSQL 15 stores a SCRAM-SHA-256 verifier with a fixed 4,096 PBKDF2 iterations (a setting to raise it
arrived in version 16): a stolen pg_authid would be far cheaper to attack than a vault's key slot if her
password went to the server as it is. So the server only ever sees
`base64url(Argon2id(password, salt, SERVER_KDF))`, a 256-bit secret, and, when a password is set, the SCRAM
verifier of that secret computed here. The salt is fixed per user name (it must be known before signing
in, and SCRAM adds its own random salt on the server): SHA-256 of a label and the user name.

SERVER_KDF is the memory a vault's calibration reaches (128 MiB) with 4 passes. Test runs, which set
KADIN_DANISMA_SKIP_KDF_CALIBRATION, use the vault's floor instead, for server init and sign-in alike; a
production workstation must never set it (its logins would simply fail, never weaken).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from collections.abc import Callable

from ...domain import passwords
from .. import kdf

SERVER_KDF = kdf.KdfParams(memory_kib=128 * 1024, iterations=4)
SCRAM_ITERATIONS = 4096
ROLE_PREFIX = "kd_"
_SALT_LABEL = b"kadin-danisma/server-password/v1\x00"


def role_name(username: str) -> str:
    """The PostgreSQL login role of a staff member."""
    return ROLE_PREFIX + username


def params() -> kdf.KdfParams:
    return kdf.FLOOR if os.environ.get(kdf.SKIP_CALIBRATION_ENV) == "1" else SERVER_KDF


def _salt(username: str) -> bytes:
    return hashlib.sha256(_SALT_LABEL + username.encode("utf-8")).digest()[: kdf.SALT_BYTES]


def _derive(username: str, password: str) -> str:
    secret = passwords.normalise(password).encode("utf-8")
    raw = kdf.derive(secret, _salt(username), params())
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


# Replaceable by the test suite (a memo: the same passwords are derived thousands of times there).
derive: Callable[[str, str], str] = _derive


def scram_verifier(db_password: str, salt: bytes | None = None) -> str:
    """PostgreSQL's SCRAM-SHA-256 verifier (RFC 5802/7677) of a derived password (ASCII, so SASLprep keeps it)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", db_password.encode("ascii"), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return (f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt).decode()}"
            f"${b64(stored_key).decode()}:{b64(server_key).decode()}")


def verifier_for(username: str, password: str) -> str:
    """What a new password is sent to the server as (by admin functions and her own password change)."""
    return scram_verifier(derive(username, password))
