"""People's answer words for role classes: the admissibility the tenure-ordered greedy reads.

A person's answer for a role class is one word per 64 session classes: bit ``g`` says they may
enter a session of class ``g`` (rule entry_requirements) and then meet the role class with its
grants (rule role_requirements); bit ``TC`` (``TenureCatalogue.direct``) that they meet it
without a session. A role class needs an education and a few levels, and each of those needs is
a *factor*: for the education, the session classes the person may enter if educated enough,
else none; for a level, every bit if the person has it, else the session classes granting it.
The answer is the AND of the class's factors. Classes share most of their factors (a few dozen
in all), so a block of people's factors take one comparison, and each answer a few ANDs.
"""

from __future__ import annotations

import numpy as np

from planner.solver.tenure_catalogue import FULL, TenureCatalogue


class Answers:
    """The catalogue's factors, and each role class's (education first)."""

    def __init__(self, cat: TenureCatalogue) -> None:
        req, words, n = cat.req, cat.words, cat.req.n_role_classes
        t, d = np.nonzero(req.role_need)  # class by class, dimensions in order
        rows = np.zeros((n + len(t), 2 + words), dtype=np.int64)
        rows[:n, 0] = cat.levels.shape[0]  # education: the row after the levels
        rows[:n, 1] = req.role_edu
        rows[n:, 0] = d
        rows[n:, 1] = req.role_need[t, d]
        rows[n:, 2:] = cat.granted[t, d].view(np.int64)
        factors, which = np.unique(rows, axis=0, return_inverse=True)
        which = which.reshape(-1)
        self.cat = cat
        self.dim, self.need = factors[:, 0], factors[:, 1]
        self.granted = np.ascontiguousarray(factors[:, 2:]).view(np.uint64)  # [F, W]
        self.educated = np.flatnonzero(self.dim == cat.levels.shape[0])
        self.count = 1 + np.bincount(t, minlength=n)  # factors per class
        self.uses = np.zeros((n, int(self.count.max(initial=1))), dtype=np.int64)
        self.uses[:, 0] = which[:n]
        first = np.cumsum(self.count - 1) - (self.count - 1)  # each class's first level in t
        self.uses[t, 1 + np.arange(len(t)) - first[t]] = which[n:]

    def of(self, people: np.ndarray, classes: np.ndarray) -> np.ndarray:
        """[K, W, T]: per person of ``people``, their answer for each role class of ``classes``.

        Classes are taken most factors first, so that the classes with a j-th factor are a
        prefix and each AND is in place.
        """
        table = self.table(people)  # [K, W, F]
        count = self.count[classes]
        order = np.argsort(-count, kind="stable")
        uses = self.uses[classes[order]]
        out = table[:, :, uses[:, 0]]
        for j in range(1, int(count.max(initial=1))):
            n = int(np.count_nonzero(count > j))
            out[:, :, :n] &= table[:, :, uses[:n, j]]
        return out[:, :, np.argsort(order, kind="stable")]

    def table(self, people: np.ndarray) -> np.ndarray:
        """[K, W, F]: every factor's words for every person of ``people``."""
        cat = self.cat
        have = np.vstack([cat.levels[:, people], cat.education[people][None, :]])
        met = have[self.dim] >= self.need[:, None]  # [F, K]
        table = np.where(met[:, None, :], FULL, self.granted[:, :, None])  # [F, W, K]
        table[self.educated] &= cat.entered[people].T[None]
        return np.ascontiguousarray(table.transpose(2, 1, 0))
