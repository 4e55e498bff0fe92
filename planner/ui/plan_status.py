"""What kind of plan a solve returned, in the words an HR user needs (no Streamlit here).

The kind is the solve's typed ``Termination``: "best plan found" covers very different
situations (a greedy plan the search did not improve, a search stopped by the user, a count
proven maximal), and each has a short (``status.*``) and long (``status_long.*``) text.
"""

from __future__ import annotations

from planner.domain.outcomes import SolveResult, Termination

KINDS = tuple(t.value for t in Termination)


def plan_kind(result: SolveResult) -> str:
    """One of :data:`KINDS`: the termination of the solve."""
    return result.termination.value


def gap(result: SolveResult, employees: int) -> float:
    """Share of the proven maximum not reached: (bound - placed) / bound, with the bound
    clamped to the workforce (an early bound can exceed it); 0 when nothing can be placed."""
    bound = min(result.upper_bound_placed, employees)
    return max(0.0, (bound - result.placed) / bound) if bound > 0 else 0.0
