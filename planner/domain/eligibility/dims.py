"""Requirement dimensions, their thresholds, and sites as small integers.

Only the language and skill codes some requirement mentions can change a rule's answer, and
only through comparisons with the levels requirements use. So a level is *bucketed*: replaced by
the highest requirement threshold it reaches (education likewise with the ``min_education``
values). Bucketing commutes with the "higher of person and grant" of rule role_requirements,
and ``floor(x) >= t`` iff ``x >= t`` for every threshold ``t``, so bucketed levels give exactly
the rules' answers while people who differ only between thresholds share one profile.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from planner.domain.levels import Levels, norm_key
from planner.domain.records import Cohort, Role
from planner.domain.rules import is_remote

REMOTE_SITE = -1  # a remote place: every person fits it
MOBILE = -2  # the site class of a mobile person: every place fits them


@dataclass(frozen=True, slots=True)
class Dims:
    """The language and skill codes requirements mention, with the thresholds they use."""

    languages: tuple[str, ...]
    skills: tuple[str, ...]
    thresholds: tuple[tuple[int, ...], ...] = ()  # per language, then per skill, ascending
    education: tuple[int, ...] = ()  # the positive ``min_education`` values, ascending

    @property
    def size(self) -> int:
        return len(self.languages) + len(self.skills)

    def raw(self, languages: Levels, skills: Levels) -> list[int]:
        """Levels on the dimensions, 0 when absent (the layout of every level array)."""
        return [languages.get(c, 0) for c in self.languages] + [
            skills.get(c, 0) for c in self.skills
        ]

    def vector(self, languages: Levels, skills: Levels) -> list[int]:
        """Bucketed levels on the dimensions: each the highest threshold it reaches."""
        return [
            _floor(level, ts)
            for level, ts in zip(self.raw(languages, skills), self.thresholds, strict=True)
        ]

    def floor_one(self, education: int) -> int:
        """``floor_education`` of one value."""
        return education if education < 0 else _floor(education, self.education)

    def floor(self, levels: np.ndarray) -> np.ndarray:
        """``vector`` on a [K, size] array of raw levels."""
        out = np.empty_like(levels)
        for d, ts in enumerate(self.thresholds):
            out[:, d] = _floor_array(levels[:, d], ts)
        return out

    def floor_education(self, education: np.ndarray) -> np.ndarray:
        """Education bucketed on the ``min_education`` values (below 0 stays as it is: rule
        entry_requirements compares education even with a requirement of 0)."""
        steps = np.array((0, *self.education), dtype=education.dtype)
        at = np.searchsorted(steps, education, side="right") - 1
        return np.where(at < 0, education, steps[np.maximum(at, 0)])


def _floor(level: int, thresholds: tuple[int, ...]) -> int:
    best = 0
    for t in thresholds:
        if t <= level:
            best = t
    return best


def _floor_array(levels: np.ndarray, thresholds: tuple[int, ...]) -> np.ndarray:
    steps = np.array((0, *thresholds), dtype=levels.dtype)
    return steps[np.maximum(np.searchsorted(steps, levels, side="right") - 1, 0)]


def requirement_dims(cohorts: Iterable[Cohort], roles: Iterable[Role]) -> Dims:
    """The codes any prerequisite or role requirement mentions, with their thresholds."""
    found: dict[tuple[str, str], set[int]] = {}
    education: set[int] = set()
    for c in cohorts:
        _collect(found, "l", c.prereq_languages)
        _collect(found, "s", c.prereq_skills)
        education.add(c.min_education)
    for r in roles:
        _collect(found, "l", r.req_languages)
        _collect(found, "s", r.req_skills)
        education.add(r.min_education)
    langs = tuple(sorted(code for kind, code in found if kind == "l"))
    skills = tuple(sorted(code for kind, code in found if kind == "s"))
    ts = [tuple(sorted(found["l", c])) for c in langs] + [
        tuple(sorted(found["s", c])) for c in skills
    ]
    return Dims(langs, skills, tuple(ts), tuple(sorted(x for x in education if x > 0)))


def _collect(found: dict, kind: str, levels: Levels) -> None:
    for code, level in levels.items():
        if level > 0:
            found.setdefault((kind, code), set()).add(level)


def fits(person: int, place: int) -> bool:
    """Rule site_fit between a site class (``SiteIndex.person``) and a place (``.place``)."""
    return person == MOBILE or place in (REMOTE_SITE, person)


class SiteIndex:
    """Sites as small integers compared on ``norm_key``; remote places are ``REMOTE_SITE`` and
    mobile people ``MOBILE``, so rule site_fit is ``site_fit`` of ``kernels``."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self._texts: dict[str, int] = {}
        self._places: dict[str, int] = {}

    def of_text(self, site: str) -> int:
        """The integer of a site text (one per ``norm_key``), numbered on first sight."""
        found = self._texts.get(site)
        if found is None:
            key = norm_key(site)
            found = self._texts[site] = self.index.setdefault(key, len(self.index))
        return found

    def place(self, site: str) -> int:
        """A session's or role's site: ``REMOTE_SITE`` when remote."""
        found = self._places.get(site)
        if found is None:
            found = self._places[site] = REMOTE_SITE if is_remote(site) else self.of_text(site)
        return found

    def person(self, site: str, mobile: bool) -> int:
        """A person's site class: ``MOBILE`` when mobile (any place fits), else the site."""
        return MOBILE if mobile else self.of_text(site)
