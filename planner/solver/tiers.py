"""Objective tiers merged into one exactly weighted tier, and tier values read from a plan.

Why: at 500 people each CP-SAT stage costs 0.2-0.45 s, mostly presolving the same model
again, while a 500-person solve should take about a second. Placed, seniors and wishes are
whole numbers bounded by the workforce N (seniors <= N, wish points <= 3N), so
``placed * (N+1)(3N+1) + seniors * (3N+1) + wishes`` orders plans exactly as the three
stages do, and one search replaces three. Large models keep separate stages: there the
first tier is hard, and a weighted objective would spread the search over all three.
"""

from __future__ import annotations

import numpy as np

from planner.solver.model import Tier

RANKED = Tier.RANKED
STAY_COST = Tier.STAY_COST
PARTS = (Tier.PLACED, Tier.SENIORS, Tier.WISHES)
RANKED_ARCS = 5_000  # person-type arcs up to which the tiers are merged (500 people: 1,820)


def merge_tiers(stages: list[str], tiers: dict, people: int) -> tuple[list[str], dict[str, int]]:
    """Stages with the ranked tier first, and the weight of each part; unchanged (and no
    weights) when fewer than two of the three tiers are to be solved."""
    parts = [s for s in PARTS if s in stages]
    if len(parts) < 2:
        return stages, {}
    largest = {Tier.PLACED: people, Tier.SENIORS: people, Tier.WISHES: 3 * people}
    weights, weight = {}, 1
    for s in reversed(parts):
        weights[s] = weight
        weight *= largest[s] + 1
    add_ranked(tiers, weights)
    return [RANKED] + [s for s in stages if s not in parts], weights


def add_ranked(tiers: dict, weights: dict[str, int]) -> None:
    """The ranked tier as an expression of the same backend as ``tiers`` (CP-SAT or LP)."""
    tiers[RANKED] = sum(w * tiers[s] for s, w in weights.items())


def placed_bound(weights: dict[str, int], objective_bound: float) -> int:
    """A bound on the number placed from a bound on the ranked objective."""
    return int((objective_bound + 1e-6) // weights[Tier.PLACED])


def count_value(net, stage: str, values: tuple) -> int | None:
    """A count tier's value in a plan's variable values (None for the other tiers): when a
    stage's LP bound is already reached by the plan in hand, its search can be skipped."""
    x1, xp = values.x1, values.xp
    senior_person = net.prep.people.senior
    if stage == Tier.PLACED:
        per_arc, per_path = np.ones(len(x1), np.int64), [1] * len(net.paths)
    elif stage == Tier.SENIORS:
        per_arc = net.senior[net.a1[:, 0]].astype(np.int64)
        per_path = [int(senior_person[p[0]]) for p in net.paths]
    elif stage in (Tier.WISHES, Tier.STAY):
        column = 2 if stage == Tier.WISHES else 3
        per_arc, per_path = net.a1[:, column], [p[column + 1] for p in net.paths]
    else:
        return None
    kept = int(kept_values(net, values).sum()) if stage == Tier.STAY else 0
    return int(np.dot(per_arc, x1)) + int(np.dot(np.array(per_path, np.int64), xp)) + kept


def kept_values(net, values: tuple) -> np.ndarray:
    """The previous plan's seats a plan keeps, per kept-seat variable (hub_model.add_stay)."""
    x2, x4 = values.x2, values.x4
    parts = [
        np.minimum(x[before > 0], before[before > 0])
        for x, before in ((x2, net.previous2), (x4, net.previous4))
    ]
    return np.concatenate(parts).astype(np.int64)


def stay_breaks_ties(stages: list[str], tiers: dict, net) -> tuple[list[str], dict[str, int]]:
    """A large re-solve's first stage: most placed, then most of the previous plan kept
    (hub_model.add_stay). Measured at 20,000 people: a placed stage blind to the previous
    plan moved 9,527 of 11,952 people after one lock and one ban. Only placed is fixed
    after it, so seniors and wishes still come before stay in the later stages."""
    weights = {Tier.PLACED: 3 * len(net.prep.dataset.employees) + 1, Tier.STAY: 1}  # stay <= 3N
    add_ranked(tiers, weights)
    return [RANKED] + [s for s in stages if s != Tier.PLACED], weights


def merge_stay_cost(stages: list[str], tier_sets: list[dict], cap: int, people: int) -> list[str]:
    """A small re-solve's last two tiers as one: ``stay * (cap+1) - cost``, cap the most any
    plan costs, orders plans as the stay stage then the cost stage do. Why: measured at 500
    people, seeds 1-6, re-solve 0.43-2.17 s (median 0.75) with two stages, 0.44-0.96 s
    (median 0.68) with one, same plans. Not merged when stay (<= 3N) times cap could leave
    the range where CP-SAT's linear relaxation (doubles) is exact."""
    if stages[-2:] != [Tier.STAY, Tier.COST] or (3 * people + 1) * (cap + 1) >= 2**53:
        return stages
    for tiers in tier_sets:  # the CP-SAT tiers and the LP's
        tiers[STAY_COST] = (cap + 1) * tiers[Tier.STAY] - tiers[Tier.COST]
    return stages[:-2] + [STAY_COST]


def split_stay_cost(value: int, cap: int) -> list[tuple[str, int]]:
    """The stay and cost values inside a merged stay-cost value (0 <= cost <= cap)."""
    stay = -(-value // (cap + 1))
    return [(Tier.STAY, stay), (Tier.COST, stay * (cap + 1) - value)]
