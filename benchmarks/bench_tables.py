"""Median times of the sample generator and the canonical table writers.

Usage: python benchmarks/bench_tables.py [--employees N ...] [--repeat R]

Targets: generate(90,000) in a few seconds; write_workbook(20,000 agents) well under 3 s.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.io.frames import dataset_to_frames  # noqa: E402
from planner.io.write.workbook import write_workbook  # noqa: E402
from planner.sample.synthetic import generate  # noqa: E402


def median_seconds(run, repeat: int) -> str:
    """Median wall and CPU seconds: on a shared machine the CPU figure is the stable one."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return f"{statistics.median(wall):.2f}s (cpu {statistics.median(cpu):.2f}s)"


def bench(n: int, repeat: int) -> None:
    dataset = generate(n, 1)
    gen = median_seconds(lambda: generate(n, 1), repeat)
    frames = median_seconds(lambda: dataset_to_frames(dataset), repeat)
    buffer = io.BytesIO()
    xlsx = median_seconds(lambda: write_workbook(dataset, io.BytesIO()), repeat)
    write_workbook(dataset, buffer)
    print(
        f"n={n:>6} generate={gen} dataset_to_frames={frames} "
        f"write_workbook={xlsx} ({len(buffer.getvalue()) / 1e6:.1f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, nargs="*", default=[500, 20_000, 90_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for n in args.employees:
        bench(n, args.repeat)


if __name__ == "__main__":
    main()
