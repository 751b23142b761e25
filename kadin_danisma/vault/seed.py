"""Data every vault starts with: the built-in vocabularies and a seeded institution directory.

Runs after migrations on every open, but writes only when the built-in vocabulary changed (a digest is
kept in settings) or the directory was never seeded. Admin-added terms and edited institutions are kept.
"""

from __future__ import annotations

import hashlib
import json
import uuid

from ..domain import vocabularies
from .port import Connection, errors_translated, transaction

# (name, institution type): the institutions a Turkish center refers to most; city left for the admin.
DIRECTORY: tuple[tuple[str, str], ...] = (
    ("Şiddet Önleme ve İzleme Merkezi (ŞÖNİM)", "sonim"),
    ("İl Emniyet Müdürlüğü – Aile İçi Şiddet Büro", "police"),
    ("İl Jandarma Komutanlığı – Kadın Kuruluş Büro", "gendarmerie"),
    ("Cumhuriyet Başsavcılığı – Aile İçi Şiddet Bürosu", "prosecutor"),
    ("Aile Mahkemesi", "family_court"),
    ("Baro Adli Yardım Bürosu", "bar_legal_aid"),
    ("Baro Kadın Hakları Merkezi", "bar_legal_aid"),
    ("Devlet Hastanesi", "hospital"),
    ("Çocuk İzlem Merkezi (ÇİM)", "child_monitoring_center"),
    ("Aile ve Sosyal Hizmetler İl Müdürlüğü", "family_social_services"),
    ("Kadın Konukevi", "shelter"),
    ("Sosyal Yardımlaşma ve Dayanışma Vakfı (SYDV)", "social_assistance_foundation"),
    ("Türkiye İş Kurumu (İŞKUR)", "iskur"),
    ("Sosyal Güvenlik Kurumu (SGK)", "sgk"),
    ("İl Göç İdaresi Müdürlüğü", "migration_administration"),
    ("Belediye Meslek Edindirme Kursları", "municipal_unit"),
    ("Belediye Engelli Hizmetleri Birimi", "municipal_unit"),
    ("Belediye Göç ve Uyum Masası", "municipal_unit"),
    ("Kadın Dayanışma Derneği", "ngo"),
)


def _vocab_digest() -> str:
    payload = [
        [kind.value, i, t.code, t.tr, t.en, dict(t.meta)]
        for kind, terms in vocabularies.BUILTIN.items()
        for i, t in enumerate(terms)
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _setting(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def ensure(conn: Connection) -> None:
    with errors_translated():
        digest = _vocab_digest()
        if _setting(conn, "vocab_digest") == digest and _setting(conn, "directory_seeded") == "1":
            return
        with transaction(conn):
            for kind, terms in vocabularies.BUILTIN.items():
                for position, t in enumerate(terms):
                    conn.execute(
                        "INSERT INTO vocabulary (kind, code, label_tr, label_en, meta, builtin, active, position)"
                        " VALUES (?, ?, ?, ?, ?, 1, 1, ?) ON CONFLICT(kind, code) DO UPDATE SET"
                        " label_tr = excluded.label_tr, label_en = excluded.label_en, meta = excluded.meta,"
                        " position = excluded.position WHERE vocabulary.builtin = 1",
                        (kind.value, t.code, t.tr, t.en, json.dumps(dict(t.meta), sort_keys=True), position),
                    )
            conn.execute(
                "INSERT INTO settings (key, value) VALUES ('vocab_digest', ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (digest,),
            )
            if _setting(conn, "directory_seeded") != "1":
                conn.executemany(
                    "INSERT INTO institutions (name, institution_type, uuid) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [(name, kind, str(uuid.uuid4())) for name, kind in DIRECTORY],
                )
                conn.execute("INSERT INTO settings (key, value) VALUES ('directory_seeded', '1')")
