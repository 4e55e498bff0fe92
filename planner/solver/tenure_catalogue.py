"""The workbook as the tenure-ordered greedy reads it: arrays in sheet and tenure order.

Admissibility is the admissibility engine's (``planner.domain.eligibility``): sessions and roles
fall into requirement classes (a session class is its prerequisites and grants, a role class its
requirements), and a person's answer for a role class is one word per 64 session classes: bit
``g`` says the person may enter a session of class ``g`` and then meets the role class, bit
``TC`` (``TenureCatalogue.direct``) that they meet it without a session. Sites and dates are per
place, apart.

Almost every person's levels are unique, so nothing is cached per person: answers are computed
for a block of people at once (``tenure_answers``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.eligibility import kernels
from planner.domain.eligibility.dims import Dims
from planner.domain.eligibility.requirements import Requirements, build_requirements
from planner.domain.money import cents
from planner.domain.records import Dataset, Employee

FULL = np.uint64(0xFFFF_FFFF_FFFF_FFFF)  # every bit of a word


def tenure_order(dataset: Dataset) -> list[Employee]:
    """Longest tenure first, ties by employee_id: the order an HR person serves people in."""
    return sorted(dataset.employees, key=lambda e: (-e.tenure_years, e.employee_id))


def by_view(views: np.ndarray) -> dict[int, np.ndarray]:
    """The positions of each view in ``views``, in order (one sort, however many views)."""
    order = np.argsort(views, kind="stable")
    keys, cut = np.unique(views[order], return_index=True)
    parts = np.split(order, cut[1:])
    return dict(zip(keys.tolist(), parts, strict=True))


def budget_cents(budget: float | None) -> int | None:
    """The budget in whole centimes, rounded down: a plan within it is within the budget."""
    if budget is None:
        return None
    whole = cents(budget)
    return whole - 1 if whole / 100 > budget else whole


@dataclass(frozen=True, slots=True)
class TenureCatalogue:
    """Sessions, roles and people (in tenure order) as arrays; money in centimes.

    A *view* is a site class of people (a site, or mobile): the places that fit a view are
    the same for all its people, so answers and searches are per view.
    """

    dataset: Dataset
    req: Requirements
    people: tuple[Employee, ...]  # tenure order; a person is their index here
    levels: np.ndarray  # [D, N] raw levels on the requirement dimensions
    education: np.ndarray  # [N]
    entered: np.ndarray  # [N, W] bit g: enters session class g (entry rule); DIRECT always set
    view: np.ndarray  # [N] each person's view
    fit_roles: np.ndarray  # [V, R] rule site_fit
    fit_sessions: np.ndarray  # [V, C]
    granted: np.ndarray  # [TR, D, W] bit g: session class g grants role class tr's need on d
    role_views: list[list[int]]  # per role, the views it fits
    cost: np.ndarray  # [C] per seat
    fixed: np.ndarray  # [C] to open the session
    budget: int | None

    @property
    def words(self) -> int:
        """Words per answer: one bit per session class, and DIRECT."""
        return self.entered.shape[1]

    @property
    def direct(self) -> int:
        """The bit of a direct move (no session): ``TC``."""
        return self.req.n_cohort_classes


def build_catalogue(dataset: Dataset) -> TenureCatalogue:
    """Classes, sites, dates and money of the catalogue; levels and views of the people."""
    req = build_requirements(dataset.cohorts, dataset.roles)
    people = tuple(tenure_order(dataset))
    levels = project(people, req.dims)
    education = np.array([e.education for e in people], dtype=np.int64).reshape(len(people))
    entry = kernels.meets(levels, education, req.entry_need, req.entry_edu)
    views, view = np.unique(_site_classes(people, req), return_inverse=True)
    fit_roles = kernels.site_fit(views, req.role_site)
    return TenureCatalogue(
        dataset,
        req,
        people,
        np.ascontiguousarray(levels.T),
        education,
        _with_direct(entry),
        view.reshape(len(people)),
        fit_roles,
        kernels.site_fit(views, req.cohort_site),
        _granted(req),
        [np.flatnonzero(fits).tolist() for fits in fit_roles.T],
        np.array([cents(c.cost_per_seat) for c in dataset.cohorts], dtype=np.int64),
        np.array([cents(c.fixed_cost) for c in dataset.cohorts], dtype=np.int64),
        budget_cents(dataset.settings.budget_mad),
    )


def project(people: tuple[Employee, ...], dims: Dims) -> np.ndarray:
    """[N, D] levels on the dimensions, 0 when absent: ``profiles.raw_levels``, read person by
    person (one C-level ``map`` each), which is faster when there are many dimensions."""
    languages, skills = dims.languages, dims.skills
    none_l, none_s = (0,) * len(languages), (0,) * len(skills)
    flat: list[int] = []
    for e in people:
        flat += map(e.languages.get, languages, none_l)
        flat += map(e.skills.get, skills, none_s)
    return np.array(flat, dtype=np.int64).reshape(len(people), dims.size)


def _site_classes(people: tuple[Employee, ...], req: Requirements) -> np.ndarray:
    """[N] each person's site class (``SiteIndex.person``), computed once per site text."""
    keys = [(e.site, e.mobile) for e in people]
    known = {key: req.sites.person(*key) for key in set(keys)}
    return np.array([known[key] for key in keys], dtype=np.int64).reshape(len(people))


def _with_direct(per_class: np.ndarray) -> np.ndarray:
    """[K, TC] bool -> [K, W] words with bit TC (DIRECT) set as well."""
    k = per_class.shape[0]
    return kernels.pack_bits(np.hstack([per_class, np.ones((k, 1), dtype=bool)]))


def _granted(req: Requirements) -> np.ndarray:
    """[TR, D, W]: the session classes whose grant on dimension d meets role class tr's need
    there, so that a person short of that need still meets it after them."""
    (tr, d), tc = req.role_need.shape, req.n_cohort_classes
    meets = req.grants.T[None, :, :] >= req.role_need[:, :, None]  # [TR, D, TC]
    flat = np.hstack([meets.reshape(tr * d, tc), np.zeros((tr * d, 1), dtype=bool)])
    return kernels.pack_bits(flat).reshape(tr, d, tc // 64 + 1)
