"""One vocabulary entry (`Term`): shared by the vocabulary tables (vocabularies.py and its parts)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Term:
    """One vocabulary entry. `meta` is excluded from hashing (a dict is unhashable) but not from equality."""

    code: str
    tr: str
    en: str
    # A plain dict (not a MappingProxyType) so that json.dumps(term.meta) works; typed as Mapping so that
    # mypy rejects writes to the shared built-in terms.
    meta: Mapping[str, object] = field(default_factory=dict, hash=False)
