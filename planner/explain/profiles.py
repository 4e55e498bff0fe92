"""Person-side arrays for the explanations: distinct profiles and their requirement gaps.

Two agents with the same site profile and the same levels on the dimensions requirements
mention face exactly the same pathways, so the engine works per distinct profile. Gaps are
``rules.Miss.size`` sums: a requirement class is met when its gap is 0, and the nearest miss
of a person is the pathway with the smallest total gap.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.levels import norm_key
from planner.domain.records import Dataset
from planner.explain.catalogue import CatalogueArrays

SiteProfile = tuple[str, bool]  # a representative (site text, mobile) for rules.site_fits


@dataclass(slots=True)
class ProfileArrays:
    """Distinct profiles (U), their site profiles (S) and which requirement classes they meet."""

    person: np.ndarray  # [N] person -> profile
    site_profiles: list[SiteProfile]  # [S]
    site: np.ndarray  # [U] profile -> site profile
    levels: np.ndarray  # [U, D] levels on the requirement dimensions
    via: np.ndarray  # [U, TC, TR] enters a session class, then meets a role class after it
    direct: np.ndarray  # [U, TR] meets a role class without a session


def _site_profiles(dataset: Dataset) -> tuple[list[SiteProfile], np.ndarray]:
    """Site profile per person: every mobile person fits everywhere, so they share one."""
    index: dict[object, int] = {}
    reps: list[SiteProfile] = []
    out = np.empty(len(dataset.employees), dtype=np.int64)
    for i, e in enumerate(dataset.employees):
        key = True if e.mobile else norm_key(e.site)
        if key not in index:
            index[key] = len(reps)
            reps.append((e.site, bool(e.mobile)))
        out[i] = index[key]
    return reps, out


def build_profiles(dataset: Dataset, catalogue: CatalogueArrays) -> ProfileArrays:
    """Deduplicate people on (site profile, levels on the requirement dimensions)."""
    reps, sites = _site_profiles(dataset)
    rows = np.zeros((len(dataset.employees), len(catalogue.dims) + 1), dtype=np.int64)
    column = {dim: j for j, dim in enumerate(catalogue.dims)}
    edu = column[("education", "")]
    for i, e in enumerate(dataset.employees):
        row = rows[i]
        for code, level in e.languages.items():
            j = column.get(("language", code))
            if j is not None:
                row[j] = level
        for code, level in e.skills.items():
            j = column.get(("skill", code))
            if j is not None:
                row[j] = level
        row[edu] = e.education
    rows[:, -1] = sites
    uniq, inverse = unique_rows(rows)
    levels = uniq[:, :-1]
    via, direct = level_ok(levels, catalogue)
    return ProfileArrays(inverse, reps, uniq[:, -1], levels, via, direct)


def unique_rows(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows and the row index of each input row (sorted, so deterministic).

    Small non-negative integers are packed into one int64 per row when they fit, which
    sorts far faster than ``np.unique(axis=0)``.
    """
    if not len(rows):
        return rows, np.zeros(0, dtype=np.int64)
    if rows.min() >= 0:
        radix = rows.max(axis=0) + 1
        if float(np.prod(radix.astype(float))) < 2.0**62:
            weights = np.concatenate([np.cumprod(radix[::-1])[::-1][1:], [1]]).astype(np.int64)
            _, first, inverse = np.unique(rows @ weights, return_index=True, return_inverse=True)
            return rows[first], inverse.reshape(-1)
    uniq, inverse = np.unique(rows, axis=0, return_inverse=True)
    return uniq, inverse.reshape(-1)


def level_ok(levels: np.ndarray, catalogue: CatalogueArrays) -> tuple[np.ndarray, np.ndarray]:
    """([U, TC, TR] via a session class, [U, TR] directly): the level rules are met.

    ``max(have, grant) >= need`` is ``have >= need or grant >= need``, so each (role class,
    dimension) costs one boolean outer "or" over profiles and session classes.
    """
    n = levels.shape[0]
    entry = np.ones((n, catalogue.n_cohort_classes), dtype=bool)
    for d in range(levels.shape[1]):
        need = catalogue.entry_need[:, d]
        if need.any():
            entry &= levels[:, d, None] >= need[None, :]
    grants = np.vstack([np.zeros((1, levels.shape[1]), dtype=np.int64), catalogue.grants])
    role = np.ones((catalogue.n_role_classes, n, grants.shape[0]), dtype=bool)
    for tr, need in enumerate(catalogue.role_need):
        for d in np.flatnonzero(need > 0):
            role[tr] &= (levels[:, d] >= need[d])[:, None] | (grants[:, d] >= need[d])[None, :]
    via = entry[:, :, None] & role[:, :, 1:].transpose(1, 2, 0)
    return via, role[:, :, 0].T.copy()


def entry_gaps(levels: np.ndarray, catalogue: CatalogueArrays) -> np.ndarray:
    """[U, TC]: sum over dimensions of the levels missing to enter each session class."""
    need = catalogue.entry_need
    out = np.zeros((levels.shape[0], need.shape[0]), dtype=np.int16)
    for d in range(need.shape[1]):
        if need[:, d].any():
            out += np.maximum(need[None, :, d] - levels[:, d, None], 0).astype(np.int16)
    return out


def role_gaps(levels: np.ndarray, catalogue: CatalogueArrays) -> np.ndarray:
    """[U, 1 + TC, TR]: levels missing for each role class, directly or after a session class.

    After a session each level is the higher of the person's and the granted one; only the
    role classes that mention a dimension are updated for it, which keeps this cheap.
    """
    grants = np.vstack([np.zeros((1, levels.shape[1]), dtype=np.int64), catalogue.grants])
    need = catalogue.role_need
    out = np.zeros((levels.shape[0], grants.shape[0], need.shape[0]), dtype=np.int16)
    for d in range(need.shape[1]):
        classes = np.flatnonzero(need[:, d] > 0)
        if not len(classes):
            continue
        after = np.maximum(levels[:, d, None], grants[None, :, d])  # [U, 1 + TC]
        gap = np.maximum(need[classes, d][None, None, :] - after[:, :, None], 0)
        out[:, :, classes] += gap.astype(np.int16)
    return out
