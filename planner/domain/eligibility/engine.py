"""``Eligibility``: one catalogue's requirement classes, a set of people's profiles, and the
rules' answers for all of them, each computed once when first asked for.

Answers are per profile and class; a pathway (session ``c``, role ``r``) is admissible for
person ``i`` with profile ``u = profile[i]`` and site row ``s = site_row[u]`` iff
``pairs[u, cohort_class[c], role_class[r]] and fit_cohorts[s, c] and fit_roles[s, r] and
dates[c, r]``; a direct move iff ``pairs[u, TC, role_class[r]] and fit_roles[s, r]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import numpy as np

from planner.domain.eligibility import kernels
from planner.domain.eligibility.profiles import Profiles, build_profiles
from planner.domain.eligibility.requirements import Requirements, build_requirements
from planner.domain.records import Cohort, Dataset, Employee, Role


class Eligibility:
    """The admissibility engine for ``employees`` against ``cohorts`` and ``roles``."""

    def __init__(
        self, employees: Sequence[Employee], cohorts: Sequence[Cohort], roles: Sequence[Role]
    ) -> None:
        self.requirements: Requirements = build_requirements(cohorts, roles)
        req = self.requirements
        self.people: Profiles = build_profiles(employees, req.dims, req.sites)

    @classmethod
    def of(cls, dataset: Dataset) -> Eligibility:
        return cls(dataset.employees, dataset.cohorts, dataset.roles)

    @cached_property
    def entry(self) -> np.ndarray:
        """[P, TC]: rule entry_requirements (levels and education), site aside."""
        p, req = self.people, self.requirements
        return kernels.meets(p.levels, p.education, req.entry_need, req.entry_edu)

    @cached_property
    def pairs(self) -> np.ndarray:
        """[P, TC + 1, TR]: the level rules of a session class then a role class; index TC
        is a role without a session."""
        p, req = self.people, self.requirements
        out = kernels.after_ok(p.levels, p.education, req.grants, req.role_need, req.role_edu)
        out[:, :-1] &= self.entry[:, :, None]
        return out

    @property
    def via(self) -> np.ndarray:
        """[P, TC, TR]: ``pairs`` through a session class."""
        return self.pairs[:, :-1]

    @property
    def direct(self) -> np.ndarray:
        """[P, TR]: ``pairs`` without a session."""
        return self.pairs[:, -1]

    @cached_property
    def site_classes(self) -> tuple[np.ndarray, np.ndarray]:
        """The distinct site classes of the profiles [S], and each profile's row among them
        [P]: the rows of ``fit_cohorts`` and ``fit_roles``."""
        classes, row = np.unique(self.people.site, return_inverse=True)
        return classes, row.reshape(-1)

    @property
    def site_row(self) -> np.ndarray:
        return self.site_classes[1]

    def site_slices(self) -> list[slice]:
        """The profiles of each site class, in ``site_classes`` order: profiles come sorted
        by site class, so each class is one slice."""
        bounds = np.searchsorted(self.site_row, np.arange(len(self.site_classes[0]) + 1))
        return [slice(a, b) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]

    def any_per_site(self, answers: np.ndarray) -> np.ndarray:
        """[S, ...]: some profile of each site class has the answer (``answers``: [P, ...])."""
        out = np.empty((len(self.site_classes[0]), *answers.shape[1:]), dtype=bool)
        for s, rows in enumerate(self.site_slices()):
            out[s] = answers[rows].any(axis=0)
        return out

    @cached_property
    def fit_cohorts(self) -> np.ndarray:
        """[S, C]: rule site_fit between each site class and each session."""
        return kernels.site_fit(self.site_classes[0], self.requirements.cohort_site)

    @cached_property
    def fit_roles(self) -> np.ndarray:
        """[S, R]: rule site_fit between each site class and each role."""
        return kernels.site_fit(self.site_classes[0], self.requirements.role_site)

    @cached_property
    def dates(self) -> np.ndarray:
        """[C, R]: rule dates between each session and each role."""
        return kernels.dates_ok(self.requirements.end_key, self.requirements.start_key)

    def gaps(self, persons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For some people (indices): the ``Miss.size`` sums of the level rules, [K, TC] to
        enter each session class and [K, TC + 1, TR] for each role class after it (TC: none),
        from their raw levels."""
        p, req = self.people, self.requirements
        levels, education = p.raw_levels[persons], p.raw_education[persons]
        return (
            kernels.entry_gaps(levels, education, req.entry_need, req.entry_edu),
            kernels.role_gaps(levels, education, req.grants, req.role_need, req.role_edu),
        )
