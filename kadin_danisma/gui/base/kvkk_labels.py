"""Labels of the KVKK codes (issue 19) in the interface language, the same on every screen: kinds of a woman's
request and their answers, the legal duties that keep a record, destruction methods and origins, why a woman
was skipped, the kinds of record a destruction counts; and a stored time shown in local time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("KvkkLabels", text)


def request_kind(code: str) -> str:
    return {"access": _t("access to her record"), "correction": _t("correction"), "erasure": _t("erasure"),
            "objection": _t("objection")}.get(code, code)


def request_state(status: str, outcome: str | None) -> str:
    if status == "in_destruction":
        return _t("erasure waiting for a supervisor's approval")
    if status == "open":
        return _t("waiting for an answer")
    return outcome_label(outcome or "")


def outcome_label(code: str) -> str:
    return {
        "record_given": _t("answered: her record given"),
        "corrected": _t("answered: corrected"),
        "correction_refused": _t("answered: not corrected (the record is accurate)"),
        "refused_legal_hold": _t("refused: the record is on legal hold"),
        "refused_duty": _t("refused: a legal duty to keep the record"),
        "objection_accepted": _t("answered: objection accepted"),
        "objection_refused": _t("answered: objection refused"),
        "erasure_proposed": _t("erasure waiting for a supervisor's approval"),
    }.get(code, code)


def duty_basis(code: str) -> str:
    return {
        "court_proceedings": _t("court proceedings are under way"),
        "active_protective_measure": _t("a protective measure is in force"),
        "open_case": _t("her case is still open"),
        "statutory_period": _t("a statutory retention period has not ended"),
    }.get(code, code)


def method_label(code: str) -> str:
    return {"anonymize": _t("anonymize"), "delete": _t("delete")}.get(code, code)


def origin_label(code: str) -> str:
    return {"periodic": _t("periodic"), "request": _t("her own request")}.get(code, code)


def skipped_label(code: str) -> str:
    return {"legal_hold": _t("legal hold"), "live": _t("a case was reopened"), "not_due": _t("not due any more"),
            "gone": _t("no longer there")}.get(code, code)


def stage_label(code: str) -> str:
    return {"statistics": _t("Fixing the statistics of past months…"), "destroying": _t("Destroying…"),
            "compacting": _t("Rewriting the vault file so no page keeps what was destroyed…")}.get(code, code)


def local_time(at: str | None) -> str:
    """A stored time (UTC, ISO) as this computer's local "YYYY-MM-DD HH:MM"."""
    if not at:
        return ""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at[:16].replace("T", " ")
