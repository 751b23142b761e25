"""Shared by tests/unit and tests/gui: fast (floor) KDF parameters for the whole session.

The floor is the production minimum (64 MiB, t=3, p=4); the variable only skips calibration upward.
"""

from __future__ import annotations

import os

os.environ["KADIN_DANISMA_SKIP_KDF_CALIBRATION"] = "1"
