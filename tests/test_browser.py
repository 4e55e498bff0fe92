"""End to end in a real headless Chromium: open the app, solve the sample, download the plan.

Starts ``streamlit run app.py`` on a free port and drives Debian's chromium with Playwright.
Screenshots of each page go to ``$PLANNER_SCREENSHOTS`` (default: a temporary folder).
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
        reason=f"Chromium not installed at {CHROMIUM} (apt-get install chromium)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
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


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("PLANNER_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_solve_the_sample_and_download_the_plan(server, shots):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(
            viewport={"width": 1400, "height": 1000}, locale="fr-FR", accept_downloads=True
        )
        page.goto(server)
        page.get_by_text("Données valides").wait_for(timeout=60_000)
        page.screenshot(path=shots / "1_donnees.png")
        page.get_by_role("link", name="Optimisation").first.click()
        page.get_by_role("button", name="Lancer l'optimisation").click()
        page.get_by_text("Voir les résultats").wait_for(timeout=120_000)
        page.screenshot(path=shots / "2_optimisation.png")
        for name, label in (
            ("3_resultats", "Résultats"),
            ("4_equite", "Équité"),
            ("5_scenarios", "Scénarios"),
            ("6_exports", "Exports"),
        ):
            page.get_by_role("link", name=label).first.click()
            page.get_by_role("heading", name=label).first.wait_for(timeout=30_000)
            time.sleep(1.5)  # charts draw after the heading
            page.screenshot(path=shots / f"{name}.png")
        page.get_by_role("link", name="Fiche individuelle").first.click()
        page.get_by_role("heading", name="Fiche individuelle").wait_for(timeout=30_000)
        box = page.get_by_role("textbox", name="Matricule")
        box.fill("AG00001")
        box.press("Enter")
        page.get_by_role("heading", name="Parcours").wait_for(timeout=30_000)
        page.screenshot(path=shots / "7_fiche.png")
        page.get_by_role("link", name="Exports").first.click()
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name="Plan (classeur Excel)").click()
        download = info.value
        name = download.suggested_filename
        data = Path(download.path()).read_bytes()
        browser.close()
    assert name == "plan.xlsx"
    with zipfile.ZipFile(io.BytesIO(data)) as book:  # a real xlsx is a zip of XML parts
        assert "xl/workbook.xml" in book.namelist()
