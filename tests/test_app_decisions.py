"""A re-solve never misleads: a stop keeps the previous plan unless the search matched it, the
effect of the decisions is stated (net change, who loses a place first), and the last decision
can be undone with the plan it replaced."""

from __future__ import annotations

import dataclasses

import pytest

from planner.domain.outcomes import SolveStatus, Termination
from planner.domain.plan import Ban, Edits, Lock, Pathway, Plan
from planner.solver.figures import figures
from planner.ui import effects
from planner.ui.solving import keep_previous_on_stop
from tests.app_helpers import button, goto, solve, start_app, texts
from tests.export_fixtures import ASSIGNMENTS, dataset


def _result(ways: dict, termination=Termination.STOPPED, bound: int = 5):
    res = figures(dataset(), Plan(ways), SolveStatus.FEASIBLE, bound, 2.0, "stopped by the user")
    return dataclasses.replace(res, termination=termination)


def _moved() -> dict:
    """The previous plan with one person moved to another session for the same role: as
    many placed, seniors and wishes, cheaper, but one person moved."""
    return {**ASSIGNMENTS, "E001": Pathway("R-ANN", "C/INJ:[1]")}


def test_a_stop_keeps_the_previous_plan_rather_than_move_people():
    kept = keep_previous_on_stop(dataset(), Edits(previous=ASSIGNMENTS), _result(_moved()))
    assert dict(kept.plan.assignments) == ASSIGNMENTS
    assert kept.termination == Termination.STOPPED and kept.upper_bound_placed == 5
    dropped = {k: v for k, v in ASSIGNMENTS.items() if k != "E002"}
    kept = keep_previous_on_stop(dataset(), Edits(previous=ASSIGNMENTS), _result(dropped))
    assert dict(kept.plan.assignments) == ASSIGNMENTS


def test_the_solver_plan_stays_when_it_is_as_good_or_the_search_was_not_stopped():
    same = _result(dict(ASSIGNMENTS))
    assert keep_previous_on_stop(dataset(), Edits(previous=ASSIGNMENTS), same) is same
    timed = _result(_moved(), Termination.TIME_LIMIT)
    assert keep_previous_on_stop(dataset(), Edits(previous=ASSIGNMENTS), timed) is timed
    fresh = _result(_moved())
    assert keep_previous_on_stop(dataset(), Edits(), fresh) is fresh


def test_a_previous_plan_that_breaks_a_decision_is_not_kept():
    banned = Edits(bans=(Ban("E001", "C-AI", None),), previous=ASSIGNMENTS)
    moved = _result(_moved())
    assert keep_previous_on_stop(dataset(), banned, moved) is moved


def test_the_effect_lists_who_loses_a_place_first_seniors_first():
    before = _result(dict(ASSIGNMENTS))
    after = {k: v for k, v in ASSIGNMENTS.items() if k not in ("E001", "E002")}
    after |= {"E004": Pathway("R-BO"), "E006": Pathway("R-ANN", "C-AI")}
    effect = effects.effect(before, _result(after), dataset())
    assert [(m.employee_id, m.kind) for m in effect.moves] == [
        ("E001", "lost"),  # 12 years: a senior, listed first
        ("E002", "lost"),
        ("E004", "gained"),
        ("E006", "moved"),
    ]
    assert (effect.placed, effect.seniors) == (-1, 0)
    assert effects.signed(-12, "fr") == "−12" and effects.signed(6, "en") == "+6"


@pytest.fixture()
def session(monkeypatch, tmp_path):
    """The sample solved for real, with one lock decided before the solve."""
    monkeypatch.setenv("PLANNER_SCENARIO_DB", str(tmp_path / "s.sqlite3"))
    at = start_app()
    data = at.session_state["load"].dataset
    first = solve(at, seconds=10).session_state["result"]
    someone, way = next(iter(first.plan.assignments.items()))
    at.session_state["edits"] = Edits(locks=(Lock(someone, way),))
    return solve(at, seconds=10), data


def _fake_solver(monkeypatch, make):
    """The next solves return ``make(dataset, previous plan)`` instead of searching."""

    def fake(dataset, edits, time_limit=30.0, on_progress=None, stop=None, **_):
        assert edits.previous, "the re-solve starts from the previous plan"
        return make(dataset, dict(edits.previous))

    monkeypatch.setattr("planner.solver.solve.solve", fake)


def _plan(data, ways, termination):
    res = figures(data, Plan(ways), SolveStatus.FEASIBLE, len(ways) + 3, 1.0, "")
    return dataclasses.replace(res, termination=termination)


def test_a_stopped_resolve_says_so_and_moves_nobody(session, monkeypatch):
    at, data = session
    before = at.session_state["result"]
    worse = dict(list(before.plan.assignments.items())[1:])  # one person fewer
    _fake_solver(monkeypatch, lambda d, _: _plan(d, worse, Termination.STOPPED))
    solve(at, seconds=10)
    after = at.session_state["result"]
    assert after.plan.assignments == before.plan.assignments
    assert after.termination == Termination.STOPPED
    assert any(i.value.startswith("Arrêté à votre demande") for i in at.info)
    shown = texts(at)
    assert "le plan précédent est conservé, personne ne change de parcours" in shown
    assert "Aucun parcours n'a changé." in shown


def test_a_resolve_states_its_effect_and_the_decision_can_be_undone(session, monkeypatch):
    at, data = session
    before, decided = at.session_state["result"], at.session_state["edits"]
    ways = dict(before.plan.assignments)
    lost = sorted(ways)[:2]
    gained = next(e.employee_id for e in data.employees if e.employee_id not in ways)
    changed = {k: v for k, v in ways.items() if k not in lost} | {gained: ways[lost[0]]}
    _fake_solver(monkeypatch, lambda d, _: _plan(d, changed, Termination.TIME_LIMIT))
    goto(at, "solve")
    button(at, "Retirer").click().run()  # the decision listed on the solve page
    assert at.session_state["edits"] == Edits()
    solve(at, seconds=10)
    after = at.session_state["result"]
    seniors = effects.signed(after.seniors_placed - before.seniors_placed, "fr")
    shown = texts(at)
    assert f"−1 placés, {seniors} seniors** : 2 perdent leur place, 1 en gagne une" in shown
    people = {e.employee_id: e for e in data.employees}
    named = [f"{people[i].name} ({i})" if people[i].name else i for i in lost]
    assert "Perdent leur place : " in shown and all(n in shown for n in named)
    table = next(d.value for d in at.dataframe if "Changement" in d.value.columns)
    assert table["Changement"].tolist()[:2] == ["perd sa place"] * 2
    undo = next(b for b in at.button if b.label.startswith("Annuler le retrait"))
    undo.click().run()
    assert at.session_state["edits"] == decided
    assert at.session_state["result"] is before
    assert "Décision annulée" in texts(at)
