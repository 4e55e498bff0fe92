"""Assemble the class-level network of ``planner.solver.classes`` from prepared data and user edits.

Locked people are not variables: their pathway is fixed, so they only use up seats, openings
and budget. People with bans keep explicit (session group, role group) path arcs, exact and
cheap because bans are a handful of user decisions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from planner.domain.eligibility.dims import fits
from planner.domain.plan import Edits
from planner.solver.classes import (
    Classes,
    build_classes,
    class_pairs,
    pair_points,
    site_class,
    wish_keys,
)
from planner.solver.edit_keys import edit_keys
from planner.solver.prepare import DIRECT, Prepared
from planner.solver.type_arcs import TypeArcs


@dataclass(slots=True)
class HubNet:
    prep: Prepared
    classes: Classes
    members: list[list[int]]  # person type -> person indices
    senior: np.ndarray  # person type -> bool
    a1: np.ndarray  # (type, hub, wish points, stay)
    hubs: list[tuple[int, int, int]]  # (session class or DIRECT, role class, site class)
    a2: np.ndarray  # (hub, session group)
    ladders: dict[tuple[int, int], list[int]] = field(default_factory=dict)  # (tr, sigma) -> keys
    a4: np.ndarray = None  # (ladder node, role group)
    nodes: list[tuple[int, int, int]] = field(default_factory=list)  # ladder nodes (tr, sigma, k)
    paths: list[tuple[int, int, int, int, int]] = field(
        default_factory=list
    )  # banned: (person, g, h, wish, stay)
    locked: dict[int, tuple[int, int]] = field(default_factory=dict)  # person -> (g or DIRECT, h)
    unplaceable: list[int] = field(default_factory=list)
    previous2: np.ndarray = None  # the previous plan's people on each A2 arc (re-solves)
    previous4: np.ndarray = None  # and on each A4 arc


def build_hub_net(prep: Prepared, edits: Edits) -> HubNet:
    """Person types, hubs, ladders and arcs; dead hubs (no session or role reachable) pruned."""
    cl = build_classes(prep.catalogue)
    pair_keys = edit_keys(prep, cl.tc_of_group, cl.tr_of_role, edits)
    pairs = class_pairs(prep, cl)
    sigma = site_class(prep)
    wishes = wish_keys(prep)
    reach = _Reach(prep, cl)
    special = pair_keys.special
    hubs: dict[tuple, int] = {}
    arcs_of = TypeArcs(cl, pairs, sigma, reach.alive, hubs)
    types: dict[tuple, int] = {}
    members: list[list[int]] = []
    a1: list[np.ndarray] = []
    for i in range(len(prep.dataset.employees)):
        if i in special:
            continue
        code, arcs = arcs_of(int(prep.people.profile[i]), wishes[i], pair_keys.previous.get(i))
        key = (code, bool(prep.people.senior[i]))
        t = types.get(key)
        if t is None:
            t = types[key] = len(members)
            members.append([])
            a1.append(np.column_stack([np.full(len(arcs), t, dtype=np.int64), arcs]))
        members[t].append(i)
    senior = np.zeros(len(members), dtype=bool)
    for key, t in types.items():
        senior[t] = key[1]
    net = HubNet(
        prep,
        cl,
        members,
        senior,
        np.concatenate(a1) if a1 else np.zeros((0, 4), dtype=np.int64),
        list(hubs),
        np.zeros((0, 2), np.int64),
    )
    _hub_arcs(net, reach)
    _special_people(net, reach, pairs, sigma, pair_keys, wishes)
    reached = np.zeros(len(members), dtype=bool)
    reached[net.a1[:, 0]] = True
    net.unplaceable = [i for t in np.flatnonzero(~reached) for i in members[t]]
    net.previous2, net.previous4 = _previous_flows(net, pair_keys, sigma)
    return net


def _previous_flows(net: HubNet, keys, sigma) -> tuple[np.ndarray, np.ndarray]:
    """People of the previous plan on each hub -> session group arc and on each ladder ->
    role group arc (people now locked or banned excluded: they are not on these arcs)."""
    seats = np.zeros(len(net.a2), dtype=np.int64)
    roles = np.zeros(len(net.a4), dtype=np.int64)
    if not keys.previous_groups:
        return seats, roles
    hub_of = {hub: k for k, hub in enumerate(net.hubs)}
    arc_of = {(h, g): a for a, (h, g) in enumerate(net.a2.tolist())}
    node_of = {node: n for n, node in enumerate(net.nodes)}
    role_arc = {(n, h): a for a, (n, h) in enumerate(net.a4.tolist())}
    for i, (g, h) in keys.previous_groups.items():
        if i in keys.special or i not in keys.previous:
            continue
        tc, tr = keys.previous[i]
        s = int(sigma[net.prep.people.profile[i]])
        a = arc_of.get((hub_of.get((tc, tr, s)), g))
        if a is not None:
            seats[a] += 1
        b = role_arc.get((node_of.get((tr, s, net.prep.catalogue.roles[h].date_key)), h))
        if b is not None:
            roles[b] += 1
    return seats, roles


class _Reach:
    """Which session groups and role groups a (class, site class) can use."""

    def __init__(self, prep: Prepared, cl: Classes):
        cat = prep.catalogue
        self.cl, self.cat = cl, cat
        self.groups_of_tc = defaultdict(list)
        for g, tc in enumerate(cl.tc_of_group):
            self.groups_of_tc[int(tc)].append(g)
        self.roles_of_tr = defaultdict(list)
        for h, tr in enumerate(cl.tr_of_role):
            if cat.roles[h].openings > 0:
                self.roles_of_tr[int(tr)].append(h)
        self._cache: dict[tuple, tuple] = {}

    def roles(self, tr: int, sigma: int) -> list[int]:
        return [h for h in self.roles_of_tr[tr] if fits(sigma, self.cat.roles[h].site)]

    def groups(self, tc: int, tr: int, sigma: int) -> list[int]:
        """Session groups of class tc that fit the site class and end before some role."""
        key = (tc, tr, sigma)
        if key not in self._cache:
            roles = self.roles(tr, sigma)
            latest = max((self.cat.roles[h].date_key for h in roles), default=-1)
            self._cache[key] = tuple(
                g
                for g in self.groups_of_tc[tc]
                if fits(sigma, self.cat.sessions[g].site)
                and self.cat.sessions[g].date_key <= latest
                and self.cat.sessions[g].seats > 0
            )
        return list(self._cache[key])

    def alive(self, tc: int, tr: int, sigma: int) -> bool:
        if tc == DIRECT:
            return bool(self.roles(tr, sigma))
        return bool(self.groups(tc, tr, sigma))


def _hub_arcs(net: HubNet, reach: _Reach) -> None:
    """A2 (hub -> session group), ladder nodes and A4 (ladder node -> role group)."""
    a2 = []
    for hub, (tc, tr, s) in enumerate(net.hubs):
        if tc != DIRECT:
            a2 += [(hub, g) for g in reach.groups(tc, tr, s)]
        net.ladders.setdefault((tr, s), [])
    net.a2 = np.array(a2, dtype=np.int64).reshape(-1, 2)
    a4 = []
    for tr, s in net.ladders:
        roles = reach.roles(tr, s)
        keys = sorted({0} | {reach.cat.roles[h].date_key for h in roles})
        net.ladders[(tr, s)] = keys
        for k in keys:
            node = len(net.nodes)
            net.nodes.append((tr, s, k))
            a4 += [(node, h) for h in roles if reach.cat.roles[h].date_key == k]
    net.a4 = np.array(a4, dtype=np.int64).reshape(-1, 2)


def _special_people(net: HubNet, reach: _Reach, pairs, sigma, pair_keys, wishes) -> None:
    """Locked people get their fixed pathway; banned people explicit path arcs minus bans."""
    prep, cl = net.prep, net.classes
    for i, fixed in pair_keys.locks.items():
        net.locked[i] = fixed
    for i, banned in pair_keys.bans.items():
        if i in pair_keys.locks:
            continue
        u = int(prep.people.profile[i])
        s = int(sigma[u])
        prev = pair_keys.previous_groups.get(i)
        for tcx, tr in zip(*np.nonzero(pairs[u]), strict=True):
            tc = DIRECT if tcx == len(cl.tc_track) else int(tcx)
            points = pair_points(wishes[i], cl, tc, int(tr))
            groups = [DIRECT] if tc == DIRECT else reach.groups(tc, int(tr), s)
            for g in groups:
                start = 0 if g == DIRECT else prep.catalogue.sessions[g].date_key
                for h in reach.roles(int(tr), s):
                    if prep.catalogue.roles[h].date_key >= start and not banned(g, h):
                        net.paths.append((i, g, h, points, int(prev == (g, h))))
