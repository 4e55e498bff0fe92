"""The optimizer obeys each rule of PRODUCT.md: hand-checkable worlds of one to three people.

Per rule three cases: feasible (the exact plan is asserted), infeasible (the rule leaves the
person unplaced) and alternative (the rule pushes the person to another pathway). Every plan is
also re-verified by the independent checker inside ``run``.
"""

from __future__ import annotations

from datetime import timedelta

from planner.domain.outcomes import SolveStatus
from tests.solve_fixtures import (
    A2,
    B1,
    B2,
    BAC,
    BAC2,
    BAC3,
    C1,
    C2,
    MONDAY,
    emp,
    paths,
    rol,
    run,
    ses,
    world,
)

# A role needing English B2, an agent at B1 and a session taking B1 agents to B2.
NEEDS_B2 = rol("R1", langs={"en": B2})
TO_B2 = ses("C1", prereq={"en": B1}, grants={"en": B2})


def optimal(dataset, **kw):
    result = run(dataset, **kw)
    assert result.status == SolveStatus.OPTIMAL
    assert result.upper_bound_placed == result.placed
    return result


# --- one_pathway ------------------------------------------------------------------------


def test_one_pathway_a_person_takes_one_role_only():
    r = optimal(world([emp("E1")], [], [rol("R1", openings=1), rol("R2", openings=1)]))
    assert r.placed == 1 and len(paths(r)) == 1


def test_one_pathway_pushes_the_versatile_person_to_the_other_role():
    ds = world(
        [emp("E1", langs={"en": B2}), emp("E2")],
        [],
        [rol("R1", openings=1, langs={"en": B2}), rol("R2", openings=1)],
    )
    assert paths(optimal(ds)) == {"E1": (None, "R1"), "E2": (None, "R2")}


# --- entry_requirements -----------------------------------------------------------------


def test_entry_met_after_session_profile_meets_role():
    r = optimal(world([emp("E1", langs={"en": B1})], [TO_B2], [NEEDS_B2]))
    assert paths(r) == {"E1": ("C1", "R1")}
    assert r.cohorts_run == ("C1",) and r.cost_mad == 1000.0


def test_entry_not_met_leaves_person_unplaced():
    r = optimal(world([emp("E1", langs={"en": A2})], [TO_B2], [NEEDS_B2]))
    assert paths(r) == {} and r.upper_bound_placed == 0


def test_entry_pushes_to_the_session_without_prerequisite():
    dear = ses("C2", cost=3000.0, grants={"en": B2})
    r = optimal(world([emp("E1", langs={"en": A2})], [TO_B2, dear], [NEEDS_B2]))
    assert paths(r) == {"E1": ("C2", "R1")}


def test_entry_education_threshold_is_inclusive():
    c = ses("C1", edu=BAC2, grants_skills={"crm": 3})
    r_ = rol("R1", skills={"crm": 3})
    placed = optimal(
        world([emp("E1", edu=BAC2), emp("E2", edu=BAC), emp("E3", edu=BAC3)], [c], [r_])
    )
    assert paths(placed) == {"E1": ("C1", "R1"), "E3": ("C1", "R1")}


def test_entry_skill_prerequisite():
    c = ses("C1", prereq_skills={"crm": 2}, grants_skills={"crm": 4})
    r_ = rol("R1", skills={"crm": 4})
    r = optimal(world([emp("E1", skills={"crm": 2}), emp("E2", skills={"crm": 1})], [c], [r_]))
    assert paths(r) == {"E1": ("C1", "R1")}


# --- role_requirements ------------------------------------------------------------------


def test_role_met_directly_prefers_direct_redeployment():
    r = optimal(world([emp("E1", langs={"en": B2})], [TO_B2], [NEEDS_B2]))
    assert paths(r) == {"E1": (None, "R1")} and r.cost_mad == 0.0 and r.cohorts_run == ()


def test_role_not_met_even_after_session():
    needs_more = rol("R1", langs={"en": B2}, skills={"crm": 3})
    r = optimal(world([emp("E1", langs={"en": B1}, skills={"crm": 2})], [TO_B2], [needs_more]))
    assert paths(r) == {}


def test_role_requirements_push_to_the_reachable_role_against_the_wish():
    ai = rol("R1", langs={"en": C1}, family="ai_data")
    support = rol("R2", langs={"en": B2})
    r = optimal(world([emp("E1", langs={"en": B1}, wishes=("ai_data",))], [TO_B2], [ai, support]))
    assert paths(r) == {"E1": ("C1", "R2")} and r.wish_score == 0


def test_native_level_meets_every_requirement_of_that_language():
    r = optimal(world([emp("E1", langs={"fr": C2})], [], [rol("R1", langs={"fr": C2})]))
    assert paths(r) == {"E1": (None, "R1")}


def test_session_never_lowers_a_level():
    # The session grants only en:B1 but trains crm; the person's en:C1 stays C1.
    c = ses("C1", grants={"en": B1}, grants_skills={"crm": 3})
    r_ = rol("R1", langs={"en": C1}, skills={"crm": 3})
    r = optimal(world([emp("E1", langs={"en": C1})], [c], [r_]))
    assert paths(r) == {"E1": ("C1", "R1")}


def test_role_education_threshold():
    r_ = rol("R1", edu=BAC3)
    r = optimal(world([emp("E1", edu=BAC2), emp("E2", edu=BAC3)], [], [r_]))
    assert paths(r) == {"E2": (None, "R1")}


# --- site_fit ---------------------------------------------------------------------------

FES_ROLE = rol("R1", site="Fès", skills={"crm": 3})


def test_site_remote_session_and_local_role():
    c = ses("C1", site="remote", grants_skills={"crm": 3})
    r = optimal(world([emp("E1", site="fes ")], [c], [FES_ROLE]))
    assert paths(r) == {"E1": ("C1", "R1")}


def test_site_session_elsewhere_excludes_non_mobile_but_not_mobile():
    c = ses("C1", site="Rabat", grants_skills={"crm": 3})
    r = optimal(world([emp("E1", site="Fès"), emp("E2", site="Fès", mobile=True)], [c], [FES_ROLE]))
    assert paths(r) == {"E2": ("C1", "R1")}


def test_site_pushes_non_mobile_to_the_remote_session_and_mobile_to_the_cheaper():
    local = ses("C1", site="Rabat", cost=500.0, grants_skills={"crm": 3})
    online = ses("C2", site="distanciel", cost=900.0, grants_skills={"crm": 3})
    r = optimal(
        world(
            [emp("E1", site="Fès"), emp("E2", site="Fès", mobile=True)], [local, online], [FES_ROLE]
        )
    )
    assert paths(r) == {"E1": ("C2", "R1"), "E2": ("C1", "R1")}
    assert r.cost_mad == 1400.0


def test_site_of_the_role_remote_or_mobile():
    r = optimal(
        world(
            [emp("E1", site="Fès"), emp("E2", site="Fès", mobile=True), emp("E3", site="Fès")],
            [],
            [rol("R1", site="Rabat"), rol("R2", site="remote", openings=1)],
        )
    )
    assert paths(r) == {"E2": (None, "R1"), "E1": (None, "R2")} or paths(r) == {
        "E2": (None, "R1"),
        "E3": (None, "R2"),
    }


# --- dates ------------------------------------------------------------------------------


def dated(cid, start, weeks=4, cost=1000.0):
    return ses(cid, start=start, weeks=weeks, cost=cost, prereq={"en": B1}, grants={"en": B2})


def test_dates_session_ending_on_the_role_start_is_used():
    role = rol("R1", langs={"en": B2}, start=MONDAY + timedelta(weeks=4))
    r = optimal(world([emp("E1", langs={"en": B1})], [dated("C1", MONDAY)], [role]))
    assert paths(r) == {"E1": ("C1", "R1")}


def test_dates_session_ending_after_the_role_start_is_not_used():
    role = rol("R1", langs={"en": B2}, start=MONDAY + timedelta(weeks=4, days=-1))
    r = optimal(world([emp("E1", langs={"en": B1})], [dated("C1", MONDAY)], [role]))
    assert paths(r) == {}


def test_dates_push_to_the_earlier_dearer_session():
    role = rol("R1", langs={"en": B2}, start=MONDAY + timedelta(weeks=6))
    late, early = (
        dated("C1", MONDAY + timedelta(weeks=3), cost=100.0),
        dated("C2", MONDAY, cost=900.0),
    )
    r = optimal(world([emp("E1", langs={"en": B1})], [late, early], [role]))
    assert paths(r) == {"E1": ("C2", "R1")}


def test_dates_unknown_start_never_blocks():
    role = rol("R1", langs={"en": B2}, start=MONDAY)
    r = optimal(world([emp("E1", langs={"en": B1})], [dated("C1", None)], [role]))
    assert paths(r) == {"E1": ("C1", "R1")}


# --- seats ------------------------------------------------------------------------------

CRM_ROLE = rol("R1", skills={"crm": 3})


def crm(cid, **kw):
    return ses(cid, grants_skills={"crm": 3}, **kw)


def test_seats_filled_exactly():
    r = optimal(world([emp("E1"), emp("E2")], [crm("C1", seats=2)], [CRM_ROLE]))
    assert paths(r) == {"E1": ("C1", "R1"), "E2": ("C1", "R1")}


def test_seats_exhausted_leaves_one_unplaced_and_zero_seats_none():
    r = optimal(world([emp("E1"), emp("E2", tenure=12)], [crm("C1", seats=1)], [CRM_ROLE]))
    assert paths(r) == {"E2": ("C1", "R1")}
    assert paths(optimal(world([emp("E1")], [crm("C1", seats=0)], [CRM_ROLE]))) == {}


def test_seats_push_the_mobile_person_to_the_other_session():
    near, far = crm("C1", seats=1, cost=100.0), crm("C2", site="Casablanca", seats=1, cost=900.0)
    r = optimal(
        world(
            [emp("E1"), emp("E2", mobile=True)],
            [near, far],
            [rol("R1", site="remote", skills={"crm": 3})],
        )
    )
    assert paths(r) == {"E1": ("C1", "R1"), "E2": ("C2", "R1")}


# --- openings ---------------------------------------------------------------------------


def test_openings_filled_exactly():
    r = optimal(world([emp("E1"), emp("E2")], [], [rol("R1", openings=2)]))
    assert paths(r) == {"E1": (None, "R1"), "E2": (None, "R1")}


def test_openings_exhausted_leaves_one_unplaced():
    r = optimal(
        world([emp("E1", tenure=15), emp("E2")], [], [rol("R1", openings=1), rol("R2", openings=0)])
    )
    assert paths(r) == {"E1": (None, "R1")}


def test_openings_push_to_a_role_reached_through_training():
    r = optimal(
        world(
            [emp("E1", tenure=15), emp("E2")],
            [crm("C1")],
            [rol("R1", openings=1), rol("R2", openings=1, skills={"crm": 3})],
        )
    )
    assert set(paths(r).values()) == {("C1", "R2"), (None, "R1")}
    assert r.cost_mad == 1000.0


# --- budget -----------------------------------------------------------------------------


def test_budget_exactly_enough():
    r = optimal(world([emp("E1")], [crm("C1")], [CRM_ROLE], budget=1000.0))
    assert paths(r) == {"E1": ("C1", "R1")}


def test_budget_one_dirham_short():
    r = optimal(world([emp("E1")], [crm("C1")], [CRM_ROLE], budget=999.0))
    assert paths(r) == {} and r.cost_mad == 0.0


def test_budget_pushes_to_the_cheaper_unwished_session():
    wished = crm("C1", cost=2000.0, track="Annotation IA", family="ai_data")
    r = optimal(
        world([emp("E1", wishes=("ai_data",))], [wished, crm("C2")], [CRM_ROLE], budget=1500.0)
    )
    assert paths(r) == {"E1": ("C2", "R1")} and r.wish_score == 0


def test_budget_limits_how_many_and_seniors_go_first():
    r = optimal(
        world(
            [emp("E1"), emp("E2", tenure=10), emp("E3", tenure=11)],
            [crm("C1")],
            [CRM_ROLE],
            budget=2500.0,
        )
    )
    assert paths(r) == {"E2": ("C1", "R1"), "E3": ("C1", "R1")} and r.cost_mad == 2000.0


def test_fixed_cost_is_paid_once_per_running_session():
    c = crm("C1", cost=100.0, fixed=1000.0)
    r = optimal(world([emp("E1"), emp("E2"), emp("E3")], [c], [CRM_ROLE], budget=1300.0))
    assert r.placed == 3 and r.cost_mad == 1300.0 and r.cohorts_run == ("C1",)


def test_budget_zero_allows_free_sessions():
    r = optimal(world([emp("E1")], [crm("C1", cost=0.0)], [CRM_ROLE], budget=0.0))
    assert paths(r) == {"E1": ("C1", "R1")}


# --- min_size ---------------------------------------------------------------------------


def test_min_size_reached():
    r = optimal(world([emp("E1"), emp("E2")], [crm("C1", min_size=2)], [CRM_ROLE]))
    assert paths(r) == {"E1": ("C1", "R1"), "E2": ("C1", "R1")}


def test_min_size_not_reached_session_does_not_run():
    r = optimal(
        world(
            [emp("E1"), emp("E2", site="Fès")],
            [crm("C1", min_size=2)],
            [rol("R1", site="remote", skills={"crm": 3})],
        )
    )
    assert paths(r) == {} and r.cohorts_run == ()


def test_min_size_counts_only_people_who_then_get_a_role():
    # Three candidates for a session of minimum 3, but the role behind it has two openings.
    r = optimal(
        world(
            [emp("E1"), emp("E2"), emp("E3")],
            [crm("C1", min_size=3)],
            [rol("R1", openings=2, skills={"crm": 3})],
        )
    )
    assert paths(r) == {}


def test_min_size_pushes_to_the_dearer_session_without_minimum():
    r = optimal(world([emp("E1")], [crm("C1", cost=100.0, min_size=2), crm("C2")], [CRM_ROLE]))
    assert paths(r) == {"E1": ("C2", "R1")}
