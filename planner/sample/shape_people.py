"""Agents of a shape-parameterised workbook, drawn as arrays (vectorised, 90,000 in a second).

A latent aptitude ties education, languages and skills together, and senior agents have a
lower one on average (older cohorts of the sector have fewer diplomas and foreign languages):
so a tenure-first allocation and a placement-first one genuinely disagree. The distributions
differ on purpose from ``people.py``: the point is a second opinion on the optimizer.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.records import Employee
from planner.sample.names import FEMALE, LAST, MALE
from planner.sample.shape_vocab import (
    ACTIVITIES,
    CITIES,
    FAMILIES,
    FOREIGN,
    NORTH,
    SKILL_POOL,
    stream,
)

EDUCATION_CUTS = (-1.645, -0.253, 0.524, 1.282)  # normal quantiles: 5/35/30/20/10 %
SENIOR_APTITUDE = -0.4
COMMON_SKILL_HELD = 0.7
TRAINED_SKILL_HELD = 0.12


@dataclass(frozen=True, slots=True)
class Population:
    """The people of one workbook as columns; ``languages``/``skills`` are n x codes levels."""

    sites: np.ndarray  # city names
    site_weights: np.ndarray  # share of agents per city of ``cities``
    cities: tuple[str, ...]
    tenure: np.ndarray
    education: np.ndarray
    mobile: np.ndarray
    activity: np.ndarray
    language_codes: tuple[str, ...]
    languages: np.ndarray
    skill_codes: tuple[str, ...]
    skills: np.ndarray

    @property
    def size(self) -> int:
        return len(self.sites)


def rounded(values: np.ndarray, low: int, high: int) -> np.ndarray:
    return np.clip(np.rint(values), low, high).astype(np.int64)


def draw_sites(seed: int, n: int, count: int, skew: float):
    """Cities with Zipf-like shares: ``skew`` 0 spreads people evenly, 1.5 piles them up."""
    cities = CITIES[: max(1, min(count, len(CITIES)))]
    weights = 1.0 / np.arange(1, len(cities) + 1) ** skew
    weights = weights / weights.sum()
    index = np.searchsorted(np.cumsum(weights), stream(seed, "sites").random(n), side="right")
    return np.asarray(cities)[np.minimum(index, len(cities) - 1)], weights, cities


def draw_tenure(seed: int, n: int, senior_share: float):
    """Gamma-shaped juniors (mode near 2 years) and a senior block of 10-25 years."""
    rng = stream(seed, "tenure")
    senior = rng.random(n) < senior_share
    junior_years = np.clip(rng.gamma(1.6, 2.2, n), 0.1, 9.9)
    senior_years = np.clip(10.0 + rng.gamma(2.0, 2.5, n), 10.0, 25.0)
    return np.round(np.where(senior, senior_years, junior_years), 1), senior


def draw_languages(seed: int, aptitude, spread: float, count: int, share: float, north):
    """French and Arabic for (almost) everyone, then the shape's first ``count`` foreign ones."""
    n = len(aptitude)
    foreign = FOREIGN[: max(0, min(count, len(FOREIGN)))]
    codes = ("fr", "ar", *(code for code, *_ in foreign))
    out = np.zeros((n, len(codes)), dtype=np.int64)
    noise = stream(seed, "language", "fr").normal(size=n)
    out[:, 0] = rounded(4.4 + spread * (0.6 * aptitude + 0.7 * noise), 2, 6)
    rng = stream(seed, "language", "ar")
    amazigh = rng.random(n) < 0.12
    out[:, 1] = np.where(amazigh, rounded(4.5 + rng.normal(size=n), 3, 6), 6)
    for j, (code, _, prevalence, centre) in enumerate(foreign, start=2):
        rng = stream(seed, "language", code)
        held = rng.random(n) < np.clip(share * prevalence * np.where(north, 2.0, 1.0), 0, 0.97)
        if code == "zgh":
            held |= amazigh
        level = rounded(centre + spread * (0.7 * aptitude + rng.normal(size=n)), 1, 6)
        out[:, j] = np.where(held, level, 0)
    return codes, out


def draw_skills(seed: int, aptitude, spread: float, count: int, activity: np.ndarray):
    """Common skills held by most agents around level 2-3; trained-for ones rare and low."""
    n = len(aptitude)
    pool = SKILL_POOL[: max(1, min(count, len(SKILL_POOL)))]
    codes = tuple(code for code, _ in pool)
    out = np.zeros((n, len(codes)), dtype=np.int64)
    for j, (code, family) in enumerate(pool):
        rng = stream(seed, "skill", code)
        common = family is None
        held = rng.random(n) < (COMMON_SKILL_HELD if common else TRAINED_SKILL_HELD)
        level = (2.4 if common else 1.4) + spread * (0.5 * aptitude + rng.normal(size=n))
        raising = [a for a, (_, _, raised) in enumerate(ACTIVITIES) if code in raised]
        boosted = np.isin(activity, raising)
        out[:, j] = np.where(held | boosted, rounded(level + boosted, 1, 5), 0)
    return codes, out


def population(seed: int, n: int, shape) -> Population:
    """Everyone's attributes for a ``planner.sample.shapes.Shape``."""
    sites, site_weights, cities = draw_sites(seed, n, shape.sites, shape.site_skew)
    tenure, senior = draw_tenure(seed, n, shape.senior_share)
    aptitude = stream(seed, "aptitude").normal(size=n) + SENIOR_APTITUDE * senior
    schooling = 0.8 * aptitude + 0.6 * stream(seed, "education").normal(size=n)
    activity_share = np.array([a[1] for a in ACTIVITIES])
    activity = np.searchsorted(
        np.cumsum(activity_share) / activity_share.sum(), stream(seed, "activity").random(n)
    )
    spread = shape.level_spread
    north = np.isin(sites, NORTH)
    lang_codes, languages = draw_languages(
        seed, aptitude, spread, shape.languages, shape.foreign_share, north
    )
    skill_codes, skills = draw_skills(seed, aptitude, spread, shape.skill_codes, activity)
    return Population(
        sites=sites,
        site_weights=site_weights,
        cities=cities,
        tenure=tenure,
        education=np.searchsorted(EDUCATION_CUTS, schooling).astype(np.int64),
        mobile=stream(seed, "mobile").random(n) < shape.mobile_share,
        activity=np.minimum(activity, len(ACTIVITIES) - 1),
        language_codes=lang_codes,
        languages=languages,
        skill_codes=skill_codes,
        skills=skills,
    )


def interned(matrix: np.ndarray, codes: tuple[str, ...]) -> list[dict[str, int]]:
    """One level dict per row, shared between identical rows (memory at 90,000 people)."""
    unique, inverse = np.unique(matrix, axis=0, return_inverse=True)
    maps = [{c: int(v) for c, v in zip(codes, row, strict=True) if v} for row in unique]
    return [maps[k] for k in np.asarray(inverse).reshape(-1)]


def draw_names(rng: np.random.Generator, n: int) -> tuple[np.ndarray, list[str]]:
    female = rng.random(n) < 0.55
    first = np.where(
        female,
        np.asarray(FEMALE)[rng.integers(0, len(FEMALE), n)],
        np.asarray(MALE)[rng.integers(0, len(MALE), n)],
    )
    last = np.asarray(LAST)[rng.integers(0, len(LAST), n)]
    return female, [f"{a} {b}" for a, b in zip(first, last, strict=True)]


def draw_wishes(seed: int, pop: Population, tracks: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    """0-3 families per person, leaning to those whose skills they hold; some name a track.

    ``tracks`` are (name, family) pairs on offer, so a named wish always exists.
    """
    n, rng = pop.size, stream(seed, "wishes")
    family_of = dict(SKILL_POOL)
    held = np.zeros((n, len(FAMILIES)))
    for j, code in enumerate(pop.skill_codes):
        if family_of[code] is not None:
            held[:, FAMILIES.index(family_of[code])] += pop.skills[:, j] > 0
    weights = rng.dirichlet(np.full(len(FAMILIES), 1.5)) * (1.0 + 2.0 * (held > 0))
    order = np.argsort(-(np.log(weights) + rng.gumbel(size=weights.shape)), axis=1)
    count = rng.choice(4, n, p=(0.15, 0.35, 0.3, 0.2))
    named = rng.random(n) < 0.2
    pick = rng.random(n)
    by_family = {f: [name for name, fam in tracks if fam == f] for f in FAMILIES}
    wishes = []
    for i in range(n):
        items = [FAMILIES[k] for k in order[i, : count[i]]]
        offered = by_family[items[0]] if items else []
        if offered and named[i]:
            items[0] = offered[int(pick[i] * len(offered))]
        wishes.append(tuple(items))
    return wishes


def employees(seed: int, pop: Population, wishes: list[tuple[str, ...]]) -> tuple[Employee, ...]:
    """Employee records; ids are shuffled against the sheet order, as in merged HR exports."""
    n, rng = pop.size, stream(seed, "identities")
    languages = interned(pop.languages, pop.language_codes)
    skills = interned(pop.skills, pop.skill_codes)
    female, names = draw_names(rng, n)
    numbers = rng.permutation(n) + 1
    width = max(6, len(str(n)))
    return tuple(
        Employee(
            employee_id=f"M{numbers[i]:0{width}d}",
            site=str(pop.sites[i]),
            tenure_years=float(pop.tenure[i]),
            languages=languages[i],
            skills=skills[i],
            education=int(pop.education[i]),
            mobile=bool(pop.mobile[i]),
            wishes=wishes[i],
            name=names[i],
            current_activity=ACTIVITIES[pop.activity[i]][0],
            gender="F" if female[i] else "M",
        )
        for i in range(n)
    )
