"""One read of a solved plan, shared by every export: person rows, trainees, arrivals.

Each export (workbook, rosters, CSV, summary) needs the same joins — a person with their
session, role, wish and explanation sentence — so they are made once here, in workbook order,
with pseudonyms already applied when the export is pseudonymised.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from planner.domain import rules
from planner.domain.outcomes import PersonReason, SolveResult
from planner.domain.records import Cohort, Dataset, Employee, Role
from planner.explain.closures import renamed
from planner.explain.text import describe
from planner.export.pseudonyms import Pseudonymiser
from planner.export.quasi_ids import Shown, generalise


class ExportError(ValueError):
    """The plan does not belong to the dataset (unknown person, session or role)."""


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person as the exports show them: shown id (maybe a pseudonym), pathway, explanation."""

    employee: Employee
    shown_id: str
    name: str | None  # None when pseudonymised or unknown
    cohort: Cohort | None
    role: Role | None
    wish: int | None  # 0-based rank of the fulfilled wish
    senior: bool
    reason: PersonReason | None
    text: str  # the explanation sentence from planner.explain.describe

    @property
    def placed(self) -> bool:
        return self.role is not None

    @property
    def arrival(self) -> date | None:
        """When the person starts the role: its start date, else the end of the session."""
        if self.role is None:
            return None
        if self.role.start_date is not None:
            return self.role.start_date
        return rules.cohort_end(self.cohort) if self.cohort is not None else None


@dataclass
class PlanView:
    """The joined plan; ``people`` is in workbook order, every employee exactly once."""

    dataset: Dataset
    result: SolveResult
    lang: str
    pseudonymiser: Pseudonymiser | None
    people: list[PersonRow]
    trainees: dict[str, list[PersonRow]]
    arrivals: dict[str, list[PersonRow]]
    plan_date: date
    masks: dict[str, Shown] | None = None  # pseudonymised: quasi-identifiers as one file shows

    @property
    def pseudonymised(self) -> bool:
        return self.pseudonymiser is not None

    def for_file(self, people: Iterable[PersonRow]) -> PlanView:
        """The view for a file that shows these people: when pseudonymised, sites and tenure
        bands are generalised over them (quasi_ids.py); otherwise the view itself."""
        if not self.pseudonymised:
            return self
        employees = (p.employee for p in people)
        masks = generalise(employees, self.dataset.settings.seniority_years, self.lang)
        return dataclasses.replace(self, masks=masks)

    def shown(self, person: PersonRow) -> Shown | None:
        """A person's generalised site, band and senior flag; None when not pseudonymised."""
        return None if self.masks is None else self.masks[person.employee.employee_id]

    def running(self) -> list[Cohort]:
        """Sessions that run (solver says so, or people are in them), in workbook order."""
        run = set(self.result.cohorts_run) | set(self.trainees)
        return [c for c in self.dataset.cohorts if c.cohort_id in run]

    def placed_rows(self) -> list[PersonRow]:
        return [p for p in self.people if p.placed]

    def unplaced_rows(self) -> list[PersonRow]:
        return [p for p in self.people if not p.placed]


Describe = Callable[[PersonReason, str], str]


def explanation_function() -> Describe:
    """The sentence writer of the explanations (a function so tests can replace it)."""
    return describe


def build_view(
    dataset: Dataset,
    result: SolveResult,
    reasons: Mapping[str, PersonReason],
    lang: str = "fr",
    pseudonymiser: Pseudonymiser | None = None,
) -> PlanView:
    """Join the plan with the dataset; raise ExportError if the plan names unknown ids."""
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    roles = {r.role_id: r for r in dataset.roles}
    _check_plan(dataset, result, cohorts, roles)
    describe = explanation_function()
    people = [
        _person(
            e,
            dataset,
            result,
            reasons.get(e.employee_id),
            cohorts,
            roles,
            describe,
            lang,
            pseudonymiser,
        )
        for e in dataset.employees
    ]
    trainees: dict[str, list[PersonRow]] = {}
    arrivals: dict[str, list[PersonRow]] = {}
    for person in people:
        if person.cohort is not None:
            trainees.setdefault(person.cohort.cohort_id, []).append(person)
        if person.role is not None:
            arrivals.setdefault(person.role.role_id, []).append(person)
    for rows in arrivals.values():
        rows.sort(key=lambda p: p.arrival or date.max)  # stable: workbook order within a date
    plan_date = dataset.settings.plan_start_date or date.today()
    view = PlanView(dataset, result, lang, pseudonymiser, people, trainees, arrivals, plan_date)
    return view.for_file(people)


def _check_plan(
    dataset: Dataset, result: SolveResult, cohorts: Mapping[str, Cohort], roles: Mapping[str, Role]
) -> None:
    known = {e.employee_id for e in dataset.employees}
    for employee_id, pathway in result.plan.assignments.items():
        if employee_id not in known:
            raise ExportError(f"the plan places employee {employee_id!r}, absent from the data")
        if pathway.role_id not in roles:
            raise ExportError(
                f"the plan sends employee {employee_id!r} to unknown role {pathway.role_id!r}"
            )
        if pathway.cohort_id is not None and pathway.cohort_id not in cohorts:
            raise ExportError(
                f"the plan sends employee {employee_id!r} to unknown session {pathway.cohort_id!r}"
            )
    for cohort_id in result.cohorts_run:
        if cohort_id not in cohorts:
            raise ExportError(f"the plan runs unknown session {cohort_id!r}")


def _person(
    employee: Employee,
    dataset: Dataset,
    result: SolveResult,
    reason: PersonReason | None,
    cohorts: Mapping[str, Cohort],
    roles: Mapping[str, Role],
    describe: Describe,
    lang: str,
    pseudonymiser: Pseudonymiser | None,
) -> PersonRow:
    pathway = result.plan.pathway(employee.employee_id)
    cohort = cohorts[pathway.cohort_id] if pathway and pathway.cohort_id else None
    role = roles[pathway.role_id] if pathway else None
    shown_id, name = employee.employee_id, employee.name
    if pseudonymiser is not None:
        shown_id, name = pseudonymiser.pseudonym(employee.employee_id), None
    text = ""
    if reason is not None:
        # The sentence is built on the shown ids so a pseudonymised file never quotes real ones.
        shown = renamed(reason, pseudonymiser.pseudonym) if pseudonymiser else reason
        text = describe(shown, lang)
    wish = rules.wish_rank(employee, cohort, role) if role is not None else None
    senior = rules.is_senior(employee, dataset.settings)
    return PersonRow(employee, shown_id, name, cohort, role, wish, senior, reason, text)
