"""Small-cell suppression for statistics tables (issue 18): primary and complementary, with an exact audit.

A table is a grid of counts (rows × columns) with optional margins: a Total column (the sum of each row),
a Total row (the sum of each column) and, when both exist, the grand total. Every cell below k, zeros
included, is hidden and shown as "<k" (*primary*: an empty category is as telling as a small one). Then
enough other cells are hidden (*complementary*, shown as a plain mark) that no hidden cell can be worked out
from what is shown. The attacker we defend against knows every shown number, that the margins are sums,
that a "<k" cell lies in 0…k-1 and that a complementary cell is at least k (anything smaller would have
been primary). A hidden cell is *exposed* when all of that leaves it exactly one possible value.

The audit is exact, not a rule of thumb. Margins that a table does not show are modelled as hidden cells
with no bound above (a sum the reader does not see), so every table is the full (R+1)×(C+1) grid and its
line constraints form a bipartite network (a node per row line and per column line, an edge per hidden
cell). With each cell's value negated where it stands as the total of its row line (and the totals row's
constraint negated), every edge enters both of its nodes with coefficient +1, so the moves that keep every
line sum are exactly the alternating cycles. The constraint matrix is totally unimodular and each hidden
cell's range is an interval, so two solutions differing in a cell differ by a sum of conformal cycles, each
of which is a feasible unit step: a cell is exposed exactly when no such cycle passes through it, which is a
reachability question in the residual graph (one breadth-first search per cell).

Complementary cells are chosen greedily (the smallest shown count in the exposed cell's row or column that
protects it, interior cells before margins). A `protected` cell (a total that other tables also show) is
never chosen; if a table cannot be made safe without hiding one, the whole table is withheld.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["CellState", "Grid", "Suppressed", "exposed_cells", "full_values", "suppress"]

UNBOUNDED = -1  # upper bound of a cell's range: none


class CellState(StrEnum):
    SHOWN = "shown"
    PRIMARY = "primary"  # below k: shown as "<k"
    COMPLEMENTARY = "complementary"  # hidden so that others cannot be worked out
    WITHHELD = "withheld"  # the whole table could not be shown safely


@dataclass(frozen=True)
class Grid:
    """Interior counts `values[row][column]`. `row_totals`: a Total column is published (each row's sum);
    `col_totals`: a Total row is published (each column's sum); both: the grand total too."""

    values: tuple[tuple[int, ...], ...]
    row_totals: bool = False
    col_totals: bool = False

    @property
    def n_rows(self) -> int:
        return len(self.values)

    @property
    def n_cols(self) -> int:
        return len(self.values[0]) if self.values else 0


@dataclass(frozen=True)
class Suppressed:
    """States over the full grid: rows 0…R-1 interior, row R the Total row; columns likewise. Margins the
    table does not publish are None."""

    states: tuple[tuple[CellState | None, ...], ...]
    withheld: bool = False

    def state(self, row: int, col: int) -> CellState | None:
        return self.states[row][col]


Cell = tuple[int, int]


def full_values(grid: Grid) -> list[list[int]]:
    """The (R+1)×(C+1) grid with every margin computed (published or not)."""
    rows = [list(r) for r in grid.values]
    n_cols = grid.n_cols
    for row in rows:
        row.append(sum(row))
    rows.append([sum(r[j] for r in rows) for j in range(n_cols + 1)])
    return rows


def _published(grid: Grid, i: int, j: int) -> bool:
    r, c = grid.n_rows, grid.n_cols
    if i < r and j < c:
        return True
    if i < r:  # the Total column
        return grid.row_totals
    if j < c:  # the Total row
        return grid.col_totals
    return grid.row_totals and grid.col_totals


def _range(state: CellState | None, k: int) -> tuple[int, int]:
    """What the reader knows about a hidden cell's value: (low, high), high UNBOUNDED for none."""
    if state is CellState.PRIMARY:
        return 0, k - 1
    if state is CellState.COMPLEMENTARY:
        return k, UNBOUNDED
    return 0, UNBOUNDED  # a margin the table does not show


class _Network:
    """The residual graph of the hidden cells: node 0…R are row lines, R+1…R+C+1 column lines. Cells are
    added (hidden) and taken out again one at a time, as the complementary search tries candidates."""

    def __init__(self, grid: Grid, values: list[list[int]], states: list[list[CellState | None]], k: int) -> None:
        self.r, self.c = grid.n_rows, grid.n_cols
        self.values = values
        self.k = k
        self.states = states
        # arcs[node] = {cell: next node}: moving along raises (row→col) or lowers (col→row) z by one.
        self.arcs: list[dict[Cell, int]] = [{} for _ in range(self.r + self.c + 2)]
        self.hidden: list[Cell] = []
        for i in range(self.r + 1):
            for j in range(self.c + 1):
                if states[i][j] is not CellState.SHOWN:
                    self.add((i, j))

    def add(self, cell: Cell) -> None:
        up, down = self._steps(cell)
        row, col = self._nodes(cell)
        if up:
            self.arcs[row][cell] = col
        if down:
            self.arcs[col][cell] = row
        self.hidden.append(cell)

    def remove(self, cell: Cell) -> None:
        row, col = self._nodes(cell)
        self.arcs[row].pop(cell, None)
        self.arcs[col].pop(cell, None)
        self.hidden.remove(cell)

    def _nodes(self, cell: Cell) -> tuple[int, int]:
        return cell[0], self.r + 1 + cell[1]

    def _sign(self, cell: Cell) -> int:
        """z = sign · x: negative for a cell that is its row line's total, flipped again on the totals row."""
        i, j = cell
        sign = 1 if j < self.c else -1
        return -sign if i == self.r else sign

    def _steps(self, cell: Cell) -> tuple[bool, bool]:
        """(z may rise by 1, z may fall by 1) within what the reader knows of the cell."""
        low, high = _range(self.states[cell[0]][cell[1]], self.k)
        x = self.values[cell[0]][cell[1]]
        x_up_ok = high == UNBOUNDED or x + 1 <= high
        x_down_ok = x - 1 >= low
        return (x_up_ok, x_down_ok) if self._sign(cell) > 0 else (x_down_ok, x_up_ok)

    def _reaches(self, start: int, goal: int, skip: Cell) -> bool:
        seen = bytearray(len(self.arcs))
        seen[start] = 1
        stack = [start]
        arcs = self.arcs
        while stack:
            node = stack.pop()
            for cell, nxt in arcs[node].items():
                if not seen[nxt] and cell != skip:
                    if nxt == goal:
                        return True
                    seen[nxt] = 1
                    stack.append(nxt)
        return False

    def movable(self, cell: Cell) -> bool:
        """Whether some other solution has a different value in `cell` (it cannot be worked out)."""
        row, col = self._nodes(cell)
        return ((cell in self.arcs[row] and self._reaches(col, row, cell))
                or (cell in self.arcs[col] and self._reaches(row, col, cell)))


def _states_list(grid: Grid, k: int) -> list[list[CellState | None]]:
    values = full_values(grid)
    states: list[list[CellState | None]] = []
    for i, row in enumerate(values):
        line: list[CellState | None] = []
        for j, value in enumerate(row):
            if not _published(grid, i, j):
                line.append(None)
            elif value < k:
                line.append(CellState.PRIMARY)
            else:
                line.append(CellState.SHOWN)
        states.append(line)
    return states


def exposed_cells(grid: Grid, states: Sequence[Sequence[CellState | None]], k: int) -> list[Cell]:
    """Published hidden cells whose value the reader can work out (empty when the table is safe)."""
    values = full_values(grid)
    mutable = [list(row) for row in states]
    net = _Network(grid, values, mutable, k)
    return [cell for cell in net.hidden if mutable[cell[0]][cell[1]] is not None and not net.movable(cell)]


def _candidates(grid: Grid, values: list[list[int]], states: list[list[CellState | None]], cell: Cell,
                protected: set[Cell]) -> list[Cell]:
    """Shown cells in the same row or column, smallest count first, interior cells before margins."""
    i, j = cell
    line = {(i, jj) for jj in range(grid.n_cols + 1)} | {(ii, j) for ii in range(grid.n_rows + 1)}
    found = [c for c in line if states[c[0]][c[1]] is CellState.SHOWN and c not in protected]
    return sorted(found, key=lambda c: (c[0] == grid.n_rows or c[1] == grid.n_cols, values[c[0]][c[1]], c))


def suppress(grid: Grid, k: int, protected: Iterable[Cell] = ()) -> Suppressed:
    """Primary suppression of every published cell below k, then complementary suppression until the audit
    finds no exposed cell. `protected` cells (full-grid positions) are never hidden as complements.

    Hiding one more cell only adds arcs to the network, so a cell found movable stays movable: each hidden
    cell is proven once, and only an exposed one is looked at again after a complement is added."""
    if k < 1:
        raise ValueError("k must be at least 1")
    keep = set(protected)
    if k == 1:  # k = 1: the setting that shows every count, zeros too
        shown = [[None if s is None else CellState.SHOWN for s in row] for row in _states_list(grid, 2)]
        return Suppressed(tuple(tuple(r) for r in shown))
    states = _states_list(grid, k)
    values = full_values(grid)
    net = _Network(grid, values, states, k)

    def hide(cell: Cell) -> None:
        states[cell[0]][cell[1]] = CellState.COMPLEMENTARY
        net.add(cell)
        pending.append(cell)

    pending = [c for c in net.hidden if states[c[0]][c[1]] is not None]
    while pending:
        cell = pending[-1]
        if net.movable(cell):
            pending.pop()
            continue
        candidates = _candidates(grid, values, states, cell, keep)
        chosen = None
        for cand in candidates:
            states[cand[0]][cand[1]] = CellState.COMPLEMENTARY
            net.add(cand)
            if net.movable(cell):
                chosen = cand
                break
            net.remove(cand)
            states[cand[0]][cand[1]] = CellState.SHOWN
        if chosen is not None:
            pending.append(chosen)
            continue
        if candidates:  # no single cell is enough: hide the smallest in its row and in its column, go on
            row_c = [c for c in candidates if c[0] == cell[0]]
            col_c = [c for c in candidates if c[1] == cell[1]]
            for pick in sorted({*row_c[:1], *col_c[:1]}):
                hide(pick)
            continue
        rest = [(i, j) for i, row in enumerate(states) for j, s in enumerate(row)
                if s is CellState.SHOWN and (i, j) not in keep]
        if rest:
            hide(min(rest, key=lambda c: (values[c[0]][c[1]], c)))
            continue
        withheld = [[None if s is None else CellState.WITHHELD for s in row] for row in states]
        return Suppressed(tuple(tuple(r) for r in withheld), withheld=True)
    return Suppressed(tuple(tuple(r) for r in states))
