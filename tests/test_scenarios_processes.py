"""Scenario store under real processes: killed during a save, and two processes saving at once."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from planner.scenarios.store import ScenarioStore
from tests.scenario_fixtures import dataset, result

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _child(code: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_kill_inside_the_save_transaction_keeps_previous_version(tmp_path):
    path = tmp_path / "s.db"
    store = ScenarioStore(path)
    store.save("Plan A", dataset(5), None, result(2))
    # The child writes a new, big version of "Plan A" and is killed after the row is
    # written but before COMMIT: the half-done transaction must vanish.
    child = _child(f"""
        import sys, time
        from planner.scenarios import store as scenarios
        from tests.scenario_fixtures import dataset
        original = scenarios._write
        def write_then_hang(*args):
            original(*args)
            print("written", flush=True)
            time.sleep(120)
        scenarios._write = write_then_hang
        scenarios.ScenarioStore({str(path)!r}).save("Plan A", dataset(3000))
    """)
    assert child.stdout.readline().strip() == "written", child.stderr.read()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    again = ScenarioStore(path).load("Plan A")
    assert again.dataset == dataset(5)
    assert again.result == result(2)
    assert _integrity(path) == "ok"


def test_kill_at_an_arbitrary_moment_leaves_a_whole_version(tmp_path):
    path = tmp_path / "s.db"
    ScenarioStore(path).save("P", dataset(1))
    child = _child(f"""
        from planner.scenarios.store import ScenarioStore
        from tests.scenario_fixtures import dataset
        store = ScenarioStore({str(path)!r})
        print("go", flush=True)
        for size in (2000, 2001, 2002, 2003, 2004, 2005) * 20:
            store.save("P", dataset(size))
    """)
    assert child.stdout.readline().strip() == "go", child.stderr.read()
    time.sleep(1.5)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    got = ScenarioStore(path).load("P").dataset
    assert got == dataset(len(got.employees))  # one complete version, whichever it is
    assert _integrity(path) == "ok"


def test_two_processes_saving_at_the_same_time(tmp_path):
    path = tmp_path / "s.db"
    code = """
        import sys
        from planner.scenarios.store import ScenarioStore
        from tests.scenario_fixtures import dataset
        store = ScenarioStore({path!r})
        for i in range(15):
            store.save(f"{who}-{{i}}", dataset(200 + i))
            store.save("shared", dataset(300))
        print("done", flush=True)
    """
    children = [_child(code.format(path=str(path), who=who)) for who in ("alice", "bob")]
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        assert out.strip() == "done"
    store = ScenarioStore(path)
    names = {info.name for info in store.list()}
    assert names == {f"{who}-{i}" for who in ("alice", "bob") for i in range(15)} | {"shared"}
    assert store.load("bob-14").dataset == dataset(214)
    assert store.load("shared").dataset == dataset(300)
    assert _integrity(path) == "ok"
