"""App, scenarios page: saving under a name already used asks before replacing it."""

from __future__ import annotations

import hashlib

from planner.scenarios.store import ScenarioStore
from tests.app_helpers import button, goto, start_app, texts


def save_as(at, name: str):
    at.text_input[0].input(name)
    button(at, "Enregistrer").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def saved_at(at, name: str) -> str:
    """When ``name`` was last saved, read from this session's store."""
    owner = hashlib.sha256(at.session_state["scenario_owner"].encode()).hexdigest()[:32]
    return {i.name: i.saved_at for i in ScenarioStore(owner=owner).list()}[name]


def test_an_existing_name_is_replaced_only_after_confirmation(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANNER_SCENARIO_DB", str(tmp_path / "s.sqlite3"))
    at = goto(start_app(), "scenarios")
    save_as(at, "Plan A")
    assert "Scénario « Plan A » enregistré." in texts(at)
    first = saved_at(at, "Plan A")
    save_as(at, "Plan A")
    [warning] = [w.value for w in at.warning]
    assert warning.startswith("Un scénario « Plan A » existe déjà (enregistré le ")
    assert "enregistré." not in texts(at)
    button(at, "Annuler").click().run()
    assert saved_at(at, "Plan A") == first  # kept as it was
    save_as(at, "Plan A")
    button(at, "Remplacer").click().run()
    assert "Scénario « Plan A » enregistré." in texts(at)
    assert saved_at(at, "Plan A") > first and len(at.dataframe[0].value) == 1
