"""Progress names the criterion the solver works on and says what it does, never shows the
linear relaxation's value as people placed, nor a bound below the number placed."""

from __future__ import annotations

from planner.domain.plan import Edits, Pathway
from planner.solver.watch import Progress
from planner.ui.solving import SolveJob
from tests.app_helpers import goto, start_app, texts

NO_EDITS = Edits()


def _running(at, reports: list[Progress], edits: Edits = NO_EDITS) -> SolveJob:
    """A solve job that looks in progress (no thread): the solver's reports are replayed."""
    job = SolveJob(at.session_state["load"].dataset, edits, 30.0)
    for progress in reports:
        job.on_progress(progress)
    at.session_state["solve_job"] = job
    goto(at, "solve")
    return job


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_a_later_criterion_is_named_and_the_count_reads_as_proven():
    at = start_app()
    _running(
        at,
        [
            Progress(0.1, "floor", 0, 180, 260),
            Progress(0.4, "lp", 3, 240, 251),  # the relaxation's value, not a plan
            Progress(1.2, "placed", 1, 231, 238),
            Progress(2.0, "placed", 2, 238, 238),
            Progress(2.5, "seniors", 1, 238, 238),
        ],
    )
    shown = texts(at)
    assert "✓ nombre de placés → **▶ seniors placés** → vœux → coût" in shown
    assert "Critère 2, les seniors : sans placer moins de monde (238)" in shown
    assert "Nombre de placés prouvé maximal : 238." in shown
    assert "Dernier plan amélioré il y a" in shown
    metrics = _metrics(at)
    assert metrics["Placés (meilleur plan en main)"] == "238"
    assert metrics["Écart à la borne"] == "0 %"


def test_during_the_relaxation_the_plan_in_hand_is_the_reference_plan():
    at = start_app()
    _running(at, [Progress(0.1, "floor", 0, 180, 260), Progress(0.4, "lp", 3, 240, 251)])
    metrics = _metrics(at)
    assert metrics["Placés (meilleur plan en main)"] == "180"
    assert metrics["Borne (placés au plus)"] == "251"
    assert metrics["Écart à la borne"] == "≤ 71 (28,3 %)"
    assert "Relaxation linéaire : le solveur resserre la borne" in texts(at)


def test_a_bound_below_the_plan_in_hand_is_shown_as_the_plan():
    at = start_app()
    _running(at, [Progress(0.1, "floor", 0, 200, 190)])
    assert _metrics(at)["Borne (placés au plus)"] == "200"


def test_a_small_resolve_names_closeness_then_cost():
    at = start_app()
    previous = {"AG00001": Pathway("P0001")}
    _running(at, [Progress(1.0, "stay_cost", 4, 238, 238)], Edits(previous=previous))
    shown = texts(at)
    assert "✓ vœux → **▶ stabilité par rapport au plan précédent** → **▶ coût**" in shown
    assert "le solveur change le moins de parcours possible, puis réduit le coût" in shown
