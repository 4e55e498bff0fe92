"""Catalogue-side arrays for the explanations: requirement classes, site fit, dates, capacity.

At 90,000 agents the sample has 2,250 sessions and 3,000 roles: 6.75 million pathways per
person, far too many to test one by one. But sessions of one track share their prerequisites
and grants, and roles of one template share their requirements, so a person's levels are
compared with a few dozen *requirement classes*; site and dates are compared per place. The
explanation engine recombines these factors, which is exact (each pathway is admissible iff
its classes, sites and dates all are) and fast.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.levels import Levels
from planner.domain.records import Cohort, Dataset, Role
from planner.domain.rules import BUDGET, MIN_SIZE, OPENINGS, SEATS, cohort_end, site_fits

Dim = tuple[str, str]  # ("language", code), ("skill", code) or ("education", "")
NO_DATE_END = -1  # a session without a start date ends "before" every role
NO_DATE_START = 10**7  # a role without a start date starts "after" every session
NOT_OPEN = "not_optimal"  # an admissible pathway has room: the solver stopped early
NO_PLAN = "no_plan"  # the solve produced no plan, so capacities explain nothing
BUDGET_TOLERANCE = 1e-6


def requirement_dims(dataset: Dataset) -> list[Dim]:
    """The dimensions some prerequisite or requirement mentions: the only ones that matter."""
    dims: set[Dim] = {("education", "")}
    for levels, kind in _requirement_levels(dataset):
        dims.update((kind, code) for code, need in levels.items() if need > 0)
    return sorted(dims)


def _requirement_levels(dataset: Dataset):
    for c in dataset.cohorts:
        yield c.prereq_languages, "language"
        yield c.prereq_skills, "skill"
    for r in dataset.roles:
        yield r.req_languages, "language"
        yield r.req_skills, "skill"


def level_vector(dims: list[Dim], languages: Levels, skills: Levels, education: int) -> list[int]:
    """Levels on ``dims`` (0 when absent), the layout of every level array here."""
    out = []
    for kind, code in dims:
        if kind == "language":
            out.append(languages.get(code, 0))
        elif kind == "skill":
            out.append(skills.get(code, 0))
        else:
            out.append(education)
    return out


def _classes(rows: list[tuple]) -> tuple[np.ndarray, list[int]]:
    """Class index per item (first-seen order) and the first item of each class."""
    seen: dict[tuple, int] = {}
    first: list[int] = []
    index = np.empty(len(rows), dtype=np.int64)
    for i, row in enumerate(rows):
        if row not in seen:
            seen[row] = len(seen)
            first.append(i)
        index[i] = seen[row]
    return index, first


@dataclass(slots=True)
class CatalogueArrays:
    """Sessions and roles as arrays: requirement classes, dates and site texts."""

    dims: list[Dim]
    cohorts: tuple[Cohort, ...]
    roles: tuple[Role, ...]
    cohort_class: np.ndarray  # [C] class of prerequisites, education and grants
    role_class: np.ndarray  # [R] class of requirements
    entry_need: np.ndarray  # [TC, D] prerequisite levels per session class
    grants: np.ndarray  # [TC, D] granted levels per session class (0 on education)
    role_need: np.ndarray  # [TR, D] required levels per role class
    end_key: np.ndarray  # [C] session end as an ordinal (NO_DATE_END without dates)
    start_key: np.ndarray  # [R] role start as an ordinal (NO_DATE_START without a date)

    @property
    def n_cohort_classes(self) -> int:
        return self.entry_need.shape[0]

    @property
    def n_role_classes(self) -> int:
        return self.role_need.shape[0]


def build_catalogue(dataset: Dataset) -> CatalogueArrays:
    """Group sessions and roles into requirement classes and encode their dates."""
    dims = requirement_dims(dataset)
    cohort_rows = [
        (
            *level_vector(dims, c.prereq_languages, c.prereq_skills, c.min_education),
            *level_vector(dims, c.grants_languages, c.grants_skills, 0),
        )
        for c in dataset.cohorts
    ]
    role_rows = [
        tuple(level_vector(dims, r.req_languages, r.req_skills, r.min_education))
        for r in dataset.roles
    ]
    cohort_class, cfirst = _classes(cohort_rows)
    role_class, rfirst = _classes(role_rows)
    width = len(dims)
    entry = np.array([cohort_rows[i][:width] for i in cfirst], dtype=np.int64).reshape(-1, width)
    grants = np.array([cohort_rows[i][width:] for i in cfirst], dtype=np.int64).reshape(-1, width)
    need = np.array([role_rows[i] for i in rfirst], dtype=np.int64).reshape(-1, width)
    ends = [cohort_end(c) for c in dataset.cohorts]
    end_key = np.array([NO_DATE_END if d is None else d.toordinal() for d in ends], dtype=np.int64)
    start_key = np.array(
        [
            NO_DATE_START if r.start_date is None else r.start_date.toordinal()
            for r in dataset.roles
        ],
        dtype=np.int64,
    )
    return CatalogueArrays(
        dims,
        dataset.cohorts,
        dataset.roles,
        cohort_class,
        role_class,
        entry,
        grants,
        need,
        end_key,
        start_key,
    )


@dataclass(frozen=True, slots=True)
class SiteFit:
    """Rule site_fit for every (site profile, place): a site profile is (site, mobile)."""

    cohorts: np.ndarray  # [S, C] bool
    roles: np.ndarray  # [S, R] bool


def build_site_fit(profiles: list[tuple[str, bool]], catalogue: CatalogueArrays) -> SiteFit:
    """Evaluate ``rules.site_fits`` once per (profile, distinct place site text)."""

    def table(places: tuple) -> np.ndarray:
        texts = sorted({p.site for p in places})
        col = {t: j for j, t in enumerate(texts)}
        fit = np.array(
            [[site_fits(site, mobile, t) for t in texts] for site, mobile in profiles], dtype=bool
        ).reshape(len(profiles), len(texts))
        return fit[:, [col[p.site] for p in places]].reshape(len(profiles), len(places))

    return SiteFit(table(catalogue.cohorts), table(catalogue.roles))


@dataclass(frozen=True, slots=True)
class Capacity:
    """Which pathways a plan leaves closed, and why (the ``binding`` vocabulary)."""

    seats_full: np.ndarray  # [C] the session has no seat left
    min_block: np.ndarray  # [C] not running, and opening it needs more than one person
    budget_block: np.ndarray  # [C] the remaining budget cannot pay one more seat here
    openings_full: np.ndarray  # [R] the role has no opening left
    tokens: dict[str, np.ndarray]  # rule -> token per session or role ("seats:S01"), built once

    @property
    def cohort_open(self) -> np.ndarray:
        return ~(self.seats_full | self.min_block | self.budget_block)


def build_capacity(dataset: Dataset, counts: tuple[dict, dict], cost: float) -> Capacity:
    """Closed sessions and roles given the plan's head counts and cost."""
    people, hired = counts
    n = np.array([people.get(c.cohort_id, 0) for c in dataset.cohorts], dtype=np.int64)
    seats = np.array([c.seats for c in dataset.cohorts], dtype=np.int64)
    min_size = np.array([c.min_size for c in dataset.cohorts], dtype=np.int64)
    extra = np.array(
        [
            c.cost_per_seat + (c.fixed_cost if people.get(c.cohort_id, 0) == 0 else 0)
            for c in dataset.cohorts
        ],
        dtype=float,
    )
    budget = dataset.settings.budget_mad
    if budget is None:
        blocked = np.zeros(len(n), dtype=bool)
    else:
        blocked = extra > budget - cost + BUDGET_TOLERANCE
    h = np.array([hired.get(r.role_id, 0) for r in dataset.roles], dtype=np.int64)
    openings = np.array([r.openings for r in dataset.roles], dtype=np.int64)
    cohort_ids = [c.cohort_id for c in dataset.cohorts]
    role_ids = [r.role_id for r in dataset.roles]
    tokens = {
        rule: _object_array([f"{rule}:{x}" for x in ids])
        for rule, ids in ((SEATS, cohort_ids), (MIN_SIZE, cohort_ids), (OPENINGS, role_ids))
    }
    return Capacity(n >= seats, (n == 0) & (min_size > 1), blocked, h >= openings, tokens)


def _object_array(items: list[str]) -> np.ndarray:
    """1-D object array (``np.array`` of strings would make a fixed-width string array)."""
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


def binding_tokens(
    capacity: Capacity, cohorts: np.ndarray, roles: np.ndarray, has_open: bool
) -> tuple[str, ...]:
    """Why the reachable sessions and roles are closed: ``not_optimal`` first (nothing
    closes some pathway), then ``budget``, then ``seats:S``, ``openings:R`` and ``min_size:S``
    tokens in workbook order."""
    tokens = capacity.tokens
    out = [NOT_OPEN] if has_open else []
    if (cohorts & capacity.budget_block).any():
        out.append(BUDGET)
    out += tokens[SEATS][cohorts & capacity.seats_full].tolist()
    out += tokens[OPENINGS][roles & capacity.openings_full].tolist()
    out += tokens[MIN_SIZE][cohorts & capacity.min_block].tolist()
    return tuple(out)
