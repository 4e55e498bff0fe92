"""Export speed on a large plan: median seconds of several runs, printed.

    python benchmarks/bench_export.py [--employees 20000] [--seed 7] [--runs 5]

Builds a synthetic dataset (planner.sample.generate) and a plan itself with a quick greedy
assignment that respects the rules, seats and openings (solving 20,000 people optimally is not
what is measured here), takes the explanations from planner.explain when it is installed, then
times the workbook steps alone on a ready view (plan.xlsx; rosters and arrivals), each run in a
forked process (wall, CPU and peak RSS growth; measured first, as the parent's freed memory
would hide part of the growth), then ``write_solve_outputs``: the contract files alone, with
rosters and arrivals, and pseudonymised. Target: under 3 s for 20,000 people.

For comparison, xlsxwriter in ``constant_memory`` mode needs 3.4x (plan.xlsx) and 7.6x
(rosters) the CPU of planner.io.write.xlsx_stream on 20,000 people; the harness that measured
both is in commit 712289f and its figures in BENCHMARKS.md, "Other stages".
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.domain import rules  # noqa: E402
from planner.domain.outcomes import PersonReason, ReasonCode, SolveResult, SolveStatus
from planner.domain.plan import Pathway, Plan
from planner.domain.records import Dataset
from planner.export.outputs import write_solve_outputs  # noqa: E402
from planner.export.plan_workbook import plan_workbook  # noqa: E402
from planner.export.rosters import arrivals_workbook, roster_workbooks  # noqa: E402
from planner.export.view import PlanView, build_view, explanation_function  # noqa: E402
from planner.sample.synthetic import generate  # noqa: E402


def greedy_plan(data: Dataset, seed: int, tries: int = 60) -> dict[str, Pathway]:
    """Each person, in order, takes the first admissible pathway with room among a few tries."""
    rng = random.Random(seed)
    seats = {c.cohort_id: c.seats for c in data.cohorts}
    openings = {r.role_id: r.openings for r in data.roles}
    options = [
        (c, r)
        for r in data.roles
        for c in (None, *data.cohorts)
        if c is None or rules.norm_key(c.family) == rules.norm_key(r.family)
    ]
    plan = {}
    for employee in data.employees:
        for cohort, role in rng.sample(options, min(tries, len(options))):
            if (
                openings[role.role_id]
                and (cohort is None or seats[cohort.cohort_id])
                and rules.is_admissible(employee, cohort, role)
            ):
                openings[role.role_id] -= 1
                if cohort is not None:
                    seats[cohort.cohort_id] -= 1
                plan[employee.employee_id] = Pathway(role.role_id, cohort and cohort.cohort_id)
                break
    return plan


def solve_result(data: Dataset, plan: dict[str, Pathway]) -> SolveResult:
    cohorts = {c.cohort_id: c for c in data.cohorts}
    used = {p.cohort_id for p in plan.values() if p.cohort_id}
    cost = sum(cohorts[p.cohort_id].cost_per_seat for p in plan.values() if p.cohort_id)
    cost += sum(cohorts[c].fixed_cost for c in used)
    seniors = sum(
        rules.is_senior(e, data.settings) for e in data.employees if e.employee_id in plan
    )
    return SolveResult(
        SolveStatus.FEASIBLE,
        Plan(plan),
        len(plan),
        len(plan) + 50,
        seniors,
        0,
        cost,
        tuple(sorted(used)),
        30.0,
        "benchmark plan",
    )


def explanations(
    data: Dataset, result: SolveResult, plain: bool = False
) -> dict[str, PersonReason]:
    """planner.explain.reasons's reasons, or bare ones (``plain``) to time the writers alone."""
    try:
        from planner.explain.reasons import explain

        if plain:
            raise ModuleNotFoundError("plain reasons requested")
    except ModuleNotFoundError:
        placed = result.plan.assignments
        return {
            e.employee_id: PersonReason(
                e.employee_id,
                ReasonCode.PLACED if e.employee_id in placed else ReasonCode.OUTCOMPETED,
                pathway=placed.get(e.employee_id),
            )
            for e in data.employees
        }
    return explain(data, result)


def median_seconds(runs: int, **options) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            write_solve_outputs(Path(folder) / "out", **options)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_describe(runs: int, reasons: dict[str, PersonReason]) -> float:
    """The share of planner.explain.describe (called once per person by every export)."""
    describe = explanation_function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for reason in reasons.values():
            describe(reason, "fr")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_child(job: Callable[[], object]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS growth MB) of ``job`` in a forked child: every run starts from
    the same memory, so the peak is the export's own."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def run() -> None:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        wall, cpu = time.perf_counter(), time.process_time()
        job()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        send.send((wall, cpu, (peak - before) / 1024))

    child = context.Process(target=run)
    child.start()
    figures = receive.recv()
    child.join()
    return figures


def measure_workbooks(view: PlanView, runs: int) -> None:
    """The workbook steps alone (tables and writing, on a ready view): wall, CPU, memory."""
    exports = {
        "plan.xlsx": lambda: plan_workbook(view),
        "rosters by provider + arrivals": lambda: (
            roster_workbooks(view, "provider"),
            arrivals_workbook(view),
        ),
    }
    for name, export in exports.items():
        figures = [in_child(export) for _ in range(runs)]
        wall, cpu, memory = (statistics.median(column) for column in zip(*figures, strict=True))
        print(
            f"{'workbooks: ' + name:48s} median {wall:.2f} s wall, {cpu:.2f} s CPU, "
            f"peak RSS +{memory:.0f} MB over {runs} runs"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--plain-reasons",
        action="store_true",
        help="bare reasons without explain's detail: times the writers alone",
    )
    args = parser.parse_args()
    data = generate(args.employees, args.seed)
    result = solve_result(data, greedy_plan(data, args.seed))
    reasons = explanations(data, result, args.plain_reasons)
    print(
        f"{len(data.employees)} employees, {result.placed} placed, "
        f"{len(result.cohorts_run)} sessions running, {len(data.roles)} roles"
    )
    measure_workbooks(build_view(data, result, reasons, "fr", None), args.runs)
    base = dict(dataset=data, result=result, reasons=reasons)
    cases = {
        "plan.xlsx + assignments.csv + summary.json": {},
        "... + rosters by provider + arrivals": {"rosters_by": "provider", "arrivals": True},
        "pseudonymised, excel_fr CSV": {
            "pseudonymise": True,
            "csv_dialect": "excel_fr",
            "key_dir": Path(tempfile.gettempdir()) / "bench_keys",
        },
    }
    for name, options in cases.items():
        seconds = median_seconds(args.runs, **base, **options)
        print(f"{name:48s} median {seconds:.2f} s over {args.runs} runs")
    seconds = median_describe(args.runs, reasons)
    print(
        f"{'  of which explanation sentences (describe)':48s} median {seconds:.2f} s "
        f"over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
