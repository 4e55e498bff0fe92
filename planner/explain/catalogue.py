"""What a plan leaves closed, for the explanations: full sessions and roles, budget, minimum sizes.

Admissibility itself (requirement classes, site fit, dates) is the engine's,
``planner.domain.eligibility``; this module adds the plan's capacities and their ``binding``
tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.records import Dataset
from planner.domain.rules import BUDGET, MIN_SIZE, OPENINGS, SEATS

NOT_OPEN = "not_optimal"  # an admissible pathway has room: the solver stopped early
NO_PLAN = "no_plan"  # the solve produced no plan, so capacities explain nothing
BUDGET_TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class Capacity:
    """Which pathways a plan leaves closed, and why (the ``binding`` vocabulary)."""

    seats_full: np.ndarray  # [C] the session has no seat left
    min_block: np.ndarray  # [C] not running, and opening it needs more than one person
    budget_block: np.ndarray  # [C] the remaining budget cannot pay one more seat here
    openings_full: np.ndarray  # [R] the role has no opening left
    tokens: dict[str, np.ndarray]  # rule -> token per session or role ("seats:S01"), built once
    placed: np.ndarray  # [C] people placed in the session
    extra: np.ndarray  # [C] one more seat, or opening the session at its minimum size (MAD)
    left: float | None  # budget left (MAD), None without a budget

    @property
    def running(self) -> np.ndarray:
        return self.placed > 0

    @property
    def cohort_open(self) -> np.ndarray:
        return ~(self.seats_full | self.min_block | self.budget_block)


def build_capacity(dataset: Dataset, counts: tuple[dict, dict], cost: float) -> Capacity:
    """Closed sessions and roles given the plan's head counts and cost.

    A session that does not run opens only with its minimum size, so the budget must pay its
    fixed cost and that many seats; one that runs needs one more seat.
    """
    people, hired = counts
    n = np.array([people.get(c.cohort_id, 0) for c in dataset.cohorts], dtype=np.int64)
    seats = np.array([c.seats for c in dataset.cohorts], dtype=np.int64)
    min_size = np.array([c.min_size for c in dataset.cohorts], dtype=np.int64)
    extra = np.array(
        [
            c.cost_per_seat
            if people.get(c.cohort_id, 0)
            else c.fixed_cost + max(c.min_size, 1) * c.cost_per_seat
            for c in dataset.cohorts
        ],
        dtype=float,
    )
    budget = dataset.settings.budget_mad
    left = None if budget is None else budget - cost
    blocked = np.zeros(len(n), dtype=bool) if left is None else extra > left + BUDGET_TOLERANCE
    h = np.array([hired.get(r.role_id, 0) for r in dataset.roles], dtype=np.int64)
    openings = np.array([r.openings for r in dataset.roles], dtype=np.int64)
    cohort_ids = [c.cohort_id for c in dataset.cohorts]
    role_ids = [r.role_id for r in dataset.roles]
    tokens = {
        rule: _object_array([f"{rule}:{x}" for x in ids])
        for rule, ids in ((SEATS, cohort_ids), (MIN_SIZE, cohort_ids), (OPENINGS, role_ids))
    }
    closed = (n >= seats, (n == 0) & (min_size > 1), blocked, h >= openings)
    return Capacity(*closed, tokens, n, extra, left)


def _object_array(items: list[str]) -> np.ndarray:
    """1-D object array (``np.array`` of strings would make a fixed-width string array)."""
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


def binding_tokens(
    capacity: Capacity, cohorts: np.ndarray, roles: np.ndarray, has_open: bool
) -> tuple[str, ...]:
    """Why the reachable sessions and roles are closed: ``not_optimal`` first (nothing
    closes some pathway), then ``budget``, then ``seats:S``, ``openings:R`` and ``min_size:S``
    tokens in workbook order."""
    tokens = capacity.tokens
    out = [NOT_OPEN] if has_open else []
    if (cohorts & capacity.budget_block).any():
        out.append(BUDGET)
    out += tokens[SEATS][cohorts & capacity.seats_full].tolist()
    out += tokens[OPENINGS][roles & capacity.openings_full].tolist()
    out += tokens[MIN_SIZE][cohorts & capacity.min_block].tolist()
    return tuple(out)
