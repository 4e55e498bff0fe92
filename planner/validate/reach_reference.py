"""Which roles and sessions nobody can ever use: fast on 20,000 employees.

Only the features the rules look at matter, and only up to the thresholds the catalogue
uses: a C2 speaker and a C1 speaker are the same person for a catalogue whose highest
English requirement is B2. Employees are projected onto those thresholds and deduplicated,
and the projected profiles go through the very functions of ``planner.domain.rules`` that the
optimizer and the checker use, so this warning can never disagree with them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from planner.domain import rules
from planner.domain.levels import Levels, norm_key
from planner.domain.records import Cohort, Employee, Role

ELSEWHERE = "\x00elsewhere"  # a site where no session or role is held


def _thresholds(maps: Iterable[Levels]) -> dict[str, list[int]]:
    out: dict[str, set[int]] = {}
    for levels in maps:
        for code, level in levels.items():
            out.setdefault(code, {0}).add(level)
    return {code: sorted(values) for code, values in out.items()}


def _project(levels: Levels, thresholds: dict[str, list[int]]) -> tuple:
    """Each level lowered to the highest threshold it reaches; other codes dropped."""
    out = []
    for code, steps in thresholds.items():
        level = steps[bisect_right(steps, levels.get(code, 0)) - 1]
        if level:
            out.append((code, level))
    return tuple(out)


def profiles(
    employees: Iterable[Employee], cohorts: list[Cohort], roles: list[Role]
) -> list[Employee]:
    """Distinct projected employees: enough to decide who could reach what."""
    languages = _thresholds(
        [c.prereq_languages for c in cohorts]
        + [r.req_languages for r in roles]
        + [c.grants_languages for c in cohorts]
    )
    skills = _thresholds(
        [c.prereq_skills for c in cohorts]
        + [r.req_skills for r in roles]
        + [c.grants_skills for c in cohorts]
    )
    education = sorted({0} | {x.min_education for x in [*cohorts, *roles]})
    sites = {norm_key(x.site) for x in [*cohorts, *roles]}
    seen = {}
    for person in employees:
        site = norm_key(person.site) if norm_key(person.site) in sites else ELSEWHERE
        key = (
            _project(person.languages, languages),
            _project(person.skills, skills),
            education[bisect_right(education, person.education) - 1],
            "" if person.mobile else site,
            person.mobile,
        )
        if key not in seen:
            seen[key] = Employee(
                f"profile{len(seen)}", key[3], 0.0, dict(key[0]), dict(key[1]), key[2], key[4]
            )
    return list(seen.values())


def unreachable_reference(
    employees: Iterable[Employee], cohorts: list[Cohort], roles: list[Role]
) -> tuple[list[Cohort], list[Role]]:
    """Sessions nobody may enter and roles nobody may reach, straight from ``rules``.

    The reference the fast version is tested against; too slow for 20,000 varied people.
    """
    people = profiles(employees, cohorts, roles)
    admitted = {c.cohort_id: [p for p in people if not rules.entry_misses(p, c)] for c in cohorts}
    dead_cohorts = [c for c in cohorts if not admitted[c.cohort_id]]
    graduates = {c.cohort_id: _after(admitted[c.cohort_id], c) for c in cohorts}
    dead_roles = []
    for role in roles:
        if any(not rules.role_misses(p, role) for p in people):
            continue
        if not any(
            rules.dates_fit(c, role)
            and any(not rules.role_misses(p, role, c) for p in graduates[c.cohort_id])
            for c in cohorts
        ):
            dead_roles.append(role)
    return dead_cohorts, dead_roles


def _after(people: list[Employee], cohort: Cohort) -> list[Employee]:
    """Admitted profiles deduplicated on what they will have after the session."""
    seen = {}
    for person in people:
        languages, skills = rules.profile_after(person, cohort)
        key = (
            tuple(sorted(languages.items())),
            tuple(sorted(skills.items())),
            person.education,
            person.site,
            person.mobile,
        )
        seen.setdefault(key, person)
    return list(seen.values())
