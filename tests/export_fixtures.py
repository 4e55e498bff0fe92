"""A small hand-checkable plan shared by the export tests (no tests in this module).

Six people, four sessions (three running), three roles. Texts include French accents, Arabic
script, an emoji and formula-looking values so every export is exercised on hostile input.
"""

from __future__ import annotations

from datetime import date

import openpyxl

from planner.domain.outcomes import PersonReason, ReasonCode, SolveResult, SolveStatus
from planner.domain.plan import Pathway, Plan
from planner.domain.records import Cohort, Dataset, Employee, Role, Settings

ARABIC_NAME = "محمد العلوي 😀"
FORMULA_NAME = '=HYPERLINK("http://evil.example","clic")'
FORMULA_TRACK = "=1+2"
FORMULA_PROVIDER = "@SUM(A1:A9)"
FORMULA_ID = "-E003"
INJ_COHORT = "C/INJ:[1]"  # characters that are forbidden in sheet names

EMPLOYEES = (
    Employee(
        "E001",
        "Casablanca",
        12.0,
        {"fr": 6, "ar": 6, "en": 3},
        {"crm": 3},
        2,
        wishes=("ai_data",),
        name="Élodie Benali",
    ),
    Employee(
        "E002",
        "Rabat",
        3.5,
        {"fr": 5, "en": 3},
        mobile=True,
        wishes=("back_office", "multilingual_support"),
        name=ARABIC_NAME,
    ),
    Employee(FORMULA_ID, "Casablanca", 7.0, {"fr": 5}, name=FORMULA_NAME),
    Employee("E004", "Fès", 15.0, {"fr": 4}, name="Karim O'Neil"),
    Employee("E005", "Tanger", 1.0, {"fr": 5, "en": 2}, name="Sara Idrissi", wishes=("ai_data",)),
    Employee("E006", "Casablanca", 4.0, {"fr": 6}, name="Youssef Tazi"),
)
COHORTS = (
    Cohort(
        "C-AI",
        "Annotation de données",
        "ai_data",
        "Casablanca",
        8,
        10,
        5000.0,
        20000.0,
        start_date=date(2026, 9, 1),
        provider="Institut Data & IA",
    ),
    Cohort(
        "C-EN",
        "Anglais B2 support",
        "multilingual_support",
        "remote",
        10,
        5,
        3000.0,
        start_date=date(2026, 9, 15),
    ),
    Cohort(
        INJ_COHORT, FORMULA_TRACK, "ai_data", "Casablanca", 4, 3, 1000.0, provider=FORMULA_PROVIDER
    ),
    Cohort(
        "C-IDLE",
        "Modération",
        "moderation",
        "Rabat",
        6,
        8,
        2500.0,
        5000.0,
        min_size=4,
        start_date=date(2026, 10, 1),
        provider="Institut Data & IA",
    ),
)
ROLES = (
    Role(
        "R-ANN",
        "Annotateur·rice",
        "ai_data",
        "Casablanca",
        5,
        start_date=date(2026, 12, 1),
        monthly_salary_mad=7000.0,
    ),
    Role("R-SUP", "Conseiller support anglais", "multilingual_support", "remote", 3),
    Role(
        "R-BO",
        "Gestionnaire back-office",
        "back_office",
        "Casablanca",
        2,
        start_date=date(2026, 10, 1),
    ),
)
SETTINGS = Settings(budget_mad=100000.0, plan_start_date=date(2026, 9, 1))
ASSIGNMENTS = {
    "E001": Pathway("R-ANN", "C-AI"),
    "E002": Pathway("R-SUP", "C-EN"),
    FORMULA_ID: Pathway("R-BO"),
    "E006": Pathway("R-ANN", INJ_COHORT),
}
UNPLACED = ("E004", "E005")


def dataset() -> Dataset:
    return Dataset(EMPLOYEES, COHORTS, ROLES, SETTINGS)


def result(**changes) -> SolveResult:
    values = dict(
        status=SolveStatus.FEASIBLE,
        plan=Plan(dict(ASSIGNMENTS)),
        placed=4,
        upper_bound_placed=5,
        seniors_placed=1,
        wish_score=5,
        cost_mad=29000.0,
        cohorts_run=("C-AI", "C-EN", INJ_COHORT),
        solve_seconds=1.25,
        message="time limit reached",
    )
    values.update(changes)
    return SolveResult(**values)


def reasons() -> dict[str, PersonReason]:
    out = {eid: PersonReason(eid, ReasonCode.PLACED, pathway=p) for eid, p in ASSIGNMENTS.items()}
    out["E001"] = PersonReason(
        "E001", ReasonCode.PLACED, ASSIGNMENTS["E001"], wish_rank=0, senior=True
    )
    out["E002"] = PersonReason("E002", ReasonCode.PLACED, ASSIGNMENTS["E002"], wish_rank=1)
    out["E004"] = PersonReason("E004", ReasonCode.NO_ADMISSIBLE_PATHWAY, senior=True)
    out["E005"] = PersonReason("E005", ReasonCode.OUTCOMPETED, binding=("seats:C-AI",))
    return out


def sheet_rows(path_or_book, title: str) -> list[tuple]:
    """All rows of one sheet as value tuples (openpyxl, as a user's program would read it)."""
    book = path_or_book
    if not isinstance(book, openpyxl.Workbook):
        book = openpyxl.load_workbook(path_or_book)
    return [tuple(row) for row in book[title].iter_rows(values_only=True)]


def table_after_header(rows: list[tuple], first_header: str) -> tuple[tuple, list[tuple]]:
    """Split a sheet into its table header row and the rows below it."""
    for index, row in enumerate(rows):
        if row and row[0] == first_header:
            return row, rows[index + 1 :]
    raise AssertionError(f"no table header starting with {first_header!r}")
