"""One report table on screen: a Qt table model over the service's `Table` (cells exactly as the service
gives them: a count, "<k" or "×"), and a bar chart of a one-column table drawn with QPainter. A bar is drawn
only for a shown count, so the chart gives away nothing its table hides; a hidden row keeps its mark as text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.stat_tables import Table
from ...domain.suppression import CellState
from ..base.styles import CHART_BAR

Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    """Rows: the table's rows (its Total row last); columns: the row's name, then the table's columns."""

    def __init__(self, table: Table, k: int, first_column: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table
        self.k = k
        self.first_column = first_column

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.table.columns)

    def text(self, row: int, column: int) -> str:
        if column == 0:
            return self.table.rows[row].label
        return self.table.cells[row][column - 1].text(self.k)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.table.rows[row].code == "total":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.first_column if section == 0 else self.table.columns[section - 1].label
        return None


class BarChart(QWidget):
    """Horizontal bars, one per row, the row's name before it and the count (or its mark) after it. Follows
    the layout direction (right to left in a right-to-left language) and the text size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChart")
        self.rows: list[tuple[str, int | None, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_table(self, table: Table | None, k: int) -> None:
        self.rows = []
        if table is not None:
            for axis, cells in zip(table.rows, table.cells, strict=True):
                if axis.code != "total":
                    self.rows.append((axis.label, cells[0].value if cells[0].state is CellState.SHOWN else None,
                                      cells[0].text(k)))
        self.updateGeometry()
        self.update()

    def has_bars(self) -> bool:
        return any(value for _label, value, _text in self.rows)

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(40 * self.fontMetrics().averageCharWidth(), len(self.rows) * self._line() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(20 * self.fontMetrics().averageCharWidth(), len(self.rows) * self._line() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        metrics = self.fontMetrics()
        line = self._line()
        width = self.width()
        label_w = min(max(metrics.horizontalAdvance(label) for label, _v, _t in self.rows) + 12, width // 2)
        number_w = max(metrics.horizontalAdvance(text) for _l, _v, text in self.rows) + 12
        bar_room = max(min(width - label_w - number_w - 8, 50 * metrics.averageCharWidth()), 10)
        top = max((value or 0) for _l, value, _t in self.rows) or 1
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        text_colour = self.palette().color(self.foregroundRole())
        bar = QColor(CHART_BAR)

        def place(x: int, w: int) -> int:
            """x of a span `w` wide that starts `x` from the leading edge."""
            return width - x - w if rtl else x

        for i, (label, value, text) in enumerate(self.rows):
            y = 4 + i * line
            painter.setPen(text_colour)
            lead = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            painter.drawText(QRect(place(0, label_w - 8), y, label_w - 8, line), lead | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8))
            length = round(bar_room * value / top) if value else 0
            if length:
                painter.fillRect(QRect(place(label_w, length), y + 3, length, line - 6), bar)
            painter.drawText(QRect(place(label_w + length + 6, number_w), y, number_w, line),
                             lead | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
