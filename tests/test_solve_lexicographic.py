"""The default objective, tier by tier: placed, then seniors, then wishes, then least cost.

Each world is small enough to read the optimum by eye; the status must be OPTIMAL with the
proven bound equal to the number placed.
"""

from __future__ import annotations

from planner.domain.outcomes import SolveStatus
from planner.domain.records import Weights
from tests.solve_fixtures import emp, paths, rol, run, ses, world

CRM_ROLE = rol("R1", skills={"crm": 3})


def crm(cid, **kw):
    return ses(cid, grants_skills={"crm": 3}, **kw)


def optimal(dataset):
    result = run(dataset)
    assert result.status == SolveStatus.OPTIMAL, result.message
    assert result.upper_bound_placed == result.placed
    return result


# --- tier 2: seniority ----------------------------------------------------------------------


def test_senior_takes_the_single_opening():
    r = optimal(
        world([emp("E1", tenure=9.99), emp("E2", tenure=10.0)], [], [rol("R1", openings=1)])
    )
    assert paths(r) == {"E2": (None, "R1")} and r.seniors_placed == 1


def test_seniority_threshold_comes_from_settings():
    r = optimal(
        world(
            [emp("E1", tenure=4.0), emp("E2", tenure=6.0)],
            [],
            [rol("R1", openings=1)],
            seniority=5.0,
        )
    )
    assert paths(r) == {"E2": (None, "R1")} and r.seniors_placed == 1


def test_senior_takes_the_single_seat():
    r = optimal(
        world([emp("E1", tenure=25.0), emp("E2", tenure=3.0)], [crm("C1", seats=1)], [CRM_ROLE])
    )
    assert paths(r) == {"E1": ("C1", "R1")}


def test_two_juniors_beat_one_senior():
    senior_way = crm("C1", cost=2000.0, site="Casablanca")
    junior_way = crm("C2", cost=1000.0)
    r = optimal(
        world(
            [emp("S", site="Casablanca", tenure=20.0), emp("J1"), emp("J2")],
            [senior_way, junior_way],
            [rol("R1", site="remote", skills={"crm": 3})],
            budget=2000.0,
        )
    )
    assert paths(r) == {"J1": ("C2", "R1"), "J2": ("C2", "R1")}
    assert r.seniors_placed == 0 and r.cost_mad == 2000.0


def test_senior_beats_a_junior_wish():
    r = optimal(
        world(
            [emp("E1", wishes=("ai_data",)), emp("E2", tenure=12.0)],
            [],
            [rol("R1", openings=1, family="ai_data")],
        )
    )
    assert paths(r) == {"E2": (None, "R1")} and r.wish_score == 0


# --- tier 3: wishes -------------------------------------------------------------------------

TWO_FAMILIES = [
    rol("R1", openings=1, family="back_office"),
    rol("R2", openings=1, family="ai_data"),
]


def test_wished_family_wins_between_equal_pathways():
    r = optimal(world([emp("E1", wishes=("ai_data",))], [], TWO_FAMILIES))
    assert paths(r) == {"E1": (None, "R2")} and r.wish_score == 3


def test_first_wish_beats_second():
    r = optimal(world([emp("E1", wishes=("back_office", "ai_data"))], [], TWO_FAMILIES))
    assert paths(r) == {"E1": (None, "R1")} and r.wish_score == 3


def test_wishes_of_two_people_are_summed():
    # E1 wants ai_data first (3) or back_office second (2); E2 only ai_data (3): 2 + 3 > 3 + 0.
    people = [emp("E1", wishes=("ai_data", "back_office")), emp("E2", wishes=("ai_data",))]
    r = optimal(world(people, [], TWO_FAMILIES))
    assert paths(r) == {"E1": (None, "R1"), "E2": (None, "R2")} and r.wish_score == 5


def test_a_track_name_is_a_wish_and_beats_cost():
    wished = crm("C1", cost=3000.0, track="Annotation IA", family="ai_data")
    r = optimal(
        world([emp("E1", wishes=("annotation ia",))], [crm("C2", cost=100.0), wished], [CRM_ROLE])
    )
    assert paths(r) == {"E1": ("C1", "R1")} and r.wish_score == 3 and r.cost_mad == 3000.0


def test_a_fourth_wish_scores_nothing_so_cost_decides():
    wished = crm("C1", cost=3000.0, family="moderation")
    e = emp("E1", wishes=("ai_data", "back_office", "tech_support", "moderation"))
    r = optimal(world([e], [crm("C2", cost=100.0), wished], [CRM_ROLE]))
    assert paths(r) == {"E1": ("C2", "R1")} and r.wish_score == 0


# --- tier 4 (no previous plan): least cost ----------------------------------------------------


def test_cheapest_of_equal_plans_per_seat_vs_fixed():
    per_seat, fixed = crm("C1", cost=500.0), crm("C2", cost=100.0, fixed=1000.0)
    one = optimal(world([emp("E1")], [per_seat, fixed], [CRM_ROLE]))
    assert paths(one) == {"E1": ("C1", "R1")} and one.cost_mad == 500.0
    three = optimal(world([emp("E1"), emp("E2"), emp("E3")], [per_seat, fixed], [CRM_ROLE]))
    assert set(paths(three).values()) == {("C2", "R1")} and three.cost_mad == 1300.0


def test_direct_redeployment_is_cheaper_than_training():
    r = optimal(world([emp("E1", skills={"crm": 3})], [crm("C1")], [CRM_ROLE]))
    assert paths(r) == {"E1": (None, "R1")} and r.cost_mad == 0.0


def test_no_needless_session_is_opened():
    r = optimal(
        world([emp("E1"), emp("E2", skills={"crm": 3})], [crm("C1", fixed=500.0)], [CRM_ROLE])
    )
    assert paths(r) == {"E1": ("C1", "R1"), "E2": (None, "R1")} and r.cost_mad == 1500.0


# --- weights do not change the default order ------------------------------------------------


def test_weights_are_not_used_by_default():
    odd = Weights(placed=1, senior=1000, wish=1000)
    assert odd.lexicographic
    senior_way = crm("C1", cost=2000.0, site="Casablanca")
    r = optimal(
        world(
            [emp("S", site="Casablanca", tenure=20.0, wishes=("ai_data",)), emp("J1"), emp("J2")],
            [senior_way, crm("C2", cost=1000.0)],
            [rol("R1", site="remote", skills={"crm": 3}, family="ai_data")],
            budget=2000.0,
            weights=odd,
        )
    )
    assert r.placed == 2 and r.seniors_placed == 0


def test_the_weighted_policy_when_chosen_sums_the_weights():
    heavy_senior = Weights(lexicographic=False, placed=1, senior=1000, wish=0)
    senior_way = crm("C1", cost=2000.0, site="Casablanca")
    r = run(
        world(
            [emp("S", site="Casablanca", tenure=20.0), emp("J1"), emp("J2")],
            [senior_way, crm("C2", cost=1000.0)],
            [rol("R1", site="remote", skills={"crm": 3})],
            budget=2000.0,
            weights=heavy_senior,
        )
    )
    assert paths(r) == {"S": ("C1", "R1")}  # 1 + 1000 beats 2 x 1
