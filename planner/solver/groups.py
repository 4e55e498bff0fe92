"""Session groups and role groups: identical catalogue entries counted, not enumerated.

Sessions that no rule or cost can tell apart (same track, family, site, prerequisites,
grants, seats, minimum size, costs and date key) form one group; with ``m`` of its ``count``
sessions running, it can hold any number of people in ``[m*min_size, m*seats]``. Roles that
no rule can tell apart form one role group whose openings add up. Sessions or roles named by
a lock or a ban stay alone in their group, so a user's decision about them stays exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.eligibility.requirements import Requirements, date_keys
from planner.domain.levels import norm_key
from planner.domain.money import cents
from planner.domain.records import Dataset


@dataclass(slots=True)
class SessionGroup:
    cohorts: list[int]
    seats: int
    min_size: int
    cost: int  # centimes per seat
    fixed: int  # centimes per running session
    track: str
    family: str
    site: int
    date_key: int
    prereq: np.ndarray
    min_education: int
    grants: np.ndarray

    @property
    def count(self) -> int:
        return len(self.cohorts)


@dataclass(slots=True)
class RoleGroup:
    roles: list[int]
    openings: int
    family: str
    site: int
    date_key: int
    req: np.ndarray
    min_education: int


@dataclass(slots=True)
class GroupedCatalogue:
    sessions: list[SessionGroup]
    roles: list[RoleGroup]
    session_of_cohort: np.ndarray
    group_of_role: np.ndarray


def build_catalogue(
    dataset: Dataset, req: Requirements, alone_cohorts: set[str], alone_roles: set[str]
) -> GroupedCatalogue:
    """Group sessions and roles; ``alone_*`` ids (locked or banned) get a group of their own.

    Levels are bucketed on ``req.dims`` and sites and date keys are the engine's, so a group's
    members answer every rule alike."""
    cohort_key, role_key = date_keys(req)
    sessions, session_of = _group_sessions(dataset, req, cohort_key, alone_cohorts)
    roles, role_of = _group_roles(dataset, req, role_key, alone_roles)
    return GroupedCatalogue(sessions, roles, session_of, role_of)


def _group_sessions(dataset, req, date_key, alone):
    groups: list[SessionGroup] = []
    index: dict[tuple, int] = {}
    group_of = np.zeros(len(dataset.cohorts), dtype=np.int64)
    for i, c in enumerate(dataset.cohorts):
        prereq = req.dims.vector(c.prereq_languages, c.prereq_skills)
        grants = req.dims.vector(c.grants_languages, c.grants_skills)
        site = int(req.cohort_site[i])
        key = (
            norm_key(c.track),
            norm_key(c.family),
            site,
            tuple(prereq),
            c.min_education,
            tuple(grants),
            c.seats,
            c.min_size,
            cents(c.cost_per_seat),
            cents(c.fixed_cost),
            int(date_key[i]),
            c.cohort_id if c.cohort_id in alone else None,
        )
        if key not in index:
            index[key] = len(groups)
            groups.append(
                SessionGroup(
                    [],
                    c.seats,
                    c.min_size,
                    cents(c.cost_per_seat),
                    cents(c.fixed_cost),
                    norm_key(c.track),
                    norm_key(c.family),
                    site,
                    int(date_key[i]),
                    np.array(prereq, dtype=np.int32),
                    c.min_education,
                    np.array(grants, dtype=np.int32),
                )
            )
        groups[index[key]].cohorts.append(i)
        group_of[i] = index[key]
    return groups, group_of


def _group_roles(dataset, req, date_key, alone):
    groups: list[RoleGroup] = []
    index: dict[tuple, int] = {}
    group_of = np.zeros(len(dataset.roles), dtype=np.int64)
    for i, r in enumerate(dataset.roles):
        need = req.dims.vector(r.req_languages, r.req_skills)
        site = int(req.role_site[i])
        key = (
            norm_key(r.family),
            site,
            tuple(need),
            r.min_education,
            int(date_key[i]),
            r.role_id if r.role_id in alone else None,
        )
        if key not in index:
            index[key] = len(groups)
            groups.append(
                RoleGroup(
                    [],
                    0,
                    norm_key(r.family),
                    site,
                    int(date_key[i]),
                    np.array(need, dtype=np.int32),
                    r.min_education,
                )
            )
        g = groups[index[key]]
        g.roles.append(i)
        g.openings += r.openings
        group_of[i] = index[key]
    return groups, group_of
