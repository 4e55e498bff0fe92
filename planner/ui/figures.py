"""Pure computations behind the review, equity and comparison views (no Streamlit here).

Kept apart from the pages so they can be tested on hand-built plans and reused by the
scenario comparison.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from planner.domain import rules
from planner.domain.outcomes import SolveResult
from planner.domain.plan import Pathway, Plan
from planner.domain.records import Dataset
from planner.ui import plan_status

TENURE_BANDS = ((0, 2, "0–2"), (3, 5, "3–5"), (6, 9, "6–9"), (10, 14, "10–14"), (15, None, "15+"))


def tenure_band(years: float) -> str:
    """Band label of a tenure; bands are whole years, ``10–14`` holds 10.0 to 14.99."""
    for low, _high, label in reversed(TENURE_BANDS):
        if years >= low:
            return label
    return TENURE_BANDS[0][2]


@dataclass(frozen=True, slots=True)
class KeyFigures:
    employees: int
    placed: int
    seniors: int
    seniors_placed: int
    cost_mad: float
    budget_mad: float | None
    cohorts_run: int
    cohorts: int
    upper_bound: int
    gap: float
    status: str  # plan_status.plan_kind: optimal, heuristic, ...
    seconds: float


def key_figures(dataset: Dataset, result: SolveResult) -> KeyFigures:
    """The headline numbers of a plan, recounted from the plan itself."""
    seniors = [e for e in dataset.employees if rules.is_senior(e, dataset.settings)]
    placed_seniors = sum(1 for e in seniors if e.employee_id in result.plan.assignments)
    # Nobody can place more people than there are: clamp a loose bound from an early stop.
    bound = min(result.upper_bound_placed, len(dataset.employees))
    return KeyFigures(
        len(dataset.employees),
        len(result.plan.assignments),
        len(seniors),
        placed_seniors,
        result.cost_mad,
        dataset.settings.budget_mad,
        len(result.cohorts_run),
        len(dataset.cohorts),
        bound,
        plan_status.gap(result, len(dataset.employees)),
        plan_status.plan_kind(result),
        result.solve_seconds,
    )


def placements(dataset: Dataset, plan: Plan) -> pd.DataFrame:
    """One row per employee with the plan's pathway and the grouping columns of the charts."""
    roles = {r.role_id: r for r in dataset.roles}
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    rows = []
    for e in dataset.employees:
        way = plan.assignments.get(e.employee_id)
        role = roles.get(way.role_id) if way else None
        cohort = cohorts.get(way.cohort_id) if way and way.cohort_id else None
        rows.append(
            {
                "employee_id": e.employee_id,
                "name": e.name or "",
                "site": e.site,
                "tenure_years": e.tenure_years,
                "tenure_band": tenure_band(e.tenure_years),
                "senior": rules.is_senior(e, dataset.settings),
                "gender": e.gender or "",
                "placed": way is not None,
                "cohort_id": way.cohort_id if way and way.cohort_id else "",
                "track": cohort.track if cohort else "",
                "role_id": way.role_id if way else "",
                "title": role.title if role else "",
                "family": role.family if role else "",
                "role_languages": sorted(role.req_languages) if role else [],
                "languages": sorted(code for code, level in e.languages.items() if level > 0),
                "wish_rank": rules.wish_rank(e, cohort, role) if role else None,
            }
        )
    table = pd.DataFrame(rows)
    if len(table):  # bands in age order, not alphabetical ("10–14" after "6–9")
        table["tenure_band"] = pd.Categorical(
            table["tenure_band"], [label for _, _, label in TENURE_BANDS]
        )
    return table


def placed_by(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """People, placed and placement rate per value of ``column`` (for charts and equity)."""
    grouped = table.groupby(column, sort=True, dropna=False, observed=True)["placed"]
    out = pd.DataFrame({"people": grouped.size(), "placed": grouped.sum()})
    out["rate"] = out["placed"] / out["people"]
    return out.reset_index()


def placed_by_language(table: pd.DataFrame) -> pd.DataFrame:
    """People, placed and placement rate per language they speak (at any level): a person
    counts once in each of their languages, so each language's rate is its speakers'."""
    spoken = table[["languages", "placed"]].explode("languages").dropna(subset=["languages"])
    if spoken.empty:
        return pd.DataFrame(columns=["language", "people", "placed", "rate"])
    return placed_by(spoken.rename(columns={"languages": "language"}), "language")


def seat_use(dataset: Dataset, plan: Plan) -> pd.DataFrame:
    """Seats used per session (and whether it runs)."""
    used = Counter(w.cohort_id for w in plan.assignments.values() if w.cohort_id)
    return pd.DataFrame(
        [
            {
                "cohort_id": c.cohort_id,
                "track": c.track,
                "family": c.family,
                "site": c.site,
                "seats": c.seats,
                "used": used.get(c.cohort_id, 0),
                "min_size": c.min_size,
                "cost": used.get(c.cohort_id, 0) * c.cost_per_seat
                + (c.fixed_cost if used.get(c.cohort_id) else 0.0),
            }
            for c in dataset.cohorts
        ]
    )


def opening_use(dataset: Dataset, plan: Plan) -> pd.DataFrame:
    """Openings filled per role."""
    used = Counter(w.role_id for w in plan.assignments.values())
    return pd.DataFrame(
        [
            {
                "role_id": r.role_id,
                "title": r.title,
                "site": r.site,
                "family": r.family,
                "openings": r.openings,
                "filled": used.get(r.role_id, 0),
            }
            for r in dataset.roles
        ]
    )


def use_by(table: pd.DataFrame, column: str, used: str, total: str) -> pd.DataFrame:
    """Sums of ``used`` and ``total`` per value of ``column`` (seats or openings by family),
    in the column's order; empty values are grouped under ""."""
    grouped = table.fillna({column: ""}).groupby(column, sort=True)[[used, total]].sum()
    return grouped.reset_index()


def budget_split(dataset: Dataset, plan: Plan) -> dict[str, float | None]:
    """Seat costs, fixed costs of the sessions that run, and what remains of the budget."""
    used = Counter(w.cohort_id for w in plan.assignments.values() if w.cohort_id)
    seat_cost = sum(used[c.cohort_id] * c.cost_per_seat for c in dataset.cohorts)
    fixed = sum(c.fixed_cost for c in dataset.cohorts if used[c.cohort_id])
    budget = dataset.settings.budget_mad
    left = None if budget is None else max(0.0, budget - seat_cost - fixed)
    return {"seats": float(seat_cost), "fixed": float(fixed), "left": left}


@dataclass(frozen=True, slots=True)
class Change:
    employee_id: str
    before: Pathway | None
    after: Pathway | None


def changes(before: Plan | None, after: Plan | None) -> list[Change]:
    """Everyone whose pathway differs between two plans, in employee-id order."""
    old = dict(before.assignments) if before else {}
    new = dict(after.assignments) if after else {}
    return [
        Change(eid, old.get(eid), new.get(eid))
        for eid in sorted(set(old) | set(new))
        if old.get(eid) != new.get(eid)
    ]
