"""The tenure-ordered greedy of PRODUCT.md: the spreadsheet method every plan must place as many as.

People by tenure, longest first (ties by employee_id); each takes the first pathway that still has
an opening, a seat and budget: a direct move first (roles in sheet order), otherwise sessions in
sheet order, each followed by its first role in sheet order that is still open. Sessions left
under their minimum size are then cancelled, their people released, and the pass repeated for
everyone still unplaced (cancelled sessions excluded) until no session is under its minimum.
Each pass first gives every unplaced locked person their locked pathway when it still fits; a
lock that does not fit (or whose session was cancelled) is skipped and its person queues like
anyone. A banned pathway is skipped for the person the ban names. Money is counted in centimes,
as the optimizer counts it.

The optimizer runs this first on every solve, so it must be fast at 90,000 people, whatever the
shape of the workbook. People are taken in blocks: for a block, each view (a site, or mobile)
keeps the roles and sessions still available to it (``tenure_views``), and the block's answers
are computed at once against the role classes still open (``tenure_answers``). Passes after
the first skip the people who can take nothing of what is open (``tenure_summary``).
"""

from __future__ import annotations

import heapq

import numpy as np

from planner.domain.admission import Admission
from planner.domain.plan import Edits, Plan
from planner.domain.records import Dataset
from planner.solver.tenure_answers import Answers
from planner.solver.tenure_catalogue import build_catalogue, by_view
from planner.solver.tenure_state import TenureState
from planner.solver.tenure_summary import Summaries
from planner.solver.tenure_views import NO_ROLE, NONE, Batch, ViewSearch

BLOCK = 1024  # people in a pass's first block
BLOCK_WORDS = 1 << 20  # answer words computed at once (8 MB)
BATCH = 32  # people of a view searched together, doubled while they find nothing
MAX_BATCH = 1024
NO_EDITS = Edits()


def tenure_greedy(dataset: Dataset, edits: Edits = NO_EDITS) -> Plan:
    """The tenure-ordered greedy plan: every rule and ban obeyed, the same plan on every run."""
    cat = build_catalogue(dataset)
    state = TenureState(cat, edits)
    admission = Admission(dataset) if state.locks else None
    answers, summaries = Answers(cat), None
    while True:
        for k in sorted(state.locks):
            if not state.placed[k]:
                state.try_lock(k, admission)
        _one_pass(answers, state, np.flatnonzero(~state.placed), summaries)
        if not state.cancel_small():
            return state.plan()
        summaries = summaries or Summaries(answers)


def _one_pass(answers: Answers, state: TenureState, rest, summaries) -> None:
    """Search for everyone of ``rest`` in turn, a block at a time. Blocks start small and
    double: a later pass's first people often take what was freed, and the rest then skip."""
    size, cat = BLOCK, answers.cat
    while len(rest) and state.open.any():
        head = rest[:size]
        views = np.unique(cat.view[head]).tolist()
        searches = {v: ViewSearch(cat, state, v) for v in views}
        if summaries is not None:
            keep = summaries.maybe(head, searches)
            rest, head = np.concatenate([head[keep], rest[size:]]), head[keep]
        if len(head):
            block = _Block(answers, state, head, searches)
            block.run()
            rest = rest[len(block.people) :]
        size *= 2


class _Block:
    """The first people of ``head`` whose answers fit in ``BLOCK_WORDS``, their answers per
    view, and the views' searches."""

    def __init__(self, answers: Answers, state: TenureState, head, searches) -> None:
        cat = self.cat = answers.cat
        self.state, self.search = state, searches
        width = np.zeros(cat.fit_roles.shape[0], dtype=np.int64)
        for v, search in searches.items():
            width[v] = len(search.classes) * cat.words
        words = np.cumsum(width[cat.view[head]])
        self.people = head[: max(1, int(np.searchsorted(words, BLOCK_WORDS, side="right")))]
        self.mine = by_view(cat.view[self.people])  # each view's people, as positions
        self.rows = {
            v: answers.of(self.people[at], searches[v].classes) for v, at in self.mine.items()
        }

    def run(self) -> None:
        """Each person with something to take, in turn. A view's next batch is searched when
        its first person's turn comes; people their batch finds nothing for are passed over."""
        mine = {v: at.tolist() for v, at in self.mine.items()}
        size = dict.fromkeys(self.rows, BATCH)
        events = [(mine[v][0], v, 0, None) for v in self.rows]  # (turn, view, slot, batch)
        heapq.heapify(events)
        while events:
            turn, v, i, batch = heapq.heappop(events)
            if batch is None:
                batch = self.search[v].batch(self.rows[v][i : i + size[v]])
                found = np.flatnonzero((batch.direct != NONE) | (batch.first != NONE))
                size[v] = BATCH if len(found) else min(2 * size[v], MAX_BATCH)
                for j in found.tolist():
                    heapq.heappush(events, (mine[v][i + j], v, i + j, (batch, j)))
                if i + len(batch.first) < len(mine[v]):
                    i += len(batch.first)
                    heapq.heappush(events, (mine[v][i], v, i, None))
                continue
            k = int(self.people[turn])
            self.place(k, self.search[v], self.rows[v][i], *batch)

    def place(self, k: int, search: ViewSearch, rows: np.ndarray, batch: Batch, j: int) -> None:
        """k's first pathway in the greedy's order, from what their batch found: still first
        if still available (all before it were not, and are not now), else searched again."""
        if k in self.state.bans:
            return self.place_banned(k, search, rows, batch, j)
        r = int(batch.direct[j])
        if r != NONE and not self.state.open[r]:
            r = int(search.direct(rows[None])[0])
        if r != NONE:
            return self.take(k, None, r)
        c, r = int(batch.session[j]), int(batch.role[j])
        if c != NONE and r != NONE and self.state.open[r] and self.state.live_one(c):
            return self.take(k, c, r)
        tc, end = self.cat.req.cohort_class, self.cat.req.end_key
        for c in search.sessions_from(batch.reach[j], int(batch.first[j])):
            r = search.first_role(rows, int(tc[c]), int(end[c]))
            if r != NONE:
                return self.take(k, c, r)
        return None

    def place_banned(self, k: int, search: ViewSearch, rows, batch: Batch, j: int) -> None:
        """``place`` for a person with bans: each search also skips the pathways banned."""
        r = search.first_role(rows, self.cat.direct, NO_ROLE, self.bans(k, search, None))
        if r != NONE:
            return self.take(k, None, r)
        tc, end = self.cat.req.cohort_class, self.cat.req.end_key
        for c in search.sessions_from(batch.reach[j], int(batch.first[j])):
            banned = self.bans(k, search, c)
            r = search.first_role(rows, int(tc[c]), int(end[c]), banned)
            if r != NONE:
                return self.take(k, c, r)
        return None

    def bans(self, k: int, search: ViewSearch, c: int | None) -> np.ndarray:
        """Mask over the view's roles: the pathways (c, role) a ban of k names."""
        return self.state.banned_roles(k, c, search.roles)

    def take(self, k: int, c: int | None, r: int) -> None:
        if self.state.take(k, c, r):
            fits = self.cat.role_views[r]
            if len(fits) < len(self.search):
                for v in fits:
                    if v in self.search:
                        self.search[v].close(r)
            else:
                for search in self.search.values():
                    search.close(r)
