"""The merged first tiers (``planner.solve_tiers``): exact lexicographic weights."""

from __future__ import annotations

from itertools import product

from planner.solve_tiers import RANKED, merge_tiers, placed_bound, stay_breaks_ties


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
