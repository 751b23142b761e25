"""After unlock: fix the figures of every month, quarter and year that ended and has none stored yet
(services/statistics.close_due_periods), in a worker, so that a closed period's report stays the same and
outlives the cases behind it. It never holds up work: the first time after an upgrade it may take a while,
and a failure only leaves a translated line in the status bar (it is tried again at the next unlock)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from ...services import statistics
from ...services.session import Session
from ..base.messages import error_text
from ..base.workers import Progress, run_in_worker


def close_past_periods(owner: QObject, session: Session, say: Callable[[str, int], None]) -> Progress:
    """Start the closing; `say(text, milliseconds)` gets a line to show for that long (0: until replaced)
    when it fixed something or failed. The returned
    Progress cancels it (a lock interrupts it anyway)."""
    job = Progress()

    def done(count: object) -> None:
        if isinstance(count, int) and count:
            say(QCoreApplication.translate("Reports", "The figures of %1 past period(s) were fixed for the reports.")
                .replace("%1", str(count)), 20000)

    def failed(exc: BaseException) -> None:
        say(QCoreApplication.translate("Reports", "The figures of past months could not be fixed: %1 It will be "
                                       "tried again at the next unlock.").replace("%1", error_text(exc)), 0)

    run_in_worker(owner, lambda: statistics.close_due_periods(session, job.report, job.cancelled), done, failed)
    return job
