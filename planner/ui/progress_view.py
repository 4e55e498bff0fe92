"""Live progress of a running solve, and the outcome of the last one."""

from __future__ import annotations

import streamlit as st

from planner import i18n
from planner.domain.outcomes import SolveResult, SolveStatus
from planner.ui import figures, keys, plan_status, state
from planner.ui.edits_view import pathway_label
from planner.ui.state import tr

REFRESH_SECONDS = 1.0


@st.fragment(run_every=REFRESH_SECONDS)
def live(job) -> None:
    """Refreshed every second while the search runs; reruns the whole page when it ends."""
    if job.finished:
        st.rerun(scope="app")
    lang = state.lang()
    if job.phase == "explaining":
        st.progress(
            1.0, text=tr("solve.explaining", seconds=i18n.fmt_number(job.solved_after or 0, lang))
        )
        return
    elapsed = job.elapsed
    st.progress(
        min(1.0, elapsed / max(job.time_limit, 1.0)),
        text=tr(
            "solve.running",
            seconds=i18n.fmt_number(elapsed, lang),
            limit=i18n.fmt_number(job.time_limit, lang),
        ),
    )
    _figures(job, lang)
    stopping = job.stop.is_set()
    if stopping:
        st.caption(tr("solve.stopping_help"))
    # A callback, not st.rerun(scope="fragment"): that call fails when the click arrives in
    # a full-page run (tests, a rerun racing the click); the click reruns the fragment anyway.
    st.button(
        tr("solve.stopping") if stopping else tr("solve.stop"),
        on_click=job.stop.set,
        icon=":material/stop_circle:",
        disabled=stopping,
        key="stop_solve",
    )


def _figures(job, lang: str) -> None:
    """Plans found, placed, bound and gap once the solver reports; before that, what it does
    (building the model and seeking a first plan can take the whole limit on big files)."""
    progress = job.progress
    if progress is None:
        st.caption(tr("solve.preparing"))
        return
    cols = st.columns(4)
    cols[0].metric(tr("solve.solutions"), i18n.fmt_number(progress.solutions, lang))
    cols[1].metric(tr("solve.placed_so_far"), i18n.fmt_number(progress.placed, lang))
    bound = min(progress.bound, len(job.dataset.employees))  # a loose early bound
    cols[2].metric(tr("solve.bound"), i18n.fmt_number(bound, lang))
    gap = (bound - progress.placed) / bound if bound else 0.0
    cols[3].metric(tr("solve.gap"), i18n.fmt_percent(max(0.0, gap), lang))
    st.caption(tr("solve.stage_now", stage=tr(f"stage.{progress.stage}")))


def outcome(result: SolveResult) -> None:
    """Status in plain words (optimal, heuristic, stopped...), and after a re-solve, who moved."""
    lang = state.lang()
    total = len(st.session_state[keys.RESULT_DATASET].employees)
    kind = plan_status.plan_kind(result)
    level = {
        "optimal": st.success,
        "feasible_count_proven": st.success,
        "infeasible": st.warning,
        "no_plan": st.warning,
    }.get(kind, st.info)
    level(
        tr(
            f"status_long.{kind}",
            placed=i18n.fmt_number(result.placed, lang),
            total=i18n.fmt_number(total, lang),
            bound=i18n.fmt_number(min(result.upper_bound_placed, total), lang),
            gap=i18n.fmt_percent(plan_status.gap(result, total), lang),
            seconds=i18n.fmt_number(result.solve_seconds, lang, 1),
        )
    )
    for conflict in result.conflicts:
        st.markdown(f"- {conflict}")
    if result.status != SolveStatus.INFEASIBLE:
        st.page_link(
            "app_pages/review.py", label=tr("solve.see_review"), icon=":material/insights:"
        )
    show_changes(st.session_state.get(keys.PREVIOUS_RESULT), result)


def show_changes(before: SolveResult | None, after: SolveResult) -> None:
    """Who changed pathway since the previous plan (after a re-solve)."""
    if before is None:
        return
    moved = figures.changes(before.plan, after.plan)
    st.subheader(tr("changes.title"))
    if not moved:
        st.caption(tr("changes.none"))
        return
    st.caption(tr("changes.count", count=i18n.fmt_number(len(moved), state.lang())))
    st.dataframe(changes_table(moved), hide_index=True, width="stretch")


def changes_table(moved: list) -> dict:
    return {
        tr("col.employee_id"): [c.employee_id for c in moved],
        tr("changes.before"): [pathway_label(c.before) for c in moved],
        tr("changes.after"): [pathway_label(c.after) for c in moved],
    }
