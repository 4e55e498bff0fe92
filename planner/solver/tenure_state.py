"""Seats, openings, budget and who holds what while the tenure-ordered greedy runs.

Arrays, so that a search reads a whole view's availability in one comparison. Within a pass
openings, seats and budget only shrink (a session that was too dear to open stays empty, so
stays too dear), which is what lets answers computed earlier in a pass bound later ones.
"""

from __future__ import annotations

import numpy as np

from planner.domain.admission import Admission
from planner.domain.plan import Ban, Edits, Pathway, Plan, ban_matches
from planner.solver.tenure_catalogue import TenureCatalogue

Held = tuple[int | None, int]  # (session or None, role)


class TenureState:
    """What is left of every session and role, and each placed person's (session, role)."""

    def __init__(self, cat: TenureCatalogue, edits: Edits) -> None:
        self.cat = cat
        self.open = np.array([r.openings for r in cat.dataset.roles], dtype=np.int64)
        self.seats = np.array([c.seats for c in cat.dataset.cohorts], dtype=np.int64)
        self.inside = np.zeros(len(self.seats), dtype=np.int64)
        self.money = cat.cost + cat.fixed  # what one more person costs each session
        self.budget = cat.budget
        self.held: dict[int, Held] = {}
        self.placed = np.zeros(len(cat.people), dtype=bool)
        self.members: dict[int, list[int]] = {}
        self.bans: dict[int, list[Ban]] = {}
        self.locks: dict[int, Held] = {}
        if edits.bans or edits.locks:
            self.edit(edits)

    def edit(self, edits: Edits) -> None:
        """Each person's bans, and their lock if it names a known session and role."""
        at = {e.employee_id: k for k, e in enumerate(self.cat.people)}
        for ban in edits.bans:
            if ban.employee_id in at:
                self.bans.setdefault(at[ban.employee_id], []).append(ban)
        locks = lock_indices(self.cat, edits).items()
        self.locks = {at[i]: held for i, held in locks if i in at}

    def live(self, sessions: np.ndarray) -> np.ndarray:
        """Per session: a seat left, and the money for it (and to open it if it is empty)."""
        ok = self.seats[sessions] > 0
        return ok if self.budget is None else ok & (self.money[sessions] <= self.budget)

    def live_one(self, c: int) -> bool:
        """``live`` of one session."""
        return self.seats[c] > 0 and (self.budget is None or self.money[c] <= self.budget)

    def take(self, k: int, c: int | None, r: int) -> bool:
        """Person k takes (c, r); True when that fills role r."""
        self.open[r] -= 1
        if c is not None:
            if self.budget is not None:
                self.budget -= int(self.money[c])
            self.inside[c] += 1
            self.seats[c] -= 1
            self.money[c] = self.cat.cost[c]
            self.members.setdefault(c, []).append(k)
        self.held[k] = (c, r)
        self.placed[k] = True
        return not self.open[r]

    def cancel_small(self) -> bool:
        """Cancel every session under its minimum size, releasing its people; False if none."""
        need = np.array([c.min_size for c in self.cat.dataset.cohorts], dtype=np.int64)
        small = np.flatnonzero((self.inside > 0) & (self.inside < need.reshape(self.inside.shape)))
        for c in small.tolist():
            for k in self.members.pop(c):
                self.open[self.held.pop(k)[1]] += 1
                self.placed[k] = False
            if self.budget is not None:
                self.budget += int(self.cat.cost[c] * self.inside[c] + self.cat.fixed[c])
            self.inside[c] = self.seats[c] = 0
        return bool(len(small))

    def try_lock(self, k: int, admission: Admission) -> None:
        """Take k's locked pathway if the rules, the bans, seats, openings and budget allow it."""
        c, r = self.locks[k]
        cat = self.cat
        live = c is None or self.live_one(c)
        if not (self.open[r] and live) or self.banned(k, c, r):
            return
        cohort = None if c is None else cat.dataset.cohorts[c]
        if admission.admissible(cat.people[k], cohort, cat.dataset.roles[r]):
            self.take(k, c, r)

    def banned(self, k: int, c: int | None, r: int) -> bool:
        """Whether a ban of person k names pathway (c, r)."""
        bans = self.bans.get(k)
        if not bans:
            return False
        cid = None if c is None else self.cat.dataset.cohorts[c].cohort_id
        pathway = Pathway(self.cat.dataset.roles[r].role_id, cid)
        return any(ban_matches(ban, pathway) for ban in bans)

    def banned_roles(self, k: int, c: int | None, roles: np.ndarray) -> np.ndarray:
        """Mask over ``roles``: the pathways (c, role) a ban of k names (``ban_matches``: a
        ban's None matches any session or role)."""
        out = np.zeros(len(roles), dtype=bool)
        cid = None if c is None else self.cat.dataset.cohorts[c].cohort_id
        for ban in self.bans.get(k, ()):
            if ban.cohort_id is None or ban.cohort_id == cid:
                ids = [self.cat.dataset.roles[r].role_id for r in roles.tolist()]
                out |= [ban.role_id is None or i == ban.role_id for i in ids]
        return out

    def plan(self) -> Plan:
        cid = [c.cohort_id for c in self.cat.dataset.cohorts]
        rid = [r.role_id for r in self.cat.dataset.roles]
        people = self.cat.people
        return Plan(
            {
                people[k].employee_id: Pathway(rid[r], None if c is None else cid[c])
                for k, (c, r) in self.held.items()
            }
        )


def lock_indices(cat: TenureCatalogue, edits: Edits) -> dict[str, Held]:
    """Employee id -> (session index or None, role index) of their first lock, if known."""
    cohort = {c.cohort_id: i for i, c in enumerate(cat.dataset.cohorts)}
    role = {r.role_id: i for i, r in enumerate(cat.dataset.roles)}
    out: dict[str, Held | None] = {}
    for lock in edits.locks:
        cid, rid = lock.pathway.cohort_id, lock.pathway.role_id
        known = rid in role and (cid is None or cid in cohort)
        at = (None if cid is None else cohort[cid], role[rid]) if known else None
        out.setdefault(lock.employee_id, at)
    return {employee_id: at for employee_id, at in out.items() if at is not None}
