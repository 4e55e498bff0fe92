"""Which roles and sessions nobody can ever use, vectorised for 20,000 employees.

The rules are those of ``planner.domain.rules`` (levels at least the requirement, levels after a
session the higher of the person's and the granted ones, the site rule of ``rules.site_fits``
with ``rules.is_remote``, dates by ``rules.dates_fit``), written as numpy comparisons over
the distinct profiles. ``validate_reach.unreachable_reference`` applies the rule functions one
person at a time; a test checks both always agree.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from planner.domain import rules
from planner.domain.levels import Levels, norm_key
from planner.domain.records import Cohort, Employee, Role


class ReachProfiles:
    """Distinct employees as a matrix: one column per language, skill and education."""

    def __init__(self, employees: Iterable[Employee], cohorts: list[Cohort], roles: list[Role]):
        places = [*cohorts, *roles]
        self.dims: dict[tuple[str, str], int] = {}
        for item in places:
            for kind, levels in _requirement_maps(item):
                for code in levels:
                    self.dims.setdefault((kind, code), len(self.dims))
        self.education = len(self.dims)
        sites = {norm_key(x.site): i + 1 for i, x in enumerate(places)}
        self.site_ids = sites
        rows = [self._row(person, sites) for person in employees]
        width = len(self.dims) + 3
        matrix = np.array(rows, dtype=np.int32).reshape(len(rows), width)
        self.matrix = np.unique(matrix, axis=0) if len(rows) else matrix

    def _row(self, person: Employee, sites: dict[str, int]) -> list[int]:
        row = [0] * (len(self.dims) + 3)
        for kind, levels in (("language", person.languages), ("skill", person.skills)):
            for code, level in levels.items():
                dim = self.dims.get((kind, code))
                if dim is not None:
                    row[dim] = level
        row[self.education] = person.education
        row[-2] = 0 if person.mobile else sites.get(norm_key(person.site), -1)
        row[-1] = int(person.mobile)
        return row

    def fits(self, site: str) -> np.ndarray:
        """Mask of rule site_fit: remote place, same site, or mobile person."""
        if rules.is_remote(site):
            return np.ones(len(self.matrix), dtype=bool)
        same = self.matrix[:, -2] == self.site_ids.get(norm_key(site), -2)
        return same | (self.matrix[:, -1] == 1)

    def meets(
        self,
        languages: Levels,
        skills: Levels,
        education: int,
        grants: tuple[Levels, Levels] | None = None,
        rows=slice(None),
    ) -> np.ndarray:
        """Mask of profiles whose levels (raised by ``grants``) meet the requirements."""
        mask = self.matrix[rows, self.education] >= education
        for kind, need, granted in (
            ("language", languages, grants[0] if grants else {}),
            ("skill", skills, grants[1] if grants else {}),
        ):
            for code, level in need.items():
                if granted.get(code, 0) >= level:
                    continue
                dim = self.dims.get((kind, code))
                mask &= (self.matrix[rows, dim] >= level) if dim is not None else False
        return mask


def _requirement_maps(item: Cohort | Role) -> list[tuple[str, Levels]]:
    if isinstance(item, Cohort):
        return [
            ("language", item.prereq_languages),
            ("skill", item.prereq_skills),
            ("language", item.grants_languages),
            ("skill", item.grants_skills),
        ]
    return [("language", item.req_languages), ("skill", item.req_skills)]


def unreachable(
    employees: Iterable[Employee], cohorts: list[Cohort], roles: list[Role]
) -> tuple[list[Cohort], list[Role]]:
    """Sessions no employee may enter, and roles no employee may reach by any pathway."""
    people = ReachProfiles(employees, cohorts, roles)
    admitted = {
        c.cohort_id: np.flatnonzero(
            people.meets(c.prereq_languages, c.prereq_skills, c.min_education) & people.fits(c.site)
        )
        for c in cohorts
    }
    dead_cohorts = [c for c in cohorts if not len(admitted[c.cohort_id])]
    dead_roles = [role for role in roles if not _reachable(people, role, cohorts, admitted)]
    return dead_cohorts, dead_roles


def _reachable(
    people: ReachProfiles, role: Role, cohorts: list[Cohort], admitted: dict[str, np.ndarray]
) -> bool:
    fits = people.fits(role.site)
    need = (role.req_languages, role.req_skills, role.min_education)
    if (people.meets(*need) & fits).any():
        return True
    for cohort in cohorts:
        rows = admitted[cohort.cohort_id]
        if len(rows) and rules.dates_fit(cohort, role):
            grants = (cohort.grants_languages, cohort.grants_skills)
            if (people.meets(*need, grants=grants, rows=rows) & fits[rows]).any():
                return True
    return False
