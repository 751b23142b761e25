"""Statistics tables: the raw counts a report is made of (`Counts`, what a snapshot stores) and the table a
person sees (`Table`: labelled rows and columns, cells that carry their suppression state and, only when
shown, their value). `present` turns one into the other with domain.suppression.

Every table has a key; its title, unit and note, in Turkish and English, are in `SPECS`. A table's grand
total (or the total of a one-column table) is a figure other tables and the summary show too (women who
applied, sessions, referrals…): it is never hidden as a complement, so no table can leak it to another; a
table that cannot be protected otherwise is withheld whole.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import center_axes
from .stat_rules import Period
from .suppression import CellState, Grid, suppress

__all__ = ["SPECS", "Axis", "Cell", "Counts", "Report", "Spec", "Table", "present"]

TOTAL = "total"
COUNT = "n"


@dataclass(frozen=True)
class Counts:
    """Raw counts of one table, by code: never shown as they are (small cells are in here)."""

    key: str
    rows: tuple[str, ...]
    cols: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]
    row_totals: bool = False  # a Total column: each row's sum
    col_totals: bool = False  # a Total row: each column's sum
    # A table of amounts (lira) rather than counts: the counts behind each cell, whose small cells hide it
    basis: tuple[tuple[int, ...], ...] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "rows": list(self.rows), "cols": list(self.cols),
                               "values": [list(r) for r in self.values], "row_totals": self.row_totals,
                               "col_totals": self.col_totals}
        if self.basis is not None:
            out["basis"] = [list(r) for r in self.basis]
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Counts:
        return cls(str(data["key"]), tuple(map(str, data["rows"])), tuple(map(str, data["cols"])),
                   tuple(tuple(int(v) for v in r) for r in data["values"]), bool(data["row_totals"]),
                   bool(data["col_totals"]),
                   tuple(tuple(int(v) for v in r) for r in data["basis"]) if data.get("basis") is not None else None)

    def value(self, row: str, col: str = COUNT) -> int:
        return self.values[self.rows.index(row)][self.cols.index(col)]


def column(key: str, counts: Mapping[str, int], rows: Sequence[str], total: bool = True) -> Counts:
    """A one-column table over `rows` (codes missing from `counts` are 0)."""
    return Counts(key, tuple(rows), (COUNT,), tuple((counts.get(r, 0),) for r in rows), False, total)


def grid(key: str, counts: Mapping[tuple[str, str], int], rows: Sequence[str], cols: Sequence[str],
         totals: bool = True) -> Counts:
    return Counts(key, tuple(rows), tuple(cols), tuple(tuple(counts.get((r, c), 0) for c in cols) for r in rows),
                  totals, totals)


@dataclass(frozen=True)
class Spec:
    """How a table is introduced. `rows`/`cols`: the axis whose labels name its rows and columns (a
    vocabulary kind, or one of the report's own axes). `total`: what its total is."""

    title: tuple[str, str]
    unit: tuple[str, str]
    rows: str
    cols: str = COUNT
    note: tuple[str, str] = ("", "")
    chart: bool = True


_WOMEN = ("Kadın sayısı", "Women")
_APPS = ("Başvuru sayısı", "Applications")
_INCIDENTS = ("Olay sayısı", "Incidents")
_MULTI = ("Bir kadın birden çok satırda sayılabilir; toplam verilmez.",
          "A woman may be counted in several rows; no total is given.")
_ONCE = ("Dönem içinde başvuran her kadın bir kez sayılır.", "Each woman who applied in the period counts once.")

_AID = ("Dönem içinde talep edilen yardımlar, bugünkü durumlarıyla.",
        "Aid requested in the period, with its status today.")

SPECS: Mapping[str, Spec] = {
    "summary": Spec(("Özet", "Summary"), ("Sayı", "Number"), "summary", chart=False),
    "applicants": Spec(("Başvuran kadınlar: ilk kez / yeniden", "Women who applied: first time / returning"),
                       _WOMEN, "applicant", note=("Yeniden: daha önce açılmış bir dosyası olan kadın.",
                                                  "Returning: a woman who had a case opened before the period.")),
    "channel": Spec(("Başvurular: başvuru yolu", "Applications by channel"), _APPS, "intake_channel"),
    "reasons": Spec(("Başvurular: başvuru nedeni (acil ihtiyaçlar)", "Applications by reason (immediate needs)"),
                    _APPS, "immediate_need", note=("Bir başvuruda birden çok ihtiyaç olabilir; toplam verilmez.",
                                                   "An application may state several needs; no total is given.")),
    "age": Spec(("Kadınlar: başvurudaki yaş grubu", "Women by age group at intake"), _WOMEN, "age_group",
                note=_ONCE),
    "marital": Spec(("Kadınlar: medeni durum", "Women by marital status"), _WOMEN, "marital_status", note=_ONCE),
    "education": Spec(("Kadınlar: eğitim durumu", "Women by education"), _WOMEN, "education", note=_ONCE),
    "employment": Spec(("Kadınlar: çalışma durumu", "Women by employment"), _WOMEN, "employment", note=_ONCE),
    "nationality": Spec(("Kadınlar: uyruk", "Women by nationality"), _WOMEN, "country", note=_ONCE),
    "migrant": Spec(("Kadınlar: göç / koruma statüsü", "Women by migrant status"), _WOMEN, "migrant_status",
                    note=_ONCE),
    "district": Spec(("Kadınlar: ikamet ettiği ilçe", "Women by district of residence"), _WOMEN, "district",
                     note=_ONCE),
    "violence": Spec(("Kadınlar: yaşadığı şiddet türleri", "Women by type of violence"), _WOMEN, "violence_type",
                     note=_MULTI),
    "perpetrator": Spec(("Kadınlar: şiddet uygulayanla yakınlığı", "Women by relationship to the perpetrator"),
                        _WOMEN, "perpetrator_relationship", note=_MULTI),
    "heard_from": Spec(("Kadınlar: merkezi nereden duydu / kim yönlendirdi",
                        "Women by how they heard of the center / who referred them"), _WOMEN, "referral_source",
                       note=_ONCE),
    "sessions": Spec(("Görüşmeler: türü", "Sessions by type"), ("Görüşme sayısı", "Sessions"), "note_type",
                     note=("Kadınla ve çocuklarıyla yapılan tüm görüşmeler.", "All sessions, with her and with her "
                                                                              "children.")),
    "child_sessions": Spec(("Çocuklarla yapılan görüşmeler: türü", "Sessions with a child, by type"),
                           ("Görüşme sayısı", "Sessions"), "note_type"),
    "interpreter": Spec(("Tercümanlı görüşmeler: dil", "Interpreter-assisted sessions by language"),
                        ("Görüşme sayısı", "Sessions"), "interpreter_language"),
    "appointments": Spec(("Randevular: sonucu ve tercüman", "Appointments by outcome and interpreter"),
                         ("Randevu sayısı", "Appointments"), "appointment_status", "interpreter_booked",
                         chart=False,
                         note=("Dönem içindeki günlerin randevuları. Gelinen randevunun görüşmesi, notu olarak "
                               "görüşme tablolarında da sayılır.",
                               "Appointments on the period's days. An attended appointment's session is counted "
                               "in the session tables too, as its note.")),
    "disability": Spec(("Kadınlar: engellilik", "Women by disability"), _WOMEN, "disability_status", note=_ONCE),
    "disability_types": Spec(("Engelli kadınlar: işlev alanı (Washington Grubu)",
                              "Women with a disability by domain (Washington Group)"), _WOMEN, "disability_type",
                             note=_MULTI),
    "referrals": Spec(("Yönlendirmeler: kurum türü ve sonucu", "Referrals by institution type and outcome"),
                      ("Yönlendirme sayısı", "Referrals"), "institution_type", "referral_status", chart=False,
                      note=("Dönem içinde gönderilen yönlendirmeler, bugünkü durumlarıyla.",
                            "Referrals sent in the period, with their status today.")),
    "shelter": Spec(("Konukevi: talepler, yerleştirmeler, ayrılışlar", "Shelter: requests, placements, exits"),
                    ("Sayı", "Number"), "shelter_item", chart=False),
    "shelter_children": Spec(("Konukevine annesiyle giden çocuklar: yaş grubu",
                              "Children who went to a shelter with their mother, by age group"),
                             ("Çocuk sayısı", "Children"), "child_age_group"),
    "shelter_stay": Spec(("Konukevinde kalış süresi (ayrılışlar)", "Length of stay in a shelter (exits)"),
                         ("Yerleştirme sayısı", "Placements"), "stay_band"),
    "shelter_exit": Spec(("Konukevinden ayrılış nedeni", "Shelter exits by reason"),
                         ("Yerleştirme sayısı", "Placements"), "placement_exit_reason"),
    "shelter_occupancy": Spec(("Konukevinde kalan kadınlar: konukevi türü", "Women staying in shelters by type"),
                              _WOMEN, "shelter_type", "occupancy", chart=False,
                              note=("Nakil olan bir kadın iki türde sayılabilir; toplam verilmez.",
                                    "A woman who moved may be counted under two types; no total is given.")),
    "measures": Spec(("6284 sayılı Kanun tedbirleri: tür ve karar veren", "Law 6284 measures by type and authority"),
                     ("Tedbir sayısı", "Measures"), "measure_type", "measure_authority", chart=False),
    "violations": Spec(("Tedbir ihlalleri: Kanun maddesi", "Violations of measures by article of Law 6284"),
                       ("İhlal sayısı", "Violations"), "measure_article"),
    "closures": Spec(("Kapanan dosyalar: kapanış nedeni", "Cases closed by reason"), ("Dosya sayısı", "Cases"),
                     "closure_reason"),
    # issue 21: the aid and support ledger and employment support (domain/activity_support.py)
    "aid": Spec(("Ayni ve nakdi yardımlar: tür ve durum", "Aid and support by kind and status"),
                ("Yardım sayısı", "Aid items"), "aid_kind", "aid_status", chart=False, note=_AID),
    "aid_source": Spec(("Ayni ve nakdi yardımlar: kaynak ve durum", "Aid and support by source and status"),
                       ("Yardım sayısı", "Aid items"), "aid_source", "aid_status", chart=False, note=_AID),
    "aid_amount": Spec(("Nakdi yardım ve kira yardımı tutarı (TL)", "Cash and rent aid, amount (TRY)"),
                       ("Tutar (TL)", "Amount (TRY)"), "aid_kind", "aid_status", chart=False,
                       note=("Tam TL'ye yuvarlanmış toplamlar. Az sayıda yardımdan oluşan tutarlar gösterilmez.",
                             "Sums rounded to whole lira. Amounts made of few aid items are not shown.")),
    "employment_support": Spec(("İstihdam desteği: tür ve sonuç", "Employment support by kind and outcome"),
                               ("Destek sayısı", "Supports"), "employment_support_kind", "employment_outcome",
                               chart=False, note=("Dönem içinde başlayan destekler, bugünkü sonuçlarıyla.",
                                                  "Supports begun in the period, with their outcome today.")),
    "gbv_summary": Spec(("Özet", "Summary"), ("Sayı", "Number"), "gbv_summary", chart=False),
    "gbv_type_age": Spec(("Olaylar: GBVIMS türü ve hayatta kalanın yaş grubu",
                          "Incidents by GBVIMS type and survivor's age group"), _INCIDENTS, "gbvims_type",
                         "age_group", chart=False,
                         note=("Her olay, GBVIMS sırasında uyan ilk türde sayılır.",
                               "Each incident counts under the first type that applies, in GBVIMS order.")),
    "gbv_perpetrator": Spec(("Olaylar: şiddet uygulayanla yakınlık (GBVIMS)",
                             "Incidents by perpetrator relationship (GBVIMS)"), _INCIDENTS, "gbvims_relationship",
                            note=("Kayıtlı ilk şiddet uygulayan.", "The first perpetrator recorded.")),
    "gbv_perpetrator_count": Spec(("Olaylar: şiddet uygulayan sayısı", "Incidents by number of perpetrators"),
                                  _INCIDENTS, "perpetrator_count"),
    "gbv_report_delay": Spec(("Olaylar: olaydan başvuruya geçen süre", "Incidents by time from incident to report"),
                             _INCIDENTS, "report_band"),
    "gbv_referrals": Spec(("Yönlendirmeler: hizmet (GBVIMS)", "Referrals by service (GBVIMS)"),
                          ("Yönlendirme sayısı", "Referrals"), "gbvims_service"),
    **{key: Spec(**spec) for key, spec in center_axes.SPECS.items()},
}


@dataclass(frozen=True)
class Axis:
    code: str
    label: str


@dataclass(frozen=True)
class Cell:
    """One cell as it may be shown: `value` is None unless the state is SHOWN."""

    state: CellState
    value: int | None = None

    def text(self, k: int) -> str:
        if self.state is CellState.SHOWN:
            return str(self.value)
        if self.state is CellState.PRIMARY:
            return f"<{k}"
        return "×"


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    unit: str
    note: str
    rows: tuple[Axis, ...]  # the Total row last when `total_row`
    columns: tuple[Axis, ...]  # the Total column last when `total_column`
    cells: tuple[tuple[Cell, ...], ...]
    total_row: bool
    total_column: bool
    withheld: bool
    chart: bool

    def hidden(self) -> int:
        return sum(c.state is not CellState.SHOWN for row in self.cells for c in row)


@dataclass(frozen=True)
class Report:
    """What a person sees. No figure below k is in here, and no identifier of any woman."""

    kind: str
    title: str
    lang: str
    period: Period
    scope: str  # "center" or "caseload"
    scope_name: str  # the center's name, or the counselor's for her caseload
    center_name: str
    letterhead: tuple[str, ...]
    k: int
    source: str  # "snapshot" (fixed figures of a closed period) or "live"
    fixed_at: str | None  # when the snapshot was taken
    as_of: str  # the day consents were checked
    excluded_cases: int  # cases in the period left out: no valid consent to anonymous statistics
    excluded_women: int
    late_entries: int  # cases of the period recorded after its snapshot (not in the figures)
    generated_at: str
    engine: int
    tables: tuple[Table, ...]

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)


Labeller = Callable[[str, str], str]  # (axis, code) -> label in the report's language


def present(counts: Counts, k: int, label: Labeller, lang: str) -> Table:
    """Suppress and label one table. The grand total (or a one-column table's total) is protected."""
    spec = SPECS[counts.key]
    # an amounts table hides what its counts would: a sum over fewer than k women could name one of them
    g = Grid(counts.basis if counts.basis is not None else counts.values, counts.row_totals, counts.col_totals)
    n_r, n_c = len(counts.rows), len(counts.cols)
    protected = []
    if counts.row_totals and counts.col_totals:
        protected.append((n_r, n_c))
    elif counts.col_totals and n_c == 1:
        protected.append((n_r, 0))
    result = suppress(g, k, protected) if counts.rows and counts.cols else None
    full = [[*r, sum(r)] for r in counts.values]
    full.append([sum(r[j] for r in full) for j in range(n_c + 1)])
    i_lang = 0 if lang == "tr" else 1
    row_idx = list(range(n_r)) + ([n_r] if counts.col_totals else [])
    col_idx = list(range(n_c)) + ([n_c] if counts.row_totals else [])
    total_label = label("total", TOTAL)
    rows = tuple(Axis(counts.rows[i], label(spec.rows, counts.rows[i])) if i < n_r else Axis(TOTAL, total_label)
                 for i in row_idx)
    cols = tuple(Axis(counts.cols[j], label(spec.cols, counts.cols[j])) if j < n_c else Axis(TOTAL, total_label)
                 for j in col_idx)
    cells: list[tuple[Cell, ...]] = []
    for i in row_idx:
        line = []
        for j in col_idx:
            state = result.state(i, j) if result is not None else CellState.SHOWN
            assert state is not None
            line.append(Cell(state, full[i][j] if state is CellState.SHOWN else None))
        cells.append(tuple(line))
    return Table(counts.key, spec.title[i_lang], spec.unit[i_lang], spec.note[i_lang], rows, cols, tuple(cells),
                 counts.col_totals, counts.row_totals, bool(result and result.withheld),
                 spec.chart and n_c == 1 and n_r > 1)
