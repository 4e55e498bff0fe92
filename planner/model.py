"""The CP-SAT model of the rules over the flow network (docs/optimizer.md).

Each business rule is a small named function adding its constraints; each objective tier is
a named linear expression. The model knows nothing of files, the app or individual people:
it counts interchangeable people along arcs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from ortools.sat.python import cp_model

from planner import rules
from planner.groups import cents
from planner.network import DIRECT, Network


@dataclass(slots=True)
class FlowModel:
    """The CP-SAT model plus its variables, indexed like the network arrays."""

    net: Network
    model: cp_model.CpModel
    f: list  # per entry arc
    e: list  # per role arc
    running: list  # per session group: number of sessions that run (None if not needed)
    people_in: list  # per session group: linear expression of people in it

    def tiers(self) -> dict[str, cp_model.LinearExpr]:
        """Objective tiers, in the default lexicographic order (cost is minimised)."""
        n = self.net
        senior_arcs = np.flatnonzero(n.senior[n.f_v])
        return {
            "placed": cp_model.LinearExpr.sum(self.f),
            "seniors": cp_model.LinearExpr.sum([self.f[a] for a in senior_arcs]),
            "wishes": _weighted(self.e, n.e_wish),
            "stay": _weighted(self.e, n.e_stay),
            "cost": self.cost(),
        }

    def placeable_bound(self) -> int:
        """A bound no plan can beat: people with an arc, and openings of reachable roles."""
        n = self.net
        people = sum(len(n.members[v]) for v in np.unique(n.f_v))
        openings = sum(n.catalogue.roles[h].openings for h in np.unique(n.e_h))
        return int(min(people, openings))

    def cost(self) -> cp_model.LinearExpr:
        groups = self.net.catalogue.sessions
        terms = [(self.people_in[g], s.cost) for g, s in enumerate(groups) if s.cost]
        terms += [
            (self.running[g], s.fixed)
            for g, s in enumerate(groups)
            if s.fixed and self.running[g] is not None
        ]
        return cp_model.LinearExpr.weighted_sum([t for t, _ in terms], [c for _, c in terms])


def _weighted(variables: list, weights: np.ndarray) -> cp_model.LinearExpr:
    idx = np.flatnonzero(weights)
    return cp_model.LinearExpr.weighted_sum([variables[i] for i in idx], weights[idx].tolist())


def build_model(net: Network, budget_mad: float | None) -> FlowModel:
    """Variables for every arc, then each rule as its own unit."""
    model = cp_model.CpModel()
    sizes = np.array([len(m) for m in net.members], dtype=np.int64)
    groups, roles = net.catalogue.sessions, net.catalogue.roles
    cap_j = np.array([s.seats * s.count for s in groups] + [int(sizes.sum())], dtype=np.int64)
    f_ub = np.minimum(sizes[net.f_v], cap_j[net.f_j])
    f = [model.new_int_var(0, int(ub), "") for ub in f_ub]
    inflow = np.zeros(net.n_after, dtype=np.int64)
    np.add.at(inflow, net.f_b, f_ub)
    openings = np.array([g.openings for g in roles], dtype=np.int64)
    e_ub = np.minimum(inflow[net.e_b], openings[net.e_h]) if len(net.e_b) else np.zeros(0, int)
    e = [model.new_int_var(0, int(ub), "") for ub in e_ub]
    fm = FlowModel(net, model, f, e, [None] * len(groups), [0] * len(groups))
    add_one_pathway(fm, sizes)
    add_role_requirements(fm)
    add_seats_and_min_size(fm)
    add_openings(fm)
    add_budget(fm, budget_mad)
    add_locks(fm)
    return fm


def _by(index: np.ndarray, count: int) -> list[list[int]]:
    """Arc numbers grouped by an index array (e.g. arcs per entry node)."""
    order = np.argsort(index, kind="stable")
    bounds = np.searchsorted(index[order], np.arange(count + 1))
    return [order[bounds[i] : bounds[i + 1]].tolist() for i in range(count)]


def add_one_pathway(fm: FlowModel, sizes: np.ndarray) -> None:
    """Rule one_pathway: each person leaves their entry node at most once."""
    for v, arcs in enumerate(_by(fm.net.f_v, len(sizes))):
        if arcs and not fm.net.locked[v]:
            fm.model.add(cp_model.LinearExpr.sum([fm.f[a] for a in arcs]) <= int(sizes[v]))


def add_role_requirements(fm: FlowModel) -> None:
    """Rule role_requirements: who leaves a session (or comes directly) takes an admissible role.

    Conservation at each after node: role arcs exist only where the after-profile meets the
    role's requirements, site and dates, so every person placed holds an admissible pathway.
    """
    ins = _by(fm.net.f_b, fm.net.n_after)
    outs = _by(fm.net.e_b, fm.net.n_after)
    for b in range(fm.net.n_after):
        fm.model.add(
            cp_model.LinearExpr.sum([fm.f[a] for a in ins[b]])
            == cp_model.LinearExpr.sum([fm.e[a] for a in outs[b]])
        )


def add_seats_and_min_size(fm: FlowModel) -> None:
    """Rules seats and min_size per session group, via the number of sessions that run."""
    groups = fm.net.catalogue.sessions
    arcs = _by(np.where(fm.net.f_j == DIRECT, len(groups), fm.net.f_j), len(groups) + 1)
    for g, s in enumerate(groups):
        people = cp_model.LinearExpr.sum([fm.f[a] for a in arcs[g]])
        fm.people_in[g] = people
        if not arcs[g]:
            continue
        if s.min_size > 0 or s.fixed > 0:
            run = fm.model.new_int_var(0, s.count, f"run_{g}")
            fm.running[g] = run
            fm.model.add(people <= s.seats * run)
            fm.model.add(people >= max(s.min_size, 1) * run)
        else:
            fm.model.add(people <= s.seats * s.count)


def add_openings(fm: FlowModel) -> None:
    """Rule openings: never more people than a role group's openings."""
    roles = fm.net.catalogue.roles
    for h, arcs in enumerate(_by(fm.net.e_h, len(roles))):
        if arcs:
            fm.model.add(cp_model.LinearExpr.sum([fm.e[a] for a in arcs]) <= roles[h].openings)


def add_budget(fm: FlowModel, budget_mad: float | None) -> None:
    """Rule budget: seat costs plus fixed costs of running sessions within the budget."""
    if budget_mad is not None:
        fm.model.add(fm.cost() <= cents(budget_mad))


def add_locks(fm: FlowModel) -> None:
    """Rule locks: a locked person's single arc carries exactly that person."""
    for a in np.flatnonzero(fm.net.locked[fm.net.f_v]):
        fm.model.add(fm.f[a] == 1)


RULE_UNITS = {
    rules.ONE_PATHWAY: add_one_pathway,
    rules.ROLE_REQUIREMENTS: add_role_requirements,
    rules.SEATS: add_seats_and_min_size,
    rules.MIN_SIZE: add_seats_and_min_size,
    rules.OPENINGS: add_openings,
    rules.BUDGET: add_budget,
    rules.LOCKS: add_locks,
}
