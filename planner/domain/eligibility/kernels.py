"""The rules of ``planner.domain.rules`` as NumPy comparisons over profiles and classes.

Level arrays are [K, D] on the requirement dimensions with education apart, as ``Profiles`` and
``Requirements`` hold them. A need of 0 is no requirement; levels are never negative on the
dimensions (``build_profiles`` clamps them, which the rules cannot tell apart).
"""

from __future__ import annotations

import numpy as np

from planner.domain.eligibility.dims import MOBILE, REMOTE_SITE

WORD = 64  # session classes per word in ``after_words``


def meets(
    levels: np.ndarray, education: np.ndarray, need: np.ndarray, min_edu: np.ndarray
) -> np.ndarray:
    """[K, T] bool: every required level and the education of target ``t`` are met.

    Target by target, one comparison per dimension the target requires: requirements mention
    a few of the dimensions, so this reads far less than comparing every dimension.
    """
    out = np.empty((need.shape[0], levels.shape[0]), dtype=bool)
    for t, row in enumerate(need):
        ok = out[t]
        np.greater_equal(education, min_edu[t], out=ok)
        for d in np.flatnonzero(row > 0):
            ok &= levels[:, d] >= row[d]
    return np.ascontiguousarray(out.T)


def pack_bits(mask: np.ndarray) -> np.ndarray:
    """[K, G] bool -> [K, W] words: column ``g`` is bit ``g % 64`` of word ``g // 64``."""
    k, g = mask.shape
    padded = np.zeros((k, -(-g // WORD) * WORD), dtype=bool)
    padded[:, :g] = mask
    return np.packbits(padded, axis=1, bitorder="little").view(np.uint64)


def unpack_bits(words: np.ndarray, width: int) -> np.ndarray:
    """[..., W] words -> [..., width] bool: the inverse of ``pack_bits``."""
    bits = np.unpackbits(words.view(np.uint8), axis=-1, bitorder="little")
    return bits[..., :width].view(bool)


def after_words(
    levels: np.ndarray,
    education: np.ndarray,
    grants: np.ndarray,
    role_need: np.ndarray,
    role_edu: np.ndarray,
) -> np.ndarray:
    """[TR, K, W] words of G = TC + 1 bits: bit ``g`` is set when role class ``tr`` is met with
    the levels after session class ``g``'s grants (bit TC: without a session). Entry aside.

    ``max(have, grant) >= need`` is ``have >= need or grant >= need``: per (role class,
    dimension) a row keeps all its bits when its own level suffices, else only those of the
    session classes whose grant does. One word holds 64 session classes, so each step reads
    one word per row. Grants may be raw or bucketed alike.
    """
    after = np.vstack([grants, np.zeros((1, levels.shape[1]), dtype=grants.dtype)])
    full = pack_bits(np.ones((1, after.shape[0]), dtype=bool))
    out = np.empty((role_need.shape[0], levels.shape[0], full.shape[1]), dtype=np.uint64)
    for tr, need in enumerate(role_need):
        ok = out[tr]
        ok[:] = np.where((education >= role_edu[tr])[:, None], full, 0)
        for d in np.flatnonzero(need > 0):
            granted = pack_bits((after[:, d] >= need[d])[None, :])
            ok &= np.where((levels[:, d] >= need[d])[:, None], full, granted)
    return out


def after_ok(
    levels: np.ndarray,
    education: np.ndarray,
    grants: np.ndarray,
    role_need: np.ndarray,
    role_edu: np.ndarray,
) -> np.ndarray:
    """[K, TC + 1, TR] bool: ``after_words`` unpacked."""
    words = after_words(levels, education, grants, role_need, role_edu)
    bits = unpack_bits(words, grants.shape[0] + 1)  # [TR, K, TC + 1]
    return np.ascontiguousarray(bits.transpose(1, 2, 0))


def pair_ok(
    levels: np.ndarray,
    education: np.ndarray,
    entry_need: np.ndarray,
    entry_edu: np.ndarray,
    grants: np.ndarray,
    role_need: np.ndarray,
    role_edu: np.ndarray,
) -> np.ndarray:
    """[K, TC + 1, TR] bool: enter session class ``tc`` and then meet role class ``tr`` after
    its grants; index ``TC`` (the last) is a role without a session."""
    out = after_ok(levels, education, grants, role_need, role_edu)
    out[:, :-1] &= meets(levels, education, entry_need, entry_edu)[:, :, None]
    return out


def listed_pairs_ok(
    levels: np.ndarray,
    education: np.ndarray,
    entry_need: np.ndarray,
    entry_edu: np.ndarray,
    grants: np.ndarray,
    role_need: np.ndarray,
    role_edu: np.ndarray,
) -> np.ndarray:
    """[N, K] bool: row ``n`` enters pair ``k``'s session class and then meets its role class
    after its grants; the arrays are [K, ...] per listed pair (a direct move: no entry need,
    an ``entry_edu`` below every education, no grant). Every dimension is compared at once,
    which suits a few rows against a short list, one person at a time."""
    have = levels[:, None, :]
    ok = (have >= entry_need[None]).all(axis=2) & (education[:, None] >= entry_edu[None])
    ok &= (np.maximum(have, grants[None]) >= role_need[None]).all(axis=2)
    return ok & (education[:, None] >= role_edu[None])


def site_fit(person_sites: np.ndarray, place_sites: np.ndarray) -> np.ndarray:
    """[S, M] rule site_fit: the place is remote, the person mobile, or both at one site
    (``dims.fits`` for one pair)."""
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
