"""A bound on the number placed that needs no LP: people matched to role openings.

Every plan sends each placed person to a role their profile reaches (directly or after some
session) at a site that fits, within the openings. Dropping seats, minimum sizes, budget and
dates leaves a bipartite matching of person types to role groups, whose maximum (one max
flow, well under a second at 20,000 people) is a valid upper bound. It is what the app and
the exports show while the LP has not answered, and the bound kept if it never does.
"""

from __future__ import annotations

import numpy as np
from ortools.graph.python import max_flow

from planner.solver.network import HubNet


def matching_bound(net: HubNet) -> int:
    """Most people any plan could place: types -> (role class, site class) -> role groups."""
    cat = net.prep.catalogue
    ladder = {key: k for k, key in enumerate(net.ladders)}
    hub_ladder = np.array([ladder[(tr, s)] for _, tr, s in net.hubs], dtype=np.int64)
    node_ladder = np.array([ladder[(tr, s)] for tr, s, _ in net.nodes], dtype=np.int64)
    pairs = _unique_rows(net.a1[:, 0], hub_ladder[net.a1[:, 1]] if len(net.a1) else net.a1[:, 1])
    roles = _unique_rows(node_ladder[net.a4[:, 0]] if len(net.a4) else net.a4[:, 0], net.a4[:, 1])
    n_types, n_ladders = len(net.members), len(ladder)
    ladder0, role0 = 2 + n_types, 2 + n_types + n_ladders
    sizes = np.array([len(m) for m in net.members], dtype=np.int64)
    locked = np.zeros(len(cat.roles), dtype=np.int64)
    for _, h in net.locked.values():
        locked[h] += 1
    openings = np.maximum(np.array([r.openings for r in cat.roles], dtype=np.int64) - locked, 0)
    big = int(sizes.sum()) + 1
    roles_at = role0 + np.arange(len(cat.roles))
    tails = np.concatenate([np.zeros(n_types), 2 + pairs[:, 0], ladder0 + roles[:, 0], roles_at])
    heads = np.concatenate(
        [2 + np.arange(n_types), ladder0 + pairs[:, 1], role0 + roles[:, 1], np.ones(len(roles_at))]
    )
    caps = np.concatenate([sizes, np.full(len(pairs) + len(roles), big), openings])
    flow = max_flow.SimpleMaxFlow()
    flow.add_arcs_with_capacity(tails.astype(np.int64), heads.astype(np.int64), caps)
    others = len(net.locked) + len({p[0] for p in net.paths})
    if flow.solve(0, 1) != flow.OPTIMAL:
        return int(sizes.sum()) + others
    return int(flow.optimal_flow()) + others


def _unique_rows(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return np.unique(np.stack([first, second], axis=1).reshape(-1, 2), axis=0)
