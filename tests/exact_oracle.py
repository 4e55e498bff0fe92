"""An exact optimum on the number placed, written from ``planner.domain.rules`` alone.

One boolean per person and admissible pathway, one per session that runs, and the capacity,
minimum-size and budget rules of PRODUCT.md: nothing of the optimizer's classes, networks or
LP, so the optimizer is held to an answer it did not compute. Only for small workbooks.
"""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from planner.domain import rules
from planner.domain.money import cents
from planner.domain.records import Dataset


def exact_placed(dataset: Dataset, seconds: float = 60.0) -> int | None:
    """The most people any plan places, or None if CP-SAT does not prove it in time."""
    model = cp_model.CpModel()
    chosen = _pathway_variables(model, dataset)
    by_cohort, by_role, by_person = defaultdict(list), defaultdict(list), defaultdict(list)
    for (i, cohort_id, role_id), x in chosen.items():
        by_person[i].append(x)
        by_role[role_id].append(x)
        if cohort_id is not None:
            by_cohort[cohort_id].append(x)
    for xs in by_person.values():
        model.add_at_most_one(xs)
    for role in dataset.roles:
        model.add(sum(by_role[role.role_id]) <= role.openings)
    spend = []
    for cohort in dataset.cohorts:
        runs = model.new_bool_var("")
        people = sum(by_cohort[cohort.cohort_id])
        model.add(people <= cohort.seats * runs)
        model.add(people >= max(cohort.min_size, 1) * runs)
        spend += [cents(cohort.cost_per_seat) * people, cents(cohort.fixed_cost) * runs]
    if dataset.settings.budget_mad is not None:
        model.add(sum(spend) <= cents(dataset.settings.budget_mad))
    model.maximize(sum(chosen.values()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 1
    if solver.solve(model) != cp_model.OPTIMAL:
        return None
    return int(round(solver.objective_value))


def _pathway_variables(model: cp_model.CpModel, dataset: Dataset) -> dict:
    chosen = {}
    for i, person in enumerate(dataset.employees):
        for role in dataset.roles:
            if role.openings and rules.is_admissible(person, None, role):
                chosen[(i, None, role.role_id)] = model.new_bool_var("")
            for cohort in dataset.cohorts:
                if cohort.seats and rules.is_admissible(person, cohort, role):
                    chosen[(i, cohort.cohort_id, role.role_id)] = model.new_bool_var("")
    return chosen
