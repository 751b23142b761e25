"""Choosing a report's period: a month, a quarter, a year or any range of days. The default is the last
month that is over (the one a monthly report is about)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QSpinBox, QWidget

from ..base.forms import CodeCombo, DateField, parse_day
from ..base.widgets import buddy, set_visible

MONTH, QUARTER, YEAR, RANGE = "month", "quarter", "year", "range"
FIRST_YEAR = 1990


def last_month(today: date) -> tuple[int, int]:
    """(year, month) of the last month that is over."""
    previous = today.replace(day=1) - timedelta(days=1)
    return previous.year, previous.month


class PeriodPicker(QWidget):
    """`span()` gives (first day, last day), or None with `problem()` saying why."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        today = today or date.today()
        year, month = last_month(today)
        self.shape = CodeCombo([(MONTH, self.tr("Month")), (QUARTER, self.tr("Quarter")), (YEAR, self.tr("Year")),
                                (RANGE, self.tr("Any range of days"))], name=self.tr("Kind of period"))
        self.shape.setObjectName("periodShape")
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(FIRST_YEAR, today.year)
        self.year.setValue(year)
        locale = QLocale()
        self.month = CodeCombo([(str(m), locale.standaloneMonthName(m)) for m in range(1, 13)],
                               name=self.tr("Month"))
        self.month.setObjectName("periodMonth")
        self.month.set_value(str(month))
        self.quarter = CodeCombo([(str(q), self.tr("Quarter %1 (%2–%3)").replace("%1", str(q)).replace(
            "%2", locale.standaloneMonthName(3 * q - 2, QLocale.FormatType.ShortFormat)).replace(
            "%3", locale.standaloneMonthName(3 * q, QLocale.FormatType.ShortFormat))) for q in range(1, 5)],
            name=self.tr("Quarter"))
        self.quarter.setObjectName("periodQuarter")
        self.quarter.set_value(str((month - 1) // 3 + 1))
        self.start = DateField(name=self.tr("First day"), value=date(year, month, 1).isoformat())
        self.start.setObjectName("periodStart")
        self.end = DateField(name=self.tr("Last day"),
                             value=date(year, month, calendar.monthrange(year, month)[1]).isoformat())
        self.end.setObjectName("periodEnd")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(buddy(self.tr("Peri&od:"), self.shape), self.shape)
        self.which = QWidget()
        row = QHBoxLayout(self.which)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.month)
        row.addWidget(self.quarter)
        row.addWidget(self.year)
        row.addStretch(1)
        self.which_label = buddy(self.tr("&Which:"), self.month)
        form.addRow(self.which_label, self.which)
        self.range = QWidget()
        days = QHBoxLayout(self.range)
        days.setContentsMargins(0, 0, 0, 0)
        days.addWidget(buddy(self.tr("&From:"), self.start))
        days.addWidget(self.start)
        days.addWidget(buddy(self.tr("&To:"), self.end))
        days.addWidget(self.end)
        days.addStretch(1)
        form.addRow(self.range)
        for signal in (self.shape.changed, self.month.changed, self.quarter.changed):
            signal.connect(self._update)
        self.year.valueChanged.connect(lambda _v: self._update())
        self.start.textChanged.connect(lambda _t: self.changed.emit())
        self.end.textChanged.connect(lambda _t: self.changed.emit())
        self._update()

    def _update(self) -> None:
        shape = self.shape.value()
        set_visible(self.month, shape == MONTH)
        set_visible(self.quarter, shape == QUARTER)
        set_visible(self.which, shape != RANGE)
        set_visible(self.which_label, shape != RANGE)
        set_visible(self.range, shape == RANGE)
        self.which_label.setBuddy(self.quarter if shape == QUARTER else self.year if shape == YEAR else self.month)
        self.changed.emit()

    def choose(self, shape: str, year: int | None = None, part: int | None = None,
               first: str | None = None, last: str | None = None) -> None:
        """Set the period as a person would (tests, and a later "same period" button)."""
        self.shape.set_value(shape)
        if year is not None:
            self.year.setValue(year)
        if part is not None:
            (self.quarter if shape == QUARTER else self.month).set_value(str(part))
        if first is not None:
            self.start.set_value(first)
        if last is not None:
            self.end.set_value(last)
        self._update()

    def span(self) -> tuple[date, date] | None:
        shape, year = self.shape.value(), self.year.value()
        if shape == MONTH:
            month = int(self.month.value() or 1)
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if shape == QUARTER:
            quarter = int(self.quarter.value() or 1)
            last_month_of = 3 * quarter
            return (date(year, last_month_of - 2, 1),
                    date(year, last_month_of, calendar.monthrange(year, last_month_of)[1]))
        if shape == YEAR:
            return date(year, 1, 1), date(year, 12, 31)
        first, last = parse_day(self.start.text()), parse_day(self.end.text())
        if first is None or last is None:
            return None
        return first, last

    def problem(self) -> str | None:
        if self.span() is None:
            return self.tr("Type the first and the last day of the period as DD.MM.YYYY.")
        return None
