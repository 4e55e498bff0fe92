"""Admissibility of one person and pathway, cached; and the index of held pathways.

``Admission`` answers ``rules.is_admissible`` for one (person, session or none, role), with each
part of ``rules.pathway_misses`` cached on the inputs it reads:

- entry levels: the session's prerequisite class and the person's levels on those dimensions;
- role levels: the session's grants, the role's requirement class and the person's levels on
  the role's dimensions (after a session each level is the higher of person and grant);
- site fit: the person's site and mobility and the place's site text;
- dates: the (session, role) pair.

Every cached value is computed by ``planner.domain.rules`` itself; only the reuse is new: this is
the plain per-person path of the independent checker (and of the tenure-ordered greedy), and no
answer of ``Admission`` comes from the admissibility engine.

The held-pathway index is the engine's (``planner.domain.eligibility``): held pathways grouped by
requirement class pair, then by the sites of session and role, so a person tests each class pair
once, all pairs in one comparison per distinct reading of their levels. The checker's seniority
rule and the solver's senior swaps walk it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from planner.domain import rules
from planner.domain.eligibility import kernels
from planner.domain.eligibility.dims import Dims, fits
from planner.domain.eligibility.requirements import Requirements, build_requirements
from planner.domain.levels import Levels
from planner.domain.plan import Pathway
from planner.domain.records import Cohort, Dataset, Employee, Role


def _items(levels: Levels) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(levels.items()))


def _class_ids(keys: list[tuple]) -> list[int]:
    """Small integer per distinct key, in first-seen order."""
    seen: dict[tuple, int] = {}
    return [seen.setdefault(k, len(seen)) for k in keys]


class Admission:
    """Cached admissibility of (employee, session or None, role), identical to the rules."""

    def __init__(self, dataset: Dataset) -> None:
        self.cohorts = {c.cohort_id: c for c in dataset.cohorts}
        self.roles = {r.role_id: r for r in dataset.roles}
        cohorts, roles = list(self.cohorts.values()), list(self.roles.values())
        entry = _class_ids(
            [
                (_items(c.prereq_languages), _items(c.prereq_skills), c.min_education)
                for c in cohorts
            ]
        )
        grants = _class_ids(
            [(_items(c.grants_languages), _items(c.grants_skills)) for c in cohorts]
        )
        need = _class_ids(
            [(_items(r.req_languages), _items(r.req_skills), r.min_education) for r in roles]
        )
        self.entry_class = {c.cohort_id: k for c, k in zip(cohorts, entry, strict=True)}
        self.grant_class = {c.cohort_id: k for c, k in zip(cohorts, grants, strict=True)}
        self.need_class = {r.role_id: k for r, k in zip(roles, need, strict=True)}
        self._codes = {
            ("entry", k): (sorted(c.prereq_languages), sorted(c.prereq_skills))
            for c, k in zip(cohorts, entry, strict=True)
        }
        self._codes.update(
            {
                ("role", k): (sorted(r.req_languages), sorted(r.req_skills))
                for r, k in zip(roles, need, strict=True)
            }
        )
        self._levels: dict[tuple, bool] = {}
        self._sites: dict[tuple, bool] = {}
        self._dates: dict[tuple, bool] = {}

    @cached_property
    def requirements(self) -> Requirements:
        """The engine's classes and sites of this catalogue, for the held-pathway index."""
        return build_requirements(list(self.cohorts.values()), list(self.roles.values()))

    def entry_levels_ok(self, e: Employee, c: Cohort) -> bool:
        """Rule entry_requirements alone (languages, skills, education), site set aside."""
        cls = self.entry_class[c.cohort_id]
        key = ("entry", cls, _project(e, *self._codes[("entry", cls)]))
        ok = self._levels.get(key)
        if ok is None:
            ok = all(m.rule != rules.ENTRY_REQUIREMENTS for m in rules.entry_misses(e, c))
            self._levels[key] = ok
        return ok

    def role_levels_ok(self, e: Employee, c: Cohort | None, r: Role) -> bool:
        """Rule role_requirements alone, on the profile after the session, site set aside."""
        grants = None if c is None else self.grant_class[c.cohort_id]
        need = self.need_class[r.role_id]
        key = ("role", grants, need, _project(e, *self._codes[("role", need)]))
        ok = self._levels.get(key)
        if ok is None:
            ok = all(m.rule != rules.ROLE_REQUIREMENTS for m in rules.role_misses(e, r, c))
            self._levels[key] = ok
        return ok

    def site_ok(self, e: Employee, place_site: str) -> bool:
        """Rule site_fit, cached per (person site, mobility, place site)."""
        key = (e.site, e.mobile, place_site)
        ok = self._sites.get(key)
        if ok is None:
            ok = self._sites[key] = rules.site_fits(e.site, e.mobile, place_site)
        return ok

    def dates_ok(self, c: Cohort | None, r: Role) -> bool:
        """Rule dates, cached per (session, role)."""
        if c is None:
            return True
        key = (c.cohort_id, r.role_id)
        ok = self._dates.get(key)
        if ok is None:
            ok = self._dates[key] = rules.dates_fit(c, r)
        return ok

    def admissible(self, e: Employee, c: Cohort | None, r: Role) -> bool:
        """Same answer as ``rules.is_admissible(e, c, r)``."""
        if c is not None and not (self.site_ok(e, c.site) and self.entry_levels_ok(e, c)):
            return False
        return self.site_ok(e, r.site) and self.dates_ok(c, r) and self.role_levels_ok(e, c, r)


def _project(e: Employee, languages: list[str], skills: list[str]) -> tuple:
    """The person's levels on the dimensions a requirement mentions, and education."""
    have_l, have_s = e.languages, e.skills
    return (
        tuple([have_l.get(code, 0) for code in languages]),
        tuple([have_s.get(code, 0) for code in skills]),
        e.education,
    )


def pathway_order(p: Pathway) -> tuple[str, str]:
    """Direct moves first, then by session id, then role id."""
    return (p.cohort_id or "", p.role_id)


BySite = dict[tuple[int | None, int], list[Pathway]]  # (session site, role site) -> pathways


@dataclass(slots=True)
class Index:
    """Held pathways per requirement class pair (first seen in ``pathway_order``), then per
    site pair, with the class arrays ``kernels.listed_pairs_ok`` compares a person with."""

    dims: Dims
    by_site: list[BySite]
    need: tuple[np.ndarray, ...]  # per class pair: entry need and education, grants, role ...
    answers: dict[tuple, np.ndarray]  # a person's bucketed levels -> the class pairs they meet

    def meeting(self, e: Employee) -> np.ndarray:
        """The class pairs whose level rules e meets, once per distinct reading."""
        key = (*self.dims.vector(e.languages, e.skills), self.dims.floor_one(e.education))
        found = self.answers.get(key)
        if found is None:
            levels = np.array(key[:-1], dtype=np.int64).reshape(1, -1)
            ok = kernels.listed_pairs_ok(levels, np.array(key[-1:], dtype=np.int64), *self.need)
            found = self.answers[key] = np.flatnonzero(ok[0])
        return found


def held_index(holder: dict[Pathway, str], admission: Admission) -> Index:
    """Group held pathways by requirement class pair, then by the sites of session and role."""
    req = admission.requirements
    cohort_at = {c.cohort_id: i for i, c in enumerate(req.cohorts)}
    role_at = {r.role_id: j for j, r in enumerate(req.roles)}
    pairs: dict[tuple[int, int], BySite] = {}
    for p in sorted(holder, key=pathway_order):
        i = None if p.cohort_id is None else cohort_at[p.cohort_id]
        j = role_at[p.role_id]
        tc = -1 if i is None else int(req.cohort_class[i])
        by_site = pairs.setdefault((tc, int(req.role_class[j])), {})
        sites = (None if i is None else int(req.cohort_site[i]), int(req.role_site[j]))
        by_site.setdefault(sites, []).append(p)
    return Index(req.dims, list(pairs.values()), _pair_arrays(req, list(pairs)), {})


def _pair_arrays(req: Requirements, pairs: list[tuple[int, int]]) -> tuple[np.ndarray, ...]:
    """The arrays of ``kernels.listed_pairs_ok`` for class pairs; session class -1 is none."""
    tc = np.array([k[0] for k in pairs], dtype=np.int64)
    tr = np.array([k[1] for k in pairs], dtype=np.int64)
    none = np.zeros((1, req.dims.size), dtype=np.int64)
    anyone = np.iinfo(np.int64).min  # the education of no entry requirement
    return (
        np.vstack([req.entry_need, none])[tc],
        np.append(req.entry_edu, anyone)[tc],
        np.vstack([req.grants, none])[tc],
        req.role_need[tr].reshape(len(pairs), req.dims.size),
        req.role_edu[tr],
    )


def fitting_classes(e: Employee, index: Index, admission: Admission):
    """The held pathways (by site pair) of each class pair whose level rules e meets."""
    for k in index.meeting(e):
        yield index.by_site[k]


def fitting_sites(e: Employee, by_site: BySite, admission: Admission):
    """The lists of held pathways whose session and role sites fit e."""
    person = admission.requirements.sites.person(e.site, e.mobile)
    for (csite, rsite), paths in by_site.items():
        if (csite is None or fits(person, csite)) and fits(person, rsite):
            yield paths


def person_key(e: Employee) -> tuple:
    """Everything the rules read from a person: two people with equal keys admit the same."""
    return (
        e.site,
        e.mobile,
        tuple(sorted(e.languages.items())),
        tuple(sorted(e.skills.items())),
        e.education,
    )
