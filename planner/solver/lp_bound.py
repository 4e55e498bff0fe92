"""The LP relaxation of the class-level model, solved with GLOP: fast, proven tier bounds.

The same rule units build it (``build_hub_model`` with this backend), so each bound is of
exactly the model CP-SAT solves. On the sector's shape the relaxation is tight at small and
medium sizes for the placed and seniors tiers (2,000 people: LP 1,137 = integer optimum, in
0.4 s). A CP-SAT plan that reaches the bound of its tier is optimal without CP-SAT's own proof,
so the stage stops there. The wish and cost tiers' LPs are looser (500 people: wishes 386 vs
375; cost 182.0 M vs 195.8 M centimes), so those stages rarely stop early.
"""

from __future__ import annotations

import math

from ortools.linear_solver.python import model_builder as mb

from planner.solver.model import HubModel, build_hub_model
from planner.solver.network import HubNet


class LinearBackend:
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


class TierBounds:
    """One LP of the model; each tier is bounded with the tiers before it fixed."""

    def __init__(self, net: HubNet, budget_mad: float | None, weights=None) -> None:
        self.backend = LinearBackend()
        self.hm: HubModel = build_hub_model(net, budget_mad, self.backend)
        self.tiers = self.hm.tiers(weights)

    def bound(self, stage: str, maximise: bool, seconds: float) -> int | None:
        """Integer bound of the tier (floor of a max, ceiling of a min), or None if not solved."""
        model = self.backend.model
        (model.maximize if maximise else model.minimize)(self.tiers[stage])
        solver = mb.Solver("glop")
        solver.set_time_limit_in_seconds(max(0.01, seconds))
        if solver.solve(model) != mb.SolveStatus.OPTIMAL:
            return None
        value = solver.objective_value
        return math.floor(value + 1e-6) if maximise else math.ceil(value - 1e-6)

    def fix(self, stage: str, maximise: bool, value: int) -> None:
        """The tier keeps the value CP-SAT reached, as in the CP-SAT model."""
        expr = self.tiers[stage]
        self.backend.add(expr >= value if maximise else expr <= value)
