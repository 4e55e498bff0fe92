"""A fast feasible plan on the class network: CP-SAT's first hint and the fallback plan.

Seniors first, then the people with the fewest options; each takes the best-wished class
pair that still has a seat, an opening and the budget for it, in the session group whose
roles start soonest after it. Sessions that end below their minimum size are closed again.
The result is expressed as values of every model variable, so CP-SAT starts from a complete,
feasible solution and the time limit can never leave the user with nothing.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from planner.solver.model import FlowValues, HubModel, entry_node, ladder_entry
from planner.solver.prepare import DIRECT


class _State:
    def __init__(self, hm: HubModel, budget_cents: int | None):
        net = hm.net
        cat = net.prep.catalogue
        self.net, self.cat = net, cat
        self.index = ladder_entry(net)
        self.entries: dict[tuple[int, int, int], int] = {}
        self.people = defaultdict(int)
        self.opened = defaultdict(int)
        self.openings = {h: r.openings for h, r in enumerate(cat.roles)}
        for g, h in net.locked.values():
            self.openings[h] -= 1
            if g != DIRECT:
                self.people[g] += 1
        for g in list(self.people):
            s = cat.sessions[g]
            self.opened[g] = -(-self.people[g] // s.seats)
        self.budget = None if budget_cents is None else budget_cents - self.spent()
        self.groups_of_hub = defaultdict(list)
        for a, (hub, g) in enumerate(net.a2):
            self.groups_of_hub[int(hub)].append((int(g), a))
        self.roles_of_node = defaultdict(list)
        for a, (n, h) in enumerate(net.a4):
            self.roles_of_node[int(n)].append((int(h), a))

    def entry(self, tr: int, s: int, date_key: int) -> int:
        key = (tr, s, date_key)
        if key not in self.entries:
            self.entries[key] = entry_node(self.net, self.index, tr, s, date_key)
        return self.entries[key]

    def spent(self) -> int:
        return sum(self.cat.sessions[g].cost * n for g, n in self.people.items()) + sum(
            self.cat.sessions[g].fixed * m for g, m in self.opened.items()
        )

    def seats_for(self, g: int, want: int) -> int:
        """How many of ``want`` people group g can take now, opening sessions if affordable."""
        s = self.cat.sessions[g]
        free = s.seats * self.opened[g] - self.people[g]
        extra = 0
        while free < want and self.opened[g] + extra < s.count:
            extra += 1
            free += s.seats
        if self.budget is None or s.cost == 0 and s.fixed == 0:
            return max(0, min(free, want)), extra
        take = max(0, min(free, want))
        while take > 0 and take * s.cost + extra * s.fixed > self.budget:
            take -= 1
            extra = max(0, -(-(self.people[g] + take - s.seats * self.opened[g]) // s.seats))
        return take, extra

    def roles_from(self, node: int, want: int) -> list[tuple[int, int, int]]:
        """(role arc, ladder node, amount): openings from this start date on, soonest first."""
        tr, s, _ = self.net.nodes[node]
        out, n = [], node
        while want > 0 and n < len(self.net.nodes) and self.net.nodes[n][:2] == (tr, s):
            for h, a in self.roles_of_node[n]:
                take = min(want, self.openings[h])
                if take > 0:
                    out.append((a, n, take))
                    want -= take
            n += 1
        return out

    def commit(self, g: int, k: int, roles: list[tuple[int, int, int]]) -> None:
        if g != DIRECT:
            s = self.cat.sessions[g]
            need = max(self.opened[g], -(-(self.people[g] + k) // s.seats))
            if self.budget is not None:
                self.budget -= k * s.cost + (need - self.opened[g]) * s.fixed
            self.opened[g] = need
            self.people[g] += k
        for a, _, amount in roles:
            self.openings[int(self.net.a4[a, 1])] -= amount


def greedy_values(hm: HubModel, budget_cents: int | None) -> tuple:
    """Values of (x1, x2, x3, x4, xp, running) for a greedy plan that obeys every rule."""
    st = _State(hm, budget_cents)
    units: list[tuple] = []
    for _ in range(2):
        _fill(st, hm, units)
        _close_small(st, units)
    return _values(hm, st, units)


def _fill(st: _State, hm: HubModel, units: list) -> None:
    net = hm.net
    placed = defaultdict(int)
    for u in units:
        placed[int(net.a1[u[0], 0])] += u[4]
    arcs = defaultdict(list)
    for a, (t, hub, points, _) in enumerate(net.a1):
        arcs[int(t)].append((-int(points), net.hubs[hub][0] != DIRECT, a))
    order = sorted(arcs, key=lambda t: (not net.senior[t], len(arcs[t]), t))
    for t in order:
        left = len(net.members[t]) - placed[t]
        for _, _, a in sorted(arcs[t]):
            if left <= 0:
                break
            left -= _place_arc(st, net, a, left, units)


def _place_arc(st: _State, net, a: int, left: int, units: list) -> int:
    tc, tr, s = net.hubs[int(net.a1[a, 1])]
    if tc == DIRECT:
        roles = st.roles_from(st.index[(tr, s, 0)], left)
        k = sum(r[2] for r in roles)
        if k:
            st.commit(DIRECT, k, roles)
            units.append((a, None, DIRECT, roles, k))
        return k
    done = 0
    for g, a2 in st.groups_of_hub[int(net.a1[a, 1])]:
        if done >= left:
            break
        group = st.cat.sessions[g]
        if st.people[g] >= group.seats * group.count:
            continue  # measured: most calls met a full group (20,000 people: 5.6 million)
        take, _ = st.seats_for(g, left - done)
        if not take:
            continue
        roles = st.roles_from(st.entry(tr, s, group.date_key), take)
        k = sum(r[2] for r in roles)
        if k:
            st.commit(g, k, roles)
            units.append((a, a2, g, roles, k))
            done += k
    return done


def _close_small(st: _State, units: list) -> None:
    """Rule min_size: run fewer sessions of a group, or close it and free its people."""
    for g in list(st.opened):
        s = st.cat.sessions[g]
        low = max(s.min_size, 1)
        if st.people[g] >= low * st.opened[g]:
            continue
        keep = min(st.opened[g], st.people[g] // low)
        if keep >= 1 and st.people[g] <= s.seats * keep:
            if st.budget is not None:
                st.budget += (st.opened[g] - keep) * s.fixed
            st.opened[g] = keep
            continue
        locked = sum(1 for lg, _ in st.net.locked.values() if lg == g)
        if locked:
            continue  # the solver proper decides; a locked session must run
        for u in [u for u in units if u[2] == g]:
            units.remove(u)
            for a, _, amount in u[3]:
                st.openings[int(st.net.a4[a, 1])] += amount
        if st.budget is not None:
            st.budget += st.people[g] * s.cost + st.opened[g] * s.fixed
        st.people[g], st.opened[g] = 0, 0


def _values(hm: HubModel, st: _State, units: list) -> tuple:
    net = hm.net
    x1 = np.zeros(len(net.a1), dtype=np.int64)
    x2 = np.zeros(len(net.a2), dtype=np.int64)
    x4 = np.zeros(len(net.a4), dtype=np.int64)
    balance = np.zeros(len(net.nodes), dtype=np.int64)
    for a1, a2, _, roles, k in units:
        x1[a1] += k
        if a2 is not None:
            x2[a2] += k
        for a, node, amount in roles:
            x4[a] += amount
            balance[node] -= amount
        tc, tr, s = net.hubs[int(net.a1[a1, 1])]
        start = (
            st.index[(tr, s, 0)]
            if a2 is None
            else entry_node(net, st.index, tr, s, st.cat.sessions[int(net.a2[a2, 1])].date_key)
        )
        balance[start] += k
    x3 = np.zeros(len(net.nodes), dtype=np.int64)
    for n, (tr, s, _) in enumerate(net.nodes):
        first = n == 0 or net.nodes[n - 1][:2] != (tr, s)
        x3[n] = balance[n] + (0 if first else x3[n - 1])
    xp = np.zeros(len(net.paths), dtype=np.int64)
    running = [None if r is None else st.opened[g] for g, r in enumerate(hm.running)]
    return FlowValues(x1, x2, x3, x4, xp, running)
