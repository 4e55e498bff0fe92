"""Round the LP of a large model into a plan: its session seats fixed, the rest a max flow.

Why: the LP is nearly integral, and once each hub -> session group arc has a whole number of
seats, the only coupling that makes the model more than a flow (a group's seats shared by
hubs of different role classes) is gone. A min-cost max flow (OR-Tools, well under a second at
90,000 people) then places as many as those seats and the openings allow, seniors first.
Groups left under their minimum size, and the budget if rounding broke it, are repaired by
closing groups and flowing again. The plan is CP-SAT's hint, and the floor it must beat.
"""

from __future__ import annotations

import math
import time

import numpy as np
from ortools.graph.python import min_cost_flow

from planner.solver.model import FlowValues, HubModel, entry_node, ladder_entry
from planner.solver.prepare import DIRECT

REPAIR_ROUNDS = 8


class _Flow:
    """The restricted network as arc arrays: source, patterns, hubs, ladder nodes, roles."""

    def __init__(self, hm: HubModel):
        net, cat = hm.net, hm.net.prep.catalogue
        self.net = net
        nt, nh, nn = len(net.members), len(net.hubs), len(net.nodes)
        ot, oh, on, orole = 2, 2 + nt, 2 + nt + nh, 2 + nt + nh + nn
        index = ladder_entry(net)
        sizes = np.array([len(m) for m in net.members], dtype=np.int64)
        big = int(sizes.sum()) + 1
        into = [
            oh + h if tc != DIRECT else on + index[(tr, s, 0)]
            for h, (tc, tr, s) in enumerate(net.hubs)
        ]
        entry = [
            entry_node(net, index, net.hubs[h][1], net.hubs[h][2], cat.sessions[g].date_key)
            for h, g in net.a2.tolist()
        ]
        steps = [n for n in range(nn - 1) if net.nodes[n + 1][:2] == net.nodes[n][:2]]
        locked = np.zeros(len(cat.roles), dtype=np.int64)
        for _, h in net.locked.values():
            locked[h] += 1
        openings = np.array([r.openings for r in cat.roles], dtype=np.int64) - locked
        parts = [
            (np.zeros(nt, np.int64), ot + np.arange(nt), sizes),
            (ot + net.a1[:, 0], np.array(into, np.int64)[net.a1[:, 1]], sizes[net.a1[:, 0]]),
            (oh + net.a2[:, 0], on + np.array(entry, np.int64), np.zeros(len(net.a2), np.int64)),
            (
                on + np.array(steps, np.int64),
                on + np.array(steps, np.int64) + 1,
                np.full(len(steps), big),
            ),
            (on + net.a4[:, 0], orole + net.a4[:, 1], np.full(len(net.a4), big)),
            (
                orole + np.arange(len(cat.roles)),
                np.ones(len(cat.roles), np.int64),
                np.maximum(openings, 0),
            ),
            (on + net.a4[:, 0], orole + net.a4[:, 1], net.previous4),  # previous roles again
        ]
        self.tails = np.concatenate([p[0] for p in parts]).astype(np.int64)
        self.heads = np.concatenate([p[1] for p in parts]).astype(np.int64)
        self.caps = np.concatenate([p[2] for p in parts]).astype(np.int64)
        self.costs = np.zeros(len(self.caps), dtype=np.int64)
        bounds = np.cumsum([0] + [len(p[0]) for p in parts])
        part = [slice(bounds[k], bounds[k + 1]) for k in range(len(parts))]
        self.a1, self.a2, self.steps, self.a4 = part[1:5]
        self.again = part[6]
        # Among max flows: the LP's seats filled first (so groups keep their minimum size),
        # then the most seniors, then the most people kept on their previous pathway.
        self.costs[:nt] = np.where(net.senior, 0, big)
        self.costs[self.a1] = -net.a1[:, 3]
        self.costs[self.a2] = -big * big
        self.costs[self.again] = -1
        self.step_nodes = steps

    def solve(self, seats: np.ndarray) -> np.ndarray | None:
        self.caps[self.a2] = seats
        flow = min_cost_flow.SimpleMinCostFlow()
        flow.add_arcs_with_capacity_and_unit_cost(self.tails, self.heads, self.caps, self.costs)
        total = int(self.caps[: len(self.net.members)].sum())
        flow.set_node_supply(0, total)
        flow.set_node_supply(1, -total)
        if flow.solve_max_flow_with_min_cost() != flow.OPTIMAL:
            return None
        return flow.flows(np.arange(len(self.caps)))


def rounded_values(
    hm: HubModel, lp_seats: np.ndarray, budget_cents: int | None, deadline: float = math.inf
) -> tuple | None:
    """Values of (x1, x2, x3, x4, xp, running) of a plan obeying every rule, or None (also
    when a repair's flow, timed as the last one, would end after ``deadline``). On a re-solve
    the previous plan's role seats (``net.previous4``) are kept where they can be."""
    flow = _Flow(hm)
    groups = hm.net.a2[:, 1]
    seats = whole_seats(lp_seats, groups)
    locked = _locked_count(hm)
    last = 0.0
    for _ in range(REPAIR_ROUNDS):
        began = time.perf_counter()
        if began + last > deadline:
            return None
        flows = flow.solve(seats)
        last = time.perf_counter() - began
        if flows is None:
            return None
        x2 = flows[flow.a2]
        people = _people(hm, x2, locked)
        running = _running(hm, people)
        cut = _size_cuts(hm, people, running, locked) or _budget_cut(
            hm, people, running, locked, budget_cents
        )
        if not cut:
            return _values(hm, flow, flows, running)
        for g, keep in cut.items():
            seats[groups == g] = _shrink(x2[groups == g], keep)
    return None


def whole_seats(lp_seats: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Whole seats per arc that keep each group's LP total (to the nearest seat): every arc
    its floor, then the arcs with the largest fractions one more. Rounding each arc alone
    loses a group's many small fractions (an interior LP optimum spreads seats thinly)."""
    base = np.floor(lp_seats + 1e-6)
    frac = np.where(lp_seats - base > 1e-6, lp_seats - base, 0.0)
    n = int(groups.max()) + 1 if len(groups) else 0
    extra = np.floor(np.bincount(groups, weights=lp_seats, minlength=n) + 0.5)
    extra -= np.bincount(groups, weights=base, minlength=n)
    order = np.lexsort((-frac, groups))
    ranked = groups[order]
    first = np.r_[True, ranked[1:] != ranked[:-1]] if len(order) else np.zeros(0, dtype=bool)
    rank = np.arange(len(order)) - np.maximum.accumulate(np.where(first, np.arange(len(order)), 0))
    more = np.zeros(len(order), dtype=bool)
    more[order] = (rank < extra[ranked]) & (frac[order] > 0)
    return (base + more).astype(np.int64)


def _people(hm: HubModel, x2: np.ndarray, locked: np.ndarray) -> np.ndarray:
    people = np.bincount(hm.net.a2[:, 1], weights=x2, minlength=len(locked))
    return people.astype(np.int64) + locked


def _running(hm: HubModel, people: np.ndarray) -> list:
    """Fewest sessions that hold each group's people (a group with a locked person runs)."""
    cat = hm.net.prep.catalogue
    return [
        None if r is None else int(-(-people[g] // cat.sessions[g].seats))
        for g, r in enumerate(hm.running)
    ]


def _size_cuts(hm: HubModel, people, running, locked) -> dict[int, int]:
    """Groups over their seats (seats taken from a previous plan, plus new locks) or unable
    to fill their sessions to the minimum: how many people on their arcs they keep."""
    cat, cuts = hm.net.prep.catalogue, {}
    for g, run in enumerate(running):
        s = cat.sessions[g]
        if people[g] > s.seats * s.count:
            cuts[g] = max(0, s.seats * s.count - locked[g])
        elif run and people[g] < max(s.min_size, 1) * run and not locked[g]:
            cuts[g] = s.seats * (run - 1) if run > 1 else 0
    return cuts


def _locked_count(hm: HubModel) -> np.ndarray:
    """Locked people per session group: constants of the model, on no arc."""
    count = np.zeros(len(hm.net.prep.catalogue.sessions), dtype=np.int64)
    for g, _ in hm.net.locked.values():
        if g != DIRECT:
            count[g] += 1
    return count


def _budget_cut(hm: HubModel, people, running, locked, budget_cents) -> dict[int, int]:
    """Over budget: the group dearest per person loses enough people (or closes)."""
    if budget_cents is None:
        return {}
    cat = hm.net.prep.catalogue
    spend = [
        cat.sessions[g].cost * people[g] + cat.sessions[g].fixed * (run or 0)
        for g, run in enumerate(running)
    ]
    over = sum(spend) - budget_cents
    if over <= 0:
        return {}
    open_groups = [g for g in range(len(spend)) if people[g] and not locked[g]]
    if not open_groups:
        return {}
    g = max(open_groups, key=lambda g: (spend[g] / people[g], g))
    per = max(cat.sessions[g].cost, 1)
    return {g: max(0, int(people[g] - -(-over // per)))}


def _shrink(x2: np.ndarray, keep: int) -> np.ndarray:
    """Seats of a group's arcs cut to ``keep`` in all, the smallest arcs first."""
    seats = x2.copy()
    excess = int(seats.sum()) - keep
    for a in np.argsort(seats, kind="stable"):
        take = min(excess, int(seats[a]))
        seats[a] -= take
        excess -= take
    return seats


def _values(hm: HubModel, flow: _Flow, flows: np.ndarray, running: list) -> tuple:
    net = hm.net
    x3 = np.zeros(len(net.nodes), dtype=np.int64)
    x3[flow.step_nodes] = flows[flow.steps]
    xp = np.zeros(len(net.paths), dtype=np.int64)
    return FlowValues(
        flows[flow.a1].astype(np.int64),
        flows[flow.a2].astype(np.int64),
        x3,
        (flows[flow.a4] + flows[flow.again]).astype(np.int64),
        xp,
        running,
    )
