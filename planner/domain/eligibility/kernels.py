"""The rules of ``planner.domain.rules`` as NumPy comparisons over profiles and classes.

Level arrays are [K, D] on the requirement dimensions with education apart, as ``Profiles`` and
``Requirements`` hold them. A need of 0 is no requirement; levels are never negative on the
dimensions (``build_profiles`` clamps them, which the rules cannot tell apart).
"""

from __future__ import annotations

import numpy as np

from planner.domain.eligibility.dims import MOBILE, REMOTE_SITE

CHUNK = 2048  # rows compared at once in ``meets``: bounds the [rows, targets, D] temporary


def meets(
    levels: np.ndarray, education: np.ndarray, need: np.ndarray, min_edu: np.ndarray
) -> np.ndarray:
    """[K, T] bool: every required level and the education of target ``t`` are met."""
    out = np.empty((levels.shape[0], need.shape[0]), dtype=bool)
    for start in range(0, levels.shape[0], CHUNK):
        block = levels[start : start + CHUNK]
        ok = (block[:, None, :] >= need[None, :, :]).all(axis=2)
        out[start : start + CHUNK] = ok & (education[start : start + CHUNK, None] >= min_edu)
    return out


def pair_ok(
    levels: np.ndarray,
    education: np.ndarray,
    entry_need: np.ndarray,
    entry_edu: np.ndarray,
    grants: np.ndarray,
    role_need: np.ndarray,
    role_edu: np.ndarray,
) -> np.ndarray:
    """[K, TC + 1, TR] bool: enter session class ``tc`` and then meet role class ``tr`` with
    the levels after its grants; index ``TC`` (the last) is a role without a session.

    ``max(have, grant) >= need`` is ``have >= need or grant >= need``, so each (role class,
    dimension) costs one boolean outer "or" over rows and session classes (grants may be raw
    or bucketed alike).
    """
    n, n_tc = levels.shape[0], entry_need.shape[0]
    after = np.vstack([grants, np.zeros((1, levels.shape[1]), dtype=grants.dtype)])
    role = np.empty((role_need.shape[0], n, n_tc + 1), dtype=bool)
    for tr, need in enumerate(role_need):
        ok = role[tr]
        ok[:] = (education >= role_edu[tr])[:, None]
        for d in np.flatnonzero(need > 0):
            ok &= (levels[:, d] >= need[d])[:, None] | (after[:, d] >= need[d])[None, :]
    out = np.ascontiguousarray(role.transpose(1, 2, 0))
    out[:, :n_tc] &= meets(levels, education, entry_need, entry_edu)[:, :, None]
    return out


def site_fit(person_sites: np.ndarray, place_sites: np.ndarray) -> np.ndarray:
    """[S, M] rule site_fit: the place is remote, the person mobile, or both at one site."""
    person, place = person_sites[:, None], place_sites[None, :]
    return (place == REMOTE_SITE) | (person == MOBILE) | (place == person)


def dates_ok(end_key: np.ndarray, start_key: np.ndarray) -> np.ndarray:
    """[C, R] rule dates: the session ends on or before the role starts (keys of
    ``Requirements``, whose sentinels make a missing date fit)."""
    return end_key[:, None] <= start_key[None, :]


def entry_gaps(
    levels: np.ndarray, education: np.ndarray, entry_need: np.ndarray, entry_edu: np.ndarray
) -> np.ndarray:
    """[K, TC]: the ``Miss.size`` sum of rule entry_requirements for each session class."""
    out = np.maximum(entry_edu[None, :] - education[:, None], 0)
    for d in np.flatnonzero(entry_need.any(axis=0)):
        out += np.maximum(entry_need[None, :, d] - levels[:, d, None], 0)
    return out


def role_gaps(
    levels: np.ndarray,
    education: np.ndarray,
    grants: np.ndarray,
    role_need: np.ndarray,
    role_edu: np.ndarray,
) -> np.ndarray:
    """[K, TC + 1, TR]: the ``Miss.size`` sum of rule role_requirements for each role class,
    after each session class's grants (raw) or, at index ``TC``, without a session.

    Only the role classes that mention a dimension are updated for it, which keeps this cheap.
    """
    after_grants = np.vstack([grants, np.zeros((1, levels.shape[1]), dtype=grants.dtype)])
    edu = np.maximum(role_edu[None, :] - education[:, None], 0)  # [K, TR]
    out = np.repeat(edu[:, None, :], after_grants.shape[0], axis=1)
    for d in range(role_need.shape[1]):
        classes = np.flatnonzero(role_need[:, d] > 0)
        if not len(classes):
            continue
        after = np.maximum(levels[:, d, None], after_grants[None, :, d])  # [K, TC + 1]
        out[:, :, classes] += np.maximum(
            role_need[classes, d][None, None, :] - after[:, :, None], 0
        )
    return out
