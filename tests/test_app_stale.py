"""App, Optimisation page: after an edit, the plan shown is said to be out of date, as on the
Results page; a direct move reads « passage direct » in the decisions and changes."""

from __future__ import annotations

from tests.app_helpers import goto, solve, start_app

STALE = "Les données ou décisions ont changé depuis ce plan"


def test_the_solve_page_says_the_plan_is_out_of_date_after_an_edit():
    at = solve(start_app(), seconds=5)
    assert not [w for w in at.warning if w.value.startswith(STALE)]
    goto(at, "inputs")
    key = next(d.key for d in at.data_editor if d.key.startswith("editor_employees_"))
    at.session_state[key] = {
        "edited_rows": {0: {"tenure_years": 11.0}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    goto(at, "solve")
    assert [w for w in at.warning if w.value.startswith(STALE)]
    goto(at, "review")
    assert [w for w in at.warning if w.value.startswith(STALE)]


def test_a_direct_move_is_said_in_words_in_the_decisions_and_changes(monkeypatch):
    from planner.domain.plan import Pathway
    from planner.ui import edits_view

    monkeypatch.setattr(edits_view.st, "session_state", {"lang": "fr"})
    assert edits_view.pathway_label(Pathway("P0002")) == "passage direct → P0002"
    assert edits_view.pathway_label(Pathway("P0002", "S0001")) == "S0001 → P0002"
    monkeypatch.setattr(edits_view.st, "session_state", {"lang": "en"})
    assert edits_view.pathway_label(Pathway("P0002")) == "direct move → P0002"
