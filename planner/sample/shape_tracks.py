"""Training tracks of a shape-parameterised workbook, with requirements set against the people.

Requirement levels are not fixed numbers: each is the level that a target share of the drawn
population meets, and ``severity`` shrinks that share (0.35 times per step). So severity 0
puts requirements at the population, 1 one notch above it, 3 far above it, whatever the
shape's language and skill distributions are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from planner.sample.shape_people import Population
from planner.sample.shape_vocab import (
    FAMILIES,
    FOREIGN,
    PROVIDERS,
    SKILL_POOL,
    stream,
    track_name,
)

SEVERITY_STEP = 0.35
PREREQ_SHARE = 0.65  # share of people meeting one entry requirement at severity 0
WEEKS = (3, 4, 6, 8, 10, 12, 16, 20)
LANGUAGE_LABELS = {code: label for code, label, *_ in FOREIGN}


def severe_share(base: float, severity: float) -> float:
    """Share of people meeting a requirement of the given base share at this severity."""
    return float(np.clip(base * SEVERITY_STEP**severity, 0.002, 0.97))


def survival(values: np.ndarray, top: int) -> np.ndarray:
    """Share of people at or above each level 0..top."""
    counts = np.bincount(np.clip(values, 0, top), minlength=top + 1)[::-1].cumsum()[::-1]
    return counts / max(1, len(values))


@dataclass(frozen=True, slots=True)
class Reach:
    """Per language, skill and education: the share of people at or above each level."""

    languages: dict[str, np.ndarray]
    skills: dict[str, np.ndarray]
    education: np.ndarray

    @classmethod
    def of(cls, pop: Population) -> Reach:
        return cls(
            {c: survival(pop.languages[:, j], 6) for j, c in enumerate(pop.language_codes)},
            {c: survival(pop.skills[:, j], 5) for j, c in enumerate(pop.skill_codes)},
            survival(pop.education, 4),
        )

    @staticmethod
    def level(table: np.ndarray, share: float) -> int:
        """The level (at least 1) whose share of people reaching it is nearest ``share``."""
        return 1 + int(np.argmin(np.abs(table[1:] - share)))


@dataclass(frozen=True, slots=True)
class TrackSpec:
    """A training track: sessions of it share its requirements, grants, length and cost."""

    name: str
    family: str
    weeks: int
    cost: float
    provider: str
    prereq_languages: dict[str, int] = field(default_factory=dict)
    prereq_skills: dict[str, int] = field(default_factory=dict)
    min_education: int = 0
    grants_languages: dict[str, int] = field(default_factory=dict)
    grants_skills: dict[str, int] = field(default_factory=dict)


def common_codes(codes: tuple[str, ...]) -> list[str]:
    """Skill codes agents hold from contact-centre work (all codes if the shape has none)."""
    family_of = dict(SKILL_POOL)
    return [c for c in codes if family_of[c] is None] or list(codes)


def trained_codes(codes: tuple[str, ...], family: str) -> list[str]:
    """Skill codes a track of ``family`` teaches: its own, else any trained-for one, else any."""
    family_of = dict(SKILL_POOL)
    own = [c for c in codes if family_of[c] == family]
    return own or [c for c in codes if family_of[c] is not None] or list(codes)


def track_families(seed: int, count: int) -> list[str]:
    """Every family once (while count allows), the rest by a per-seed family mix."""
    rng = stream(seed, "families")
    first = list(rng.permutation(FAMILIES))[:count]
    mix = rng.dirichlet(np.full(len(FAMILIES), 2.0))
    rest = rng.choice(len(FAMILIES), max(0, count - len(first)), p=mix)
    return [str(f) for f in first] + [FAMILIES[k] for k in rest]


def tracks(seed: int, pop: Population, shape, count: int) -> list[TrackSpec]:
    """``count`` tracks spread over the five families, requirements set by ``shape.severity``."""
    reach = Reach.of(pop)
    teachable = [c for c in pop.language_codes[2:] if c != "zgh"]
    seen: dict[str, int] = {}
    out = []
    for k, family in enumerate(track_families(seed, count)):
        index = seen[family] = seen.get(family, -1) + 1
        language = teachable[index % len(teachable)] if teachable else None
        if family != "multilingual_support":
            language = None
        rng = stream(seed, "track", k)
        out.append(track(rng, pop, reach, shape.severity, family, index, language))
    return out


def requirement(reach: Reach, share: float, code: str, req: list) -> None:
    """Raise ``req`` ([languages, skills, education]) by one requirement met by ``share``."""
    languages, skills, education = req
    if code == "education":
        req[2] = max(education, Reach.level(reach.education, share))
    elif code in reach.languages:
        languages[code] = max(languages.get(code, 0), Reach.level(reach.languages[code], share))
    else:
        skills[code] = max(skills.get(code, 0), Reach.level(reach.skills[code], share))


def track(rng, pop: Population, reach: Reach, severity: float, family: str, index: int, lang):
    """One track: grants 1-3 trained-for skills (and a language), asks 1-3 entry requirements."""
    taught = trained_codes(pop.skill_codes, family)
    chosen = rng.choice(taught, int(rng.integers(1, min(3, len(taught)) + 1)), replace=False)
    grants_skills = {str(c): int(rng.choice((3, 4))) for c in chosen}
    grants_languages = {lang: int(rng.choice((4, 5)))} if lang else {}
    share = severe_share(PREREQ_SHARE, severity)
    req: list = [{}, {}, 0]
    if lang:  # a language track takes people some way below the level it grants
        req[0][lang] = min(grants_languages[lang] - 1, Reach.level(reach.languages[lang], share))
    common = [c for c in common_codes(pop.skill_codes) if c not in grants_skills]
    for code in rng.choice(["fr", "education", *common], int(rng.integers(1, 3)), replace=False):
        requirement(reach, share, str(code), req)
    return TrackSpec(
        name=track_name(family, index, LANGUAGE_LABELS.get(lang)),
        family=family,
        weeks=int(rng.choice(WEEKS)),
        cost=float(np.clip(round(rng.lognormal(np.log(7000), 0.6), -2), 1500, 40000)),
        provider=PROVIDERS[family],
        prereq_languages=req[0],
        prereq_skills=req[1],
        min_education=req[2],
        grants_languages=grants_languages,
        grants_skills=grants_skills,
    )
