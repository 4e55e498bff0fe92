"""The LP tier bounds (``planner.solver.lp_bound``): never below what a plan can reach.

A solver stage stops as soon as its plan reaches the tier's LP bound and calls it optimal, so a
bound below the true optimum would silently cut the search short. Each tier is checked against
the brute force of ``solve_fixtures``, with the earlier tiers fixed at their optimum as the
solver fixes them.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from planner.domain.plan import Edits
from planner.solver.lp_bound import TierBounds
from planner.solver.network import build_hub_net
from planner.solver.prepare import prepare
from tests.solve_fixtures import B1, brute_optimum, emp, rol, run, ses, small_worlds, world

NO_EDITS = Edits()


def bounds(dataset, edits=NO_EDITS) -> TierBounds:
    return TierBounds(build_hub_net(prepare(dataset, edits), edits), dataset.settings.budget_mad)


def test_two_people_one_seat_bound_is_one_then_the_senior():
    ds = world(
        [emp("JUNIOR", tenure=1.0), emp("SENIOR", tenure=12.0)],
        [ses("S1", seats=1, grants={"en": B1})],
        [rol("R1", openings=2, langs={"en": B1})],
    )
    tb = bounds(ds)
    assert tb.bound("placed", True, 5.0) == 1
    tb.fix("placed", True, 1)
    assert tb.bound("seniors", True, 5.0) == 1
    result = run(ds)
    assert result.placed == 1 and result.seniors_placed == 1


def test_a_stage_stopped_at_its_lp_bound_is_reported_optimal():
    ds = world(
        [emp(f"E{k}", tenure=float(k)) for k in range(8)],
        [ses("S1", seats=3, grants={"en": B1}), ses("S2", seats=2, grants={"en": B1})],
        [rol("R1", openings=4, langs={"en": B1}), rol("R2", openings=2)],
    )
    assert bounds(ds).bound("placed", True, 5.0) == 6  # 4 trained for R1, 2 direct to R2
    result = run(ds)
    assert (result.placed, result.upper_bound_placed) == (6, 6)
    assert result.status.value == "optimal"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_worlds())
def test_each_tier_bound_is_at_least_the_brute_force_optimum(case):
    dataset, edits = case
    if edits.locks or edits.bans:
        return  # the bound of a model with locks is covered by the solver's own tests
    best = brute_optimum(dataset, edits)
    if best is None:
        return
    placed, seniors, wishes, minus_cost = best
    tb = bounds(dataset, edits)
    assert tb.bound("placed", True, 5.0) >= placed
    tb.fix("placed", True, placed)
    assert tb.bound("seniors", True, 5.0) >= seniors
    tb.fix("seniors", True, seniors)
    assert tb.bound("wishes", True, 5.0) >= wishes
    tb.fix("wishes", True, wishes)
    cost_bound = tb.bound("cost", False, 5.0)
    assert cost_bound is None or cost_bound <= round(-minus_cost * 100) + 1
