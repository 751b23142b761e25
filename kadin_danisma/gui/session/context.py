"""What every page of the unlocked workspace shares: the session, vocabulary labels, privacy mode, the
draft keeper and the center's province. Made at unlock, dropped at lock with the workspace."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from ...services import settings
from ...services.session import Session
from ..base.labels import Labels
from .drafts import DraftKeeper
from .privacy import Privacy


@dataclass
class Context:
    session: Session
    labels: Labels
    privacy: Privacy
    drafts: DraftKeeper
    province: str = ""  # the center's province (plate number): which districts the intake offers

    @classmethod
    def create(cls, session: Session, owner: QObject, autosave_ms: int | None = None) -> Context:
        keeper = DraftKeeper(session, owner) if autosave_ms is None else DraftKeeper(session, owner, autosave_ms)
        return cls(session, Labels.load(session), Privacy(owner), keeper, settings.province(session))
