"""App flows end to end in AppTest: solve, review, person, lock, re-solve, scenarios, export."""

from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from planner import i18n
from planner.domain.plan import Lock
from planner.io.write.workbook import write_workbook
from tests.app_helpers import APP, button, goto, solve, start_app, texts


@pytest.fixture(scope="module")
def solved(tmp_path_factory):
    """One solved session shared by the read-only checks (the solve takes a few seconds)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("PLANNER_SCENARIO_DB", str(tmp_path_factory.mktemp("db") / "s.sqlite3"))
    at = solve(start_app())
    yield at
    mp.undo()


def test_solve_shows_status_and_figures(solved):
    result = solved.session_state["result"]
    assert result.placed > 0
    shown = texts(solved)
    assert f"{result.placed} placés sur 300" in shown
    goto(solved, "review")
    metrics = {m.label: m.value for m in solved.metric}
    assert metrics["Placés sur 300"] == str(result.placed)
    assert metrics["Écart à la borne"].endswith("%")
    cost = metrics["Coût (MAD)"]
    assert cost == f"{round(result.cost_mad):,}".replace(",", " ")
    assert [t.label for t in solved.tabs] == [
        "Graphiques",
        "Affectations",
        "Places et postes",
        "Changements",
    ]


def test_assignment_table_filters(solved):
    goto(solved, "review")
    solved.selectbox(key="review_outcome").set_value("unplaced").run()
    table = next(d.value for d in solved.dataframe if "Résultat" in d.value.columns)
    result = solved.session_state["result"]
    assert len(table) == 300 - result.placed
    assert all(v.startswith("Non placé") for v in table["Résultat"])
    solved.toggle(key="hide_names").set_value(True).run()
    table = next(d.value for d in solved.dataframe if "Résultat" in d.value.columns)
    assert "Nom" not in table.columns
    solved.toggle(key="hide_names").set_value(False).run()


def test_person_page_and_equity(solved):
    result = solved.session_state["result"]
    employee_id = sorted(result.plan.assignments)[0]
    solved.session_state["person"] = employee_id
    goto(solved, "person")
    shown = texts(solved)
    assert employee_id in shown
    assert "Poste **" + result.plan.assignments[employee_id].role_id in shown
    goto(solved, "equity")
    assert "Taux de placement global" in texts(solved)
    assert any("Écart au taux global" in d.value.columns for d in solved.dataframe)


def test_lock_then_resolve_shows_who_moved(tmp_path, monkeypatch):
    at = solve(start_app())
    result = at.session_state["result"]
    unplaced = next(
        e.employee_id
        for e in at.session_state["result_dataset"].employees
        if e.employee_id not in result.plan.assignments
    )
    placed = sorted(result.plan.assignments)[0]
    at.session_state["person"] = placed
    goto(at, "person")
    button(at, "Interdire ce parcours").click().run()
    assert at.session_state["edits"].bans
    goto(at, "solve")
    assert "Décisions à respecter (1)" in [e.label for e in at.expander]
    solve(at)
    after = at.session_state["result"]
    assert after.plan.assignments.get(placed) != result.plan.assignments[placed]
    assert "Changements" in texts(at)
    moved = next(d.value for d in at.dataframe if "Avant" in d.value.columns)
    assert placed in moved["Matricule"].tolist()
    assert unplaced  # someone was unplaced in the sample: the explanation page has work


def test_lock_is_kept_by_the_solver():
    at = solve(start_app())
    result = at.session_state["result"]
    placed = sorted(result.plan.assignments)[-1]
    at.session_state["person"] = placed
    goto(at, "person")
    button(at, "Verrouiller ce parcours").click().run()
    assert at.session_state["edits"].locks == (Lock(placed, result.plan.assignments[placed]),)
    solve(at, stay_close=False)
    assert at.session_state["result"].plan.assignments[placed] == result.plan.assignments[placed]


def test_save_reopen_and_compare_scenarios(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_SCENARIO_DB", str(tmp_path / "s.sqlite3"))
    at = solve(start_app())
    first = at.session_state["result"]
    budget = at.session_state["load"].dataset.settings.budget_mad
    goto(at, "scenarios")
    assert str(tmp_path / "s.sqlite3") in texts(at)
    at.text_input[0].input("Budget actuel")
    at.button[0].click().run()
    assert "Scénario « Budget actuel » enregistré." in texts(at)
    # Second scenario: smaller budget.
    goto(at, "inputs")
    budget_field = next(w for w in at.text_input if w.key.startswith("set_budget_"))
    budget_field.input("200 000").run()
    solve(at, stay_close=False)
    goto(at, "scenarios")
    at.text_input[0].input("Budget réduit")
    at.button[0].click().run()
    # A new session at the same address (as after a restart) reopens the first one exactly.
    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.query_params["owner"] = at.session_state["scenario_owner"]
    fresh.run()
    goto(fresh, "scenarios")
    fresh.selectbox(key="scen_pick").set_value("Budget actuel").run()
    button(fresh, "Ouvrir").click().run()
    assert fresh.session_state["result"] == first
    assert fresh.session_state["load"].dataset.settings.budget_mad == budget != 200000.0
    fresh.selectbox(key="cmp_a").set_value("Budget actuel").run()
    fresh.selectbox(key="cmp_b").set_value("Budget réduit").run()
    table = next(d.value for d in fresh.dataframe if "Indicateur" in d.value.columns)
    assert list(table.columns) == ["Indicateur", "Budget actuel", "Budget réduit"]
    assert table.iloc[3]["Budget réduit"] == "200 000 MAD"
    assert "parcours différent" in texts(fresh)


def test_export_page_offers_the_files(solved):
    goto(solved, "export")
    labels = [b.label for b in solved.get("download_button")]
    assert labels == ["Plan (classeur Excel)", "Listes de stagiaires (zip)", "Plan détaillé (CSV)"]
    solved.toggle(key="export_pseudo").set_value(True).run()
    labels = [b.label for b in solved.get("download_button")]
    assert "Table de correspondance des pseudonymes" in labels


def test_pages_without_a_plan_say_what_to_do():
    at = start_app()
    for page in ("review", "person", "equity", "export"):
        goto(at, page)
        assert "Aucun plan pour l'instant" in texts(at)


def test_stop_keeps_the_best_plan_so_far(tmp_path):
    from planner.sample import synthetic

    path = tmp_path / "big.xlsx"
    write_workbook(synthetic.generate(2000, 3), path)
    at = start_app()
    at.get("file_uploader")[0].upload("big.xlsx", path.read_bytes()).run()
    goto(at, "solve")
    at.slider(key="w_time_limit").set_value(300).run()
    button(at, "Lancer l'optimisation").click().run()
    assert button(at, "Arrêter et garder le meilleur plan")
    job = at.session_state["solve_job"]
    while job.progress is None and not job.finished:  # a first plan, then stop
        time.sleep(0.2)
    button(at, "Arrêter et garder le meilleur plan").click().run()
    assert job.stop.is_set()
    job.thread.join(timeout=120)
    at.run()
    result = at.session_state["result"]
    assert job.elapsed < 200 and result.placed > 0
    assert result.status.value in ("feasible", "optimal")
    assert f"{i18n.fmt_number(result.placed)} placés sur 2 000" in texts(at)
