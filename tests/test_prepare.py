"""Property test: the optimizer's prepared data, read back per person and pathway, is the rules.

The network admits a pathway through its factors (the profile's class pair, the site class
against both places, the date keys of the groups); recombined here for every (person, session
or none, role), they must equal ``planner.domain.rules`` exactly.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import rules
from planner.domain.eligibility.dims import fits
from planner.domain.plan import Edits
from planner.domain.records import Dataset
from planner.solver.classes import build_classes, class_pairs, site_class
from planner.solver.prepare import prepare
from tests.check_fixtures import worlds
from tests.solve_fixtures import small_worlds


def datasets():
    return st.one_of(worlds(), small_worlds().map(lambda case: case[0]))


@settings(max_examples=200, deadline=None)
@given(datasets())
def test_prepared_pathways_are_admissible_exactly_when_the_rules_say_so(dataset: Dataset):
    prep = prepare(dataset, Edits())
    cat, cl = prep.catalogue, build_classes(prep.catalogue)
    pairs, sigma = class_pairs(prep, cl), site_class(prep)
    senior = [rules.is_senior(e, dataset.settings) for e in dataset.employees]
    assert prep.people.senior.tolist() == senior  # per person: no part of a profile
    for i, e in enumerate(dataset.employees):
        u = prep.people.profile[i]
        for r, role in enumerate(dataset.roles):
            h = cat.roles[cat.group_of_role[r]]
            role_ok = fits(int(sigma[u]), h.site)
            tr = cl.tr_of_role[cat.group_of_role[r]]
            assert (role_ok and pairs[u, -1, tr]) == rules.is_admissible(e, None, role)
            for c, cohort in enumerate(dataset.cohorts):
                g = cat.session_of_cohort[c]
                s = cat.sessions[g]
                ok = role_ok and fits(int(sigma[u]), s.site) and s.date_key <= h.date_key
                ok = ok and pairs[u, cl.tc_of_group[g], tr]
                assert ok == rules.is_admissible(e, cohort, role), (e, cohort, role)
