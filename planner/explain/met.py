"""The requirements a placed person meets on their pathway, as short neutral strings.

Strings read the same in French and English (ids, codes, levels and ``≥``), e.g.
``S03: en B2 ≥ B1`` (session S03 asks B1 English, the person has B2) or ``P12: Rabat`` (the role
is at a site that fits the person), so the interface can show them in either language.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.domain import rules
from planner.domain.levels import EDUCATION, Levels, cefr_name
from planner.domain.records import Cohort, Employee, Role


def _levels(
    target: str,
    have_l: Levels,
    have_s: Levels,
    education: int,
    need_l: Levels,
    need_s: Levels,
    min_education: int,
) -> list[str]:
    out = [
        f"{target}: {code} {cefr_name(have_l.get(code, 0))} ≥ {cefr_name(need)}"
        for code, need in sorted(need_l.items())
        if need > 0 and have_l.get(code, 0) >= need
    ]
    out += [
        f"{target}: {code} {have_s.get(code, 0)} ≥ {need}"
        for code, need in sorted(need_s.items())
        if need > 0 and have_s.get(code, 0) >= need
    ]
    if 0 < min_education <= education:
        out.append(f"{target}: {EDUCATION[education]} ≥ {EDUCATION[min_education]}")
    return out


def met_requirements(
    e: Employee,
    cohort: Cohort | None,
    role: Role,
    site_fits: Callable[[str, bool, str], bool] = rules.site_fits,
) -> tuple[str, ...]:
    """Every requirement of the pathway this person meets (unmet ones are left out).

    ``site_fits`` may be a cached ``rules.site_fits`` (it is called twice per person).
    """
    out: list[str] = []
    if cohort is not None:
        cid = cohort.cohort_id
        out += _levels(
            cid,
            e.languages,
            e.skills,
            e.education,
            cohort.prereq_languages,
            cohort.prereq_skills,
            cohort.min_education,
        )
        if site_fits(e.site, e.mobile, cohort.site):
            out.append(f"{cid}: {cohort.site}")
    languages, skills = rules.profile_after(e, cohort)
    rid = role.role_id
    out += _levels(
        rid, languages, skills, e.education, role.req_languages, role.req_skills, role.min_education
    )
    if site_fits(e.site, e.mobile, role.site):
        out.append(f"{rid}: {role.site}")
    end = None if cohort is None else rules.cohort_end(cohort)
    if end is not None and role.start_date is not None and end <= role.start_date:
        out.append(f"{cohort.cohort_id} → {rid}: {end.isoformat()} ≤ {role.start_date.isoformat()}")
    return tuple(out)
