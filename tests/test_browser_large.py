"""A larger workbook in a real headless Chromium, as a new HR user goes through it.

Uploads a generated 2,000-person workbook, solves it, pages and sorts the assignment table,
opens a person from a selected row, reads the seats tab and the budget, saves and reopens a
scenario and downloads the rosters. Uses the ``server`` and ``shots`` fixtures of conftest.py,
as test_browser does.
Screenshots go to ``$PLANNER_SCREENSHOTS`` like test_browser's.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from tests.browser_helpers import ARGS, BROWSER_MARKS, CHROMIUM

pytestmark = BROWSER_MARKS

EMPLOYEES = 2000


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    from planner.io.write.workbook import write_workbook
    from planner.sample import synthetic

    path = tmp_path_factory.mktemp("book") / "grand.xlsx"
    write_workbook(synthetic.generate(EMPLOYEES, 5), path)
    return path


def _settle(page, quiet: float = 0.6, timeout: float = 120.0) -> None:
    """Wait until Streamlit has shown no 'running' indicator for ``quiet`` seconds."""
    deadline, calm = time.monotonic() + timeout, None
    time.sleep(0.25)
    while time.monotonic() < deadline:
        busy = page.locator('[data-testid="stStatusWidget"]').count() > 0
        if busy:
            calm = None
        elif calm is None:
            calm = time.monotonic()
        elif time.monotonic() - calm >= quiet:
            return
        time.sleep(0.1)
    pytest.fail("the app kept running")


def _go(page, label: str) -> None:
    page.get_by_role("link", name=label).first.click()
    page.get_by_role("heading", name=label).first.wait_for(timeout=60_000)
    _settle(page)


def _upload_and_solve(page, workbook: Path) -> None:
    page.get_by_text("Classeur : importer").first.click()
    page.locator('input[type="file"]').set_input_files(str(workbook))
    page.get_by_text("Classeur : grand.xlsx").first.wait_for(timeout=120_000)
    page.get_by_text("Données valides : 2 000 collaborateurs").wait_for(timeout=60_000)
    _go(page, "Optimisation")
    slider = page.get_by_role("slider").first
    slider.focus()
    for _ in range(4):  # 30 s -> 10 s
        slider.press("ArrowLeft")
    _settle(page)
    page.get_by_role("button", name="Lancer l'optimisation").click()
    page.get_by_text("Voir les résultats").wait_for(timeout=180_000)
    _settle(page)


def _open_a_person_from_the_table(page) -> str:
    page.get_by_role("tab", name="Affectations").click()
    page.get_by_text("2 000 personnes · page 1 sur 10").wait_for(timeout=30_000)
    page.get_by_test_id("stPaginationNext").first.click()
    page.get_by_text("page 2 sur 10").wait_for(timeout=30_000)
    _settle(page)
    grid = page.locator('[data-testid="stDataFrame"]').filter(has_text="Matricule").first
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)  # the first row's selection box
    link = page.get_by_text("Ouvrir la fiche de").first
    link.wait_for(timeout=30_000)
    employee = link.inner_text().rsplit(" ", 1)[-1]
    link.click()
    page.get_by_role("heading", name="Parcours").wait_for(timeout=30_000)
    return employee


def test_a_larger_workbook_from_upload_to_rosters(server, shots, workbook):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(
            viewport={"width": 1400, "height": 1400}, locale="fr-FR", accept_downloads=True
        )
        page.goto(server)
        page.get_by_text("Données valides").wait_for(timeout=60_000)
        _upload_and_solve(page, workbook)
        page.screenshot(path=shots / "large_1_solved.png")
        _go(page, "Résultats")
        page.get_by_text("Coût des places :").wait_for(timeout=30_000)  # the budget in words
        employee = _open_a_person_from_the_table(page)
        assert page.get_by_role("textbox", name="Matricule").input_value() == employee
        page.screenshot(path=shots / "large_2_person.png")
        _go(page, "Résultats")
        page.get_by_role("tab", name="Places et postes").click()
        page.get_by_text("Places par filière").wait_for(timeout=30_000)
        page.screenshot(path=shots / "large_3_seats.png")
        _go(page, "Scénarios")
        page.get_by_label("Nom du scénario").fill("Grand fichier")
        page.get_by_role("button", name="Enregistrer").click()
        page.get_by_text("Scénario « Grand fichier » enregistré.").wait_for(timeout=60_000)
        _settle(page)
        page.get_by_role("button", name="Ouvrir").click()
        page.get_by_text("Scénario « Grand fichier » ouvert.").wait_for(timeout=60_000)
        _go(page, "Exports")
        with page.expect_download(timeout=120_000) as info:
            page.get_by_role("button", name="Listes de stagiaires (zip)").click()
        data = Path(info.value.path()).read_bytes()
        browser.close()
    with zipfile.ZipFile(io.BytesIO(data)) as rosters:
        assert any(name.endswith(".xlsx") for name in rosters.namelist())
