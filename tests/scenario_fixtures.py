"""Small hand-built datasets and results for the scenario store tests (no other module needed)."""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

from planner.domain.outcomes import SolveResult, SolveStatus
from planner.domain.plan import Ban, Edits, Lock, Pathway, Plan
from planner.domain.records import Cohort, Dataset, Employee, Role, Settings, Weights


def employee(i: int) -> Employee:
    """Values chosen to trip a lossy encoding: leading zeros, 0.1+0.2, accents, None."""
    return Employee(
        employee_id=f"{i:05d}",
        site="Fès" if i % 2 else "Casablanca",
        tenure_years=(0.1 + 0.2) * i if i % 3 else i,
        languages={"fr": 6, "en": 1 + i % 6},
        skills={"crm": i % 6} if i % 4 else MappingProxyType({}),
        education=i % 5,
        mobile=bool(i % 2),
        wishes=("ai_data", "back_office") if i % 2 else (),
        name=f"Agent {i}" if i % 5 else None,
        gender=("F", "M", None)[i % 3],
        row=i + 2,
    )


def dataset(n: int = 12, budget: float | None = 123456.75) -> Dataset:
    cohorts = (
        Cohort(
            "S-01",
            "Annotation IA",
            "ai_data",
            "remote",
            8,
            10,
            1500.5,
            20000.0,
            3,
            date(2026, 9, 15),
            {"fr": 4},
            {},
            1,
            {"en": 3},
            {"annotation": 3},
            provider="Org",
            row=2,
        ),
        Cohort("S-02", "Support EN", "multilingual_support", "Rabat", 6, 0, row=3),
    )
    roles = (
        Role(
            "R-01",
            "Annotateur",
            "ai_data",
            "remote",
            5,
            {"fr": 4},
            {"annotation": 2},
            1,
            date(2026, 12, 1),
            6500.0,
            row=2,
        ),
        Role("R-02", "Agent back-office", "back_office", "Fès", 2, row=3),
    )
    settings = Settings(budget, date(2026, 9, 1), 10.0, Weights(False, 900, 90, 9))
    return Dataset(tuple(employee(i) for i in range(n)), cohorts, roles, settings)


def edits() -> Edits:
    return Edits(
        locks=(Lock("00001", Pathway("R-01", "S-01")),),
        bans=(Ban("00002", cohort_id="S-01"), Ban("00003", role_id="R-02")),
        previous={"00001": Pathway("R-01", "S-01"), "00004": Pathway("R-02")},
    )


def result(placed: int = 2) -> SolveResult:
    plan = Plan({"00001": Pathway("R-01", "S-01"), "00004": Pathway("R-02")})
    return SolveResult(
        SolveStatus.FEASIBLE,
        plan,
        placed,
        placed + 1,
        1,
        5,
        21501.1,
        ("S-01",),
        1.25,
        "time limit",
        (),
    )
