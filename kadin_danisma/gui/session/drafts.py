"""Autosaving what is being typed: every editor that can hold unsaved work (the intake form, the note
editor) registers here; every few seconds, and once more just before a lock, whatever changed is written
encrypted into the vault through services.drafts. Nothing is ever written outside the vault.

An editor takes part by having these members (see DraftSource):
    draft_key: str          unique per form instance, e.g. "intake:<uuid>" or "note:<case id>:<uuid>"
    draft_kind: str         "intake" or "note"
    draft_case_id: int|None the case it belongs to, if any
    draft_state() -> dict | None   its current content as JSON-able values; None when there is nothing
                                   worth keeping (an empty form)
and calls keeper.forget(editor) when the real record is saved or the user discards her work.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer, Signal

from ...services import drafts
from ...services.session import Session

AUTOSAVE_MS = 3000


@runtime_checkable
class DraftSource(Protocol):
    draft_key: str
    draft_kind: str
    draft_case_id: int | None

    def draft_state(self) -> dict[str, Any] | None: ...


def new_key(prefix: str) -> str:
    return f"{prefix}:{uuid.uuid4().hex}"


class DraftKeeper(QObject):
    """Owned by the unlocked workspace; dies with it at lock (after its final flush)."""

    saved = Signal(int)  # number of drafts written in one pass (tests and the status line use it)
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None, interval_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.session = session
        self._sources: dict[str, DraftSource] = {}
        self._written: dict[str, str] = {}  # key -> the JSON last written, so unchanged drafts are skipped
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.flush)
        self.timer.start()

    def register(self, source: DraftSource, restored_from: dict[str, Any] | None = None) -> None:
        self._sources[source.draft_key] = source
        if restored_from is not None:
            self._written[source.draft_key] = json.dumps(restored_from, ensure_ascii=False, sort_keys=True)
        if isinstance(source, QObject):
            key = source.draft_key
            source.destroyed.connect(lambda *_: self._sources.pop(key, None))

    def forget(self, source: DraftSource, discard: bool = True) -> None:
        """The work was saved for real (or thrown away): stop keeping it and delete the stored draft."""
        key = source.draft_key
        self._sources.pop(key, None)
        had = self._written.pop(key, None)
        if discard and had is not None and self.session.is_open:
            drafts.discard_draft(self.session, key)

    def flush(self) -> int:
        """Write every draft whose content changed since the last pass. Small and local, so it runs on the
        GUI thread: a background write could race the lock that follows it."""
        if not self.session.is_open:
            return 0
        written = 0
        for key, source in list(self._sources.items()):
            try:
                state = source.draft_state()
            except RuntimeError:  # the widget was deleted under us
                self._sources.pop(key, None)
                continue
            if state is None:
                continue
            text = json.dumps(state, ensure_ascii=False, sort_keys=True)
            if self._written.get(key) == text:
                continue
            try:
                drafts.save_draft(self.session, key, source.draft_kind, state, source.draft_case_id)
            except Exception as exc:  # a failed autosave must not stop typing; it is shown
                self.failed.emit(exc)
                continue
            self._written[key] = text
            written += 1
        if written:
            self.saved.emit(written)
        return written

    def stop(self) -> None:
        self.timer.stop()


def describe(kind: str, payload: dict[str, Any], case_number: str = "") -> str:
    """One line naming a piece of unsaved work, for the question before it is thrown away: whose intake and
    what it holds, or which note in which case. Plain text; names are isolated by the caller's line."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate

    def text(part: object, key: str) -> str:
        value = part.get(key) if isinstance(part, dict) else None
        return value.strip() if isinstance(value, str) else ""

    if kind == "note":
        words = len(text(payload, "body").split())
        where = case_number or translate("Drafts", "a case")
        return translate("Drafts", "A note in %1 (%2 words)").replace("%1", where).replace("%2", str(words))
    client = payload.get("client")
    name = text(client, "full_name")
    held = []
    for key, label in (("children", translate("Drafts", "%1 child(ren)")),
                       ("perpetrators", translate("Drafts", "%1 perpetrator(s)"))):
        entries = payload.get(key)
        if isinstance(entries, list) and entries:
            held.append(label.replace("%1", str(len(entries))))
    intake = payload.get("intake")
    if text(intake, "presenting_request") or (isinstance(intake, dict) and intake.get("violence_types")):
        held.append(translate("Drafts", "the violence history"))
    risk = payload.get("risk")
    if isinstance(risk, dict) and risk.get("indicators"):
        held.append(translate("Drafts", "the risk checklist"))
    contact = payload.get("contact")
    if text(contact, "safe_phone") or text(contact, "address"):
        held.append(translate("Drafts", "how to reach her"))
    line = translate("Drafts", "The intake for %1").replace("%1", f"\u2068{name}\u2069") if name else \
        translate("Drafts", "An intake with no name yet")
    if held:
        line += translate("Drafts", " (with %1)").replace("%1", ", ".join(held))
    return line
