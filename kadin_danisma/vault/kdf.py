"""Argon2id parameters: the floor (RFC 9106's second recommended option), the ceiling, and calibration.

Parameters outside [floor, ceiling] are refused before any derivation runs: a slot edited down to weak
parameters must not unlock, and one edited up to absurd ones must not hang the machine.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..domain.errors import KeySlotRejected

SALT_BYTES = 16
KEY_BYTES = 32
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
LANES = 4
CEILING_MEMORY_KIB = 1024 * 1024
CEILING_ITERATIONS = 20
CALIBRATION_TARGET_S = 0.5
# Calibration grows memory first (it is what makes GPU attacks costly) but stops at 128 MiB, then grows
# the number of passes. An attacker's cost per guess is about memory x passes, and so is our unlock time:
# at the same ~0.5 s, 128 MiB x 6 costs a cracking rig what 256 MiB x 3 does, while the app's peak memory
# stays under 300 MB (issue 7; docs/bench) and a 4 GiB shelter laptop keeps room to spare.
CALIBRATION_MAX_MEMORY_KIB = 128 * 1024

# Test suites and CI set this to skip the ~2 s calibration. It can only choose the floor, never go below.
SKIP_CALIBRATION_ENV = "KADIN_DANISMA_SKIP_KDF_CALIBRATION"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = LANES
    algorithm: str = "argon2id"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        if not isinstance(data, dict):
            raise KeySlotRejected("key slot has no KDF parameters")
        try:
            params = cls(
                memory_kib=int(data["memory_kib"]),
                iterations=int(data["iterations"]),
                lanes=int(data["lanes"]),
                algorithm=str(data["algorithm"]),
            )
        except (KeyError, TypeError, ValueError):
            raise KeySlotRejected("key slot KDF parameters are malformed") from None
        params.validate()
        return params

    def validate(self) -> None:
        # A hand-edited slot may carry "65536" or 65536.0: refuse it cleanly rather than fail in a comparison.
        if any(type(v) is not int for v in (self.memory_kib, self.iterations, self.lanes)):
            raise KeySlotRejected("key slot KDF parameters are malformed")
        if self.algorithm != "argon2id":
            raise KeySlotRejected("key slot uses an unsupported KDF")
        if self.lanes != LANES:
            raise KeySlotRejected("key slot KDF parallelism is not allowed")
        if not FLOOR_MEMORY_KIB <= self.memory_kib <= CEILING_MEMORY_KIB:
            raise KeySlotRejected("key slot KDF memory is outside the allowed range")
        if not FLOOR_ITERATIONS <= self.iterations <= CEILING_ITERATIONS:
            raise KeySlotRejected("key slot KDF passes are outside the allowed range")


FLOOR = KdfParams()


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    params.validate()
    if len(salt) != SALT_BYTES:
        raise KeySlotRejected("key slot salt has the wrong length")
    kdf = Argon2id(
        salt=salt, length=KEY_BYTES, iterations=params.iterations, lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def time_params(params: KdfParams, runs: int = 2) -> float:
    """Best of a few runs: a busy machine at calibration time should not weaken every future slot."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        derive(b"calibration", os.urandom(SALT_BYTES), params)
        best = min(best, time.perf_counter() - start)
    return best


def calibrate(target_s: float = CALIBRATION_TARGET_S) -> KdfParams:
    """The cheapest parameters at or above the floor that take about target_s on this machine."""
    if os.environ.get(SKIP_CALIBRATION_ENV) == "1":
        return FLOOR
    params = FLOOR
    elapsed = time_params(params)
    while elapsed < target_s * 0.9:
        if params.memory_kib * 2 <= CALIBRATION_MAX_MEMORY_KIB:
            params = KdfParams(memory_kib=params.memory_kib * 2, iterations=params.iterations)
            elapsed *= 2
        elif params.iterations < CEILING_ITERATIONS:
            grow = max(1, round(params.iterations * (target_s / elapsed - 1)))
            new_iterations = min(CEILING_ITERATIONS, params.iterations + grow)
            elapsed *= new_iterations / params.iterations
            params = KdfParams(memory_kib=params.memory_kib, iterations=new_iterations)
        elif params.memory_kib * 2 <= CEILING_MEMORY_KIB:
            # A very fast machine: passes are at their ceiling, so memory grows again (the time target
            # is the promise; such a machine has the memory to match).
            params = KdfParams(memory_kib=params.memory_kib * 2, iterations=params.iterations)
            elapsed *= 2
        else:
            break
        if elapsed >= target_s * 0.9:
            elapsed = time_params(params)  # confirm the estimate with a real run
    return params
