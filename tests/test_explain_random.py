"""Property tests: explain() against a brute force over every pathway with planner.rules."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.check.plan_rules import cohorts_running
from planner.domain import rules
from planner.domain.admission import Admission
from planner.domain.money import plan_cost
from planner.domain.outcomes import ReasonCode, SolveStatus
from planner.domain.plan import Ban, Edits, Lock, Pathway, Plan, ban_matches
from planner.explain.catalogue import BUDGET_TOLERANCE
from planner.explain.reasons import ALTERNATIVES_CAP, _Context, explain
from planner.sample.synthetic import generate
from tests.check_fixtures import all_pathways, result, worlds


@st.composite
def cases(draw):
    """A world, a plan that respects seats and openings (not always the rest), and edits."""
    dataset = draw(worlds(max_people=7, max_cohorts=3, max_roles=4))
    paths = all_pathways(dataset)
    seats = {c.cohort_id: c.seats for c in dataset.cohorts}
    openings = {r.role_id: r.openings for r in dataset.roles}
    chosen = {}
    for e in dataset.employees:
        p = draw(st.one_of(st.none(), st.sampled_from(paths)))
        if p and openings[p.role_id] > 0 and (p.cohort_id is None or seats[p.cohort_id] > 0):
            chosen[e.employee_id] = p
            openings[p.role_id] -= 1
            if p.cohort_id:
                seats[p.cohort_id] -= 1
    ids = [e.employee_id for e in dataset.employees]
    bans = tuple(
        Ban(
            draw(st.sampled_from(ids)),
            draw(st.sampled_from([None, p.cohort_id])),
            draw(st.sampled_from([None, p.role_id])),
        )
        for p in draw(st.lists(st.sampled_from(paths), max_size=4))
    )
    locks = tuple(Lock(e, p) for e, p in chosen.items() if draw(st.booleans()))
    return dataset, Plan(chosen), Edits(locks=locks, bans=bans)


def admissible(dataset, e) -> list[Pathway]:
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    roles = {r.role_id: r for r in dataset.roles}
    return [
        p
        for p in all_pathways(dataset)
        if rules.is_admissible(e, cohorts.get(p.cohort_id), roles[p.role_id])
    ]


def expected_binding(dataset, plan, pathways) -> set[str]:
    """Why each pathway is closed, straight from the definitions of PRODUCT.md."""
    running = cohorts_running(plan)
    people = {c: sum(p.cohort_id == c for p in plan.assignments.values()) for c in running}
    hired = {
        r.role_id: sum(p.role_id == r.role_id for p in plan.assignments.values())
        for r in dataset.roles
    }
    left = (
        None
        if dataset.settings.budget_mad is None
        else dataset.settings.budget_mad - plan_cost(dataset, plan)
    )
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    roles = {r.role_id: r for r in dataset.roles}
    out = set()
    for p in pathways:
        why = set()
        if hired[p.role_id] >= roles[p.role_id].openings:
            why.add(f"openings:{p.role_id}")
        if p.cohort_id is not None:
            c = cohorts[p.cohort_id]
            if people.get(c.cohort_id, 0) >= c.seats:
                why.add(f"seats:{c.cohort_id}")
            if c.cohort_id not in running and c.min_size > 1:
                why.add(f"min_size:{c.cohort_id}")
            extra = (
                c.cost_per_seat
                if c.cohort_id in running
                else c.fixed_cost + max(c.min_size, 1) * c.cost_per_seat
            )
            if left is not None and extra > left + BUDGET_TOLERANCE:
                why.add("budget")
        out |= why or {"not_optimal"}
    return out


def expected_code(dataset, plan, pathways) -> ReasonCode:
    """``not_opened`` when every pathway goes through a session with nobody in it and one of
    them is shut by its minimum size or the budget; ``outcompeted`` otherwise."""
    running = cohorts_running(plan)
    if any(p.cohort_id is None or p.cohort_id in running for p in pathways):
        return ReasonCode.OUTCOMPETED
    shut = expected_binding(dataset, plan, pathways)
    if shut & {"budget"} or any(token.startswith("min_size:") for token in shut):
        return ReasonCode.NOT_OPENED
    return ReasonCode.OUTCOMPETED


@settings(max_examples=200, deadline=None)
@given(cases())
def test_reasons_match_a_brute_force_over_all_pathways(case):
    dataset, plan, edits = case
    reasons = explain(dataset, result(plan, SolveStatus.FEASIBLE), edits)
    assert set(reasons) == {e.employee_id for e in dataset.employees}
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    roles = {r.role_id: r for r in dataset.roles}
    for e in dataset.employees:
        reason = reasons[e.employee_id]
        mine = [b for b in edits.bans if b.employee_id == e.employee_id]
        ok = admissible(dataset, e)
        allowed = [p for p in ok if not any(ban_matches(b, p) for b in mine)]
        held = plan.pathway(e.employee_id)
        assert reason.senior == rules.is_senior(e, dataset.settings)
        if held is not None:
            locked = any(
                lk.employee_id == e.employee_id and lk.pathway == held for lk in edits.locks
            )
            assert reason.code == (ReasonCode.LOCKED if locked else ReasonCode.PLACED)
            assert reason.pathway == held
            others = [p for p in allowed if p != held]
            assert set(reason.alternatives) <= set(others)
            assert len(reason.alternatives) == min(ALTERNATIVES_CAP, len(others))
            assert reason.wish_rank == rules.wish_rank(
                e, cohorts.get(held.cohort_id), roles[held.role_id]
            )
        elif not ok:
            assert reason.code == ReasonCode.NO_ADMISSIBLE_PATHWAY
            best = min(
                sum(
                    m.size
                    for m in rules.pathway_misses(e, cohorts.get(p.cohort_id), roles[p.role_id])
                )
                for p in all_pathways(dataset)
            )
            assert sum(m.size for m in reason.nearest_miss) == best
        elif not allowed:
            assert reason.code == ReasonCode.ALL_BANNED
            assert set(reason.alternatives) <= set(ok)
        else:
            assert reason.code == expected_code(dataset, plan, allowed)
            assert set(reason.alternatives) <= set(allowed)
            assert len(reason.alternatives) == min(ALTERNATIVES_CAP, len(allowed))
            assert set(reason.binding) == expected_binding(dataset, plan, allowed)
            assert len(set(reason.binding)) == len(reason.binding)


def test_fast_summaries_equal_the_explicit_matrix_on_a_sample_catalogue():
    """Sample sessions come in classes of many members (sites, dates): the class-level
    recombination must give exactly the explicit sessions x roles answer."""
    dataset = generate(400, 5)
    placed = dict(list(first_admissible(dataset).items())[:150])
    ctx = _Context(dataset, result(Plan(placed), SolveStatus.FEASIBLE), Edits())
    assert len(ctx.pattern_rep) > 50
    for k, u in enumerate(ctx.pattern_rep):
        full, short = ctx.with_bans(int(u), [])
        fast = ctx.summary(k)
        assert np.array_equal(fast.cohorts, full.cohorts)
        assert np.array_equal(fast.roles, full.roles)
        assert fast.has_open == full.has_open
        assert ctx.alternatives(k) == short


def first_admissible(dataset) -> dict[str, Pathway]:
    """Each person's first admissible pathway (capacities ignored): a plan that binds."""
    adm = Admission(dataset)
    out = {}
    for e in dataset.employees:
        for c in (None, *dataset.cohorts):
            r = next((r for r in dataset.roles if adm.admissible(e, c, r)), None)
            if r is not None:
                out[e.employee_id] = Pathway(r.role_id, c and c.cohort_id)
                break
    return out
