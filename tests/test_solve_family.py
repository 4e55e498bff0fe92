"""Random small workbooks of every shape of the benchmark family (``planner.sample.shapes``):
the plan is never below the tenure-ordered greedy (the spreadsheet method) and never above
the exact optimum computed from the rules alone; its bound is never below that optimum. The
same holds when the search is forced onto the LP's pathways, as on large workbooks. And a
solve with a short time limit returns within the limit plus 5 %."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planner.solver.solve as solve_module
from planner.sample.shapes import SHAPES, generate_shape
from planner.sample.synthetic import generate
from planner.solver.tenure_greedy import tenure_greedy
from tests.exact_oracle import exact_placed
from tests.solve_fixtures import run

FAMILY = st.tuples(st.sampled_from(sorted(SHAPES)), st.integers(20, 60), st.integers(0, 10_000))


def _between_greedy_and_optimum(case) -> None:
    shape, people, seed = case
    dataset = generate_shape(people, SHAPES[shape], seed)
    result = run(dataset, time_limit=10.0)  # run() asserts every rule holds
    exact = exact_placed(dataset)
    assert exact is not None
    assert len(tenure_greedy(dataset).assignments) <= result.placed <= exact
    assert result.upper_bound_placed >= exact


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FAMILY)
def test_plans_sit_between_the_tenure_greedy_and_the_exact_optimum(case):
    _between_greedy_and_optimum(case)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FAMILY)
def test_the_lp_restricted_search_too(case):
    saved, solve_module.FULL_MODEL_ARCS = solve_module.FULL_MODEL_ARCS, -1
    try:
        _between_greedy_and_optimum(case)
    finally:
        solve_module.FULL_MODEL_ARCS = saved


@pytest.mark.parametrize(("people", "limit"), [(3000, 2.0), (8000, 4.0)])
def test_a_short_time_limit_is_kept(people, limit):
    dataset = generate(people, 1)
    start = time.perf_counter()
    result = solve_module.solve(dataset, time_limit=limit)
    assert time.perf_counter() - start <= 1.05 * limit
    assert result.placed >= len(tenure_greedy(dataset).assignments)
