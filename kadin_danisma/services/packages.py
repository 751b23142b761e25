"""Packages between paired vaults (issue 17, part 1): this vault's identity and card, pairing, and writing
and importing sealed `.kdpkg` files.

What a package carries and how it is merged is services/package_content.py's (part 2): everything here that
touches the payload goes through its four calls (build, shelter_case_numbers, preview, apply). This module
wraps them: the out-sequence, the previous file's hash and the seal are made in the same transaction as
`build`; an import is verified (size, format, recipient, sender, signature, order, decryption, decompressed
size) before any write, then the sequence is checked again, recorded and `apply` runs in ONE write
transaction, so a kill at any moment leaves the package imported whole or not at all.

Who: any member of staff may see the card; only an admin pairs (audited); counselors and supervisors send
and import (part 2 checks each case's access). On a center server supervisors send and import, a counselor
is refused with one reason (`packages_supervisors_on_server`), the keys are made by the first supervisor who
needs them and an admin pairs by public keys alone: the server's database holds the same rules
(vault/pg/package_security.py, docs/server.md).
Audit entries name the partner by the first 16 hex digits of its id, the sequence and counts; never a case's
content.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, cast

from ..domain import safe_json
from ..domain.errors import MalformedInput, PackageRefused, PairingRefused
from ..domain.package_card import Card, parse_card, same_fingerprint
from ..domain.roles import Role
from ..vault import package_seal, package_store, repositories
from ..vault.atomic import Written, write_file
from ..vault.package_seal import Header, Keys
from ..vault.package_store import Partner, PublicIdentity
from ..vault.port import Connection, errors_translated
from .session import Session

SUFFIX = ".kdpkg"
STAFF = (Role.COUNSELOR, Role.SUPERVISOR, Role.ADMIN)
CASEWORK = (Role.COUNSELOR, Role.SUPERVISOR)


class ContentApi(Protocol):
    """Part 2's calls (services/package_content.py)."""

    def build(self, session: Session, conn: Connection, partner_id: str, case_numbers: Sequence[str], *,
              sequence: int, acked: int) -> dict[str, Any]: ...

    def shelter_case_numbers(self, session: Session, shelter_name: str) -> list[str]: ...

    def preview(self, session: Session, partner_id: str, payload: dict[str, Any], *,
                opening: Callable[[Connection], None] | None = None) -> Any: ...

    def apply(self, session: Session, conn: Connection, partner_id: str, payload: dict[str, Any], *,
              sequence: int, acked: int) -> Any: ...


def content() -> ContentApi:
    """Part 2's module, loaded when a package is made or opened (the payload is its business alone)."""
    # The import statement lets the bundle's analysis (PyInstaller) find the module; the module itself is
    # taken from sys.modules by name, where the tests' payload stand-in is put in its place.
    from . import package_content  # noqa: F401

    return cast(ContentApi, sys.modules["kadin_danisma.services.package_content"])


@dataclass(frozen=True)
class Opened:
    """A package verified end to end, not yet imported."""

    partner: Partner
    header: Header
    payload: dict[str, Any]
    file_hash: str


@dataclass(frozen=True)
class Preview:
    partner: Partner
    sequence: int
    summary: Any  # part 2's ContentSummary


@dataclass(frozen=True)
class Exported:
    written: Written
    partner: Partner
    sequence: int
    cases: int


def short(partner_id: str) -> str:
    return partner_id[:16]


def holds_keys(session: Session) -> bool:
    """Whether this person may send and import packages here: in a vault a counselor or a supervisor, on a
    center server a supervisor (only her login may read the center's private keys)."""
    if session.on_server:
        return Role.SUPERVISOR in session.roles
    return any(role in session.roles for role in CASEWORK)


def _sender(session: Session) -> None:
    session.require(*CASEWORK)
    if not holds_keys(session):
        raise PackageRefused("on a center server a supervisor sends and imports packages",
                             code="packages_supervisors_on_server")


def _keys(session: Session, conn: Connection) -> Keys:
    """This vault's (or center server's) key pair, made (and audited) the first time it is needed, inside the
    caller's write. On a server only a supervisor's login gets here (and the database checks it again)."""
    keys = package_store.identity(conn)
    if keys is None:
        keys = Keys.generate()
        if package_store.create_identity(conn, keys, session.user_id):
            session.log(conn, "package_identity_create", None, id=short(keys.own_id))
        else:  # a colleague's made it first: hers stands
            made = package_store.identity(conn)
            assert made is not None
            keys = made
    return keys


def own_card(session: Session) -> Card:
    """This vault's public card (made with its keys on first need; on a server only a supervisor makes them:
    an admin or a counselor opening the card before that is told so)."""
    session.require(*STAFF)
    with errors_translated():
        conn = session.connection()
        public: PublicIdentity | Keys | None = package_store.public_identity(conn)
        if public is None:
            if session.on_server and Role.SUPERVISOR not in session.roles:
                raise PackageRefused("a supervisor makes the center's keys on first use",
                                     code="package_keys_not_made")
            with session.write() as wconn:
                public = _keys(session, wconn)
        center = repositories.get_setting(conn, "center_name", "") or ""
    return Card(" ".join(center.split()) or "-", public.x25519_public, public.ed25519_public)


def save_card(session: Session, path: Path, *, force: bool = False) -> Written:
    """This vault's card as a file to hand to a partner (public: keys and the center's name only)."""
    card = own_card(session)
    with errors_translated():
        return write_file(Path(path), card.text().encode("utf-8"), force=force, mode=0o644, tag="kd-card")


def read_card(path: Path) -> Card:
    try:
        with open(path, "rb") as fh:
            data = fh.read(8192)
    except OSError as exc:
        raise MalformedInput(f"cannot read the card file ({exc.strerror})") from None
    return parse_card(data)


def partners(session: Session, *, removed: bool = False) -> list[Partner]:
    """The paired partners (the pickers' list); with `removed`, also those an admin removed (the record)."""
    session.require(*STAFF)
    with errors_translated():
        found = package_store.partners(session.connection())
    return found if removed else [p for p in found if not p.removed]


def refuse_removed(partner: Partner) -> None:
    if partner.removed:
        raise PackageRefused("this partner was removed: nothing is written to it or accepted from it (pair its "
                             "card again to start anew)", code="partner_removed")


def pair(session: Session, card: Card, typed_fingerprint: str) -> Partner:
    """Add the partner whose card this is, once the admin has typed back the fingerprint the other center
    read out. Pairing the same card again changes nothing; a known partner with other keys is refused (a
    new vault there is a new partner: remove nothing silently)."""
    session.require(Role.ADMIN)
    if not same_fingerprint(typed_fingerprint, card.fingerprint):
        raise PairingRefused("the fingerprint you typed does not match this card: do not pair; check with the "
                             "other center", code="fingerprint_mismatch")
    with errors_translated(), session.write() as conn:
        # On a server the admin never holds the private keys: her own card is told by its public key.
        own = package_store.public_identity(conn) if session.on_server else _keys(session, conn)
        if own is not None and card.partner_id == own.own_id:
            raise PairingRefused("this is this vault's own card", code="own_card")
        known = package_store.partner(conn, card.partner_id)
        if known is not None:
            if known.x25519_public != card.x25519_public:
                raise PairingRefused("this partner is already paired with another receiving key",
                                     code="partner_changed_keys")
            if not known.removed:
                return known
            # Removed before, paired again: both directions start again at 0, its first package goes whole.
            package_store.restart_partner(conn, card.partner_id, reactivate=True)
            package_store.rename_partner(conn, card.partner_id, card.center)
            session.log(conn, "package_partner_add", f"partner:{short(card.partner_id)}", again=True)
            again = package_store.partner(conn, card.partner_id)
            assert again is not None
            return again
        package_store.add_partner(conn, card.partner_id, card.center, card.x25519_public, card.ed25519_public,
                                  session.user_id)
        session.log(conn, "package_partner_add", f"partner:{short(card.partner_id)}")
        added = package_store.partner(conn, card.partner_id)
    assert added is not None
    return added


def find_partner(session: Session, name_or_id: str) -> Partner:
    """A partner named by its center name, its id or the start of its id (at least 8 hex digits)."""
    wanted = name_or_id.strip()
    found = [p for p in partners(session, removed=True) if p.center == wanted or p.partner_id == wanted.lower()
             or (len(wanted) >= 8 and p.partner_id.startswith(wanted.lower()))]
    if len(found) > 1:  # the same center paired again under a new identity: the one still paired
        found = [p for p in found if not p.removed] or found
    if len(found) != 1:
        raise PairingRefused("no single paired partner has that name or id (see the admin's partner list)",
                             code="partner_unknown")
    return found[0]


# Before the package is built, inside its transaction: a resend rewinds the chain here
# (services/package_admin.py) and names the cases the packages it replaces carried.
Prepare = Callable[[Connection, Partner], list[str]]


def export_package(session: Session, partner_id: str, case_numbers: Sequence[str], out: Path, *,
                   force: bool = False, shelter: str | None = None, prepare: Prepare | None = None) -> Exported:
    """Write the next package to this partner carrying these cases (or a shelter's current residents)."""
    _sender(session)
    api = content()
    numbers = list(case_numbers)
    if shelter is not None:
        numbers += [n for n in api.shelter_case_numbers(session, shelter) if n not in numbers]
    if not numbers and prepare is None:
        raise PackageRefused("name at least one case to send", code="package_empty")
    published: Path | None = None
    try:
        with errors_translated(), session.write() as conn:
            keys = _keys(session, conn)
            partner = package_store.partner(conn, partner_id)
            if partner is None:
                raise PairingRefused("this partner is not paired with this vault", code="partner_unknown")
            refuse_removed(partner)
            if prepare is not None:
                numbers += [n for n in prepare(conn, partner) if n not in numbers]
                partner = package_store.partner(conn, partner_id)
                assert partner is not None
                if not numbers:
                    raise PackageRefused("name at least one case to send", code="package_empty")
            sequence = partner.out_sequence + 1
            payload = api.build(session, conn, partner_id, numbers, sequence=sequence, acked=partner.acked)
            data = package_seal.seal(_encode(payload), keys, partner.x25519_public, partner_id, sequence=sequence,
                                     previous=partner.out_hash, ack=partner.in_sequence)
            package_store.record_sent(conn, partner_id, sequence, package_seal.file_hash(data), partner.out_hash,
                                      session.user_id, package_store.case_uuids(conn, numbers))
            session.log(conn, "package_export", f"partner:{short(partner_id)}", kind="package", sequence=sequence,
                        cases=len(numbers), shelter=shelter is not None)
            written = write_file(Path(out), data, force=force, tag="kd-package")
            published = written.path
    except BaseException:
        # The file got its name but the transaction did not commit: a file the vault does not know it sent
        # would break the chain; take it back.
        if published is not None:
            with contextlib.suppress(OSError):
                os.unlink(published)
        raise
    return Exported(written, partner, sequence, len(numbers))


def suggested_name(sequence: int) -> str:
    """A file name that says nothing about the case: the app's word for a package and a number."""
    return f"paket-{sequence:05d}{SUFFIX}"


def _encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def _read_file(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > package_seal.MAX_FILE:
                raise PackageRefused("this file is larger than a package may be", code="package_too_large")
            data = fh.read(package_seal.MAX_FILE + 1)
    except OSError as exc:
        raise MalformedInput(f"cannot read the package file ({exc.strerror})") from None
    return data


def check_order(partner: Partner, header: Header) -> None:
    """The package must be the next one from this partner, chained to the last one imported."""
    expected = partner.in_sequence + 1
    if header.sequence < expected:
        raise PackageRefused(f"package {header.sequence} from this partner was already imported (the next is "
                             f"{expected})", code="package_replayed", sequence=header.sequence, expected=expected)
    if header.sequence > expected:
        raise PackageRefused(f"package {expected} from this partner is missing: import it first (this is "
                             f"{header.sequence})", code="package_out_of_order", sequence=header.sequence,
                             expected=expected)
    if header.previous != partner.in_hash or header.ack > partner.out_sequence:
        raise PackageRefused("this package does not follow the last one imported from this partner",
                             code="package_chain_broken")


def open_package(session: Session, path: Path) -> Opened:
    """Read and verify a package file (nothing is written)."""
    _sender(session)
    data = _read_file(path)
    header = package_seal.read_header(data)
    with errors_translated():
        conn = session.connection()
        keys = package_store.identity(conn)
        if keys is None or header.recipient != keys.own_id:
            raise PackageRefused("this package was made for another vault", code="package_not_for_us")
        partner = package_store.partner(conn, header.sender)
    if partner is None:
        raise PackageRefused("this package comes from a vault that is not paired with this one",
                             code="package_unpaired")
    refuse_removed(partner)
    raw = package_seal.open_sealed(data, header, keys, partner.ed25519_public)
    check_order(partner, header)
    try:
        payload = safe_json.loads(raw)
    except safe_json.JsonRefused:
        raise PackageRefused("this package's content is damaged", code="package_malformed") from None
    if not isinstance(payload, dict):
        raise PackageRefused("this package's content is damaged", code="package_malformed")
    return Opened(partner, header, payload, package_seal.file_hash(data))


def preview_package(session: Session, path: Path) -> Preview:
    """What importing this package would change (read only)."""
    opened = open_package(session, path)
    partner_id = opened.partner.partner_id

    def opening(conn: Connection) -> None:
        package_store.open_preview(conn, partner_id)

    summary = content().preview(session, partner_id, opened.payload, opening=opening)
    return Preview(opened.partner, opened.header.sequence, summary)


def import_package(session: Session, path: Path) -> Preview:
    """Import a package: verified first, then the sequence and part 2's merge in one transaction."""
    opened = open_package(session, path)
    api = content()
    with errors_translated(), session.write() as conn:
        partner = package_store.partner(conn, opened.partner.partner_id)
        assert partner is not None  # a removed partner stays in the table
        refuse_removed(partner)
        check_order(partner, opened.header)  # again, inside the transaction: another import may have won
        audited = package_store.record_received(conn, partner.partner_id, opened.header.sequence,
                                                opened.file_hash, opened.header.ack)
        summary = api.apply(session, conn, partner.partner_id, opened.payload, sequence=opened.header.sequence,
                            acked=opened.header.ack)
        if not audited:  # on a server the database wrote it, with the sequence (kd.package_import_begin)
            session.log(conn, "package_import", f"partner:{short(partner.partner_id)}", kind="package",
                        sequence=opened.header.sequence)
    return Preview(partner, opened.header.sequence, summary)
