"""The reachability warnings (the engine's answers) agree with the rules on random catalogues."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import rules
from planner.domain.records import Cohort, Employee, Role
from planner.validate import reach
from tests.check_fixtures import worlds
from tests.solve_fixtures import small_worlds

SITES = ["Rabat", "Fès", "Tanger", "remote", "distanciel"]


def levels(rng: random.Random, codes: list[str], top: int) -> dict[str, int]:
    return {c: rng.randint(1, top) for c in codes if rng.random() < 0.4}


def instance(seed: int):
    rng = random.Random(seed)
    langs, skills = ["en", "es", "de"], ["crm", "excel"]
    people = [
        Employee(
            f"E{i}",
            rng.choice(SITES[:3]),
            1.0,
            levels(rng, langs, 6),
            levels(rng, skills, 5),
            rng.randint(0, 4),
            rng.random() < 0.2,
        )
        for i in range(rng.randint(1, 12))
    ]
    start = date(2027, 1, 1)
    cohorts = [
        Cohort(
            f"C{i}",
            "t",
            "ai_data",
            rng.choice(SITES),
            rng.randint(1, 10),
            5,
            start_date=start + timedelta(days=rng.randint(0, 60)) if rng.random() < 0.5 else None,
            prereq_languages=levels(rng, langs, 6),
            prereq_skills=levels(rng, skills, 5),
            min_education=rng.randint(0, 4),
            grants_languages=levels(rng, langs, 6),
            grants_skills=levels(rng, skills, 5),
        )
        for i in range(rng.randint(0, 4))
    ]
    roles = [
        Role(
            f"R{i}",
            "t",
            "ai_data",
            rng.choice(SITES),
            2,
            req_languages=levels(rng, langs, 6),
            req_skills=levels(rng, skills, 5),
            min_education=rng.randint(0, 4),
            start_date=start + timedelta(days=rng.randint(0, 120)) if rng.random() < 0.5 else None,
        )
        for i in range(rng.randint(1, 4))
    ]
    return people, cohorts, roles


def brute_force(people, cohorts, roles):
    """Straight from the rules: every person, every pathway."""
    dead_cohorts = [c.cohort_id for c in cohorts if all(rules.entry_misses(p, c) for p in people)]
    dead_roles = [
        r.role_id
        for r in roles
        if not any(rules.is_admissible(p, c, r) for p in people for c in [None, *cohorts])
    ]
    return dead_cohorts, dead_roles


def ids(found):
    return [c.cohort_id for c in found[0]], [r.role_id for r in found[1]]


@pytest.mark.parametrize("seed", range(300))
def test_unreachable_agrees_with_the_rules(seed):
    people, cohorts, roles = instance(seed)
    assert ids(reach.unreachable(people, cohorts, roles)) == brute_force(people, cohorts, roles)


@settings(max_examples=200, deadline=None)
@given(st.one_of(worlds(), small_worlds().map(lambda case: case[0])))
def test_unreachable_agrees_with_the_rules_on_hypothesis_worlds(dataset):
    people, cohorts, roles = dataset.employees, list(dataset.cohorts), list(dataset.roles)
    assert ids(reach.unreachable(people, cohorts, roles)) == brute_force(people, cohorts, roles)


def test_nobody_reaches_anything_without_employees():
    _, cohorts, roles = instance(3)
    assert reach.unreachable([], cohorts, roles) == (cohorts, roles)


def test_hand_checked_case():
    people = [Employee("E1", "Rabat", 3.0, {"en": 3}), Employee("E2", "Fès", 1.0, {"en": 5})]
    cohorts = [
        Cohort(
            "C1",
            "t",
            "ai_data",
            "Rabat",
            4,
            5,
            prereq_languages={"en": 3},
            grants_languages={"en": 4},
        ),
        Cohort("C2", "t", "ai_data", "Tanger", 4, 5),
    ]
    roles = [
        Role("R1", "t", "ai_data", "Rabat", 1, req_languages={"en": 4}),  # via C1
        Role("R2", "t", "ai_data", "remote", 1, req_languages={"en": 6}),  # nobody
        Role("R3", "t", "ai_data", "Fès", 1, req_languages={"en": 5}),
    ]  # E2 directly
    assert ids(reach.unreachable(people, cohorts, roles)) == (["C2"], ["R2"])
