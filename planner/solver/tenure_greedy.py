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

The optimizer runs this first on every solve, so it must be fast at 90,000 people. People are
taken in blocks: for a block, each view (site or mobile) keeps the roles and sessions still
available to it, and the block's answers are computed at once against the role classes still
open (``tenure_catalogue``). Within a pass availability only shrinks, so what a person cannot
take at some moment they cannot take later in the pass: a few people of a view at a time are
first tested together against what is left (``ViewSearch.maybe``), and only those who may take
something are searched one by one (``tenure_views``). In the passes after cancellations most
people find nothing, and are skipped so.
"""

from __future__ import annotations

import numpy as np

from planner.domain.admission import Admission
from planner.domain.plan import Edits, Plan
from planner.domain.records import Dataset
from planner.solver.tenure_catalogue import TenureCatalogue, answers, build_catalogue
from planner.solver.tenure_state import TenureState
from planner.solver.tenure_views import NO_ROLE, NONE, ViewSearch

BLOCK = 4096  # people whose answers are computed together
BATCH = 32  # people of one view tested together against what is left
NO_EDITS = Edits()


def tenure_greedy(dataset: Dataset, edits: Edits = NO_EDITS) -> Plan:
    """The tenure-ordered greedy plan: every rule and ban obeyed, the same plan on every run."""
    cat = build_catalogue(dataset)
    state = TenureState(cat, edits)
    admission = Admission(dataset) if state.locks else None
    while True:
        waiting = [k for k in range(len(cat.people)) if k not in state.held]
        for k in waiting:
            if k in state.locks:
                state.try_lock(k, admission)
        rest = np.array([k for k in waiting if k not in state.held], dtype=np.int64)
        for at in range(0, len(rest), BLOCK):
            if not state.open.any():
                break
            _Block(cat, state, rest[at : at + BLOCK]).run()
        if not state.cancel_small():
            return state.plan()


class _Block:
    """A block of people in tenure order, their answers per view, and the views' searches."""

    def __init__(self, cat: TenureCatalogue, state: TenureState, people: np.ndarray) -> None:
        self.cat, self.state, self.people = cat, state, people
        views = cat.view[people]
        self.slot = np.empty(len(people), dtype=np.int64)  # index among its view's people
        self.search: dict[int, ViewSearch] = {}
        self.rows: dict[int, np.ndarray] = {}
        self.maybe: dict[int, np.ndarray] = {}
        for v in np.unique(views).tolist():
            mine = np.flatnonzero(views == v)
            self.slot[mine] = np.arange(len(mine))
            search = self.search[v] = ViewSearch(cat, state, v)
            self.rows[v] = answers(cat, people[mine], search.classes)
            self.maybe[v] = np.zeros(len(mine), dtype=bool)

    def run(self) -> None:
        views = self.cat.view[self.people].tolist()
        for k, v, i in zip(self.people.tolist(), views, self.slot.tolist(), strict=True):
            if i % BATCH == 0:
                rows = self.rows[v][i : i + BATCH]
                self.maybe[v][i : i + BATCH] = self.search[v].maybe(rows)
            if self.maybe[v][i]:
                self.place(k, self.search[v], self.rows[v][i])

    def place(self, k: int, search: ViewSearch, rows: np.ndarray) -> None:
        """k's first pathway in the greedy's order, if any."""
        if k in self.state.bans:
            return self.place_banned(k, search, rows)
        r = search.first_role(rows, self.cat.direct, NO_ROLE)
        if r != NONE:
            return self.take(k, None, r)
        end = self.cat.req.end_key
        for c in search.sessions_for(rows).tolist():
            r = search.first_role(rows, int(self.cat.req.cohort_class[c]), int(end[c]))
            if r != NONE:
                return self.take(k, c, r)
        return None

    def place_banned(self, k: int, search: ViewSearch, rows: np.ndarray) -> None:
        """``place`` for a person with bans: each search also skips the pathways banned."""
        r = search.first_role(rows, self.cat.direct, NO_ROLE, self.bans(k, search, None))
        if r != NONE:
            return self.take(k, None, r)
        end = self.cat.req.end_key
        for c in search.sessions_for(rows).tolist():
            banned = self.bans(k, search, c)
            r = search.first_role(rows, int(self.cat.req.cohort_class[c]), int(end[c]), banned)
            if r != NONE:
                return self.take(k, c, r)
        return None

    def bans(self, k: int, search: ViewSearch, c: int | None) -> np.ndarray:
        """Mask over the view's roles: the pathways (c, role) a ban of k names."""
        return np.array([self.state.banned(k, c, r) for r in search.roles.tolist()], dtype=bool)

    def take(self, k: int, c: int | None, r: int) -> None:
        if self.state.take(k, c, r):
            for search in self.search.values():
                search.close(r)
