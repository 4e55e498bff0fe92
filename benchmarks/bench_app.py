"""Median time of the app's heavy reruns on a 20,000-employee workbook (AppTest, no browser).

Run: python benchmarks/bench_app.py [--employees N] [--repeat R] [--solve-seconds S]
Prints, for each step, the median wall time of R runs: opening the inputs page, committing one
cell edit (re-validates the whole workbook), and showing the results, equity and person pages.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from planner.io.write.workbook import write_workbook  # noqa: E402
from planner.load import workbook as read  # noqa: E402
from planner.sample import synthetic  # noqa: E402
from planner.solver import solve  # noqa: E402

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def timed(step) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--solve-seconds",
        type=float,
        default=0.0,
        help="solve the workbook first (0: show an empty plan, which measures the display alone)",
    )
    args = parser.parse_args()
    data = synthetic.generate(args.employees, 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.xlsx"
        write_workbook(data, path)
        raw = path.read_bytes()
    loaded = read.load(raw, filename="big.xlsx")
    result = (
        solve.solve(loaded.dataset, time_limit=args.solve_seconds)
        if args.solve_seconds > 0
        else _empty_plan(loaded.dataset)
    )
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.run()
    figures: dict[str, list[float]] = {}
    shown: set[str] = set()
    for _ in range(args.repeat):
        figures.setdefault("upload 20k xlsx + validate", []).append(
            timed(
                lambda: (
                    at.get("file_uploader")[0]
                    .set_value((f"big{time.time()}.xlsx", raw, XLSX))
                    .run()
                )
            )
        )
        figures.setdefault("inputs page rerun", []).append(timed(at.run))
        key = next(d.key for d in at.data_editor)
        at.session_state[key] = {
            "edited_rows": {0: {"tenure_years": 7.5}},
            "added_rows": [],
            "deleted_rows": [],
        }
        figures.setdefault("commit one cell edit", []).append(timed(at.run))
        _adopt(at, result)
        for page in ("review", "equity", "person"):
            at.switch_page(f"app_pages/{page}.py")
            figures.setdefault(f"{page} page", []).append(timed(at.run))
            assert at.title and not at.exception, (page, [e.value for e in at.exception])
            shown.add(
                f"{page}: {at.title[0].value}, {len(at.metric)} figures, {len(at.dataframe)} tables"
            )
        at.switch_page("app_pages/inputs.py").run()
    print(f"{args.employees} employees, median of {args.repeat} runs:")
    for step, values in figures.items():
        print(f"  {step:32s} {statistics.median(values):7.2f} s")
    print("\n".join(sorted(shown)))


def _empty_plan(data):
    from planner.domain.outcomes import SolveResult, SolveStatus
    from planner.domain.plan import Plan

    return SolveResult(SolveStatus.NO_PLAN, Plan({}), 0, len(data.employees), 0, 0, 0.0, (), 0.0)


def _adopt(at: AppTest, result) -> None:
    from planner.explain import reasons as explain

    data = at.session_state["load"].dataset
    at.session_state["result"] = result
    at.session_state["result_dataset"] = data
    at.session_state["reasons"] = explain.explain(data, result)
    at.session_state["person"] = data.employees[0].employee_id


if __name__ == "__main__":
    main()
