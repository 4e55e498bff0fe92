"""The real app server survives an upload that makes the workbook reader abort, while another
browser session goes on loading the sample and solving.

``streamlit run app.py`` runs as a subprocess on a free port with a 64 MB reading allowance
(``PLANNER_READ_MEMORY_MB``); a 7 KB workbook within every limit makes calamine ask for 91 MB
and abort. Read in the server's own process, that abort would end the server for every user.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.browser_helpers import ARGS, BROWSER_MARKS, CHROMIUM
from tests.parsing_fixtures import corner_workbook, far_cell_workbook

pytestmark = [*BROWSER_MARKS, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def crash_server(tmp_path):
    """The app with a 64 MB reading allowance; yields (url, process)."""
    port = free_port()
    env = dict(os.environ, PLANNER_SCENARIO_DB=str(tmp_path / "s.db"), PLANNER_READ_MEMORY_MB="64")
    env.pop("PLANNER_READ_ISOLATION", None)
    with open(tmp_path / "streamlit.log", "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
            + ["--server.headless", "true"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}/", process
    finally:
        process.terminate()
        process.wait(timeout=20)


def wait_for_port(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "streamlit exited at start"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail("streamlit did not start within 60 s")


def upload(page, path: Path, name: str) -> None:
    page.get_by_text("Classeur : importer").first.click()
    page.locator('input[type="file"]').set_input_files(str(path))
    page.get_by_text(f"Classeur : {name}").first.wait_for(timeout=120_000)


def test_the_server_survives_a_crashing_upload_and_another_session_solves(crash_server, tmp_path):
    from playwright.sync_api import sync_playwright

    url, server = crash_server
    crash, far = tmp_path / "coin.xlsx", tmp_path / "loin.xlsx"
    crash.write_bytes(corner_workbook())
    far.write_bytes(far_cell_workbook())
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for path, problem in (
            (crash, "Le fichier coin.xlsx n'a pas pu être lu sans risque"),
            (far, "La feuille a 1048576 lignes"),  # refused before any reading
        ):  # each from its own session
            attacker = browser.new_context(locale="fr-FR").new_page()
            attacker.goto(url)
            attacker.get_by_text("Données valides").wait_for(timeout=60_000)
            upload(attacker, path, path.name)
            attacker.get_by_text("1 erreur à corriger").first.wait_for(timeout=60_000)
            attacker.get_by_text(problem).first.wait_for(state="attached", timeout=30_000)
            assert server.poll() is None

        other = browser.new_context(locale="fr-FR").new_page()
        other.goto(url)
        other.get_by_text("Données valides : 300 collaborateurs").wait_for(timeout=60_000)
        other.get_by_role("link", name="Optimisation").first.click()
        other.get_by_role("button", name="Lancer l'optimisation").click()
        other.get_by_text("Voir les résultats").wait_for(timeout=180_000)
        browser.close()
    assert server.poll() is None
