"""Sessions and roles as arrays: requirement classes, sites and dates.

At 90,000 agents the sample has 2,250 sessions and 3,000 roles, but sessions of one track share
their prerequisites and grants and roles of one template share their requirements: people are
compared with a few dozen *requirement classes*, and site and dates per place. A pathway is
admissible iff its classes, its sites and its dates all are, so the factors recombine exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from planner.domain.eligibility.dims import Dims, SiteIndex, requirement_dims
from planner.domain.records import Cohort, Role
from planner.domain.rules import cohort_end

NO_DATE_END = -1  # a session without a start date ends "before" every role
NO_DATE_START = 10**7  # a role without a start date starts "after" every session


@dataclass(slots=True)
class Requirements:
    """Requirement classes (first-seen order), place sites and date keys of a catalogue.

    A session class is (prerequisites, ``min_education``, grants on the dimensions), a role
    class (requirements, ``min_education``). Levels are raw (needs are thresholds anyway;
    grants stay raw so that gaps are the rules' ``Miss.size``).
    """

    dims: Dims
    sites: SiteIndex
    cohorts: tuple[Cohort, ...]
    roles: tuple[Role, ...]
    cohort_class: np.ndarray  # [C] session class
    role_class: np.ndarray  # [R] role class
    entry_need: np.ndarray  # [TC, D] prerequisite levels per session class
    entry_edu: np.ndarray  # [TC]
    grants: np.ndarray  # [TC, D] granted levels per session class
    role_need: np.ndarray  # [TR, D] required levels per role class
    role_edu: np.ndarray  # [TR]
    cohort_site: np.ndarray  # [C] ``SiteIndex.place`` of each session
    role_site: np.ndarray  # [R]
    end_key: np.ndarray  # [C] last day of each session as an ordinal, NO_DATE_END without one
    start_key: np.ndarray  # [R] first day of each role as an ordinal, NO_DATE_START without one

    @property
    def n_cohort_classes(self) -> int:
        return self.entry_need.shape[0]

    @property
    def n_role_classes(self) -> int:
        return self.role_need.shape[0]

    def class_members(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Sessions of each session class and roles of each role class, in sheet order."""
        return (
            [np.flatnonzero(self.cohort_class == k) for k in range(self.n_cohort_classes)],
            [np.flatnonzero(self.role_class == k) for k in range(self.n_role_classes)],
        )


def build_requirements(cohorts: Sequence[Cohort], roles: Sequence[Role]) -> Requirements:
    """Classes, sites and dates of a catalogue (sessions and roles in sheet order)."""
    dims = requirement_dims(cohorts, roles)
    sites = SiteIndex()
    cohort_class, tcs = _classes(
        [
            (
                *dims.raw(c.prereq_languages, c.prereq_skills),
                c.min_education,
                *dims.raw(c.grants_languages, c.grants_skills),
            )
            for c in cohorts
        ],
        2 * dims.size + 1,
    )
    role_rows = [(*dims.raw(r.req_languages, r.req_skills), r.min_education) for r in roles]
    role_class, trs = _classes(role_rows, dims.size + 1)
    d = dims.size
    return Requirements(
        *(dims, sites, tuple(cohorts), tuple(roles), cohort_class, role_class),
        *(tcs[:, :d], tcs[:, d], tcs[:, d + 1 :], trs[:, :d], trs[:, d]),
        _ints([sites.place(c.site) for c in cohorts]),
        _ints([sites.place(r.site) for r in roles]),
        *_date_ordinals(cohorts, roles),
    )


def _date_ordinals(cohorts: Sequence[Cohort], roles: Sequence[Role]) -> tuple[np.ndarray, ...]:
    """``end_key`` and ``start_key`` of ``Requirements``."""
    ends = [cohort_end(c) for c in cohorts]
    return (
        _ints([NO_DATE_END if x is None else x.toordinal() for x in ends]),
        _ints([NO_DATE_START if r.start_date is None else r.start_date.toordinal() for r in roles]),
    )


def _classes(rows: list[tuple], width: int) -> tuple[np.ndarray, np.ndarray]:
    """Class index per row (first-seen order) and the distinct rows, [K, width]."""
    seen: dict[tuple, int] = {}
    index = _ints([seen.setdefault(row, len(seen)) for row in rows])
    return index, np.array(list(seen), dtype=np.int64).reshape(len(seen), width)


def _ints(values: list[int]) -> np.ndarray:
    return np.array(values, dtype=np.int64).reshape(len(values))


def date_keys(requirements: Requirements) -> tuple[np.ndarray, np.ndarray]:
    """Rule dates as ranks: a session may precede a role iff key(session) <= key(role).

    Role key: rank of its start date among the distinct role start dates (none: one past the
    last). Session key: rank of the first role start on or after its end (no date: 0).
    """
    starts = np.unique(requirements.start_key[requirements.start_key != NO_DATE_START])
    role_key = np.searchsorted(starts, requirements.start_key)
    role_key[requirements.start_key == NO_DATE_START] = len(starts) + 1
    cohort_key = np.searchsorted(starts, requirements.end_key)
    cohort_key[requirements.end_key == NO_DATE_END] = 0
    return cohort_key.astype(np.int64), role_key.astype(np.int64)
