"""Which roles and sessions nobody can ever use: the warnings of an import.

The answers are the admissibility engine's (``planner.domain.eligibility``): a session is used
by nobody when no profile meets its class at a site that fits it; a role when no profile reaches
it, directly or after a session that fits its site and ends in time. Profiles of one site class
are pooled (any of them will do), and the pathways through a session are only looked at for the
role classes that no direct move reaches.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from planner.domain.eligibility import kernels
from planner.domain.eligibility.engine import Eligibility
from planner.domain.eligibility.requirements import NO_DATE_START
from planner.domain.records import Cohort, Employee, Role


def unreachable(
    employees: Iterable[Employee], cohorts: list[Cohort], roles: list[Role]
) -> tuple[list[Cohort], list[Role]]:
    """Sessions no employee may enter, and roles no employee may reach by any pathway."""
    elig = Eligibility(list(employees), cohorts, roles)
    if not len(elig.people.levels):
        return list(cohorts), list(roles)
    req, people = elig.requirements, elig.people
    entry = elig.any_per_site(elig.entry)  # [S, TC]
    cohort_used = (entry[:, req.cohort_class] & elig.fit_cohorts).any(axis=0)
    direct = kernels.meets(people.levels, people.education, req.role_need, req.role_edu)
    role_used = (elig.any_per_site(direct)[:, req.role_class] & elig.fit_roles).any(axis=0)
    left = np.unique(req.role_class[~role_used])
    if len(left) and req.n_cohort_classes:
        role_used |= (_via_reach(elig, left) & elig.fit_roles).any(axis=0)
    return (
        [c for c, used in zip(cohorts, cohort_used, strict=True) if not used],
        [r for r, used in zip(roles, role_used, strict=True) if not used],
    )


def _via_reach(elig: Eligibility, classes: np.ndarray) -> np.ndarray:
    """[S, R]: some profile of the site class enters a session that fits its site and meets
    the role's class after it, and that session may end before the role starts (the role's
    site aside; only the roles of ``classes`` are meaningful).

    Session classes stay packed in words until pooled per site class; then only the earliest
    end among the sessions leading to a role class matters.
    """
    req, people = elig.requirements, elig.people
    after = kernels.after_words(
        people.levels, people.education, req.grants, req.role_need[classes], req.role_edu[classes]
    )
    after &= kernels.pack_bits(elig.entry)[None, :, :]  # [K, P, W]: entered, then met
    pooled = np.stack([np.bitwise_or.reduce(after[:, rows], axis=1) for rows in elig.site_slices()])
    pairs = kernels.unpack_bits(pooled, req.n_cohort_classes)  # [S, K, TC]
    late = NO_DATE_START + 1
    earliest = np.full((len(pairs), len(classes)), late, dtype=np.int64)
    for s, site_pairs in enumerate(pairs):
        leads = site_pairs[:, req.cohort_class].T & elig.fit_cohorts[s][:, None]  # [C, K]
        if leads.size:
            earliest[s] = np.where(leads, req.end_key[:, None], late).min(axis=0)
    at = np.searchsorted(classes, req.role_class).clip(0, len(classes) - 1)
    return earliest[:, at] <= req.start_key[None, :]
