"""Builders, a brute-force optimum and random small worlds for the optimizer's tests.

The optimizer is only reached through ``planner.solver.solve.solve`` and judged by the independent
checker (``planner.check.plan_rules``) and by a brute force written here from
``planner.domain.rules`` alone, so a test never trusts what it tests.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

from planner.check.plan_rules import check_plan
from planner.domain import rules
from planner.domain.outcomes import SolveResult, SolveStatus
from planner.domain.plan import Ban, Edits, Lock, Pathway
from planner.domain.records import Cohort, Dataset, Employee, Role, Settings, Weights
from planner.solver.solve import solve

A2, B1, B2, C1, C2 = 2, 3, 4, 5, 6
NONE, BAC, BAC2, BAC3, BAC5 = 0, 1, 2, 3, 4
MONDAY = date(2027, 1, 4)
NO_EDITS = Edits()


def emp(
    eid: str,
    site: str = "Rabat",
    tenure: float = 2.0,
    langs=None,
    skills=None,
    edu: int = BAC,
    mobile: bool = False,
    wishes=(),
) -> Employee:
    return Employee(
        eid, site, tenure, dict(langs or {}), dict(skills or {}), edu, mobile, tuple(wishes)
    )


def ses(
    cid: str,
    site: str = "Rabat",
    seats: int = 10,
    cost: float = 1000.0,
    fixed: float = 0.0,
    min_size: int = 0,
    start: date | None = None,
    weeks: int = 4,
    prereq=None,
    prereq_skills=None,
    edu: int = 0,
    grants=None,
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
        dict(prereq or {}),
        dict(prereq_skills or {}),
        edu,
        dict(grants or {}),
        dict(grants_skills or {}),
    )


def rol(
    rid: str,
    site: str = "Rabat",
    openings: int = 10,
    langs=None,
    skills=None,
    edu: int = 0,
    start: date | None = None,
    family: str = "multilingual_support",
) -> Role:
    return Role(
        rid,
        f"Title {rid}",
        family,
        site,
        openings,
        dict(langs or {}),
        dict(skills or {}),
        edu,
        start,
    )


def world(
    employees,
    cohorts=(),
    roles=(),
    budget: float | None = None,
    seniority: float = 10.0,
    weights: Weights | None = None,
) -> Dataset:
    settings = Settings(budget_mad=budget, seniority_years=seniority, weights=weights or Weights())
    return Dataset(tuple(employees), tuple(cohorts), tuple(roles), settings)


def run(
    dataset: Dataset, edits: Edits = NO_EDITS, time_limit: float = 10.0, seed: int = 0
) -> SolveResult:
    """Solve and insist the plan obeys every rule, whatever the status.

    An INFEASIBLE result (locks the rules refuse) carries an empty plan, which by definition
    does not meet the locks: it is checked against the rules without them.
    """
    result = solve(dataset, edits=edits, time_limit=time_limit, seed=seed)
    if result.status == SolveStatus.INFEASIBLE:
        assert result.plan.assignments == {} and result.placed == 0
        edits = Edits(bans=edits.bans)
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
    return (ban.cohort_id is None or ban.cohort_id == p.cohort_id) and (
        ban.role_id is None or ban.role_id == p.role_id
    )


def brute_optimum(dataset: Dataset, edits: Edits = NO_EDITS) -> Key | None:
    """Lexicographic optimum over every plan, or None when no plan honours the locks."""
    return brute_force(dataset, edits)[0]


def brute_force(
    dataset: Dataset, edits: Edits = NO_EDITS, cost: bool = True
) -> tuple[Key | None, dict[str, Pathway] | None]:
    """The lexicographic optimum and a plan reaching it, (None, None) when there is none.

    With ``cost`` false the last tier is ignored (reported as 0): the plan is then any plan
    optimal on placed, seniors and wishes, whatever it spends.
    """
    search = _Search(dataset, edits, cost)
    search.visit(0, 0, 0, 0)
    return search.best, search.best_plan


class _Search:
    """Depth-first over people (None or an allowed pathway), pruning on seats, openings and
    budget (costs only grow) and on an optimistic bound of the key; min sizes at the leaves.
    """

    def __init__(self, dataset: Dataset, edits: Edits, cost: bool = True) -> None:
        self.with_cost = cost
        self.people, self.budget = dataset.employees, dataset.settings.budget_mad
        self.cohorts = {c.cohort_id: c for c in dataset.cohorts}
        # Last pathways first: the plan found is then seldom the one the solver picks.
        self.opts = [mine[::-1] for mine in options(dataset, edits)]
        self.locked = {lk.employee_id for lk in edits.locks}
        self.senior = [rules.is_senior(e, dataset.settings) for e in self.people]
        self.best_wish = [max((w for *_, w in o), default=0) for o in self.opts]
        self.inside: dict[str, int] = {}
        self.hired: dict[str, int] = {}
        self.chosen: dict[str, Pathway] = {}
        self.best: Key | None = None
        self.best_plan: dict[str, Pathway] | None = None

    def cost(self) -> float:
        return math.fsum(
            self.cohorts[c].cost_per_seat * n + self.cohorts[c].fixed_cost
            for c, n in self.inside.items()
            if n
        )

    def bound(self, i: int, placed: int, seniors: int, wishes: int, spent: float) -> Key:
        rest = [k for k in range(i, len(self.people)) if self.opts[k]]
        return (
            placed + len(rest),
            seniors + sum(self.senior[k] for k in rest),
            wishes + sum(self.best_wish[k] for k in rest),
            -spent if self.with_cost else 0.0,
        )

    def visit(self, i: int, placed: int, seniors: int, wishes: int) -> None:
        spent = self.cost()
        if self.budget is not None and spent > self.budget + 1e-6:
            return
        bound = self.bound(i, placed, seniors, wishes, spent)
        if self.best is not None and bound <= self.best:
            return
        if i == len(self.people):
            if all(n == 0 or n >= self.cohorts[c].min_size for c, n in self.inside.items()):
                self.best, self.best_plan = bound, dict(self.chosen)
            return
        for c, r, w in self.opts[i]:
            if self.take(i, c, r, +1):
                self.visit(i + 1, placed + 1, seniors + self.senior[i], wishes + w)
                self.take(i, c, r, -1)
        if self.people[i].employee_id not in self.locked:
            self.visit(i + 1, placed, seniors, wishes)

    def take(self, i: int, c: Cohort | None, r: Role, step: int) -> bool:
        """Put person ``i`` on (c, r) (step +1, False when full) or take them off (-1)."""
        cid = None if c is None else c.cohort_id
        if step > 0 and (
            self.hired.get(r.role_id, 0) >= r.openings
            or (c is not None and self.inside.get(cid, 0) >= c.seats)
        ):
            return False
        self.hired[r.role_id] = self.hired.get(r.role_id, 0) + step
        if cid is not None:
            self.inside[cid] = self.inside.get(cid, 0) + step
        if step > 0:
            self.chosen[self.people[i].employee_id] = Pathway(r.role_id, cid)
        else:
            del self.chosen[self.people[i].employee_id]
        return True


# --- random small worlds ------------------------------------------------------------------


def small_worlds(max_people: int = 6, max_cohorts: int = 3, max_roles: int = 3):
    """Hypothesis strategy: (dataset, edits) where every rule can bite, edits now and then."""
    from hypothesis import strategies as st

    sites = ["Rabat", "Fès", "fes ", "remote", "distanciel"]
    families = ["ai_data", "back_office", "multilingual_support"]

    @st.composite
    def build(draw):
        def levels(codes, low, high, most=2):
            chosen = draw(st.lists(st.sampled_from(codes), unique=True, max_size=most))
            return {c: draw(st.integers(low, high)) for c in chosen}

        def crm(*choices):
            level = draw(st.sampled_from(choices))
            return {"crm": level} if level else {}

        def some(*choices):  # sampled_from: hypothesis would otherwise favour the zeros
            return draw(st.sampled_from(choices))

        def when():
            return draw(
                st.one_of(st.none(), st.integers(0, 10).map(lambda w: MONDAY + timedelta(weeks=w)))
            )

        def twin(items, prefix, **changes):
            """Now and then a copy of the first item with one field changed (or none): the
            optimizer merges identical sessions and roles, and must split them right."""
            if not draw(st.booleans()):
                return []
            field, value = draw(st.sampled_from([(None, None), *changes.items()]))
            copy = replace(items[0], **({} if field is None else {field: value}))
            key = "cohort_id" if prefix == "C" else "role_id"
            return [replace(copy, **{key: f"{prefix}{len(items)}"})]

        people = [
            emp(
                f"E{i}",
                some(*sites[:3]),
                some(1.0, 5.0, 10.0, 15.0),
                levels(["en", "fr"], 1, 6),
                crm(0, 1, 2),
                some(0, 1, 2, 3, 4),
                draw(st.booleans()),
                draw(st.lists(st.sampled_from(families), unique=True, max_size=3)),
            )
            for i in range(draw(st.integers(2, max_people)))
        ]
        cohorts = [
            ses(
                f"C{i}",
                some(*sites),
                some(0, 1, 2, 2, 3, 3),
                some(0.0, 100.0, 300.0),
                some(0.0, 0.0, 50.0, 200.0),
                some(0, 0, 1, 2, 3),
                when(),
                draw(st.integers(1, 6)),
                levels(["en", "fr"], 1, 4, 1),
                crm(0, 0, 1),
                some(0, 0, 1, 2),
                levels(["en"], 3, 6),
                crm(2, 3, 4),
                family=some(*families),
            )
            for i in range(draw(st.integers(1, max_cohorts)))
        ]
        roles = [
            rol(
                f"R{i}",
                some(*sites),
                some(0, 1, 1, 2, 2, 3),
                levels(["en", "fr"], 1, 5, 1),
                crm(0, 2, 3, 4),
                some(0, 0, 1, 2),
                when(),
                some(*families),
            )
            for i in range(draw(st.integers(1, max_roles)))
        ]
        cohorts += twin(cohorts, "C", start_date=when(), seats=some(0, 1, 2, 3))
        roles += twin(roles, "R", start_date=when(), openings=some(0, 1, 2))
        budget = draw(st.one_of(st.none(), st.sampled_from([0.0, 100.0, 300.0, 500.0, 800.0])))
        dataset = world(people, cohorts, roles, budget=budget)
        return dataset, draw(random_edits(dataset))

    return build()


def random_edits(dataset: Dataset):
    """Now and then a lock (mostly admissible, sometimes not: conflicts) and a ban or two."""
    from hypothesis import strategies as st

    ids = [e.employee_id for e in dataset.employees]
    cids = [None, *(c.cohort_id for c in dataset.cohorts)]
    rids = [r.role_id for r in dataset.roles]
    fitting = [
        Lock(e.employee_id, Pathway(r.role_id, None if c is None else c.cohort_id))
        for e, mine in zip(dataset.employees, options(dataset, NO_EDITS), strict=True)
        for c, r, _ in mine
    ]
    anything = st.builds(
        lambda e, c, r: Lock(e, Pathway(r, c)),
        st.sampled_from(ids),
        st.sampled_from(cids),
        st.sampled_from(rids),
    )
    locks = st.one_of(st.sampled_from(fitting), anything) if fitting else anything
    bans = st.builds(
        Ban, st.sampled_from(ids), st.sampled_from(cids), st.sampled_from([None, *rids])
    ).filter(lambda b: b.cohort_id or b.role_id)
    some_locks = st.lists(locks, max_size=2, unique_by=lambda lk: lk.employee_id).map(tuple)
    return st.builds(
        Edits,
        st.one_of(st.just(()), some_locks),
        st.one_of(st.just(()), st.lists(bans, max_size=2).map(tuple)),
    )
