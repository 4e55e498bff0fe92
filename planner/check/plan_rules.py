"""Independent plan checker: every rule of PRODUCT.md, re-verified for any plan.

The CP-SAT optimizer is tested against this module, so it shares nothing with the optimizer's
model: only the named rules of ``planner.domain.rules`` and plain Python, one readable check per
rule. A plan passes when ``check_plan`` returns an empty list.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from planner.domain import rules
from planner.domain.admission import Admission
from planner.domain.money import cents, plan_cost_cents
from planner.domain.plan import Edits, Pathway, Plan, ban_matches
from planner.domain.records import Dataset

UNKNOWN_ID = "unknown_id"  # checker-only rule: a plan, lock or ban names an id not in the data
NO_EDITS = Edits()


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule: its name (a ``planner.domain.rules`` constant), the ids, a sentence."""

    rule: str
    subjects: tuple[str, ...]
    message: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.message}"


def cohorts_running(plan: Plan) -> set[str]:
    """Sessions with at least one person: those that run and pay their fixed cost."""
    return {p.cohort_id for p in plan.assignments.values() if p.cohort_id is not None}


def _counts(plan: Plan) -> tuple[Counter, Counter]:
    pathways = plan.assignments.values()
    return (
        Counter(p.cohort_id for p in pathways if p.cohort_id is not None),
        Counter(p.role_id for p in pathways),
    )


def check_plan(dataset: Dataset, plan: Plan, edits: Edits = NO_EDITS) -> list[Violation]:
    """Every violation of the rules by ``plan`` (empty when the plan is valid)."""
    admission = Admission(dataset)
    return [
        *_check_ids(dataset, admission, plan),
        *_check_admissible(dataset, admission, plan),
        *_check_capacities(dataset, plan),
        *_check_budget(dataset, plan),
        *_check_locks(dataset, plan, edits),
        *_check_bans(plan, edits),
    ]


def _check_ids(dataset: Dataset, admission: Admission, plan: Plan) -> list[Violation]:
    """Plan keys must be employees (once each in the data); sessions and roles must exist."""
    out = []
    seen = Counter(e.employee_id for e in dataset.employees)
    for emp_id, p in plan.assignments.items():
        if seen[emp_id] == 0:
            out.append(Violation(UNKNOWN_ID, (emp_id,), f"{emp_id} is not an employee"))
        elif seen[emp_id] > 1:
            out.append(
                Violation(
                    rules.ONE_PATHWAY,
                    (emp_id,),
                    f"{emp_id} appears {seen[emp_id]} times among employees",
                )
            )
        if p.cohort_id is not None and p.cohort_id not in admission.cohorts:
            out.append(
                Violation(
                    UNKNOWN_ID,
                    (emp_id, p.cohort_id),
                    f"{emp_id}: session {p.cohort_id} does not exist",
                )
            )
        if p.role_id not in admission.roles:
            out.append(
                Violation(
                    UNKNOWN_ID,
                    (emp_id, str(p.role_id)),
                    f"{emp_id}: role {p.role_id} does not exist",
                )
            )
    return out


def _check_admissible(dataset: Dataset, admission: Admission, plan: Plan) -> list[Violation]:
    """Entry requirements, role requirements, site fit and dates of each placed person."""
    out = []
    for e in dataset.employees:
        p = plan.assignments.get(e.employee_id)
        if p is None or p.role_id not in admission.roles:
            continue
        if p.cohort_id is not None and p.cohort_id not in admission.cohorts:
            continue
        c = None if p.cohort_id is None else admission.cohorts[p.cohort_id]
        r = admission.roles[p.role_id]
        if admission.admissible(e, c, r):
            continue
        for miss in rules.pathway_misses(e, c, r):
            out.append(
                Violation(
                    miss.rule,
                    (e.employee_id, miss.target_id),
                    f"{e.employee_id}: {miss.describe()}",
                )
            )
    return out


def _check_capacities(dataset: Dataset, plan: Plan) -> list[Violation]:
    """Seats, openings and minimum sizes of running sessions."""
    people, hired = _counts(plan)
    out = []
    for c in dataset.cohorts:
        n = people[c.cohort_id]
        if n > c.seats:
            out.append(
                Violation(
                    rules.SEATS,
                    (c.cohort_id,),
                    f"session {c.cohort_id} has {n} people for {c.seats} seats",
                )
            )
        if 0 < n < c.min_size:
            out.append(
                Violation(
                    rules.MIN_SIZE,
                    (c.cohort_id,),
                    f"session {c.cohort_id} runs with {n} people, minimum {c.min_size}",
                )
            )
    for r in dataset.roles:
        n = hired[r.role_id]
        if n > r.openings:
            out.append(
                Violation(
                    rules.OPENINGS,
                    (r.role_id,),
                    f"role {r.role_id} has {n} people for {r.openings} openings",
                )
            )
    return out


def _check_budget(dataset: Dataset, plan: Plan) -> list[Violation]:
    """Seat and fixed costs within ``settings.budget_mad`` (no limit when it is None),
    compared in whole centimes as the model counts them (``domain.money``)."""
    budget = dataset.settings.budget_mad
    if budget is None:
        return []
    cost = plan_cost_cents(dataset, plan)
    if cost <= cents(budget):
        return []
    shown = f"plan costs {cost / 100:,.2f} MAD, budget {budget:,.2f} MAD"
    return [Violation(rules.BUDGET, (), shown)]


def _check_locks(dataset: Dataset, plan: Plan, edits: Edits) -> list[Violation]:
    """A locked person has exactly the locked pathway."""
    known = {e.employee_id for e in dataset.employees}
    out = []
    for lock in edits.locks:
        emp_id, want = lock.employee_id, lock.pathway
        if emp_id not in known:
            out.append(Violation(rules.LOCKS, (emp_id,), f"lock names unknown employee {emp_id}"))
            continue
        got = plan.pathway(emp_id)
        if got != want:
            out.append(
                Violation(
                    rules.LOCKS,
                    (emp_id,),
                    f"{emp_id} is locked to {_show(want)} but has {_show(got)}",
                )
            )
    return out


def _check_bans(plan: Plan, edits: Edits) -> list[Violation]:
    """No placed person follows a pathway a ban forbids them."""
    out = []
    for ban in edits.bans:
        got = plan.pathway(ban.employee_id)
        if got is not None and ban_matches(ban, got):
            out.append(
                Violation(
                    rules.BANS,
                    (ban.employee_id,),
                    f"{ban.employee_id} has {_show(got)}, which a ban forbids",
                )
            )
    return out


def _show(p: Pathway | None) -> str:
    if p is None:
        return "no pathway"
    return f"role {p.role_id}" if p.cohort_id is None else f"{p.cohort_id} then {p.role_id}"
