"""Plain-language conflicts between a user's locks and bans and the rules of a plan.

A lock the rules forbid (a prerequisite not met, a ban on the same pathway, more people
locked into a session than it has seats...) is named with the rule it breaks, so the user can
undo the right decision. Never raises.
"""

from __future__ import annotations

from collections import Counter

from planner.domain import rules
from planner.domain.plan import Edits
from planner.domain.records import Dataset


def lock_conflicts(dataset: Dataset, edits: Edits, capacity: bool = True) -> list[str]:
    """Every contradiction the locks carry on their own, one English sentence each."""
    if not edits.locks:
        return []
    out = _identity_conflicts(dataset, edits)
    if out:
        return out
    out = _rule_conflicts(dataset, edits)
    if capacity:
        out += _capacity_conflicts(dataset, edits)
    return out


def _identity_conflicts(dataset: Dataset, edits: Edits) -> list[str]:
    emp = {e.employee_id for e in dataset.employees}
    coh = {c.cohort_id for c in dataset.cohorts}
    rol = {r.role_id for r in dataset.roles}
    out = []
    seen = Counter(lk.employee_id for lk in edits.locks)
    for lk in edits.locks:
        pw = lk.pathway
        if lk.employee_id not in emp:
            out.append(f"lock on unknown employee {lk.employee_id}")
        if pw.cohort_id is not None and pw.cohort_id not in coh:
            out.append(f"lock of {lk.employee_id} names unknown session {pw.cohort_id}")
        if pw.role_id not in rol:
            out.append(f"lock of {lk.employee_id} names unknown role {pw.role_id}")
    out += [f"{e} has {n} different locks; keep one" for e, n in seen.items() if n > 1]
    return out


def _rule_conflicts(dataset: Dataset, edits: Edits) -> list[str]:
    emp = {e.employee_id: e for e in dataset.employees}
    coh = {c.cohort_id: c for c in dataset.cohorts}
    rol = {r.role_id: r for r in dataset.roles}
    out = []
    for lk in edits.locks:
        pw = lk.pathway
        misses = rules.pathway_misses(emp[lk.employee_id], coh.get(pw.cohort_id), rol[pw.role_id])
        for miss in misses:
            out.append(f"lock of {lk.employee_id} breaks rule {miss.rule}: {miss.describe()}")
        for ban in edits.bans:
            if ban.employee_id == lk.employee_id and _ban_hits(ban, pw):
                out.append(
                    f"lock of {lk.employee_id} contradicts a ban on the same pathway "
                    f"(rule {rules.BANS})"
                )
    return out


def _ban_hits(ban, pw) -> bool:
    cohort_ok = ban.cohort_id is None or ban.cohort_id == pw.cohort_id
    role_ok = ban.role_id is None or ban.role_id == pw.role_id
    return cohort_ok and role_ok  # a ban naming neither forbids every pathway


def _capacity_conflicts(dataset: Dataset, edits: Edits) -> list[str]:
    coh = {c.cohort_id: c for c in dataset.cohorts}
    rol = {r.role_id: r for r in dataset.roles}
    per_c = Counter(lk.pathway.cohort_id for lk in edits.locks if lk.pathway.cohort_id)
    per_r = Counter(lk.pathway.role_id for lk in edits.locks)
    out = [
        f"{n} people are locked into session {c} which has {coh[c].seats} seats "
        f"(rule {rules.SEATS})"
        for c, n in per_c.items()
        if n > coh[c].seats
    ]
    out += [
        f"{n} people are locked into role {r} which has {rol[r].openings} openings "
        f"(rule {rules.OPENINGS})"
        for r, n in per_r.items()
        if n > rol[r].openings
    ]
    budget = dataset.settings.budget_mad
    if budget is not None:
        cost = sum(coh[c].cost_per_seat * n + coh[c].fixed_cost for c, n in per_c.items())
        if cost > budget + 1e-6:
            out.append(
                f"the locked sessions alone cost {cost:,.0f} MAD, over the budget of "
                f"{budget:,.0f} MAD (rule {rules.BUDGET})"
            )
    return out


def infeasible_locks(dataset: Dataset, edits: Edits) -> list[str]:
    """Sentences for locks that only fail together with the other rules (found by the solver)."""
    coh = {c.cohort_id: c for c in dataset.cohorts}
    per_c = Counter(lk.pathway.cohort_id for lk in edits.locks if lk.pathway.cohort_id)
    out = [
        f"session {c} needs at least {coh[c].min_size} people (rule {rules.MIN_SIZE}); "
        f"{n} locked into it and not enough others can join it within seats, openings "
        f"and budget"
        for c, n in per_c.items()
        if n < coh[c].min_size
    ]
    return out or [
        "the locks cannot all hold together within seats, openings, minimum "
        "sizes and budget; remove the most recent lock"
    ]
