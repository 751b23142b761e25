"""What the services hand to the renderers: plain dataclasses, no database types, no open connections.

The service decides what goes in (permissions, consent, minimum necessary fields, never-export notes); a
renderer prints exactly what it is given and nothing else. Dates are ISO text (YYYY-MM-DD), timestamps
ISO 8601; `lang` is "tr" (default) or "en".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..domain.records import CaseRecord, Client

__all__ = ["DayListData", "DayListLine", "LetterData", "LetterField", "RecordData", "RecoverySheetData", "SummaryData",
           "VocabLabels"]

# kind -> code -> label in the document's language, for terms a center added to its vault; built-in codes
# are labelled by domain.vocabularies and need not be listed.
VocabLabels = Mapping[str, Mapping[str, str]]


@dataclass
class LetterField:
    """One ticked field of a referral letter: printed as "label: value", in the order given."""

    key: str
    label: str
    value: str


@dataclass
class LetterAttachment:
    """A file ticked to go with a referral letter: listed in the letter, embedded in its PDF."""

    file_name: str
    label: str  # "6284 kararı, 12.03.2026"
    media_type: str
    data: bytes


@dataclass
class LetterData:
    center_name: str
    letterhead_lines: list[str]
    reference_no: str
    case_number: str
    date: str
    recipient_name: str
    recipient_lines: list[str]
    subject: str
    fields: list[LetterField]
    reason: str
    requested_service: str
    counselor_name: str
    counselor_title: str
    lang: str = "tr"
    attachments: list[LetterAttachment] = field(default_factory=list)


@dataclass
class SummaryData:
    """A case summary for supervision. The service has already removed the never-export notes and counts
    them in `withheld_notes` (a flagged note still in `record` is left out and counted too)."""

    center_name: str
    letterhead_lines: list[str]
    record: CaseRecord
    generated_on: str
    generated_by: str
    withheld_notes: int
    lang: str = "tr"
    vocab_labels: VocabLabels = field(default_factory=dict)


@dataclass
class RecordData:
    """Everything held about one client (KVKK art. 11 access request): the client and each of her cases.
    `withheld_notes` counts notes the service left out (never-export), stated in the document when > 0."""

    center_name: str
    letterhead_lines: list[str]
    client: Client
    cases: list[CaseRecord]
    generated_on: str
    generated_by: str
    lang: str = "tr"
    withheld_notes: int = 0
    vocab_labels: VocabLabels = field(default_factory=dict)


@dataclass
class RecoverySheetData:
    """The printed recovery key: `groups` are its 8 groups of digits (domain.recovery_code)."""

    center_name: str
    vault_id: str
    created_on: str
    groups: list[str]
    lang: str = "tr"


@dataclass
class DayListLine:
    """One appointment on the front desk's list: times (YYYY-MM-DDTHH:MM), the room, the case number, staff
    names; never the client's name or what the session is about."""

    starts_at: str
    ends_at: str
    room: str
    case_number: str
    counselors: list[str]
    interpreter: str
    interpreter_language: str | None
    status: str


@dataclass
class DayListData:
    center_name: str
    letterhead_lines: list[str]
    day: str
    lines: list[DayListLine]
    generated_on: str
    generated_by: str
    lang: str = "tr"
    vocab_labels: VocabLabels = field(default_factory=dict)
