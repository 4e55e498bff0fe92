"""The objective tiers as CP-SAT stages on one flow model, each fixing the tier before it.

A stage starts from the best plan in hand (a floor: the rounded LP, a greedy plan or the
previous plan) and keeps it when CP-SAT does not beat it; the termination says which.
"""

from __future__ import annotations

import time

import numpy as np
from ortools.sat.python import cp_model

from planner.domain.money import cents
from planner.domain.outcomes import Termination
from planner.domain.plan import Edits
from planner.solver.greedy import greedy_values
from planner.solver.lp_bound import TierBounds
from planner.solver.lp_round import rounded_values
from planner.solver.lp_support import Support
from planner.solver.model import FlowValues, Tier
from planner.solver.tiers import (
    RANKED,
    RANKED_ARCS,
    STAY_COST,
    add_ranked,
    count_value,
    kept_values,
    merge_stay_cost,
    merge_tiers,
    placed_bound,
    split_stay_cost,
    stay_breaks_ties,
)
from planner.solver.watch import Watcher, stop_watch

DETERMINISTIC_SHARE = 0.7
LP_BOUND_ARCS = 60_000  # GLOP bounds each tier in ~0.4 s at 20k arcs, not in 60 s at 270k
NAMING_SECONDS_PER_PERSON = 1.5e-4  # naming, swaps, completion; 20,000 mid_fine_rows: 3.7 s
GREEDY_FALLBACK_ARCS = 20_000  # person-type arcs above which a greedy floor is computed
INTEGER_SHARE = 0.5  # of the time left for the stages, at most, for the integer program
MAXIMISE = {
    RANKED: True,
    Tier.WEIGHTED: True,
    Tier.PLACED: True,
    Tier.SENIORS: True,
    Tier.WISHES: True,
    Tier.STAY: True,
    Tier.COST: False,
    STAY_COST: True,
}


def naming_reserve(people: int, time_limit: float, slow: float = 1.0) -> float:
    """Seconds kept at the end of a solve to name people, swap seniors in and fill the
    capacity left; ``slow`` is how much slower than measured this machine runs now."""
    return min(0.3 * time_limit, (0.2 + NAMING_SECONDS_PER_PERSON * people) * slow)


class Stages:
    """Runs the objective tiers one after the other, each fixing the tier before it."""

    def __init__(self, fm, t0, time_limit, seed, workers, on_progress, stop, slow=1.0):
        reserve = naming_reserve(len(fm.net.prep.dataset.employees), time_limit, slow)
        self.fm, self.t0, self.deadline = fm, t0, t0 + max(0.0, time_limit - reserve)
        self.seed, self.workers, self.on_progress, self.stop = seed, workers, on_progress, stop
        self.values: tuple | None = None
        self.fallback: tuple | None = None
        self.previous_plan: tuple | None = None  # a re-solve's previous plan, flowed again
        self.floor = Termination.GREEDY_KEPT  # which plan self.fallback is
        self.kept: Termination | None = None  # set when a floor plan is what comes back
        self.stopped = self.timed_out = False
        self.proven, self.infeasible, self.bound, self.message = True, False, 0, ""
        budget = fm.net.prep.dataset.settings.budget_mad
        self.budget_cents = None if budget is None else cents(budget)  # for the floor plans
        self.cost_cap = fm.cost_cap()

    def all(self, edits: Edits, support: Support | None, restricted: bool, bound: int) -> None:
        """Plan the stages, take the floor plan, then run the stages while time allows."""
        weights = self.fm.net.prep.dataset.settings.weights
        tiers = self.fm.tiers(weights)
        merged = (Tier.WEIGHTED, RANKED, STAY_COST)
        stages = [s for s in MAXIMISE if s not in merged and self._useful(s, edits)]
        self.tiers, self.weights = tiers, {}
        self.lp = None
        if len(self.fm.x1) <= LP_BOUND_ARCS:
            budget = self.fm.net.prep.dataset.settings.budget_mad
            self.lp = TierBounds(self.fm.net, budget, weights)
        lp_tiers = [] if self.lp is None else [self.lp.tiers]
        people = len(self.fm.net.prep.dataset.employees)
        if not weights.lexicographic:
            stages = [Tier.WEIGHTED] + [s for s in stages if s in (Tier.STAY, Tier.COST)]
        elif len(self.fm.x1) <= RANKED_ARCS:
            stages, self.weights = merge_tiers(stages, tiers, people)
            stages = merge_stay_cost(stages, [tiers, *lp_tiers], self.cost_cap, people)
        elif restricted and Tier.STAY in stages:
            stages, self.weights = stay_breaks_ties(stages, tiers, self.fm.net)
        if self.weights:
            for lp in lp_tiers:
                add_ranked(lp, self.weights)
        self.bound = min(bound, self.fm.placeable_bound())
        if support is not None:
            self.bound = min(self.bound, support.bound)
        self.restricted = restricted
        if support is None and edits.previous:
            self._previous_hint()
        if restricted:
            self.proven = False  # optimal among the LP's pathways at best, not over all
            self.message = f"plan searched among the {support.arcs} pathways the LP relaxation used"
        if support is not None:
            self._floor(support, restricted)
        elif len(self.fm.x1) > GREEDY_FALLBACK_ARCS:
            self._greedy_floor()
        for k, stage in enumerate(stages):
            left = self.deadline - time.perf_counter()
            if left <= 0 and self.values is not None:  # a floor plan, and no time to search
                self.proven, self.kept, self.timed_out = False, self.floor, True
                self.message = "floor plan kept: no time left for CP-SAT"
                break
            share = left * (0.6 if k == 0 and len(stages) > 1 else 1 / (len(stages) - k))
            if not self._stage(stage, tiers[stage], tiers[Tier.PLACED], max(share, 0.05)):
                self.timed_out = not (self.stopped or self.infeasible)
                if k + 1 < len(stages):
                    self.proven = False  # later tiers were not optimised at all
                    self.message = self.message or f"time limit reached before tier {stages[k + 1]}"
                break

    def termination(self, placed: int) -> Termination:
        """Why the search ended, for the plan that comes back."""
        if self.stopped:
            return Termination.STOPPED
        if self.proven:
            return Termination.OPTIMAL
        if placed >= self.bound:
            return Termination.BOUND_REACHED
        if self.kept is not None:
            return self.kept
        if self.restricted and not self.timed_out:
            return Termination.SEARCH_COMPLETE
        return Termination.TIME_LIMIT

    def _floor(self, support: Support, restricted: bool) -> None:
        """The LP rounded by a max flow: the plan CP-SAT starts from and must beat."""
        cap = self.budget_cents
        self.fallback = hint = self._rounded(support, restricted)
        self.floor = Termination.ROUNDED_LP_KEPT
        net = self.fm.net
        if net.previous2.any():  # a re-solve: the previous plan's seats keep people put
            self.previous_plan = rounded_values(self.fm, net.previous2, cap, self.deadline)
            if self.previous_plan is not None:
                hint = self.previous_plan  # CP-SAT moves people from there only to place more
                self._prefer_previous_plan()
        if self.fallback is not None:
            self.values = self.fallback
            self._hint(hint)

    def _rounded(self, support: Support, restricted: bool) -> tuple | None:
        """The LP's seats rounded on this model and (restricted) on the whole network; when
        that loses people against the bound, also the integer program's whole seats."""
        cap, kept = self.budget_cents, support.kept
        seats = support.seats[kept] if restricted else support.seats
        rounded = rounded_values(self.fm, seats, cap, self.deadline)
        best = self._best([rounded, restricted and support.rounded])
        placed = -1 if best is None else self._value(Tier.PLACED, best)
        left = self.deadline - time.perf_counter()
        if left > 0 and placed < self.bound:
            whole = support.whole_seats(time.perf_counter() + INTEGER_SHARE * left, placed)
            if whole is not None:
                seats = whole[kept] if restricted else whole
                best = self._best([best, rounded_values(self.fm, seats, cap, self.deadline)])
        return best

    def _best(self, plans: list) -> tuple | None:
        """The plan placing the most, of those given (None and False are no plan)."""
        plans = [v for v in plans if v is not None and v is not False]
        return max(plans, key=lambda v: self._value(Tier.PLACED, v), default=None)

    def _previous_hint(self) -> None:
        """A re-solve starts from the previous plan, as far as the edits leave it valid."""
        net = self.fm.net
        self.previous_plan = rounded_values(self.fm, net.previous2, self.budget_cents)
        if self.previous_plan is not None:
            self._hint(self.previous_plan)

    def _greedy_floor(self) -> None:
        """CP-SAT finds few plans this large in time; a greedy plan is the floor (not a hint:
        measured, hinting it pins the search near the greedy, 1,004 vs 1,137). On a re-solve,
        the previous plan flowed again is the floor instead if it places as many: a large
        re-solve whose LP ran out of time then changes little rather than everything."""
        if self.previous_plan is None or time.perf_counter() < self.deadline:
            self.fallback = greedy_values(self.fm, self.budget_cents)  # else no time for it
        self._prefer_previous_plan()
        self.values = self.fallback

    def _prefer_previous_plan(self) -> None:
        """The previous plan flowed again is the floor when it places as many (placed first)."""
        kept, floor = self.previous_plan, self.fallback
        if kept is not None and (
            floor is None or self._value(Tier.PLACED, kept) >= self._value(Tier.PLACED, floor)
        ):
            self.fallback, self.floor = kept, Termination.PREVIOUS_KEPT

    def _useful(self, stage: str, edits: Edits) -> bool:
        net = self.fm.net
        if stage == Tier.WISHES:
            return bool(net.a1[:, 2].any()) or any(p[3] for p in net.paths)
        if stage == Tier.STAY:
            return bool(edits.previous) and (
                bool(net.a1[:, 3].any()) or any(p[4] for p in net.paths)
            )
        if stage == Tier.COST:
            return any(s.cost or s.fixed for s in net.prep.catalogue.sessions)
        return stage == Tier.PLACED or bool(net.prep.people.senior.any())

    def _stage(self, stage: str, expr, placed_expr, seconds: float) -> bool:
        """One tier; returns False when the search must not go on (no plan, stop, time)."""
        model = self.fm.model
        (model.maximize if MAXIMISE[stage] else model.minimize)(expr)
        target = self._lp_bound(stage, seconds)
        if self._reached(stage, target):  # the plan in hand is optimal on this tier
            self._fix([(stage, target)])
            return time.perf_counter() < self.deadline
        solver, status, watcher = self._search(model, stage, placed_expr, seconds, target)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            self.proven = False
            self.infeasible = status == cp_model.INFEASIBLE
            if self.infeasible:
                self.values = None
            self.message = f"stage {stage}: {solver.status_name(status).lower()}"
            if stage in (Tier.PLACED, RANKED) and self.fallback is not None and not self.infeasible:
                self.kept = self.floor
                self.message = "floor plan kept: CP-SAT found no plan within the time limit"
            if self.stop is not None and self.stop.is_set():
                self.stopped = True
                self.message = "stopped by the user"
            return False
        value = int(round(solver.objective_value))
        values = self._read(solver)
        if watcher.reached:
            status = cp_model.OPTIMAL
        if stage in (Tier.PLACED, RANKED) and self.fallback is not None:
            floor = self._value(stage, self.fallback)
            if floor > value:
                value, values = floor, self.fallback
                if not self.restricted:
                    self.kept = self.floor
                    self.message = "floor plan kept: CP-SAT did not beat it in time"
        if stage in (Tier.PLACED, RANKED):
            placed = count_value(self.fm.net, Tier.PLACED, values)
            proven = (
                placed
                if status == cp_model.OPTIMAL
                else placed_bound(self.weights or {Tier.PLACED: 1}, solver.best_objective_bound)
            )
            if not self.restricted:  # a restricted model's optimum bounds only itself
                self.bound = min(proven, self.bound)
            if placed >= self.bound and stage == Tier.PLACED:
                status = cp_model.OPTIMAL
        self.proven &= status == cp_model.OPTIMAL
        self.values = values
        self._hint(self.values)
        self._fix(self._reached_values(stage, value, values))
        self.stopped = self.stop is not None and self.stop.is_set()
        if self.stopped:
            self.message = "stopped by the user"
        return not self.stopped and time.perf_counter() < self.deadline

    def _reached_values(self, stage: str, value: int, values: tuple) -> list[tuple[str, int]]:
        """The tiers a stage's optimum fixes, a merged stage's parts each on its own."""
        if stage == STAY_COST:
            return split_stay_cost(value, self.cost_cap)
        if stage == RANKED:
            net = self.fm.net
            return [(s, count_value(net, s, values)) for s in self.weights if s != Tier.STAY]
        return [(stage, value)]

    def _value(self, stage: str, values: tuple) -> int:
        """A count tier's (or the ranked tier's) value in a plan's variable values."""
        if stage != RANKED:
            return count_value(self.fm.net, stage, values)
        return sum(w * count_value(self.fm.net, s, values) for s, w in self.weights.items())

    def _reached(self, stage: str, target: int | None) -> bool:
        """A seniors stage whose LP bound the plan in hand meets needs no search. Not the
        stay stage: its class-level count is met by plans that keep different people (a
        re-solve then moved one more person, tests/test_solve_edits.py)."""
        if target is None or self.values is None or stage != Tier.SENIORS:
            return False
        return count_value(self.fm.net, stage, self.values) >= target

    def _fix(self, reached: list[tuple[str, int]]) -> None:
        """Each tier keeps the value reached, in the CP-SAT model and in the LP."""
        for tier, value in reached:
            expr = self.tiers[tier]
            self.fm.model.add(expr >= value if MAXIMISE[tier] else expr <= value)
            if self.lp is not None:
                self.lp.fix(tier, MAXIMISE[tier], value)

    def _search(self, model, stage: str, placed_expr, seconds: float, target):
        """One CP-SAT search; it stops early when a plan reaches the tier's LP bound."""
        solver = cp_model.CpSolver()
        p = solver.parameters
        p.max_time_in_seconds = seconds
        # Same plan for the same seed: one worker is deterministic, and a deterministic-time
        # budget (measured at 0.2-0.5 unit per wall second) usually ends
        # the stage before the wall clock does. One worker also measured as fast or faster
        # than two here (500 people: 0.77 s vs 0.91 s; 2,000: optimal in 15.9 s vs not in 20).
        p.max_deterministic_time = DETERMINISTIC_SHARE * seconds
        p.num_workers = self.workers
        p.random_seed = self.seed
        p.linearization_level = 2  # measured: 500 people, every tier proven in 1.3 s, not 10 s
        if len(self.fm.x1) <= RANKED_ARCS:
            # Probing costs more than it saves on small models (500 people, seeds 1-12:
            # median 0.90 s -> 0.73 s, worst 1.64 s -> 1.32 s); at 2,000 people it was mixed.
            p.cp_model_probing_level = 0
        p.catch_sigint_signal = False  # the CLI handles Ctrl-C; CP-SAT's own handler aborts
        leads = {Tier.PLACED: 1, RANKED: self.weights.get(Tier.PLACED)}.get(stage)
        watcher = Watcher(
            stage,
            self.t0,
            self.on_progress,
            self.stop,
            placed_expr,
            target,
            MAXIMISE[stage],
            self.bound,
            None if self.restricted else leads,
        )
        with stop_watch(solver, self.stop):
            status = solver.solve(model, watcher)
        return solver, status, watcher

    def _lp_bound(self, stage: str, seconds: float) -> int | None:
        """The tier's LP bound, when the model is small enough for GLOP to solve it quickly."""
        if self.lp is None:
            return None
        bound = self.lp.bound(stage, MAXIMISE[stage], min(5.0, 0.2 * seconds))
        if stage == Tier.PLACED and bound is not None and not self.restricted:
            self.bound = min(self.bound, bound)
        return bound

    def _read(self, solver: cp_model.CpSolver) -> tuple:
        """Values of every variable group, in HubModel.variables() order, plus running."""
        groups = [
            np.array([solver.value(x) for x in xs], dtype=np.int64)
            for xs in self.fm.variables()[:5]
        ]
        running = [None if r is None else solver.value(r) for r in self.fm.running]
        return FlowValues(*groups, running)

    def _hint(self, values: tuple) -> None:
        model = self.fm.model
        model.clear_hints()
        for xs, vals in zip(self.fm.variables()[:5], values[:5], strict=True):  # not running
            for x, val in zip(xs, vals.tolist(), strict=True):
                model.add_hint(x, val)
        for r, val in zip(self.fm.running, values.running, strict=True):
            if r is not None and val is not None:
                model.add_hint(r, val)
        for y, val in zip(self.fm.kept, kept_values(self.fm.net, values).tolist(), strict=True):
            model.add_hint(y, val)
