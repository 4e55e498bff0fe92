"""The merged first tiers (``planner.solver.tiers``): exact lexicographic weights."""

from __future__ import annotations

from itertools import product

from planner.solver.tiers import (
    RANKED,
    STAY_COST,
    merge_stay_cost,
    merge_tiers,
    placed_bound,
    split_stay_cost,
    stay_breaks_ties,
)


def test_weights_order_every_plan_as_the_three_stages_do():
    people = 3
    tiers = {"placed": 1, "seniors": 1, "wishes": 1, "cost": 1}
    stages, weights = merge_tiers(["placed", "seniors", "wishes", "cost"], tiers, people)
    assert stages == [RANKED, "cost"]
    assert weights == {"wishes": 1, "seniors": 10, "placed": 40}
    plans = list(product(range(people + 1), range(people + 1), range(3 * people + 1)))

    def ranked(x):
        return sum(weights[k] * v for k, v in zip(("placed", "seniors", "wishes"), x, strict=True))

    assert sorted(plans, key=ranked) == sorted(plans)


def test_one_tier_alone_is_left_as_it_is():
    tiers = {"placed": 1, "cost": 1}
    assert merge_tiers(["placed", "cost"], tiers, 5) == (["placed", "cost"], {})
    assert RANKED not in tiers


def test_bound_on_placed_from_a_bound_on_the_ranked_objective():
    weights = {"wishes": 1, "seniors": 10, "placed": 40}
    assert placed_bound(weights, 40 * 2 + 10 * 3 + 9) == 2
    assert placed_bound(weights, 40 * 3 - 0.5) == 2


def test_a_large_re_solve_breaks_placed_ties_by_stay_and_keeps_later_tiers():
    from types import SimpleNamespace

    net = SimpleNamespace(prep=SimpleNamespace(dataset=SimpleNamespace(employees=[1, 2, 3])))
    tiers = {"placed": 1, "seniors": 1, "wishes": 1, "stay": 1, "cost": 1}
    stages, weights = stay_breaks_ties(["placed", "seniors", "wishes", "stay", "cost"], tiers, net)
    assert stages == [RANKED, "seniors", "wishes", "stay", "cost"]
    # One more placed outweighs keeping all three, each on class pair, session and role seat.
    assert weights == {"placed": 10, "stay": 1}


def test_stay_then_cost_as_one_tier_orders_plans_as_two_stages_and_splits_back():
    cap, people = 7, 2
    tiers = {"stay": 1, "cost": 1}
    stages = merge_stay_cost(["ranked", "stay", "cost"], [tiers], cap, people)
    assert stages == ["ranked", STAY_COST] and tiers[STAY_COST] == (cap + 1) - 1
    plans = list(product(range(3 * people + 1), range(cap + 1)))  # (stay, cost)
    merged = {p: (cap + 1) * p[0] - p[1] for p in plans}
    assert sorted(plans, key=merged.get) == sorted(plans, key=lambda p: (p[0], -p[1]))
    assert all(split_stay_cost(merged[p], cap) == [("stay", p[0]), ("cost", p[1])] for p in plans)


def test_stay_and_cost_stay_apart_when_the_weights_would_be_inexact():
    tiers = {"stay": 1, "cost": 1}
    assert merge_stay_cost(["stay", "cost"], [tiers], 2**50, 10) == ["stay", "cost"]
    assert merge_stay_cost(["stay"], [tiers], 7, 10) == ["stay"]
