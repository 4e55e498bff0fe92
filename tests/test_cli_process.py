"""``python -m planner solve`` as a real process: the module entry point and exit code."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.io.write.workbook import write_workbook
from planner.sample.synthetic import generate

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_python_m_planner_solve_on_a_200_person_sample(tmp_path):
    dataset = generate(200, 5)
    write_workbook(dataset, tmp_path / "sample.xlsx")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PLANNER_DEBUG", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "solve",
            "sample.xlsx",
            "--out",
            "out",
            "--time-limit",
            "5",
            "--seed",
            "1",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    out = tmp_path / "out"
    with open(out / "assignments.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["employee_id", "cohort_id", "role_id"]
    assert sorted(r[0] for r in rows[1:]) == sorted(e.employee_id for e in dataset.employees)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["employees"] == 200
    assert summary["placed"] == sum(1 for r in rows[1:] if r[2])
    assert 0 <= summary["placed"] <= summary["upper_bound_placed"] <= 200
    assert f"Placed: {summary['placed']} / 200 employees" in done.stdout
    assert (out / "plan.xlsx").stat().st_size > 0
