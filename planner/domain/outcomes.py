"""What a solve and an explanation return: typed statuses, figures and reasons."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from planner.domain.plan import Pathway, Plan


class SolveStatus(enum.StrEnum):
    """Outcome of a solve, shown as is to the user (never an exception)."""

    OPTIMAL = "optimal"  # every tier proven optimal
    FEASIBLE = "feasible"  # a plan, stopped by the time limit before proof
    INFEASIBLE = "infeasible"  # the locks contradict the rules; see conflicts
    NO_PLAN = "no_plan"  # time limit reached before any plan (empty plan returned)


@dataclass(frozen=True, slots=True)
class SolveResult:
    """A solved plan with its figures and proof status."""

    status: SolveStatus
    plan: Plan
    placed: int
    upper_bound_placed: int
    seniors_placed: int
    wish_score: int
    cost_mad: float
    cohorts_run: tuple[str, ...]
    solve_seconds: float
    message: str = ""
    conflicts: tuple[str, ...] = ()

    @property
    def gap(self) -> float:
        """Relative gap on the number placed (0 when proven optimal)."""
        if self.upper_bound_placed <= 0:
            return 0.0
        return max(0.0, (self.upper_bound_placed - self.placed) / self.upper_bound_placed)


class ReasonCode(enum.StrEnum):
    """Why a person has, or has not, a pathway in a plan."""

    PLACED = "placed"  # the objective chose this admissible pathway
    LOCKED = "locked"  # the user fixed this pathway
    NO_ADMISSIBLE_PATHWAY = "no_admissible_pathway"  # no session/role fits; see nearest miss
    ALL_BANNED = "all_banned"  # admissible pathways exist but the user forbade all of them
    OUTCOMPETED = "outcompeted"  # admissible, but seats/openings/budget went to others


@dataclass(frozen=True, slots=True)
class PersonReason:
    """The explanation of one person's outcome, structured so the app can translate it.

    ``binding`` names the capacities that stopped an admissible person (``seats:COHORT``,
    ``openings:ROLE``, ``budget``, ``min_size:COHORT``); ``nearest_miss`` holds the smallest
    set of unmet requirements among all pathways (``rules.Miss`` objects).
    """

    employee_id: str
    code: ReasonCode
    pathway: Pathway | None = None
    wish_rank: int | None = None
    senior: bool = False
    met: tuple[str, ...] = ()
    nearest_miss: tuple = ()
    binding: tuple[str, ...] = ()
    alternatives: tuple[Pathway, ...] = ()
