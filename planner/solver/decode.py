"""From class-level flows back to named people (the class network's disaggregation).

Hub flows are matched to their session groups, then walked down each date ladder, where a
unit arriving at a start date may take any role from that date on. Units are handed to the
members of each person type (previous pathway first), groups are split into sessions and
role groups into roles by ``planner.solver.disaggregate``.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from planner.domain.plan import Edits, Pathway, Plan
from planner.solver.disaggregate import place_in_units, previous_units, split_group
from planner.solver.edit_keys import edit_keys
from planner.solver.model import FlowValues, entry_node, ladder_entry
from planner.solver.network import HubNet
from planner.solver.prepare import DIRECT


def _match(incoming: list, outgoing: list) -> list[tuple]:
    """Pair two lists of (item, amount) with equal totals into (a, b, amount)."""
    out, k = [], 0
    outgoing = [list(x) for x in outgoing]
    for item, amount in incoming:
        while amount > 0:
            take = min(amount, outgoing[k][1])
            out.append((item, outgoing[k][0], take))
            amount -= take
            outgoing[k][1] -= take
            if outgoing[k][1] == 0:
                k += 1
    return out


def _units(net: HubNet, x1, x2, x4, prev=None) -> list[tuple[int, int, int, int]]:
    """(person type, session group or DIRECT, role group, count) from the arc flows.

    ``prev`` counts, per (type, group, role group), members who held that pathway before:
    matches at hubs and ladders prefer them, so a re-solve hands people their own pathway
    back where the flows allow (any unit at a hub may take any of its groups, and any unit
    waiting on a ladder any role from that date on, so the preference is always valid).
    """
    prev = prev or {}
    index = ladder_entry(net)
    hub_in, hub_out = defaultdict(list), defaultdict(list)
    for a in np.flatnonzero(x1):
        hub_in[int(net.a1[a, 1])].append([int(net.a1[a, 0]), int(x1[a])])
    for a in np.flatnonzero(x2):
        hub_out[int(net.a2[a, 0])].append([int(net.a2[a, 1]), int(x2[a])])
    by_group = defaultdict(int)
    for (t, g, _), c in prev.items():
        by_group[(t, g)] += c
    arrivals = defaultdict(list)  # ladder node -> [((t, g), count)]
    for h, incoming in hub_in.items():
        tc, tr, s = net.hubs[h]
        if tc == DIRECT:
            arrivals[index[(tr, s, 0)]] += [((t, DIRECT), c) for t, c in incoming]
            continue
        for t, g, c in _prefer(incoming, hub_out[h], by_group) + _match(
            *_left(incoming, hub_out[h])
        ):
            node = entry_node(net, index, tr, s, net.prep.catalogue.sessions[g].date_key)
            arrivals[node].append(((t, g), c))
    leaving = defaultdict(list)
    for a in np.flatnonzero(x4):
        leaving[int(net.a4[a, 0])].append((int(net.a4[a, 1]), int(x4[a])))
    return _walk(net, arrivals, leaving, prev, by_group)


def _prefer(incoming: list, outgoing: list, wanted: dict) -> list[tuple]:
    """Pairs (a, b, amount) taken first where ``wanted[(a, b)]`` says they belong together;
    ``incoming`` and ``outgoing`` are reduced in place."""
    out = []
    for x in incoming:
        for y in outgoing:
            take = min(x[1], y[1], wanted.get((x[0], y[0]), 0))
            if take > 0:
                out.append((x[0], y[0], take))
                x[1] -= take
                y[1] -= take
    return out


def _left(incoming: list, outgoing: list) -> tuple[list, list]:
    return [x for x in incoming if x[1] > 0], [y for y in outgoing if y[1] > 0]


def _walk(net: HubNet, arrivals, leaving, prev, held) -> list[tuple[int, int, int, int]]:
    """Units walk down each ladder; a role takes first the waiting units that held it, then
    those that held no role (``held``: per (type, group), members with a previous pathway),
    so units are not taken from a later role that wants them."""
    units, pool = [], []
    for n, (tr, s, _) in enumerate(net.nodes):
        if n == 0 or net.nodes[n - 1][:2] != (tr, s):
            pool = []
        pool.extend([list(x) for x in arrivals[n]])
        for h, c in leaving[n]:
            order = (
                sorted(pool, key=lambda x: (-prev.get((*x[0], h), 0), held[x[0]])) if prev else pool
            )
            for x in order:
                if c == 0:
                    break
                take = min(c, x[1])
                if take:
                    units.append((*x[0], h, take))
                    c -= take
                    x[1] -= take
            pool = [x for x in pool if x[1] > 0]
    return units


def hub_plan(net: HubNet, values: FlowValues, edits: Edits) -> Plan:
    """Named plan from the model's values (x1, x2, x3, x4, xp, running)."""
    x1, x2, _, x4, xp, running = values
    prev_c, prev_r = previous_units_of(net, edits)
    triples = []
    per_type = defaultdict(list)
    previous = edit_keys(net.prep, net.classes.tc_of_group, net.classes.tr_of_role, edits)
    for t, g, h, c in _units(net, x1, x2, x4, _previous_paths(net, previous.previous_groups)):
        per_type[t] += [(g, h)] * c
    for t, slots in per_type.items():
        triples += _hand_out(net.members[t], sorted(slots), previous.previous_groups)
    triples += [(p[0], p[1], p[2]) for x, p in zip(xp, net.paths, strict=True) if x]
    triples += [(i, g, h) for i, (g, h) in net.locked.items()]
    return _name(net, triples, running, prev_c, prev_r)


def _previous_paths(net: HubNet, previous: dict) -> dict[tuple[int, int, int], int]:
    """(person type, group, role group) -> members who held that pathway in the last plan."""
    out = defaultdict(int)
    if previous:
        for t, members in enumerate(net.members):
            for i in members:
                if i in previous:
                    out[(t, *previous[i])] += 1
    return out


def previous_units_of(net: HubNet, edits: Edits):
    return previous_units(net.prep.dataset, edits)


def _hand_out(members: list[int], slots: list[tuple[int, int]], previous: dict) -> list:
    """Give slots to members; whoever held a slot's (group, role group) before keeps it."""
    free = defaultdict(int)
    for slot in slots:
        free[slot] += 1
    out, waiting = [], []
    for i in members:
        slot = previous.get(i)
        if slot is not None and free[slot] > 0:
            free[slot] -= 1
            out.append((i, *slot))
        else:
            waiting.append(i)
    rest = []
    for slot in slots:  # what is left of the multiset, in order
        if free[slot] > 0:
            free[slot] -= 1
            rest.append(slot)
    return out + [(i, *slot) for i, slot in zip(waiting, rest, strict=False)]


def _name(net: HubNet, triples, running, prev_c, prev_r) -> Plan:
    ds, cat = net.prep.dataset, net.prep.catalogue
    in_group, in_role = defaultdict(list), defaultdict(list)
    for i, g, h in sorted(triples):
        if g != DIRECT:
            in_group[g].append(i)
        in_role[h].append(i)
    cohort_of, role_of = {}, {}
    for g, people in in_group.items():
        cohort_of.update(split_group(cat.sessions[g], running[g], people, prev_c))
    for h, people in in_role.items():
        caps = [ds.roles[r].openings for r in cat.roles[h].roles]
        role_of.update(place_in_units(people, cat.roles[h].roles, caps, prev_r))
    out = {}
    for i, _, _ in sorted(triples):
        c = cohort_of.get(i)
        out[ds.employees[i].employee_id] = Pathway(
            ds.roles[role_of[i]].role_id, None if c is None else ds.cohorts[c].cohort_id
        )
    return Plan(out)
