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
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from planner.domain.money import cents
from planner.domain.plan import Edits
from planner.solver.classes import site_class
from planner.solver.lp_master import (
    USED,
    FlowLp,
    generate_columns,
    integer_seats,
)
from planner.solver.lp_round import rounded_values
from planner.solver.network import HubNet
from planner.solver.prepare import DIRECT

# HiGHS's branch and bound solves its root LP by simplex, slow on these degenerate flows:
# over 17,785 arcs it found the integer optimum in 3.6 s; over 23,837 arcs (8,000 people)
# nothing in 6.5 s, over 40,140 nothing in 60 s. So it gets the LP's busiest arcs, at most
# this many (5,000 people: the 17,702 arcs carrying 0.01 person or more gave the optimum).
INTEGER_ARCS = 15_000
FLOW_SECONDS_PER_ARC = 1.2e-5  # measured: rounding over 1.57 million arcs took 17 s (loaded)
WHOLE_SHARE = 0.5  # of the time left after the LP, at most, for rounding the whole network
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
    kept: np.ndarray  # which hub -> session group arcs of the network ``net`` keeps
    seats: np.ndarray  # the LP's seats, per hub -> session group arc of the network
    whole_seats: Callable  # (deadline, more than) -> the integer program's seats, or None
    rounded: tuple | None  # the whole network's rounding, as values over ``net``


def _merge(net: HubNet, by_senior: bool, by_stay: bool) -> tuple[HubNet, np.ndarray]:
    """Person types merged by their hubs; with ``by_senior`` also by seniority, with
    ``by_stay`` by which hub holds their previous pathway (CP-SAT needs both; the LP only
    the second, and only on a re-solve). Also returns type -> pattern."""
    a1 = net.a1
    codes = a1[:, 1] * 2 + ((a1[:, 3] > 0) if by_stay else 0)
    order = np.lexsort((codes, a1[:, 0]))
    types, codes = a1[order, 0], codes[order]
    edges = np.flatnonzero(np.r_[True, types[1:] != types[:-1], True]) if len(a1) else [0]
    index: dict[tuple, int] = {}
    members: list[list[int]] = []
    chunks: list[np.ndarray] = []
    pattern_of = np.full(len(net.members), -1, dtype=np.int64)
    for start, end in zip(edges[:-1], edges[1:], strict=True):
        t = int(types[start])
        key = (codes[start:end].tobytes(), by_senior and bool(net.senior[t]))
        p = index.get(key)
        if p is None:
            p = index[key] = len(members)
            members.append([])
            chunks.append(codes[start:end])
        members[p] += net.members[t]
        pattern_of[t] = p
    merged = replace(net, members=members, a1=_pattern_arcs(chunks), senior=_senior(index))
    return merged, pattern_of


def _pattern_arcs(chunks: list[np.ndarray]) -> np.ndarray:
    """(pattern, hub, 0, stay) rows from each pattern's sorted hub codes (hub * 2 + stay)."""
    if not chunks:
        return np.zeros((0, 4), dtype=np.int64)
    codes = np.concatenate(chunks)
    patterns = np.repeat(np.arange(len(chunks)), [len(c) for c in chunks])
    return np.stack([patterns, codes // 2, np.zeros_like(codes), codes % 2], axis=1)


def _senior(index: dict[tuple, int]) -> np.ndarray:
    return np.array([key[1] for key in index], dtype=bool).reshape(-1)


def lp_support(
    net: HubNet,
    budget_mad: float | None,
    seconds: float,
    edits: Edits = NO_EDITS,
    floor: dict[int, tuple[int, int]] | None = None,
    on_round: Callable | None = None,
    at_most: float | None = None,
    slow: float = 1.0,
) -> Support | None:
    """The network restricted to the LP's pathways with the LP's bound, or None when no master
    LP was solved within ``seconds`` (merging and building included), or ``at_most`` seconds
    for the first master LP. ``floor`` (person -> class pair of a plan already in hand) seeds
    the master, so the first LP is no worse."""
    now = time.perf_counter()
    deadline = now + seconds
    last = now + max(seconds, at_most or 0.0)
    patterns, pattern_of = _merge(net, by_senior=True, by_stay=True)
    merged, merged_of = _merge(patterns, by_senior=False, by_stay=bool(edits.previous))
    resolve = bool(merged.a1[:, 3].any() or net.previous2.any() or net.previous4.any())
    weight = 3 * sum(len(m) for m in merged.members) + 1 if resolve else 1
    lp = FlowLp(merged, None if budget_mad is None else cents(budget_mad), weight)
    group_of = _compose(pattern_of, merged_of)
    start = _start_arcs(net, merged, group_of, floor or {})
    found = generate_columns(lp, start, deadline, on_round, last, slow)
    if found.solution is None:
        return None
    face = found.solution  # interior: every arc some optimal plan of the LP uses
    budget = None if budget_mad is None else cents(budget_mad)
    whole = None
    until = time.perf_counter() + WHOLE_SHARE * (last - time.perf_counter())
    if time.perf_counter() + FLOW_SECONDS_PER_ARC * slow * len(net.a1) < until:  # else no time
        whole = rounded_values(Rounding(net, lp.running_groups()), face.x2, budget, until)
    direct = np.array([tc == DIRECT for tc, _, _ in net.hubs], dtype=bool).reshape(-1)
    pairs = merged.a1[face.x1 > USED, 0] * len(direct) + merged.a1[face.x1 > USED, 1]
    kept = (face.x2 > USED) | (net.previous2 > 0)
    if whole is not None:  # the whole network's rounding: its arcs join the support
        on = whole.x1 > 0
        pairs = np.union1d(pairs, group_of[net.a1[on, 0]] * len(direct) + net.a1[on, 1])
        kept |= whole.x2 > 0
    used = _arcs_in(patterns.a1, merged_of, pairs, direct)
    keep = _arcs_in(net.a1, group_of, pairs, direct)
    a2, before = net.a2[kept], net.previous2[kept]
    restricted = replace(patterns, a1=patterns.a1[used], a2=a2, previous2=before)
    arcs = _largest(face.x1, INTEGER_ARCS)
    return Support(
        math.floor(found.bound / weight + 1e-6),
        restricted,
        replace(net, a1=net.a1[keep], a2=a2, previous2=before),
        pattern_of,
        int(used.sum()),
        kept,
        face.x2,
        lambda until, more_than=-1: integer_seats(lp, arcs, until, more_than),
        None if whole is None else _on_patterns(whole, net, restricted, pattern_of, kept),
    )


@dataclass(frozen=True, slots=True)
class Rounding:
    """What the rounding reads of a model: its network and which groups' running sessions
    are variables (the whole network is rounded without building its CP-SAT model)."""

    net: HubNet
    running: list


def _on_patterns(values: tuple, net: HubNet, patterns: HubNet, pattern_of, kept) -> tuple:
    """A plan over the whole network's person types as a plan over the restricted patterns:
    each pattern arc carries its types' flows; seats only on the kept arcs."""
    hubs = len(net.hubs)
    codes = patterns.a1[:, 0] * hubs + patterns.a1[:, 1]
    order = np.argsort(codes)
    on = values.x1 > 0
    wanted = pattern_of[net.a1[on, 0]] * hubs + net.a1[on, 1]
    at = order[np.searchsorted(codes[order], wanted)]
    x1 = np.bincount(at, weights=values.x1[on], minlength=len(codes)).astype(np.int64)
    return values._replace(x1=x1, x2=values.x2[kept])


def _largest(flows: np.ndarray, count: int) -> np.ndarray:
    """The arcs of the ``count`` largest positive flows."""
    used = np.flatnonzero(flows > USED)
    if len(used) <= count:
        return used
    return used[np.argpartition(-flows[used], count)[:count]]


def _compose(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """second[first[t]], and -1 where ``first`` has no image (types without arcs)."""
    if not len(second):
        return np.full(len(first), -1, dtype=np.int64)
    return np.where(first >= 0, second[np.maximum(first, 0)], -1)


def _start_arcs(net: HubNet, merged: HubNet, group_of: np.ndarray, floor: dict) -> np.ndarray:
    """The first master: every previous pathway's arc, each type's first arc, and the arcs of
    the floor plan's class pairs (direct arcs join the search later, not the first LP: there
    are as many as patterns times direct role classes)."""
    a1 = merged.a1
    first = np.r_[True, a1[1:, 0] != a1[:-1, 0]] if len(a1) else np.zeros(0, dtype=bool)
    start = (a1[:, 3] > 0) | first
    if floor:
        type_of = np.full(len(net.prep.dataset.employees), -1, dtype=np.int64)
        for t, people in enumerate(net.members):
            type_of[people] = t
        hub_of = {hub: k for k, hub in enumerate(net.hubs)}
        sigma = site_class(net.prep)[net.prep.people.profile]
        wanted = [
            (int(group_of[type_of[i]]), hub_of.get((tc, tr, int(sigma[i])), -1))
            for i, (tc, tr) in floor.items()
            if type_of[i] >= 0
        ]
        codes = np.array([p * len(net.hubs) + h for p, h in wanted if h >= 0], dtype=np.int64)
        start |= np.isin(a1[:, 0] * len(net.hubs) + a1[:, 1], codes)
    return np.flatnonzero(start)


def _arcs_in(a1: np.ndarray, group_of: np.ndarray, pairs: np.ndarray, direct: np.ndarray):
    """Mask of the arcs whose (group of their type, hub) the LP uses (``pairs``, as codes
    group * hubs + hub), of every direct pathway (cheap, no session, and the way back for
    people whose session the rounding closes) and of every previous pathway (a re-solve
    keeps people where they were when it can)."""
    if not len(a1):
        return np.zeros(0, dtype=bool)
    used = np.isin(group_of[a1[:, 0]] * len(direct) + a1[:, 1], pairs)
    return used | direct[a1[:, 1]] | (a1[:, 3] > 0)


def to_types(support: Support, values: tuple) -> tuple:
    """A plan over patterns as a plan over person types, the best-wished hubs first.

    Every type of a pattern has an arc to each hub its pattern uses, so handing out the
    pattern's flow pair by pair (highest wish points first) never strands a unit.
    """
    pnet, tnet = support.net, support.types
    arcs = zip(pnet.a1[:, :2].tolist(), values.x1.tolist(), strict=True)
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
    return values._replace(x1=x1)
