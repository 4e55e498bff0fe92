"""Admissibility of (person, session or none, role) with caches keyed on what each rule reads.

``rules.is_admissible`` answers for one person and one pathway; checking 90,000 people against
every held pathway that way is too slow, so each part of ``rules.pathway_misses`` is cached on
the inputs it depends on:

- entry levels: the session's prerequisite class and the person's levels on those dimensions;
- role levels: the session's grants, the role's requirement class and the person's levels on
  the role's dimensions (after a session each level is the higher of person and grant);
- site fit: the person's site and mobility and the place's site text;
- dates: the (session, role) pair.

Every cached value is computed by ``planner.domain.rules`` itself; only the reuse is new. The
held-pathway index below groups pathways by requirement class and sites, so a person tests
each kind of pathway once; the checker's seniority rule and the solver's senior swaps walk it.
"""

from __future__ import annotations

from planner.domain import rules
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


# cohort class -> (a session of it, role class -> (a role of it, (site, site) -> pathways))
Index = dict[tuple, tuple[Cohort | None, dict[int, tuple[Role, dict[tuple, list[Pathway]]]]]]


def held_index(holder: dict[Pathway, str], admission: Admission) -> Index:
    """Group held pathways by requirement classes, then by the sites of session and role."""
    index: Index = {}
    for p in sorted(holder, key=pathway_order):
        cohort = None if p.cohort_id is None else admission.cohorts[p.cohort_id]
        role = admission.roles[p.role_id]
        ckey = (
            None
            if cohort is None
            else (admission.entry_class[cohort.cohort_id], admission.grant_class[cohort.cohort_id])
        )
        _, by_role = index.setdefault(ckey, (cohort, {}))
        _, by_site = by_role.setdefault(admission.need_class[role.role_id], (role, {}))
        sites = (None if cohort is None else cohort.site, role.site)
        by_site.setdefault(sites, []).append(p)
    return index


def fitting_classes(e: Employee, index: Index, admission: Admission):
    """The held pathways (by site pair) of each requirement class whose levels e meets."""
    for cohort, by_role in index.values():
        if cohort is not None and not admission.entry_levels_ok(e, cohort):
            continue
        for role, by_site in by_role.values():
            if admission.role_levels_ok(e, cohort, role):
                yield by_site


def fitting_sites(e: Employee, by_site: dict[tuple, list[Pathway]], admission: Admission):
    """The lists of held pathways whose session and role sites fit e."""
    for (csite, rsite), paths in by_site.items():
        if (csite is None or admission.site_ok(e, csite)) and admission.site_ok(e, rsite):
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
