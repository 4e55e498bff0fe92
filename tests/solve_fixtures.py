"""Builders, a brute-force optimum and random small worlds for the optimizer's tests.

The optimizer is only reached through ``planner.solve.solve`` and judged by the independent
checker (``planner.check``) and by a brute force written here from ``planner.rules`` alone, so a
test never trusts what it tests.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from planner import rules
from planner.check import check_plan
from planner.domain import (
    Ban,
    Cohort,
    Dataset,
    Edits,
    Employee,
    Lock,
    Pathway,
    Role,
    Settings,
    SolveResult,
    Weights,
)
from planner.solve import solve

A2, B1, B2, C1, C2 = 2, 3, 4, 5, 6
NONE, BAC, BAC2, BAC3, BAC5 = 0, 1, 2, 3, 4
MONDAY = date(2027, 1, 4)
NO_EDITS = Edits()


def emp(eid: str, site: str = "Rabat", tenure: float = 2.0, langs=None, skills=None,
        edu: int = BAC, mobile: bool = False, wishes=()) -> Employee:
    return Employee(eid, site, tenure, dict(langs or {}), dict(skills or {}), edu, mobile,
                    tuple(wishes))


def ses(cid: str, site: str = "Rabat", seats: int = 10, cost: float = 1000.0,
        fixed: float = 0.0, min_size: int = 0, start: date | None = None, weeks: int = 4,
        prereq=None, prereq_skills=None, edu: int = 0, grants=None, grants_skills=None,
        track: str = "Support anglais", family: str = "multilingual_support") -> Cohort:
    return Cohort(cid, track, family, site, weeks, seats, cost, fixed, min_size, start,
                  dict(prereq or {}), dict(prereq_skills or {}), edu, dict(grants or {}),
                  dict(grants_skills or {}))


def rol(rid: str, site: str = "Rabat", openings: int = 10, langs=None, skills=None,
        edu: int = 0, start: date | None = None, family: str = "multilingual_support") -> Role:
    return Role(rid, f"Title {rid}", family, site, openings, dict(langs or {}),
                dict(skills or {}), edu, start)


def world(employees, cohorts=(), roles=(), budget: float | None = None,
          seniority: float = 10.0, weights: Weights | None = None) -> Dataset:
    settings = Settings(budget_mad=budget, seniority_years=seniority,
                        weights=weights or Weights())
    return Dataset(tuple(employees), tuple(cohorts), tuple(roles), settings)


def run(dataset: Dataset, edits: Edits = NO_EDITS, time_limit: float = 10.0,
        seed: int = 0) -> SolveResult:
    """Solve and insist the plan obeys every rule, whatever the status."""
    result = solve(dataset, edits=edits, time_limit=time_limit, seed=seed)
    violations = check_plan(dataset, result.plan, edits)
    assert violations == [], [str(v) for v in violations]
    assert result.placed == len(result.plan.assignments)
    return result


def paths(result: SolveResult) -> dict[str, tuple[str | None, str]]:
    """``{"E1": ("C1", "R1"), "E2": (None, "R2")}``: the plan in a form easy to assert."""
    return {e: (p.cohort_id, p.role_id) for e, p in result.plan.assignments.items()}


def to_plan(assignments: dict[str, tuple[str | None, str]]) -> dict[str, Pathway]:
    return {e: Pathway(r, c) for e, (c, r) in assignments.items()}


def lock(eid: str, cid: str | None, rid: str) -> Lock:
    return Lock(eid, Pathway(rid, cid))


# --- brute force --------------------------------------------------------------------------

Key = tuple[int, int, int, float]  # placed, seniors, wish points, -cost


def options(dataset: Dataset, edits: Edits) -> list[list[tuple[Cohort | None, Role, int]]]:
    """Per person, every pathway the rules, locks and bans allow, with its wish points."""
    locked = {lk.employee_id: lk.pathway for lk in edits.locks}
    out = []
    for e in dataset.employees:
        mine = []
        for c in (None, *dataset.cohorts):
            for r in dataset.roles:
                p = Pathway(r.role_id, None if c is None else c.cohort_id)
                if e.employee_id in locked and locked[e.employee_id] != p:
                    continue
                if any(b.employee_id == e.employee_id and _hits(b, p) for b in edits.bans):
                    continue
                if rules.is_admissible(e, c, r):
                    mine.append((c, r, rules.wish_points(rules.wish_rank(e, c, r))))
        out.append(mine)
    return out


def _hits(ban: Ban, p: Pathway) -> bool:
    return ((ban.cohort_id is None or ban.cohort_id == p.cohort_id)
            and (ban.role_id is None or ban.role_id == p.role_id))


def brute_optimum(dataset: Dataset, edits: Edits = NO_EDITS) -> Key | None:
    """Lexicographic optimum over every plan, or None when no plan honours the locks.

    Depth-first over people (None or an allowed pathway), pruning on seats, openings and
    budget (costs only grow) and on an optimistic bound of the key; min sizes at the leaves.
    """
    people = dataset.employees
    opts = options(dataset, edits)
    locked = {lk.employee_id for lk in edits.locks}
    senior = [rules.is_senior(e, dataset.settings) for e in people]
    best_wish = [max((w for *_, w in o), default=0) for o in opts]
    budget = dataset.settings.budget_mad
    inside: dict[str, int] = {}
    hired: dict[str, int] = {}
    best: list[Key | None] = [None]

    def cost() -> float:
        by_id = {c.cohort_id: c for c in dataset.cohorts}
        return math.fsum(by_id[c].cost_per_seat * n + by_id[c].fixed_cost
                         for c, n in inside.items() if n)

    def visit(i: int, placed: int, seniors: int, wishes: int) -> None:
        spent = cost()
        if budget is not None and spent > budget + 1e-6:
            return
        rest = range(i, len(people))
        bound = (placed + sum(1 for k in rest if opts[k]),
                 seniors + sum(1 for k in rest if opts[k] and senior[k]),
                 wishes + sum(best_wish[k] for k in rest), -spent)
        if best[0] is not None and bound <= best[0]:
            return
        if i == len(people):
            by_id = {c.cohort_id: c for c in dataset.cohorts}
            if all(n == 0 or n >= by_id[c].min_size for c, n in inside.items()):
                best[0] = bound
            return
        for c, r, w in opts[i]:
            cid = None if c is None else c.cohort_id
            if hired.get(r.role_id, 0) >= r.openings:
                continue
            if c is not None and inside.get(cid, 0) >= c.seats:
                continue
            hired[r.role_id] = hired.get(r.role_id, 0) + 1
            if cid is not None:
                inside[cid] = inside.get(cid, 0) + 1
            visit(i + 1, placed + 1, seniors + senior[i], wishes + w)
            hired[r.role_id] -= 1
            if cid is not None:
                inside[cid] -= 1
        if people[i].employee_id not in locked:
            visit(i + 1, placed, seniors, wishes)

    visit(0, 0, 0, 0)
    return best[0]


# --- random small worlds ------------------------------------------------------------------

def small_worlds(max_people: int = 6, max_cohorts: int = 3, max_roles: int = 3):
    """Hypothesis strategy: (dataset, edits) where every rule can bite, edits now and then."""
    from hypothesis import strategies as st

    sites = ["Rabat", "Fès", "fes ", "remote", "distanciel"]
    families = ["ai_data", "back_office", "multilingual_support"]

    @st.composite
    def build(draw):
        def levels(codes, top):
            chosen = draw(st.lists(st.sampled_from(codes), unique=True, max_size=len(codes)))
            return {c: draw(st.integers(1, top)) for c in chosen}

        def when():
            return draw(st.one_of(st.none(), st.integers(0, 10).map(
                lambda w: MONDAY + timedelta(weeks=w))))

        people = [emp(f"E{i}", draw(st.sampled_from(sites[:3])),
                      draw(st.sampled_from([1.0, 5.0, 10.0, 15.0])), levels(["en", "fr"], 6),
                      levels(["crm"], 5), draw(st.integers(0, 4)), draw(st.booleans()),
                      draw(st.lists(st.sampled_from(families), unique=True, max_size=3)))
                  for i in range(draw(st.integers(2, max_people)))]
        cohorts = [ses(f"C{i}", draw(st.sampled_from(sites)), draw(st.integers(0, 3)),
                       float(draw(st.integers(0, 4)) * 100), float(draw(st.integers(0, 2)) * 50),
                       draw(st.integers(0, 3)), when(), draw(st.integers(1, 6)),
                       levels(["en", "fr"], 5), levels(["crm"], 3), draw(st.integers(0, 3)),
                       levels(["en"], 6), levels(["crm"], 5),
                       family=draw(st.sampled_from(families)))
                   for i in range(draw(st.integers(1, max_cohorts)))]
        roles = [rol(f"R{i}", draw(st.sampled_from(sites)), draw(st.integers(0, 3)),
                     levels(["en", "fr"], 6), levels(["crm"], 5), draw(st.integers(0, 3)),
                     when(), draw(st.sampled_from(families)))
                 for i in range(draw(st.integers(1, max_roles)))]
        budget = draw(st.one_of(st.none(), st.integers(0, 8).map(lambda b: float(b * 100))))
        dataset = world(people, cohorts, roles, budget=budget)
        return dataset, draw(random_edits(dataset))

    return build()


def random_edits(dataset: Dataset):
    """Occasionally a lock (any pathway, so conflicts happen too) and a ban or two."""
    from hypothesis import strategies as st

    ids = [e.employee_id for e in dataset.employees]
    cids = [None, *(c.cohort_id for c in dataset.cohorts)]
    rids = [r.role_id for r in dataset.roles]
    locks = st.builds(lambda e, c, r: Lock(e, Pathway(r, c)), st.sampled_from(ids),
                      st.sampled_from(cids), st.sampled_from(rids))
    bans = st.builds(Ban, st.sampled_from(ids), st.sampled_from(cids),
                     st.sampled_from([None, *rids])).filter(lambda b: b.cohort_id or b.role_id)
    return st.builds(Edits, st.one_of(st.just(()), st.lists(locks, max_size=2, unique_by=(
        lambda lk: lk.employee_id)).map(tuple)), st.one_of(st.just(()), st.lists(
            bans, max_size=2).map(tuple)))
