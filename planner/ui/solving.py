"""Run the optimizer in a background thread so the page can show progress and a stop button.

Why a thread: CP-SAT may search for minutes; Streamlit's script must keep answering (progress,
stop). The worker never touches ``st.session_state`` (it has no script context); it fills this
job object, and the page collects the finished job on its next run.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field, replace

from planner.domain.outcomes import PersonReason, SolveResult, SolveStatus, Termination
from planner.domain.plan import Edits, Plan
from planner.domain.records import Dataset, Weights
from planner.domain.references import align_edits

log = logging.getLogger(__name__)
LP_STAGE = "lp"


@dataclass
class SolveJob:
    """One solve: inputs, live progress, and the outcome once the thread ends."""

    dataset: Dataset
    edits: Edits
    time_limit: float
    stop: threading.Event = field(default_factory=threading.Event)
    started: float = field(default_factory=time.monotonic)
    progress: object | None = None  # planner.solver.watch.Progress, latest report
    plan_placed: int | None = None  # placed by the best plan in hand (not the LP's value)
    result: SolveResult | None = None
    reasons: dict[str, PersonReason] | None = None
    error: str | None = None
    explain_error: str | None = None
    phase: str = "solving"  # then "explaining" (reasons for everyone), shown while it runs
    solved_after: float | None = None  # seconds the solver took, once it returned
    finished: bool = False
    collected: bool = False
    thread: threading.Thread | None = None

    def on_progress(self, progress) -> None:
        """Called by the solver from its thread; plain attribute swaps are atomic in CPython.
        The linear relaxation reports its own value, not a plan's: it never counts as placed."""
        if progress.stage != LP_STAGE:
            self.plan_placed = max(self.plan_placed or 0, progress.placed)
        self.progress = progress

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def run(self) -> None:
        """Thread body: solve, then explain every person (slow for big files, so here too)."""
        try:
            from planner.solver import solve

            result = solve.solve(
                self.dataset,
                self.edits,
                time_limit=self.time_limit,
                on_progress=self.on_progress,
                stop=self.stop,
            )
            log.info(
                "solve finished: status=%s placed=%d/%d in %.1fs",
                result.status.value,
                result.placed,
                len(self.dataset.employees),
                result.solve_seconds,
            )
            result = keep_previous_on_stop(self.dataset, self.edits, result)
            self.solved_after, self.phase = self.elapsed, "explaining"
            self.reasons = self._explain(result)
            self.result = result
        except Exception as exc:  # the type only: the text may be a long internal expression
            log.exception("solve failed (%s)", type(exc).__name__)
            self.error = type(exc).__name__
        finally:
            self.finished = True

    def _explain(self, result: SolveResult) -> dict[str, PersonReason]:
        """Reasons for everyone; a failure here must not lose the plan itself."""
        try:
            from planner.explain import reasons as explain

            return explain.explain(self.dataset, result, self.edits)
        except Exception as exc:
            log.exception("explanations failed (%s)", type(exc).__name__)
            self.explain_error = type(exc).__name__
            return {}


def keep_previous_on_stop(dataset: Dataset, edits: Edits, result: SolveResult) -> SolveResult:
    """A stopped re-solve that started from the previous plan keeps that plan unless its own
    is at least as good tier by tier (placed, seniors, wishes, people kept, cost).

    Why here: stopped mid-search, the solver returns its best plan of the tier it was on,
    which may move hundreds of people for nothing (measured at 800 people: 300 moved, the
    same number placed, half the wishes). The previous plan is a candidate only while it
    still obeys every rule and decision on these inputs; the status still says "stopped".
    """
    if result.termination != Termination.STOPPED or not edits.previous:
        return result
    from planner.check.plan_rules import check_plan
    from planner.solver.figures import figures

    previous = Plan(dict(edits.previous))
    if check_plan(dataset, previous, edits):
        return result
    bound = max(result.upper_bound_placed, len(previous.assignments))
    kept = figures(dataset, previous, SolveStatus.FEASIBLE, bound, result.solve_seconds)
    weights = dataset.settings.weights
    if _rank(result, edits, weights) >= _rank(kept, edits, weights):
        return result
    log.info("stopped re-solve: the previous plan is kept (the search had not matched it)")
    message = f"{result.message}; previous plan kept".lstrip("; ")
    return replace(kept, termination=Termination.STOPPED, message=message)


def _rank(result: SolveResult, edits: Edits, weights: Weights) -> tuple:
    """The objective's order: placed, seniors, wishes (or their weighted sum when the
    settings weigh them), then people kept, then least cost."""
    previous = edits.previous or {}
    kept = sum(1 for k, way in result.plan.assignments.items() if previous.get(k) == way)
    tiers = (result.placed, result.seniors_placed, result.wish_score)
    if not weights.lexicographic:
        w = (weights.placed, weights.senior, weights.wish)
        tiers = (sum(a * b for a, b in zip(w, tiers, strict=True)),)
    return (*tiers, kept, -result.cost_mad)


def start(dataset: Dataset, edits: Edits, time_limit: float) -> SolveJob:
    """Start a solve in a daemon thread and return its job; the decisions are matched to the
    dataset's ids first, so a lock survives an id retyped in another case or width."""
    job = SolveJob(dataset, align_edits(dataset, edits), float(time_limit))
    job.thread = threading.Thread(target=job.run, name="planner-solve", daemon=True)
    job.thread.start()
    return job
