"""Synthetic agents shaped like Morocco's contact-centre workforce, drawn with numpy.

Every attribute is drawn for all people at once (vectorised) so 90,000 agents take well under
a second; identical level lists are shared between people, which keeps memory low and lets
downstream code deduplicate profiles cheaply.
"""

from __future__ import annotations

import numpy as np

from planner.domain.records import Employee
from planner.sample.names import FEMALE, LAST, MALE
from planner.sample.tracks import NORTH, SITES, TRACKS

LANGS = ("fr", "ar", "en", "es", "de", "it")
SKILLS = (
    "customer_service",
    "sales",
    "crm",
    "excel",
    "data_entry",
    "troubleshooting",
    "networking",
    "writing",
    "annotation",
    "python",
    "content_review",
    "accounting",
)
FAMILY_ORDER = ("ai_data", "multilingual_support", "back_office", "tech_support", "moderation")

# activity label, share, base skills, wish weights per family (FAMILY_ORDER)
ACTIVITIES = (
    (
        "Télémarketing sortant",
        0.45,
        {"sales": 3, "customer_service": 2, "crm": 2},
        (3, 2.5, 2, 1.2, 1.3),
    ),
    (
        "Service client",
        0.22,
        {"customer_service": 3, "crm": 3, "writing": 1},
        (2.5, 3, 2, 1.2, 1.3),
    ),
    (
        "Recouvrement",
        0.12,
        {"customer_service": 2, "sales": 2, "crm": 2, "excel": 1},
        (2, 1.5, 3, 1, 1),
    ),
    (
        "Support technique",
        0.11,
        {"troubleshooting": 3, "customer_service": 2, "crm": 2, "networking": 1},
        (2.5, 1.5, 1, 4, 1),
    ),
    (
        "Back-office",
        0.10,
        {"data_entry": 3, "excel": 2, "writing": 2, "accounting": 1},
        (3, 1, 4, 1, 1.5),
    ),
)

# code -> (levels, probabilities); level 0 = none. Spanish has a northern distribution.
LANGUAGE_DRAWS = {
    "fr": ((0, 3, 4, 5, 6), (0.005, 0.045, 0.30, 0.40, 0.25)),
    "ar": ((0, 3, 4, 5, 6), (0.06, 0.02, 0.02, 0.05, 0.85)),
    "en": ((0, 1, 2, 3, 4, 5), (0.12, 0.10, 0.20, 0.30, 0.20, 0.08)),
    "es": ((0, 2, 3, 4, 5), (0.85, 0.06, 0.05, 0.03, 0.01)),
    "es_north": ((0, 2, 3, 4, 5), (0.35, 0.10, 0.20, 0.25, 0.10)),
    "de": ((0, 2, 3, 4, 5), (0.955, 0.01, 0.01, 0.015, 0.01)),
    "it": ((0, 2, 3, 4), (0.98, 0.008, 0.007, 0.005)),
}
EDUCATION_P = (0.08, 0.42, 0.28, 0.15, 0.07)
MOBILE_SHARE = 0.25
SENIOR_SHARE = 0.11


def draw(rng: np.random.Generator, values, probs, n: int) -> np.ndarray:
    return np.asarray(values)[rng.choice(len(values), size=n, p=probs)]


def draw_tenure(rng: np.random.Generator, n: int) -> np.ndarray:
    """Young workforce (median about 3 years) with a 10-18-year tail of about 11 %."""
    young = np.clip(rng.lognormal(np.log(2.6), 0.75, n), 0.1, 9.9)
    senior = rng.uniform(10.0, 18.0, n)
    return np.round(np.where(rng.random(n) < SENIOR_SHARE, senior, young), 1)


def draw_languages(rng: np.random.Generator, north: np.ndarray, edu: np.ndarray) -> np.ndarray:
    """Matrix n x len(LANGS) of CEFR levels (0 = none)."""
    n = len(north)
    out = np.zeros((n, len(LANGS)), dtype=np.int64)
    for j, code in enumerate(LANGS):
        out[:, j] = draw(rng, *LANGUAGE_DRAWS[code], n)
    out[north, 3] = draw(rng, *LANGUAGE_DRAWS["es_north"], int(north.sum()))
    english_boost = (edu >= 3) & (rng.random(n) < 0.4) & (out[:, 2] > 0)
    out[:, 2] = np.minimum(out[:, 2] + english_boost, 6)
    return out


def draw_skills(rng: np.random.Generator, activity: np.ndarray, edu: np.ndarray) -> np.ndarray:
    """Matrix n x len(SKILLS) of levels 0..5, built on each activity's typical skills."""
    n = len(activity)
    base = np.zeros((len(ACTIVITIES), len(SKILLS)), dtype=np.int64)
    for a, (_, _, skills, _) in enumerate(ACTIVITIES):
        for code, level in skills.items():
            base[a, SKILLS.index(code)] = level
    out = base[activity]
    noise = draw(rng, (-1, 0, 1), (0.25, 0.5, 0.25), out.size).reshape(out.shape)
    out = np.where(out > 0, out + noise, 0)
    extras = {
        "excel": ((0, 1, 2), (0.5, 0.35, 0.15)),
        "writing": ((0, 1, 2), (0.5, 0.3, 0.2)),
        "annotation": ((0, 1, 2), (0.93, 0.03, 0.04)),
        "content_review": ((0, 2), (0.97, 0.03)),
    }
    for code, (values, probs) in extras.items():
        j = SKILLS.index(code)
        out[:, j] = np.maximum(out[:, j], draw(rng, values, probs, n))
    python = SKILLS.index("python")
    out[:, python] = np.where((edu >= 3) & (rng.random(n) < 0.15), rng.integers(1, 3, n), 0)
    return np.clip(out, 0, 5)


def interned(matrix: np.ndarray, codes: tuple[str, ...]) -> list:
    """One level dict per row, shared between identical rows (base-7 row keys).

    Plain dicts rather than read-only proxies: datasets must pickle (app cache, workers).
    """
    keys = matrix @ (7 ** np.arange(matrix.shape[1], dtype=np.int64))
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    maps = [{c: int(v) for c, v in zip(codes, matrix[i], strict=True) if v} for i in first]
    return [maps[k] for k in inverse]


def draw_wishes(
    rng: np.random.Generator, activity: np.ndarray, tracks: list[str]
) -> list[tuple[str, ...]]:
    """0-3 ordered families per person (weighted by activity), sometimes a named track first."""
    n = len(activity)
    weights = np.array([a[3] for a in ACTIVITIES], dtype=float)[activity]
    order = np.argsort(-(np.log(weights) + rng.gumbel(size=weights.shape)), axis=1)
    count = draw(rng, (0, 1, 2, 3), (0.05, 0.30, 0.35, 0.30), n)
    named = rng.random(n) < 0.15
    track_pick = rng.random(n)
    offered = set(tracks)
    by_family = {
        f: [t.name for t in TRACKS if t.family == f and t.name in offered] for f in FAMILY_ORDER
    }
    wishes = []
    for i in range(n):
        items = [FAMILY_ORDER[k] for k in order[i, : count[i]]]
        names = by_family[items[0]] if items else ()
        if names and named[i]:
            items[0] = names[int(track_pick[i] * len(names))]
        wishes.append(tuple(items))
    return wishes


def draw_names(rng: np.random.Generator, female: np.ndarray) -> list[str]:
    first_f = np.asarray(FEMALE)[rng.integers(0, len(FEMALE), len(female))]
    first_m = np.asarray(MALE)[rng.integers(0, len(MALE), len(female))]
    last = np.asarray(LAST)[rng.integers(0, len(LAST), len(female))]
    first = np.where(female, first_f, first_m)
    return [f"{a} {b}" for a, b in zip(first, last, strict=True)]


def employees(rng: np.random.Generator, n: int, tracks: list[str]) -> tuple[Employee, ...]:
    """``n`` agents with ids AG00001…, deterministic for the generator's state.

    ``tracks`` are the track names on offer: a wish names one of them or a family.
    """
    sites = np.asarray(list(SITES))[rng.choice(len(SITES), n, p=list(SITES.values()))]
    north = np.isin(sites, NORTH)
    activity = rng.choice(len(ACTIVITIES), n, p=[a[1] for a in ACTIVITIES])
    edu = rng.choice(5, n, p=EDUCATION_P)
    languages = interned(draw_languages(rng, north, edu), LANGS)
    skills = interned(draw_skills(rng, activity, edu), SKILLS)
    tenure = draw_tenure(rng, n)
    mobile = rng.random(n) < MOBILE_SHARE
    female = rng.random(n) < 0.52
    names = draw_names(rng, female)
    wishes = draw_wishes(rng, activity, tracks)
    width = max(5, len(str(n)))
    labels = [a[0] for a in ACTIVITIES]
    return tuple(
        Employee(
            employee_id=f"AG{i + 1:0{width}d}",
            site=str(sites[i]),
            tenure_years=float(tenure[i]),
            languages=languages[i],
            skills=skills[i],
            education=int(edu[i]),
            mobile=bool(mobile[i]),
            wishes=wishes[i],
            name=names[i],
            current_activity=labels[activity[i]],
            gender="F" if female[i] else "M",
        )
        for i in range(n)
    )
