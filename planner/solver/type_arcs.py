"""A person's arcs to hubs, as arrays: which hubs, wish points on each, previous pathway.

A person's arcs depend only on their profile's admissible class pairs (with their site
class), their first wishes and their previous class pair, so they are computed once per
distinct combination, with numpy tables instead of one Python call per arc: at 20,000
people of diverse profiles a network has over a million arcs.
"""

from __future__ import annotations

import numpy as np

from planner.domain.rules import wish_points
from planner.solver.classes import Classes
from planner.solver.prepare import DIRECT

MAX_WISHES = 3


class TypeArcs:
    """Arcs (hub, wish points, stay) per (profile, wishes, previous pair), cached."""

    def __init__(self, cl: Classes, pairs: np.ndarray, sigma: np.ndarray, alive, hubs: dict):
        self.cl, self.pairs, self.sigma, self.alive, self.hubs = cl, pairs, sigma, alive, hubs
        self.direct = len(cl.tc_track)  # index of "no session" in the pairs table
        self.pattern: dict[int, int] = {}
        self.index: dict[tuple, int] = {}
        self.pattern_arcs: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.alive_of: dict[int, np.ndarray] = {}
        self.points_of: dict[tuple | None, np.ndarray] = {}
        self.cache: dict[tuple, tuple[bytes, np.ndarray]] = {}

    def __call__(self, u: int, wish: tuple | None, prev: tuple | None) -> tuple[bytes, np.ndarray]:
        """(key, rows of (hub, points, stay)) of a profile with these wishes and pair."""
        pid = self._pattern(u)
        key = (pid, wish, prev)
        found = self.cache.get(key)
        if found is None:
            tcx, tr, hub = self.pattern_arcs[pid]
            points = self._points(wish)[tcx, tr]
            stay = np.zeros(len(hub), dtype=np.int64)
            if prev is not None:
                ptc = self.direct if prev[0] == DIRECT else prev[0]
                stay = ((tcx == ptc) & (tr == prev[1])).astype(np.int64)
            arcs = np.stack([hub, points, stay], axis=1)
            found = self.cache[key] = (arcs.tobytes(), arcs)
        return found

    def _pattern(self, u: int) -> int:
        pid = self.pattern.get(u)
        if pid is None:
            key = (int(self.sigma[u]), self.pairs[u].tobytes())
            pid = self.index.get(key)
            if pid is None:
                pid = self.index[key] = len(self.pattern_arcs)
                self.pattern_arcs.append(self._arcs(u))
            self.pattern[u] = pid
        return pid

    def _arcs(self, u: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(class pair indices, role classes, hubs) of a profile's live class pairs."""
        s = int(self.sigma[u])
        tcx, tr = np.nonzero(self.pairs[u] & self._alive(s))
        hub = np.empty(len(tcx), dtype=np.int64)
        for k, (c, r) in enumerate(zip(tcx.tolist(), tr.tolist(), strict=True)):
            tc = DIRECT if c == self.direct else c
            hub[k] = self.hubs.setdefault((tc, r, s), len(self.hubs))
        return tcx, tr, hub

    def _alive(self, s: int) -> np.ndarray:
        """(class pair index x role class): the pair has sessions and roles for site class s."""
        table = self.alive_of.get(s)
        if table is None:
            n_tc, n_tr = self.pairs.shape[1], self.pairs.shape[2]
            table = np.zeros((n_tc, n_tr), dtype=bool)
            for c in range(n_tc):
                tc = DIRECT if c == self.direct else c
                table[c] = [self.alive(tc, r, s) for r in range(n_tr)]
            self.alive_of[s] = table
        return table

    def _points(self, wish: tuple | None) -> np.ndarray:
        """Wish points of every class pair: its session's track or family, or its role's
        family, matched against the first wishes."""
        table = self.points_of.get(wish)
        if table is None:
            table = self.points_of[wish] = _points_table(self.cl, wish)
        return table


def _points_table(cl: Classes, wish: tuple | None) -> np.ndarray:
    n_tc, n_tr = len(cl.tc_track) + 1, len(cl.tr_family)
    rank = np.full((n_tc, n_tr), MAX_WISHES, dtype=np.int64)
    for k, w in reversed(list(enumerate((wish or ())[:MAX_WISHES]))):
        by_tc = np.array([w in pair for pair in cl.tc_track] + [False], dtype=bool)
        by_tr = np.array([w == family for family in cl.tr_family], dtype=bool)
        rank[by_tc[:, None] | by_tr[None, :]] = k
    points = np.array([wish_points(k) for k in range(MAX_WISHES + 1)], dtype=np.int64)
    return points[rank]
