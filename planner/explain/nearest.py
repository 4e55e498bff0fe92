"""The nearest miss of people with no admissible pathway: the smallest total gap.

A pathway's gap is the sum of ``rules.Miss.size`` over its misses: level gaps (which depend
only on the session and role classes), plus one per site that does not fit and one for dates
that do not fit (which depend only on the person's site profile and the places). So the
minimum splits into class gaps plus a small per-site-profile table, and the concrete session
and role are picked only once per (site profile, session class, role class).

Ties are broken deterministically: direct moves before sessions, then class order (first
appearance in the workbook), then workbook order of sessions and roles.
"""

from __future__ import annotations

import numpy as np

from planner.domain.eligibility.engine import Eligibility
from planner.explain.reach import NO_ROLE

Choice = tuple[int | None, int]  # (session index or None, role index)


class Nearest:
    """Per site profile tables of the smallest site and date gaps between classes."""

    def __init__(self, eligibility: Eligibility) -> None:
        self.elig, self.cat = eligibility, eligibility.requirements
        self._inner: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._choice: dict[tuple[int, int, int], Choice] = {}

    def _tables(self, s: int) -> tuple[np.ndarray, np.ndarray]:
        """([TR] direct, [TC, TR] via a session): smallest site + dates gap per class pair."""
        if s in self._inner:
            return self._inner[s]
        cat, fr, fc = self.cat, self.elig.fit_roles[s], self.elig.fit_cohorts[s]
        n_tr = cat.n_role_classes
        has_fit = np.zeros(n_tr, dtype=bool)
        has_fit[cat.role_class[fr]] = True
        latest_fit = np.full(n_tr, NO_ROLE, dtype=np.int64)
        np.maximum.at(latest_fit, cat.role_class[fr], cat.start_key[fr])
        latest_any = np.full(n_tr, NO_ROLE, dtype=np.int64)
        np.maximum.at(latest_any, cat.role_class, cat.start_key)
        end = cat.end_key[None, :]
        best_role = np.where(
            end <= latest_fit[:, None],
            0,
            np.where(has_fit[:, None] | (end <= latest_any[:, None]), 1, 2),
        )
        cost = best_role + (~fc)[None, :]  # [TR, C]
        via = np.zeros((cat.n_cohort_classes, n_tr), dtype=np.int64)
        for tc in range(cat.n_cohort_classes):
            via[tc] = cost[:, cat.cohort_class == tc].min(axis=1)
        self._inner[s] = ((~has_fit).astype(np.int64), via)
        return self._inner[s]

    def choose(self, persons: np.ndarray) -> list[Choice | None]:
        """Per person (indices): the (session, role) of their smallest total gap, None when
        the data has no role."""
        out: list[Choice | None] = [None] * len(persons)
        if not len(self.cat.roles):
            return out
        n_tr = self.cat.n_role_classes
        sites = self.elig.site_row[self.elig.people.profile[persons]]
        for s in np.unique(sites):
            at = np.flatnonzero(sites == s)
            direct, via = self._tables(int(s))
            entry, gaps = self.elig.gaps(persons[at])
            total_direct = gaps[:, -1, :] + direct[None, :]
            total_via = entry[:, :, None] + gaps[:, :-1, :] + via[None, :, :]
            total = np.hstack([total_direct, total_via.reshape(len(at), -1)])
            for k, flat in zip(at, total.argmin(axis=1), strict=True):
                tc, tr = (None, int(flat)) if flat < n_tr else divmod(int(flat) - n_tr, n_tr)
                out[k] = self._pick(int(s), tc, tr)
        return out

    def _pick(self, s: int, tc: int | None, tr: int) -> Choice:
        """The first (session, role) of the classes reaching the smallest site + dates gap."""
        key = (s, -1 if tc is None else tc, tr)
        if key not in self._choice:
            cat, fr, fc = self.cat, self.elig.fit_roles[s], self.elig.fit_cohorts[s]
            roles = np.flatnonzero(cat.role_class == tr)
            if tc is None:
                self._choice[key] = (None, int(roles[np.argmin(~fr[roles])]))
            else:
                cohorts = np.flatnonzero(cat.cohort_class == tc)
                cost = (
                    (~fc[cohorts]).astype(np.int64)[:, None]
                    + (~fr[roles])[None, :]
                    + (cat.end_key[cohorts][:, None] > cat.start_key[roles][None, :])
                )
                i, j = divmod(int(cost.argmin()), len(roles))
                self._choice[key] = (int(cohorts[i]), int(roles[j]))
        return self._choice[key]
