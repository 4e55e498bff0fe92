"""The CP-SAT model of the rules over the class-level network (``planner.solver.network``).

Each business rule is a small named function adding its constraints; each objective tier a
named linear expression. The model counts interchangeable people along arcs; it knows nothing
of files, the app or names.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from ortools.sat.python import cp_model

from planner.domain.money import cents
from planner.solver.network import HubNet
from planner.solver.prepare import DIRECT

LinearExpr = cp_model.LinearExpr


class Tier(enum.StrEnum):
    """The objective tiers, as the stages, the progress reports and the texts name them."""

    PLACED = "placed"
    SENIORS = "seniors"
    WISHES = "wishes"
    STAY = "stay"
    COST = "cost"
    WEIGHTED = "weighted"  # the non-lexicographic policy's weighted sum
    RANKED = "ranked"  # placed, seniors and wishes exactly weighted into one (small models)
    STAY_COST = "stay_cost"  # stay and cost exactly weighted into one (small re-solves)


class FlowValues(NamedTuple):
    """A plan's counts on the model's variable groups, in ``HubModel.variables()`` order."""

    x1: np.ndarray  # person type -> hub
    x2: np.ndarray  # hub -> session group
    x3: np.ndarray  # ladder steps
    x4: np.ndarray  # ladder node -> role group
    xp: np.ndarray  # banned people's explicit paths
    running: list  # sessions running per session group (None: not a variable)


@dataclass(slots=True)
class HubModel:
    net: HubNet
    model: cp_model.CpModel = field(default_factory=cp_model.CpModel)
    x1: list = field(default_factory=list)
    x2: list = field(default_factory=list)
    x3: list = field(default_factory=list)  # ladder steps, (node -> next node)
    x4: list = field(default_factory=list)
    xp: list = field(default_factory=list)
    running: list = field(default_factory=list)
    people_in: list = field(default_factory=list)
    kept: list = field(default_factory=list)  # previous seats kept, per arc (see add_stay)
    lin: object = LinearExpr  # the backend's LinearExpr (CP-SAT, or model_builder for the LP)

    def variables(self) -> list[list]:
        return [
            self.x1,
            self.x2,
            self.x3,
            self.x4,
            self.xp,
            [r for r in self.running if r is not None],
        ]

    def tiers(self, weights=None) -> dict[str, LinearExpr]:
        """Objective tiers in the default lexicographic order (cost is minimised); with
        ``weights`` (settings.Weights) also the Tier.WEIGHTED tier of the non-lexicographic policy.
        """
        n, a1 = self.net, self.net.a1
        seniors = [self.x1[a] for a in np.flatnonzero(n.senior[a1[:, 0]])] if len(a1) else []
        senior_people = n.prep.people.senior
        seniors += [x for x, p in zip(self.xp, n.paths, strict=True) if senior_people[p[0]]]
        tiers = {
            Tier.PLACED: self.lin.sum(self.x1 + self.xp),
            Tier.SENIORS: self.lin.sum(seniors),
            Tier.WISHES: self._weighted([*a1[:, 2].tolist(), *(p[3] for p in n.paths)]),
            Tier.STAY: self._weighted([*a1[:, 3].tolist(), *(p[4] for p in n.paths)])
            + self.lin.sum(self.kept),
            Tier.COST: self.cost(),
        }
        if weights is not None:
            tiers[Tier.WEIGHTED] = (
                weights.placed * tiers[Tier.PLACED]
                + weights.senior * tiers[Tier.SENIORS]
                + weights.wish * tiers[Tier.WISHES]
            )
        return tiers

    def cost(self) -> LinearExpr:
        groups = self.net.prep.catalogue.sessions
        terms = [(self.people_in[g], s.cost) for g, s in enumerate(groups) if s.cost]
        terms += [
            (self.running[g], s.fixed)
            for g, s in enumerate(groups)
            if s.fixed and self.running[g] is not None
        ]
        return self.lin.weighted_sum([t for t, _ in terms], [c for _, c in terms])

    def cost_cap(self) -> int:
        """The most any plan can cost, in centimes: every seat of every session taken."""
        groups = self.net.prep.catalogue.sessions
        return int(sum((s.cost * s.seats + s.fixed) * s.count for s in groups))

    def _weighted(self, weights: list[int]):
        pairs = [(x, w) for x, w in zip(self.x1 + self.xp, weights, strict=True) if w]
        return self.lin.weighted_sum([x for x, _ in pairs], [w for _, w in pairs])

    def placeable_bound(self) -> int:
        """No plan places more than the people who have an arc, nor more than the openings."""
        n = self.net
        people = sum(len(n.members[t]) for t in np.unique(n.a1[:, 0])) if len(n.a1) else 0
        people += len({p[0] for p in n.paths}) + len(n.locked)
        openings = sum(r.openings for r in n.prep.catalogue.roles)
        return int(min(people, openings))


def build_hub_model(net: HubNet, budget_mad: float | None, model=None) -> HubModel:
    """The model; ``model`` may be another backend with CP-SAT's builder methods (LP bound)."""
    hm = HubModel(net) if model is None else HubModel(net, model, lin=model.lin)
    m, cat = hm.model, net.prep.catalogue
    sizes = np.array([len(x) for x in net.members], dtype=np.int64)
    total = int(sizes.sum()) + len(net.paths)
    hm.x1 = [m.new_int_var(0, int(sizes[t]), "") for t in net.a1[:, 0]]
    hm.x2 = [m.new_int_var(0, cat.sessions[g].seats * cat.sessions[g].count, "") for _, g in net.a2]
    hm.x3 = [m.new_int_var(0, total, "") for _ in range(len(net.nodes))]
    hm.x4 = [m.new_int_var(0, cat.roles[h].openings, "") for _, h in net.a4]
    hm.xp = [m.new_bool_var("") for _ in net.paths]
    add_one_pathway(hm, sizes)
    add_role_requirements(hm)
    add_seats_and_min_size(hm)
    add_openings(hm)
    add_budget(hm, budget_mad)
    add_stay(hm)
    return hm


def add_one_pathway(hm: HubModel, sizes: np.ndarray) -> None:
    """Rule one_pathway: a person type sends out at most its people; a banned person one path."""
    by_type = defaultdict(list)
    for a, t in enumerate(hm.net.a1[:, 0]):
        by_type[int(t)].append(hm.x1[a])
    for t, xs in by_type.items():
        hm.model.add(hm.lin.sum(xs) <= int(sizes[t]))
    by_person = defaultdict(list)
    for x, p in zip(hm.xp, hm.net.paths, strict=True):
        by_person[p[0]].append(x)
    for xs in by_person.values():
        hm.model.add_at_most_one(xs)


def ladder_entry(net: HubNet) -> dict[tuple[int, int, int], int]:
    return {node: n for n, node in enumerate(net.nodes)}


def entry_node(net: HubNet, index: dict, tr: int, s: int, date_key: int) -> int:
    """First ladder node of (role class, site class) at or after a session's date key."""
    k = next(k for k in net.ladders[(tr, s)] if k >= date_key)
    return index[(tr, s, k)]


def add_role_requirements(hm: HubModel) -> None:
    """Rule role_requirements (with site_fit and dates): conservation at hubs and ladders.

    A hub's people all leave through its sessions; a ladder node passes people on to later
    start dates or into role groups of its class that fit their site class. So every unit
    of flow is a person on an admissible pathway.
    """
    net, m = hm.net, hm.model
    index = ladder_entry(net)
    hub_in, hub_out = defaultdict(list), defaultdict(list)
    node_in, node_out = defaultdict(list), defaultdict(list)
    for a, h in enumerate(net.a1[:, 1]):
        tc, tr, s = net.hubs[h]
        (hub_in[int(h)] if tc != DIRECT else node_in[index[(tr, s, 0)]]).append(hm.x1[a])
    sessions = net.prep.catalogue.sessions
    for a, (h, g) in enumerate(net.a2):
        _, tr, s = net.hubs[h]
        hub_out[int(h)].append(hm.x2[a])
        node_in[entry_node(net, index, tr, s, sessions[g].date_key)].append(hm.x2[a])
    for a, (n, _) in enumerate(net.a4):
        node_out[int(n)].append(hm.x4[a])
    for h in hub_in:
        m.add(hm.lin.sum(hub_in[h]) == hm.lin.sum(hub_out[h]))
    for n, (tr, s, _) in enumerate(net.nodes):
        last = n + 1 == len(net.nodes) or net.nodes[n + 1][:2] != (tr, s)
        first = n == 0 or net.nodes[n - 1][:2] != (tr, s)
        carried_in = [] if first else [hm.x3[n - 1]]
        if last:
            m.add(hm.x3[n] == 0)
        m.add(hm.lin.sum(node_in[n] + carried_in) == hm.lin.sum(node_out[n] + [hm.x3[n]]))


def add_seats_and_min_size(hm: HubModel) -> None:
    """Rules seats and min_size per session group, via how many of its sessions run."""
    net, m = hm.net, hm.model
    groups = net.prep.catalogue.sessions
    into = defaultdict(list)
    for a, (_, g) in enumerate(net.a2):
        into[int(g)].append(hm.x2[a])
    for x, p in zip(hm.xp, net.paths, strict=True):
        if p[1] != DIRECT:
            into[p[1]].append(x)
    fixed = defaultdict(int)
    for g, _ in net.locked.values():
        if g != DIRECT:
            fixed[g] += 1
    hm.running = [None] * len(groups)
    hm.people_in = [0] * len(groups)
    for g, s in enumerate(groups):
        people = hm.lin.sum(into[g]) + fixed[g]
        hm.people_in[g] = people
        if not into[g] and not fixed[g]:
            continue
        if s.min_size > 0 or s.fixed > 0:
            run = m.new_int_var(1 if fixed[g] else 0, s.count, f"run_{g}")
            hm.running[g] = run
            m.add(people <= s.seats * run)
            m.add(people >= max(s.min_size, 1) * run)
        else:
            m.add(people <= s.seats * s.count)


def add_openings(hm: HubModel) -> None:
    """Rule openings: never more people than a role group's openings."""
    net = hm.net
    into = defaultdict(list)
    for a, (_, h) in enumerate(net.a4):
        into[int(h)].append(hm.x4[a])
    for x, p in zip(hm.xp, net.paths, strict=True):
        into[p[2]].append(x)
    fixed = defaultdict(int)
    for _, h in net.locked.values():
        fixed[h] += 1
    for h, r in enumerate(net.prep.catalogue.roles):
        if into[h] or fixed[h]:
            hm.model.add(hm.lin.sum(into[h]) + fixed[h] <= r.openings)


def add_budget(hm: HubModel, budget_mad: float | None) -> None:
    """Rule budget: seat costs plus fixed costs of running sessions within the budget."""
    if budget_mad is not None:
        hm.model.add(hm.cost() <= cents(budget_mad))


def add_stay(hm: HubModel) -> None:
    """Rule stay (re-solves): a person counts as kept on their previous class pair (arcs'
    stay flag), and each seat of a session group or role group the previous plan filled
    from a hub or ladder counts again when the new plan fills it from there too. Why: class
    pairs alone let a re-solve keep every count while sending people to other sessions and
    roles of the same classes (measured, 5,000 people, one lock and one ban: 2,859 of 2,861
    kept on their class pair, 1,329 people moved)."""
    net = hm.net
    for xs, before in ((hm.x2, net.previous2), (hm.x4, net.previous4)):
        for a in np.flatnonzero(before):
            y = hm.model.new_int_var(0, int(before[a]), "")
            hm.model.add(y <= xs[a])
            hm.kept.append(y)
