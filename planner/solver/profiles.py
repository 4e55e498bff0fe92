"""Prepare a dataset for the model: numeric profiles, session groups and role groups.

Everything here is data, fully computed before any CP-SAT variable exists (the rostering
example of the CP-SAT Primer is the pattern). Admissibility is evaluated once per distinct
profile with NumPy, so 90,000 people cost little more than the few thousand profiles they share.
The rules themselves are those of ``planner.domain.rules``; tests compare both on random data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.levels import norm_key
from planner.domain.records import Cohort, Dataset, Role
from planner.domain.rules import cohort_end, is_remote, is_senior

REMOTE_SITE = -1


@dataclass(frozen=True, slots=True)
class Dims:
    """The language and skill codes that some requirement mentions: the only ones that matter.

    Levels are also *bucketed*: only comparisons with the thresholds some requirement uses
    can change a rule's answer, so a level is replaced by the highest such threshold it
    reaches. Bucketing commutes with the "higher of person and grant" of rule
    role_requirements, so grants are bucketed the same way. People who differ only below a
    threshold then share one profile.
    """

    languages: tuple[str, ...]
    skills: tuple[str, ...]
    thresholds: tuple[tuple[int, ...], ...] = ()

    @property
    def size(self) -> int:
        return len(self.languages) + len(self.skills)

    def vector(self, languages, skills) -> list[int]:
        raw = [languages.get(c, 0) for c in self.languages] + [
            skills.get(c, 0) for c in self.skills
        ]
        return [_floor(level, ts) for level, ts in zip(raw, self.thresholds, strict=True)]


def _floor(level: int, thresholds: tuple[int, ...]) -> int:
    best = 0
    for t in thresholds:
        if t <= level:
            best = t
    return best


def requirement_dims(dataset: Dataset) -> Dims:
    """Collect the codes used by any prerequisite or role requirement, with their thresholds."""
    found: dict[tuple[str, str], set[int]] = {}
    for c in dataset.cohorts:
        _collect(found, "l", c.prereq_languages)
        _collect(found, "s", c.prereq_skills)
    for r in dataset.roles:
        _collect(found, "l", r.req_languages)
        _collect(found, "s", r.req_skills)
    langs = tuple(sorted(code for kind, code in found if kind == "l"))
    skills = tuple(sorted(code for kind, code in found if kind == "s"))
    ts = [tuple(sorted(found["l", c])) for c in langs] + [
        tuple(sorted(found["s", c])) for c in skills
    ]
    return Dims(langs, skills, tuple(ts))


def _collect(found: dict, kind: str, levels) -> None:
    for code, level in levels.items():
        if level > 0:
            found.setdefault((kind, code), set()).add(level)


@dataclass(frozen=True, slots=True)
class SiteIndex:
    """Sites as small integers (compared on ``norm_key``); remote places map to -1."""

    index: dict[str, int]

    def of_place(self, site: str) -> int:
        return (
            REMOTE_SITE
            if is_remote(site)
            else self.index.setdefault(norm_key(site), len(self.index))
        )

    def of_person(self, site: str) -> int:
        return self.index.setdefault(norm_key(site), len(self.index))


@dataclass(slots=True)
class People:
    """Per-person arrays, in dataset order, and the distinct profiles they share."""

    profile: np.ndarray  # person -> profile index
    senior: np.ndarray  # bool
    levels: np.ndarray  # profile -> level vector (Dims order)
    education: np.ndarray  # profile -> education
    site: np.ndarray  # profile -> site index
    mobile: np.ndarray  # profile -> bool


def build_people(dataset: Dataset, dims: Dims, sites: SiteIndex) -> People:
    """Project every person on the requirement dims and deduplicate the projections."""
    n = len(dataset.employees)
    width = dims.size + 3
    rows = np.zeros((n, width), dtype=np.int32)
    for i, e in enumerate(dataset.employees):
        rows[i, : dims.size] = dims.vector(e.languages, e.skills)
        rows[i, dims.size :] = (e.education, sites.of_person(e.site), int(e.mobile))
    if n:
        uniq, inverse = np.unique(rows, axis=0, return_inverse=True)
    else:
        uniq, inverse = np.zeros((0, width), dtype=np.int32), np.zeros(0, dtype=np.int64)
    senior = np.array([is_senior(e, dataset.settings) for e in dataset.employees], dtype=bool)
    return People(
        profile=inverse.reshape(-1),
        senior=senior,
        levels=uniq[:, : dims.size],
        education=uniq[:, dims.size],
        site=uniq[:, dims.size + 1],
        mobile=uniq[:, dims.size + 2].astype(bool),
    )


def meets(
    levels: np.ndarray,
    education: np.ndarray,
    req: np.ndarray,
    min_edu: np.ndarray,
    chunk: int = 2048,
) -> np.ndarray:
    """(rows x targets) bool: every required level and the education are met."""
    out = np.empty((levels.shape[0], req.shape[0]), dtype=bool)
    for start in range(0, levels.shape[0], chunk):
        block = levels[start : start + chunk]
        ok = (block[:, None, :] >= req[None, :, :]).all(axis=2)
        out[start : start + chunk] = ok & (
            education[start : start + chunk, None] >= min_edu[None, :]
        )
    return out


def date_keys(cohorts: list[Cohort], roles: list[Role]) -> tuple[np.ndarray, np.ndarray]:
    """Encode rule dates as integers: a session may precede a role iff key(s) <= key(r).

    Role key: rank of its start date among all role start dates (no date: +inf).
    Session key: rank of the first role start date on or after its end (no date: 0).
    """
    starts = sorted({r.start_date for r in roles if r.start_date is not None})
    rank = {s: i for i, s in enumerate(starts)}
    big = len(starts) + 1
    role_key = np.array(
        [big if r.start_date is None else rank[r.start_date] for r in roles], dtype=np.int64
    )
    cohort_key = np.zeros(len(cohorts), dtype=np.int64)
    for i, c in enumerate(cohorts):
        end = cohort_end(c)
        if end is not None:
            cohort_key[i] = next((j for j, s in enumerate(starts) if s >= end), len(starts))
    return cohort_key, role_key
