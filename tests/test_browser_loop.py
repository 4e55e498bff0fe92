"""The whole working loop on a 2,000-person workbook in a real headless Chromium, with reloads.

Import → solve → reload (the draft comes back) → review, filtered → person, found by name,
previous / next in the filtered list → lock and ban → re-solve, reloaded while it runs (the
solve goes on in the reloaded page) → save a scenario → export the rosters. Short time limits
keep it to a few minutes on a loaded 2-core machine. Screenshots of each step go to
``$PLANNER_SCREENSHOTS`` (default: a temporary folder), to be looked at.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from planner.sample import synthetic
from tests.browser_helpers import ARGS, BROWSER_MARKS, CHROMIUM

pytestmark = BROWSER_MARKS

EMPLOYEES = 2000
SEED = 5
LONG = 120_000  # ms: a step that solves or reads 2,000 people on a loaded machine


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    """``python -m planner sample --employees 2000 --seed 5``, as a user would make one."""
    from planner.io.write.workbook import write_workbook

    path = tmp_path_factory.mktemp("book") / "agents_2000.xlsx"
    write_workbook(synthetic.generate(EMPLOYEES, SEED), path)
    return path


def settle(page, quiet: float = 0.8, timeout: float = 120.0) -> None:
    """Wait until Streamlit has shown no 'running' indicator for ``quiet`` seconds."""
    deadline, calm = time.monotonic() + timeout, None
    time.sleep(0.25)
    while time.monotonic() < deadline:
        if page.locator('[data-testid="stStatusWidget"]').count() > 0:
            calm = None
        elif calm is None:
            calm = time.monotonic()
        elif time.monotonic() - calm >= quiet:
            return
        time.sleep(0.1)
    pytest.fail("the app kept running")


def go(page, label: str) -> None:
    page.get_by_role("link", name=label).first.click()
    page.get_by_role("heading", name=label).first.wait_for(timeout=60_000)
    settle(page)


def shoot(page, shots: Path, name: str) -> None:
    time.sleep(0.8)  # charts and tables draw after the script ends
    page.screenshot(path=shots / f"loop_{name}.png", full_page=True)


def set_time_limit(page, seconds: int) -> None:
    """The slider moves by 5 s steps from its current value."""
    slider = page.get_by_role("slider").first
    current = int(page.get_by_test_id("stSliderThumbValue").first.inner_text())
    slider.focus()
    key = "ArrowLeft" if seconds < current else "ArrowRight"
    for _ in range(abs(current - seconds) // 5):
        slider.press(key)
    settle(page)


def solve(page, label: str) -> None:
    page.get_by_role("button", name=label).click()
    page.get_by_text("Voir les résultats").wait_for(timeout=LONG)
    settle(page)


def sidebar_text(page) -> str:
    return page.get_by_test_id("stSidebar").inner_text()


def person_heading(page) -> str:
    """``Name · matricule`` of the person shown."""
    heading = page.locator("h3").filter(has_text="·").first
    heading.wait_for(timeout=30_000)
    return heading.inner_text().strip()


def import_and_solve(page, workbook: Path, shots: Path) -> str:
    page.get_by_text("Classeur : importer").first.click()
    page.locator('input[type="file"]').set_input_files(str(workbook))
    page.get_by_text("Données valides : 2 000 collaborateurs").wait_for(timeout=LONG)
    settle(page)
    shoot(page, shots, "1_import")
    go(page, "Optimisation")
    set_time_limit(page, 5)
    solve(page, "Lancer l'optimisation")
    shoot(page, shots, "2_solved")
    placed = re.search(r"Plan : ([\d  ]+) placés", sidebar_text(page))
    assert placed, sidebar_text(page)
    return placed.group(1)


def reload_keeps_the_work(page, placed: str, shots: Path) -> None:
    page.reload()
    page.get_by_text("Brouillon restauré").first.wait_for(timeout=LONG)
    settle(page)
    shoot(page, shots, "3_reloaded")
    side = sidebar_text(page)
    assert "agents_2000.xlsx" in side and f"Plan : {placed} placés" in side, side


def review_unplaced(page, shots: Path) -> None:
    go(page, "Résultats")
    page.get_by_role("tab", name="Affectations").click()
    page.get_by_text("personnes · page 1 sur").first.wait_for(timeout=30_000)
    page.get_by_test_id("stSelectbox").filter(has_text="Résultat").first.click()
    page.get_by_role("option", name="Non placés").click()
    settle(page)
    shoot(page, shots, "4_review_unplaced")


def person_by_name_then_next(page, shots: Path, namesakes: Counter) -> None:
    go(page, "Fiche individuelle")
    box = page.get_by_role("textbox", name="Matricule ou nom")
    box.fill("AG00012")
    box.press("Enter")
    settle(page)
    first = person_heading(page)
    assert first.endswith("AG00012"), first
    name = first.split(" · ")[0]
    box.fill(name.lower())  # a name, in any case: the same person, or a choice among namesakes
    box.press("Enter")
    settle(page)
    if namesakes[name] == 1:
        assert person_heading(page) == first
    else:
        assert page.get_by_text(f"{namesakes[name]} personnes correspondent").count()
    box.fill("AG00013")  # a second lookup, typed in the same box
    box.press("Enter")
    settle(page)
    assert person_heading(page).endswith("AG00013")
    shoot(page, shots, "5_person_by_name")
    page.get_by_role("button", name="Suivant").click()
    settle(page)
    assert page.get_by_text("dans la liste de la page Résultats").count()
    shoot(page, shots, "6_person_next_unplaced")


def lock_and_ban(page, shots: Path) -> None:
    """Forbid the pathway of the first placed person of the list, lock the next one's."""
    go(page, "Résultats")
    page.get_by_role("tab", name="Affectations").click()
    page.get_by_test_id("stSelectbox").filter(has_text="Résultat").first.click()
    page.get_by_role("option", name="Placés", exact=True).click()
    settle(page)
    go(page, "Fiche individuelle")
    page.get_by_role("button", name="Suivant").click()  # the first of the placed list
    settle(page)
    page.get_by_role("button", name="Interdire ce parcours").click()
    settle(page)
    page.get_by_role("button", name="Suivant").click()
    settle(page)
    page.get_by_role("button", name="Verrouiller ce parcours").click()
    settle(page)
    shoot(page, shots, "7_decisions")


def resolve_with_a_reload(page, shots: Path) -> None:
    """Start the re-solve, reload at once: the reloaded page follows the same solve."""
    go(page, "Optimisation")
    set_time_limit(page, 10)
    page.get_by_role("button", name="Relancer l'optimisation").click()
    page.get_by_role("button", name="Arrêter").first.wait_for(timeout=30_000)
    page.reload()
    page.get_by_text("Brouillon restauré").first.wait_for(timeout=LONG)
    shoot(page, shots, "8_reloaded_while_solving")
    go(page, "Optimisation")
    page.get_by_text("Voir les résultats").wait_for(timeout=LONG)
    settle(page)
    shoot(page, shots, "9_resolved")
    assert page.get_by_text("Décisions à respecter (2)").count()


def save_and_export(page, shots: Path) -> bytes:
    go(page, "Scénarios")
    page.get_by_label("Nom du scénario").fill("Après décisions")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("Scénario « Après décisions » enregistré.").wait_for(timeout=LONG)
    settle(page)
    shoot(page, shots, "10_scenario")
    go(page, "Exports")
    with page.expect_download(timeout=LONG) as info:
        page.get_by_role("button", name="Listes de stagiaires (zip)").click()
    shoot(page, shots, "11_export")
    return Path(info.value.path()).read_bytes()


def test_the_whole_loop_survives_reloads(server, shots, workbook):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(
            viewport={"width": 1400, "height": 1100}, locale="fr-FR", accept_downloads=True
        )
        page.goto(server)
        page.get_by_text("Données valides").wait_for(timeout=60_000)
        placed = import_and_solve(page, workbook, shots)
        reload_keeps_the_work(page, placed, shots)
        review_unplaced(page, shots)
        namesakes = Counter(e.name for e in synthetic.generate(EMPLOYEES, SEED).employees)
        person_by_name_then_next(page, shots, namesakes)
        lock_and_ban(page, shots)
        resolve_with_a_reload(page, shots)
        rosters = save_and_export(page, shots)
        browser.close()
    with zipfile.ZipFile(io.BytesIO(rosters)) as book:
        assert any(name.endswith(".xlsx") for name in book.namelist())
