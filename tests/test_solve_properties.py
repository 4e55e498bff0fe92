"""Degenerate inputs, determinism, and random small worlds against a brute-force optimum."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings

from planner.check.plan_rules import check_plan
from planner.check.seniority import senior_swap_violations
from planner.domain import rules
from planner.domain.outcomes import SolveStatus
from planner.domain.plan import Ban, Edits, Pathway, Plan
from planner.sample.synthetic import generate
from planner.solver.solve import solve
from tests.solve_fixtures import (
    MONDAY,
    brute_force,
    brute_optimum,
    emp,
    paths,
    rol,
    run,
    ses,
    small_worlds,
    world,
)

CRM_ROLE = rol("R1", skills={"crm": 3})
TRAINED = ses("C1", grants_skills={"crm": 3})


# --- degenerate inputs: a plan and a clear status, never an exception ------------------------


@pytest.mark.parametrize("limit", [0.0, 1.0])
def test_tiny_time_limits_still_return_a_checked_plan(limit):
    ds = world(
        [emp(f"E{i}", tenure=float(i)) for i in range(30)],
        [TRAINED],
        [CRM_ROLE, rol("R2", openings=5)],
        budget=5000.0,
    )
    r = run(ds, time_limit=limit)
    assert r.status in (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE, SolveStatus.NO_PLAN)
    assert r.placed <= r.upper_bound_placed or r.status == SolveStatus.NO_PLAN
    if r.status == SolveStatus.NO_PLAN:
        assert r.placed == 0


def direct_plan(dataset):
    """A valid plan built by hand: each person to the first direct role with an opening left
    (no session, so no cost and no minimum size). Its size is a floor for any upper bound."""
    left = {r.role_id: r.openings for r in dataset.roles}
    plan = {}
    for e in dataset.employees:
        for r in dataset.roles:
            if left[r.role_id] and rules.is_admissible(e, None, r):
                plan[e.employee_id], left[r.role_id] = Pathway(r.role_id), left[r.role_id] - 1
                break
    return Plan(plan)


def test_a_stopped_search_never_claims_a_bound_below_a_known_plan():
    ds = generate(2000, 1)
    floor = direct_plan(ds)
    assert check_plan(ds, floor) == [] and len(floor.assignments) > 0
    r = run(ds, time_limit=0.0)
    assert r.upper_bound_placed >= len(floor.assignments)


def test_budget_zero_allows_only_direct_redeployments():
    ds = world([emp("E1"), emp("E2", skills={"crm": 3})], [TRAINED], [CRM_ROLE], budget=0.0)
    r = run(ds)
    assert r.status == SolveStatus.OPTIMAL
    assert paths(r) == {"E2": (None, "R1")} and r.cost_mad == 0.0


@pytest.mark.parametrize(
    "dataset, placed",
    [
        (world([emp("E1")], [], [rol("R1")]), 1),  # no cohorts
        (world([emp("E1")], [TRAINED], []), 0),  # no roles
        (world([], [TRAINED], [CRM_ROLE]), 0),  # no employees
        (world([emp("E1", site="Fès")], [TRAINED], [CRM_ROLE]), 0),  # nobody admissible
        (world([emp("E1")], [TRAINED], [rol("R1", openings=0)]), 0),  # no opening at all
    ],
)
def test_empty_or_hopeless_worlds(dataset, placed):
    r = run(dataset)
    assert r.status == SolveStatus.OPTIMAL, r.message
    assert r.placed == placed == r.upper_bound_placed
    assert r.conflicts == ()


# --- determinism ------------------------------------------------------------------------------


def test_same_dataset_and_seed_give_the_same_plan():
    ds = generate(200, 7)  # about half a second per solve, proven optimal
    runs = [solve(ds, time_limit=60.0, seed=3) for _ in range(2)]
    assert all(r.status == SolveStatus.OPTIMAL for r in runs), [r.message for r in runs]
    first, second = runs
    assert (first.placed, first.seniors_placed, first.wish_score, first.cost_mad) == (
        second.placed,
        second.seniors_placed,
        second.wish_score,
        second.cost_mad,
    )
    assert dict(first.plan.assignments) == dict(second.plan.assignments)
    assert senior_swap_violations(ds, first.plan, ds.settings) == []


# --- random small worlds ----------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_worlds())
def test_plan_is_valid_and_lexicographically_optimal(case):
    dataset, edits = case
    result = run(dataset, edits, time_limit=5.0)  # run() asserts check_plan finds nothing
    best = brute_optimum(dataset, edits)
    if best is None:
        assert result.status == SolveStatus.INFEASIBLE and result.placed == 0
        return
    assert result.status == SolveStatus.OPTIMAL, result.message
    placed, seniors, wishes, minus_cost = best
    assert (result.placed, result.seniors_placed, result.wish_score) == (placed, seniors, wishes)
    assert result.cost_mad == pytest.approx(-minus_cost, abs=0.01)
    assert result.upper_bound_placed == placed
    assert senior_swap_violations(dataset, result.plan, dataset.settings, edits) == []


# Two identical roles; an unrelated ban on one of them: the solver moves E1 on a re-solve.
SPLIT_TWINS = (
    world(
        [emp("E1", langs={"en": 1}), emp("E2")],
        [],
        [rol("R0", openings=1, langs={"en": 1}), rol("R1", openings=1, langs={"en": 1})],
    ),
    Edits(bans=(Ban("E2", role_id="R0"),)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_worlds())
@example(SPLIT_TWINS)
def test_resolving_from_its_own_plan_keeps_everyone(case):
    dataset, edits = case
    first = solve(dataset, edits=edits, time_limit=5.0)
    if first.status != SolveStatus.OPTIMAL:
        return
    again = run(
        dataset, Edits(edits.locks, edits.bans, previous=first.plan.assignments), time_limit=5.0
    )
    assert dict(again.plan.assignments) == dict(first.plan.assignments)


SITE_TWINS = world(
    [emp("E1"), emp("E2")], [], [rol("R0", openings=1), rol("R1", site="remote", openings=1)]
)
# Two roles of one class told apart by their start date only: a re-solve must keep E0 on R1
# (a stay tier that credited the class alone would move E0 to R0).
DATE_TWINS = world(
    [emp("E0"), emp("E1"), emp("E2")],
    [],
    [rol("R0", openings=3), rol("R1", openings=1, start=MONDAY)],
)


def test_resolving_from_another_optimal_plan_keeps_site_twins():
    """Two roles told apart by their site only: a re-solve from either optimal plan keeps it."""
    best, witness = brute_force(SITE_TWINS, Edits(), cost=False)
    assert best is not None
    again = run(SITE_TWINS, Edits(previous=witness), time_limit=5.0)
    assert dict(again.plan.assignments) == witness


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_worlds())
@example((DATE_TWINS, Edits()))
def test_resolving_from_another_optimal_plan_keeps_it(case):
    """Any plan optimal on placed, seniors and wishes, often not the solver's: a re-solve from
    it moves nobody (keeping people comes before cost)."""
    dataset, edits = case
    best, witness = brute_force(dataset, edits, cost=False)
    if best is None:
        return
    assert check_plan(dataset, Plan(witness), edits) == []  # the brute force is right too
    again = run(dataset, Edits(edits.locks, edits.bans, previous=witness), time_limit=5.0)
    assert again.status == SolveStatus.OPTIMAL, again.message
    assert dict(again.plan.assignments) == witness
