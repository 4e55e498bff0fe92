"""What kind of plan a solve returned, in the words an HR user needs (no Streamlit here).

The kind is the solve's typed ``Termination``: "best plan found" covers very different
situations (a greedy plan the search did not improve, a search stopped by the user, a count
proven maximal). The words come from ``planner.i18n.status``, the one wording the terminal and
the exports use too.
"""

from __future__ import annotations

from planner import i18n
from planner.domain.outcomes import SolveResult, Termination

KINDS = tuple(t.value for t in Termination)
# How the app frames each kind: a proven plan is a success, no plan a warning, the rest news.
LEVELS = {
    Termination.OPTIMAL: "success",
    Termination.BOUND_REACHED: "success",
    Termination.INFEASIBLE_LOCKS: "warning",
    Termination.NO_PLAN: "warning",
}


def plan_kind(result: SolveResult) -> str:
    """One of :data:`KINDS`: the termination of the solve."""
    return result.termination.value


def level(result: SolveResult) -> str:
    """``success``, ``info`` or ``warning``: the Streamlit element that frames the status."""
    return LEVELS.get(result.termination, "info")


def gap(result: SolveResult, employees: int) -> float:
    """Share of the proven maximum not reached: (bound - placed) / bound, with the bound
    clamped to the workforce (an early bound can exceed it); 0 when nothing can be placed."""
    bound = min(result.upper_bound_placed, employees)
    return max(0.0, (bound - result.placed) / bound) if bound > 0 else 0.0


def text(result: SolveResult, employees: int, lang: str) -> str:
    """The short status (optimal, best found with its gap, stopped by you, which plan kept)."""
    return i18n.status_text(
        result.termination, result.placed, result.upper_bound_placed, lang, employees
    )


def sentence(result: SolveResult, employees: int, lang: str) -> str:
    """The short status with the figures behind it, as the exports word it too."""
    return i18n.status_sentence(
        result.termination,
        result.placed,
        result.upper_bound_placed,
        employees,
        result.solve_seconds,
        lang,
    )
