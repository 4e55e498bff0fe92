"""Fixtures used by several test files; plain builders live in the ``tests/*_fixtures.py`` and
``tests/*_helpers.py`` modules."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.io.write.workbook import write_workbook
from tests.cli_fixtures import DATASET

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def private_store(tmp_path_factory):
    """Tests that set no scenario store use a temporary one: an app session saves its draft
    there at each change, and must never write into the account's own store."""
    if os.environ.get("PLANNER_SCENARIO_DB"):
        yield
        return
    os.environ["PLANNER_SCENARIO_DB"] = str(tmp_path_factory.mktemp("store") / "s.sqlite3")
    try:
        yield
    finally:
        os.environ.pop("PLANNER_SCENARIO_DB", None)


@pytest.fixture
def book(tmp_path) -> Path:
    """The three-person workbook of ``tests.cli_fixtures`` written as .xlsx (command line tests)."""
    path = tmp_path / "rh.xlsx"
    write_workbook(DATASET, path)
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``streamlit run app.py`` on a free port with its own scenario store, one per test module
    so each browser test starts from an empty store; yields the app's URL."""
    port = _free_port()
    env = dict(os.environ, PLANNER_SCENARIO_DB=str(tmp_path_factory.mktemp("db") / "s.db"))
    log = tmp_path_factory.mktemp("log") / "streamlit.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.port",
                str(port),
                "--server.headless",
                "true",
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_for(port, proc, log)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where browser tests save screenshots: ``$PLANNER_SCREENSHOTS``, else a temporary folder."""
    folder = os.environ.get("PLANNER_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(port: int, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited: {log.read_text()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail("streamlit did not start within 60 s")
