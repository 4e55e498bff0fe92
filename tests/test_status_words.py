"""One status vocabulary: the app, the terminal, summary.json, the plan workbook, the scenario
list and the comparison word a plan's status the same way, with its gap to the bound."""

from __future__ import annotations

import dataclasses
import json

import pytest

from planner import i18n
from planner.domain.outcomes import Termination
from planner.domain.plan import Plan
from planner.export.labels import label
from planner.export.outputs import write_solve_outputs
from tests.app_helpers import goto, start_app, texts
from tests.export_fixtures import dataset, reasons, result, sheet_rows

BEST = "meilleur plan trouvé, écart ≤ 2 personnes (50 %)"


@pytest.mark.parametrize(
    ("termination", "words"),
    [
        (Termination.OPTIMAL, "optimal (prouvé)"),
        (Termination.BOUND_REACHED, "nombre de placés optimal (prouvé)"),
        (Termination.TIME_LIMIT, BEST),
        (Termination.SEARCH_COMPLETE, BEST),
        (Termination.STOPPED, "arrêté à votre demande, écart ≤ 2 personnes (50 %)"),
        (Termination.GREEDY_KEPT, "plan de départ conservé (glouton), écart ≤ 2 personnes (50 %)"),
        (
            Termination.PREVIOUS_KEPT,
            "plan de départ conservé (plan précédent), écart ≤ 2 personnes (50 %)",
        ),
    ],
)
def test_the_status_states_the_gap_in_people_and_share(termination, words):
    assert i18n.status_text(termination, 2, 4, "fr") == words


def test_the_gap_reads_in_english_and_in_the_singular():
    assert i18n.status_text("stopped", 997, 1000, "en") == (
        "stopped at your request, gap ≤ 3 people (0.3%)"
    )
    assert i18n.status_text("time_limit", 999, 1000) == (
        "meilleur plan trouvé, écart ≤ 1 personne (0,1 %)"
    )


def test_a_bound_is_never_shown_below_the_number_placed_nor_above_the_workforce():
    assert i18n.shown_bound(10, 7) == 10
    assert i18n.shown_bound(10, 500, total=40) == 40
    assert i18n.status_text("time_limit", 10, 7) == "meilleur plan trouvé, nombre de placés optimal"
    sentence = i18n.status_sentence("stopped", 10, 7, 40, 2.0, "fr")
    assert "au plus 10 plaçables" in sentence


def test_summary_json_the_summary_sheet_and_the_terminal_say_the_same(tmp_path, capsys):
    from planner.cli.main import print_summary

    res = dataclasses.replace(result(), termination=Termination.STOPPED)
    written = write_solve_outputs(tmp_path / "out", dataset(), res, reasons())
    summary = json.loads(written["summary"].read_text("utf-8"))
    words = "arrêté à votre demande, écart ≤ 1 personne (20 %)"
    assert summary["status_text"] == words
    assert (summary["status"], summary["termination"]) == ("feasible", "stopped")
    values = dict(sheet_rows(written["plan"], "Synthèse"))
    assert values[label("status")] == words
    assert values[label("termination")].startswith(f"A{words[1:]}. 4 placés sur 6")
    print_summary("fr", dataset(), res, {})
    assert f"Statut (stopped) : A{words[1:]}. 4 placés sur 6" in capsys.readouterr().out


def test_every_screen_words_the_status_alike(monkeypatch, tmp_path):
    """The solve page, the sidebar, the review page, the scenario list and the comparison."""
    monkeypatch.setenv("PLANNER_SCENARIO_DB", str(tmp_path / "s.sqlite3"))
    at = start_app()
    data = at.session_state["load"].dataset
    first = [e.employee_id for e in data.employees[:2]]
    ways = dict(zip(first, list(result().plan.assignments.values())[:2], strict=True))
    at.session_state["result"] = dataclasses.replace(
        result(),
        plan=Plan(ways),
        placed=2,
        upper_bound_placed=4,
        termination=Termination.TIME_LIMIT,
    )
    at.session_state["result_dataset"] = data
    at.session_state["reasons"] = {}
    goto(at, "solve")
    assert any(i.value.startswith(f"M{BEST[1:]}. 2 placés sur 300") for i in at.info)
    assert f"Plan : 2 placés — {BEST}" in texts(at)
    goto(at, "review")
    assert f"Statut : {BEST}" in texts(at)
    goto(at, "scenarios")
    at.text_input[0].input("Référence")
    at.button[0].click().run()
    listed = next(d.value for d in at.dataframe if "Nom du scénario" in d.value.columns)
    assert listed["Statut"].tolist() == [BEST]
    at.selectbox(key="cmp_b").set_value("Référence").run()
    compared = next(d.value for d in at.dataframe if "Indicateur" in d.value.columns)
    status_row = compared[compared["Indicateur"] == "Statut"].iloc[0].tolist()
    assert status_row[1:] == [BEST, BEST]
