"""The LP-restricted search of large instances (``solver.lp_support``), forced on small ones.

Large models are searched only among the pathways the placed tier's LP solution uses; the LP
value is reported as the bound. Forced on random small workbooks (threshold at 0 arcs), the
plan must still obey every rule, its bound must be at least the brute-force optimum, and the
plan must never beat that bound.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

import planner.solver.solve as solve_module
import planner.solver.stages as stages_module
from planner.check.plan_rules import check_plan
from planner.domain.money import cents
from planner.domain.plan import Edits
from planner.solver.decode import hub_plan
from planner.solver.lp_round import rounded_values
from planner.solver.lp_support import lp_support, to_types
from planner.solver.model import build_hub_model
from planner.solver.network import build_hub_net
from planner.solver.prepare import prepare
from tests.solve_fixtures import B1, brute_optimum, emp, rol, run, ses, small_worlds, world


@pytest.fixture
def restricted(monkeypatch):
    monkeypatch.setattr(solve_module, "FULL_MODEL_ARCS", -1)


def test_restricted_search_still_finds_the_obvious_plan(restricted):
    ds = world(
        [emp("JUNIOR", tenure=1.0), emp("SENIOR", tenure=12.0), emp("OTHER", tenure=3.0)],
        [ses("S1", seats=1, grants={"en": B1})],
        [rol("R1", openings=1, langs={"en": B1}), rol("R2", openings=1)],
    )
    result = run(ds)
    assert result.placed == 2 and result.upper_bound_placed == 2
    assert "LP relaxation" in result.message
    assert result.status.value == "feasible"  # optimal among the LP's pathways only


def test_support_keeps_the_lp_bound_and_fewer_arcs():
    ds = world(
        [emp(f"E{k}", tenure=float(k)) for k in range(8)],
        [ses("S1", seats=3, grants={"en": B1}), ses("S2", seats=2, grants={"en": B1})],
        [rol("R1", openings=4, langs={"en": B1}), rol("R2", openings=2)],
    )
    net = build_hub_net(prepare(ds, Edits()), Edits())
    support = lp_support(net, None, 10.0)
    assert support is not None and support.bound == 6
    assert len(support.types.a1) <= len(net.a1) and len(support.net.a2) <= len(net.a2)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_worlds())
def test_restricted_plans_obey_the_rules_under_a_valid_bound(case):
    dataset, edits = case
    solve_module.FULL_MODEL_ARCS, saved = -1, solve_module.FULL_MODEL_ARCS
    try:
        result = run(dataset, edits, time_limit=5.0)
    finally:
        solve_module.FULL_MODEL_ARCS = saved
    best = brute_optimum(dataset, edits)
    if best is None or result.status.value == "infeasible":
        return
    assert result.placed <= best[0] <= result.upper_bound_placed


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_worlds())
def test_the_rounded_lp_plan_obeys_every_rule(case):
    """The max-flow rounding is CP-SAT's hint and floor: checked without any solver.
    (Locks, which may contradict the rules, are covered by the solve-level test above.)"""
    dataset, edits = case
    edits = Edits(bans=edits.bans)
    net = build_hub_net(prepare(dataset, edits), edits)
    support = lp_support(net, dataset.settings.budget_mad, 10.0)
    if support is None:
        return
    budget = dataset.settings.budget_mad
    hm = build_hub_model(support.net, budget)
    for seats in (support.seats, support.whole_seats(1e12)):  # the LP's, then whole seats
        if seats is None:
            continue
        values = rounded_values(hm, seats[support.kept], None if budget is None else cents(budget))
        if values is None:
            continue
        plan = hub_plan(support.types, to_types(support, values), edits)
        assert check_plan(dataset, plan, edits) == []
        assert len(plan.assignments) == int(values[0].sum())


def test_rounding_closes_a_session_the_lp_fills_below_its_minimum():
    """Three people and a session of minimum 4: the LP runs a fraction of it and places all
    three; the rounding closes it, and only the direct pathway (R2, one opening) is left."""
    ds = world(
        [emp("A"), emp("B"), emp("C")],
        [ses("S1", seats=10, min_size=4, grants={"en": B1})],
        [rol("R1", openings=2, langs={"en": B1}), rol("R2", openings=1)],
    )
    net = build_hub_net(prepare(ds, Edits()), Edits())
    support = lp_support(net, None, 10.0)
    hm = build_hub_model(support.net, None)
    values = rounded_values(hm, support.seats[support.kept], None)  # the LP's
    plan = hub_plan(support.types, to_types(support, values), Edits())
    assert check_plan(ds, plan, Edits()) == []
    assert support.bound == 3
    assert len(plan.assignments) == 1


def test_the_previous_plan_rounded_on_its_own_flows_is_the_previous_plan():
    """A re-solve's hint: the previous plan's counts per session and role arc, flowed again,
    give every person back their pathway when nothing was edited."""
    ds = world(
        [emp(f"E{k}", tenure=float(k)) for k in range(8)],
        [ses("S1", seats=3, grants={"en": B1}), ses("S2", seats=2, grants={"en": B1})],
        [rol("R1", openings=4, langs={"en": B1}), rol("R2", openings=2)],
    )
    first = run(ds)
    edits = Edits(previous=dict(first.plan.assignments))
    net = build_hub_net(prepare(ds, edits), edits)
    assert net.previous4.sum() == len(first.plan.assignments)  # every placed person has a role
    hm = build_hub_model(net, None)
    plan = hub_plan(net, rounded_values(hm, net.previous2, None), edits)
    assert plan.assignments == first.plan.assignments


def test_progress_shows_the_lp_bound_not_the_plan_in_hand(restricted):
    """The progress never shows the plan in hand as the bound ("bound = placed, gap 0 %")
    while the LP's bound is higher: bounds shown only go down, never below the final one,
    and after the LP every report shows the proven bound."""
    ds = world(
        [emp(f"E{k}", tenure=float(k)) for k in range(8)],
        [ses("S1", seats=3, grants={"en": B1}, min_size=3), ses("S2", seats=2, grants={"en": B1})],
        [rol("R1", openings=4, langs={"en": B1}), rol("R2", openings=2)],
    )
    seen = []
    result = solve_module.solve(ds, time_limit=10.0, on_progress=seen.append)
    assert seen and all(p.bound >= result.upper_bound_placed for p in seen)
    last_lp = max(k for k, p in enumerate(seen) if p.stage == "lp")
    assert all(p.bound == result.upper_bound_placed for p in seen[last_lp:])
    assert all(p.placed <= p.bound for p in seen)


def test_a_large_re_solve_without_its_lp_keeps_the_previous_plan(monkeypatch):
    """When the LP does not finish (90,000 people on a slow machine), the floor of a re-solve
    is the previous plan flowed again, not a greedy plan that reshuffles everyone."""
    import time

    monkeypatch.setattr(stages_module, "GREEDY_FALLBACK_ARCS", -1)
    ds = world(
        [emp(f"E{k}", tenure=float(k)) for k in range(8)],
        [ses("S1", seats=3, grants={"en": B1}), ses("S2", seats=2, grants={"en": B1})],
        [rol("R1", openings=4, langs={"en": B1}), rol("R2", openings=2)],
    )
    first = dict(run(ds).plan.assignments)
    out = next(f"E{k}" for k in range(8) if f"E{k}" not in first)
    given = max(first)  # a valid plan the greedy would not make: the newest joiner placed
    previous = {**{k: v for k, v in first.items() if k != given}, out: first[given]}
    edits = Edits(previous=previous)
    net = build_hub_net(prepare(ds, edits), edits)
    stages = stages_module.Stages(
        build_hub_model(net, None), time.perf_counter(), 10.0, 0, 1, None, None
    )
    stages._previous_hint()
    stages._greedy_floor()
    assert hub_plan(net, stages.values, edits).assignments == previous
