"""``solve`` from the terminal: search in a worker thread, progress on stderr, then the files.

The search runs in a thread so that the main thread stays free to print progress at a steady
pace (CP-SAT only calls back on improving plans, which may be minutes apart) and to turn a
first Ctrl-C into "stop and keep the best plan so far"; a second Ctrl-C aborts.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
import time
from collections.abc import Callable

from planner.check.plan_rules import check_plan
from planner.cli.text import say
from planner.domain.outcomes import SolveResult
from planner.domain.records import Dataset
from planner.explain.reasons import explain
from planner.export.outputs import write_solve_outputs
from planner.solver.solve import solve
from planner.solver.watch import Progress

PROGRESS_EVERY = 1.0  # seconds between two progress lines, at most one line per second
QUIET_START = 1.0  # a solve shorter than this prints no progress at all
HEARTBEAT = 10.0  # without news, still one line this often so a long search looks alive
POLL = 0.25
SHOWN_VIOLATIONS = 10


class Reporter:
    """Keeps the latest solver progress and prints it, throttled, from the main thread."""

    def __init__(self, lang: str, stream=None, enabled: bool = True):
        self.lang, self.stream, self.enabled = lang, stream, enabled
        self.t0 = time.perf_counter()
        self.latest: Progress | None = None
        self.shown: Progress | None = None
        self.last_line = float("-inf")
        self.lines = 0

    def update(self, progress: Progress) -> None:
        """Solver callback (another thread): a plain attribute store, no printing."""
        self.latest = progress

    def tick(self) -> None:
        now = time.perf_counter() - self.t0
        if not self.enabled or now < QUIET_START or now - self.last_line < PROGRESS_EVERY:
            return
        latest = self.latest
        if latest is not None and (latest is not self.shown or now - self.last_line >= HEARTBEAT):
            line = say(
                self.lang,
                "progress",
                seconds=now,
                stage=latest.stage,
                solutions=latest.solutions,
                placed=latest.placed,
                bound=latest.bound,
            )
        elif latest is None and now - self.last_line >= HEARTBEAT:
            line = say(self.lang, "waiting", seconds=now)
        else:
            return
        print(line, file=self.stream or sys.stderr, flush=True)
        self.shown, self.last_line, self.lines = latest, now, self.lines + 1


def search(
    dataset: Dataset, time_limit: float, seed: int, reporter: Reporter, lang: str
) -> SolveResult | None:
    """The solver's result, or None when the user aborted with a second Ctrl-C."""
    stop, done, box = threading.Event(), threading.Event(), {}

    def work() -> None:
        try:
            box["result"] = solve(
                dataset, time_limit=time_limit, seed=seed, on_progress=reporter.update, stop=stop
            )
        except BaseException as exc:  # handed to the main thread, which reports it
            box["error"] = exc
        finally:
            done.set()

    with _first_interrupt_stops(stop):
        threading.Thread(target=work, name="planner-solve", daemon=True).start()
        try:
            _wait(done, stop, reporter, lang)
        except KeyboardInterrupt:
            print(say(lang, "aborted"), file=sys.stderr)
            return None
    if "error" in box:
        raise box["error"]
    return box["result"]


def _wait(done: threading.Event, stop: threading.Event, reporter: Reporter, lang: str) -> None:
    announced = False
    while True:
        finished = done.wait(POLL)
        if stop.is_set() and not announced:
            print(say(lang, "stopping"), file=sys.stderr, flush=True)
            announced = True
        if finished:
            return
        reporter.tick()


@contextlib.contextmanager
def _first_interrupt_stops(stop: threading.Event):
    """While searching, a first SIGINT asks the solver to stop; a second one aborts.

    A handler rather than catching KeyboardInterrupt: the exception could surface anywhere in
    the waiting loop (even outside its try), and printing from a handler can break stderr.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_interrupt(signum, frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_solver(
    dataset: Dataset, args: argparse.Namespace, lang: str, files_lang: str, print_summary: Callable
) -> int:
    """Solve, explain, write the files, re-check the plan independently; the exit code."""
    reporter = Reporter(lang, enabled=not args.quiet)
    result = search(dataset, args.time_limit, args.seed, reporter, lang)
    if result is None:
        return 130
    reasons = explain(dataset, result)
    written = write_solve_outputs(
        args.out,
        dataset,
        result,
        reasons,
        pseudonymise=args.pseudonymise,
        lang=files_lang,
        csv_dialect=args.csv_dialect,
        rosters_by=args.rosters_by,
        arrivals=args.arrivals,
        key_dir=args.key_dir,
    )
    if not args.quiet:
        print_summary(lang, dataset, result, written)
    violations = check_plan(dataset, result.plan)
    if violations:
        print(say(lang, "violations", count=len(violations)), file=sys.stderr)
        for violation in violations[:SHOWN_VIOLATIONS]:
            print(f"  {violation}", file=sys.stderr)
        return 1
    return 0
