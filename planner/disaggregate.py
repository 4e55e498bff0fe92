"""From counts on arcs back to named people: who goes to which session and which role.

The model decides how many interchangeable people follow each arc. Here flows are
decomposed into paths, paths are handed to the members of each entry node (best wish first,
then id order), session groups are split into their sessions (each running session at least
its minimum size, previous sessions kept where possible) and role groups into their roles.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from ortools.graph.python import min_cost_flow

from planner.domain import Edits, Pathway, Plan
from planner.network import DIRECT, Network
from planner.rules import rank_of_wishes, wish_points


def decompose(net: Network, f: np.ndarray, e: np.ndarray) -> dict[int, list[tuple[int, int, int]]]:
    """Paths per entry node: v -> [(session group or DIRECT, role group, count)]."""
    ins: dict[int, list[list[int]]] = defaultdict(list)
    outs: dict[int, list[list[int]]] = defaultdict(list)
    for a in np.flatnonzero(f):
        ins[int(net.f_b[a])].append([int(a), int(f[a])])
    for a in np.flatnonzero(e):
        outs[int(net.e_b[a])].append([int(net.e_h[a]), int(e[a])])
    paths: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for b, incoming in ins.items():
        out = outs[b]
        k = 0
        for arc, amount in incoming:
            while amount > 0:
                take = min(amount, out[k][1])
                paths[int(net.f_v[arc])].append((int(net.f_j[arc]), out[k][0], take))
                amount -= take
                out[k][1] -= take
                if out[k][1] == 0:
                    k += 1
    return paths


def assign_members(
    net: Network, v: int, slots: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """Give the entry node's members its paths, maximising wish points; returns (person, j, h)."""
    members = net.members[v]
    employees = net.dataset.employees
    kinds = sorted({(j, h) for j, h, _ in slots})
    wishes = sorted({employees[i].wishes for i in members})
    if len(kinds) == 1 or len(wishes) == 1:
        flat = [(j, h) for j, h, c in sorted(slots) for _ in range(c)]
        return [(i, j, h) for i, (j, h) in zip(members, flat, strict=False)]
    points = {(w, k): _points(net, w, *k) for w in wishes for k in kinds}
    counts = defaultdict(int)
    for j, h, c in slots:
        counts[(j, h)] += c
    by_wish = defaultdict(list)
    for i in members:
        by_wish[employees[i].wishes].append(i)
    flows = _transport(wishes, kinds, {w: len(by_wish[w]) for w in wishes}, counts, points)
    out = []
    for (w, k), amount in flows.items():
        for _ in range(amount):
            out.append((by_wish[w].pop(0), *k))
    return out


def _points(net: Network, wishes: tuple, j: int, h: int) -> int:
    cohort = None if j == DIRECT else net.dataset.cohorts[net.catalogue.sessions[j].cohorts[0]]
    role = net.dataset.roles[net.catalogue.roles[h].roles[0]]
    return wish_points(rank_of_wishes(wishes, cohort, role))


def _transport(wishes, kinds, supply, demand, points) -> dict:
    """Exact max-points assignment of wish groups to path kinds (min-cost flow)."""
    mcf = min_cost_flow.SimpleMinCostFlow()
    nw = len(wishes)
    arcs = {}
    for a, w in enumerate(wishes):
        mcf.set_node_supply(a, supply[w])
        for b, k in enumerate(kinds):
            arcs[mcf.add_arc_with_capacity_and_unit_cost(a, nw + b, supply[w], -points[(w, k)])] = (
                w,
                k,
            )
    for b, k in enumerate(kinds):
        mcf.set_node_supply(nw + b, -demand[k])
    spare = sum(supply.values()) - sum(demand.values())
    if spare:
        mcf.set_node_supply(nw + len(kinds), -spare)
        for a, w in enumerate(wishes):
            mcf.add_arc_with_capacity_and_unit_cost(a, nw + len(kinds), supply[w], 0)
    mcf.solve()
    return {arcs[a]: mcf.flow(a) for a in arcs if mcf.flow(a) > 0}


def split_sizes(total: int, running: int, seats: int, min_size: int) -> list[int]:
    """Sizes of ``running`` sessions holding ``total`` people, each in [max(min,1), seats]."""
    sizes = [min(max(min_size, 1), seats)] * running
    rest = total - sum(sizes)
    for s in range(running):
        add = min(rest, seats - sizes[s])
        sizes[s] += add
        rest -= add
    return sizes


def place_in_units(
    people: list[int], units: list[int], capacity: list[int], previous: dict[int, int]
) -> dict[int, int]:
    """Seat people in concrete sessions/roles: previous unit first, then in order."""
    room = dict(zip(units, capacity, strict=True))
    placed: dict[int, int] = {}
    for i in people:
        u = previous.get(i)
        if u in room and room[u] > 0:
            placed[i] = u
            room[u] -= 1
    cursor = 0
    for i in people:
        if i in placed:
            continue
        while room[units[cursor]] == 0:
            cursor += 1
        placed[i] = units[cursor]
        room[units[cursor]] -= 1
    return placed


def to_plan(
    net: Network, f: np.ndarray, e: np.ndarray, running: list[int | None], edits: Edits
) -> Plan:
    """Turn arc flows into a named plan (employee id -> pathway)."""
    ds, cat = net.dataset, net.catalogue
    triples = []
    for v, slots in decompose(net, f, e).items():
        triples += assign_members(net, v, slots)
    prev_c, prev_r = _previous_units(net, edits)
    in_group: dict[int, list[int]] = defaultdict(list)
    in_role: dict[int, list[int]] = defaultdict(list)
    for i, j, h in sorted(triples):
        if j != DIRECT:
            in_group[j].append(i)
        in_role[h].append(i)
    cohort_of: dict[int, int] = {}
    for j, people in in_group.items():
        cohort_of.update(_split_group(cat.sessions[j], running[j], people, prev_c))
    role_of: dict[int, int] = {}
    for h, people in in_role.items():
        g = cat.roles[h]
        caps = [ds.roles[r].openings for r in g.roles]
        role_of.update(place_in_units(people, g.roles, caps, prev_r))
    out = {}
    for i, _, _ in sorted(triples):
        c = cohort_of.get(i)
        out[ds.employees[i].employee_id] = Pathway(
            ds.roles[role_of[i]].role_id, None if c is None else ds.cohorts[c].cohort_id
        )
    return Plan(out)


def _split_group(group, running: int | None, people: list[int], prev: dict[int, int]):
    n = len(people)
    m = running if running is not None else -(-n // max(group.seats, 1))
    wanted = defaultdict(int)
    for i in people:
        if prev.get(i) in group.cohorts:
            wanted[prev[i]] += 1
    chosen = sorted(group.cohorts, key=lambda c: (-wanted[c], c))[:m]
    sizes = split_sizes(n, m, group.seats, group.min_size)
    return place_in_units(people, chosen, sizes, prev)


def _previous_units(net: Network, edits: Edits) -> tuple[dict[int, int], dict[int, int]]:
    """Previous (and locked) session and role of each person, as dataset indices."""
    ds = net.dataset
    pos = {e.employee_id: i for i, e in enumerate(ds.employees)}
    cidx = {c.cohort_id: i for i, c in enumerate(ds.cohorts)}
    ridx = {r.role_id: i for i, r in enumerate(ds.roles)}
    chosen = dict(edits.previous or {})
    chosen.update({lk.employee_id: lk.pathway for lk in edits.locks})
    prev_c, prev_r = {}, {}
    for emp, pw in chosen.items():
        if emp not in pos:
            continue
        if pw.cohort_id in cidx:
            prev_c[pos[emp]] = cidx[pw.cohort_id]
        if pw.role_id in ridx:
            prev_r[pos[emp]] = ridx[pw.role_id]
    return prev_c, prev_r
