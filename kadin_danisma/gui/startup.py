"""A fast cold start: the unlock window appears first, the heavy modules load behind it.

Importing the workspace pulls in SQLCipher, cryptography, the services and Typst (for the PDF exports):
about three quarters of a cold start. None of that is needed to draw the unlock window, and she needs
seconds to type her password, so a background thread imports them meanwhile. Importing defines classes
only; no widget or connection is created off the GUI thread. If she is faster than the thread, the unlock
worker or the workspace simply waits on Python's import lock for the rest.
"""

from __future__ import annotations

import importlib
import threading

# In the order they are needed: the unlock worker first, then what the workspace shows.
PRELOAD = (
    "kadin_danisma.services.vault_service",
    "kadin_danisma.gui.workspace.workspace",
)

_started = False


def _preload() -> None:
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: S112 - the real import on the GUI thread reports it properly
            continue


def preload_in_background() -> None:
    """Start the import thread once per process (later calls do nothing)."""
    global _started
    if _started:
        return
    _started = True
    threading.Thread(target=_preload, name="preload", daemon=True).start()
