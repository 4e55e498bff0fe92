"""Everything computed from the dataset alone before the class-level network is built.

``prepare`` projects people on the requirement dims (``prepare.py``) and groups the catalogue
(``groups.py``); ``hub_net.py`` then builds the network the model is solved on.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.levels import norm_key
from planner.domain.plan import Edits
from planner.domain.records import Dataset
from planner.solver.groups import GroupedCatalogue, build_catalogue
from planner.solver.profiles import Dims, People, SiteIndex, build_people, requirement_dims

DIRECT = -1  # "no session": direct redeployment


@dataclass(slots=True)
class Prepared:
    dataset: Dataset
    dims: Dims
    people: People
    catalogue: GroupedCatalogue


def prepare(dataset: Dataset, edits: Edits) -> Prepared:
    """Profiles and groups; sessions and roles named by a lock or a ban stay alone."""
    dims = requirement_dims(dataset)
    sites = SiteIndex({})
    people = build_people(dataset, dims, sites)
    alone_c = {lk.pathway.cohort_id for lk in edits.locks if lk.pathway.cohort_id}
    alone_c |= {b.cohort_id for b in edits.bans if b.cohort_id}
    alone_r = {lk.pathway.role_id for lk in edits.locks}
    alone_r |= {b.role_id for b in edits.bans if b.role_id}
    return Prepared(dataset, dims, people, build_catalogue(dataset, dims, sites, alone_c, alone_r))


def person_wish_key(wishes: tuple[str, ...]) -> tuple | None:
    """The first three wishes, compared like every name (only they earn points)."""
    return tuple(norm_key(w) for w in wishes[:3]) or None
