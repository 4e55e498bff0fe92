"""The second wall: a parse that aborts, crashes, runs out of memory or of time in its child
process is one located problem, and the calling process (the CLI, the app's server) goes on.

The crashes are real: ``os.abort`` and a null-pointer read stand for a native reader's abort
and segfault, and a 7 KB workbook within every limit makes calamine itself abort on a memory
limit lowered to 64 MB.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.i18n import describe_problem
from planner.io.read import isolate, safety
from planner.load import workbook as read
from tests.parsing_fixtures import corner_workbook

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample.xlsx"
SMALL = isolate.Limits(memory_mb=64, seconds=30)


def refused(target, *args, limits=SMALL, label="rh.xlsx"):
    with pytest.raises(safety.Refused) as caught:
        isolate.run(target, *args, label=label, limits=limits)
    return caught.value.problem


def test_the_child_reads_the_sample_as_this_process_does():
    """The value comes back whole: the same dataset and problems as an in-process load."""
    child = isolate.run(read.load, SAMPLE, label="sample.xlsx", limits=isolate.Limits())
    here = read.load(SAMPLE)
    assert child.dataset == here.dataset
    assert child.problems == here.problems
    assert set(child.frames) == set(here.frames)


def test_the_child_is_another_process_unless_isolation_is_off(monkeypatch):
    """PLANNER_READ_ISOLATION=off runs the parse here; by default it runs elsewhere."""
    monkeypatch.delenv("PLANNER_READ_ISOLATION", raising=False)
    assert isolate.run(os.getpid, label="x") != os.getpid()
    monkeypatch.setenv("PLANNER_READ_ISOLATION", "off")
    assert isolate.run(os.getpid, label="x") == os.getpid()


def test_an_abort_is_a_located_problem():
    """A native abort (what calamine does when an allocation fails) stops the child only."""
    problem = refused(os.abort)
    assert problem.code == "read_crashed"
    assert dict(problem.params) == {"file": "rh.xlsx", "detail": "SIGABRT"}


def test_a_segfault_is_a_located_problem():
    """A read through a null pointer: the child dies by SIGSEGV, this process goes on."""
    problem = refused(ctypes.string_at, 0)
    assert dict(problem.params)["detail"] == "SIGSEGV"


def test_python_running_out_of_memory_names_the_memory_limit():
    """An allocation over the address-space limit is refused, and said so with the limit."""
    problem = refused(bytearray, 10**10)
    assert problem.code == "read_memory_limit"
    assert dict(problem.params) == {"file": "rh.xlsx", "megabytes": "64"}


def test_calamine_aborting_on_the_memory_limit_names_the_memory_limit():
    """A workbook within every limit whose rectangle (91 MB) exceeds a 64 MB allowance:
    calamine aborts, its message on stderr tells the memory limit, nothing reaches ours."""
    problem = refused(read.load, corner_workbook(), "coin.xlsx", label="coin.xlsx")
    assert problem.code == "read_memory_limit"
    assert "coin.xlsx" in describe_problem(problem, "en")


def test_a_parse_past_its_deadline_is_stopped():
    """A parse that never ends is killed at the deadline and reported with it."""
    started = time.monotonic()
    problem = refused(time.sleep, 600, limits=isolate.Limits(memory_mb=64, seconds=1))
    assert problem.code == "read_time_limit"
    assert dict(problem.params)["seconds"] == "1"
    assert time.monotonic() - started < 300  # killed, not waited for


def test_an_exception_in_the_child_is_named_by_its_type():
    """A failure that is not a crash still comes back as a problem, never a traceback."""
    problem = refused(int, "not a number")
    assert dict(problem.params)["detail"] == "ValueError"


@pytest.mark.parametrize(
    "variable, value, expected",
    [
        pytest.param("PLANNER_READ_MEMORY_MB", "300", isolate.Limits(memory_mb=300), id="memory"),
        pytest.param("PLANNER_READ_SECONDS", "2.5", isolate.Limits(seconds=2.5), id="seconds"),
        pytest.param("PLANNER_READ_MEMORY_MB", "lots", isolate.Limits(), id="not a number"),
        pytest.param("PLANNER_READ_SECONDS", "-1", isolate.Limits(), id="negative"),
        pytest.param("PLANNER_READ_SECONDS", "inf", isolate.Limits(), id="infinite"),
    ],
)
def test_limits_from_the_environment(monkeypatch, variable, value, expected):
    """Settings override the defaults; a setting that is not a positive number is ignored."""
    monkeypatch.delenv("PLANNER_READ_ISOLATION", raising=False)
    monkeypatch.setenv(variable, value)
    assert isolate.limits_from_env() == expected


@pytest.mark.parametrize(
    "code, params, french, english",
    [
        (
            "read_memory_limit",
            {"megabytes": 64},
            "n'a pas pu être lu sans risque : sa lecture demandait plus de 64 Mo",
            "could not be read safely: reading it needed more than 64 MB of memory",
        ),
        (
            "read_time_limit",
            {"seconds": "1"},
            "sa lecture a duré plus de 1 s",
            "reading it took more than 1 s",
        ),
        (
            "read_crashed",
            {"detail": "SIGSEGV"},
            "le lecteur de classeurs s'est arrêté (SIGSEGV)",
            "the workbook reader stopped (SIGSEGV)",
        ),
    ],
)
def test_the_problem_names_the_file_and_the_limit_in_both_languages(code, params, french, english):
    from planner.domain.problems import error

    problem = error(code, file="rh.xlsx", **params)
    assert "rh.xlsx" in describe_problem(problem, "fr")
    assert french in describe_problem(problem, "fr")
    assert english in describe_problem(problem, "en")


def planner_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **env)
    environment.pop("PLANNER_DEBUG", None)
    environment.pop("PLANNER_READ_ISOLATION", None)
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("command", ["validate", "solve"])
def test_the_command_line_exits_2_with_one_line_when_the_reader_aborts(tmp_path, command):
    """``validate`` and ``solve`` on a file that makes calamine abort: the documented
    input-error exit 2, the located sentence, no backtrace of any language."""
    path = tmp_path / "coin.xlsx"
    path.write_bytes(corner_workbook())
    extra = ["--out", str(tmp_path / "out")] if command == "solve" else []
    done = planner_cli(command, str(path), *extra, PLANNER_READ_MEMORY_MB="64")
    assert done.returncode == 2, done.stderr
    output = done.stdout + done.stderr
    assert "The file coin.xlsx could not be read safely" in output
    assert "more than 64 MB of memory" in output
    for trace in ("Traceback", "stack backtrace", "memory allocation of"):
        assert trace not in output
    assert not (tmp_path / "out").exists()


def test_an_upload_that_makes_the_reader_abort_is_one_problem_in_the_app(monkeypatch):
    """In the app (AppTest, in this process): the session shows the located problem and
    goes on; loading the sample again works."""
    from tests.app_helpers import button, start_app

    monkeypatch.delenv("PLANNER_READ_ISOLATION", raising=False)
    monkeypatch.setenv("PLANNER_READ_MEMORY_MB", "64")
    at = start_app()
    at.get("file_uploader")[0].upload("coin.xlsx", corner_workbook()).run()
    assert not at.exception, [e.value for e in at.exception]
    tables = [d.value for d in at.dataframe if "Problème" in d.value.columns]
    shown = [text for table in tables for text in table["Problème"]]
    assert len(shown) == 1
    assert "Le fichier coin.xlsx n'a pas pu être lu sans risque" in shown[0]
    assert "plus de 64 Mo de mémoire" in shown[0]
    button(at, "Revenir au classeur d'exemple").click().run()
    assert any(s.value.startswith("Données valides : 300 collaborateurs") for s in at.success)


def test_a_sheet_refused_before_reading_shows_its_problem_in_its_tab():
    """The issue's file in the app: the employees' tab says why it has no table (the sheet
    is over the row limit), instead of calling the sheet missing."""
    from tests.app_helpers import start_app, texts
    from tests.parsing_fixtures import far_cell_workbook

    at = start_app()
    at.get("file_uploader")[0].upload("loin.xlsx", far_cell_workbook()).run()
    assert not at.exception, [e.value for e in at.exception]
    tables = [d.value for d in at.dataframe if "Problème" in d.value.columns]
    shown = [text for table in tables for text in table["Problème"]]
    assert len(shown) == 1
    assert "La feuille a 1048576 lignes, au-delà de la limite de 200000" in shown[0]
    assert "Cette feuille est absente du classeur." not in texts(at)
