"""Everything computed from the dataset alone before the class-level network is built.

``prepare`` projects people on the requirement dimensions with the admissibility engine
(``planner.domain.eligibility``: profiles of people who face the same pathways) and groups the
catalogue (``groups.py``); ``network.py`` then builds the network the model is solved on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.eligibility.dims import Dims
from planner.domain.eligibility.profiles import build_profiles
from planner.domain.eligibility.requirements import Requirements, build_requirements
from planner.domain.levels import norm_key
from planner.domain.plan import Edits
from planner.domain.records import Dataset
from planner.domain.rules import is_senior
from planner.solver.groups import GroupedCatalogue, build_catalogue

DIRECT = -1  # "no session": direct redeployment


@dataclass(slots=True)
class People:
    """The engine's profiles, plus each person's seniority: seniority ranks plans (the seniors
    tier) but admits nobody to anything, so the engine does not carry it."""

    profile: np.ndarray  # [N] person -> profile
    senior: np.ndarray  # [N] bool
    levels: np.ndarray  # [P, D] bucketed levels (``Dims`` order)
    education: np.ndarray  # [P] bucketed education
    site: np.ndarray  # [P] site class: a site, or MOBILE (``SiteIndex.person``)


@dataclass(slots=True)
class Prepared:
    dataset: Dataset
    dims: Dims
    people: People
    catalogue: GroupedCatalogue


def prepare(dataset: Dataset, edits: Edits) -> Prepared:
    """Profiles and groups; sessions and roles named by a lock or a ban stay alone."""
    req = build_requirements(dataset.cohorts, dataset.roles)
    alone_c = {lk.pathway.cohort_id for lk in edits.locks if lk.pathway.cohort_id}
    alone_c |= {b.cohort_id for b in edits.bans if b.cohort_id}
    alone_r = {lk.pathway.role_id for lk in edits.locks}
    alone_r |= {b.role_id for b in edits.bans if b.role_id}
    catalogue = build_catalogue(dataset, req, alone_c, alone_r)
    return Prepared(dataset, req.dims, build_people(dataset, req), catalogue)


def build_people(dataset: Dataset, req: Requirements) -> People:
    """The engine's profiles of every person (after ``req``'s places, which number the sites)
    and their seniority."""
    p = build_profiles(dataset.employees, req.dims, req.sites)
    senior = np.array([is_senior(e, dataset.settings) for e in dataset.employees], dtype=bool)
    return People(p.profile, senior.reshape(-1), p.levels, p.education, p.site)


def person_wish_key(wishes: tuple[str, ...]) -> tuple | None:
    """The first three wishes, compared like every name (only they earn points)."""
    return tuple(norm_key(w) for w in wishes[:3]) or None
