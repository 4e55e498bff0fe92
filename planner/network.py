"""The flow network the CP-SAT model is built on: entry nodes -> session groups -> after nodes
-> role groups (see docs/optimizer.md).

Entry node ``v``: interchangeable people (same profile, seniority, wish key, bans, previous
pathway, lock). Arc ``f`` = (v, session group or DIRECT) feeding after node ``b``: the people's
role-relevant profile after that session. Arc ``e`` = (b, role group).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from planner.domain import Dataset, Edits, norm_key
from planner.groups import Catalogue, build_catalogue
from planner.prepare import (
    Dims,
    People,
    SiteIndex,
    build_people,
    meets,
    requirement_dims,
    site_fit_matrix,
)
from planner.rules import wish_points

DIRECT = -1


@dataclass(slots=True)
class PersonKeys:
    """What, beyond the profile, makes a person distinct for the model."""

    wish: tuple | None = None
    banned_cohorts: frozenset[int] = frozenset()  # session groups
    banned_roles: frozenset[tuple[int, int]] = (
        frozenset()
    )  # (session group or DIRECT or -2=any, role group)
    previous: tuple[int, int] | None = None  # (session group or DIRECT, role group)
    lock: tuple[int, int] | None = None


@dataclass(slots=True)
class Network:
    dataset: Dataset
    catalogue: Catalogue
    members: list[list[int]]  # entry node -> person indices
    senior: np.ndarray  # entry node -> bool
    locked: np.ndarray  # entry node -> bool
    f_v: np.ndarray
    f_j: np.ndarray
    f_b: np.ndarray
    e_b: np.ndarray
    e_h: np.ndarray
    e_wish: np.ndarray
    e_stay: np.ndarray
    n_after: int
    unplaceable: list[int] = field(default_factory=list)  # persons with no arc at all
    wish_exact: bool = True

    @property
    def size(self) -> int:
        return len(self.f_v) + len(self.e_b)


@dataclass(slots=True)
class Prepared:
    """Everything computed from the dataset alone, shared by both network resolutions."""

    dataset: Dataset
    dims: Dims
    people: People
    catalogue: Catalogue
    entry: np.ndarray  # profile x session group
    role_cols: np.ndarray  # bool mask of dims some role requires


def prepare(dataset: Dataset, edits: Edits) -> Prepared:
    dims = requirement_dims(dataset)
    sites = SiteIndex({})
    people = build_people(dataset, dims, sites)
    alone_c = {lk.pathway.cohort_id for lk in edits.locks if lk.pathway.cohort_id}
    alone_c |= {b.cohort_id for b in edits.bans if b.cohort_id}
    alone_r = {lk.pathway.role_id for lk in edits.locks} | {
        b.role_id for b in edits.bans if b.role_id
    }
    cat = build_catalogue(dataset, dims, sites, alone_c, alone_r)
    entry = entry_matrix(people, cat)
    role_cols = np.zeros(dims.size, dtype=bool)
    for g in cat.roles:
        role_cols |= g.req > 0
    return Prepared(dataset, dims, people, cat, entry, role_cols)


def entry_matrix(people: People, cat: Catalogue) -> np.ndarray:
    """(profile x session group): rules entry_requirements and site_fit."""
    if not cat.sessions:
        return np.zeros((len(people.site), 0), dtype=bool)
    req = np.stack([g.prereq for g in cat.sessions])
    edu = np.array([g.min_education for g in cat.sessions])
    sites = np.array([g.site for g in cat.sessions])
    return meets(people.levels, people.education, req, edu) & site_fit_matrix(people, sites)


def role_matrix(
    prep: Prepared,
    after: np.ndarray,
    edu: np.ndarray,
    site: np.ndarray,
    mobile: np.ndarray,
    date_key: np.ndarray,
) -> np.ndarray:
    """(after profile x role group): rules role_requirements, site_fit and dates."""
    roles = prep.catalogue.roles
    if not roles:
        return np.zeros((len(after), 0), dtype=bool)
    req = np.stack([g.req for g in roles])[:, prep.role_cols]
    ok = meets(after, edu, req, np.array([g.min_education for g in roles]))
    place = np.array([g.site for g in roles])
    ok &= (site[:, None] == place[None, :]) | mobile[:, None] | (place[None, :] < 0)
    ok &= date_key[:, None] <= np.array([g.date_key for g in roles])[None, :]
    return ok


def wish_vector(wish: tuple | None, track: str, family: str, families: list[str]) -> tuple:
    """Points per role family for a person with these wishes, after a session of track/family."""
    if not wish:
        return ()
    out = []
    for fam in families:
        keys = {track, family, fam}
        rank = next((i for i, w in enumerate(wish) if w in keys), None)
        out.append(wish_points(rank))
    return tuple(out)


def person_wish_key(wishes: tuple[str, ...]) -> tuple | None:
    return tuple(norm_key(w) for w in wishes[:3]) or None
