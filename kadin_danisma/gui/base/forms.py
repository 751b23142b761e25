"""Reusable inputs for case-work forms (the intake form, the case workspace): a date field, a year spin box,
code combos for vocabularies, a vocabulary check list, a plain-text editor that keeps text exactly, and
inline problem marks.

Conventions shared by all of them:
- they hold *codes* (what is stored), show *labels* (gui/labels.Labels), and never drop a value they were
  given: a retired or unknown code is added as an extra entry rather than silently lost;
- `problem()` (where there is one) returns the same English message the domain checks
  (domain/validation.Checker) would give, or None; messages.field_problem() translates such a message;
- a field with a problem is marked with `mark_invalid` (styles.set_invalid: the one red frame) and says
  the problem to a screen reader;
- user text is never interpreted as markup; layouts hold no left/right alignment, so they mirror for
  right-to-left interfaces;
- the caller names the field for screen readers (`name=`, or setAccessibleName); check boxes take their
  label as their accessible name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ...domain.validation import MIN_YEAR, Checker
from .labels import Labels
from .messages import sentence
from .styles import set_invalid

_BASE_DESCRIPTION = "baseAccessibleDescription"


# -- marks ---------------------------------------------------------------------------------------------------
def _no_codes(_kind: str) -> frozenset[str]:
    return frozenset()


def set_base_description(widget: QWidget, text: str) -> None:
    """The accessible description a field has when it is not marked (a hint such as the date format)."""
    widget.setProperty(_BASE_DESCRIPTION, text)
    if not widget.property("invalid"):
        widget.setAccessibleDescription(text)


def mark_invalid(widget: QWidget, message: str) -> None:
    """Red border and the problem (a translated `field_problem`) as the field's accessible description (a screen
    reader reads it with the field). The visible message belongs in a label near the field; the caller places it."""
    if widget.property(_BASE_DESCRIPTION) is None:
        widget.setProperty(_BASE_DESCRIPTION, widget.accessibleDescription())
    set_invalid(widget, True)
    widget.setAccessibleDescription(sentence(message))


def clear_invalid(widget: QWidget) -> None:
    if not widget.property("invalid"):
        return
    set_invalid(widget, False)
    base = widget.property(_BASE_DESCRIPTION)
    widget.setAccessibleDescription(str(base) if base is not None else "")


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


def mnemonic_safe(text: str) -> str:
    """Vocabulary labels come from data: a '&' in one must not become a keyboard mnemonic."""
    return text.replace("&", "&&")


def _wheel_only_when_focused(widget: QWidget, event: QWheelEvent, handle: Callable[[QWheelEvent], None]) -> None:
    """Scrolling a long form with the mouse wheel must not change the combo or spin box under the pointer."""
    if widget.hasFocus():
        handle(event)
    else:
        event.ignore()


# -- date --------------------------------------------------------------------------------------------------
_DOTTED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
BAD_DATE = "must be a date written DD.MM.YYYY"  # a field problem (messages.field_problem translates it)


def parse_day(text: str) -> date | None:
    """A date as she may type it: D.M.YYYY (or D/M/YYYY), as every screen shows dates, or YYYY-MM-DD pasted
    from elsewhere; None if it is neither or no real day."""
    text = text.strip()
    if m := _DOTTED.fullmatch(text):
        day, month, year = (int(x) for x in m.groups())
    elif m := _ISO.fullmatch(text):
        year, month, day = (int(x) for x in m.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateField(QLineEdit):
    """A date typed as it is shown everywhere: DD.MM.YYYY (labels.DATE_FORMAT). D.M.YYYY, D/M/YYYY and a pasted
    YYYY-MM-DD are accepted and shown as DD.MM.YYYY when she leaves the field; `value()` gives the stored form
    (YYYY-MM-DD). Up/Down change the day by one (an empty field starts at today). Empty means "no date" (None)."""

    def __init__(self, parent: QWidget | None = None, *, not_future: bool = True, required: bool = False,
                 name: str = "", value: str | None = None) -> None:
        super().__init__(parent)
        self.not_future = not_future
        self.required = required
        if name:
            self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.setInputMethodHints(Qt.InputMethodHint.ImhDate | Qt.InputMethodHint.ImhNoPredictiveText)
        set_base_description(self, self.tr("Date as day.month.year, for example 14.03.2025. Up and Down "
                                           "arrows change the day."))
        self.editingFinished.connect(self.normalise)
        self.set_value(value)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wide = self.fontMetrics().horizontalAdvance("00.00.00000") + 2 * self.textMargins().left() + 16
        return QSize(max(hint.width(), wide), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def value(self) -> str | None:
        """The date as stored (YYYY-MM-DD); the text as typed when it is not a date (problem() says why);
        None when empty."""
        text = self.text().strip()
        if not text:
            return None
        day = parse_day(text)
        return day.isoformat() if day is not None else text

    def set_value(self, value: str | None) -> None:
        """Show a stored date (YYYY-MM-DD) as DD.MM.YYYY; anything else as it is."""
        day = parse_day(value or "")
        self.setText(day.strftime("%d.%m.%Y") if day is not None else (value or ""))

    def normalise(self) -> None:
        day = parse_day(self.text())
        if day is not None:
            self.setText(day.strftime("%d.%m.%Y"))

    def problem(self) -> str | None:
        text = self.text().strip()
        if text and parse_day(text) is None:
            return BAD_DATE if not _DOTTED.fullmatch(text) and not _ISO.fullmatch(text) else "is not a real date"
        c = Checker(_no_codes, "")
        c.date("", self.value(), required=self.required, not_future=self.not_future)
        return c.problems[0][1] if c.problems else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        day = parse_day(self.text())
        if day is not None:
            day += timedelta(days=step)
        elif not self.text().strip():
            day = date.today()
        if day is not None and (not self.not_future or day <= date.today()):
            self.set_value(day.isoformat())
            self.editingFinished.emit()


# -- a moment (date and time) -------------------------------------------------------------------------------

_MOMENT = re.compile(r"(.+?)[ T](\d{1,2})[:.](\d{2})")


def parse_moment(text: str) -> str | None:
    """A date and time as she may type it (14.03.2025 9:30, or 2025-03-14T09:30 pasted) in the stored form
    YYYY-MM-DDTHH:MM; None when it is not one."""
    found = _MOMENT.fullmatch(text.strip())
    if found is None:
        return None
    day = parse_day(found.group(1))
    hour, minute = int(found.group(2)), int(found.group(3))
    if day is None or hour > 23 or minute > 59:
        return None
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def moment_text(value: str | None) -> str:
    """A stored moment as every screen shows it: 14.03.2025 09:30."""
    stored = parse_moment(value or "")
    if stored is None:
        return value or ""
    return f"{date.fromisoformat(stored[:10]).strftime('%d.%m.%Y')} {stored[11:]}"


class MomentField(QLineEdit):
    """A date and a time, typed DD.MM.YYYY HH:MM; `value()` gives YYYY-MM-DDTHH:MM (the text as typed when it
    is not one, so the check names it; None when empty). Ctrl+Space fills in now."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setAccessibleName(name)
        self.setMaxLength(20)
        self.setPlaceholderText(self.tr("DD.MM.YYYY HH:MM"))
        set_base_description(self, self.tr("Date and time, for example 14.03.2025 09:30. Ctrl+Space: now."))
        self.editingFinished.connect(self.normalise)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wide = self.fontMetrics().horizontalAdvance("00.00.0000 00:000") + 2 * self.textMargins().left() + 16
        return QSize(max(hint.width(), wide), hint.height())

    def value(self) -> str | None:
        text = self.text().strip()
        return (parse_moment(text) or text) if text else None

    def set_value(self, value: str | None) -> None:
        self.setText(moment_text(value))

    def normalise(self) -> None:
        if parse_moment(self.text()) is not None:
            self.setText(moment_text(parse_moment(self.text())))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.set_value(datetime.now().strftime("%Y-%m-%dT%H:%M"))
            return
        super().keyPressEvent(event)


# -- money -------------------------------------------------------------------------------------------------

_MONEY = re.compile(r"\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"
                    r"|\d+(?:[.,]\d{1,2})?")
BAD_AMOUNT = "must be an amount in lira, for example 1.500,00"  # a field problem (messages.field_problem)


def parse_kurus(text: str) -> int | None:
    """An amount in lira as she may type it, in kuruş: 1500, 1.500, 1 500, 1.500,50, 1500,5 or 1,500.50
    (grouping by dots and a decimal comma, as in Turkish, or the other way round; a lone separator followed
    by one or two digits is the decimal one). None when it is no amount."""
    text = text.strip().removesuffix("TL").removesuffix("₺").strip()
    if not _MONEY.fullmatch(text):
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", text):  # 1,500.50: commas group
        whole, _, cents = text.replace(",", "").partition(".")
    elif re.fullmatch(r"\d+[.,]\d{1,2}", text):  # one separator, one or two digits: the decimals
        whole, cents = re.split(r"[.,]", text)
    else:
        whole, _, cents = re.sub(r"[.\s\u00a0\u202f]", "", text).partition(",")
    return int(whole) * 100 + int((cents + "00")[:2])


def kurus_text(kurus: int | None) -> str:
    """An amount as every screen shows it: 1.500,00 (Turkish grouping, as the center's papers write it)."""
    if kurus is None:
        return ""
    whole, cents = divmod(kurus, 100)
    return f"{whole:,}".replace(",", ".") + f",{cents:02d}"


class MoneyField(QLineEdit):
    """An amount in Turkish lira; `value()` is in kuruş (None when empty), shown as 1.500,00 when she leaves
    the field. A text that is no amount stays as typed and `problem()` says so."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setAccessibleName(name)
        self.setMaxLength(20)
        self.setPlaceholderText("0,00")
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        set_base_description(self, self.tr("Amount in Turkish lira, for example 1.500,00"))
        self.editingFinished.connect(self.normalise)

    def value(self) -> int | None:
        return parse_kurus(self.text()) if self.text().strip() else None

    def set_value(self, kurus: int | None) -> None:
        self.setText(kurus_text(kurus))

    def normalise(self) -> None:
        value = self.value()
        if value is not None:
            self.setText(kurus_text(value))

    def problem(self) -> str | None:
        value = self.value()
        return BAD_AMOUNT if self.text().strip() and (value is None or value <= 0) else None


# -- year --------------------------------------------------------------------------------------------------
class YearSpinBox(QSpinBox):
    """A year, or empty for "not known". Any four digits can be typed, so a wrong year is reported by
    problem() instead of being silently replaced; Up/Down step within MIN_YEAR..this year and start at
    `start_year` from an empty field."""

    def __init__(self, parent: QWidget | None = None, *, start_year: int | None = None, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.start_year = start_year or date.today().year
        self.setRange(0, 9999)
        self.setValue(0)
        self.setAccelerated(True)
        set_base_description(self, self.tr("Year, four digits; leave empty if not known."))

    def year(self) -> int | None:
        return self.value() or None

    def set_year(self, year: int | None) -> None:
        self.setValue(year if isinstance(year, int) and 0 < year <= 9999 else 0)

    def problem(self) -> str | None:
        c = Checker(_no_codes, "")
        c.year("", self.year())
        return c.problems[0][1] if c.problems else None

    def textFromValue(self, value: int) -> str:
        return str(value) if value else ""

    def valueFromText(self, text: str) -> int:
        text = text.strip()
        return int(text) if text.isdigit() else 0

    def validate(self, text: str, pos: int) -> Any:
        stripped = text.strip()
        ok = not stripped or (stripped.isdigit() and len(stripped) <= 4)
        state = QValidator.State.Acceptable if ok else QValidator.State.Invalid
        return (state, text, pos)

    def fixup(self, text: str) -> str:
        return text.strip()

    def wheelEvent(self, event: QWheelEvent) -> None:
        _wheel_only_when_focused(self, event, super().wheelEvent)

    def stepBy(self, steps: int) -> None:
        this_year = date.today().year
        if not self.value():
            self.setValue(min(self.start_year, this_year))
        else:
            self.setValue(max(MIN_YEAR, min(this_year, self.value() + steps)))
        self.selectAll()

    def stepEnabled(self) -> QSpinBox.StepEnabledFlag:
        return QSpinBox.StepEnabledFlag.StepUpEnabled | QSpinBox.StepEnabledFlag.StepDownEnabled


# -- combos ------------------------------------------------------------------------------------------------
class CodeCombo(QComboBox):
    """Choose one code from (code, label) pairs; with `none_text`, a first entry meaning None."""

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[str, str]], none_text: str | None = None,
                 parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.has_none = none_text is not None
        if none_text is not None:
            self.addItem(none_text, None)
        for code, label in choices:
            self.addItem(label, code)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def label_for(self, code: str) -> str:
        return code

    def wheelEvent(self, event: QWheelEvent) -> None:
        _wheel_only_when_focused(self, event, super().wheelEvent)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, code: str | None) -> None:
        if code is None:
            self.setCurrentIndex(0 if self.has_none else -1)
            return
        index = self.findData(code)
        if index < 0:  # retired or unknown: keep it, show it
            self.addItem(self.label_for(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class VocabCombo(CodeCombo):
    """A CodeCombo over one vocabulary kind (active terms offered; a retired one shown when set)."""

    def __init__(self, labels: Labels, kind: str, none_text: str | None = None,
                 parent: QWidget | None = None, *, name: str = "", exclude: Iterable[str] = ()) -> None:
        self.labels = labels
        self.kind = kind
        skip = set(exclude)
        super().__init__([(c, t) for c, t in labels.choices(kind) if c not in skip], none_text, parent, name=name)

    def label_for(self, code: str) -> str:
        return self.labels.label(self.kind, code)


class DistrictCombo(CodeCombo):
    """Where she lives: the districts of the center's province (`plate`), the center's own, "another province"
    and "unknown" (Labels.district_choices). Starts at "unknown": not asked, as records made before say."""

    def __init__(self, labels: Labels, plate: str, parent: QWidget | None = None, *, name: str = "") -> None:
        self.labels = labels
        super().__init__(labels.district_choices(plate), None, parent, name=name)
        self.set_value("unknown")

    def label_for(self, code: str) -> str:
        return self.labels.label("district", code)


# -- check list --------------------------------------------------------------------------------------------
class CheckList(QGroupBox):
    """Several codes ticked from (code, label) pairs, as check boxes in `columns` columns (mirrored in
    right-to-left layouts). One Tab stop per box; Space ticks. The group's focus proxy is its first box, so
    a label's mnemonic (setBuddy(check_list)) lands there. `values()` keeps the offered order."""

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[str, str]], columns: int = 2, parent: QWidget | None = None, *,
                 name: str = "") -> None:
        super().__init__(parent)
        self.list_name = name
        if name:
            self.setAccessibleName(name)
        self.setFlat(True)
        self.columns = max(1, columns)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in choices:
            self._add(code, label)

    def label_for(self, code: str) -> str:
        return code

    def _add(self, code: str, label: str) -> QCheckBox:
        box = QCheckBox(mnemonic_safe(label))
        # Named by the list too where the list has a name of its own ("Risk indicators: Weapon").
        box.setAccessibleName(f"{self.list_name}: {label}" if self.list_name else label)
        n = len(self.boxes)
        self.grid.addWidget(box, n // self.columns, n % self.columns)
        self.boxes[code] = box
        box.toggled.connect(lambda _on: self.changed.emit())
        if n == 0:
            self.setFocusProxy(box)
        return box

    def values(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_values(self, codes: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(codes))
        for code in wanted:
            if code not in self.boxes:  # retired or unknown: keep it, show it
                self._add(code, self.label_for(code))
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes.values())


class VocabCheckList(CheckList):
    """A CheckList over one vocabulary kind; `exclude` leaves codes out of the offer (e.g. a kind that needs
    more than a tick)."""

    def __init__(self, labels: Labels, kind: str, columns: int = 2, exclude: Iterable[str] = (),
                 parent: QWidget | None = None, *, name: str = "", selected: Iterable[str] = ()) -> None:
        self.labels = labels
        self.kind = kind
        skip = set(exclude)
        super().__init__([(c, t) for c, t in labels.choices(kind) if c not in skip], columns, parent, name=name)
        chosen = list(selected)
        if chosen:
            self.set_values(chosen)

    def label_for(self, code: str) -> str:
        return self.labels.label(self.kind, code)


# -- text --------------------------------------------------------------------------------------------------
class PlainTextField(QPlainTextEdit):
    """Multi-line plain text that gives back exactly what it was given: QPlainTextEdit turns CR LF, CR and
    U+2029 into its own paragraph breaks and toPlainText() turns no-break spaces into spaces, so text()
    returns the string passed to set_text() unchanged until it is edited; after an edit it returns the
    document's raw text with paragraph breaks as "\\n" (no-break spaces, control characters, bidi marks and
    U+2028 kept). Tab moves focus (keyboard users must be able to leave the field); `editingFinished` is
    emitted when focus leaves."""

    editingFinished = Signal()  # noqa: N815 (the name QLineEdit uses)

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.lines = lines
        self._exact: str | None = None
        self._loading = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._edited)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * self.lines + 2 * int(self.document().documentMargin())
                  + margins.top() + margins.bottom())
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def _edited(self) -> None:
        if not self._loading:
            self._exact = None

    def text(self) -> str:
        if self._exact is not None:
            return self._exact
        return self.document().toRawText().replace("\u2029", "\n")

    def set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self._exact = text

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()
