"""Property tests: the admissibility engine against the rules, one person and pathway at a time.

The oracle is ``planner.domain.rules`` applied to each (person, session or none, role); the
engine answers per profile and requirement class, so every recombination is checked here.
"""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import rules
from planner.domain.admission import (
    Admission,
    fitting_classes,
    fitting_sites,
    held_index,
    pathway_order,
)
from planner.domain.eligibility.engine import Eligibility
from planner.domain.eligibility.requirements import date_keys
from planner.domain.records import Dataset
from tests.check_fixtures import all_pathways, person, role, session, worlds
from tests.check_fixtures import data as make_data
from tests.solve_fixtures import small_worlds

LEVEL_RULES = (rules.ENTRY_REQUIREMENTS, rules.ROLE_REQUIREMENTS)


def datasets():
    return st.one_of(worlds(), small_worlds().map(lambda case: case[0]))


def level_gap(misses) -> int:
    return sum(m.size for m in misses if m.rule in LEVEL_RULES)


def engine_admits(elig: Eligibility, i: int, c: int | None, r: int) -> bool:
    """The recombination documented in ``planner.domain.eligibility.engine``."""
    req = elig.requirements
    u = elig.people.profile[i]
    s = elig.site_row[u]
    tr = req.role_class[r]
    if not elig.fit_roles[s, r]:
        return False
    if c is None:
        return bool(elig.pairs[u, -1, tr])
    tc = req.cohort_class[c]
    return bool(elig.pairs[u, tc, tr] and elig.fit_cohorts[s, c] and elig.dates[c, r])


@settings(max_examples=200, deadline=None)
@given(datasets())
def test_pathways_are_admissible_exactly_when_the_rules_say_so(dataset: Dataset):
    elig = Eligibility.of(dataset)
    for i, e in enumerate(dataset.employees):
        for c in (None, *range(len(dataset.cohorts))):
            cohort = None if c is None else dataset.cohorts[c]
            for r, role_ in enumerate(dataset.roles):
                expected = rules.is_admissible(e, cohort, role_)
                assert engine_admits(elig, i, c, r) == expected, (e, cohort, role_)


@settings(max_examples=200, deadline=None)
@given(datasets())
def test_each_factor_equals_its_rule(dataset: Dataset):
    elig = Eligibility.of(dataset)
    req, people = elig.requirements, elig.people
    for i, e in enumerate(dataset.employees):
        u = people.profile[i]
        s = elig.site_row[u]
        for c, cohort in enumerate(dataset.cohorts):
            misses = rules.entry_misses(e, cohort)
            levels_ok = not any(m.rule == rules.ENTRY_REQUIREMENTS for m in misses)
            assert elig.entry[u, req.cohort_class[c]] == levels_ok
            site = rules.site_fits(e.site, e.mobile, cohort.site)
            assert elig.fit_cohorts[s, c] == site
        for r, role_ in enumerate(dataset.roles):
            assert elig.fit_roles[s, r] == rules.site_fits(e.site, e.mobile, role_.site)
            for c in (None, *range(len(dataset.cohorts))):
                cohort = None if c is None else dataset.cohorts[c]
                tc = -1 if c is None else req.cohort_class[c]
                misses = rules.role_misses(e, role_, cohort)
                role_ok = not any(m.rule == rules.ROLE_REQUIREMENTS for m in misses)
                entry_ok = c is None or elig.entry[u, tc]
                assert elig.pairs[u, tc, req.role_class[r]] == (role_ok and entry_ok)


@settings(max_examples=200, deadline=None)
@given(datasets())
def test_gaps_are_the_sizes_of_the_level_misses(dataset: Dataset):
    elig = Eligibility.of(dataset)
    req = elig.requirements
    entry, role_gap = elig.gaps(np.arange(len(dataset.employees)))
    for i, e in enumerate(dataset.employees):
        for c, cohort in enumerate(dataset.cohorts):
            assert entry[i, req.cohort_class[c]] == level_gap(rules.entry_misses(e, cohort))
        for r, role_ in enumerate(dataset.roles):
            for c in (None, *range(len(dataset.cohorts))):
                cohort = None if c is None else dataset.cohorts[c]
                tc = -1 if c is None else req.cohort_class[c]
                expected = level_gap(rules.role_misses(e, role_, cohort))
                assert role_gap[i, tc, req.role_class[r]] == expected


@settings(max_examples=200, deadline=None)
@given(datasets())
def test_dates_and_date_keys_equal_the_rule(dataset: Dataset):
    elig = Eligibility.of(dataset)
    cohort_key, role_key = date_keys(elig.requirements)
    for c, cohort in enumerate(dataset.cohorts):
        for r, role_ in enumerate(dataset.roles):
            expected = rules.dates_fit(cohort, role_)
            assert elig.dates[c, r] == expected
            assert (cohort_key[c] <= role_key[r]) == expected


@settings(max_examples=100, deadline=None)
@given(datasets())
def test_people_with_one_profile_have_the_same_answers(dataset: Dataset):
    """A profile stands for its people: same admissible pathways for each of them."""
    elig = Eligibility.of(dataset)
    first: dict[int, list[bool]] = {}
    for e, u in zip(dataset.employees, elig.people.profile, strict=True):
        answers = [
            rules.is_admissible(e, c, r) for c in (None, *dataset.cohorts) for r in dataset.roles
        ]
        assert first.setdefault(int(u), answers) == answers


def test_bucketing_merges_people_between_thresholds():
    """en C1 and en C2 are one profile when B2 is the highest English requirement; a mobile
    person's site does not matter; education is bucketed on the min_education values."""
    people = [
        person("E1", "Rabat", languages={"en": 5}, education=2),
        person("E2", "Rabat", languages={"en": 6}, education=3),
        person("E3", "Fès", languages={"en": 5}, education=2, mobile=True),
        person("E4", "Tanger", languages={"en": 5}, education=2, mobile=True),
        person("E5", "Rabat", languages={"en": 3}, education=2),
    ]
    dataset = make_data(
        people,
        [session("C1", prereq_languages={"en": 3}, min_education=1)],
        [role("R1", req_languages={"en": 4}, min_education=2)],
    )
    elig = Eligibility.of(dataset)
    profile = elig.people.profile.tolist()
    assert profile[0] == profile[1] and profile[2] == profile[3]
    assert len(set(profile)) == 3
    assert elig.people.raw_levels[:, 0].tolist() == [5, 6, 5, 5, 3]


def test_more_session_classes_than_one_word_holds():
    """70 session classes take two words in ``kernels.after_words``: still the rules."""
    rng = random.Random(4)
    people = [
        person(f"E{i}", "Rabat", languages={"en": rng.randint(0, 6)}, skills={"crm": i % 6})
        for i in range(12)
    ]
    cohorts = [
        session(
            f"C{i}",
            prereq_languages={"en": i // 6 % 4},
            grants_languages={"en": 1 + i % 6},
            grants_skills={"crm": i // 24},
        )
        for i in range(70)
    ]
    roles = [
        role(f"R{i}", req_languages={"en": 2 + i % 5}, req_skills={"crm": i % 5}) for i in range(9)
    ]
    dataset = make_data(people, cohorts, roles)
    elig = Eligibility.of(dataset)
    assert elig.requirements.n_cohort_classes > 64
    for i, e in enumerate(people):
        for c in (None, *range(len(cohorts))):
            for r, role_ in enumerate(roles):
                expected = rules.is_admissible(e, None if c is None else cohorts[c], role_)
                assert engine_admits(elig, i, c, r) == expected


@settings(max_examples=150, deadline=None)
@given(datasets())
def test_the_held_index_walks_the_held_pathways_whose_levels_and_sites_fit(dataset: Dataset):
    """``planner.domain.admission``'s index leaves dates to its callers (they hold only
    pathways whose dates fit): every other rule decides what it yields."""
    admission = Admission(dataset)
    cohorts = {c.cohort_id: c for c in dataset.cohorts}
    roles = {r.role_id: r for r in dataset.roles}
    held = all_pathways(dataset)
    index = held_index({p: "J" for p in held}, admission)
    for e in dataset.employees:
        got = [
            p
            for by_site in fitting_classes(e, index, admission)
            for paths in fitting_sites(e, by_site, admission)
            for p in paths
        ]
        expected = [
            p
            for p in held
            if all(
                m.rule == rules.DATES
                for m in rules.pathway_misses(e, cohorts.get(p.cohort_id), roles[p.role_id])
            )
        ]
        assert sorted(got, key=pathway_order) == sorted(expected, key=pathway_order)
