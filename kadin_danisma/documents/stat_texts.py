"""What every statistics output says about itself (issue 18), in Turkish and English: the period, the scope,
where the figures come from, the consent count and the suppression rule. Shared by the PDF, the workbook
and the CSV so the three never disagree."""

from __future__ import annotations

from ..domain.stat_rules import Period
from ..domain.stat_tables import Report
from .labels import date_text, time_text

__all__ = ["WITHHELD", "facts", "file_title", "legend", "period_text"]

WITHHELD = ("Bu tablo verilmedi: sayılar güvenle gösterilemeyecek kadar az.",
            "This table is withheld: there are too few cases to show it safely.")


def _t(lang: str, tr: str, en: str) -> str:
    return en if lang == "en" else tr


def period_text(period: Period, lang: str) -> str:
    return f"{date_text(period.first, lang)} – {date_text(period.last, lang)}"


def file_title(report: Report) -> str:
    return f"{report.title}, {period_text(report.period, report.lang)}"


# Turkish ablative after a numeral follows how the number is read: üç'ten, altı'dan, yedi'den.
_FROM = {1: "'den", 2: "'den", 3: "'ten", 4: "'ten", 5: "'ten", 6: "'dan", 7: "'den", 8: "'den", 9: "'dan",
         10: "'dan"}


def legend(report: Report) -> str:
    k = report.k
    suffix = _FROM.get(k, "'den")
    if k <= 1:
        return _t(report.lang, "Gizleme uygulanmadı (en küçük gösterilen sayı ayarı 1).",
                  "No cell is hidden (the smallest count shown is set to 1).")
    return _t(report.lang,
              f"{k}{suffix} küçük sayılar (sıfır dahil) “<{k}” olarak gösterilir; “×” ile işaretli hücreler de, "
              "gizli sayılar satır ve sütun toplamlarından hesaplanamasın diye gizlenmiştir.",
              f"Counts below {k} (zero included) are shown as “<{k}”; cells marked “×” are hidden too, so that "
              "no hidden count can be worked out from the row and column totals.")


def facts(report: Report) -> list[tuple[str, str]]:
    """(label, text) lines for the head of every output."""
    lang = report.lang
    scope = (_t(lang, "Merkezin tüm dosyaları", "All of the center's cases") if report.scope == "center"
             else _t(lang, f"Danışmanın kendi dosyaları: {report.scope_name}", f"Caseload of {report.scope_name}"))
    if report.source == "snapshot":
        source = _t(lang, f"{time_text(report.fixed_at, lang)} tarihinde sabitlendi (kapanmış dönem); her "
                          "seferinde aynı rakamlar verilir.",
                    f"Fixed on {time_text(report.fixed_at, lang)} (a closed period); the same figures every time.")
    else:
        source = _t(lang, f"{time_text(report.generated_at, lang)} tarihinde kasadaki dosyalardan hesaplandı.",
                    f"Computed on {time_text(report.generated_at, lang)} from the cases in the vault.")
    consent = _t(lang,
                 f"Yalnızca danışanın anonim istatistiklerde kullanım onayı geçerli olan dosyalar sayıldı "
                 f"({date_text(report.as_of, lang)} itibarıyla). Bu dönemde onayı olmayan {report.excluded_cases} "
                 f"dosya ({report.excluded_women} kadın) sayılmadı.",
                 f"Only cases whose client has a valid consent to anonymous statistics are counted (as of "
                 f"{date_text(report.as_of, lang)}). {report.excluded_cases} cases ({report.excluded_women} women) "
                 "of the period were left out for want of consent.")
    out = [(_t(lang, "Dönem", "Period"), period_text(report.period, lang)),
           (_t(lang, "Kapsam", "Scope"), scope),
           (_t(lang, "Rakamlar", "Figures"), source),
           (_t(lang, "Rıza", "Consent"), consent),
           (_t(lang, "Gizleme kuralı", "Small counts"), legend(report))]
    if report.late_entries:
        out.append((_t(lang, "Geç kayıtlar", "Late entries"),
                     _t(lang, f"Rakamlar sabitlendikten sonra kaydedilen bu döneme ait {report.late_entries} dosya "
                              "bu rakamlarda yoktur.",
                        f"{report.late_entries} cases of this period recorded after its figures were fixed are "
                        "not in them.")))
    return out
