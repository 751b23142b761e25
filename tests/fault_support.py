"""The fault suite's two knobs: how many iterations a loop runs, and the tally the report is built from.

`make test` runs every fault test at its quick size; `make faults` sets KD_FAULTS=full and runs only the tests
marked `faults`, at full size, then prints (and writes to docs/faults/) how many iterations ran, how many
faults were injected and how many committed rows were checked afterwards.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def full() -> bool:
    return os.environ.get("KD_FAULTS", "") == "full"


def scale(quick: int, full_size: int) -> int:
    """Iterations for a loop: `quick` inside `make test`, `full_size` under `make faults`."""
    return full_size if full() else quick


@dataclass
class Tally:
    kind: str
    iterations: int = 0
    faults: int = 0
    rows_verified: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class FaultLog:
    """Filled by the tests through the `fault_log` fixture; read by the report at the end of the run."""

    tallies: dict[str, Tally] = field(default_factory=dict)

    def record(self, kind: str, *, iterations: int = 0, faults: int = 0, rows_verified: int = 0,
               note: str = "") -> None:
        tally = self.tallies.setdefault(kind, Tally(kind))
        tally.iterations += iterations
        tally.faults += faults
        tally.rows_verified += rows_verified
        if note:
            tally.notes.append(note)


LOG = FaultLog()
