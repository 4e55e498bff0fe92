"""User edits: locks and bans are honoured, contradictions are named, re-solves stay put."""

from __future__ import annotations

from datetime import timedelta

import pytest

from planner.check.plan_rules import check_plan
from planner.domain.outcomes import SolveStatus
from planner.domain.plan import Ban, Edits, Lock, Pathway, Plan
from planner.solver.solve import solve
from tests.solve_fixtures import B1, B2, MONDAY, emp, lock, paths, rol, run, ses, to_plan, world

CRM_ROLE = rol("R1", skills={"crm": 3})


def crm(cid, **kw):
    return ses(cid, grants_skills={"crm": 3}, **kw)


def optimal(dataset, edits):
    result = run(dataset, edits)
    assert result.status == SolveStatus.OPTIMAL, result.message
    assert result.upper_bound_placed == result.placed
    return result


def refused(dataset, edits, rule):
    """The solve returns INFEASIBLE (no exception), an empty plan, and a sentence on ``rule``."""
    result = solve(dataset, edits=edits, time_limit=5.0)
    assert result.status == SolveStatus.INFEASIBLE
    assert result.plan.assignments == {} and result.placed == 0
    assert any(rule in sentence for sentence in result.conflicts), result.conflicts
    return result


# --- locks honoured -----------------------------------------------------------------------


def test_lock_beats_cost():
    ds = world([emp("E1")], [crm("C1", cost=100.0), crm("C2", cost=900.0)], [CRM_ROLE])
    r = optimal(ds, Edits(locks=(lock("E1", "C2", "R1"),)))
    assert paths(r) == {"E1": ("C2", "R1")} and r.cost_mad == 900.0


def test_lock_beats_seniority():
    ds = world([emp("J"), emp("S", tenure=20.0)], [], [rol("R1", openings=1)])
    r = optimal(ds, Edits(locks=(lock("J", None, "R1"),)))
    assert paths(r) == {"J": (None, "R1")} and r.seniors_placed == 0


def test_lock_opens_a_session_whose_minimum_others_fill():
    ds = world([emp("E1"), emp("E2", skills={"crm": 3})], [crm("C1", min_size=2)], [CRM_ROLE])
    r = optimal(ds, Edits(locks=(lock("E1", "C1", "R1"),)))
    assert paths(r) == {"E1": ("C1", "R1"), "E2": ("C1", "R1")}


# --- bans honoured ------------------------------------------------------------------------


def test_ban_on_a_role_moves_the_person_to_another():
    # E1 wishes R1's family; the ban wins over the wish.
    ds = world([emp("E1", wishes=("ai_data",))], [], [rol("R1", family="ai_data"), rol("R2")])
    r = optimal(ds, Edits(bans=(Ban("E1", role_id="R1"),)))
    assert paths(r) == {"E1": (None, "R2")}


def test_ban_on_a_session_keeps_the_direct_pathway_and_other_sessions():
    ds = world([emp("E1")], [crm("C1", cost=100.0), crm("C2")], [CRM_ROLE])
    r = optimal(ds, Edits(bans=(Ban("E1", cohort_id="C1"),)))
    assert paths(r) == {"E1": ("C2", "R1")}
    ds = world([emp("E1")], [crm("C1")], [rol("R1")])
    assert paths(optimal(ds, Edits(bans=(Ban("E1", cohort_id="C1"),)))) == {"E1": (None, "R1")}


def test_ban_on_one_pair_only():
    ds = world(
        [emp("E1")],
        [crm("C1", cost=100.0), crm("C2")],
        [CRM_ROLE, rol("R2", skills={"crm": 3}, site="remote")],
    )
    r = optimal(ds, Edits(bans=(Ban("E1", "C1", "R1"),)))
    assert paths(r) == {"E1": ("C1", "R2")}


def test_ban_everywhere_leaves_the_person_out_and_others_in():
    ds = world([emp("E1"), emp("E2")], [], [rol("R1")])
    r = optimal(ds, Edits(bans=(Ban("E1", role_id="R1"),)))
    assert paths(r) == {"E2": (None, "R1")}


def test_ban_without_session_or_role_forbids_every_pathway():
    ds = world([emp("E1"), emp("E2")], [], [rol("R1")])
    r = optimal(ds, Edits(bans=(Ban("E1"),)))
    assert paths(r) == {"E2": (None, "R1")}


# --- contradictions: INFEASIBLE with the rule named, never an exception ---------------------


def test_lock_breaking_entry_requirements():
    ds = world(
        [emp("E1", langs={"en": 2})],
        [ses("C1", prereq={"en": B1}, grants={"en": B2})],
        [rol("R1", langs={"en": B2})],
    )
    r = refused(ds, Edits(locks=(lock("E1", "C1", "R1"),)), "entry_requirements")
    assert any("E1" in s for s in r.conflicts)


def test_lock_breaking_role_requirements_site_and_dates():
    ds = world(
        [emp("E1", site="Fès")],
        [ses("C1", site="Rabat", start=MONDAY, grants_skills={"crm": 3})],
        [
            rol("R1", skills={"crm": 4}),
            rol("R2", site="remote", skills={"crm": 3}, start=MONDAY + timedelta(weeks=3)),
        ],
    )
    refused(ds, Edits(locks=(lock("E1", None, "R1"),)), "role_requirements")
    refused(ds, Edits(locks=(lock("E1", None, "R1"),)), "site_fit")
    refused(
        world([emp("E1", mobile=True)], ds.cohorts, ds.roles),
        Edits(locks=(lock("E1", "C1", "R2"),)),
        "dates",
    )


def test_two_locks_for_one_seat():
    ds = world([emp("E1"), emp("E2")], [crm("C1", seats=1)], [CRM_ROLE])
    refused(ds, Edits(locks=(lock("E1", "C1", "R1"), lock("E2", "C1", "R1"))), "seats")


def test_two_locks_for_one_opening():
    ds = world([emp("E1"), emp("E2")], [], [rol("R1", openings=1)])
    refused(ds, Edits(locks=(lock("E1", None, "R1"), lock("E2", None, "R1"))), "openings")


def test_locks_over_budget():
    ds = world([emp("E1")], [crm("C1")], [CRM_ROLE], budget=999.0)
    refused(ds, Edits(locks=(lock("E1", "C1", "R1"),)), "budget")


def test_lock_and_ban_on_the_same_pathway():
    ds = world([emp("E1")], [], [rol("R1")])
    refused(ds, Edits(locks=(lock("E1", None, "R1"),), bans=(Ban("E1", role_id="R1"),)), "ban")


@pytest.mark.parametrize(
    "the_lock, name",
    [
        (Lock("E9", Pathway("R1")), "E9"),
        (Lock("E1", Pathway("R9")), "R9"),
        (Lock("E1", Pathway("R1", "C9")), "C9"),
    ],
)
def test_lock_naming_unknown_ids(the_lock, name):
    ds = world([emp("E1")], [crm("C1")], [CRM_ROLE])
    refused(ds, Edits(locks=(the_lock,)), name)


def test_lock_into_a_session_nobody_else_can_fill():
    ds = world(
        [emp("E1"), emp("E2", site="Fès")],
        [crm("C1", min_size=2)],
        [rol("R1", site="remote", skills={"crm": 3})],
    )
    refused(ds, Edits(locks=(lock("E1", "C1", "R1"),)), "min_size")


# --- re-solving from a previous plan --------------------------------------------------------


def interchangeable(n_people=6, openings=(2, 2, 2)):
    """Identical people and identical roles: many optimal plans, all with the same figures."""
    return world(
        [emp(f"E{i}") for i in range(n_people)],
        [],
        [rol(f"R{k}", openings=n) for k, n in enumerate(openings)],
    )


def test_resolve_keeps_every_pathway_of_an_optimal_previous_plan():
    ds = interchangeable()
    first = paths(optimal(ds, Edits()))
    # Rotate the roles among people: another optimal plan, which the solver did not choose.
    people, roles = sorted(first), [first[e] for e in sorted(first)]
    rotated = dict(zip(people, roles[2:] + roles[:2], strict=True))
    assert rotated != first and check_plan(ds, _plan(rotated)) == []
    again = optimal(ds, Edits(previous=to_plan(rotated)))
    assert paths(again) == rotated


def test_ban_after_a_plan_moves_one_person_when_an_opening_is_free():
    ds = interchangeable(openings=(2, 2, 3))
    first = paths(optimal(ds, Edits()))
    edits = Edits(bans=(Ban("E0", role_id=first["E0"][1]),), previous=to_plan(first))
    again = paths(optimal(ds, edits))
    assert len(again) == 6 and _moved(first, again) == {"E0"}


def test_ban_after_a_full_plan_moves_two_people():
    # Every opening is taken: E0 can only swap with one person of another role.
    ds = interchangeable()
    first = paths(optimal(ds, Edits()))
    edits = Edits(bans=(Ban("E0", role_id=first["E0"][1]),), previous=to_plan(first))
    again = paths(optimal(ds, edits))
    assert len(again) == 6 and len(_moved(first, again)) == 2 and "E0" in _moved(first, again)


CRM = {"crm": 3}


@pytest.mark.parametrize(
    "cohorts, roles",
    [
        pytest.param([], [rol("R0", openings=1), rol("R1", openings=1)], id="identical roles"),
        pytest.param([crm("C0", seats=1), crm("C1", seats=1)], [CRM_ROLE], id="identical sessions"),
        pytest.param(
            [crm("C0", seats=1), crm("C1", seats=1, start=MONDAY)],
            [CRM_ROLE],
            id="sessions apart by date",
        ),
        pytest.param(
            [],
            [rol("R0", openings=1), rol("R1", openings=1, site="remote")],
            id="roles apart by site",
        ),
        pytest.param(
            [],
            [rol("R0", openings=1), rol("R1", openings=1, start=MONDAY)],
            id="roles apart by date",
        ),
        pytest.param(
            [crm("C0", seats=1), crm("C1", seats=1, site="remote")],
            [CRM_ROLE],
            id="sessions apart by site",
        ),
    ],
)
def test_resolve_keeps_two_people_on_swapped_pathways(cohorts, roles):
    """Two equivalent pathways, one each: whichever way round the previous plan had them."""
    ds = world([emp("E1"), emp("E2")], cohorts, roles)
    first = paths(optimal(ds, Edits()))
    swapped = {"E1": first["E2"], "E2": first["E1"]}
    assert swapped != first
    assert paths(optimal(ds, Edits(previous=to_plan(swapped)))) == swapped


def test_resolve_keeps_a_role_split_from_its_twin_by_an_unrelated_ban():
    """The stay tier credits the role itself, not only its class."""
    # R0 and R1 are identical; E2 cannot hold either, but a ban on E2 sets R0 apart.
    ds = world(
        [emp("E1", langs={"en": 1}), emp("E2")],
        [],
        [rol("R0", openings=1, langs={"en": 1}), rol("R1", openings=1, langs={"en": 1})],
    )
    bans = (Ban("E2", role_id="R0"),)
    for role_id in ("R0", "R1"):
        previous = {"E1": (None, role_id)}
        again = optimal(ds, Edits(bans=bans, previous=to_plan(previous)))
        assert paths(again) == previous


def _plan(assignments):
    return Plan(to_plan(assignments))


def _moved(before, after):
    return {e for e in before if before[e] != after.get(e)}
