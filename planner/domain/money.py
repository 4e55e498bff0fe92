"""Money: what a plan costs in MAD, and the integer centimes the model counts in."""

from __future__ import annotations

from collections import Counter

from planner.domain.plan import Plan
from planner.domain.records import Dataset


def cents(amount: float) -> int:
    """Money in the model is integer centimes: CP-SAT needs integers, MAD have two decimals."""
    return int(round(amount * 100))


def plan_cost_cents(dataset: Dataset, plan: Plan) -> int:
    """Seat costs plus the fixed cost of every running session, in whole centimes, each
    amount rounded to the centime as the model counts it.

    Why integers: summed as floats, amounts near 10^11 MAD are off by more than a centime's
    fraction, so a plan the model keeps exactly within its budget would look over it.
    """
    people = Counter(p.cohort_id for p in plan.assignments.values() if p.cohort_id is not None)
    return sum(
        cents(c.cost_per_seat) * people[c.cohort_id] + cents(c.fixed_cost)
        for c in dataset.cohorts
        if people[c.cohort_id] > 0
    )


def plan_cost(dataset: Dataset, plan: Plan) -> float:
    """What a plan costs in MAD: ``plan_cost_cents`` / 100."""
    return plan_cost_cents(dataset, plan) / 100
