"""App, person page: a banned pathway offers to lift the ban, never a lock against the ban."""

from __future__ import annotations

from planner.domain.outcomes import ReasonCode, SolveResult, SolveStatus
from planner.domain.plan import Ban, Edits, Lock, Plan
from planner.explain.reasons import explain
from tests.app_helpers import button, goto, start_app, texts


def all_banned_session():
    """The sample with an empty plan, one person banned from every role (so every admissible
    pathway of theirs is banned), the explanations of that plan, on the person page."""
    at = start_app()
    data = at.session_state["load"].dataset
    result = SolveResult(SolveStatus.FEASIBLE, Plan({}), 0, 0, 0, 0, 0.0, (), 1.0)
    person = data.employees[0].employee_id
    edits = Edits(bans=tuple(Ban(person, None, r.role_id) for r in data.roles))
    reasons = explain(data, result, edits)
    assert reasons[person].code == ReasonCode.ALL_BANNED and reasons[person].alternatives
    for key, value in {
        "result": result,
        "result_dataset": data,
        "reasons": reasons,
        "result_edits": edits,
        "edits": edits,
        "person": person,
    }.items():
        at.session_state[key] = value
    goto(at, "person")
    return at, person, reasons[person].alternatives


def test_banned_alternatives_offer_to_lift_the_ban_not_to_impose():
    at, _, alternatives = all_banned_session()
    labels = [b.label for b in at.button]
    assert "Imposer" not in labels
    assert labels.count("Lever l'interdiction") == min(len(alternatives), 20)
    assert "levez une interdiction ci-dessus" in texts(at)


def test_lifting_a_ban_then_imposing_the_pathway():
    at, person, alternatives = all_banned_session()
    first = alternatives[0]
    before = len(at.session_state["edits"].bans)
    button(at, "Lever l'interdiction").click().run()
    bans = at.session_state["edits"].bans
    assert len(bans) == before - 1 and Ban(person, None, first.role_id) not in bans
    assert [b.label for b in at.button].count("Imposer") == sum(
        p.role_id == first.role_id for p in alternatives[:20]
    )
    button(at, "Imposer").click().run()
    edits = at.session_state["edits"]
    assert edits.locks == (Lock(person, first),)
    assert not any(b.employee_id == person and b.role_id == first.role_id for b in edits.bans)


def test_imposing_a_pathway_drops_the_bans_it_contradicts(monkeypatch):
    from planner.domain.plan import Pathway
    from planner.ui import edits_view

    way = Pathway("P1", "S1")
    state = {
        "edits": Edits(bans=(Ban("E1", None, "P1"), Ban("E1", "S2", None), Ban("E2", None, "P1")))
    }
    monkeypatch.setattr(edits_view.st, "session_state", state)
    assert edits_view.bans_against("E1", way) == [Ban("E1", None, "P1")]
    edits_view.lock("E1", way)
    assert state["edits"].locks == (Lock("E1", way),)
    assert state["edits"].bans == (Ban("E1", "S2", None), Ban("E2", None, "P1"))
