"""The case summary for supervision: every part of one CaseRecord, structured, in Turkish or English.

The section builders here (`CaseWriter`) are shared with the client record (KVKK access request), which
prints each case the same way plus the notes' revision history. Every piece of text, user-supplied or
template, goes through `text.markup`/`text.paragraph`/`text.label_value` (escaping, bidi, per-glyph font
fallback); labels of codes come from the vocabularies or the vault's own terms.

A shelter appears by name only: a placement carries no address, and none is looked up here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain import records as r
from ..domain.vocabularies import Kind, label
from . import fonts, layout
from . import text as rich
from .labels import TEXTS, count_text, date_text, lang_of, text, time_text, yes_no
from .models import SummaryData, VocabLabels

__all__ = ["CaseWriter", "render"]

# A value longer than this (or with a line break) is printed as a block under its label, not beside it;
# only such short values go into the two-column grid (a table row cannot split across pages).
_INLINE_MAX = 160
_REV_INDENT = 14

Pairs = Iterable[tuple[str, str | None]]


def _short(value: str) -> bool:
    return len(value) <= _INLINE_MAX and "\n" not in value


class CaseWriter:
    """Builds the flowables of one case's sections in one language.

    Page-break rules: section headings, entry titles and block labels keep with what follows (reportlab's
    keepWithNext); an entry's facts are one small paragraph under its title, so they travel together.
    """

    def __init__(self, lang: str, vocab: VocabLabels | None = None, base_size: int = 10) -> None:
        fonts.register()
        self.lang = lang_of(lang)
        self.vocab: VocabLabels = vocab or {}
        self.st: dict[str, ParagraphStyle] = rich.styles(base_size)
        body, small = self.st["body"], self.st["small"]
        self.h2 = ParagraphStyle("kd_h2", parent=self.st["h2"], keepWithNext=1)
        self.h3 = ParagraphStyle("kd_h3", parent=body, fontName=fonts.BOLD, spaceBefore=7, spaceAfter=1,
                                 keepWithNext=1)
        self.block_label = ParagraphStyle("kd_block_label", parent=self.st["label"], spaceAfter=1, keepWithNext=1)
        self.meta = ParagraphStyle("kd_meta", parent=small, spaceAfter=3, textColor=HexColor("#333333"))
        self.sub = ParagraphStyle("kd_sub", parent=small, fontName=fonts.BOLD, spaceBefore=2, keepWithNext=1)
        self.indented = ParagraphStyle("kd_indented", parent=small, leftIndent=12)
        self.alert = ParagraphStyle("kd_alert", parent=body, fontName=fonts.BOLD, textColor=HexColor("#9b1c1c"),
                                    spaceBefore=2, spaceAfter=4)
        # a note's earlier versions sit indented under it
        self.rev_h3 = ParagraphStyle("kd_rev_h3", parent=self.h3, leftIndent=_REV_INDENT, fontSize=body.fontSize - 1)
        self.rev_meta = ParagraphStyle("kd_rev_meta", parent=self.meta, leftIndent=_REV_INDENT)
        self.rev_body = ParagraphStyle("kd_rev_body", parent=body, leftIndent=_REV_INDENT,
                                       textColor=HexColor("#333333"))
        self.sep = rich.markup(" · ")

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

    # -- flowables ----------------------------------------------------------------------------------

    def para(self, value: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
        """One short line of text (template or user) as a paragraph."""
        return Paragraph(rich.markup(value, bold=bold), style)

    def heading(self, key: str) -> Paragraph:
        return self.para(self.t(key), self.h2, bold=True)

    def facts(self, pieces: Sequence[tuple[str, str]]) -> str:
        """Markup "label: value · label: value" for the pieces that have a value ("" if none)."""
        shown = [f"{rich.markup(self.t(k) + ':')} {rich.markup(v)}" for k, v in pieces if v]
        return self.sep.join(shown)

    def entry(self, title: Sequence[str], facts: Sequence[str], rest: list[Flowable],
              revision: bool = False) -> list[Flowable]:
        """A bold title from pieces (each marked up on its own), its facts as one small paragraph of
        lines, then the rest (fields, text)."""
        title_style, meta_style = (self.rev_h3, self.rev_meta) if revision else (self.h3, self.meta)
        out: list[Flowable] = [Paragraph(self.sep.join(rich.markup(p, bold=True) for p in title if p), title_style)]
        lines = [f for f in facts if f]
        if lines:
            out.append(Paragraph("<br/>".join(lines), meta_style))
        return out + rest

    def field(self, key: str, value: str | None) -> list[Flowable]:
        """label: value, or the label over a text block for long text; nothing for an empty value."""
        if value is None or not value.strip():
            return []
        if _short(value):
            return [rich.label_value(self.t(key), value, self.st)]
        return [self.para(self.t(key), self.block_label, bold=True), *rich.paragraph(value, self.st["body"])]

    def fields(self, pairs: Pairs) -> list[Flowable]:
        out: list[Flowable] = []
        for key, value in pairs:
            out += self.field(key, value)
        return out

    def grid(self, pairs: Pairs) -> list[Flowable]:
        """Short values two to a row (compact); long ones after the grid, each under its label."""
        short: list[Flowable] = []
        long: list[tuple[str, str]] = []
        for key, value in pairs:
            if value is None or not value.strip():
                continue
            if _short(value):
                short.append(rich.label_value(self.t(key), value, self.st))
            else:
                long.append((key, value))
        out: list[Flowable] = []
        if short:
            cells: list[list[Flowable | str]] = [
                [short[i], short[i + 1] if i + 1 < len(short) else ""] for i in range(0, len(short), 2)
            ]
            table = Table(cells, colWidths=["50%", "50%"], hAlign="LEFT")
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]))
            out.append(table)
        return out + self.fields(long)

    def flag(self, key: str, value: bool) -> tuple[str, str]:
        """A yes/no fact, shown only when true (absent facts stay out of the way)."""
        return (key, yes_no(True, self.lang) if value else "")

    def body(self, value: str) -> list[Flowable]:
        return rich.paragraph(value, self.st["body"]) if value else []

    def section(self, key: str, entries: list[list[Flowable]]) -> list[Flowable]:
        out: list[Flowable] = [self.heading(key)]
        if not entries:
            out.append(self.para(self.t("none_recorded"), self.st["small"]))
        for entry in entries:
            out += entry
        return out

    def withheld(self, n: int) -> Paragraph:
        return self.para(count_text("withheld", n, self.lang), self.alert, bold=True)

    def history_line(self, when: str, what: str, before: str, after: str, by: str, comment: str) -> list[Flowable]:
        """One history line: "when · what · before → after · by", then the comment (user text) under it."""
        change = f"{before} → {after}" if before else after
        parts = [rich.markup(p) for p in (when, what, change, by) if p]
        out: list[Flowable] = [Paragraph(self.sep.join(parts), self.st["small"])]
        return out + (rich.paragraph(comment, self.indented) if comment else [])

    # -- sections -----------------------------------------------------------------------------------

    def case_facts(self, rec: r.CaseRecord, extra: Pairs = ()) -> list[Flowable]:
        return self.grid([
            ("case_number", rec.case_number),
            ("status", self.code(Kind.CASE_STATUS, rec.status)),
            ("opened_on", self.date(rec.opened_on)),
            ("closed_on", self.date(rec.closed_on)),
            ("risk_level", self.code(Kind.RISK_LEVEL, rec.risk_level)),
            ("counselors", ", ".join(rec.counselors)),
            *extra,
        ])

    def client(self, c: r.Client) -> list[Flowable]:
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

    def safe_contact(self, s: r.SafeContact) -> list[Flowable]:
        rows: list[Flowable] = []
        if s.never_call_home:
            rows.append(self.para(self.t("never_call_home"), self.alert, bold=True))
        rows += self.fields([
            ("safe_phone", s.safe_phone),
            ("safe_contact_times", s.safe_contact_times),
            ("code_word", s.code_word),
            ("safe_contact_notes", s.safe_contact_notes),
            ("address", s.address),
        ])
        return self.section("sec_safe_contact", [rows] if rows else [])

    def children(self, children: list[r.Child]) -> list[Flowable]:
        return self.section("sec_children", [
            self.entry([ch.name, str(ch.birth_year or ""), self.sex(ch.sex, child=True)],
                       [self.facts([self.flag("accompanying", ch.accompanying), ("school", ch.school)])],
                       self.fields([("concerns", self.codes(Kind.CHILD_CONCERN, ch.concerns)), ("needs", ch.needs)]))
            for ch in children
        ])

    def intake(self, it: r.Intake | None) -> list[Flowable]:
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

    def perpetrators(self, people: list[r.Perpetrator]) -> list[Flowable]:
        return self.section("sec_perpetrators", [
            self.entry([self.code(Kind.PERPETRATOR_RELATIONSHIP, p.relationship), p.name, self.sex(p.sex)],
                       [self.facts([self.flag("lives_with_client", p.lives_with_client),
                                    self.flag("weapon_access", p.weapon_access)])],
                       self.fields([("notes_field", p.notes)]))
            for p in people
        ])

    def risks(self, risks: list[r.RiskAssessment]) -> list[Flowable]:
        return self.section("sec_risk", [
            self.entry([self.date(a.assessed_on), self.code(Kind.RISK_LEVEL, a.level)],
                       [self.facts([("suggested_level", self.code(Kind.RISK_LEVEL, a.suggested_level)),
                                    ("assessor", a.assessor)])],
                       self.fields([("indicators", self.codes(Kind.RISK_INDICATOR, a.indicators)),
                                    ("reason", a.reason)]))
            for a in risks
        ])

    def safety_plans(self, plans: list[r.SafetyPlan]) -> list[Flowable]:
        return self.section("sec_safety_plans", [
            self.entry([self.date(plan.reviewed_on)], [self.facts([("reviewer", plan.reviewer)])],
                       self.fields([("plan_items", self.codes(Kind.SAFETY_PLAN_ITEM, plan.items)),
                                    ("plan_text", plan.free_text)]))
            for plan in plans
        ])

    def _note_facts(self, duration: int | None, present: bool, language: str | None, interpreter: str,
                    author: str, never_export: bool, version: str = "") -> list[str]:
        who = ""
        if present:
            who = ", ".join(x for x in (self.code(Kind.INTERPRETER_LANGUAGE, language), interpreter) if x)
            who = who or yes_no(True, self.lang)
        minutes = self.t("minutes").format(n=duration) if duration else ""
        facts = [self.facts([("duration", minutes), ("interpreter", who), ("author", author), ("version", version)])]
        return facts + ([rich.markup(self.t("never_export_flag"))] if never_export else [])

    def notes(self, notes: list[r.Note], *, revisions: bool, withheld: int = 0) -> list[Flowable]:
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

    def revisions(self, revisions: list[r.NoteRevision]) -> list[Flowable]:
        """A note's earlier versions, newest first, each in full."""
        heading = ParagraphStyle("kd_rev_heading", parent=self.sub, leftIndent=_REV_INDENT)
        out: list[Flowable] = [self.para(self.t("revisions"), heading, bold=True)]
        for v in sorted(revisions, key=lambda x: x.version, reverse=True):
            facts = [self.facts([("replaced_at", self.when(v.replaced_at)), ("replaced_by", v.replaced_by)])]
            facts += self._note_facts(v.duration_minutes, v.interpreter_present, v.interpreter_language,
                                      v.interpreter_name, "", v.never_export)
            body = rich.paragraph(v.body, self.rev_body) if v.body else []
            out += self.entry([self.t("revision_heading").format(n=v.version), self.date(v.note_date),
                               self.code(Kind.NOTE_TYPE, v.note_type)], facts, body, revision=True)
        return out

    def referrals(self, referrals: list[r.Referral]) -> list[Flowable]:
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
                rest.append(self.para(self.t("events"), self.sub, bold=True))
                for ev in ref.events:
                    rest += self.history_line(self.date(ev.on_date), "",
                                              self.code(Kind.REFERRAL_STATUS, ev.from_status),
                                              self.code(Kind.REFERRAL_STATUS, ev.to_status), ev.by, ev.comment)
            entries.append(self.entry([ref.institution, self.code(Kind.REFERRAL_STATUS, ref.status)], facts, rest))
        return self.section("sec_referrals", entries)

    def placements(self, placements: list[r.Placement]) -> list[Flowable]:
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

    def measures(self, measures: list[r.Measure]) -> list[Flowable]:
        entries = []
        for m in measures:
            facts = [
                self.facts([("authority", self.code(Kind.MEASURE_AUTHORITY, m.authority)),
                            ("decision_date", self.date(m.decision_date)), ("court_file_no", m.court_file_no)]),
                self.facts([("start_date", self.date(m.start_date)), ("end_date", self.date(m.end_date))]),
            ]
            rest = self.fields([("notes_field", m.notes)])
            if m.violations:
                rest.append(self.para(self.t("violations"), self.sub, bold=True))
                for v in m.violations:
                    rest.append(Paragraph(self.facts([("violation_date", self.date(v.violation_date)),
                                                      ("reported_to", v.reported_to)]), self.st["small"]))
                    rest += rich.paragraph(v.description, self.indented) if v.description else []
            entries.append(self.entry([self.code(Kind.MEASURE_TYPE, m.measure_type),
                                       self.code(Kind.MEASURE_STATUS, m.status)], facts, rest))
        return self.section("sec_measures", entries)

    def consents(self, consents: list[r.Consent]) -> list[Flowable]:
        return self.section("sec_consents", [
            self.entry([self.code(Kind.CONSENT_KIND, c.kind), c.institution or ""],
                       [self.facts([("given_on", self.date(c.given_on)), ("text_version", c.version),
                                    ("withdrawn_on", self.date(c.withdrawn_on))])],
                       self.fields([("notes_field", c.notes)]))
            for c in consents
        ])

    def follow_ups(self, follow_ups: list[r.FollowUp]) -> list[Flowable]:
        return self.section("sec_follow_ups", [
            self.entry([self.date(f.due_on)],
                       [self.facts([("done_on", self.date(f.done_on) if f.done_on else self.t("not_done"))])],
                       self.fields([("purpose", f.purpose)]))
            for f in follow_ups
        ])

    def closures(self, requests: list[r.ClosureRequest]) -> list[Flowable]:
        return self.section("sec_closure", [
            self.entry([self.when(q.requested_at), self.code(Kind.CLOSURE_REASON, q.reason),
                        self.t_or(f"closure_{q.status}", q.status)],
                       [self.facts([("requested_by", q.requested_by)]),
                        self.facts([("decided_at", self.when(q.decided_at)), ("decided_by", q.decided_by)])],
                       self.fields([("checklist", self.codes(Kind.CLOSURE_CHECKLIST, q.checklist)),
                                    ("closure_summary", q.summary), ("comment", q.comment)]))
            for q in requests
        ])

    def status_history(self, history: list[r.StatusChange]) -> list[Flowable]:
        entries = [
            self.history_line(self.when(ch.at), self.t_or(f"event_{ch.event}", ch.event),
                              self.code(Kind.CASE_STATUS, ch.from_status), self.code(Kind.CASE_STATUS, ch.to_status),
                              ch.by, ch.comment)
            for ch in history
        ]
        return self.section("sec_status_history", entries)

    def case_body(self, rec: r.CaseRecord, *, revisions: bool, withheld: int = 0) -> list[Flowable]:
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
            *self.consents(rec.consents),
            *self.follow_ups(rec.follow_ups),
            *self.closures(rec.closure_requests),
            *self.status_history(rec.status_history),
        ]


def render(data: SummaryData) -> bytes:
    """The case summary as PDF bytes. Notes flagged never-export are left out even if still present."""
    w = CaseWriter(data.lang, data.vocab_labels)
    rec = data.record
    kept = [n for n in rec.notes if not n.never_export]
    withheld = data.withheld_notes + (len(rec.notes) - len(kept))
    story: list[Flowable] = [
        w.para(w.t("summary_title"), w.st["h1"], bold=True),
        w.para(w.t("summary_purpose"), w.st["small"]),
        Spacer(1, 4),
        *w.case_facts(rec, [("generated_on", w.when(data.generated_on)), ("generated_by", data.generated_by)]),
    ]
    if withheld:
        story.append(w.withheld(withheld))
    story += [w.heading("sec_client"), *w.client(rec.client)]
    story += w.safe_contact(rec.client.safe_contact)
    story += w.case_body(replace(rec, notes=kept), revisions=False, withheld=withheld)
    meta = layout.DocMeta(title=w.t("summary_title"), center_name=data.center_name,
                          letterhead_lines=list(data.letterhead_lines), reference=rec.case_number, lang=w.lang)
    return layout.build_pdf(story, meta)
