"""The demo generator's appointments and attachments (issue 20): the center's rooms and interpreters, past
appointments attended, missed or cancelled, planned ones in the coming two weeks (some today), and small
synthetic papers on some cases (demo_files.py). A counselor, a room or an interpreter is never booked twice
for the same hour, as in a well-run center. Its own random stream, so the cases of a seed stay as they were.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain import records as r
from ..domain.attachment_rules import media_type
from ..vault.port import Connection
from . import attachments, calendar_setup
from .demo_files import form_picture, text_pdf
from .session import Session

ROOMS = ("Görüşme Odası 1", "Görüşme Odası 2", "Görüşme Odası 3", "Çocuk Odası", "Hukuk Odası")
INTERPRETERS = (
    ("Demo Tercüman Leyla", ["ara"]), ("Demo Tercüman Reza", ["fas", "prs"]),
    ("Demo Tercüman Berfin", ["kmr", "zza"]), ("Demo Tercüman Anahit", ["hye", "rus"]),
    ("Demo Tercüman Claire", ["fra", "eng"]), ("Demo Tercüman Aylin", ["tsm"]),
    ("Demo Tercüman Shilan", ["ckb", "ara"]),
)
KINDS = (("psychological", 40), ("legal", 20), ("social", 20), ("child_session", 8), ("home_visit", 5),
         ("court_accompaniment", 4), ("hospital_accompaniment", 3))
HOURS = (9, 10, 11, 13, 14, 15, 16)
CANCEL_REASONS = ("Danışan telefonla erteledi", "Danışman hastalandı", "Duruşma saati değişti", "Ulaşım sorunu")
DOC_TYPES = ("decision_6284", "medical_report", "police_record", "court_document", "signed_consent", "id_copy")


def ensure_resources(session: Session) -> None:
    """The demo center's rooms and interpreters (made once)."""
    have_rooms = {x.name for x in calendar_setup.rooms(session, include_retired=True)}
    for name in ROOMS:
        if name not in have_rooms:
            calendar_setup.save_room(session, r.Room(name))
    have = {x.name for x in calendar_setup.interpreters(session, include_retired=True)}
    for name, languages in INTERPRETERS:
        if name not in have:
            calendar_setup.save_interpreter(session, r.Interpreter(name, languages, "0500 000 00 00 (demo)"))


class Planner:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today.toordinal()
        self.busy: set[tuple[str, int, int]] = set()  # (who, day ordinal, hour)

    def _slot(self, day: int, who: list[str], hours: int) -> int | None:
        """A start hour at which everyone in `who` is free for `hours` whole hours."""
        for hour in self.rng.sample(HOURS, len(HOURS)):
            if not any((w, day, h) in self.busy for w in who for h in range(hour, hour + hours)):
                return hour
        return None

    def appointments(self, rec: r.CaseRecord, working: bool, opened: int, last: int) -> list[r.Appointment]:
        """Past sessions between the case's opening and its last activity (a few missed or cancelled), and
        for a case still worked on, one or two in the coming two weeks."""
        rng = self.rng
        language = rec.client.interpreter_language
        speakers = [name for name, langs in INTERPRETERS if language in langs] if language else []
        days = sorted({rng.randint(opened, max(opened, min(last, self.today - 1))) for _ in range(rng.randint(0, 4))})
        if working:
            days += sorted({self.today + rng.choice((0, 0, 1, 2, 3, 5, 7, 9, 13)) for _ in range(rng.randint(1, 2))})
        out = []
        for day in days:
            room = rng.choice(ROOMS)
            interpreter = rng.choice(speakers) if speakers else ""
            who = [*rec.counselors, room, *([interpreter] if interpreter else [])]
            length = rng.choice((45, 50, 60, 60, 90))
            hours = -(-length // 60)
            hour = self._slot(day, who, hours)
            if hour is None:
                continue
            self.busy.update((w, day, h) for w in who for h in range(hour, hour + hours))
            on = date.fromordinal(day).isoformat()
            status, reason = "planned", ""
            if day < self.today:
                roll = rng.random()
                status = "attended" if roll < 0.78 else "no_show" if roll < 0.9 else "cancelled"
                reason = rng.choice(CANCEL_REASONS) if status == "cancelled" else ""
            end = hour * 60 + length
            kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
            out.append(r.Appointment(f"{on}T{hour:02d}:00", f"{on}T{end // 60:02d}:{end % 60:02d}", kind, status,
                                     list(rec.counselors), room, language if interpreter else None, interpreter,
                                     reason))
        return out

    def attach(self, session: Session, conn: Connection, case_id: int, rec: r.CaseRecord) -> int:
        """Small synthetic papers on about one case in six; returns how many were stored."""
        rng = self.rng
        if rng.random() > 0.16:
            return 0
        stored = 0
        for n in range(rng.randint(1, 2)):
            doc_type = rng.choice(DOC_TYPES)
            kind = rng.choice(("PDF", "PNG", "JPEG"))
            seed = rng.randint(0, 10**6)
            data = (text_pdf([f"DEMO - sentetik belge ({doc_type})", f"Dosya {rec.case_number}",
                              "Bu belge gerçek değildir."], pages=rng.randint(1, 3))
                    if kind == "PDF" else form_picture(seed, kind, (310, 438)))
            on = date.fromisoformat(rec.opened_on) + timedelta(days=rng.randint(0, 30))
            details = attachments.Details(doc_type, min(on, date.today()).isoformat(), f"Demo belge {n + 1}",
                                          never_export=rng.random() < 0.1)
            attachments.store(session, conn, case_id, data, media_type(data[:16]), details, "Demo Danışman")
            stored += 1
        return stored
