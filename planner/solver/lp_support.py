"""The LP relaxation chooses the pathways; CP-SAT and the rounding work among them.

The placed tier's LP (``lp_master``), over person types merged into *patterns* (same
admissible hubs: wishes and seniority do not matter to the number placed), is solved by column
generation: its optimum uses a few percent of the pattern arcs. Its value, or the Lagrangian
bound of the last round when time runs out first, is a proven bound on the number placed.
The network restricted to the arcs the LP uses (plus every direct pathway and every previous
pathway) is small enough for CP-SAT at any size, and the LP's seats feed the rounding.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from planner.domain.money import cents
from planner.domain.plan import Edits
from planner.solver.classes import site_class
from planner.solver.lp_master import USED, FlowLp, generate_columns, vertex
from planner.solver.network import HubNet
from planner.solver.prepare import DIRECT

VERTEX_SHARE = 0.25  # of the LP's time kept for the vertex of its optimum
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
    all_seats: np.ndarray  # the LP's flow on every hub -> session group arc of the network


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


def lp_support(
    net: HubNet,
    budget_mad: float | None,
    seconds: float,
    edits: Edits = NO_EDITS,
    floor: dict[int, tuple[int, int]] | None = None,
    on_round: Callable | None = None,
) -> Support | None:
    """The network restricted to the LP's pathways with the LP's bound, or None when no master
    LP was solved within ``seconds`` (merging and building included). ``floor`` (person ->
    class pair of a plan already in hand) seeds the master, so the first LP is no worse."""
    deadline = time.perf_counter() + seconds
    patterns, pattern_of = _merge(net, by_senior=True, by_stay=True)
    merged, merged_of = _merge(patterns, by_senior=False, by_stay=bool(edits.previous))
    resolve = bool(merged.a1[:, 3].any() or net.previous2.any() or net.previous4.any())
    weight = 3 * sum(len(m) for m in merged.members) + 1 if resolve else 1
    lp = FlowLp(merged, None if budget_mad is None else cents(budget_mad), weight)
    group_of = _compose(pattern_of, merged_of)
    start = _start_arcs(net, merged, group_of, floor or {})
    found = generate_columns(lp, start, deadline - VERTEX_SHARE * seconds, on_round)
    if found.solution is None:
        return None
    solution = vertex(lp, found.solution, deadline) or found.solution
    x1, x2 = solution.x1, solution.x2
    pairs = {(p, h) for p, h in merged.a1[x1 > USED, :2].tolist()}
    direct = np.array([tc == DIRECT for tc, _, _ in net.hubs], dtype=bool).reshape(-1)
    used = _arcs_in(patterns.a1, merged_of, pairs, direct)
    keep = _arcs_in(net.a1, group_of, pairs, direct)
    kept = (x2 > USED) | (net.previous2 > 0)
    a2, before = net.a2[kept], net.previous2[kept]
    return Support(
        math.floor(found.bound / weight + 1e-6),
        replace(patterns, a1=patterns.a1[used], a2=a2, previous2=before),
        replace(net, a1=net.a1[keep], a2=a2, previous2=before),
        pattern_of,
        int(used.sum()),
        x2[kept],
        x2,
    )


def _compose(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """second[first[t]], and -1 where ``first`` has no image (types without arcs)."""
    if not len(second):
        return np.full(len(first), -1, dtype=np.int64)
    return np.where(first >= 0, second[np.maximum(first, 0)], -1)


def _start_arcs(net: HubNet, merged: HubNet, group_of: np.ndarray, floor: dict) -> np.ndarray:
    """The first master: every direct arc, every previous pathway's arc, each type's first
    arc, and the arcs of the floor plan's class pairs."""
    a1 = merged.a1
    direct = np.array([tc == DIRECT for tc, _, _ in merged.hubs], dtype=bool).reshape(-1)
    first = np.r_[True, a1[1:, 0] != a1[:-1, 0]] if len(a1) else np.zeros(0, dtype=bool)
    start = direct[a1[:, 1]] | (a1[:, 3] > 0) | first
    if floor:
        type_of = np.full(len(net.prep.dataset.employees), -1, dtype=np.int64)
        for t, people in enumerate(net.members):
            type_of[people] = t
        hub_of = {hub: k for k, hub in enumerate(net.hubs)}
        sigma = site_class(net.prep)[net.prep.people.profile]
        wanted = {
            (int(group_of[type_of[i]]), hub_of.get((tc, tr, int(sigma[i]))))
            for i, (tc, tr) in floor.items()
            if type_of[i] >= 0
        }
        start |= np.array([(p, h) in wanted for p, h in a1[:, :2].tolist()], dtype=bool)
    return np.flatnonzero(start)


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
