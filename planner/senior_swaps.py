"""Give seniors the pathways juniors hold when the plan in hand leaves a senior out.

Why: PRODUCT.md ranks seniors right after the number placed, and the issue asks that no
benchmark plan leave a senior unplaced while a junior holds a pathway that senior could take.
On large models the seniors stage may run out of time (20,000 people: 742 such seniors when
it found no plan in its share). Such a swap keeps every count (same session, same role), so
seats, openings, minimum sizes and budget stay as they were, and it places one more senior.
The independent checker finds the swaps; they are applied in batches, every junior holding
a pathway at once, so a few rounds do what one swap per round would do in hundreds.
"""

from __future__ import annotations

from collections import defaultdict

from planner.check_swap import senior_swap_violations
from planner.domain import Dataset, Edits, Plan
from planner.rules import is_senior

MAX_ROUNDS = 50


def repair_senior_swaps(dataset: Dataset, plan: Plan, edits: Edits) -> tuple[Plan, int]:
    """The plan with seniors swapped in, and how many swaps were made."""
    swapped = 0
    for _ in range(MAX_ROUNDS):
        swaps = senior_swap_violations(dataset, plan, edits=edits)
        if not swaps:
            break
        holders = _junior_holders(dataset, plan, edits)
        wanting = defaultdict(list)
        for senior, _, pathway in swaps:
            wanting[pathway].append(senior)
        assignments = dict(plan.assignments)
        for pathway, seniors in wanting.items():
            for senior, junior in zip(seniors, holders[pathway], strict=False):
                del assignments[junior]
                assignments[senior] = pathway
                swapped += 1
        plan = Plan(assignments)
    return plan, swapped


def _junior_holders(dataset: Dataset, plan: Plan, edits: Edits) -> dict:
    """Pathway -> the unlocked juniors holding it, by id (the checker's witness first)."""
    locked = {lock.employee_id for lock in edits.locks}
    holders = defaultdict(list)
    for e in sorted(dataset.employees, key=lambda e: e.employee_id):
        p = plan.assignments.get(e.employee_id)
        if p is not None and e.employee_id not in locked and not is_senior(e, dataset.settings):
            holders[p].append(e.employee_id)
    return holders
