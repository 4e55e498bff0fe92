"""The LP of column generation (``solver.lp_master``) is the relaxation of the model's rules.

Its rows are built as arrays rather than through the rule units of ``solver.model``, so on
random small worlds (bans, locks, previous plans, budgets, minimum sizes) its optimum over
every arc must equal the LP the rule units build, its Lagrangian bounds from any duals (every
row priced, or the network kept whole) must never fall below that optimum, and column
generation from a single arc per type must reach it.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ortools.linear_solver.python import model_builder as mb

from planner.domain.money import cents
from planner.solver.lp_bound import LinearBackend
from planner.solver.lp_master import FlowLp, Master, generate_columns, upper_bound
from planner.solver.lp_network_bound import network_bound
from planner.solver.model import build_hub_model
from planner.solver.network import build_hub_net
from planner.solver.prepare import prepare
from tests.solve_fixtures import small_worlds


def _rule_units_lp(net, budget_mad, weight: int) -> float | None:
    """The LP of the rule units, or None when locks make it infeasible."""
    backend = LinearBackend()
    hm = build_hub_model(net, budget_mad, backend)
    tiers = hm.tiers()
    backend.model.maximize(weight * tiers["placed"] + tiers["stay"])
    solver = mb.Solver("glop")
    if solver.solve(backend.model) != mb.SolveStatus.OPTIMAL:
        return None
    return solver.objective_value


def _network(case):
    dataset, edits = case
    net = build_hub_net(prepare(dataset, edits), edits)
    budget = dataset.settings.budget_mad
    return net, budget, None if budget is None else cents(budget)


def _whole_lp(case):
    """The array LP over every arc (weighted as on a re-solve), its master optimum or None,
    and the rule units' optimum or None."""
    net, budget, budget_cents = _network(case)
    weight = 3 * sum(len(m) for m in net.members) + 1
    lp = FlowLp(net, budget_cents, weight)
    master = Master(lp)
    master.add(np.arange(len(lp.arc_type)))
    return lp, weight, master.solve(10.0), _rule_units_lp(net, budget, weight)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_worlds())
def test_the_array_lp_is_the_rule_units_lp(case):
    lp, weight, solution, expected = _whole_lp(case)
    assert (solution is None) == (expected is None)
    if expected is None:
        return
    assert solution.objective == pytest.approx(expected, abs=1e-4 * weight)
    assert upper_bound(lp, solution.duals) >= expected - 1e-4 * weight


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_worlds())
def test_columns_grown_from_one_arc_per_type_reach_the_optimum_under_valid_bounds(case):
    net, budget, budget_cents = _network(case)
    expected = _rule_units_lp(net, budget, 1)
    if not len(net.a1) or expected is None:
        return
    lp = FlowLp(net, budget_cents, 1)
    first = np.flatnonzero(np.r_[True, net.a1[1:, 0] != net.a1[:-1, 0]])
    bounds = []
    found = generate_columns(
        lp, first, time.perf_counter() + 10.0, lambda z, b, a: bounds.append(b)
    )
    expected = _rule_units_lp(net, budget, 1)
    assert found.solution is not None
    assert found.solution.objective == pytest.approx(expected, abs=1e-4)
    assert all(b >= expected - 1e-4 for b in bounds)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_worlds(), st.integers(0, 2**31 - 1))
def test_the_bound_keeping_the_network_whole_is_valid_for_any_duals(case, seed):
    """From the LP's optimal duals and from random ones, never below the LP's optimum."""
    lp, weight, solution, expected = _whole_lp(case)
    if expected is None or solution is None:
        return
    assert network_bound(lp, solution.duals).bound >= expected - 1e-4 * weight

    noise = np.random.default_rng(seed).normal(0.0, weight, size=len(solution.duals))
    assert network_bound(lp, solution.duals + noise).bound >= expected - 1e-4 * weight
