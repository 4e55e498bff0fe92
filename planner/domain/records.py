"""The records of a workbook: employees, cohorts, roles, settings, and the dataset of one plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from planner.domain.levels import EMPTY_LEVELS, Levels


@dataclass(frozen=True, slots=True)
class Employee:
    """One agent of the HR workbook; ``row`` is the Excel row it came from (0 if built in code)."""

    employee_id: str
    site: str
    tenure_years: float
    languages: Levels = EMPTY_LEVELS
    skills: Levels = EMPTY_LEVELS
    education: int = 0
    mobile: bool = False
    wishes: tuple[str, ...] = ()
    name: str | None = None
    current_activity: str | None = None
    gender: str | None = None
    row: int = 0


@dataclass(frozen=True, slots=True)
class Cohort:
    """One training session of a track, with its seats, costs, prerequisites and grants."""

    cohort_id: str
    track: str
    family: str
    site: str
    duration_weeks: int
    seats: int
    cost_per_seat: float = 0.0
    fixed_cost: float = 0.0
    min_size: int = 0
    start_date: date | None = None
    prereq_languages: Levels = EMPTY_LEVELS
    prereq_skills: Levels = EMPTY_LEVELS
    min_education: int = 0
    grants_languages: Levels = EMPTY_LEVELS
    grants_skills: Levels = EMPTY_LEVELS
    provider: str | None = None
    row: int = 0


@dataclass(frozen=True, slots=True)
class Role:
    """One open target role with its openings and requirements."""

    role_id: str
    title: str
    family: str
    site: str
    openings: int
    req_languages: Levels = EMPTY_LEVELS
    req_skills: Levels = EMPTY_LEVELS
    min_education: int = 0
    start_date: date | None = None
    monthly_salary_mad: float | None = None
    row: int = 0


@dataclass(frozen=True, slots=True)
class Weights:
    """Optional policy weights; the default is the strict lexicographic order of PRODUCT.md.

    With ``lexicographic`` true the tiers are optimised one after the other: placed, then
    seniors placed, then wishes, then cost. Otherwise the integer weights below are summed
    into one objective (a documented alternative policy).
    """

    lexicographic: bool = True
    placed: int = 1000
    senior: int = 100
    wish: int = 10


@dataclass(frozen=True, slots=True)
class Settings:
    """Plan-wide parameters (sheet ``settings``); ``budget_mad`` None means no limit."""

    budget_mad: float | None = None
    plan_start_date: date | None = None
    seniority_years: float = 10.0
    weights: Weights = field(default_factory=Weights)


@dataclass(frozen=True, slots=True)
class Dataset:
    """A validated workbook: the whole input of one plan."""

    employees: tuple[Employee, ...]
    cohorts: tuple[Cohort, ...]
    roles: tuple[Role, ...]
    settings: Settings = field(default_factory=Settings)
