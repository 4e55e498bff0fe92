"""Run the optimizer in a background thread so the page can show progress and a stop button.

Why a thread: CP-SAT may search for minutes; Streamlit's script must keep answering (progress,
stop). The worker never touches ``st.session_state`` (it has no script context); it fills this
job object, and the page collects the finished job on its next run.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from planner.domain.outcomes import PersonReason, SolveResult
from planner.domain.plan import Edits
from planner.domain.records import Dataset
from planner.domain.references import align_edits

log = logging.getLogger(__name__)


@dataclass
class SolveJob:
    """One solve: inputs, live progress, and the outcome once the thread ends."""

    dataset: Dataset
    edits: Edits
    time_limit: float
    stop: threading.Event = field(default_factory=threading.Event)
    started: float = field(default_factory=time.monotonic)
    progress: object | None = None  # planner.solve.Progress, latest report
    result: SolveResult | None = None
    reasons: dict[str, PersonReason] | None = None
    error: str | None = None
    explain_error: str | None = None
    phase: str = "solving"  # then "explaining" (reasons for everyone), shown while it runs
    solved_after: float | None = None  # seconds the solver took, once it returned
    finished: bool = False
    collected: bool = False
    thread: threading.Thread | None = None

    def on_progress(self, progress: object) -> None:
        """Called by the solver from its thread; a plain attribute swap is atomic in CPython."""
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


def start(dataset: Dataset, edits: Edits, time_limit: float) -> SolveJob:
    """Start a solve in a daemon thread and return its job; the decisions are matched to the
    dataset's ids first, so a lock survives an id retyped in another case or width."""
    job = SolveJob(dataset, align_edits(dataset, edits), float(time_limit))
    job.thread = threading.Thread(target=job.run, name="planner-solve", daemon=True)
    job.thread.start()
    return job
