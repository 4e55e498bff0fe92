"""senior_swap_violations: an unplaced senior who could take a junior's pathway."""

from __future__ import annotations

from planner.check.seniority import senior_swap_violations
from planner.domain.plan import Ban, Edits, Lock, Pathway
from tests.check_fixtures import B1, B2, data, person, plan, role, session


def senior(eid="S1", **kw):
    return person(eid, tenure=12.0, **kw)


def junior(eid="J1", **kw):
    return person(eid, tenure=1.0, **kw)


def test_senior_left_out_for_a_junior_is_reported():
    ds = data([senior(), junior()], [session()], [role(openings=1)])
    assert senior_swap_violations(ds, plan({"J1": ("C1", "R1")})) == [
        ("S1", "J1", Pathway("R1", "C1"))
    ]


def test_no_swap_when_the_senior_cannot_take_the_pathway():
    ds = data(
        [senior(languages={"en": 2}), junior(languages={"en": B1})],
        [session(prereq_languages={"en": B1})],
        [role()],
    )
    assert senior_swap_violations(ds, plan({"J1": ("C1", "R1")})) == []


def test_no_swap_when_the_senior_is_at_another_site():
    ds = data([senior(site="Oujda"), junior()], [session()], [role()])
    assert senior_swap_violations(ds, plan({"J1": ("C1", "R1")})) == []
    ds = data([senior(site="Oujda", mobile=True), junior()], [session()], [role()])
    assert senior_swap_violations(ds, plan({"J1": ("C1", "R1")})) == [
        ("S1", "J1", Pathway("R1", "C1"))
    ]


def test_locked_junior_is_not_swappable_and_banned_senior_is_not_either():
    ds = data([senior(), junior()], [session()], [role()])
    the_plan = plan({"J1": ("C1", "R1")})
    locked = Edits(locks=(Lock("J1", Pathway("R1", "C1")),))
    assert senior_swap_violations(ds, the_plan, edits=locked) == []
    banned = Edits(bans=(Ban("S1", role_id="R1"),))
    assert senior_swap_violations(ds, the_plan, edits=banned) == []


def test_placed_senior_and_a_lower_threshold():
    ds = data([senior(), junior()], [session()], [role()])
    assert senior_swap_violations(ds, plan({"S1": ("C1", "R1"), "J1": ("C1", "R1")})) == []
    # with a 1-year threshold the "junior" is a senior too: no junior holds anything
    low = data([senior(), junior()], [session()], [role()], seniority=1.0)
    assert senior_swap_violations(low, plan({"J1": ("C1", "R1")})) == []


def test_witness_is_the_first_pathway_and_the_smallest_junior_id():
    ds = data(
        [senior(languages={"en": B2}), junior("J2"), junior("J1"), junior("J3")],
        [session("C2")],
        [role("R1"), role("R2", req_languages={"en": B2})],
    )
    the_plan = plan({"J3": ("C2", "R1"), "J2": (None, "R2"), "J1": (None, "R2")})
    assert senior_swap_violations(ds, the_plan) == [("S1", "J1", Pathway("R2"))]


def test_identical_seniors_are_each_reported():
    ds = data([senior("S2"), senior("S1"), junior()], [session()], [role()])
    assert [s for s, _, _ in senior_swap_violations(ds, plan({"J1": (None, "R1")}))] == ["S1", "S2"]
