"""Tiny hand-checkable datasets and plans for the checker and explanation tests."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.outcomes import SolveResult, SolveStatus
from planner.domain.plan import Pathway, Plan
from planner.domain.records import Cohort, Dataset, Employee, Role, Settings

B1, B2, C1 = 3, 4, 5
BAC, BAC2 = 1, 2
MONDAY = date(2027, 1, 4)


def person(
    eid: str = "E1",
    site: str = "Rabat",
    tenure: float = 2.0,
    languages=None,
    skills=None,
    education: int = BAC,
    mobile: bool = False,
    wishes=(),
) -> Employee:
    return Employee(
        eid,
        site,
        tenure,
        dict(languages or {}),
        dict(skills or {}),
        education,
        mobile,
        tuple(wishes),
    )


def session(
    cid: str = "C1",
    site: str = "Rabat",
    seats: int = 10,
    cost: float = 1000.0,
    fixed: float = 0.0,
    min_size: int = 0,
    start: date | None = None,
    weeks: int = 4,
    prereq_languages=None,
    prereq_skills=None,
    min_education: int = 0,
    grants_languages=None,
    grants_skills=None,
    track: str = "Support anglais",
    family: str = "multilingual_support",
) -> Cohort:
    return Cohort(
        cid,
        track,
        family,
        site,
        weeks,
        seats,
        cost,
        fixed,
        min_size,
        start,
        dict(prereq_languages or {}),
        dict(prereq_skills or {}),
        min_education,
        dict(grants_languages or {}),
        dict(grants_skills or {}),
    )


def role(
    rid: str = "R1",
    site: str = "Rabat",
    openings: int = 10,
    req_languages=None,
    req_skills=None,
    min_education: int = 0,
    start: date | None = None,
    family: str = "multilingual_support",
) -> Role:
    return Role(
        rid,
        f"Title {rid}",
        family,
        site,
        openings,
        dict(req_languages or {}),
        dict(req_skills or {}),
        min_education,
        start,
    )


def data(
    employees, cohorts=(), roles=(), budget: float | None = None, seniority: float = 10.0
) -> Dataset:
    return Dataset(
        tuple(employees),
        tuple(cohorts),
        tuple(roles),
        Settings(budget_mad=budget, seniority_years=seniority),
    )


def plan(assignments: dict[str, tuple[str | None, str]]) -> Plan:
    """``{"E1": ("C1", "R1"), "E2": (None, "R2")}`` -> Plan."""
    return Plan({e: Pathway(r, c) for e, (c, r) in assignments.items()})


def result(the_plan: Plan, status: SolveStatus = SolveStatus.OPTIMAL) -> SolveResult:
    n = len(the_plan.assignments)
    return SolveResult(status, the_plan, n, n, 0, 0, 0.0, (), 0.0)


# --- random small worlds for property tests ---------------------------------------------------


def _levels(draw, st, codes, top):
    chosen = draw(st.lists(st.sampled_from(codes), unique=True, max_size=len(codes)))
    return {c: draw(st.integers(0, top)) for c in chosen}


def worlds(max_people: int = 8, max_cohorts: int = 4, max_roles: int = 4):
    """Hypothesis strategy: a small Dataset whose rules all bite (levels, sites, dates)."""
    from hypothesis import strategies as st

    sites = ["Rabat", "rabat ", "Fès", "remote", "distanciel"]

    @st.composite
    def build(draw):
        def when():
            return draw(
                st.one_of(st.none(), st.integers(0, 12).map(lambda w: MONDAY + timedelta(weeks=w)))
            )

        people = [
            person(
                f"E{i}",
                draw(st.sampled_from(sites[:3])),
                draw(st.sampled_from([1.0, 5.0, 10.0, 15.0])),
                _levels(draw, st, ["en", "fr"], 6),
                _levels(draw, st, ["crm"], 5),
                draw(st.integers(0, 4)),
                draw(st.booleans()),
            )
            for i in range(draw(st.integers(1, max_people)))
        ]
        cohorts = [
            session(
                f"C{i}",
                draw(st.sampled_from(sites)),
                draw(st.integers(0, 3)),
                float(draw(st.integers(0, 3)) * 100),
                float(draw(st.integers(0, 2)) * 50),
                draw(st.integers(0, 2)),
                when(),
                draw(st.integers(1, 6)),
                _levels(draw, st, ["en", "fr"], 5),
                _levels(draw, st, ["crm"], 4),
                draw(st.integers(0, 3)),
                _levels(draw, st, ["en"], 6),
                _levels(draw, st, ["crm"], 5),
            )
            for i in range(draw(st.integers(0, max_cohorts)))
        ]
        roles = [
            role(
                f"R{i}",
                draw(st.sampled_from(sites)),
                draw(st.integers(0, 3)),
                _levels(draw, st, ["en", "fr"], 6),
                _levels(draw, st, ["crm"], 5),
                draw(st.integers(0, 3)),
                when(),
            )
            for i in range(draw(st.integers(1, max_roles)))
        ]
        budget = draw(st.one_of(st.none(), st.integers(0, 5).map(lambda b: float(b * 100))))
        return data(people, cohorts, roles, budget=budget)

    return build()


def all_pathways(dataset: Dataset) -> list[Pathway]:
    out = [Pathway(r.role_id) for r in dataset.roles]
    return out + [Pathway(r.role_id, c.cohort_id) for c in dataset.cohorts for r in dataset.roles]
