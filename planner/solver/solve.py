"""Solve a dataset: a floor first, the LP's pathways, CP-SAT stages, then a named plan.

What runs, in order, whatever the size (docs/optimizer.md):

1. the tenure-ordered greedy, the spreadsheet method, is the plan to beat;
2. the placed tier's LP by column generation gives a proven bound and the pathways it uses;
3. the LP rounded by a max flow is the floor CP-SAT starts from;
4. CP-SAT runs the objective tiers, on the whole model when it is small enough to search and
   on the LP's pathways otherwise;
5. people are named, seniors take pathways juniors held, the seats and openings left are
   filled in tenure order, and the better of that plan and the tenure-ordered greedy comes
   back.

Never raises on an impossible request: the result's status and termination say what
happened, with conflicts in plain language when locks contradict the rules.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace

from planner.domain.outcomes import SolveResult, SolveStatus, Termination
from planner.domain.plan import Edits, Lock, Plan
from planner.domain.records import Dataset
from planner.solver.bounds import matching_bound
from planner.solver.decode import hub_plan
from planner.solver.edit_keys import class_pairs_of, plan_groups
from planner.solver.figures import figures
from planner.solver.greedy import greedy_values
from planner.solver.locks import infeasible_locks, lock_conflicts
from planner.solver.lp_support import Support, lp_support, to_types
from planner.solver.model import build_hub_model
from planner.solver.network import HubNet, build_hub_net
from planner.solver.prepare import prepare
from planner.solver.senior_swaps import repair_senior_swaps
from planner.solver.stages import Stages, naming_reserve
from planner.solver.tenure_greedy import tenure_greedy
from planner.solver.watch import Progress

NO_EDITS = Edits()
FULL_MODEL_ARCS = 10_000  # person-type arcs up to which CP-SAT searches the whole model
LP_SHARE = 0.7  # of the time left after the floor, at most, for the LP
ROUNDING_SECONDS_PER_PERSON = 1.2e-4  # measured: model and two roundings, 8,000: 0.7-1.4 s


def solve(
    dataset: Dataset,
    edits: Edits = NO_EDITS,
    time_limit: float = 30.0,
    seed: int = 0,
    on_progress: Callable[[Progress], None] | None = None,
    stop: threading.Event | None = None,
    workers: int = 1,
) -> SolveResult:
    """Best plan within ``time_limit`` seconds; deterministic for a seed when stages finish."""
    t0, cpu0 = time.perf_counter(), time.process_time()
    conflicts = lock_conflicts(dataset, edits)
    if conflicts:
        return _empty(dataset, t0, "locks contradict the rules", conflicts)
    people = len(dataset.employees)
    deadline = t0 + time_limit - naming_reserve(people, time_limit)
    floor = _tenure_floor(dataset, edits, t0)  # first: the plan to beat, whatever comes next
    bound = sum(r.openings for r in dataset.roles)
    if floor is not None and time.perf_counter() >= deadline:
        return _floor_kept(floor, bound, t0)
    net = build_hub_net(prepare(dataset, edits), edits)
    bound = min(bound, matching_bound(net))
    _report(on_progress, t0, "floor", 0, floor.placed if floor else 0, bound)
    slow = _slowdown(t0, cpu0)
    deadline = t0 + time_limit - naming_reserve(people, time_limit, slow)
    if floor is not None and time.perf_counter() >= deadline:
        return _floor_kept(floor, bound, t0)
    support = _support(net, dataset, edits, floor, (t0, time_limit, slow), on_progress)
    large = len(net.a1) > FULL_MODEL_ARCS
    if large and floor is not None and (support is None or time.perf_counter() >= deadline):
        lp_bound = bound if support is None else min(bound, support.bound)
        return _floor_kept(floor, lp_bound, t0)  # no LP, or no time left to round it
    restricted = support is not None and large
    fm = build_hub_model(support.net if restricted else net, dataset.settings.budget_mad)
    run = Stages(fm, t0, time_limit, seed, workers, on_progress, stop, slow)
    run.all(edits, support, restricted, bound)
    if run.infeasible:
        conflicts = lock_conflicts(dataset, edits, capacity=True) or infeasible_locks(
            dataset, edits
        )
        return _empty(dataset, t0, run.message, conflicts)
    result = _named(dataset, edits, net, support if restricted else None, run, t0)
    return _better(_completed(dataset, edits, result, t0), floor, edits)


def _slowdown(t0: float, cpu0: float) -> float:
    """How much slower than measured the machine runs now (1 to 4): wall time over this
    process's CPU time since the solve began, so other processes' load counts and the size
    or shape of the workbook does not. The reserves at the end scale with it, so that a
    loaded machine still ends the solve within its time limit."""
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - t0
    return min(4.0, max(1.0, wall / cpu)) if cpu > 0 else 1.0


def _support(net, dataset, edits, floor, clock, on_progress) -> Support | None:
    """The LP's bound and pathways, within its share of the time left."""
    t0, time_limit, slow = clock
    people = len(dataset.employees)
    rounding = ROUNDING_SECONDS_PER_PERSON * people * slow
    reserve = naming_reserve(people, time_limit, slow) + rounding
    left = t0 + time_limit - reserve - time.perf_counter()
    if left <= 0:  # building the LP alone takes seconds at this size: none without time
        return None
    pairs = {}
    if floor is not None:
        groups = plan_groups(net.prep, floor.plan.assignments)
        pairs = class_pairs_of(groups, net.classes.tc_of_group, net.classes.tr_of_role)
    rounds = [0]

    def on_round(objective: float, bound: float, arcs: int) -> None:
        rounds[0] += 1
        _report(on_progress, t0, "lp", rounds[0], int(objective + 1e-6), int(bound + 1e-6))

    budget = dataset.settings.budget_mad
    share = max(0.1, LP_SHARE * left)
    return lp_support(net, budget, share, edits, pairs, on_round, left, slow)


def _named(dataset, edits, net: HubNet, support, run: Stages, t0: float) -> SolveResult:
    """The stages' counts as named people, seniors swapped in, with the termination."""
    if run.values is None:  # no plan from CP-SAT in time: the greedy floor, never nothing
        run.values = greedy_values(run.fm, run.budget_cents)
        run.proven = False
        run.kept = Termination.GREEDY_KEPT
        run.message = run.message or "greedy plan: the time limit ended before CP-SAT found one"
    if support is not None:
        net, run.values = support.types, to_types(support, run.values)
    plan, swapped = repair_senior_swaps(dataset, hub_plan(net, run.values, edits), edits)
    if swapped:
        run.proven = False
        run.message = f"{run.message}; {swapped} seniors given pathways juniors held".lstrip("; ")
    status = SolveStatus.OPTIMAL if run.proven else SolveStatus.FEASIBLE
    bound = max(run.bound, len(plan.assignments))
    seconds = time.perf_counter() - t0
    result = figures(dataset, plan, status, bound, seconds, run.message)
    return replace(result, termination=run.termination(result.placed))


def _completed(dataset: Dataset, edits: Edits, result: SolveResult, t0: float) -> SolveResult:
    """The plan with the seats and openings it leaves free filled by the tenure-ordered greedy,
    everyone placed kept where they are (as locks), seniors swapped in again.

    Why: a rounded LP leaves capacity a plan could still use (20,000 people, shape small: the
    rounding of an unfinished LP placed 6,665, and the greedy fill 6,976, in 0.4 s). Adding
    people never loses a tier, so the completed plan is at least as good on every one.
    """
    if result.status is SolveStatus.OPTIMAL or result.placed >= result.upper_bound_placed:
        return result
    held = result.plan.assignments
    locks = tuple(Lock(k, p) for k, p in held.items())
    plan = tenure_greedy(dataset, Edits(locks=locks, bans=edits.bans))
    if len(plan.assignments) <= len(held) or any(
        plan.assignments.get(k) != p for k, p in held.items()
    ):
        return result
    plan, _ = repair_senior_swaps(dataset, plan, edits)
    more = len(plan.assignments) - len(held)
    message = f"{result.message}; {more} more placed in the capacity left".lstrip("; ")
    seconds = time.perf_counter() - t0
    bound = max(result.upper_bound_placed, len(plan.assignments))
    done = figures(dataset, plan, SolveStatus.FEASIBLE, bound, seconds, message)
    reached = len(plan.assignments) >= bound
    return replace(done, termination=Termination.BOUND_REACHED if reached else result.termination)


def _tenure_floor(dataset: Dataset, edits: Edits, t0: float) -> SolveResult | None:
    """The tenure-ordered greedy's plan, seniors swapped into pathways juniors hold (a session
    it cancels for its minimum size can leave a senior out whom a later session could take),
    or None when it could not keep every lock."""
    plan = tenure_greedy(dataset, edits)
    if any(plan.assignments.get(lk.employee_id) != lk.pathway for lk in edits.locks):
        return None
    plan, _ = repair_senior_swaps(dataset, plan, edits)
    seconds = time.perf_counter() - t0
    result = figures(dataset, plan, SolveStatus.FEASIBLE, len(dataset.employees), seconds)
    return replace(result, termination=Termination.GREEDY_KEPT, message="tenure-ordered greedy")


def _floor_kept(floor: SolveResult, bound: int, t0: float) -> SolveResult:
    seconds = round(time.perf_counter() - t0, 3)
    return replace(floor, upper_bound_placed=max(floor.placed, bound), solve_seconds=seconds)


def _better(result: SolveResult, floor: SolveResult | None, edits: Edits) -> SolveResult:
    """The optimizer's plan unless the tenure-ordered greedy beats it, tier by tier."""
    if floor is None or _rank(floor, edits) <= _rank(result, edits):
        return result
    bound = max(result.upper_bound_placed, floor.placed)
    seconds = result.solve_seconds
    return replace(floor, upper_bound_placed=bound, solve_seconds=seconds)


def _rank(result: SolveResult, edits: Edits) -> tuple:
    """The default objective's order: placed, seniors, wishes, people kept, then least cost."""
    previous = edits.previous or {}
    kept = sum(1 for k, p in result.plan.assignments.items() if previous.get(k) == p)
    return (result.placed, result.seniors_placed, result.wish_score, kept, -result.cost_mad)


def _report(on_progress, t0: float, stage: str, solutions: int, placed: int, bound: int):
    if on_progress is not None:
        on_progress(Progress(time.perf_counter() - t0, stage, solutions, placed, bound))


def _empty(dataset, t0, message, conflicts=()) -> SolveResult:
    seconds = time.perf_counter() - t0
    result = figures(dataset, Plan({}), SolveStatus.INFEASIBLE, 0, seconds, message, conflicts)
    return replace(result, termination=Termination.INFEASIBLE_LOCKS)
