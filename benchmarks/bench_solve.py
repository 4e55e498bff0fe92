"""Solver benchmark over a family of workbook shapes and sizes (not a test).

One generator is one opinion: this runs the grid ``planner.sample.shapes.SHAPES`` (plus the
classic generator as the shape "sector") at each size and seed. Each instance is solved in a
fresh subprocess, so its peak memory is its own; ``--jobs`` runs several at once (timings get
noisier when the cores are shared). Per instance: placed, proven upper bound, placed / bound,
placed / tenure-ordered greedy placed (``planner.solver.tenure_greedy``; "-" when it is not
importable), wall seconds, peak RSS of the solve, senior swaps (unplaced seniors who could
take a junior's pathway), and the re-solve after one lock and one ban at ``--resolve-sizes``
(default: the smallest size). Per size: the worst shape by placed / bound and by placed /
greedy, the medians, the slowest time and the largest peak memory.

    python benchmarks/bench_solve.py --sizes 2000 --time-limit 10 --jsonl runs/grid.jsonl
    python benchmarks/bench_solve.py --shapes sector --sizes 500 2000 5000 20000 \\
        --seeds 1 2 3 --time-limit 30
    python benchmarks/bench_solve.py --shapes mid adversarial --sizes 5000 --write /tmp/wb
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

SECTOR = "sector"  # planner.sample.synthetic.generate, the shipped sample's generator


def shape_names() -> list[str]:
    from planner.sample.shapes import SHAPES

    return [SECTOR, *SHAPES]


def dataset(shape: str, n: int, seed: int):
    if shape == SECTOR:
        from planner.sample.synthetic import generate

        return generate(n, seed)
    from planner.sample.shapes import SHAPES, generate_shape

    return generate_shape(n, SHAPES[shape], seed)


def greedy_figures(ds) -> dict:
    """People the tenure-ordered greedy places, or None while it does not exist."""
    try:
        from planner.solver.tenure_greedy import tenure_greedy
    except ImportError:
        return {"greedy": None}
    t0 = time.perf_counter()
    try:
        placed = len(tenure_greedy(ds).assignments)
    except Exception as exc:  # a greedy under construction must not sink the grid
        return {"greedy": None, "greedy_error": f"{type(exc).__name__}: {exc}"[:200]}
    return {"greedy": placed, "greedy_seconds": time.perf_counter() - t0}


def resolve_figures(ds, result, time_limit: float) -> dict:
    """Re-solve after locking the first placed person and banning the last one's pathway."""
    from planner.domain.plan import Ban, Edits, Lock
    from planner.solver.solve import solve

    prev = dict(result.plan.assignments)
    if not prev:
        return {}
    ids = list(prev)
    edits = Edits(
        locks=(Lock(ids[0], prev[ids[0]]),),
        bans=(Ban(ids[-1], prev[ids[-1]].cohort_id, prev[ids[-1]].role_id),),
        previous=prev,
    )
    t0 = time.perf_counter()
    again = solve(ds, edits, time_limit=time_limit, seed=0)
    moved = set(prev) | set(again.plan.assignments)
    return {
        "resolve_seconds": time.perf_counter() - t0,
        "resolve_placed": again.placed,
        "moved": sum(1 for k in moved if prev.get(k) != again.plan.assignments.get(k)),
    }


def one(shape: str, n: int, seed: int, time_limit: float, resolve: bool) -> dict:
    """Solve one instance in this process; peak memory is read right after the solve."""
    from planner.check.seniority import senior_swap_violations
    from planner.solver.solve import solve

    ds = dataset(shape, n, seed)
    t0 = time.perf_counter()
    r = solve(ds, time_limit=time_limit, seed=0)
    out = {
        "shape": shape,
        "n": n,
        "seed": seed,
        "status": r.status.value,
        "placed": r.placed,
        "bound": r.upper_bound_placed,
        "seconds": time.perf_counter() - t0,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "message": r.message,
        "swaps": len(senior_swap_violations(ds, r.plan)),
    }
    out.update(greedy_figures(ds))
    if resolve:
        out.update(resolve_figures(ds, r, time_limit))
    return out


def run_instance(shape: str, n: int, seed: int, time_limit: float, resolve: bool) -> dict:
    """``one`` in a fresh subprocess; a crash or a hang becomes a row with an error."""
    cmd = [sys.executable, __file__, "--one", shape, str(n), str(seed)]
    cmd += ["--time-limit", str(time_limit)] + (["--resolve"] if resolve else [])
    base = {"shape": shape, "n": n, "seed": seed}
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=3 * time_limit + 900, check=False
        )
    except subprocess.TimeoutExpired:
        return base | {"error": "timeout"}
    if done.returncode != 0:
        return base | {"error": done.stderr.strip().splitlines()[-1:] or ["exit"]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def ratio(a: float, b: float | None) -> float | None:
    if b is None:
        return None
    return a / b if b else (1.0 if a == 0 else float("inf"))


def cell(value: float | None, width: int, digits: int) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.{digits}f}"


HEADER = (
    f"{'shape':<22} {'people':>6} {'seed':>4} {'placed':>7} {'bound':>7} {'ratio':>6} "
    f"{'/greedy':>7} {'wall s':>6} {'peak MB':>7} {'swaps':>5}  status"
)


def instance_line(r: dict) -> str:
    head = f"{r['shape']:<22} {r['n']:>6} {r['seed']:>4}"
    if "error" in r:
        return f"{head}  FAILED: {r['error']}"
    versus = cell(ratio(r["placed"], r.get("greedy")), 7, 3)
    if "greedy_error" in r:
        versus = f"{'error':>7}"
    line = (
        f"{head} {r['placed']:>7} {r['bound']:>7} {cell(ratio(r['placed'], r['bound']), 6, 3)} "
        f"{versus} {r['seconds']:>6.1f} "
        f"{r['peak_mb']:>7.0f} {r['swaps']:>5}  {r['status']}"
    )
    if "resolve_seconds" in r:
        line += (
            f"\n{'':<22} re-solve after one lock + one ban: {r['resolve_seconds']:.1f} s, "
            f"{r['resolve_placed']} placed, {r['moved']} moved"
        )
    return line


def worst(runs: list[dict], key) -> str:
    scored = [(key(r), r) for r in runs if key(r) is not None]
    if not scored:
        return "-"
    value, r = min(scored, key=lambda pair: pair[0])
    return f"{r['shape']} (seed {r['seed']}) {value:.3f}"


def size_summary(n: int, runs: list[dict]) -> str:
    ok = [r for r in runs if "error" not in r]
    lines = [f"{n} people: {len(ok)} solved, {len(runs) - len(ok)} failed"]
    if not ok:
        return lines[0]
    by_bound = [ratio(r["placed"], r["bound"]) for r in ok]
    below = [r["shape"] for r in ok if (ratio(r["placed"], r.get("greedy")) or 1.0) < 1.0]
    lines += [
        f"  placed/bound:  worst {worst(ok, lambda r: ratio(r['placed'], r['bound']))}, "
        f"median {statistics.median(by_bound):.3f}",
        f"  placed/greedy: worst {worst(ok, lambda r: ratio(r['placed'], r.get('greedy')))}, "
        f"{len(below)} below the greedy{': ' if below else ''}{', '.join(below)}",
        f"  wall s: median {statistics.median(r['seconds'] for r in ok):.1f}, "
        f"max {max(r['seconds'] for r in ok):.1f}; "
        f"peak MB: max {max(r['peak_mb'] for r in ok):.0f}",
    ]
    return "\n".join(lines)


def git(*args: str) -> str:
    root = Path(__file__).resolve().parents[1]
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True).stdout


def commit() -> str | None:
    """The commit measured, "+dirty" when the planner's code differs from it."""
    head = git("rev-parse", "--short", "HEAD").strip()
    dirty = git("status", "--porcelain", "--", "planner").strip()
    return (head + ("+dirty" if dirty else "")) or None


def write_instances(out_dir: Path, grid: list[tuple[str, int, int]]) -> None:
    """The grid's workbooks, for ``python -m planner solve`` and friends."""
    from planner.io.write.workbook import write_workbook

    out_dir.mkdir(parents=True, exist_ok=True)
    for shape, n, seed in grid:
        path = out_dir / f"{shape}-{n}-s{seed}.xlsx"
        write_workbook(dataset(shape, n, seed), path)
        print(path, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shapes", nargs="+", default=["all"], help="'all' or shape names")
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 20000])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--time-limit", type=float, default=30.0)
    ap.add_argument("--jobs", type=int, default=1, help="instances solved at once")
    ap.add_argument(
        "--resolve-sizes",
        type=int,
        nargs="*",
        help="sizes also re-solved after one lock and one ban (default: the smallest)",
    )
    ap.add_argument("--jsonl", type=Path, help="write one JSON line per instance here")
    ap.add_argument("--write", type=Path, metavar="DIR", help="write the workbooks, no solve")
    ap.add_argument("--one", nargs="+", help=argparse.SUPPRESS)  # [SHAPE] N SEED
    ap.add_argument("--resolve", action="store_true", help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def chosen_shapes(requested: list[str]) -> list[str]:
    known = shape_names()
    if requested == ["all"]:
        return known
    unknown = [s for s in requested if s not in known]
    if unknown:
        raise SystemExit(f"unknown shapes {unknown}; known: {', '.join(known)}")
    return requested


def run_grid(args: argparse.Namespace, grid: list[tuple[str, int, int]]) -> list[dict]:
    """Every instance, printed (and written to ``--jsonl``) as it finishes."""
    resolve_sizes = [min(args.sizes)] if args.resolve_sizes is None else args.resolve_sizes
    extra = {"time_limit": args.time_limit, "jobs": args.jobs, "commit": commit()}
    if args.jsonl:
        args.jsonl.parent.mkdir(parents=True, exist_ok=True)
    sink = args.jsonl.open("w") if args.jsonl else None
    runs = []
    print(HEADER, flush=True)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [
            pool.submit(run_instance, s, n, seed, args.time_limit, n in resolve_sizes)
            for s, n, seed in grid
        ]
        for future in as_completed(futures):
            r = future.result() | extra
            runs.append(r)
            print(instance_line(r), flush=True)
            if sink:
                sink.write(json.dumps(r, ensure_ascii=False) + "\n")
                sink.flush()
    if sink:
        sink.close()
    return runs


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.one:
        shape, n, seed = ([SECTOR] + args.one)[-3:]
        print(json.dumps(one(shape, int(n), int(seed), args.time_limit, args.resolve)))
        return
    grid = [
        (s, n, seed) for n in args.sizes for s in chosen_shapes(args.shapes) for seed in args.seeds
    ]
    if args.write:
        write_instances(args.write, grid)
        return
    runs = run_grid(args, grid)
    for n in args.sizes:
        print(size_summary(n, [r for r in runs if r["n"] == n]), flush=True)


if __name__ == "__main__":
    main()
