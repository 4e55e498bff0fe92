"""Solver benchmark on generated instances of the sector's shape (not a test).

Each run is a fresh subprocess so its peak memory is its own. Prints, per size, the median
over seeds of: placed, proven upper bound, placed / bound, wall seconds, peak RSS; plus the
re-solve after an edit (one lock, one ban, previous plan) at the smallest size or at
``--resolve-sizes``, and "swaps":
unplaced seniors who could take a pathway a junior holds (a plan should leave none).

    python benchmarks/bench_solve.py --sizes 500 2000 5000 20000 --seeds 1 2 3 --time-limit 30
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time


def one(n: int, seed: int, time_limit: float, resolve: bool) -> dict:
    from planner.check.seniority import senior_swap_violations
    from planner.domain.plan import Ban, Edits, Lock
    from planner.sample.synthetic import generate
    from planner.solver.solve import solve

    ds = generate(n, seed)
    t0 = time.perf_counter()
    r = solve(ds, time_limit=time_limit, seed=0)
    out = {
        "n": n,
        "seed": seed,
        "status": r.status.value,
        "placed": r.placed,
        "bound": r.upper_bound_placed,
        "seconds": time.perf_counter() - t0,
        "message": r.message,
        "swaps": len(senior_swap_violations(ds, r.plan)),
    }
    if resolve and r.plan.assignments:
        ids = list(r.plan.assignments)
        prev = dict(r.plan.assignments)
        edits = Edits(
            locks=(Lock(ids[0], prev[ids[0]]),),
            bans=(Ban(ids[-1], prev[ids[-1]].cohort_id, prev[ids[-1]].role_id),),
            previous=prev,
        )
        t1 = time.perf_counter()
        r2 = solve(ds, edits, time_limit=time_limit, seed=0)
        out["resolve_seconds"] = time.perf_counter() - t1
        out["resolve_placed"] = r2.placed
        out["moved"] = sum(
            1
            for k in set(prev) | set(r2.plan.assignments)
            if prev.get(k) != r2.plan.assignments.get(k)
        )
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000, 20000])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    ap.add_argument("--time-limit", type=float, default=30.0)
    ap.add_argument(
        "--resolve-sizes",
        type=int,
        nargs="*",
        help="sizes also re-solved after one lock and one ban (default: the smallest)",
    )
    ap.add_argument("--one", type=int, nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--resolve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(*args.one, args.time_limit, args.resolve)))
        return
    print(
        f"{'people':>7} {'placed':>7} {'bound':>7} {'ratio':>6} "
        f"{'wall s':>7} {'peak MB':>8} {'swaps':>5}  status"
    )
    resolve_sizes = [min(args.sizes)] if args.resolve_sizes is None else args.resolve_sizes
    for n in args.sizes:
        runs = []
        for seed in args.seeds:
            cmd = [
                sys.executable,
                __file__,
                "--one",
                str(n),
                str(seed),
                "--time-limit",
                str(args.time_limit),
            ] + (["--resolve"] if n in resolve_sizes else [])
            runs.append(
                json.loads(
                    subprocess.run(cmd, capture_output=True, text=True, check=True)
                    .stdout.strip()
                    .splitlines()[-1]
                )
            )
        med = {
            k: statistics.median(r[k] for r in runs)
            for k in ("placed", "bound", "seconds", "peak_mb", "swaps")
        }
        ratio = statistics.median(r["placed"] / max(1, r["bound"]) for r in runs)
        print(
            f"{n:>7} {med['placed']:>7.0f} {med['bound']:>7.0f} {ratio:>6.3f} "
            f"{med['seconds']:>7.1f} {med['peak_mb']:>8.0f} {med['swaps']:>5.0f}  "
            + ", ".join(sorted({r["status"] for r in runs})),
            flush=True,
        )
        if "resolve_seconds" in runs[0]:
            rs = statistics.median(r["resolve_seconds"] for r in runs)
            mv = statistics.median(r["moved"] for r in runs)
            rp = statistics.median(r["resolve_placed"] for r in runs)
            print(
                f"{'':>7} re-solve after one lock + one ban: median {rs:.1f} s, "
                f"{rp:.0f} placed, {mv:.0f} moved",
                flush=True,
            )


if __name__ == "__main__":
    main()
