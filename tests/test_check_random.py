"""Property tests: the checker's caches give exactly the answers of planner.rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.check.plan_rules import check_plan
from planner.check.seniority import senior_swap_violations
from planner.domain import rules
from planner.domain.admission import Admission
from planner.domain.plan import Ban, Edits, Lock, Plan, ban_matches
from tests.check_fixtures import all_pathways, worlds


@settings(max_examples=150, deadline=None)
@given(worlds())
def test_cached_admissibility_equals_the_rules(dataset):
    admission = Admission(dataset)
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    roles = {r.role_id: r for r in dataset.roles}
    for e in dataset.employees:
        for p in all_pathways(dataset):
            c = cohorts.get(p.cohort_id)
            assert admission.admissible(e, c, roles[p.role_id]) == rules.is_admissible(
                e, c, roles[p.role_id]
            )


@st.composite
def planned(draw):
    dataset = draw(worlds())
    paths = all_pathways(dataset)
    chosen = {
        e.employee_id: draw(st.sampled_from(paths))
        for e in dataset.employees
        if draw(st.booleans())
    }
    ids = [e.employee_id for e in dataset.employees]
    locks = tuple(
        Lock(draw(st.sampled_from(ids)), draw(st.sampled_from(paths)))
        for _ in range(draw(st.integers(0, 2)))
    )
    bans = tuple(
        Ban(
            draw(st.sampled_from(ids)),
            draw(st.sampled_from([None, p.cohort_id])),
            draw(st.sampled_from([None, p.role_id])),
        )
        for p in draw(st.lists(st.sampled_from(paths), max_size=3))
    )
    return dataset, Plan(chosen), Edits(locks=locks, bans=bans)


@settings(max_examples=150, deadline=None)
@given(planned())
def test_admissibility_violations_equal_the_misses_of_the_rules(case):
    dataset, plan, edits = case
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    roles = {r.role_id: r for r in dataset.roles}
    expected = sorted(
        (m.rule, e.employee_id, m.target_id)
        for e in dataset.employees
        if (p := plan.pathway(e.employee_id)) is not None
        for m in rules.pathway_misses(e, cohorts.get(p.cohort_id), roles[p.role_id])
    )
    admission_rules = {
        rules.ENTRY_REQUIREMENTS,
        rules.ROLE_REQUIREMENTS,
        rules.SITE_FIT,
        rules.DATES,
    }
    got = sorted(
        (v.rule, *v.subjects) for v in check_plan(dataset, plan, edits) if v.rule in admission_rules
    )
    assert got == expected


@settings(max_examples=150, deadline=None)
@given(planned())
def test_senior_swaps_equal_a_brute_force_search(case):
    dataset, plan, edits = case
    s = dataset.settings
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    roles = {r.role_id: r for r in dataset.roles}
    locked = {lock.employee_id for lock in edits.locks}
    held = sorted(
        ((p.cohort_id or "", p.role_id), e.employee_id, p)
        for e in dataset.employees
        if (p := plan.pathway(e.employee_id))
        and not rules.is_senior(e, s)
        and e.employee_id not in locked
    )
    expected = []
    for e in dataset.employees:
        if plan.pathway(e.employee_id) or not rules.is_senior(e, s):
            continue
        mine = [b for b in edits.bans if b.employee_id == e.employee_id]
        for _, junior, p in held:
            if rules.is_admissible(e, cohorts.get(p.cohort_id), roles[p.role_id]) and not any(
                ban_matches(b, p) for b in mine
            ):
                expected.append((e.employee_id, junior, p))
                break
    assert senior_swap_violations(dataset, plan, edits=edits) == sorted(expected)
