"""Vocabulary labels for the interface language: codes are stored, labels are shown.

Loaded once when the workspace opens (one small query) and dropped with it at lock.
"""

from __future__ import annotations

from collections import defaultdict

from ...services import vocab
from ...services.session import Session
from .preferences import current_language


class Labels:
    def __init__(self, terms: list[vocab.VocabTerm], language: str) -> None:
        self.language = language
        self._by_kind: dict[str, list[vocab.VocabTerm]] = defaultdict(list)
        for term in terms:
            self._by_kind[term.kind].append(term)
        self._label = {(t.kind, t.code): t.label(language) for t in terms}

    @classmethod
    def load(cls, session: Session) -> Labels:
        return cls(vocab.all_terms(session), current_language())

    def label(self, kind: str, code: str | None) -> str:
        """The label of a code; an unknown code is shown as itself (never hidden), None as ''."""
        if code is None:
            return ""
        return self._label.get((kind, code), code)

    def labels(self, kind: str, codes: list[str]) -> str:
        return ", ".join(self.label(kind, c) for c in codes)

    def choices(self, kind: str, include_retired: bool = False) -> list[tuple[str, str]]:
        """(code, label) pairs in the vocabulary's order, for combo boxes and check lists."""
        return [(t.code, t.label(self.language)) for t in self._by_kind.get(kind, [])
                if include_retired or t.active]

    def meta(self, kind: str, code: str) -> dict[str, object]:
        for t in self._by_kind.get(kind, []):
            if t.code == code:
                return dict(t.meta)
        return {}
