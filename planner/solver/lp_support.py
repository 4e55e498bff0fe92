"""Large instances: the LP relaxation chooses the pathways, CP-SAT searches among them.

Why: at 20,000 people the class model has 271 thousand person-type arcs and CP-SAT cannot
even solve its linear relaxation in the time limit. The placed tier's LP, with person types
merged into *patterns* (same admissible hubs: wishes and seniority do not matter to the
number placed), has 2.2x fewer arcs and HiGHS's interior point method solves it in ~12 s;
its basic solution uses ~4,500 of those arcs and ~900 of 34,500 hub-to-session arcs.
Restricted to them, CP-SAT places 99.8 % of the LP bound in ~3 s (measured, 20,000 people,
seed 1: 11,942 of 11,966). The LP's value stays a proven bound on the full problem.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from dataclasses import dataclass, replace

import numpy as np
from ortools.linear_solver.python import model_builder as mb

from planner.domain.plan import Edits
from planner.solver.lp_bound import LinearBackend
from planner.solver.model import build_hub_model
from planner.solver.network import HubNet
from planner.solver.prepare import DIRECT

LP_SOLVER = "highs"
LP_PARAMETERS = "solver=ipm\noutput_flag=false"  # measured: simplex does not finish in 120 s
USED = 1e-6  # an arc the LP solution uses
NO_EDITS = Edits()


@dataclass(frozen=True, slots=True)
class Support:
    """The LP's bound on the number placed and the networks restricted to its pathways.

    CP-SAT searches ``net``, whose person types are patterns; ``types`` is the same restricted
    network over the real person types, which ``to_types`` maps a plan onto.
    """

    bound: int
    net: HubNet
    types: HubNet
    pattern_of: np.ndarray  # person type -> pattern
    arcs: int  # pattern arcs kept
    seats: np.ndarray  # the LP's flow on each kept hub -> session group arc


def _merge(net: HubNet, by_senior: bool, by_stay: bool) -> tuple[HubNet, np.ndarray]:
    """Person types merged by their hubs; with ``by_senior`` also by seniority, with
    ``by_stay`` by which hub holds their previous pathway (CP-SAT needs both; the LP only
    the second, and only on a re-solve). Also returns type -> pattern."""
    hubs_of = defaultdict(list)
    for t, h, _, stay in net.a1.tolist():
        hubs_of[t].append((h, stay if by_stay else 0))
    index: dict[tuple, int] = {}
    members: list[list[int]] = []
    rows: list[tuple[int, int, int, int]] = []
    pattern_of = np.full(len(net.members), -1, dtype=np.int64)
    for t, hubs in hubs_of.items():
        key = (tuple(sorted(hubs)), by_senior and bool(net.senior[t]))
        p = index.get(key)
        if p is None:
            p = index[key] = len(members)
            members.append([])
            rows += [(p, h, 0, stay) for h, stay in key[0]]
        members[p] += net.members[t]
        pattern_of[t] = p
    a1 = np.array(rows, dtype=np.int64).reshape(-1, 4)
    senior = np.array([k[1] for k in index], dtype=bool).reshape(-1)
    return replace(net, members=members, a1=a1, senior=senior), pattern_of


def _solve_lp(net: HubNet, budget_mad: float | None, deadline: float):
    """(placed, x1, x2) of the placed tier's LP, or None when not solved to optimality.

    On a re-solve, among the LP's optima the one keeping most of the previous plan (the
    stay tier, <= 3N, against 3N+1 per person placed): its rounding then moves few people.
    """
    backend = LinearBackend()
    hm = build_hub_model(net, budget_mad, backend)
    tiers = hm.tiers()
    if net.a1[:, 3].any() or net.previous2.any() or net.previous4.any():
        people = sum(len(m) for m in net.members)
        backend.model.maximize((3 * people + 1) * tiers["placed"] + tiers["stay"])
    else:
        backend.model.maximize(tiers["placed"])
    solver = mb.Solver(LP_SOLVER)
    solver.set_solver_specific_parameters(LP_PARAMETERS)
    solver.set_time_limit_in_seconds(max(0.1, deadline - time.perf_counter()))
    if solver.solve(backend.model) != mb.SolveStatus.OPTIMAL:
        return None
    x1 = solver.values(hm.x1).to_numpy() if hm.x1 else np.zeros(0)
    x2 = solver.values(hm.x2).to_numpy() if hm.x2 else np.zeros(0)
    return float(solver.value(tiers["placed"])), x1, x2


def lp_support(
    net: HubNet, budget_mad: float | None, seconds: float, edits: Edits = NO_EDITS
) -> Support | None:
    """The restricted network, or None when the LP is not solved within ``seconds`` (merging
    and building the LP included: at 20,000 people they take ~2 s)."""
    deadline = time.perf_counter() + seconds
    patterns, pattern_of = _merge(net, by_senior=True, by_stay=True)
    merged, merged_of = _merge(patterns, by_senior=False, by_stay=bool(edits.previous))
    solved = _solve_lp(merged, budget_mad, deadline)
    if solved is None:
        return None
    value, x1, x2 = solved
    pairs = {(p, h) for p, h in merged.a1[x1 > USED, :2].tolist()}
    direct = np.array([tc == DIRECT for tc, _, _ in net.hubs], dtype=bool).reshape(-1)
    used = _arcs_in(patterns.a1, merged_of, pairs, direct)
    group_of = merged_of[pattern_of] if len(merged_of) else pattern_of
    keep = _arcs_in(net.a1, group_of, pairs, direct)
    kept = (x2 > USED) | (net.previous2 > 0)
    a2, before = net.a2[kept], net.previous2[kept]
    return Support(
        math.floor(value + 1e-6),
        replace(patterns, a1=patterns.a1[used], a2=a2, previous2=before),
        replace(net, a1=net.a1[keep], a2=a2, previous2=before),
        pattern_of,
        int(used.sum()),
        x2[kept],
    )


def _arcs_in(a1: np.ndarray, group_of: np.ndarray, pairs: set, direct: np.ndarray) -> np.ndarray:
    """Mask of the arcs whose (group of their type, hub) the LP uses, of every direct pathway
    (cheap, no session, and the way back for people whose session the rounding closes) and
    of every previous pathway (a re-solve keeps people where they were when it can)."""
    used = np.array(
        [(int(group_of[t]), h) in pairs for t, h in a1[:, :2].tolist()], dtype=bool
    ).reshape(-1)
    return used | direct[a1[:, 1]] | (a1[:, 3] > 0) if len(a1) else used


def to_types(support: Support, values: tuple) -> tuple:
    """A plan over patterns as a plan over person types, the best-wished hubs first.

    Every type of a pattern has an arc to each hub its pattern uses, so handing out the
    pattern's flow pair by pair (highest wish points first) never strands a unit.
    """
    pnet, tnet = support.net, support.types
    arcs = zip(pnet.a1[:, :2].tolist(), values[0].tolist(), strict=True)
    flow = {(p, h): int(v) for (p, h), v in arcs if v}
    left = [len(m) for m in tnet.members]
    x1 = np.zeros(len(tnet.a1), dtype=np.int64)
    order = np.lexsort((tnet.a1[:, 0], -tnet.a1[:, 2]))
    for a in order.tolist():
        t, h = int(tnet.a1[a, 0]), int(tnet.a1[a, 1])
        key = (int(support.pattern_of[t]), h)
        take = min(left[t], flow.get(key, 0))
        if take:
            x1[a] = take
            left[t] -= take
            flow[key] -= take
    return (x1, *values[1:])
