"""The placed tier's LP relaxation as sparse arrays, for column generation with HiGHS.

Why: the relaxation of ``model.py``'s rules has few rows (one per person type, hub, ladder
node, session group, role group) and many columns (one per person type -> hub arc: 0.1 to
several million). Its optimum uses a few percent of those arcs, so the LP is solved over a
*master* set of arcs that grows with the arcs whose reduced cost says they would help. The
rows and the non-arc columns follow the rule units of ``model.py`` one for one (a test holds
the two LPs to the same optimum); they are built here as arrays because building 10^5-10^6
variables through a modelling API takes longer than solving them.

The LP maximises ``weight * placed + stay`` (``stay`` only on re-solves, worth less than one
person). Internally HiGHS minimises its negation.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import highspy
import numpy as np

from planner.solver.lp_network_bound import NetworkBound, network_bound
from planner.solver.model import ladder_entry
from planner.solver.network import HubNet
from planner.solver.prepare import DIRECT

INF = float("inf")
FEASIBLE_SOLUTION = 2  # HiGHS's solution status "feasible"
EMPTY = highspy.HighsModelStatus.kModelEmpty  # no column: HiGHS does not check the rows
SOLVED = (highspy.HighsModelStatus.kOptimal, EMPTY)
USED = 1e-6  # an arc the LP solution uses
MONEY_SCALE = 1e-5  # the budget row in thousands of MAD: centimes (1e8-1e10) scale badly


@dataclass(slots=True)
class Rows:
    """Row offsets of each block of constraints."""

    types: int
    persons: int
    hubs: int
    nodes: int
    seats: int
    minimum: int
    roles: int
    budget: int
    kept: int
    count: int


@dataclass(slots=True)
class Columns:
    """Fixed columns (everything but the person-type arcs) in CSC form, plus x1 arc data."""

    cost: np.ndarray  # minimised: minus the objective
    lower: np.ndarray
    upper: np.ndarray
    starts: np.ndarray
    index: np.ndarray
    value: np.ndarray
    x2: slice  # positions of the hub -> session group columns
    running: dict[int, int]  # session group -> column of its running sessions


class FlowLp:
    """The LP's rows, its fixed columns, and the data of every person-type arc column."""

    def __init__(self, net: HubNet, budget_cents: int | None, weight: int) -> None:
        self.net, self.weight = net, weight
        cat = net.prep.catalogue
        self.rows = _layout(net, budget_cents is not None)
        self.row_lower = np.full(self.rows.count, -INF)
        self.row_upper = np.full(self.rows.count, INF)
        self._groups = _group_facts(net)
        self._row_bounds(budget_cents)
        self.entry = _entry_nodes(net)
        hubs = np.array([tc for tc, _, _ in net.hubs], dtype=np.int64).reshape(-1)
        index = ladder_entry(net)
        node0 = np.array([index.get((tr, s, 0), -1) for _, tr, s in net.hubs], dtype=np.int64)
        node0 = node0.reshape(-1)
        a1 = net.a1
        direct = hubs[a1[:, 1]] == DIRECT
        self.arc_type = a1[:, 0].astype(np.int32)
        self.arc_second = np.where(
            direct, self.rows.nodes + node0[a1[:, 1]], self.rows.hubs + a1[:, 1]
        ).astype(np.int32)
        self.arc_cost = -(weight + a1[:, 3]).astype(np.float64)
        self.arc_upper = np.array([len(m) for m in net.members], dtype=np.float64)[a1[:, 0]]
        self.columns = _fixed_columns(self, cat)

    def running_groups(self) -> list[int | None]:
        """Per session group: 0 when its running sessions are a variable, else None (the
        same rule as ``model.add_seats_and_min_size``), for the rounding."""
        count = len(self.net.prep.catalogue.sessions)
        return [0 if g in self._groups.running else None for g in range(count)]

    def _row_bounds(self, budget_cents: int | None) -> None:
        r, net, g = self.rows, self.net, self._groups
        cat = net.prep.catalogue
        self.row_upper[r.types : r.types + len(net.members)] = [len(m) for m in net.members]
        self.row_upper[r.persons : r.hubs] = 1.0
        self.row_lower[r.hubs : r.seats] = 0.0
        self.row_upper[r.hubs : r.seats] = 0.0
        for k in range(len(cat.sessions)):
            s = cat.sessions[k]
            cap = 0.0 if k in g.running else s.seats * s.count
            self.row_upper[r.seats + k] = cap - g.locked[k]
            if k in g.running:
                self.row_lower[r.minimum + k] = -g.locked[k]
        for k, role in enumerate(cat.roles):
            self.row_upper[r.roles + k] = role.openings - g.locked_roles[k]
        if budget_cents is not None:
            spent = sum(s.cost * g.locked[k] for k, s in enumerate(cat.sessions))
            self.row_upper[r.budget] = (budget_cents - spent) * MONEY_SCALE
        self.row_upper[r.kept : r.count] = 0.0


@dataclass(slots=True)
class _Groups:
    locked: np.ndarray  # locked people per session group
    locked_roles: np.ndarray  # and per role group
    running: set[int]  # session groups whose running sessions are a column
    persons: dict[int, int]  # banned person -> their row among the persons rows


def _group_facts(net: HubNet) -> _Groups:
    cat = net.prep.catalogue
    locked = np.zeros(len(cat.sessions), dtype=np.int64)
    locked_roles = np.zeros(len(cat.roles), dtype=np.int64)
    for g, h in net.locked.values():
        if g != DIRECT:
            locked[g] += 1
        locked_roles[h] += 1
    inflow = np.zeros(len(cat.sessions), dtype=bool)
    inflow[net.a2[:, 1]] = True
    for p in net.paths:
        if p[1] != DIRECT:
            inflow[p[1]] = True
    running = {
        g
        for g, s in enumerate(cat.sessions)
        if (s.min_size > 0 or s.fixed > 0) and (inflow[g] or locked[g])
    }
    persons: dict[int, int] = {}
    for p in net.paths:
        persons.setdefault(p[0], len(persons))
    return _Groups(locked, locked_roles, running, persons)


def _layout(net: HubNet, budget: bool) -> Rows:
    cat = net.prep.catalogue
    persons = len({p[0] for p in net.paths})
    sizes = [len(net.members), persons, len(net.hubs), len(net.nodes)]
    sizes += [len(cat.sessions), len(cat.sessions), len(cat.roles), int(budget)]
    sizes += [int(np.count_nonzero(net.previous2) + np.count_nonzero(net.previous4))]
    starts = np.concatenate([[0], np.cumsum(sizes)]).astype(int).tolist()
    return Rows(*starts)


def _entry_nodes(net: HubNet) -> np.ndarray:
    """Ladder node each hub -> session group arc feeds: first key at or after the group's."""
    sessions = net.prep.catalogue.sessions
    if not len(net.a2):
        return np.zeros(0, dtype=np.int64)
    ladder_of = {key: k for k, key in enumerate(net.ladders)}
    first = np.cumsum([0] + [len(keys) for keys in net.ladders.values()])
    hub_ladder = np.array([ladder_of[(tr, s)] for _, tr, s in net.hubs], dtype=np.int64)
    ladders = hub_ladder[net.a2[:, 0]]
    date = np.array([g.date_key for g in sessions], dtype=np.int64)[net.a2[:, 1]]
    out = np.zeros(len(net.a2), dtype=np.int64)
    for k, keys in enumerate(net.ladders.values()):
        arcs = np.flatnonzero(ladders == k) if len(keys) else ()
        if len(arcs):
            out[arcs] = first[k] + np.searchsorted(np.asarray(keys), date[arcs])
    return out


class _Triplets:
    """Columns as (column, row, value) entries, assembled into CSC at the end."""

    def __init__(self) -> None:
        self.cost, self.lower, self.upper = [], [], []
        self.cols, self.rows, self.values = [], [], []
        self.count = 0

    def block(self, cost, lower, upper) -> np.ndarray:
        """New columns with these bounds and costs; returns their indices."""
        cost = np.atleast_1d(np.asarray(cost, dtype=np.float64))
        n = len(cost)
        self.cost.append(cost)
        self.lower.append(np.broadcast_to(np.asarray(lower, dtype=np.float64), (n,)))
        self.upper.append(np.broadcast_to(np.asarray(upper, dtype=np.float64), (n,)))
        self.count += n
        return np.arange(self.count - n, self.count)

    def entries(self, cols, rows, values) -> None:
        cols = np.asarray(cols, dtype=np.int64)
        self.cols.append(cols)
        self.rows.append(np.broadcast_to(np.asarray(rows, dtype=np.int64), cols.shape))
        self.values.append(np.broadcast_to(np.asarray(values, dtype=np.float64), cols.shape))

    def csc(self) -> tuple:
        cols, rows = np.concatenate(self.cols), np.concatenate(self.rows)
        values = np.concatenate(self.values)
        order = np.lexsort((rows, cols))
        starts = np.zeros(self.count + 1, dtype=np.int32)
        starts[1:] = np.cumsum(np.bincount(cols, minlength=self.count))
        arrays = [np.concatenate(x) for x in (self.cost, self.lower, self.upper)]
        return (*arrays, starts, rows[order].astype(np.int32), values[order])


def _fixed_columns(lp: FlowLp, cat) -> Columns:
    """Columns of banned people's paths, session seats, ladder steps, role seats, running
    sessions and (re-solves) previous seats kept, in that order."""
    out = _Triplets()
    _path_columns(lp, out)
    x2 = _seat_columns(lp, cat, out)
    _ladder_columns(lp, out)
    x4 = _role_columns(lp, cat, out)
    running = _running_columns(lp, cat, out)
    row = lp.rows.kept
    for columns, before in ((x2, lp.net.previous2), (x4, lp.net.previous4)):
        arcs = np.flatnonzero(before)
        kept = out.block(-np.ones(len(arcs)), 0.0, before[arcs].astype(np.float64))
        out.entries(kept, row + np.arange(len(arcs)), 1.0)
        out.entries(columns[arcs], row + np.arange(len(arcs)), -1.0)
        row += len(arcs)
    cost, lower, upper, starts, index, value = out.csc()
    seats = slice(int(x2[0]), int(x2[-1]) + 1) if len(x2) else slice(0, 0)
    return Columns(cost, lower, upper, starts, index, value, seats, running)


def _path_columns(lp: FlowLp, out: _Triplets) -> None:
    r, g = lp.rows, lp._groups
    for i, grp, h, _, stay in lp.net.paths:
        (col,) = out.block(-(lp.weight + stay), 0.0, 1.0)
        out.entries([col, col], [r.persons + g.persons[i], r.roles + h], 1.0)
        if grp != DIRECT:
            _seat_entries(lp, out, np.array([col]), np.array([grp]))


def _seat_columns(lp: FlowLp, cat, out: _Triplets) -> np.ndarray:
    r, a2 = lp.rows, lp.net.a2
    caps = np.array([s.seats * s.count for s in cat.sessions], dtype=np.float64)
    cols = out.block(np.zeros(len(a2)), 0.0, caps[a2[:, 1]] if len(a2) else [])
    out.entries(cols, r.hubs + a2[:, 0], -1.0)
    out.entries(cols, r.nodes + lp.entry, 1.0)
    _seat_entries(lp, out, cols, a2[:, 1])
    return cols


def _seat_entries(lp: FlowLp, out: _Triplets, cols: np.ndarray, groups: np.ndarray) -> None:
    """A person in a session group: a seat, the minimum size, the seat's cost."""
    r, cat = lp.rows, lp.net.prep.catalogue
    out.entries(cols, r.seats + groups, 1.0)
    running = np.zeros(len(cat.sessions), dtype=bool)
    running[list(lp._groups.running)] = True
    out.entries(cols[running[groups]], r.minimum + groups[running[groups]], 1.0)
    cost = np.array([s.cost for s in cat.sessions], dtype=np.float64)[groups] * MONEY_SCALE
    if r.budget < r.kept:
        out.entries(cols[cost > 0], r.budget, cost[cost > 0])


def _ladder_columns(lp: FlowLp, out: _Triplets) -> None:
    """x3: people carried from a ladder node to the next (none out of a ladder's last)."""
    r, nodes = lp.rows, lp.net.nodes
    pairs = [node[:2] for node in nodes]
    ends = [n + 1 == len(nodes) or pairs[n + 1] != pairs[n] for n in range(len(nodes))]
    last = np.array(ends, dtype=bool)
    total = float(sum(len(m) for m in lp.net.members) + len(lp.net.paths))
    cols = out.block(np.zeros(len(nodes)), 0.0, np.where(last, 0.0, total))
    out.entries(cols, r.nodes + np.arange(len(nodes)), -1.0)
    out.entries(cols[~last], r.nodes + np.flatnonzero(~last) + 1, 1.0)


def _role_columns(lp: FlowLp, cat, out: _Triplets) -> np.ndarray:
    r, a4 = lp.rows, lp.net.a4
    openings = np.array([role.openings for role in cat.roles], dtype=np.float64)
    cols = out.block(np.zeros(len(a4)), 0.0, openings[a4[:, 1]] if len(a4) else [])
    out.entries(cols, r.nodes + a4[:, 0], -1.0)
    out.entries(cols, r.roles + a4[:, 1], 1.0)
    return cols


def _running_columns(lp: FlowLp, cat, out: _Triplets) -> dict[int, int]:
    r, g, running = lp.rows, lp._groups, {}
    for grp in sorted(g.running):
        s = cat.sessions[grp]
        (col,) = out.block(0.0, 1.0 if g.locked[grp] else 0.0, float(s.count))
        out.entries([col, col], [r.seats + grp, r.minimum + grp], [-s.seats, -max(s.min_size, 1)])
        if r.budget < r.kept:
            out.entries([col], r.budget, s.fixed * MONEY_SCALE)
        running[grp] = col
    return running


def _quiet_highs() -> highspy.Highs:
    """A HiGHS instance with its output off (its constructor prints a banner on stdout, which
    would land in the middle of the command line's own output)."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            highs = highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("solver", "ipm")
    highs.setOptionValue("run_crossover", "off")
    return highs


class Master:
    """The LP over the fixed columns and a growing set of person-type arcs."""

    def __init__(self, lp: FlowLp) -> None:
        self.lp = lp
        self.in_master = np.zeros(len(lp.arc_type), dtype=bool)
        self.arcs = np.zeros(0, dtype=np.int64)  # master arcs, in column order
        self.highs = _quiet_highs()
        model = highspy.HighsLp()
        cols = lp.columns
        model.num_col_, model.num_row_ = len(cols.cost), lp.rows.count
        model.col_cost_, model.col_lower_, model.col_upper_ = cols.cost, cols.lower, cols.upper
        model.row_lower_, model.row_upper_ = lp.row_lower, lp.row_upper
        matrix = model.a_matrix_
        matrix.format_ = highspy.MatrixFormat.kColwise
        matrix.num_col_, matrix.num_row_ = model.num_col_, model.num_row_
        matrix.start_, matrix.index_, matrix.value_ = cols.starts, cols.index, cols.value
        self.highs.passModel(model)
        self.fixed = len(cols.cost)
        self.infeasible = False

    def add(self, arcs: np.ndarray) -> int:
        """Add these person-type arcs (those not already in); returns how many were new."""
        arcs = np.unique(arcs[~self.in_master[arcs]])
        if not len(arcs):
            return 0
        lp = self.lp
        rows = np.stack([lp.arc_type[arcs], lp.arc_second[arcs]], axis=1).reshape(-1)
        starts = np.arange(0, 2 * len(arcs), 2, dtype=np.int32)
        self.highs.addCols(
            len(arcs),
            lp.arc_cost[arcs],
            np.zeros(len(arcs)),
            lp.arc_upper[arcs],
            len(rows),
            starts,
            rows.astype(np.int32),
            np.ones(len(rows)),
        )
        self.in_master[arcs] = True
        self.arcs = np.concatenate([self.arcs, arcs])
        return len(arcs)

    def solve(self, seconds: float) -> Solution | None:
        """The master's optimum, or None when HiGHS does not reach it within ``seconds``."""
        self.highs.setOptionValue("time_limit", max(0.05, seconds))
        self.highs.run()
        status = self.highs.getModelStatus()
        self.infeasible = status == highspy.HighsModelStatus.kInfeasible
        if status == EMPTY and not self._zero_fits():
            return None
        if status not in SOLVED and not self._feasible_anyway(status):
            return None
        solution = self.highs.getSolution()
        values = np.asarray(solution.col_value)
        x1 = np.zeros(len(self.in_master))
        x1[self.arcs] = values[self.fixed :]
        objective = -self.highs.getInfo().objective_function_value
        return Solution(objective, x1, values[self.lp.columns.x2], np.asarray(solution.row_dual))

    def _feasible_anyway(self, status) -> bool:
        """An interior point that stopped short of its tolerances (status "unknown") with a
        feasible primal and dual: its duals still give a valid bound and its arcs to price."""
        info = self.highs.getInfo()
        return (
            status == highspy.HighsModelStatus.kUnknown
            and info.primal_solution_status == FEASIBLE_SOLUTION
            and info.dual_solution_status == FEASIBLE_SOLUTION
        )

    def _zero_fits(self) -> bool:
        """Every row holds with nothing placed (a model without columns, e.g. locks only)."""
        lp = self.lp
        return bool(np.all(lp.row_lower <= 0) and np.all(lp.row_upper >= 0))


@dataclass(frozen=True, slots=True)
class Solution:
    """A master optimum: objective (weight * placed + stay), arc flows, seats, row duals."""

    objective: float
    x1: np.ndarray  # flow on every person-type arc (0 off the master)
    x2: np.ndarray  # flow on every hub -> session group arc
    duals: np.ndarray


def reduced_costs(lp: FlowLp, duals: np.ndarray) -> np.ndarray:
    """Every person-type arc's reduced cost (minimised form: negative means it would help)."""
    return lp.arc_cost - duals[lp.arc_type] - duals[lp.arc_second]


def upper_bound(lp: FlowLp, duals: np.ndarray) -> float:
    """A valid upper bound on the whole LP (every arc, not only the master's) from any duals.

    The Lagrangian dual: rows are priced at ``duals`` (projected on the signs their bounds
    allow), each fixed column takes the bound its reduced cost prefers, and each person type
    sends all its people down its best arc if that arc's reduced cost is negative.
    """
    y = np.where(np.isinf(lp.row_lower), np.minimum(duals, 0.0), duals)
    y = np.where(np.isinf(lp.row_upper), np.maximum(y, 0.0), y)
    types = slice(lp.rows.types, lp.rows.types + len(lp.net.members))
    y[types] = 0.0
    rows = np.where(y > 0, y * _finite(lp.row_lower), np.where(y < 0, y * _finite(lp.row_upper), 0))
    cols = lp.columns
    owner = np.repeat(np.arange(len(cols.cost)), np.diff(cols.starts))
    d = cols.cost - np.bincount(owner, weights=cols.value * y[cols.index], minlength=len(cols.cost))
    fixed = np.where(d > 0, d * cols.lower, d * cols.upper)
    arc = lp.arc_cost - y[lp.arc_second]
    best = np.zeros(len(lp.net.members))
    np.minimum.at(best, lp.arc_type, arc)
    sizes = lp.row_upper[types]
    total = rows.sum() + fixed.sum() + (best * sizes).sum()
    return -float(total)


def _finite(bounds: np.ndarray) -> np.ndarray:
    return np.where(np.isinf(bounds), 0.0, bounds)


def best_arcs(lp: FlowLp, reduced: np.ndarray, exclude: np.ndarray, per_type: int, tol: float):
    """Up to ``per_type`` arcs per person type with reduced cost below ``-tol``, best first."""
    candidates = np.flatnonzero((reduced < -tol) & ~exclude)
    if not len(candidates):
        return candidates
    order = np.lexsort((reduced[candidates], lp.arc_type[candidates]))
    ranked = candidates[order]
    types = lp.arc_type[ranked]
    first = np.r_[True, types[1:] != types[:-1]]
    start = np.maximum.accumulate(np.where(first, np.arange(len(types)), 0))
    return ranked[np.arange(len(types)) - start < per_type]


PER_TYPE = 10  # arcs a person type may gain per round
TOLERANCE = 1e-3  # of a person's weight: reduced costs closer to 0 are interior-point noise
NETWORK_SECONDS_PER_ARC = 5e-6  # measured: 502,131 arcs in 1.5-2.6 s (loaded machine)
ROUND_GROWTH = 1.5  # a master's solve time over the last one's (20,000 people: 1.1-2.2)


@dataclass(frozen=True, slots=True)
class Generated:
    """The last master optimum (None if none was reached in time) and the best bound found."""

    solution: Solution | None
    bound: float
    rounds: int
    arcs: int


def generate_columns(
    lp: FlowLp,
    start: np.ndarray,
    deadline: float,
    on_round: Callable | None = None,
    first_deadline: float | None = None,
    slow: float = 1.0,
) -> Generated:
    """Grow the master from ``start`` until no arc would help or ``deadline`` passes; the
    first master may run until ``first_deadline`` (without an LP there is no plan to round).
    ``on_round(placed, bound on placed, arcs)`` hears of each round.

    Each round prices the arcs by the flow that keeps the network whole (``lp_network_bound``:
    its arcs join the master, and it bounds the LP), or, when that flow adds nothing or has no
    time, by reduced cost. Every round's bound is valid, so the bound is proven whenever the
    search stops. A round predicted not to finish before ``deadline`` is not started; ``slow``
    scales the measured costs the predictions use to how this machine runs now.
    """
    master = Master(lp)
    master.add(start)
    best, bound, rounds, last = None, INF, 0, 0.0
    while True:
        until = deadline if best is not None or first_deadline is None else first_deadline
        began = time.perf_counter()
        if best is not None and began + ROUND_GROWTH * last > deadline:
            break
        solution = master.solve(until - began)
        last = time.perf_counter() - began
        if solution is None and master.infeasible and not master.in_master.all():
            master.add(np.arange(len(lp.arc_type)))  # locks a few arcs cannot satisfy
            continue
        if solution is None:
            break
        best, rounds = solution, rounds + 1
        priced = _network_bound(lp, solution, until, slow)
        bound = min(bound, upper_bound(lp, solution.duals), priced.bound if priced else INF)
        if on_round is not None:
            on_round(solution.objective / lp.weight, bound / lp.weight, len(master.arcs))
        if bound - solution.objective < 0.5 or not master.add(_fresh(lp, master, solution, priced)):
            break
    return Generated(best, bound, rounds, len(master.arcs))


def _stop_at(highs: highspy.Highs, deadline: float) -> None:
    """Interrupt HiGHS at ``deadline`` from its own callbacks: its time limit is checked too
    rarely in branch and bound (20,000 people, loaded machine: 11.8 s for a 4.9 s limit)."""

    def interrupt(event) -> None:
        if time.perf_counter() > deadline:
            event.interrupt()

    highs.cbSimplexInterrupt += interrupt
    highs.cbIpmInterrupt += interrupt
    highs.cbMipInterrupt += interrupt


def _network_bound(
    lp: FlowLp, solution: Solution, deadline: float, slow: float = 1.0
) -> NetworkBound | None:
    """The bound that keeps the network whole, when its flow fits before ``deadline``."""
    if time.perf_counter() + len(lp.arc_type) * NETWORK_SECONDS_PER_ARC * slow > deadline:
        return None
    return network_bound(lp, solution.duals)


def _fresh(lp: FlowLp, master: Master, solution: Solution, priced) -> np.ndarray:
    """The arcs of the network's best response not yet in the master, else the best arcs by
    reduced cost (interior duals can leave the first empty before the LP is optimal)."""
    if priced is not None:
        fresh = priced.arcs[~master.in_master[priced.arcs]]
        if len(fresh):
            return fresh
    reduced = reduced_costs(lp, solution.duals)
    return best_arcs(lp, reduced, master.in_master, PER_TYPE, TOLERANCE * lp.weight)


def integer_seats(
    lp: FlowLp, arcs: np.ndarray, deadline: float, more_than: int = -1
) -> np.ndarray | None:
    """Whole seats per hub -> session group arc from the integer program over ``arcs`` placing
    more than ``more_than`` people, or None when HiGHS finds no such plan before ``deadline``.

    Why: over the arcs of the LP's optimal face the integer program is small, and HiGHS's
    branch and bound closes what rounding loses to minimum sizes and whole seats (5,000
    people: 2,347 of 2,347 against 2,331 by rounding, in 3.6 s). The cut-off keeps it from
    returning plans no better than the rounding's (an empty plan is always feasible).
    """
    master = Master(lp)
    master.add(arcs)
    highs, columns = master.highs, master.highs.getNumCol()
    kinds = np.full(columns, highspy.HighsVarType.kInteger)
    highs.changeColsIntegrality(columns, np.arange(columns, dtype=np.int32), kinds)
    for name, value in (("solver", "choose"), ("run_crossover", "on"), ("mip_abs_gap", 0.99)):
        highs.setOptionValue(name, value)
    highs.setOptionValue("time_limit", max(0.05, deadline - time.perf_counter()))
    _stop_at(highs, deadline)
    highs.run()
    info = highs.getInfo()
    found = info.primal_solution_status == FEASIBLE_SOLUTION
    if not found or -info.objective_function_value < lp.weight * (more_than + 0.5):
        return None
    values = np.asarray(highs.getSolution().col_value)
    return np.round(values[lp.columns.x2])
