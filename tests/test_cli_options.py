"""Command line options and failure paths: inputs as CSV, exports, privacy, errors, progress.

Uses the three-person workbook of tests.cli_fixtures (optimum: A01 S-AI → R-ANN, A02 S-EN → R-SUP).
"""

from __future__ import annotations

import _thread
import csv
import json
import stat
import threading

import openpyxl
import pytest

from planner.check.plan_rules import Violation
from planner.cli import solve as cli_solve
from planner.cli.main import main
from planner.io.frames import dataset_to_frames
from planner.solver.watch import Progress
from tests.cli_fixtures import DATASET


@pytest.fixture
def csv_folder(tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    for sheet, frame in dataset_to_frames(DATASET).items():
        frame.to_csv(folder / f"{sheet}.csv", index=False)
    return folder


def _rows(path, delimiter=",") -> list[list[str]]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f, delimiter=delimiter))


def _cells(path) -> set[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    return {str(v) for ws in book for row in ws.iter_rows(values_only=True) for v in row if v}


def test_a_folder_of_csv_files_is_one_input(csv_folder, tmp_path):
    out = tmp_path / "out"
    assert main(["solve", str(csv_folder), "--out", str(out), "--quiet"]) == 0
    assert ["A01", "S-AI", "R-ANN"] in _rows(out / "assignments.csv")


def test_several_csv_files_are_one_input(csv_folder, capsys):
    paths = [str(csv_folder / f"{s}.csv") for s in ("employees", "cohorts", "roles")]
    assert main(["validate", *paths]) == 0
    assert "valid: 3 employees, 2 sessions, 2 roles" in capsys.readouterr().out


def test_an_empty_folder_is_refused(tmp_path, capsys):
    assert main(["validate", str(tmp_path)]) == 2
    assert "no .csv file" in capsys.readouterr().err


def test_english_files_rosters_arrivals_and_french_excel_csv(book, tmp_path):
    out = tmp_path / "out"
    argv = [
        "solve",
        str(book),
        "--out",
        str(out),
        "--lang",
        "en",
        "--rosters-by",
        "track",
        "--arrivals",
        "--csv-dialect",
        "excel_fr",
        "--quiet",
    ]
    assert main(argv) == 0
    assert openpyxl.load_workbook(out / "plan.xlsx", read_only=True).sheetnames[:3] == [
        "Summary",
        "Assignments",
        "Unplaced",
    ]
    assert (out / "assignments.csv").read_bytes().startswith("\ufeffemployee_id;".encode())
    assert ["A02", "S-EN", "R-SUP"] in _rows(out / "assignments.csv", ";")
    assert sorted(p.name for p in (out / "rosters").iterdir()) == [
        "Anglais_support.xlsx",
        "Annotation_de_données.xlsx",
    ]
    assert (out / "arrivals_by_role.xlsx").exists()


def test_pseudonymised_outputs_hold_no_name_and_no_id(book, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["solve", str(book), "--out", str(out), "--pseudonymise"]) == 0
    ids = {"A01", "A02", "A03"}
    assignments = _rows(out / "assignments.csv")
    assert len(assignments) == 4 and not ids & {row[0] for row in assignments}
    cells = _cells(out / "plan.xlsx")
    assert not any(name in cell for cell in cells for name in ("Élodie", "Karim", "Sara"))
    assert not ids & cells
    (keys,) = tmp_path.glob("out_table_de_correspondance_*")  # a new folder, random suffix
    assert {row[1] for row in _rows(keys / "pseudonym_key_table.csv")[1:]} == ids
    assert stat.S_IMODE((keys / "pseudonym_key.txt").stat().st_mode) == 0o600
    assert "Pseudonym key table" in capsys.readouterr().out


def test_an_unexpected_error_is_one_line_without_personal_data(book, tmp_path, monkeypatch, capsys):
    def boom(*args, **kwargs):
        raise RuntimeError("Élodie Benali broke it")

    monkeypatch.delenv("PLANNER_DEBUG", raising=False)
    monkeypatch.setattr(cli_solve, "explain", boom)
    assert main(["solve", str(book), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError" in err
    assert "Élodie" not in err and "Traceback" not in err


def test_an_unwritable_output_is_one_line_exit_1(book, tmp_path, capsys):
    taken = tmp_path / "a_file"
    taken.write_text("not a folder")
    assert main(["solve", str(book), "--out", str(taken), "--quiet"]) == 1
    assert "Cannot write" in capsys.readouterr().err


def test_a_plan_the_checker_rejects_exits_1_after_writing(book, tmp_path, monkeypatch, capsys):
    broken = Violation("seats", ("S-AI",), "S-AI holds 2 people for 1 seat")
    monkeypatch.setattr(cli_solve, "check_plan", lambda dataset, plan: [broken])
    out = tmp_path / "out"
    assert main(["solve", str(book), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "found 1 rule violation" in err and "S-AI holds 2 people" in err
    assert (out / "summary.json").exists()


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_lines_are_throttled_to_one_a_second(monkeypatch, capsys):
    clock = _Clock()
    monkeypatch.setattr(cli_solve.time, "perf_counter", clock)
    reporter = cli_solve.Reporter("en", None, enabled=True)
    printed = []
    for step in range(1, 81):  # 20 s, a new solution and a tick every 0.25 s
        clock.now = 100.0 + step * 0.25
        reporter.update(Progress(step * 0.25, "placed", step, step, 100))
        before = capsys.readouterr().err
        printed += before.splitlines()
        reporter.tick()
    printed += capsys.readouterr().err.splitlines()
    assert len(printed) == 20  # 1.0 s, 2.0 s, ... 20.0 s
    assert printed[0] == "[    1.0 s] stage placed: 4 plan(s) found, 4 placed, bound 100"


def test_progress_is_silent_for_short_runs_and_beats_when_nothing_changes(monkeypatch, capsys):
    clock = _Clock()
    monkeypatch.setattr(cli_solve.time, "perf_counter", clock)
    reporter = cli_solve.Reporter("en", None, enabled=True)
    reporter.update(Progress(0.1, "placed", 1, 3, 5))
    for at, expect in ((0.5, 0), (1.2, 1), (2.5, 0), (9.0, 0), (11.3, 1), (12.0, 0)):
        clock.now = 100.0 + at
        reporter.tick()
        assert len(capsys.readouterr().err.splitlines()) == expect, at


def test_first_interrupt_stops_the_search_and_keeps_the_plan(monkeypatch, capsys):
    def fake_solve(dataset, time_limit, seed, on_progress, stop):
        _thread.interrupt_main()  # as if the user pressed Ctrl-C once
        assert stop.wait(10)
        return "best plan so far"

    monkeypatch.setattr(cli_solve, "solve", fake_solve)
    reporter = cli_solve.Reporter("en", None, enabled=False)
    assert cli_solve.search(DATASET, 5.0, 0, reporter, "en") == "best plan so far"
    assert "Stopping" in capsys.readouterr().err


def test_second_interrupt_aborts_without_a_plan(monkeypatch, capsys):
    def fake_solve(dataset, time_limit, seed, on_progress, stop):
        _thread.interrupt_main()
        assert stop.wait(10)
        _thread.interrupt_main()
        threading.Event().wait(10)  # a search that would go on: only the abort ends it
        return "too late"

    monkeypatch.setattr(cli_solve, "solve", fake_solve)
    reporter = cli_solve.Reporter("en", None, enabled=False)
    assert cli_solve.search(DATASET, 5.0, 0, reporter, "en") is None
    assert "Aborted" in capsys.readouterr().err


def test_summary_json_of_the_options_run_is_still_the_contract(book, tmp_path):
    out = tmp_path / "out"
    assert (
        main(["solve", str(book), "--out", str(out), "--seed", "7", "--time-limit", "5", "--quiet"])
        == 0
    )
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert (summary["placed"], summary["cost_mad"]) == (2, 7000.0)
