"""What closes an unplaced person's pathways, in causal order, with the figures to check it.

The first cause told is the one that binds. A person whose admissible pathways all go through
sessions that did not open, at least one kept shut by its minimum size or by the budget, is
``not_opened``: nobody took their place, the session never ran. A person with a direct move or
a pathway through a session that runs is ``outcompeted``: they are told who holds the seats or
openings and on which criterion of the objective those people rank first — seniority, then a
better-ranked wish, otherwise the number placed and, last, the cost.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Callable

import numpy as np

from planner.domain import rules
from planner.domain.levels import norm_key
from planner.domain.outcomes import Closure, PersonReason, ReasonCode
from planner.domain.records import Dataset, Employee
from planner.explain.catalogue import Capacity
from planner.explain.reach import Reach

SHOWN = 3  # closures of one rule and holders of one target kept for the sentences

# The order closures are told in, per reason code: the binding cause first.
ORDER = {
    ReasonCode.NOT_OPENED: (rules.MIN_SIZE, rules.BUDGET, rules.SEATS, rules.OPENINGS),
    ReasonCode.OUTCOMPETED: (rules.SEATS, rules.OPENINGS, rules.BUDGET, rules.MIN_SIZE),
}


def cause(capacity: Capacity, reach: Reach) -> ReasonCode:
    """``not_opened`` when every admissible pathway goes through a session that does not run
    and one of them is shut by its minimum size or the budget; otherwise ``outcompeted``."""
    if reach.direct or (reach.cohorts & capacity.running).any():
        return ReasonCode.OUTCOMPETED
    shut = reach.cohorts & (capacity.min_block | capacity.budget_block)
    return ReasonCode.NOT_OPENED if shut.any() else ReasonCode.OUTCOMPETED


HELD = (rules.SEATS, rules.OPENINGS)  # closures about people placed, with a verdict each


@functools.lru_cache(maxsize=4096)
def wish_keys(wishes: tuple[str, ...]) -> tuple[str, ...]:
    """The wishes as compared (case and accents aside), once per distinct list of wishes."""
    return tuple(map(norm_key, wishes))


def wish_rank_for(wishes: tuple[str, ...], keys: frozenset[str]) -> int | None:
    """0-based rank of the first wish naming one of ``keys`` (a family or track), else None."""
    for rank, wish in enumerate(wish_keys(wishes)):
        if wish in keys:
            return rank
    return None


class Holders:
    """Who holds each session and role of a plan, counted by (senior, wish rank for it)."""

    def __init__(self, dataset: Dataset, plan: dict) -> None:
        self.people = {e.employee_id: e for e in dataset.employees}
        self.settings = dataset.settings
        self.keys = {
            c.cohort_id: frozenset(map(norm_key, (c.track, c.family))) for c in dataset.cohorts
        }
        self.keys.update({r.role_id: frozenset({norm_key(r.family)}) for r in dataset.roles})
        self.at: dict[str, list[str]] = {}
        for employee_id, way in plan.items():
            self.at.setdefault(way.role_id, []).append(employee_id)
            if way.cohort_id is not None:
                self.at.setdefault(way.cohort_id, []).append(employee_id)
        self._counts: dict[str, Counter] = {}

    def counts(self, target: str) -> Counter:
        """(senior, wish rank for ``target``) -> people placed there; counted once per target."""
        if target not in self._counts:
            keys = self.keys.get(target, frozenset())
            self._counts[target] = Counter(
                (rules.is_senior(e, self.settings), wish_rank_for(e.wishes, keys))
                for e in map(self.people.get, self.at.get(target, ()))
                if e is not None
            )
        return self._counts[target]

    def ranked_first(self, target: str, senior: bool, mine: int | None) -> tuple[int, int, int]:
        """How many of the people placed at ``target`` rank before a person (``senior``, wish
        rank ``mine`` for it) by seniority, by a better-ranked wish for it, or by neither (the
        number placed, then the cost)."""
        by_seniority = by_wishes = total = 0
        for (their_senior, rank), n in self.counts(target).items():
            total += n
            if their_senior and not senior:
                by_seniority += n
            elif their_senior == senior and rank is not None and (mine is None or rank < mine):
                by_wishes += n
        return by_seniority, by_wishes, total - by_seniority - by_wishes

    def first(self, target: str) -> tuple[str, ...]:
        return tuple(self.at.get(target, ())[:SHOWN])


class Closures:
    """The closures of one explanation: figures per session and role (``skeleton``, the same
    for every person of a level pattern), then a verdict per person (``for_person``)."""

    def __init__(self, dataset: Dataset, plan: dict, capacity: Capacity, admissible) -> None:
        self.capacity, self.admissible = capacity, admissible  # [C] unplaced who could enter
        self.cohorts, self.roles = dataset.cohorts, dataset.roles
        self.settings = dataset.settings
        self.holders = Holders(dataset, plan)
        self._verdicts: dict[tuple, Closure] = {}

    def skeleton(self, code: ReasonCode, reach: Reach) -> tuple[Closure, ...]:
        """The closures of pathways ``reach`` summarises, rule by rule in the order of
        ``code``; those about people placed still without their verdict."""
        tell = {
            rules.SEATS: self.seats,
            rules.OPENINGS: self.openings,
            rules.MIN_SIZE: self.min_size,
            rules.BUDGET: self.budget,
        }
        return tuple(c for rule in ORDER[code] for c in tell[rule](reach))

    def for_person(self, skeleton: tuple[Closure, ...], person: Employee) -> tuple[Closure, ...]:
        """``skeleton`` with, for each full session or role, who ranks ahead of ``person``."""
        senior = rules.is_senior(person, self.settings)
        return tuple(
            self._verdict(c, senior, person.wishes) if c.rule in HELD else c for c in skeleton
        )

    def _verdict(self, closure: Closure, senior: bool, wishes: tuple[str, ...]) -> Closure:
        held = self.holders
        mine = wish_rank_for(wishes, held.keys.get(closure.target, frozenset()))
        key = (closure.rule, closure.target, senior, mine)
        if key not in self._verdicts:
            by = held.ranked_first(closure.target, senior, mine)
            self._verdicts[key] = dataclasses.replace(
                closure, by_seniority=by[0], by_wishes=by[1], by_count=by[2]
            )
        return self._verdicts[key]

    def seats(self, reach: Reach) -> list[Closure]:
        full = np.flatnonzero(reach.cohorts & self.capacity.seats_full)[:SHOWN]
        return [
            self._held(rules.SEATS, self.cohorts[c].cohort_id, self.cohorts[c].seats) for c in full
        ]

    def openings(self, reach: Reach) -> list[Closure]:
        full = np.flatnonzero(reach.roles & self.capacity.openings_full)[:SHOWN]
        return [
            self._held(rules.OPENINGS, self.roles[r].role_id, self.roles[r].openings) for r in full
        ]

    def _held(self, rule: str, target: str, limit: int) -> Closure:
        key = (rule, target, None, None)
        if key not in self._verdicts:
            placed = sum(self.holders.counts(target).values())
            self._verdicts[key] = Closure(rule, target, limit, placed, self.holders.first(target))
        return self._verdicts[key]

    def min_size(self, reach: Reach) -> list[Closure]:
        shut = np.flatnonzero(reach.cohorts & self.capacity.min_block)[:SHOWN]
        cap = self.capacity
        return [
            Closure(
                rules.MIN_SIZE,
                self.cohorts[c].cohort_id,
                self.cohorts[c].min_size,
                cost=float(cap.extra[c]),
                left=cap.left,
                admissible=int(self.admissible[c]),
            )
            for c in shut
        ]

    def budget(self, reach: Reach) -> list[Closure]:
        """The cheapest session the budget keeps shut to this person: what it would cost."""
        cap = self.capacity
        blocked = np.flatnonzero(reach.cohorts & cap.budget_block)
        if not len(blocked):
            return []
        c = int(blocked[np.argmin(cap.extra[blocked])])
        cohort, placed, cost = self.cohorts[c], int(cap.placed[c]), float(cap.extra[c])
        size = max(cohort.min_size, 1)
        return [Closure(rules.BUDGET, cohort.cohort_id, size, placed, cost=cost, left=cap.left)]


def renamed(reason: PersonReason, rename: Callable[[str], str]) -> PersonReason:
    """``reason`` with the person and the holders it names renamed (a pseudonymised file
    never quotes a real id, neither the person's nor those who hold their place)."""
    closures = tuple(
        dataclasses.replace(c, holders=tuple(map(rename, c.holders))) for c in reason.closures
    )
    return dataclasses.replace(reason, employee_id=rename(reason.employee_id), closures=closures)
