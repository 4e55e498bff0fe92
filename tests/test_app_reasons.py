"""App: what the person page offers follows the reason's cause (nothing to impose without an
admissible pathway)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def decisions_page():
    """The decisions block of a person with no admissible pathway (R1 needs crm 2)."""
    from planner.domain.outcomes import SolveResult, SolveStatus
    from planner.domain.plan import Plan
    from planner.explain.reasons import explain
    from planner.ui import person_view
    from tests.check_fixtures import data, person, role

    ds = data([person()], [], [role(req_skills={"crm": 2})])
    done = SolveResult(SolveStatus.OPTIMAL, Plan({}), 0, 0, 0, 0, 0.0, (), 0.0)
    person_view.decisions("E1", None, explain(ds, done)["E1"])


def test_no_admissible_pathway_says_what_is_missing_not_impose():
    at = AppTest.from_function(decisions_page, default_timeout=30).run()
    assert not at.exception, [e.value for e in at.exception]
    said = " ".join(c.value for c in at.caption)
    assert "imposez" not in said
    assert "Aucun parcours n'est admissible : rien à imposer" in said
