"""End to end in a real headless Chromium: open the app, solve the sample, download the plan.

The ``server`` fixture (conftest.py) runs ``streamlit run app.py`` on a free port; Playwright
drives Debian's chromium.
Screenshots of each page go to ``$PLANNER_SCREENSHOTS`` (default: a temporary folder).
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

from tests.browser_helpers import ARGS, BROWSER_MARKS, CHROMIUM

pytestmark = BROWSER_MARKS


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
