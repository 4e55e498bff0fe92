"""The admissibility rules of PRODUCT.md as plain functions, shared by every module.

The optimizer prepares its model from these, the independent checker re-verifies plans with
them, and the explanations quote their misses. Each rule has a stable name (the constants
below) used by the code, its tests and the sentence shown to a user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.levels import REMOTE, Levels, cefr_name, norm_key
from planner.domain.records import Cohort, Employee, Role, Settings

# Rule names: one vocabulary for code, tests, checker and explanations.
ONE_PATHWAY = "one_pathway"
ENTRY_REQUIREMENTS = "entry_requirements"
ROLE_REQUIREMENTS = "role_requirements"
SITE_FIT = "site_fit"
DATES = "dates"
SEATS = "seats"
OPENINGS = "openings"
BUDGET = "budget"
MIN_SIZE = "min_size"
LOCKS = "locks"
BANS = "bans"
ALL_RULES = (
    ONE_PATHWAY,
    ENTRY_REQUIREMENTS,
    ROLE_REQUIREMENTS,
    SITE_FIT,
    DATES,
    SEATS,
    OPENINGS,
    BUDGET,
    MIN_SIZE,
    LOCKS,
    BANS,
)

REMOTE_KEY = norm_key(REMOTE)
REMOTE_ALIASES = frozenset({REMOTE_KEY, "distanciel", "a distance", "teletravail", "online"})


@dataclass(frozen=True, slots=True)
class Miss:
    """One unmet requirement: which rule, against which session or role, what was needed.

    ``kind`` is ``language``, ``skill``, ``education``, ``site`` or ``dates``; ``need`` and
    ``have`` are level integers (or 0/1 for site and dates). ``size`` orders misses so the
    nearest miss of a person is the smallest total gap.
    """

    rule: str
    target_id: str
    kind: str
    code: str
    need: int
    have: int

    @property
    def size(self) -> int:
        return max(1, self.need - self.have)

    def describe(self) -> str:
        """English sentence, e.g. ``language en B2 required by cohort X, has A2``."""
        if self.kind == "language":
            return (
                f"language {self.code} {cefr_name(self.need)} required by {self.target_id}, "
                f"has {cefr_name(self.have)}"
            )
        if self.kind in ("skill", "education"):
            label = self.code if self.kind == "skill" else "education"
            return f"{label} level {self.need} required by {self.target_id}, has {self.have}"
        if self.kind == "site":
            return f"{self.target_id} is at {self.code}, not the person's site and not mobile"
        return f"{self.target_id} starts before the session ends"


def is_remote(site: str) -> bool:
    """A session or role is remote when its site says so (English or French)."""
    return norm_key(site) in REMOTE_ALIASES


def site_fits(person_site: str, mobile: bool, place_site: str) -> bool:
    """Rule site_fit: remote, same city, or a mobile person."""
    return mobile or is_remote(place_site) or norm_key(person_site) == norm_key(place_site)


def is_senior(employee: Employee, settings: Settings) -> bool:
    """Seniority as PRODUCT.md defines it: tenure at least ``seniority_years``."""
    return employee.tenure_years >= settings.seniority_years


def raise_levels(have: Levels, grants: Levels) -> dict[str, int]:
    """Each level becomes the higher of the person's and the granted one."""
    out = dict(have)
    for code, level in grants.items():
        if level > out.get(code, 0):
            out[code] = level
    return out


def profile_after(employee: Employee, cohort: Cohort | None) -> tuple[Levels, Levels]:
    """Languages and skills of a person after a session (unchanged without one)."""
    if cohort is None:
        return employee.languages, employee.skills
    return (
        raise_levels(employee.languages, cohort.grants_languages),
        raise_levels(employee.skills, cohort.grants_skills),
    )


def level_misses(rule: str, target: str, kind: str, have: Levels, need: Levels) -> list[Miss]:
    """Every required level the person lacks, in code order."""
    return [
        Miss(rule, target, kind, code, level, have.get(code, 0))
        for code, level in sorted(need.items())
        if have.get(code, 0) < level
    ]


def entry_misses(employee: Employee, cohort: Cohort) -> list[Miss]:
    """Rule entry_requirements (and site_fit) for entering a session."""
    target = cohort.cohort_id
    misses = level_misses(
        ENTRY_REQUIREMENTS, target, "language", employee.languages, cohort.prereq_languages
    )
    misses += level_misses(
        ENTRY_REQUIREMENTS, target, "skill", employee.skills, cohort.prereq_skills
    )
    if employee.education < cohort.min_education:
        misses.append(
            Miss(
                ENTRY_REQUIREMENTS,
                target,
                "education",
                "education",
                cohort.min_education,
                employee.education,
            )
        )
    if not site_fits(employee.site, employee.mobile, cohort.site):
        misses.append(Miss(SITE_FIT, target, "site", cohort.site, 1, 0))
    return misses


def role_misses(employee: Employee, role: Role, cohort: Cohort | None = None) -> list[Miss]:
    """Rule role_requirements (and site_fit) on the profile after the session, if any."""
    languages, skills = profile_after(employee, cohort)
    target = role.role_id
    misses = level_misses(ROLE_REQUIREMENTS, target, "language", languages, role.req_languages)
    misses += level_misses(ROLE_REQUIREMENTS, target, "skill", skills, role.req_skills)
    if employee.education < role.min_education:
        misses.append(
            Miss(
                ROLE_REQUIREMENTS,
                target,
                "education",
                "education",
                role.min_education,
                employee.education,
            )
        )
    if not site_fits(employee.site, employee.mobile, role.site):
        misses.append(Miss(SITE_FIT, target, "site", role.site, 1, 0))
    return misses


def cohort_end(cohort: Cohort) -> date | None:
    """Last day of a session: start plus its duration in weeks."""
    if cohort.start_date is None:
        return None
    return cohort.start_date + timedelta(weeks=cohort.duration_weeks)


def dates_fit(cohort: Cohort | None, role: Role) -> bool:
    """Rule dates: with both dates known, the session ends on or before the role starts."""
    if cohort is None or role.start_date is None:
        return True
    end = cohort_end(cohort)
    return end is None or end <= role.start_date


def pathway_misses(employee: Employee, cohort: Cohort | None, role: Role) -> list[Miss]:
    """All the reasons a pathway is not admissible for a person; empty means admissible."""
    misses = entry_misses(employee, cohort) if cohort is not None else []
    misses += role_misses(employee, role, cohort)
    if not dates_fit(cohort, role):
        misses.append(Miss(DATES, role.role_id, "dates", cohort.cohort_id, 1, 0))
    return misses


def is_admissible(employee: Employee, cohort: Cohort | None, role: Role) -> bool:
    """True when the person may follow this pathway (rules entry, role, site, dates)."""
    return not pathway_misses(employee, cohort, role)


def wish_rank(employee: Employee, cohort: Cohort | None, role: Role) -> int | None:
    """0-based rank of the first wish the pathway fulfils, None when it fulfils none.

    A wish names a family or a track; it is fulfilled by the session's track or family or
    by the role's family (compared case- and accent-insensitively).
    """
    return rank_of_wishes(employee.wishes, cohort, role)


def rank_of_wishes(wishes: tuple[str, ...], cohort: Cohort | None, role: Role) -> int | None:
    """``wish_rank`` for a bare wish list (the optimizer ranks groups of people at once)."""
    keys = {norm_key(role.family)}
    if cohort is not None:
        keys.update((norm_key(cohort.track), norm_key(cohort.family)))
    for rank, wish in enumerate(wishes):
        if norm_key(wish) in keys:
            return rank
    return None


def wish_points(rank: int | None, max_wishes: int = 3) -> int:
    """Objective points for a fulfilled wish: first wish 3, second 2, third 1, none 0."""
    if rank is None or rank >= max_wishes:
        return 0
    return max_wishes - rank
