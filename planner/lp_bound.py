"""The LP relaxation of the class-level model, solved with GLOP: fast, proven tier bounds.

The same rule units build it (``build_hub_model`` with this backend), so each bound is of
exactly the model CP-SAT solves. On the sector's shape the relaxation is tight at small and
medium sizes (2,000 people: LP 1,137 = integer optimum, in 0.4 s). A CP-SAT plan that reaches
the bound of its tier is optimal without CP-SAT's own proof, so the stage stops there: that
is what makes the 500-person solve fast (CP-SAT's own proof of the later tiers took seconds).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ortools.linear_solver.python import model_builder as mb

from planner.hub_model import HubModel, build_hub_model
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


@dataclass(frozen=True, slots=True)
class LpTier:
    """A tier's LP optimum and the integer bound it gives."""

    bound: int
    value: float


class TierBounds:
    """One LP of the model; each tier is bounded with the tiers before it fixed."""

    def __init__(self, net: HubNet, budget_mad: float | None) -> None:
        self.backend = _LinearBackend()
        self.hm: HubModel = build_hub_model(net, budget_mad, self.backend)

    def expr(self, stage: str, weights=None):
        tiers = self.hm.tiers()
        if stage == "weighted":
            return (
                weights.placed * tiers["placed"]
                + weights.senior * tiers["seniors"]
                + weights.wish * tiers["wishes"]
            )
        return tiers[stage]

    def bound(self, stage: str, maximise: bool, seconds: float, weights=None) -> int | None:
        """Integer bound of the tier (floor of a max, ceiling of a min), or None if not solved."""
        lp = self.solve(stage, maximise, seconds, weights)
        return None if lp is None else lp.bound

    def solve(self, stage: str, maximise: bool, seconds: float, weights=None) -> LpTier | None:
        model = self.backend.model
        (model.maximize if maximise else model.minimize)(self.expr(stage, weights))
        solver = mb.Solver("glop")
        solver.set_time_limit_in_seconds(max(0.01, seconds))
        if solver.solve(model) != mb.SolveStatus.OPTIMAL:
            return None
        value = solver.objective_value
        bound = math.floor(value + 1e-6) if maximise else math.ceil(value - 1e-6)
        return LpTier(bound, value)

    def fix(self, stage: str, maximise: bool, value: int, weights=None) -> None:
        """The tier keeps the value CP-SAT reached, as in the CP-SAT model."""
        expr = self.expr(stage, weights)
        self.backend.add(expr >= value if maximise else expr <= value)


def lp_bound_placed(net: HubNet, budget_mad: float | None, seconds: float) -> int | None:
    """Floor of the LP optimum of tier 1 (placed), or None if GLOP does not finish in time."""
    return TierBounds(net, budget_mad).bound("placed", True, seconds)
