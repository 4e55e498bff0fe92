"""Give seniors the pathways juniors hold when the plan in hand leaves a senior out.

Why: PRODUCT.md ranks seniors right after the number placed, and the issue asks that no
benchmark plan leave a senior unplaced while a junior holds a pathway that senior could take.
On large models the seniors stage may run out of time (20,000 people: 743 such seniors when
it found no plan in its share). Such a swap keeps every count (same session, same role), so
seats, openings, minimum sizes and budget stay as they were, and it places one more senior.

The independent checker (``check_swap``) says which seniors are left out; each of them then
walks the juniors' pathways it may take (the checker's index, by requirement class and site)
and takes the first one still held by a junior. Pathways whose juniors are all gone leave the
index, so the walk stays short; the checker is run again until it finds nothing.
"""

from __future__ import annotations

from collections import defaultdict

from planner.check.admission import Admission, ban_matches
from planner.check.seniority import (
    fitting_classes,
    fitting_sites,
    held_index,
    senior_swap_violations,
)
from planner.domain.plan import Edits, Pathway, Plan
from planner.domain.records import Dataset, Employee
from planner.domain.rules import is_senior

MAX_ROUNDS = 5


def repair_senior_swaps(dataset: Dataset, plan: Plan, edits: Edits) -> tuple[Plan, int]:
    """The plan with seniors swapped in, and how many swaps were made."""
    swapped = 0
    for _ in range(MAX_ROUNDS):
        left_out = {s for s, _, _ in senior_swap_violations(dataset, plan, edits=edits)}
        if not left_out:
            break
        plan, done = _swap_round(dataset, plan, edits, left_out)
        swapped += done
        if not done:
            break
    return plan, swapped


def _swap_round(dataset: Dataset, plan: Plan, edits: Edits, left_out: set[str]):
    admission = Admission(dataset)
    holders = _junior_holders(dataset, plan, edits)
    index = held_index({p: js[-1] for p, js in holders.items()}, admission)
    bans = defaultdict(list)
    for ban in edits.bans:
        bans[ban.employee_id].append(ban)
    assignments, done = dict(plan.assignments), 0
    for e in dataset.employees:
        if e.employee_id not in left_out:
            continue
        p = _take(e, index, admission, bans.get(e.employee_id, ()), holders)
        if p is not None:
            del assignments[holders[p].pop()]
            assignments[e.employee_id] = p
            done += 1
    return Plan(assignments), done


def _take(e: Employee, index, admission: Admission, bans, holders) -> Pathway | None:
    """A pathway this senior may take that a junior still holds; emptied ones are dropped."""
    for by_site in fitting_classes(e, index, admission):
        for paths in fitting_sites(e, by_site, admission):
            paths[:] = [p for p in paths if holders[p]]
            for p in paths:
                if not any(ban_matches(b, p) for b in bans):
                    return p
    return None


def _junior_holders(dataset: Dataset, plan: Plan, edits: Edits) -> dict:
    """Pathway -> the unlocked juniors holding it (popped from the end)."""
    locked = {lock.employee_id for lock in edits.locks}
    holders = defaultdict(list)
    for e in dataset.employees:
        p = plan.assignments.get(e.employee_id)
        if p is not None and e.employee_id not in locked and not is_senior(e, dataset.settings):
            holders[p].append(e.employee_id)
    return holders
