"""Benchmark: explain() (and the independent checker) on sample workbooks.

Prints the median wall time of ``explain`` over a few runs at each size, then one run of
``check_plan`` and ``senior_swap_violations``. The plan is a quick greedy one (seniors first,
first admissible pathway with room), built here so that the benchmark does not need the
optimizer: the explanations' cost depends on the people and catalogue, not on plan quality.

    python benchmarks/bench_explain.py [--sizes 20000 90000] [--runs 3] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere, no install

from planner.check.plan_rules import check_plan
from planner.check.seniority import senior_swap_violations
from planner.domain.admission import Admission
from planner.domain.outcomes import SolveResult, SolveStatus
from planner.domain.plan import Pathway, Plan
from planner.domain.records import Dataset
from planner.domain.rules import is_senior
from planner.explain.reasons import explain
from planner.sample.synthetic import generate

TRIES = 40


def greedy_plan(dataset: Dataset, seed: int) -> Plan:
    """Seniors first; each person takes the first admissible pathway with room among a few
    random tries. Seats, openings and budget are respected; minimum sizes are not."""
    rng = random.Random(seed)
    adm = Admission(dataset)
    seats = Counter({c.cohort_id: c.seats for c in dataset.cohorts})
    openings = Counter({r.role_id: r.openings for r in dataset.roles})
    budget = dataset.settings.budget_mad or float("inf")
    running: set[str] = set()
    order = sorted(dataset.employees, key=lambda e: not is_senior(e, dataset.settings))
    out: dict[str, Pathway] = {}
    for e in order:
        roles = [
            r
            for r in rng.sample(dataset.roles, min(TRIES, len(dataset.roles)))
            if openings[r.role_id] > 0
        ]
        for r in roles:
            if adm.admissible(e, None, r):
                out[e.employee_id] = Pathway(r.role_id)
                openings[r.role_id] -= 1
                break
        else:
            for c in rng.sample(dataset.cohorts, min(TRIES, len(dataset.cohorts))):
                cost = c.cost_per_seat + (0 if c.cohort_id in running else c.fixed_cost)
                if seats[c.cohort_id] <= 0 or cost > budget:
                    continue
                r = next((r for r in roles if adm.admissible(e, c, r)), None)
                if r is not None:
                    out[e.employee_id] = Pathway(r.role_id, c.cohort_id)
                    seats[c.cohort_id] -= 1
                    openings[r.role_id] -= 1
                    budget -= cost
                    running.add(c.cohort_id)
                    break
    return Plan(out)


def as_result(plan: Plan) -> SolveResult:
    n = len(plan.assignments)
    return SolveResult(SolveStatus.FEASIBLE, plan, n, n, 0, 0, 0.0, (), 0.0)


def timed(fn, *args):
    start = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - start, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 90_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for n in args.sizes:
        dataset = generate(n, args.seed)
        plan = greedy_plan(dataset, args.seed)
        result = as_result(plan)
        times = [timed(explain, dataset, result)[0] for _ in range(args.runs)]
        reasons = explain(dataset, result)
        codes = Counter(r.code.value for r in reasons.values())
        print(
            f"n={n} sessions={len(dataset.cohorts)} roles={len(dataset.roles)} "
            f"placed={len(plan.assignments)}"
        )
        print(
            f"  explain: median {statistics.median(times):.2f} s over {args.runs} runs "
            f"({', '.join(f'{t:.2f}' for t in times)}); {dict(sorted(codes.items()))}"
        )
        seconds, violations = timed(check_plan, dataset, plan)
        rules_hit = sorted(Counter(v.rule for v in violations).items())
        print(f"  check_plan: {seconds:.2f} s, violations by rule {rules_hit}")
        seconds, swaps = timed(senior_swap_violations, dataset, plan)
        print(f"  senior_swap_violations: {seconds:.2f} s, {len(swaps)} seniors")


if __name__ == "__main__":
    main()
