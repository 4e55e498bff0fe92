"""The senior swap repair (``planner.solver.senior_swaps``), on plans written by hand."""

from __future__ import annotations

from planner.check.plan_rules import check_plan
from planner.check.seniority import senior_swap_violations
from planner.domain.plan import Edits, Lock, Pathway, Plan
from planner.solver.senior_swaps import repair_senior_swaps
from tests.solve_fixtures import B1, emp, rol, ses, to_plan, world


def two_juniors_two_seniors():
    return world(
        [
            emp("J1", tenure=1.0),
            emp("J2", tenure=2.0),
            emp("S1", tenure=12.0),
            emp("S2", tenure=15.0),
        ],
        [ses("C1", seats=2, grants={"en": B1})],
        [rol("R1", openings=2, langs={"en": B1})],
    )


def test_both_seniors_take_the_juniors_pathways_in_one_batch():
    ds = two_juniors_two_seniors()
    plan = Plan(to_plan({"J1": ("C1", "R1"), "J2": ("C1", "R1")}))
    fixed, swapped = repair_senior_swaps(ds, plan, Edits())
    assert swapped == 2 and set(fixed.assignments) == {"S1", "S2"}
    assert check_plan(ds, fixed) == [] and senior_swap_violations(ds, fixed) == []


def test_a_locked_junior_keeps_the_pathway():
    ds = two_juniors_two_seniors()
    plan = Plan(to_plan({"J1": ("C1", "R1"), "J2": ("C1", "R1")}))
    edits = Edits(locks=(Lock("J1", Pathway("R1", "C1")),))
    fixed, swapped = repair_senior_swaps(ds, plan, edits)
    assert swapped == 1 and set(fixed.assignments) == {"J1", "S1"}


def test_a_plan_without_a_violation_is_left_alone():
    ds = two_juniors_two_seniors()
    plan = Plan(to_plan({"S1": ("C1", "R1"), "J2": ("C1", "R1")}))
    assert senior_swap_violations(ds, plan) != []  # S2 could take J2's pathway
    plan = Plan(to_plan({"S1": ("C1", "R1"), "S2": ("C1", "R1")}))
    assert repair_senior_swaps(ds, plan, Edits()) == (plan, 0)
