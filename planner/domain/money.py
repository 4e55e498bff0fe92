"""Money: what a plan costs in MAD, and the integer centimes the model counts in."""

from __future__ import annotations

import math
from collections import Counter

from planner.domain.plan import Plan
from planner.domain.records import Dataset


def cents(amount: float) -> int:
    """Money in the model is integer centimes: CP-SAT needs integers, MAD have two decimals."""
    return int(round(amount * 100))


def plan_cost(dataset: Dataset, plan: Plan) -> float:
    """Seat costs plus the fixed cost of every running session, summed exactly (fsum)."""
    people = Counter(p.cohort_id for p in plan.assignments.values() if p.cohort_id is not None)
    return math.fsum(
        c.cost_per_seat * people[c.cohort_id] + c.fixed_cost
        for c in dataset.cohorts
        if people[c.cohort_id] > 0
    )
