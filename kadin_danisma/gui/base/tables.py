"""Small read-only tables of plain text (a case's referrals, the directory, the shelter registry): made,
filled, read back and tinted one way. Each row can carry a key (a record's id) in its first cell.
`prepare_view` is what every table of the app shares, model-based ones included (Tab leaves it).

Big lists are Qt models fetched lazily instead (workspace/case_list.py); this is for lists of tens of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
)

from .scaling import follow

KEY_ROLE = Qt.ItemDataRole.UserRole  # the row's key, in its first cell
MAX_COLUMN_CHARS = 45  # a column is at most this many average characters wide (then its text wraps)


def fit_columns(view: QTableView | QTreeView) -> None:
    """Column widths from the header and the cells, run again when the text size changes, so nothing is cut
    ("KDM-…"). A view that wraps its text (the small tables) keeps every column at most MAX_COLUMN_CHARS wide
    and lets the last one take the rest, its rows growing with the wrapped text; one that does not (the
    dashboard's lists) makes every column as wide as its text and scrolls sideways when they do not fit."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    wraps = view.wordWrap()
    cap = view.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
    last = header.count() - (1 if wraps and header.stretchLastSection() else 0)
    for j in range(last):
        view.resizeColumnToContents(j)
        if wraps and header.sectionSize(j) > cap:
            header.resizeSection(j, cap)
    if isinstance(view, QTableView) and wraps:
        view.resizeRowsToContents()


def prepare_view(view: QTableView, accessible_name: str, name: str = "") -> None:
    """What every table of the app shares (these small tables, the case list, the users): read-only, whole
    rows chosen one at a time, and Tab leaves it (arrows move between rows and cells), so a keyboard user is
    never trapped in a table."""
    if name:
        view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)


def make_table(headers: list[str], accessible_name: str, name: str = "") -> QTableWidget:
    """A read-only table of plain-text cells, one row selected at a time."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    prepare_view(table, accessible_name, name)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    # Rows follow the wrapped text when the window (and so the last column) changes width.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    follow(table, lambda t: fit_columns(t) if isinstance(t, QTableWidget) else None, "columns")
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], keys: Sequence[object] | None = None) -> None:
    """Replace the rows; `keys` (one per row) go into the first cell's KEY_ROLE."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            if j == 0 and keys is not None:
                item.setData(KEY_ROLE, keys[i])
            table.setItem(i, j, item)
    fit_columns(table)


def tint_rows(table: QTableWidget, rows: Sequence[int], colours: tuple[QColor, QColor]) -> None:
    """Background and text colour for whole rows (a measure ending soon, a full shelter); the row's text says
    why as well, so the colour is never the only signal."""
    background, text = QBrush(colours[0]), QBrush(colours[1])
    for i in rows:
        for j in range(table.columnCount()):
            cell = table.item(i, j)
            if cell is not None:
                cell.setBackground(background)
                cell.setForeground(text)


def selected_key(table: QTableWidget) -> object:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(KEY_ROLE) if item is not None else None


def select_key(table: QTableWidget, key: object) -> bool:
    """Select the row whose key is `key`; False if no row has it."""
    for i in range(table.rowCount()):
        item = table.item(i, 0)
        if item is not None and item.data(KEY_ROLE) == key:
            table.selectRow(i)
            return True
    return False


def sync_button(button: QPushButton | None, wanted: bool, bar: QLayout, text: str, name: str,
                slot: Callable[[], object]) -> QPushButton | None:
    """A control that exists only while it may be used (an edit control while the case may be edited):
    created then, removed (not disabled) otherwise."""
    if wanted and button is None:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        bar.addWidget(button)
        if bar.parentWidget() is not None:
            button.setVisible(True)  # at once, not on the next turn of the event loop
    elif not wanted and button is not None:
        button.setParent(None)
        button.deleteLater()
        button = None
    return button
