"""How a plan's status is worded: heuristic (greedy) plans, stopped searches, proven counts."""

from __future__ import annotations

import dataclasses

import pytest

from planner import i18n
from planner.domain.outcomes import SolveResult, SolveStatus, Termination
from planner.ui import figures, plan_status
from tests.app_helpers import goto, start_app, texts
from tests.scenario_fixtures import dataset, result


def _with(**changes):
    return dataclasses.replace(result(), **changes)


@pytest.mark.parametrize("termination", list(Termination))
def test_plan_kind_is_the_termination_and_is_worded_in_both_languages(termination):
    assert plan_status.plan_kind(_with(termination=termination)) == termination.value
    for lang in ("fr", "en"):
        short = i18n.status_text(termination, 2, 4, lang)
        long = i18n.status_sentence(termination, 2, 4, 10, 1.5, lang)
        assert "plan_" not in short + long and "{" not in short + long
        assert long.lower().startswith(short.lower())


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (SolveStatus.OPTIMAL, "optimal"),
        (SolveStatus.FEASIBLE, "time_limit"),
        (SolveStatus.INFEASIBLE, "infeasible_locks"),
        (SolveStatus.NO_PLAN, "no_plan"),
    ],
)
def test_a_result_without_termination_takes_the_one_its_status_implies(status, kind):
    fields = {f.name: getattr(result(), f.name) for f in dataclasses.fields(result())}
    fields.update(status=status, termination=None)
    assert plan_status.plan_kind(SolveResult(**fields)) == kind


def test_gap_is_measured_against_the_bound_clamped_to_the_workforce():
    assert plan_status.gap(_with(placed=75, upper_bound_placed=100), 200) == 0.25
    assert plan_status.gap(_with(placed=75, upper_bound_placed=500), 100) == 0.25  # clamped
    assert plan_status.gap(_with(placed=0, upper_bound_placed=0), 10) == 0.0
    kf = figures.key_figures(
        dataset(12), _with(placed=2, upper_bound_placed=8, termination=Termination.GREEDY_KEPT)
    )
    assert (kf.upper_bound, kf.gap, kf.status) == (8, 0.75, "greedy_kept")


def _show(at, res):
    """Put a hand-made plan of the sample's first people in the session."""
    from planner.domain.plan import Plan

    data = at.session_state["load"].dataset
    ways = dict(
        zip(
            [e.employee_id for e in data.employees[:2]],
            result().plan.assignments.values(),
            strict=True,
        )
    )
    at.session_state["result"] = dataclasses.replace(res, plan=Plan(ways))
    at.session_state["result_dataset"] = data
    at.session_state["reasons"] = {}
    return at


def test_a_greedy_plan_is_explained_in_plain_french():
    at = _show(
        start_app(),
        _with(
            placed=2,
            upper_bound_placed=8,
            solve_seconds=30.0,
            termination=Termination.GREEDY_KEPT,
        ),
    )
    goto(at, "solve")
    info = [i.value for i in at.info]
    status = "plan de départ conservé (glouton), écart ≤ 6 personnes (75 %)"
    assert any(
        text.startswith(
            f"P{status[1:]}. 2 placés sur 300, au plus 8 plaçables : le solveur n'a pas "
            "amélioré ce plan glouton dans le temps imparti (calcul : 30 s)."
        )
        for text in info
    ), info
    assert f"Plan : 2 placés — {status}" in texts(at)  # sidebar
    goto(at, "review")
    assert f"Statut : {status}" in texts(at)
    assert {m.label: m.value for m in at.metric}["Écart à la borne"] == "75 %"


def test_a_stopped_search_says_so_in_english():
    at = _show(start_app(), _with(placed=2, upper_bound_placed=4, termination=Termination.STOPPED))
    at.selectbox(key="lang").set_value("en").run()
    goto(at, "solve")
    assert any(
        i.value.startswith(
            "Stopped at your request, gap ≤ 2 people (50%). 2 placed of 300, at most 4"
        )
        for i in at.info
    )


def _running(at, **state):
    """A solve job that looks in progress (no thread: the test sets what it reports)."""
    from planner.domain.plan import Edits
    from planner.ui.solving import SolveJob

    job = SolveJob(at.session_state["load"].dataset, Edits(), 30.0)
    for name, value in state.items():
        setattr(job, name, value)
    at.session_state["solve_job"] = job
    return goto(at, "solve")


def test_before_any_plan_the_solve_page_says_what_the_solver_does():
    at = _running(start_app())
    shown = texts(at)
    assert "Construction du modèle et recherche d'un premier plan" in shown
    assert "plan heuristique est alors conservé" in shown
    assert not at.metric  # no half-empty figures while nothing is known


def test_while_explaining_the_page_says_the_plan_is_ready():
    at = _running(start_app(), phase="explaining", solved_after=29.8)
    bars = [p.proto.text for p in at.get("progress")]
    assert bars == ["Plan obtenu en 30 s : préparation des explications individuelles…"]


def test_a_stop_request_says_when_it_takes_effect():
    import threading

    stop = threading.Event()
    stop.set()
    at = _running(start_app(), stop=stop)
    assert "la recherche s'arrête au prochain plan trouvé" in texts(at)
