"""What kind of plan a solve returned, in the words an HR user needs (no Streamlit here).

Why more kinds than ``SolveStatus``: "feasible" covers very different situations. On a large
workbook the optimizer may keep a greedy plan that CP-SAT did not improve within the time
limit; shown as "best plan found" it reads as an optimizer's result, and the user cannot tell
that more time could help. The solver says so only in ``SolveResult.message`` (English, for
logs), so the app reads the message's start here, in one place.
"""

from __future__ import annotations

from planner.domain.outcomes import SolveResult, SolveStatus

# Message starts of planner.solve when the plan is its greedy floor: CP-SAT found nothing
# better ("greedy plan kept: ..."), nothing at all in the placed stage ("stage placed:
# unknown"), or no plan before the limit ("greedy plan: the time limit ended ...").
GREEDY_MESSAGES = ("greedy plan", "stage placed:")
STOPPED_MESSAGE = "stopped by the user"
KINDS = (
    "optimal",
    "feasible_count_proven",
    "heuristic",
    "stopped",
    "feasible",
    "infeasible",
    "no_plan",
)


def plan_kind(result: SolveResult) -> str:
    """One of :data:`KINDS`; each has a short (``status.*``) and long (``status_long.*``)
    text in both languages."""
    if result.status != SolveStatus.FEASIBLE:
        return result.status.value
    if result.placed >= result.upper_bound_placed:
        return "feasible_count_proven"
    if result.message.startswith(GREEDY_MESSAGES):
        return "heuristic"
    if result.message.startswith(STOPPED_MESSAGE):
        return "stopped"
    return "feasible"


def gap(result: SolveResult, employees: int) -> float:
    """Share of the proven maximum not reached: (bound - placed) / bound, with the bound
    clamped to the workforce (an early bound can exceed it); 0 when nothing can be placed."""
    bound = min(result.upper_bound_placed, employees)
    return max(0.0, (bound - result.placed) / bound) if bound > 0 else 0.0
