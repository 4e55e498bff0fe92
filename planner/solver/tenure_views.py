"""One view's searches for the tenure-ordered greedy: the first pathway a person may take.

A view (a site, or mobile) sees the roles and sessions whose sites fit it. At the start of a
block of people, each view keeps those still open or live, in sheet order, with the role classes
among them, and searches them with the people's answer words (``tenure_answers``):

- a direct move: the first open role whose class the person meets without a session (each
  class keeps its first open role);
- otherwise the first live session that leads somewhere, then its first role. A session of
  class g leads somewhere when an open role of a class the person meets after g starts after it
  ends; the latest such start per g (``reach``) comes from the view's classes sorted by their
  latest open start, the first class carrying bit g giving g's.

Within a pass roles and sessions only close, so what a person cannot take at some moment they
cannot take later in the pass. A few people of a view are therefore searched together
(``ViewSearch.batch``); when a person's turn comes, the pathway found for them still comes first
if it is still available, and their search resumes from it otherwise. ``reach`` computed earlier
is an upper bound, so every session it proposes then is checked role by role.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

from planner.domain.eligibility import kernels
from planner.solver.tenure_catalogue import TenureCatalogue
from planner.solver.tenure_state import TenureState

NO_ROLE = -2  # the latest start of nothing open: before every session end (end keys >= -1)
NONE = -1  # no role or session found
NOTHING = 1 << 62  # the first open role of a class with none: after every role
ONE = np.uint64(1)


class Batch(NamedTuple):
    """What some people of a view could take when their batch was searched."""

    direct: np.ndarray  # [K] first open role they meet without a session, or NONE
    session: np.ndarray  # [K] first live session that leads somewhere, or NONE
    role: np.ndarray  # [K] the first open role after it
    first: np.ndarray  # [K] that session's position among the view's sessions
    reach: np.ndarray  # [K, 64 W] per session class bit, ``reach`` then


class ViewSearch:
    """The open roles and live sessions of one view since the start of a block."""

    def __init__(self, cat: TenureCatalogue, state: TenureState, v: int) -> None:
        req = cat.req
        self.cat, self.state = cat, state
        self.roles = np.flatnonzero(cat.fit_roles[v] & (state.open > 0))
        self.at = np.full(len(state.open), NONE, dtype=np.int64)
        self.at[self.roles] = np.arange(len(self.roles))
        self.classes, cls = np.unique(req.role_class[self.roles], return_inverse=True)
        self.cls = cls.reshape(self.roles.shape)
        self.open = np.ones(len(self.roles), dtype=bool)
        self.start = req.start_key[self.roles]
        self.by_class = np.argsort(self.cls, kind="stable")  # the roles of each class in turn
        self.cut = np.searchsorted(self.cls[self.by_class], np.arange(len(self.classes) + 1))
        self.first_open = self.roles[self.by_class[self.cut[:-1]]]  # per class
        fit = np.flatnonzero(cat.fit_sessions[v])
        self.sessions = fit[state.live(fit)]
        self.session_class = req.cohort_class[self.sessions]
        self.end = req.end_key[self.sessions]
        self.sorted: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def close(self, r: int) -> None:
        """Role r is full: drop it, move its class's first open role on, and forget the class
        order if r was its class's latest start."""
        i = int(self.at[r])
        if i == NONE:
            return
        t = int(self.cls[i])
        self.open[i] = False
        members = self.by_class[self.cut[t] : self.cut[t + 1]]
        still = members[self.open[members]]
        self.first_open[t] = self.roles[still[0]] if len(still) else NOTHING
        if self.sorted is not None and self.sorted[2][t] == self.start[i]:
            self.sorted = None

    def by_latest(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Classes with an open role, latest open start first; those starts; per class."""
        if self.sorted is None:
            latest = np.full(len(self.classes), NO_ROLE, dtype=np.int64)
            np.maximum.at(latest, self.cls[self.open], self.start[self.open])
            order = np.argsort(-latest, kind="stable")
            order = order[latest[order] > NO_ROLE]
            self.sorted = (order, latest[order], latest)
        return self.sorted

    def batch(self, rows: np.ndarray) -> Batch:
        """Search for the people of ``rows`` ([K, W, T] answers) against what is open now."""
        order, latest, _ = self.by_latest()
        reach = reach_of(rows[:, :, order], latest)
        ok = reach[:, self.session_class] >= self.end[None, :]
        ok &= self.state.live(self.sessions)[None, :]
        first = _first(ok, np.arange(len(self.sessions)))
        session = np.append(self.sessions, NONE)[first]  # NONE (-1) picks the NONE appended
        return Batch(self.direct(rows), session, self.roles_after(rows, first), first, reach)

    def direct(self, rows: np.ndarray) -> np.ndarray:
        """[K]: per person of ``rows``, the first open role they meet without a session."""
        bit = self.cat.direct
        met = ((rows[:, bit >> 6, :] >> np.uint64(bit & 63)) & ONE).astype(bool)
        first = np.where(met, self.first_open[None, :], NOTHING).min(axis=1, initial=NOTHING)
        return np.where(first == NOTHING, NONE, first)

    def roles_after(self, rows: np.ndarray, first: np.ndarray) -> np.ndarray:
        """[K]: per person, the first open role after their session at position ``first``."""
        if not len(self.sessions):
            return np.full(len(first), NONE, dtype=np.int64)
        at = np.maximum(first, 0)
        tc, end = self.session_class[at], self.end[at]
        words = rows[np.arange(len(first)), tc >> 6, :] >> (tc & 63).astype(np.uint64)[:, None]
        ok = ((words & ONE).astype(bool) & (first != NONE)[:, None])[:, self.cls]
        ok &= self.open[None, :] & (self.start[None, :] >= end[:, None])
        return _first(ok, self.roles)

    def first_role(self, rows: np.ndarray, bit: int, end: int, banned=None) -> int:
        """First open role (sheet order) of a class whose answer has ``bit``, starting at or
        after ``end``, that ``banned`` (a mask over the view's roles) does not exclude."""
        word = rows[bit >> 6] >> np.uint64(bit & 63)
        ok = (word & ONE).astype(bool)[self.cls] & self.open & (self.start >= end)
        if banned is not None:
            ok &= ~banned
        return int(_first(ok[None, :], self.roles)[0])

    def sessions_from(self, reach: np.ndarray, first: int) -> Iterator[int]:
        """Live sessions (sheet order) from position ``first`` on that ``reach`` (one
        person's) says may lead to an open role."""
        if first == NONE:
            return
        c = int(self.sessions[first])
        if self.state.live_one(c):
            yield c
        rest = slice(first + 1, None)
        ok = reach[self.session_class[rest]] >= self.end[rest]
        ok &= self.state.live(self.sessions[rest])
        yield from self.sessions[rest][ok].tolist()


def _first(ok: np.ndarray, items: np.ndarray) -> np.ndarray:
    """[K]: per row of ``ok`` ([K, M] bool), the item of its first True, or NONE."""
    if not ok.shape[1]:
        return np.full(ok.shape[0], NONE, dtype=np.int64)
    at = ok.argmax(axis=1)
    return np.where(ok[np.arange(len(at)), at], items[at], NONE)


def reach_of(rows: np.ndarray, latest: np.ndarray) -> np.ndarray:
    """[K, 64 W]: per person and answer bit g, the first of ``latest`` whose class's answer
    ([K, W, n] ``rows``, classes in that order) has g, or NO_ROLE. Or-ing the words along the
    classes, each bit appears once: where the running word changes."""
    k, words, _ = rows.shape
    out = np.full((k, 64 * words), NO_ROLE, dtype=np.int64)
    for w in range(words):
        seen = np.bitwise_or.accumulate(rows[:, w, :], axis=1)
        new = seen.copy()
        new[:, 1:] &= ~seen[:, :-1]
        who, at = np.nonzero(new)
        bits = kernels.unpack_bits(np.ascontiguousarray(new[who, at]).reshape(-1, 1), 64)
        hit, b = np.nonzero(bits)
        out[who[hit], 64 * w + b] = latest[at[hit]]
    return out
