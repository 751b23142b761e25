"""The case summary for supervision: every part of one CaseRecord, structured, in Turkish or English.

The section builders here (`CaseWriter`) are shared with the client record (KVKK access request), which
prints each case the same way plus the notes' revision history. They build *blocks*: plain dicts (a heading,
"label: value" facts, a table of facts with a header row, a titled entry, a block of text) that kd.typ's
`blocks` prints. Every value is passed as data, never as markup; labels of codes come from the
vocabularies or the vault's own terms.

A shelter appears by name only: a placement carries no address, and none is looked up here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..domain import records as r
from ..domain.vocabularies import Kind, label
from . import engine, support_sections
from .labels import TEXTS, count_text, date_text, lang_of, text, time_text, yes_no
from .models import SummaryData, VocabLabels
from .plain import clean, page_labels

__all__ = ["CaseWriter", "data_for", "render"]

Block = dict[str, Any]
Pairs = Iterable[tuple[str, str | None]]
_INLINE_MAX = 160
"""A value longer than this (or with a line break) is printed as a block under its label, not in a grid."""


def _short(value: str) -> bool:
    return len(value) <= _INLINE_MAX and "\n" not in value


class CaseWriter:
    """Builds the blocks of one case's sections in one language. `level` is the heading level of a section
    (2 in a summary, 3 under a case heading in a client record); an entry's title is one level below."""

    def __init__(self, lang: str, vocab: VocabLabels | None = None, level: int = 2) -> None:
        self.lang = lang_of(lang)
        self.vocab: VocabLabels = vocab or {}
        self.level = level

    # -- words --------------------------------------------------------------------------------------

    def t(self, key: str) -> str:
        return text(key, self.lang)

    def t_or(self, key: str, fallback: str) -> str:
        """The template string `key` if there is one, else `fallback` (a code nobody labelled yet)."""
        return text(key, self.lang) if key in TEXTS else fallback

    def date(self, value: str | None) -> str:
        return date_text(value, self.lang)

    def when(self, value: str | None) -> str:
        return time_text(value, self.lang)

    def code(self, kind: Kind, code: str | None) -> str:
        if not code:
            return ""
        custom = self.vocab.get(kind.value, {}).get(code)
        return custom if custom else label(kind, code, self.lang)

    def codes(self, kind: Kind, codes: Iterable[str]) -> str:
        return ", ".join(self.code(kind, c) for c in codes if c)

    def sex(self, code: str, child: bool = False) -> str:
        if child and code in ("female", "male"):
            return self.t(f"child_sex_{code}")
        return self.t_or(f"sex_{code}", code)

    # -- blocks -----------------------------------------------------------------------------------------

    def text_block(self, value: str, style: str = "body") -> Block:
        """Template or user text, printed as typed ("body", "small" or "alert")."""
        return {"kind": "text", "text": clean(value), "style": style}

    def heading(self, key: str, level: int | None = None) -> Block:
        return {"kind": "heading", "level": level or self.level, "text": self.t(key)}

    def facts(self, pieces: Sequence[tuple[str, str]]) -> list[list[str]]:
        """The pieces that have a value, as [label, value] pairs (printed "label: value · label: value")."""
        return [[self.t(k), clean(v)] for k, v in pieces if v]

    def entry(self, title: Sequence[str], facts: Sequence[list[list[str]]], rest: list[Block],
              revision: bool = False) -> list[Block]:
        """A titled entry (a heading one level below the section's): its facts as small lines, then the rest."""
        return [{"kind": "entry", "level": self.level + 1 + (1 if revision else 0),
                 "title": [clean(p) for p in title if p], "facts": [f for f in facts if f], "body": rest,
                 "indent": revision}]

    def field(self, key: str, value: str | None) -> list[Block]:
        """label: value, or the label over a text block for long text; nothing for an empty value."""
        if value is None or not value.strip():
            return []
        return [{"kind": "field", "label": self.t(key), "text": clean(value)}]

    def fields(self, pairs: Pairs) -> list[Block]:
        out: list[Block] = []
        for key, value in pairs:
            out += self.field(key, value)
        return out

    def grid(self, pairs: Pairs) -> list[Block]:
        """Short values two to a row (compact); long ones after the grid, each under its label."""
        short: list[list[str]] = []
        long: list[tuple[str, str]] = []
        for key, value in pairs:
            if value is None or not value.strip():
                continue
            if _short(value):
                short.append([self.t(key), clean(value)])
            else:
                long.append((key, value))
        out: list[Block] = [{"kind": "facts", "rows": short}] if short else []
        return out + self.fields(long)

    def table(self, pairs: Pairs) -> list[Block]:
        """Facts as a table with a header row ("what | value"): the case's key facts."""
        rows = [[self.t(key), clean(value)] for key, value in pairs if value and value.strip()]
        return [{"kind": "facts-table", "header": [self.t("item"), self.t("value")], "rows": rows}] if rows else []

    def flag(self, key: str, value: bool) -> tuple[str, str]:
        """A yes/no fact, shown only when true (absent facts stay out of the way)."""
        return (key, yes_no(True, self.lang) if value else "")

    def body(self, value: str) -> list[Block]:
        return [self.text_block(value)] if value else []

    def section(self, key: str, entries: list[list[Block]]) -> list[Block]:
        out: list[Block] = [self.heading(key)]
        if not entries:
            out.append(self.text_block(self.t("none_recorded"), "small"))
        for entry in entries:
            out += entry
        return out

    def withheld(self, n: int) -> Block:
        return self.text_block(count_text("withheld", n, self.lang), "alert")

    def history_line(self, when: str, what: str, before: str, after: str, by: str, comment: str) -> list[Block]:
        """One history line: "when · what · before → after · by", then the comment (user text) under it."""
        change = f"{before} → {after}" if before else after
        line = " · ".join(clean(p) for p in (when, what, change, by) if p)
        return [self.text_block(line, "small")] + ([self.text_block(comment, "small")] if comment else [])

    # -- sections -----------------------------------------------------------------------------------

    def case_facts(self, rec: r.CaseRecord, extra: Pairs = ()) -> list[Block]:
        return self.table([
            ("case_number", rec.case_number),
            ("status", self.code(Kind.CASE_STATUS, rec.status)),
            ("opened_on", self.date(rec.opened_on)),
            ("closed_on", self.date(rec.closed_on)),
            ("risk_level", self.code(Kind.RISK_LEVEL, rec.risk_level)),
            ("counselors", ", ".join(rec.counselors)),
            *extra,
        ])

    def client(self, c: r.Client) -> list[Block]:
        born = self.date(c.birth_date) if c.birth_date else (str(c.birth_year) if c.birth_year else "")
        return self.grid([
            ("full_name", c.full_name),
            ("client_code", c.client_code),
            ("birth_date" if c.birth_date else "birth_year", born),
            ("nationality", c.nationality),
            ("migrant_status", self.code(Kind.MIGRANT_STATUS, c.migrant_status)),
            ("languages", self.codes(Kind.INTERPRETER_LANGUAGE, c.languages)),
            ("interpreter_need", self.code(Kind.INTERPRETER_LANGUAGE, c.interpreter_language)),
            ("marital_status", self.code(Kind.MARITAL_STATUS, c.marital_status)),
            ("education", self.code(Kind.EDUCATION, c.education)),
            ("employment", self.code(Kind.EMPLOYMENT, c.employment)),
            ("income", c.income),
            ("disability_needs", c.disability_needs),
        ])

    def safe_contact(self, s: r.SafeContact) -> list[Block]:
        rows: list[Block] = []
        if s.never_call_home:
            rows.append(self.text_block(self.t("never_call_home"), "alert"))
        rows += self.fields([
            ("safe_phone", s.safe_phone),
            ("safe_contact_times", s.safe_contact_times),
            ("code_word", s.code_word),
            ("safe_contact_notes", s.safe_contact_notes),
            ("address", s.address),
        ])
        return self.section("sec_safe_contact", [rows] if rows else [])

    def children(self, children: list[r.Child]) -> list[Block]:
        return self.section("sec_children", [
            self.entry([ch.name, str(ch.birth_year or ""), self.sex(ch.sex, child=True)],
                       [self.facts([self.flag("accompanying", ch.accompanying), ("school", ch.school)])],
                       self.fields([("concerns", self.codes(Kind.CHILD_CONCERN, ch.concerns)), ("needs", ch.needs)]))
            for ch in children
        ])

    def intake(self, it: r.Intake | None) -> list[Block]:
        if it is None:
            return self.section("sec_intake", [])
        return self.section("sec_intake", [self.grid([
            ("intake_date", self.date(it.intake_date)),
            ("channel", self.code(Kind.INTAKE_CHANNEL, it.channel)),
            ("referred_by", it.referred_by),
            ("last_incident", self.date(it.last_incident)),
            ("frequency", it.frequency),
            self.flag("prior_police", it.prior_police),
            self.flag("prior_court", it.prior_court),
        ]) + self.fields([
            ("violence_types", self.codes(Kind.VIOLENCE_TYPE, it.violence_types)),
            ("immediate_needs", self.codes(Kind.IMMEDIATE_NEED, it.immediate_needs)),
            ("prior_contact_notes", it.prior_contact_notes),
            ("presenting_request", it.presenting_request),
        ])])

    def perpetrators(self, people: list[r.Perpetrator]) -> list[Block]:
        return self.section("sec_perpetrators", [
            self.entry([self.code(Kind.PERPETRATOR_RELATIONSHIP, p.relationship), p.name, self.sex(p.sex)],
                       [self.facts([self.flag("lives_with_client", p.lives_with_client),
                                    self.flag("weapon_access", p.weapon_access)])],
                       self.fields([("notes_field", p.notes)]))
            for p in people
        ])

    def risks(self, risks: list[r.RiskAssessment]) -> list[Block]:
        return self.section("sec_risk", [
            self.entry([self.date(a.assessed_on), self.code(Kind.RISK_LEVEL, a.level)],
                       [self.facts([("suggested_level", self.code(Kind.RISK_LEVEL, a.suggested_level)),
                                    ("assessor", a.assessor)])],
                       self.fields([("indicators", self.codes(Kind.RISK_INDICATOR, a.indicators)),
                                    ("reason", a.reason)]))
            for a in risks
        ])

    def safety_plans(self, plans: list[r.SafetyPlan]) -> list[Block]:
        return self.section("sec_safety_plans", [
            self.entry([self.date(plan.reviewed_on)], [self.facts([("reviewer", plan.reviewer)])],
                       self.fields([("plan_items", self.codes(Kind.SAFETY_PLAN_ITEM, plan.items)),
                                    ("plan_text", plan.free_text)]))
            for plan in plans
        ])

    def _note_facts(self, duration: int | None, present: bool, language: str | None, interpreter: str,
                    author: str, never_export: bool, version: str = "") -> list[list[list[str]]]:
        who = ""
        if present:
            who = ", ".join(x for x in (self.code(Kind.INTERPRETER_LANGUAGE, language), interpreter) if x)
            who = who or yes_no(True, self.lang)
        minutes = self.t("minutes").format(n=duration) if duration else ""
        facts = [self.facts([("duration", minutes), ("interpreter", who), ("author", author), ("version", version)])]
        return facts + ([[["", self.t("never_export_flag")]]] if never_export else [])

    def notes(self, notes: list[r.Note], *, revisions: bool, withheld: int = 0) -> list[Block]:
        entries = []
        for n in notes:
            entry = self.entry([self.date(n.note_date), self.code(Kind.NOTE_TYPE, n.note_type)],
                               self._note_facts(n.duration_minutes, n.interpreter_present, n.interpreter_language,
                                                n.interpreter_name, n.author, n.never_export,
                                                str(n.version) if revisions and n.revisions else ""),
                               self.body(n.body))
            if revisions and n.revisions:
                entry += self.revisions(n.revisions)
            entries.append(entry)
        out = self.section("sec_notes", entries)
        if withheld:
            out.insert(1, self.withheld(withheld))
        return out

    def revisions(self, revisions: list[r.NoteRevision]) -> list[Block]:
        """A note's earlier versions, newest first, each in full."""
        out: list[Block] = [self.text_block(self.t("revisions"), "label")]
        for v in sorted(revisions, key=lambda x: x.version, reverse=True):
            facts = [self.facts([("replaced_at", self.when(v.replaced_at)), ("replaced_by", v.replaced_by)])]
            facts += self._note_facts(v.duration_minutes, v.interpreter_present, v.interpreter_language,
                                      v.interpreter_name, "", v.never_export)
            body = self.body(v.body)
            out += self.entry([self.t("revision_heading").format(n=v.version), self.date(v.note_date),
                               self.code(Kind.NOTE_TYPE, v.note_type)], facts, body, revision=True)
        return out

    def referrals(self, referrals: list[r.Referral]) -> list[Block]:
        entries = []
        for ref in referrals:
            facts = [
                self.facts([("institution_type", self.code(Kind.INSTITUTION_TYPE, ref.institution_type)),
                            ("city", ref.institution_city)]),
                self.facts([("created_on", self.date(ref.created_on)), ("sent_on", self.date(ref.sent_on)),
                            ("responded_on", self.date(ref.responded_on)),
                            ("concluded_on", self.date(ref.closed_on))]),
            ]
            rest = self.fields([
                ("referral_reason", ref.reason),
                ("requested_service", ref.requested_service),
                ("consent_override_reason", ref.consent_override_reason),
                ("rejection_reason", ref.rejection_reason),
                ("outcome", ref.outcome),
            ])
            if ref.events:
                rest.append(self.text_block(self.t("events"), "label"))
                for ev in ref.events:
                    rest += self.history_line(self.date(ev.on_date), "",
                                              self.code(Kind.REFERRAL_STATUS, ev.from_status),
                                              self.code(Kind.REFERRAL_STATUS, ev.to_status), ev.by, ev.comment)
            entries.append(self.entry([ref.institution, self.code(Kind.REFERRAL_STATUS, ref.status)], facts, rest))
        return self.section("sec_referrals", entries)

    def placements(self, placements: list[r.Placement]) -> list[Block]:
        return self.section("sec_placements", [
            self.entry([p.shelter, self.code(Kind.PLACEMENT_STATUS, p.status)],
                       [self.facts([("requested_on", self.date(p.requested_on)), ("placed_on", self.date(p.placed_on)),
                                    ("ended_on", self.date(p.ended_on))]),
                        self.facts([self.flag("transferred", p.transferred_from is not None),
                                    self.flag("age_flag", p.age_flag)])],
                       self.fields([
                           ("exit_reason", self.code(Kind.PLACEMENT_EXIT_REASON, p.exit_reason)),
                           ("children_with_her", ", ".join(p.children)),
                           ("capacity_override_reason", p.capacity_override_reason),
                       ]))
            for p in placements
        ])

    def measures(self, measures: list[r.Measure]) -> list[Block]:
        entries = []
        for m in measures:
            facts = [
                self.facts([("authority", self.code(Kind.MEASURE_AUTHORITY, m.authority)),
                            ("decision_date", self.date(m.decision_date)), ("court_file_no", m.court_file_no)]),
                self.facts([("start_date", self.date(m.start_date)), ("end_date", self.date(m.end_date))]),
                support_sections.measure_facts(self, m),
            ]
            rest = self.fields([("notes_field", m.notes)])
            if m.violations:
                rest.append(self.text_block(self.t("violations"), "label"))
                for v in m.violations:
                    rest.append({"kind": "facts-line", "facts": self.facts([
                        ("violation_date", self.date(v.violation_date)), ("reported_to", v.reported_to)])})
                    rest += [self.text_block(v.description, "small")] if v.description else []
            entries.append(self.entry([self.code(Kind.MEASURE_TYPE, m.measure_type),
                                       self.code(Kind.MEASURE_STATUS, m.status)], facts, rest))
        return self.section("sec_measures", entries)

    def consents(self, consents: list[r.Consent]) -> list[Block]:
        return self.section("sec_consents", [
            self.entry([self.code(Kind.CONSENT_KIND, c.kind), c.institution or ""],
                       [self.facts([("given_on", self.date(c.given_on)), ("text_version", c.version),
                                    ("withdrawn_on", self.date(c.withdrawn_on))])],
                       self.fields([("notes_field", c.notes)]))
            for c in consents
        ])

    def follow_ups(self, follow_ups: list[r.FollowUp]) -> list[Block]:
        return self.section("sec_follow_ups", [
            self.entry([self.date(f.due_on)],
                       [self.facts([("done_on", self.date(f.done_on) if f.done_on else self.t("not_done"))])],
                       self.fields([("purpose", f.purpose)]))
            for f in follow_ups
        ])

    def closures(self, requests: list[r.ClosureRequest]) -> list[Block]:
        return self.section("sec_closure", [
            self.entry([self.when(q.requested_at), self.code(Kind.CLOSURE_REASON, q.reason),
                        self.t_or(f"closure_{q.status}", q.status)],
                       [self.facts([("requested_by", q.requested_by)]),
                        self.facts([("decided_at", self.when(q.decided_at)), ("decided_by", q.decided_by)])],
                       self.fields([("checklist", self.codes(Kind.CLOSURE_CHECKLIST, q.checklist)),
                                    ("closure_summary", q.summary), ("comment", q.comment)]))
            for q in requests
        ])

    def status_history(self, history: list[r.StatusChange]) -> list[Block]:
        entries = [
            self.history_line(self.when(ch.at), self.t_or(f"event_{ch.event}", ch.event),
                              self.code(Kind.CASE_STATUS, ch.from_status), self.code(Kind.CASE_STATUS, ch.to_status),
                              ch.by, ch.comment)
            for ch in history
        ]
        return self.section("sec_status_history", entries)

    def case_body(self, rec: r.CaseRecord, *, revisions: bool, withheld: int = 0) -> list[Block]:
        """Every section of a case after the client's own data, in the order of the case's life."""
        return [
            *self.children(rec.children),
            *self.intake(rec.intake),
            *self.perpetrators(rec.perpetrators),
            *self.risks(rec.risk_assessments),
            *self.safety_plans(rec.safety_plans),
            *self.notes(rec.notes, revisions=revisions, withheld=withheld),
            *self.referrals(rec.referrals),
            *self.placements(rec.placements),
            *self.measures(rec.measures),
            *support_sections.aid(self, rec.aid),
            *support_sections.employment(self, rec.employment),
            *support_sections.court_cases(self, rec.court_cases),
            *self.consents(rec.consents),
            *self.follow_ups(rec.follow_ups),
            *self.closures(rec.closure_requests),
            *self.status_history(rec.status_history),
        ]


def data_for(data: SummaryData) -> dict[str, Any]:
    """What the template gets: the title and the blocks of every section. Notes flagged never-export are
    left out even if still present, and counted."""
    w = CaseWriter(data.lang, data.vocab_labels)
    rec = data.record
    kept = [n for n in rec.notes if not n.never_export]
    withheld = data.withheld_notes + (len(rec.notes) - len(kept))
    body: list[Block] = [
        w.text_block(w.t("summary_purpose"), "small"),
        *w.case_facts(rec, [("generated_on", w.when(data.generated_on)), ("generated_by", data.generated_by)]),
    ]
    if withheld:
        body.append(w.withheld(withheld))
    body += [w.heading("sec_client"), *w.client(rec.client)]
    body += w.safe_contact(rec.client.safe_contact)
    body += w.case_body(replace(rec, notes=kept), revisions=False, withheld=withheld)
    return {
        "lang": w.lang,
        "title": w.t("summary_title"),
        "center_name": clean(data.center_name),
        "letterhead": [clean(line) for line in data.letterhead_lines if line.strip()],
        "reference": clean(rec.case_number),
        "labels": page_labels(w.lang),
        "body": body,
    }


def render(data: SummaryData, *, archive: bool = False) -> bytes:
    """The case summary as PDF bytes (PDF/UA-1; PDF/A-2a as well when `archive`)."""
    return engine.render("case-summary", data_for(data), archive=archive)
