"""Labels of the KVKK codes (issue 19) in the interface language, the same on every screen: kinds of a woman's
request and their answers, the legal duties that keep a record, destruction methods and origins, why a woman
was skipped, the stages of a destruction (a stored time is shown with labels.when_text, as everywhere).

Every text is a literal `QCoreApplication.translate("KvkkLabels", …)` call: lupdate reads the calls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def request_kind(code: str) -> str:
    return {
        "access": QCoreApplication.translate("KvkkLabels", "access to her record"),
        "correction": QCoreApplication.translate("KvkkLabels", "correction"),
        "erasure": QCoreApplication.translate("KvkkLabels", "erasure"),
        "objection": QCoreApplication.translate("KvkkLabels", "objection"),
    }.get(code, code)


def request_state(status: str, outcome: str | None) -> str:
    if status == "in_destruction":
        return QCoreApplication.translate("KvkkLabels", "erasure waiting for a supervisor's approval")
    if status == "open":
        return QCoreApplication.translate("KvkkLabels", "waiting for an answer")
    return outcome_label(outcome or "")


def outcome_label(code: str) -> str:
    return {
        "record_given": QCoreApplication.translate("KvkkLabels", "answered: her record given"),
        "corrected": QCoreApplication.translate("KvkkLabels", "answered: corrected"),
        "correction_refused": QCoreApplication.translate(
            "KvkkLabels", "answered: not corrected (the record is accurate)"),
        "refused_legal_hold": QCoreApplication.translate("KvkkLabels", "refused: the record is on legal hold"),
        "refused_duty": QCoreApplication.translate("KvkkLabels", "refused: a legal duty to keep the record"),
        "objection_accepted": QCoreApplication.translate("KvkkLabels", "answered: objection accepted"),
        "objection_refused": QCoreApplication.translate("KvkkLabels", "answered: objection refused"),
        "erasure_proposed": QCoreApplication.translate("KvkkLabels", "erasure waiting for a supervisor's approval"),
    }.get(code, code)


def duty_basis(code: str) -> str:
    return {
        "court_proceedings": QCoreApplication.translate("KvkkLabels", "court proceedings are under way"),
        "active_protective_measure": QCoreApplication.translate("KvkkLabels", "a protective measure is in force"),
        "open_case": QCoreApplication.translate("KvkkLabels", "her case is still open"),
        "statutory_period": QCoreApplication.translate("KvkkLabels", "a statutory retention period has not ended"),
    }.get(code, code)


def method_label(code: str) -> str:
    return {
        "anonymize": QCoreApplication.translate("KvkkLabels", "anonymize"),
        "delete": QCoreApplication.translate("KvkkLabels", "delete"),
    }.get(code, code)


def origin_label(code: str) -> str:
    return {
        "periodic": QCoreApplication.translate("KvkkLabels", "periodic"),
        "request": QCoreApplication.translate("KvkkLabels", "her own request"),
    }.get(code, code)


def skipped_label(code: str) -> str:
    return {
        "legal_hold": QCoreApplication.translate("KvkkLabels", "legal hold"),
        "live": QCoreApplication.translate("KvkkLabels", "a case was reopened"),
        "not_due": QCoreApplication.translate("KvkkLabels", "not due any more"),
        "gone": QCoreApplication.translate("KvkkLabels", "no longer there"),
    }.get(code, code)


def stage_label(code: str) -> str:
    return {
        "statistics": QCoreApplication.translate("KvkkLabels", "Fixing the statistics of past months…"),
        "destroying": QCoreApplication.translate("KvkkLabels", "Destroying…"),
        "compacting": QCoreApplication.translate(
            "KvkkLabels", "Rewriting the vault file so no page keeps what was destroyed…"),
    }.get(code, code)

