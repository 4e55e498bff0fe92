"""Domain types of the reconversion planner, in one place.

Every module (read, validate, model, solve, check, explain, export, app) speaks these types.
Levels are stored as small integers so that comparisons are plain ``>=``:
languages use CEFR 1..6 (A1..C2, 0 = none), skills 0..5, education 0..4.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
EDUCATION = ("none", "bac", "bac+2", "bac+3", "bac+5")
REMOTE = "remote"
MAX_SKILL = 5

Levels = Mapping[str, int]


class _EmptyLevels(Mapping):
    """An immutable, hashable empty level list.

    Python 3.11 refuses an unhashable ``MappingProxyType({})`` as a dataclass default
    ("mutable default"); this empty mapping compares equal to ``{}`` and is hashable.
    """

    __slots__ = ()

    def __getitem__(self, key: str) -> int:
        raise KeyError(key)

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"


EMPTY_LEVELS: Levels = _EmptyLevels()


def norm_key(text: str) -> str:
    """Case-, accent- and space-insensitive key used to compare sites, families and codes.

    HR exports write "Fès", "FES " and "fes" for the same city; comparing on this key
    means none of them is silently treated as a different place.
    """
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("_", " ").replace("-", " ").split())


def cefr_name(level: int) -> str:
    """CEFR label of a level integer (0 means no level)."""
    return CEFR[level - 1] if 1 <= level <= 6 else "-"


def format_levels(levels: Levels, languages: bool) -> str:
    """Write a level list the way the workbook contract does: ``en:B2; es:A2``."""
    parts = []
    for code, level in sorted(levels.items()):
        parts.append(f"{code}:{cefr_name(level) if languages else level}")
    return "; ".join(parts)


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


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One import or validation finding, located as the user sees it in Excel.

    ``row`` is the spreadsheet row number (1-based, header included), 0 when the problem
    concerns a whole sheet or file. ``code`` is a stable identifier used by tests and the
    interface; ``message`` is the English sentence (the app translates by code).
    Never put a person's name in ``value`` or ``message``: ids only.
    """

    severity: Severity
    code: str
    sheet: str
    row: int
    column: str
    value: str
    expected: str
    message: str = ""

    def __str__(self) -> str:
        where = self.sheet or "file"
        if self.row:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        text = f"{self.severity.value.upper()} [{where}] {self.message or self.code}"
        if self.value:
            text += f" — value {self.value!r}"
        if self.expected:
            text += f"; expected {self.expected}"
        return text


@dataclass(frozen=True, slots=True)
class Pathway:
    """A person's pathway: a session then a role, or a role alone (``cohort_id`` None)."""

    role_id: str
    cohort_id: str | None = None


@dataclass(frozen=True, slots=True)
class Lock:
    """Fix a person's pathway (from the app or a re-solve); the solver must honour it."""

    employee_id: str
    pathway: Pathway


@dataclass(frozen=True, slots=True)
class Ban:
    """Forbid a session and/or a role for one person (None matches any)."""

    employee_id: str
    cohort_id: str | None = None
    role_id: str | None = None


@dataclass(frozen=True, slots=True)
class Edits:
    """User decisions the solver must respect, and an optional previous plan to stay close to."""

    locks: tuple[Lock, ...] = ()
    bans: tuple[Ban, ...] = ()
    previous: Mapping[str, Pathway] | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """Who goes where: employee id → pathway, for placed people only."""

    assignments: Mapping[str, Pathway]

    def pathway(self, employee_id: str) -> Pathway | None:
        return self.assignments.get(employee_id)


class SolveStatus(enum.StrEnum):
    """Outcome of a solve, shown as is to the user (never an exception)."""

    OPTIMAL = "optimal"  # every tier proven optimal
    FEASIBLE = "feasible"  # a plan, stopped by the time limit before proof
    INFEASIBLE = "infeasible"  # the locks contradict the rules; see conflicts
    NO_PLAN = "no_plan"  # time limit reached before any plan (empty plan returned)


@dataclass(frozen=True, slots=True)
class SolveResult:
    """A solved plan with its figures and proof status."""

    status: SolveStatus
    plan: Plan
    placed: int
    upper_bound_placed: int
    seniors_placed: int
    wish_score: int
    cost_mad: float
    cohorts_run: tuple[str, ...]
    solve_seconds: float
    message: str = ""
    conflicts: tuple[str, ...] = ()

    @property
    def gap(self) -> float:
        """Relative gap on the number placed (0 when proven optimal)."""
        if self.upper_bound_placed <= 0:
            return 0.0
        return max(0.0, (self.upper_bound_placed - self.placed) / self.upper_bound_placed)


class ReasonCode(enum.StrEnum):
    """Why a person has, or has not, a pathway in a plan."""

    PLACED = "placed"  # the objective chose this admissible pathway
    LOCKED = "locked"  # the user fixed this pathway
    NO_ADMISSIBLE_PATHWAY = "no_admissible_pathway"  # no session/role fits; see nearest miss
    ALL_BANNED = "all_banned"  # admissible pathways exist but the user forbade all of them
    OUTCOMPETED = "outcompeted"  # admissible, but seats/openings/budget went to others


@dataclass(frozen=True, slots=True)
class PersonReason:
    """The explanation of one person's outcome, structured so the app can translate it.

    ``binding`` names the capacities that stopped an admissible person (``seats:COHORT``,
    ``openings:ROLE``, ``budget``, ``min_size:COHORT``); ``nearest_miss`` holds the smallest
    set of unmet requirements among all pathways (``rules.Miss`` objects).
    """

    employee_id: str
    code: ReasonCode
    pathway: Pathway | None = None
    wish_rank: int | None = None
    senior: bool = False
    met: tuple[str, ...] = ()
    nearest_miss: tuple = ()
    binding: tuple[str, ...] = ()
    alternatives: tuple[Pathway, ...] = ()
