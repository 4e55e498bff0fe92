"""The LP relaxation of the class-level model, solved with GLOP: a fast, proven upper bound.

The same rule units build it (``build_hub_model`` with this backend), so the bound is of
exactly the model CP-SAT solves. On the sector's shape the relaxation is tight at small and
medium sizes (2,000 people: LP 1,137 = integer optimum, in 0.4 s), which lets a plan that
reaches it be called optimal without CP-SAT's own proof.
"""

from __future__ import annotations

import math

from ortools.linear_solver.python import model_builder as mb

from planner.hub_model import build_hub_model
from planner.hub_net import HubNet


class _LinearBackend:
    """CP-SAT's builder methods over model_builder, with continuous variables."""

    lin = mb.LinearExpr

    def __init__(self) -> None:
        self.model = mb.Model()

    def new_int_var(self, lb, ub, name):
        return self.model.new_var(lb, ub, False, None)

    def new_bool_var(self, name):
        return self.model.new_var(0, 1, False, None)

    def add(self, constraint):
        return self.model.add(constraint)

    def add_at_most_one(self, variables):
        return self.model.add(mb.LinearExpr.sum(variables) <= 1)


def lp_bound_placed(net: HubNet, budget_mad: float | None, seconds: float) -> int | None:
    """Floor of the LP optimum of tier 1 (placed), or None if GLOP does not finish in time."""
    backend = _LinearBackend()
    hm = build_hub_model(net, budget_mad, backend)
    backend.model.maximize(hm.tiers()["placed"])
    solver = mb.Solver("glop")
    solver.set_time_limit_in_seconds(max(0.01, seconds))
    if solver.solve(backend.model) != mb.SolveStatus.OPTIMAL:
        return None
    return int(math.floor(solver.objective_value + 1e-6))
