"""Person-by-person explanations of a plan: why each employee has, or has not, a pathway.

Every employee gets a ``PersonReason`` (see ``domain.ReasonCode``): placed or locked, with the
requirements they met, the wish fulfilled and other admissible pathways; or unplaced because no
pathway is admissible (with the nearest miss), because bans forbid every admissible one, or
because capacity went to people ranked first (with what closes each pathway in this plan).
The rule names of ``planner.domain.rules`` are the vocabulary; ``describe`` (``explain.text``)
turns a reason into a French or English paragraph from the catalogue's sentences (``rule.<rule>``,
``binding.<rule>``… in ``planner.i18n``).

An unplaced person with admissible pathways is ``not_opened`` or ``outcompeted``, whichever
cause binds first (``explain.closures``), with the figures of what closes their pathways.

People are handled per distinct profile and pathways per requirement class (see
``explain_tables``), so 90,000 agents against thousands of sessions and roles stay fast.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict

import numpy as np

from planner.domain import rules
from planner.domain.eligibility.engine import Eligibility
from planner.domain.eligibility.profiles import unique_rows
from planner.domain.money import plan_cost
from planner.domain.outcomes import PersonReason, ReasonCode, SolveResult, SolveStatus
from planner.domain.plan import Ban, Edits, Pathway
from planner.domain.records import Dataset, Employee
from planner.explain.catalogue import NO_PLAN, binding_tokens, build_capacity
from planner.explain.closures import Closures, cause
from planner.explain.met import met_requirements
from planner.explain.nearest import Nearest
from planner.explain.reach import Reach, Reacher
from planner.explain.text import describe, rule_sentence

__all__ = ["ALTERNATIVES_CAP", "describe", "explain", "rule_sentence"]

ALTERNATIVES_CAP = 10
NO_EDITS = Edits()


def explain(
    dataset: Dataset, result: SolveResult, edits: Edits = NO_EDITS
) -> dict[str, PersonReason]:
    """The reason of every employee of ``dataset`` in ``result.plan``, keyed by employee id."""
    ctx = _Context(dataset, result, edits)
    ctx.prepare_nearest()
    return {e.employee_id: ctx.reason(i, e) for i, e in enumerate(dataset.employees)}


class _Context:
    """Arrays, caches and lookups shared by all the people of one explanation."""

    def __init__(self, dataset: Dataset, result: SolveResult, edits: Edits) -> None:
        self.dataset, self.plan = dataset, result.plan.assignments
        self.no_plan = result.status in (SolveStatus.INFEASIBLE, SolveStatus.NO_PLAN)
        self.cohorts = {c.cohort_id: c for c in dataset.cohorts}
        self.roles = {r.role_id: r for r in dataset.roles}
        self.bans: dict[str, list[Ban]] = defaultdict(list)
        for ban in edits.bans:
            self.bans[ban.employee_id].append(ban)
        self.locks = {(lock.employee_id, lock.pathway) for lock in edits.locks}
        self._build_arrays(result)
        self._alternatives: dict[int, tuple[Pathway, ...]] = {}
        self._binding: dict[int, tuple[str, ...]] = {}
        self._misses: dict[int, tuple] = {}
        self._met: dict[tuple, tuple[str, ...]] = {}
        self._wish: dict[tuple, int | None] = {}
        self._choice: dict[int, tuple[int | None, int] | None] = {}
        self._closures: dict[int, tuple[ReasonCode, tuple]] = {}
        self._site_fits = functools.lru_cache(maxsize=None)(rules.site_fits)

    def _build_arrays(self, result: SolveResult) -> None:
        """The engine's profiles and answers, level patterns and their summaries."""
        self.elig = Eligibility.of(self.dataset)
        self.profile, self.site = self.elig.people.profile, self.elig.site_row
        self.raw = _raw_profiles(self.elig)
        self.capacity = build_capacity(
            self.dataset, _counts(self.plan.values()), plan_cost(self.dataset, result.plan)
        )
        self.reacher = Reacher(self.elig, self.capacity, ALTERNATIVES_CAP + 1)
        self.via, self.direct = self.elig.via, self.elig.direct
        self.pattern, self.pattern_rep = _patterns(self.site, self.elig.pairs)
        self._reach_all()
        self.closures = Closures(self.dataset, self.plan, self.capacity, self._could_enter())

    def _reach_all(self) -> None:
        """Summaries of every level pattern, batched per site profile."""
        n = len(self.pattern_rep)
        self.reach_c = np.zeros((n, len(self.dataset.cohorts)), dtype=bool)
        self.reach_r = np.zeros((n, len(self.dataset.roles)), dtype=bool)
        self.has_open = np.zeros(n, dtype=bool)
        self.has_direct = np.zeros(n, dtype=bool)
        sites = self.site[self.pattern_rep]
        for s in np.unique(sites):
            ks = np.flatnonzero(sites == s)
            reps = self.pattern_rep[ks]
            reach = self.reacher.batch(int(s), self.via[reps], self.direct[reps])
            self.reach_c[ks], self.reach_r[ks], self.has_open[ks], self.has_direct[ks] = reach
        self.reach_any = self.reach_r.any(axis=1)

    def _could_enter(self) -> np.ndarray:
        """[C] unplaced people admissible for each session (bans aside): a minimum size's
        figure, summed per level pattern."""
        unplaced = [
            i for i, e in enumerate(self.dataset.employees) if e.employee_id not in self.plan
        ]
        patterns = self.pattern[self.profile[np.array(unplaced, dtype=np.int64)]]
        weights = np.bincount(patterns, minlength=len(self.pattern_rep))
        return weights @ self.reach_c.astype(np.int64)

    def summary(self, k: int) -> Reach:
        return Reach(
            self.reach_c[k], self.reach_r[k], bool(self.has_open[k]), bool(self.has_direct[k])
        )

    def alternatives(self, k: int) -> tuple[Pathway, ...]:
        """Short list of admissible pathways of level pattern ``k`` (no bans), once."""
        if k not in self._alternatives:
            u = self.pattern_rep[k]
            self._alternatives[k] = self.reacher.alternatives(
                int(self.site[u]), self.via[u], self.direct[u], self.reach_c[k]
            )
        return self._alternatives[k]

    def with_bans(self, u: int, bans: list[Ban]) -> tuple[Reach, tuple[Pathway, ...]]:
        s = int(self.site[u])
        return self.reacher.full(s, self.via[u], self.direct[u], tuple(bans))

    def prepare_nearest(self) -> None:
        """Pick the nearest pathway of every unplaced raw profile that has no admissible one."""
        lost: dict[int, int] = {}  # raw profile -> its first person
        for i, e in enumerate(self.dataset.employees):
            if e.employee_id not in self.plan and not self.reach_any[self.pattern[self.profile[i]]]:
                lost.setdefault(int(self.raw[i]), i)
        choices = Nearest(self.elig).choose(np.array(list(lost.values()), dtype=np.int64))
        self._choice = dict(zip(lost, choices, strict=True))

    def reason(self, i: int, e: Employee) -> PersonReason:
        u = int(self.profile[i])
        senior = rules.is_senior(e, self.dataset.settings)
        pathway = self.plan.get(e.employee_id)
        if pathway is not None:
            return self._placed(u, int(self.raw[i]), e, pathway, senior)
        k = int(self.pattern[u])
        if not self.reach_any[k]:
            return PersonReason(
                e.employee_id,
                ReasonCode.NO_ADMISSIBLE_PATHWAY,
                senior=senior,
                nearest_miss=self._nearest(int(self.raw[i]), e),
            )
        bans = self.bans.get(e.employee_id)
        if bans:
            after, short = self.with_bans(u, bans)
        else:
            after, short = self.summary(k), self.alternatives(k)
        if not after.any:
            return PersonReason(
                e.employee_id,
                ReasonCode.ALL_BANNED,
                senior=senior,
                alternatives=self.alternatives(k)[:ALTERNATIVES_CAP],
            )
        binding = self._binding_of(k, after, fresh=bool(bans))
        code, closures = self._closures_of(k, after, e, fresh=bool(bans))
        return PersonReason(
            e.employee_id,
            code,
            senior=senior,
            binding=binding,
            alternatives=short[:ALTERNATIVES_CAP],
            closures=closures,
        )

    def _closures_of(self, k: int, reach: Reach, e: Employee, fresh: bool):
        """The binding cause and the closures told, once per level pattern, then per person."""
        if self.no_plan:
            return ReasonCode.OUTCOMPETED, ()
        if fresh or k not in self._closures:
            code = cause(self.capacity, reach)
            found = code, self.closures.skeleton(code, reach)
            if fresh:
                return found[0], self.closures.for_person(found[1], e)
            self._closures[k] = found
        code, skeleton = self._closures[k]
        return code, self.closures.for_person(skeleton, e)

    def _binding_of(self, k: int, reach: Reach, fresh: bool) -> tuple[str, ...]:
        if self.no_plan:
            return (NO_PLAN,)
        if fresh or k not in self._binding:
            tokens = binding_tokens(self.capacity, reach.cohorts, reach.roles, reach.has_open)
            if fresh:
                return tokens
            self._binding[k] = tokens
        return self._binding[k]

    def _nearest(self, raw: int, e: Employee) -> tuple:
        """The misses of the nearest pathway, the same for every person of a raw profile."""
        if raw not in self._misses:
            choice = self._choice.get(raw)
            if choice is None:  # no role at all in the data
                self._misses[raw] = ()
            else:
                c, r = choice
                cohort = None if c is None else self.dataset.cohorts[c]
                self._misses[raw] = tuple(rules.pathway_misses(e, cohort, self.dataset.roles[r]))
        return self._misses[raw]

    def _placed(
        self, u: int, raw: int, e: Employee, pathway: Pathway, senior: bool
    ) -> PersonReason:
        code = ReasonCode.LOCKED if (e.employee_id, pathway) in self.locks else ReasonCode.PLACED
        bans = self.bans.get(e.employee_id)
        short = self.with_bans(u, bans)[1] if bans else self.alternatives(int(self.pattern[u]))
        others = tuple(p for p in short if p != pathway)[:ALTERNATIVES_CAP]
        cohort = self.cohorts.get(pathway.cohort_id) if pathway.cohort_id else None
        role = self.roles.get(pathway.role_id)
        known = role is not None and (pathway.cohort_id is None or cohort is not None)
        met = wish = None
        if known:
            if (raw, pathway) not in self._met:
                self._met[(raw, pathway)] = met_requirements(e, cohort, role, self._site_fits)
            met = self._met[(raw, pathway)]
            # wish_rank reads only the wishes, the track and families
            key = (e.wishes, role.family, cohort and (cohort.track, cohort.family))
            if key not in self._wish:
                self._wish[key] = rules.wish_rank(e, cohort, role)
            wish = self._wish[key]
        return PersonReason(
            e.employee_id,
            code,
            pathway=pathway,
            wish_rank=wish,
            senior=senior,
            met=met or (),
            alternatives=others,
        )


def _counts(pathways) -> tuple[dict, dict]:
    pathways = list(pathways)
    return (
        Counter(p.cohort_id for p in pathways if p.cohort_id is not None),
        Counter(p.role_id for p in pathways),
    )


def _patterns(site: np.ndarray, pairs: np.ndarray):
    """Level pattern per profile: profiles with the same site class and met class pairs."""
    n = len(site)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    key = np.hstack(
        [site.astype(np.int64)[:, None], np.packbits(pairs.reshape(n, -1), axis=1).astype(np.int64)]
    )
    _, first, inverse = np.unique(key, axis=0, return_index=True, return_inverse=True)
    return inverse.reshape(-1), first


def _raw_profiles(elig: Eligibility) -> np.ndarray:
    """Person -> raw profile: same unbucketed levels, education and site class, so the same
    requirement sentences and nearest miss."""
    people = elig.people
    rows = np.column_stack([people.raw_levels, people.raw_education, people.site[people.profile]])
    return unique_rows(rows)[1]
