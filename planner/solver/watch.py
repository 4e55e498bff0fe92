"""Watching a CP-SAT stage: progress reports, early stop at the LP bound, the user's stop.

Split from ``planner.solver.solve`` so the stage logic reads on its own; these only observe the
search.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass

from ortools.sat.python import cp_model

from planner.solver.tiers import placed_bound


@dataclass(frozen=True, slots=True)
class Progress:
    """What the app and the terminal show while CP-SAT searches."""

    seconds: float
    stage: str
    solutions: int
    placed: int
    bound: int


class Watcher(cp_model.CpSolverSolutionCallback):
    """Reports each improving solution and stops the search when asked."""

    def __init__(
        self,
        stage: str,
        t0: float,
        on_progress,
        stop,
        placed_expr,
        target,
        maximise: bool,
        known_bound: int,
        placed_weight: int | None,
    ):
        super().__init__()
        self.maximise = maximise
        # The bound shown: the proven one so far, or CP-SAT's own when its objective leads
        # with the number placed (weight of placed in it) over the whole model.
        self.known_bound, self.placed_weight = known_bound, placed_weight
        self.stage, self.t0 = stage, t0
        self.on_progress, self.stop, self.placed_expr = on_progress, stop, placed_expr
        self.count = 0
        self.target: int | None = target  # the tier's LP bound: a plan reaching it is optimal
        self.reached = False

    def on_solution_callback(self) -> None:
        self.count += 1
        if self.on_progress is not None:
            placed = int(self.value(self.placed_expr))
            bound = self.known_bound
            if self.placed_weight:
                own = placed_bound({"placed": self.placed_weight}, self.best_objective_bound)
                bound = min(bound, own)
            bound = max(bound, placed)
            self.on_progress(
                Progress(time.perf_counter() - self.t0, self.stage, self.count, placed, bound)
            )
        if self.stop is not None and self.stop.is_set():
            self.stop_search()
        if self.target is not None:
            value = self.objective_value
            if value >= self.target - 1e-6 if self.maximise else value <= self.target + 1e-6:
                self.reached = True
                self.stop_search()


@contextlib.contextmanager
def stop_watch(solver: cp_model.CpSolver, stop: threading.Event | None):
    """Stop CP-SAT within 0.2 s of a user's stop, even while it has found no new plan."""
    if stop is None:
        yield
        return
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.2):
            if stop.is_set():
                solver.stop_search()
                return

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
