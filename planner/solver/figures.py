"""Key figures of a plan, computed from the named plan itself with the rules (not the model)."""

from __future__ import annotations

from planner.domain.money import plan_cost
from planner.domain.outcomes import SolveResult, SolveStatus
from planner.domain.plan import Plan
from planner.domain.records import Dataset
from planner.domain.rules import is_senior, wish_points, wish_rank


def figures(
    dataset: Dataset,
    plan: Plan,
    status: SolveStatus,
    bound: int,
    seconds: float,
    message: str = "",
    conflicts: tuple[str, ...] | list[str] = (),
) -> SolveResult:
    """Wrap a plan into a SolveResult with its placed, seniors, wish and cost figures."""
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    roles = {r.role_id: r for r in dataset.roles}
    seniors = wishes = 0
    for e in dataset.employees:
        pw = plan.assignments.get(e.employee_id)
        if pw is None:
            continue
        seniors += is_senior(e, dataset.settings)
        wishes += wish_points(wish_rank(e, cohorts.get(pw.cohort_id), roles[pw.role_id]))
    used = {pw.cohort_id for pw in plan.assignments.values() if pw.cohort_id}
    running = tuple(c.cohort_id for c in dataset.cohorts if c.cohort_id in used)
    return SolveResult(
        status=status,
        plan=plan,
        placed=len(plan.assignments),
        upper_bound_placed=bound,
        seniors_placed=seniors,
        wish_score=wishes,
        cost_mad=round(plan_cost(dataset, plan), 2),
        cohorts_run=running,
        solve_seconds=round(seconds, 3),
        message=message,
        conflicts=tuple(conflicts),
    )
