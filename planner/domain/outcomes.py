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


class Termination(enum.StrEnum):
    """Why a solve ended, one reason per plan; the app, the CLI and the exports word each the
    same way (``status.<value>`` in the message catalogue)."""

    OPTIMAL = "optimal"  # every objective tier proven optimal
    BOUND_REACHED = "bound_reached"  # the number placed meets its proven bound; later tiers not
    TIME_LIMIT = "time_limit"  # the time limit ended the search: the best plan so far
    SEARCH_COMPLETE = "search_complete"  # the search among the LP's pathways ended; a gap remains
    STOPPED = "stopped"  # the user stopped the search: the best plan so far
    GREEDY_KEPT = "greedy_kept"  # a greedy plan: the search found none better in time
    ROUNDED_LP_KEPT = "rounded_lp_kept"  # the LP relaxation rounded: none better found in time
    PREVIOUS_KEPT = "previous_kept"  # a re-solve kept the previous plan, adjusted to the edits
    INFEASIBLE_LOCKS = "infeasible_locks"  # the user's locks contradict the rules: no plan
    NO_PLAN = "no_plan"  # no plan before the time limit (an empty plan is returned)


_BY_STATUS = {
    SolveStatus.OPTIMAL: Termination.OPTIMAL,
    SolveStatus.INFEASIBLE: Termination.INFEASIBLE_LOCKS,
    SolveStatus.NO_PLAN: Termination.NO_PLAN,
}


@dataclass(frozen=True, slots=True)
class SolveResult:
    """A solved plan with its figures, proof status and why the search ended.

    ``message`` is a free English detail for logs; nothing reads meaning from it.
    ``termination`` defaults to what ``status`` implies (scenarios saved before it existed).
    """

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
    termination: Termination | None = None

    def __post_init__(self) -> None:
        if self.termination is None:
            implied = _BY_STATUS.get(self.status, Termination.TIME_LIMIT)
            object.__setattr__(self, "termination", implied)

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
    NOT_OPENED = "not_opened"  # admissible, but only through sessions that did not open
    OUTCOMPETED = "outcompeted"  # admissible, but seats/openings/budget went to others


@dataclass(frozen=True, slots=True)
class Closure:
    """One thing that closes an unplaced person's pathways, with the figures to check it.

    ``rule`` is ``seats``, ``openings``, ``min_size`` or ``budget`` and ``target`` the session
    or role it closes. ``limit`` is its seats, openings or minimum size, ``placed`` the people
    placed there, ``holders`` the first of them. ``cost`` is what one more seat (or opening the
    session) would cost and ``left`` the budget left, None without a budget. ``admissible``
    counts the unplaced people who could enter a session that did not open. ``by_seniority``,
    ``by_wishes`` and ``by_count`` split ``placed`` by the first criterion of the objective on
    which they rank before this person: seniority, a better-ranked wish for this family, or
    neither (then the number placed, and last the cost, decided).
    """

    rule: str
    target: str = ""
    limit: int = 0
    placed: int = 0
    holders: tuple[str, ...] = ()
    cost: float = 0.0
    left: float | None = None
    admissible: int = 0
    by_seniority: int = 0
    by_wishes: int = 0
    by_count: int = 0


@dataclass(frozen=True, slots=True)
class PersonReason:
    """The explanation of one person's outcome, structured so the app can translate it.

    ``binding`` names the capacities that stopped an admissible person (``seats:COHORT``,
    ``openings:ROLE``, ``budget``, ``min_size:COHORT``); ``nearest_miss`` holds the smallest
    set of unmet requirements among all pathways (``rules.Miss`` objects); ``closures`` the
    figures of the first sessions and roles ``binding`` names, in the order they are told.
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
    closures: tuple[Closure, ...] = ()
