"""Give seniors the pathways juniors hold when the plan in hand leaves a senior out.

PRODUCT.md ranks seniors right after the number placed. On large models the seniors stage may
run out of time and leave a senior unplaced while a junior holds a pathway the senior could
take. Such a swap keeps every count (same session, same role), so seats, openings, minimum
sizes and budget stay as they were, and it places one more senior.

Each unplaced senior walks the juniors' pathways (the held-pathway index of
``planner.domain.admission``, by requirement class and site) and takes the first one a junior
still holds. Pathways whose juniors are all gone leave the index, so the walk stays short; a
person key that found nothing is not tried again in the round, since holders only go.
"""

from __future__ import annotations

from collections import defaultdict

from planner.domain.admission import (
    Admission,
    fitting_classes,
    fitting_sites,
    held_index,
    person_key,
)
from planner.domain.plan import Ban, Edits, Pathway, Plan, ban_matches
from planner.domain.records import Dataset, Employee
from planner.domain.rules import is_senior

MAX_ROUNDS = 5


def repair_senior_swaps(dataset: Dataset, plan: Plan, edits: Edits) -> tuple[Plan, int]:
    """The plan with seniors swapped in, and how many swaps were made."""
    swapped = 0
    for _ in range(MAX_ROUNDS):
        plan, done = _swap_round(dataset, plan, edits)
        swapped += done
        if not done:
            break
    return plan, swapped


def _swap_round(dataset: Dataset, plan: Plan, edits: Edits) -> tuple[Plan, int]:
    admission = Admission(dataset)
    holders = _junior_holders(dataset, plan, edits)
    index = held_index({p: js[-1] for p, js in holders.items()}, admission)
    bans: dict[str, list[Ban]] = defaultdict(list)
    for ban in edits.bans:
        bans[ban.employee_id].append(ban)
    assignments, done, stuck = dict(plan.assignments), 0, set()
    for e in dataset.employees:
        if e.employee_id in plan.assignments or not is_senior(e, dataset.settings):
            continue
        mine = tuple(bans.get(e.employee_id, ()))
        key = (person_key(e), mine)
        p = None if key in stuck else _take(e, index, admission, mine, holders)
        if p is None:
            stuck.add(key)
            continue
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
