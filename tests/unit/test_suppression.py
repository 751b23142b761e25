"""Small-cell suppression (issue 18): an attacker that knows every shown number, that margins are sums, that
"<k" means 0…k-1 and that a complementary cell is at least k tries to work out each hidden cell, and must
fail. The attacker here is written independently of the production audit: it searches every solution of the
published equations by bound propagation and branching, and keeps the values each hidden cell can take.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kadin_danisma.domain.suppression import CellState, Grid, exposed_cells, full_values, suppress

Cell = tuple[int, int]


def _equations(grid: Grid) -> list[tuple[list[Cell], Cell]]:
    """Published 'sum of these cells = that cell' equations over the full grid."""
    r, c = grid.n_rows, grid.n_cols
    eqs: list[tuple[list[Cell], Cell]] = []
    if grid.row_totals:
        eqs += [([(i, j) for j in range(c)], (i, c)) for i in range(r)]
        if grid.col_totals:
            eqs.append(([(r, j) for j in range(c)], (r, c)))
    if grid.col_totals:
        eqs += [([(i, j) for i in range(r)], (r, j)) for j in range(c)]
        if grid.row_totals:
            eqs.append(([(i, c) for i in range(r)], (r, c)))
    return eqs


def possible_values(grid: Grid, states: Sequence[Sequence[CellState | None]], k: int,
                    stop_at: int = 2) -> dict[Cell, set[int]]:
    """For each published hidden cell, the values it takes across all solutions (up to `stop_at` each)."""
    values = full_values(grid)
    r, c = grid.n_rows, grid.n_cols
    cap = 2 * values[r][c] + 2 * k + 2  # a solution beyond this would have a neighbour within it
    known: dict[Cell, int] = {}
    bounds: dict[Cell, tuple[int, int]] = {}
    for i in range(r + 1):
        for j in range(c + 1):
            s = states[i][j]
            if s is CellState.SHOWN:
                known[(i, j)] = values[i][j]
            elif s is CellState.PRIMARY:
                bounds[(i, j)] = (0, k - 1)
            elif s is CellState.COMPLEMENTARY:
                bounds[(i, j)] = (k, cap)
            elif i < r and j < c:
                raise AssertionError("an interior cell is never unpublished")
    eqs = _equations(grid)
    # cells in no equation and not published margins are irrelevant; unpublished margins are not variables
    hidden = [cell for cell in bounds if cell[0] < r + 1]

    def solve(dom: dict[Cell, tuple[int, int]]) -> list[dict[Cell, int]]:
        # propagate
        changed = True
        while changed:
            changed = False
            for parts, total in eqs:
                terms = [(p, 1) for p in parts] + [(total, -1)]
                for var, coef in terms:
                    if var in known:
                        continue
                    lo_rest = hi_rest = 0
                    for other, oc in terms:
                        if other == var:
                            continue
                        if other in known:
                            lo_rest += oc * known[other]
                            hi_rest += oc * known[other]
                        else:
                            lo, hi = dom[other]
                            lo_rest += oc * (lo if oc > 0 else hi)
                            hi_rest += oc * (hi if oc > 0 else lo)
                    # coef*var + rest = 0 -> var = -rest/coef
                    lo_v, hi_v = (-hi_rest, -lo_rest) if coef > 0 else (lo_rest, hi_rest)
                    lo, hi = dom[var]
                    nlo, nhi = max(lo, lo_v), min(hi, hi_v)
                    if nlo > nhi:
                        return []
                    if (nlo, nhi) != (lo, hi):
                        dom[var] = (nlo, nhi)
                        changed = True
        free = [v for v in hidden if dom[v][0] != dom[v][1]]
        if not free:
            return [{v: dom[v][0] for v in hidden}]
        var = min(free, key=lambda v: dom[v][1] - dom[v][0])
        out: list[dict[Cell, int]] = []
        for value in range(dom[var][0], dom[var][1] + 1):
            branch = dict(dom)
            branch[var] = (value, value)
            out += solve(branch)
            if len(out) > 50:
                break
        return out

    seen: dict[Cell, set[int]] = {cell: set() for cell in hidden}
    for cell in hidden:
        lo, hi = bounds[cell]
        for value in range(lo, hi + 1):
            dom = dict(bounds)
            dom[cell] = (value, value)
            if solve(dom):
                seen[cell].add(value)
                if len(seen[cell]) >= stop_at:
                    break
    return seen


def recomputed(grid: Grid, states: Sequence[Sequence[CellState | None]], k: int) -> list[Cell]:
    return [cell for cell, vals in possible_values(grid, states, k).items() if len(vals) < 2]


grids = st.integers(1, 4).flatmap(lambda rows: st.integers(1, 3).flatmap(lambda cols: st.tuples(
    st.lists(st.lists(st.integers(0, 9), min_size=cols, max_size=cols), min_size=rows, max_size=rows),
    st.booleans(), st.booleans())))


@settings(max_examples=300)
@given(grids, st.integers(2, 5))
def test_no_hidden_cell_can_be_recomputed(data: tuple[list[list[int]], bool, bool], k: int) -> None:
    values, row_totals, col_totals = data
    grid = Grid(tuple(tuple(r) for r in values), row_totals, col_totals)
    result = suppress(grid, k)
    if result.withheld:
        return  # nothing of the table is published
    values_full = full_values(grid)
    for i, row in enumerate(result.states):
        for j, state in enumerate(row):
            if state is CellState.SHOWN:
                assert values_full[i][j] >= k
            elif state is not None and values_full[i][j] < k:
                assert state is CellState.PRIMARY
    assert recomputed(grid, result.states, k) == []
    assert exposed_cells(grid, result.states, k) == []


@settings(max_examples=300)
@given(grids, st.integers(2, 5))
def test_the_audit_agrees_with_the_attacker(data: tuple[list[list[int]], bool, bool], k: int) -> None:
    """The production audit flags exactly the cells the brute-force attacker recomputes, on primary
    suppression alone (where exposure is common)."""
    values, row_totals, col_totals = data
    grid = Grid(tuple(tuple(r) for r in values), row_totals, col_totals)
    primary = suppress(grid, 1).states  # k = 1 shows everything; then mark the small ones by hand
    states = [[None if s is None else (CellState.PRIMARY if v < k else CellState.SHOWN)
               for s, v in zip(row, vrow, strict=True)]
              for row, vrow in zip(primary, full_values(grid), strict=True)]
    assume(any(s is CellState.PRIMARY for row in states for s in row))
    assert sorted(exposed_cells(grid, states, k)) == sorted(recomputed(grid, states, k))


def test_primary_suppression_alone_is_recomputable() -> None:
    """The attacker works: one small cell hidden in a row whose total is shown is found by subtraction."""
    grid = Grid(((12, 1, 20),), row_totals=True)
    states = [[CellState.SHOWN, CellState.PRIMARY, CellState.SHOWN, CellState.SHOWN], [None, None, None, None]]
    assert recomputed(grid, states, 3) == [(0, 1)]
    assert possible_values(grid, states, 3)[(0, 1)] == {1}


def test_two_small_cells_pinned_by_their_bounds() -> None:
    """Hiding a second cell is not always enough: 2 + 2 = 4 with both below 3 leaves one solution."""
    grid = Grid(((2,), (2,), (9,)), col_totals=True)
    states = [[CellState.PRIMARY, None], [CellState.PRIMARY, None], [CellState.SHOWN, None],
              [CellState.SHOWN, None]]
    assert sorted(recomputed(grid, states, 3)) == [(0, 0), (1, 0)]
    result = suppress(grid, 3)
    assert recomputed(grid, result.states, 3) == []
    assert result.states[2][0] is CellState.COMPLEMENTARY  # the 9 goes too; the total (13) stays


def test_zero_is_hidden_like_any_small_count() -> None:
    grid = Grid(((0,), (7,), (5,)), col_totals=True)
    result = suppress(grid, 3)
    assert result.states[0][0] is CellState.PRIMARY
    assert result.states[3][0] is CellState.SHOWN  # the total
    assert sum(s is not CellState.SHOWN for row in result.states[:3] for s in row[:1]) == 2


def test_a_protected_total_is_never_a_complement_and_the_table_is_withheld_instead() -> None:
    # 0 + 3 = 3 (k 3): the 0 is pinned unless the total goes; the total is shared with other tables
    grid = Grid(((0,), (3,)), col_totals=True)
    assert suppress(grid, 3).states[2][0] is CellState.COMPLEMENTARY  # unprotected: the total goes
    result = suppress(grid, 3, protected=[(2, 0)])
    assert result.withheld
    assert all(s in (None, CellState.WITHHELD) for row in result.states for s in row)


def test_two_way_table_with_margins() -> None:
    grid = Grid(((20, 1, 15), (14, 12, 9), (30, 25, 2)), row_totals=True, col_totals=True)
    result = suppress(grid, 3, protected=[(3, 3)])
    assert not result.withheld
    assert result.states[3][3] is CellState.SHOWN
    assert recomputed(grid, result.states, 3) == []
    hidden = sum(s is not CellState.SHOWN for row in result.states for s in row)
    assert 4 <= hidden <= 6  # two small cells and a rectangle through them, not the whole table


@settings(max_examples=80)
@given(st.integers(1, 3).flatmap(lambda rows: st.integers(1, 3).flatmap(lambda cols: st.tuples(
    st.lists(st.lists(st.integers(0, 25), min_size=cols, max_size=cols), min_size=rows, max_size=rows),
    st.booleans(), st.booleans()))), st.integers(6, 10))
def test_large_k_settings_hold_too(data: tuple[list[list[int]], bool, bool], k: int) -> None:
    """The highest settings (k up to 10): wider "<k" ranges, larger counts."""
    values, row_totals, col_totals = data
    grid = Grid(tuple(tuple(r) for r in values), row_totals, col_totals)
    result = suppress(grid, k)
    if not result.withheld:
        assert recomputed(grid, result.states, k) == []
