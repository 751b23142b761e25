"""Repairing and ending package exchanges (issue 17): the record of packages written to a partner, writing
them again from a lost one (a resend), removing a partner, and giving this vault a new identity.

- Resend from N: a package N that never arrived blocks every later one at the partner (they must come in
  order). The chain to the partner is rewound to N-1 (its out-sequence and the hash of package N-1, from
  package_sent), what packages N… carried stops waiting for an acknowledgement (a record with no agreed base
  left goes again whole), they are marked superseded, and a normal package N is written in the same
  transaction carrying their cases (and any named). A package carries every change since the partner's
  acknowledged base, so the new N carries what N, N+1… carried; what the partner already holds merges as
  equal values. The old files N… are refused there ("chain broken"): they must be thrown away.
  If the partner had imported N after all (its refusal of the new N says "already imported, the next is
  N+1"), sending again from N+1 chains to the N it holds: the newest superseded version of N.
- Removing a partner (admins): kept for the record, but nothing is written to it or accepted from it, it
  leaves the pickers, and what it was known to hold (package_base) is forgotten. Its open conflicts stay for
  a person. Pairing its card again starts both directions again at 0 (services/packages.pair).
- A new identity (admins; a laptop or a key feared lost): new keys replace the old ones (destroyed: that is
  the point), every partner's sequences go back to 0 and what it was known to hold is forgotten, so the next
  package to each goes whole. Every partner must remove the old card and pair the new one.
On a center server supervisors resend and replace the identity, admins remove and pair again (through the
server's functions), and the list of packages written is read by supervisors and admins.

Audit entries name the partner by its short id and give numbers only; never a case's content.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import PackageRefused, PairingRefused
from ..domain.package_card import fingerprint
from ..domain.roles import Role
from ..vault import package_store
from ..vault.package_seal import Keys
from ..vault.package_store import Partner, Sent
from ..vault.port import Connection, errors_translated
from . import packages
from .packages import CASEWORK, STAFF, Exported, short
from .session import Session


@dataclass(frozen=True)
class Resent:
    exported: Exported
    replaced: tuple[int, ...]  # the numbers of the files written before that must be thrown away


@dataclass(frozen=True)
class Rotated:
    old_id: str  # short ids ('' if this vault had no identity yet)
    new_id: str
    fingerprint: str
    partners: tuple[Partner, ...]  # each must remove the old card and pair the new one


def partner_fingerprint(partner: Partner) -> str:
    return fingerprint(partner.x25519_public, partner.ed25519_public)


def sent_packages(session: Session, partner_id: str) -> list[Sent]:
    """The packages written to this partner, newest first (for the admin's and the counselor's list)."""
    session.require(*STAFF)
    if session.on_server and not (Role.SUPERVISOR in session.roles or Role.ADMIN in session.roles):
        # the list names cases (other counselors' too); the server lets supervisors and admins read it
        raise PackageRefused("on a center server a supervisor sends and imports packages",
                             code="packages_supervisors_on_server")
    with errors_translated():
        return package_store.sent(session.connection(), partner_id)


def resend_range(partner: Partner, sent: list[Sent]) -> tuple[int, int]:
    """The numbers that may be written again to this partner: first..last (empty when first > last)."""
    last = partner.out_sequence
    if any(s.sequence == last + 1 for s in sent) and any(s.sequence == last and s.superseded_at is not None
                                                          for s in sent):
        last += 1  # the partner may hold a version of `last` written before a resend (it refused the new one)
    return partner.acked + 1, last


def _previous(partner: Partner, sent: list[Sent], n: int) -> tuple[str, int]:
    """The hash package n must chain to, and the first number superseded (n, or n-1 when the partner holds a
    version of n-1 older than the one written last)."""
    if n == 1 and partner.out_sequence >= 1:
        return "", 1
    if n == partner.out_sequence + 1:
        # resend_range allows this only when such an older version exists
        older = [s for s in sent if s.sequence == n - 1 and s.superseded_at is not None]
        return older[0].file_hash, n - 1
    live = [s for s in sent if s.sequence == n - 1 and s.superseded_at is None]
    if live:
        return live[0].file_hash, n
    first = next((k for k in range(partner.acked + 1, partner.out_sequence + 1)
                  if k == 1 or any(s.sequence == k - 1 and s.superseded_at is None for s in sent)), None)
    raise PackageRefused(
        f"package {n - 1} was written before this version kept a record; send again from {first}" if first
        else f"package {n - 1} was written before this version kept a record; no package to this partner can be "
        "sent again", code="resend_no_record", sequence=n - 1, first=first or 0)


def resend(session: Session, partner_id: str, from_sequence: int, out: Path, *, case_numbers: Sequence[str] = (),
           force: bool = False) -> Resent:
    """Write package `from_sequence` again (and with it everything the packages after it carried)."""
    session.require(*CASEWORK)
    replaced: list[int] = []
    n = from_sequence

    def rewind(conn: Connection, partner: Partner) -> list[str]:
        with errors_translated():
            sent = package_store.sent(conn, partner_id)
            first, last = resend_range(partner, sent)
            if 1 <= n <= partner.acked:
                raise PackageRefused(f"the partner has already imported package {n} (it acknowledged up to "
                                     f"{partner.acked})", code="resend_acknowledged", sequence=n,
                                     acked=partner.acked)
            if n < first or n > last:
                raise PackageRefused(f"package {n} cannot be sent again: packages {first} to {last} can" if
                                     first <= last else f"package {n} cannot be sent again: no package is "
                                     "waiting to be imported there", code="resend_out_of_range", sequence=n,
                                     first=first, last=last)
            previous, superseded_from = _previous(partner, sent, n)
            ever = max([partner.out_sequence, *(s.sequence for s in sent)])
            replaced.extend(range(n, ever + 1))
            uuids = {u for s in sent if s.sequence >= superseded_from and s.superseded_at is None
                     for u in s.case_uuids}
            numbers = package_store.case_numbers_waiting(conn, partner_id, superseded_from)
            numbers += [c for c in package_store.case_numbers_of(conn, uuids) if c not in numbers]
            package_store.rewind(conn, partner_id, n - 1, previous, superseded_from)
            session.log(conn, "package_resend", f"partner:{short(partner_id)}", sequence=n, **{"from": n})
        return numbers

    exported = packages.export_package(session, partner_id, case_numbers, out, force=force, prepare=rewind)
    return Resent(exported, tuple(replaced))


def remove_partner(session: Session, partner_id: str) -> Partner:
    """No package is written to this partner or accepted from it any more; it stays for the record."""
    session.require(Role.ADMIN)
    with errors_translated(), session.write() as conn:
        partner = package_store.partner(conn, partner_id)
        if partner is None:
            raise PairingRefused("this partner is not paired with this vault", code="partner_unknown")
        packages.refuse_removed(partner)
        package_store.remove_partner(conn, partner_id, session.user_id)
        session.log(conn, "package_partner_remove", f"partner:{short(partner_id)}")
        removed = package_store.partner(conn, partner_id)
    assert removed is not None
    return removed


def rotate_identity(session: Session) -> Rotated:
    """New keys for this vault; the old private keys are overwritten. Every partner starts again at 0.
    In a vault an admin decides it; on a center server a supervisor (only her login may hold the keys there:
    the server's function replaces them, restarts the partners and writes the audit entry)."""
    if session.on_server:
        if Role.SUPERVISOR not in session.roles:
            raise PackageRefused("on a center server a supervisor replaces the center's package keys",
                                 code="package_rotate_supervisors_on_server")
    else:
        session.require(Role.ADMIN)
    keys = Keys.generate()
    with errors_translated(), session.write() as conn:
        old = package_store.public_identity(conn)
        everyone = package_store.partners(conn)
        if session.on_server:  # one function: keys replaced (or made), partners restarted, audit entry
            package_store.replace_identity(conn, keys, session.user_id)
        else:
            if old is None:
                package_store.create_identity(conn, keys, session.user_id)
            else:
                package_store.replace_identity(conn, keys, session.user_id)
            for partner in everyone:
                package_store.restart_partner(conn, partner.partner_id, reactivate=False)
            session.log(conn, "package_identity_rotate", None, old=short(old.own_id) if old else "",
                        new=short(keys.own_id), partners=len(everyone))
    return Rotated(short(old.own_id) if old else "", short(keys.own_id),
                   fingerprint(keys.x25519_public, keys.ed25519_public),
                   tuple(p for p in everyone if not p.removed))
