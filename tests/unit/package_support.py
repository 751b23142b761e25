"""Two vaults that send each other package payloads (issue 17, part 2), calling package_content directly:
no sealing (part 1's job), but the payload goes through JSON as the file would carry it. Synthetic data."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from kadin_danisma.domain import records as r
from kadin_danisma.services import cases, measures, notes, package_content

CENTER_ID = "c" * 64  # the center's key id, as a laptop knows it
LAPTOP_ID = "1" * 64  # the laptop's, as the center knows it
CODE_WORD = "Lale-Bahçesi-77"
SAFE_PHONE = "0555 123 45 67"


@dataclass
class Link:
    """Sequence numbers both ways, as part 1 keeps them: `sent[x]` the last number x sent, `got[x]` the
    highest number x imported from the other side (what x acknowledges in its next package)."""

    sent: dict[str, int] = field(default_factory=lambda: {"center": 0, "laptop": 0})
    got: dict[str, int] = field(default_factory=lambda: {"center": 0, "laptop": 0})
    last: dict[str, Any] = field(default_factory=dict)

    def build(self, sender: Any, side: str, numbers: list[str]) -> dict[str, Any]:
        other = "laptop" if side == "center" else "center"
        self.sent[side] += 1
        partner = LAPTOP_ID if side == "center" else CENTER_ID
        with sender.write() as conn:
            payload = package_content.build(sender, conn, partner, numbers, sequence=self.sent[side],
                                            acked=self.got[side])
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        self.last = {"side": side, "other": other, "text": text, "sequence": self.sent[side],
                     "ack": self.got[side]}
        return json.loads(text)  # type: ignore[no-any-return]

    def apply(self, receiver: Any, payload: dict[str, Any]) -> package_content.ContentSummary:
        side, other = self.last["side"], self.last["other"]
        partner = CENTER_ID if side == "center" else LAPTOP_ID
        with receiver.write() as conn:
            summary = package_content.apply(receiver, conn, partner, payload, sequence=self.last["sequence"],
                                            acked=self.last["ack"])
        self.got[other] = self.last["sequence"]
        return summary

    def send(self, sender: Any, side: str, receiver: Any, numbers: list[str]) -> package_content.ContentSummary:
        return self.apply(receiver, self.build(sender, side, numbers))


def new_case(session: Any, name: str = "Ayşe Yılmaz Test", *, child: str = "Deniz") -> tuple[int, str]:
    client = r.Client(full_name=name, birth_year=1990, languages=["ara"],
                      safe_contact=r.SafeContact(safe_phone=SAFE_PHONE, code_word=CODE_WORD, never_call_home=True,
                                                 address="Gizli Mah. 3"))
    case_id = cases.create_case(session, client, r.Intake("2026-11-02", violence_types=["physical"],
                                                          presenting_request="danışmanlık"),
                                children=[r.Child(child, 2018, "male", True, "Atatürk İlkokulu")])
    notes.add_note(session, case_id, r.Note("psychosocial_session", "2026-11-03", "İlk görüşme: güvenli ev ihtiyacı."))
    notes.add_note(session, case_id, r.Note("psychosocial_session", "2026-11-04", "Gizli not: yalnız merkezde kalır.",
                                            never_export=True))
    measures.save_measure(session, case_id, r.Measure("no_approach", "family_judge", "2026-11-05",
                                                      "2026-11-05", "2027-05-05"))
    number = str(session.connection().execute("SELECT case_number FROM cases WHERE id = ?",
                                              (case_id,)).fetchone()[0])
    return case_id, number


def case_id_of(session: Any, number: str) -> int:
    return int(session.connection().execute("SELECT id FROM cases WHERE case_number = ?", (number,)).fetchone()[0])
