"""Vocabularies as data: the built-in terms seeded into every vault plus the center's own additions.

Everyone reads them (forms, lists, documents); only an admin adds a term or retires one. Retired terms
stay valid for records that already use them but are not offered for new ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..domain.errors import InvalidInput
from ..domain.permissions import Action
from ..domain.validation import MAX_NAME
from ..domain.vocabularies import Kind
from ..vault.port import Connection, errors_translated
from . import access
from .session import Session


@dataclass(frozen=True)
class VocabTerm:
    kind: str
    code: str
    tr: str
    en: str
    meta: dict[str, Any]
    builtin: bool
    active: bool

    def label(self, lang: str) -> str:
        return self.tr if lang == "tr" else self.en


def terms(conn: Connection, kind: Kind | str, include_retired: bool = False) -> list[VocabTerm]:
    with errors_translated():
        rows = conn.execute(
            "SELECT kind, code, label_tr, label_en, meta, builtin, active FROM vocabulary WHERE kind = ?"
            + ("" if include_retired else " AND active = 1") + " ORDER BY position, code",
            (str(kind),),
        ).fetchall()
    return [VocabTerm(str(r[0]), str(r[1]), str(r[2]), str(r[3]), json.loads(r[4]), bool(r[5]), bool(r[6]))
            for r in rows]


def list_terms(session: Session, kind: Kind | str) -> list[VocabTerm]:
    return terms(session.connection(), kind)


def code_lookup(conn: Connection) -> Callable[[str], frozenset[str]]:
    """kind -> every known code (retired included: old records stay valid), memoised for one check."""
    cache: dict[str, frozenset[str]] = {}

    def codes(kind: str) -> frozenset[str]:
        if kind not in cache:
            cache[kind] = frozenset(t.code for t in terms(conn, kind, include_retired=True))
        return cache[kind]

    return codes


def labels(conn: Connection, kind: Kind | str, lang: str) -> dict[str, str]:
    return {t.code: t.label(lang) for t in terms(conn, kind, include_retired=True)}


def add_term(session: Session, kind: Kind, code: str, tr: str, en: str) -> VocabTerm:
    access.require(session, Action.VOCAB_MANAGE)
    code = code.strip().lower()
    if not re.fullmatch(r"[a-z][a-z0-9_]{1,40}", code):
        raise InvalidInput("a code is 2–41 lowercase letters, digits or underscores, starting with a letter")
    tr, en = " ".join(tr.split()), " ".join(en.split())
    if not tr or not en or len(tr) > MAX_NAME or len(en) > MAX_NAME:
        raise InvalidInput("both labels are required (at most 200 characters)")
    conn = session.connection()
    if code in code_lookup(conn)(kind.value):
        raise InvalidInput("this code already exists")
    with session.write() as wconn:
        with errors_translated():
            position = int(wconn.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM vocabulary WHERE kind = ?", (kind.value,)
            ).fetchone()[0])
            wconn.execute(
                "INSERT INTO vocabulary (kind, code, label_tr, label_en, meta, builtin, active, position)"
                " VALUES (?, ?, ?, ?, '{}', 0, 1, ?)", (kind.value, code, tr, en, position),
            )
        session.log(wconn, "vocab_add", f"{kind.value}:{code}", tr=tr, en=en)
    return VocabTerm(kind.value, code, tr, en, {}, False, True)


def set_active(session: Session, kind: Kind, code: str, active: bool) -> None:
    access.require(session, Action.VOCAB_MANAGE)
    if code not in code_lookup(session.connection())(kind.value):
        raise InvalidInput("no such term")
    with session.write() as wconn:
        with errors_translated():
            wconn.execute("UPDATE vocabulary SET active = ? WHERE kind = ? AND code = ?",
                          (int(active), kind.value, code))
        session.log(wconn, "vocab_retire" if not active else "vocab_restore", f"{kind.value}:{code}")


def all_terms(session: Session) -> list[VocabTerm]:
    """Every term of every vocabulary (retired ones too, so old records still show their labels); the GUI
    loads this once per session for its labels and choice lists."""
    if session.user_id is None:
        return []
    with errors_translated():
        rows = session.connection().execute(
            "SELECT kind, code, label_tr, label_en, meta, builtin, active FROM vocabulary ORDER BY kind, position, code"
        ).fetchall()
    return [VocabTerm(str(r[0]), str(r[1]), str(r[2]), str(r[3]), json.loads(r[4]), bool(r[5]), bool(r[6]))
            for r in rows]


def district_choices(session: Session, plate: str) -> list[VocabTerm]:
    """The districts the intake offers: the active built-in ones of the province with plate number `plate`
    (every shipped province when none is chosen), the center's own, then "another province" and "unknown"."""
    return districts_of(terms(session.connection(), Kind.DISTRICT), plate)


def districts_of(districts: Iterable[VocabTerm], plate: str) -> list[VocabTerm]:
    """`district_choices` over terms already read (the GUI's labels, loaded once per session)."""
    out: list[VocabTerm] = []
    tail: list[VocabTerm] = []
    for t in districts:
        if t.kind != Kind.DISTRICT.value or not t.active:
            continue
        if t.code in ("other_province", "unknown"):
            tail.append(t)
        elif not t.builtin or not plate or t.meta.get("province") == plate:
            out.append(t)
    return out + tail
