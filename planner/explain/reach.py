"""Which pathways a profile may take in a plan, summarised for the explanations.

A pathway (session c, role r) is admissible for a profile iff the profile meets c's class and
then r's class after c's grants (``Eligibility.via``), both sites fit and the dates fit.
``Reacher.batch`` recombines these factors per requirement class, for many level patterns at
once, with boolean "exists" products over the few distinct columns of each class.
``Reacher.full`` builds the explicit sessions x roles matrix of one profile (used for people
with bans, and by the tests as the reference the fast path must equal).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.eligibility.engine import Eligibility
from planner.domain.eligibility.requirements import NO_DATE_START
from planner.domain.plan import Ban, Pathway
from planner.explain.catalogue import Capacity

NO_ROLE = -2  # "latest start" of a class with no role in reach: before every session end


@dataclass(frozen=True, slots=True)
class Reach:
    """Summary of one profile's admissible pathways against the plan's capacities."""

    cohorts: np.ndarray  # [C] sessions some admissible pathway goes through
    roles: np.ndarray  # [R] roles some admissible pathway leads to
    has_open: bool  # some admissible pathway is closed by no capacity of the plan
    direct: bool  # some admissible pathway is a direct move (no session)

    @property
    def any(self) -> bool:
        return bool(self.roles.any())


@dataclass(frozen=True, slots=True)
class _SiteTables:
    """Per class, the distinct columns of a 0/1 table and which column each member uses.

    Sessions of one class differ only by site and dates, so a class of 150 sessions has a
    handful of distinct columns; the "exists" products run on those, then expand.
    """

    via_role: list[tuple[np.ndarray, np.ndarray]]  # per TC: [TR, m] fits + role in time
    via_open_role: list[tuple[np.ndarray, np.ndarray]]  # same, roles with openings left
    via_cohort: list[tuple[np.ndarray, np.ndarray]]  # per TR: [TC, m] session ends in time


def _split(table: np.ndarray, members: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for cols in members:
        uniq, inverse = np.unique(table[:, cols], axis=1, return_inverse=True)
        out.append((uniq, inverse.reshape(-1)))
    return out


def _exists(rows: np.ndarray, table: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """[K, members]: for each row, some index set in both the row and the member's column."""
    uniq, inverse = table
    return (rows[:, :, None] & uniq[None, :, :]).any(axis=1)[:, inverse]


class Reacher:
    """Admissible-pathway summaries per (site profile, level pattern)."""

    def __init__(self, eligibility: Eligibility, capacity: Capacity, cap: int) -> None:
        self.cat, self.capacity, self.cap = eligibility.requirements, capacity, cap
        self.fit_cohorts, self.fit_roles = eligibility.fit_cohorts, eligibility.fit_roles
        self._tables: dict[int, _SiteTables] = {}
        self.cohort_ids = [c.cohort_id for c in self.cat.cohorts]
        self.role_ids = [r.role_id for r in self.cat.roles]
        self.class_cohorts, self.class_roles = self.cat.class_members()
        self.cohort_back = np.argsort(
            np.concatenate([[], *self.class_cohorts]).astype(np.int64), kind="stable"
        )  # class-grouped column -> workbook order
        self.role_back = np.argsort(
            np.concatenate([[], *self.class_roles]).astype(np.int64), kind="stable"
        )
        self.dates = eligibility.dates  # [C, R]

    def _site(self, s: int) -> _SiteTables:
        if s not in self._tables:
            fr, fc = self.fit_roles[s], self.fit_cohorts[s]
            open_r = fr & ~self.capacity.openings_full
            cc, cr = self.class_cohorts, self.class_roles
            self._tables[s] = _SiteTables(
                _split(self._via_role(fc, fr), cc),
                _split(self._via_role(fc, open_r), cc),
                _split(self._via_cohort(fc), cr),
            )
        return self._tables[s]

    def _via_role(self, fc: np.ndarray, roles: np.ndarray) -> np.ndarray:
        latest = np.full(self.cat.n_role_classes, NO_ROLE, dtype=np.int64)
        np.maximum.at(latest, self.cat.role_class[roles], self.cat.start_key[roles])
        return fc[None, :] & (self.cat.end_key[None, :] <= latest[:, None])

    def _via_cohort(self, fc: np.ndarray) -> np.ndarray:
        earliest = np.full(self.cat.n_cohort_classes, NO_DATE_START + 1, dtype=np.int64)
        np.minimum.at(earliest, self.cat.cohort_class[fc], self.cat.end_key[fc])
        return earliest[:, None] <= self.cat.start_key[None, :]

    def batch(self, s: int, via: np.ndarray, direct: np.ndarray):
        """For K level patterns of site profile ``s``: reachable sessions [K, C], reachable
        roles [K, R], whether some admissible pathway is still open [K] and whether some is a
        direct move [K].

        Columns are grouped by class (contiguous), then put back in workbook order.
        """
        t, fr, capacity = self._site(s), self.fit_roles[s], self.capacity
        n = via.shape[0]
        by_c = np.empty((n, len(self.cohort_ids)), dtype=bool)
        open_by_c = np.empty_like(by_c)
        start = 0
        for tc, cs in enumerate(self.class_cohorts):
            end = start + len(cs)
            by_c[:, start:end] = _exists(via[:, tc, :], t.via_role[tc])
            open_by_c[:, start:end] = _exists(via[:, tc, :], t.via_open_role[tc])
            start = end
        by_r = np.empty((n, len(self.role_ids)), dtype=bool)
        start = 0
        for tr, rs in enumerate(self.class_roles):
            end = start + len(rs)
            by_r[:, start:end] = _exists(via[:, :, tr], t.via_cohort[tr]) | direct[:, tr, None]
            start = end
        cohorts, open_cohorts = by_c[:, self.cohort_back], open_by_c[:, self.cohort_back]
        roles = by_r[:, self.role_back] & fr[None, :]
        direct_roles = direct[:, self.cat.role_class] & fr[None, :]
        direct_open = direct_roles & ~capacity.openings_full[None, :]
        has_open = direct_open.any(axis=1) | (open_cohorts & capacity.cohort_open[None, :]).any(
            axis=1
        )
        return cohorts, roles, has_open, direct_roles.any(axis=1)

    def alternatives(
        self, s: int, via: np.ndarray, direct: np.ndarray, cohorts: np.ndarray
    ) -> tuple[Pathway, ...]:
        """Up to ``cap`` admissible pathways of one pattern (see ``_short_list``)."""
        fr = self.fit_roles[s]
        direct_roles = direct[self.cat.role_class] & fr
        chosen = np.flatnonzero(cohorts)[: self.cap]
        if not len(chosen):
            return self._short_list(direct_roles, chosen, None)
        rows = (
            via[self.cat.cohort_class[chosen]][:, self.cat.role_class]
            & fr[None, :]
            & self.dates[chosen]
        )
        return self._short_list(direct_roles, chosen, rows)

    def full(
        self, s: int, via: np.ndarray, direct: np.ndarray, bans: tuple[Ban, ...] = ()
    ) -> tuple[Reach, tuple[Pathway, ...]]:
        """Reference path: the explicit [1 + C, R] matrix of admissible pathways, minus bans."""
        cat, fr, fc = self.cat, self.fit_roles[s], self.fit_cohorts[s]
        matrix = np.empty((len(cat.cohorts) + 1, len(cat.roles)), dtype=bool)
        matrix[0] = direct[cat.role_class] & fr
        matrix[1:] = (
            via[cat.cohort_class][:, cat.role_class] & fc[:, None] & fr[None, :] & self.dates
        )
        for ban in bans:
            self._apply_ban(matrix, ban)
        closed_r = self.capacity.openings_full
        has_open = bool(
            (matrix[0] & ~closed_r).any()
            or (matrix[1:] & self.capacity.cohort_open[:, None] & ~closed_r[None, :]).any()
        )
        cohorts = matrix[1:].any(axis=1)
        chosen = np.flatnonzero(cohorts)[: self.cap]
        short = self._short_list(matrix[0], chosen, matrix[1 + chosen])
        reach = Reach(cohorts, matrix.any(axis=0), has_open, bool(matrix[0].any()))
        return reach, short

    def _apply_ban(self, matrix: np.ndarray, ban: Ban) -> None:
        """Clear the pathways a ban forbids (None matches any; unknown ids match nothing)."""
        rows = (
            np.arange(matrix.shape[0])
            if ban.cohort_id is None
            else np.array(
                [1 + i for i, c in enumerate(self.cohort_ids) if c == ban.cohort_id], dtype=np.int64
            )
        )
        cols = (
            np.arange(matrix.shape[1])
            if ban.role_id is None
            else np.array(
                [i for i, r in enumerate(self.role_ids) if r == ban.role_id], dtype=np.int64
            )
        )
        matrix[np.ix_(rows, cols)] = False

    def _short_list(
        self, direct_roles: np.ndarray, chosen: np.ndarray, rows: np.ndarray | None
    ) -> tuple[Pathway, ...]:
        """Direct moves first, then the first role of each session (session order), then the
        second role of each, and so on, up to ``cap``: a short and varied list."""
        out = [Pathway(self.role_ids[r]) for r in np.flatnonzero(direct_roles)[: self.cap]]
        room = self.cap - len(out)
        if room > 0 and rows is not None and len(chosen):
            which, cols = np.nonzero(rows)  # row-major: by session, then role
            rank = np.arange(len(which)) - np.searchsorted(which, which)
            for i in np.lexsort((which, rank))[:room]:
                out.append(Pathway(self.role_ids[cols[i]], self.cohort_ids[chosen[which[i]]]))
        return tuple(out)
