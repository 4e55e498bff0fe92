"""Open roles of a shape-parameterised workbook.

One role row per ``people_per_role`` people, openings totalling ``openings_per_person`` x n.
A ``direct_share`` of rows are open to agents as they are (requirements at the population's
level, raised by ``severity``); the others are fed by a track (its grants, some of its entry
requirements, sometimes one more). ``date_cut`` is the share of rows starting within their
feeder sessions' calendar rather than after all of it, which rules out the later sessions.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from planner.domain.levels import REMOTE
from planner.domain.records import Cohort, Role
from planner.domain.rules import cohort_end
from planner.sample.shape_catalogue import PLAN_START, monday, place, spread_total
from planner.sample.shape_people import Population
from planner.sample.shape_tracks import (
    LANGUAGE_LABELS,
    Reach,
    TrackSpec,
    common_codes,
    requirement,
    severe_share,
)
from planner.sample.shape_vocab import FAMILIES, TITLES, pick, stream

DIRECT_SHARE = 0.5  # share of people meeting one requirement of a direct role at severity 0
EXTRA_SHARE = 0.7  # same, for the one requirement a role may add to its track's grants


def roles(
    seed: int, pop: Population, shape, specs, cohorts: tuple[Cohort, ...]
) -> tuple[Role, ...]:
    """The role rows; trained-for ones pick a track weighted by its seats (damped)."""
    count = max(3, round(pop.size / shape.people_per_role))
    openings = spread_total(
        stream(seed, "openings"), shape.openings_per_person * pop.size, count, 0.7
    )
    by_track = {s.name: [c for c in cohorts if c.track == s.name] for s in specs}
    seats = np.array([sum(c.seats for c in by_track[s.name]) for s in specs], dtype=float)
    reach = Reach.of(pop)
    width = max(4, len(str(count)))
    out = []
    for i in range(count):
        rng = stream(seed, "role", i)
        u = rng.random(11)
        if u[0] < shape.direct_share:
            req = direct_requirements(rng, pop, reach, shape.severity)
            family, feeders = FAMILIES[pick(np.ones(len(FAMILIES)), u[1])], []
            start = direct_start(u, shape)
        else:
            spec = specs[pick(np.sqrt(seats), u[1])]
            req = trained_requirements(rng, pop, reach, shape.severity, spec)
            family, feeders = spec.family, by_track[spec.name]
            start = trained_start(u, shape, feeders)
        role_id = f"P{i + 1:0{width}d}"
        out.append(role(u, role_id, family, int(openings[i]), req, start, feeders, shape, pop))
    return tuple(out)


def role(u, role_id, family, openings, req, start, feeders, shape, pop) -> Role:
    languages, skills, education = req
    site = place(u[2], u[3], shape.remote_share, pop)
    local = [c.site for c in feeders if c.site != REMOTE]
    if site != REMOTE and local and u[4] < 0.4:
        site = local[int(u[5] * len(local))]  # employers hire where providers train
    titles = TITLES[family]
    title = titles[int(u[6] * len(titles))]
    foreign = [LANGUAGE_LABELS[c] for c in languages if c in LANGUAGE_LABELS]
    if family == "multilingual_support" and foreign:
        title = f"{title} ({foreign[0].lower()})"
    return Role(
        role_id=role_id,
        title=title,
        family=family,
        site=site,
        openings=openings,
        req_languages=languages,
        req_skills=skills,
        min_education=education,
        start_date=start,
        monthly_salary_mad=float(round(4000 + 8000 * u[7], -2)),
    )


def direct_requirements(rng, pop: Population, reach: Reach, severity: float) -> list:
    """2-3 requirements on French, a spoken language, education or common skills."""
    options = ["fr", *pop.language_codes[2:], "education", *common_codes(pop.skill_codes)]
    req: list = [{}, {}, 0]
    share = severe_share(DIRECT_SHARE, severity)
    for code in rng.choice(options, min(len(options), int(rng.integers(2, 4))), replace=False):
        requirement(reach, share, str(code), req)
    return req


def trained_requirements(rng, pop, reach: Reach, severity: float, spec: TrackSpec) -> list:
    """The track's grants (a notch lower at times), some of its entry requirements (which
    every trainee meets), and sometimes one more requirement that not every trainee meets."""
    grants = list(spec.grants_skills.items())
    kept = [g for g in grants if rng.random() < 0.8] or grants[:1]
    skills = {c: max(1, v - int(rng.integers(0, 2))) for c, v in kept}
    languages = {c: max(1, v - int(rng.integers(0, 2))) for c, v in spec.grants_languages.items()}
    for code, level in spec.prereq_languages.items():
        if code not in languages and rng.random() < 0.5:
            languages[code] = level
    for code, level in spec.prereq_skills.items():
        if rng.random() < 0.5:
            skills[code] = level
    req: list = [languages, skills, spec.min_education if rng.random() < 0.5 else 0]
    if rng.random() < min(0.9, 0.25 + 0.15 * max(0.0, severity)):
        options = ["fr", "education", *common_codes(pop.skill_codes)]
        code = str(rng.choice([c for c in options if c not in spec.grants_skills]))
        requirement(reach, severe_share(EXTRA_SHARE, severity), code, req)
    return req


def direct_start(u: np.ndarray, shape) -> date | None:
    """Direct roles start any time in the plan's year; early ones take only the qualified."""
    if u[8] < shape.undated_roles:
        return None
    early = u[9] < shape.date_cut
    return monday(PLAN_START, u[10] * 7 if early else 2 + u[10] * 35)


def trained_start(u: np.ndarray, shape, feeders: list[Cohort]) -> date | None:
    """After every feeder session ends, or (``date_cut``) within their calendar, which rules
    out the pairs with the sessions ending later."""
    if u[8] < shape.undated_roles:
        return None
    ends = [e for e in map(cohort_end, feeders) if e is not None]
    if not ends:
        return monday(PLAN_START, 4 + u[10] * 37)
    first, last = min(ends), max(ends)
    if u[9] < shape.date_cut:
        span = (last - first).days // 7 + 7
        return monday(first - timedelta(weeks=6), u[10] * span)
    return monday(last, u[10] * 11)
