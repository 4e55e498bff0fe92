"""Scenarios in one session: what was saved is not decoded again for the comparison, and a
reopened plan this session saved keeps its reasons; another session of the same owner decodes
and explains."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from planner.explain import reasons
from planner.scenarios.store import ScenarioStore
from planner.ui import plan_status
from tests.app_helpers import APP, button, goto, solve, start_app, texts


@pytest.fixture()
def counted(monkeypatch, tmp_path):
    """The scenario store in a temporary file, counting decodes and explanations."""
    monkeypatch.setenv("PLANNER_SCENARIO_DB", str(tmp_path / "s.sqlite3"))
    calls = {"load": 0, "explain": 0}
    load, explain = ScenarioStore.load, reasons.explain

    def counting_load(self, name):
        calls["load"] += 1
        return load(self, name)

    def counting_explain(*args, **kwargs):
        calls["explain"] += 1
        return explain(*args, **kwargs)

    monkeypatch.setattr(ScenarioStore, "load", counting_load)
    monkeypatch.setattr("planner.explain.reasons.explain", counting_explain)
    return calls


def _save(at, name):
    goto(at, "scenarios")
    at.text_input[0].input(name)
    at.button[0].click().run()
    assert f"Scénario « {name} » enregistré." in texts(at)


def test_saving_then_comparing_and_reopening_decodes_nothing(counted):
    at = solve(start_app(), seconds=5)
    reasons = at.session_state["reasons"]
    _save(at, "Référence")
    listed = next(d.value for d in at.dataframe if "Nom du scénario" in d.value.columns)
    result = at.session_state["result"]
    status = plan_status.text(result, 300, "fr")
    assert listed["Statut"].tolist() == [status]  # not just "feasible"
    at.selectbox(key="cmp_b").set_value("Référence").run()
    at.run()
    assert "0 personne a un parcours différent" in texts(at)
    explained = counted["explain"]
    button(at, "Ouvrir").click().run()
    assert "Scénario « Référence » ouvert." in texts(at)
    assert counted == {"load": 0, "explain": explained}
    assert at.session_state["reasons"] is reasons


def test_another_session_decodes_once_and_explains_the_reopened_plan(counted):
    """A second session of the same owner (the same address, e.g. a second tab)."""
    at = solve(start_app(), seconds=5)
    _save(at, "Référence")
    fresh = AppTest.from_file(APP, default_timeout=120)
    fresh.query_params["owner"] = at.session_state["scenario_owner"]
    fresh.run()
    goto(fresh, "scenarios")
    fresh.selectbox(key="cmp_a").set_value("Référence").run()
    fresh.run()
    assert counted["load"] == 1  # kept for the next reruns of the page
    explained = counted["explain"]
    button(fresh, "Ouvrir").click().run()
    assert counted["load"] == 1 and counted["explain"] == explained + 1
    assert fresh.session_state["reasons"].keys() == at.session_state["reasons"].keys()
