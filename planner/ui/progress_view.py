"""Live progress of a running solve, and the outcome of the last one."""

from __future__ import annotations

import streamlit as st

from planner import i18n
from planner.domain.outcomes import SolveResult, SolveStatus, Termination
from planner.ui import effect_view, keys, plan_status, state
from planner.ui import progress_text as words
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
    """Plans found, placed, bound and gap once the solver reports, then the criterion it works
    on in plain words; before that, what it does (building the model and seeking a first plan
    can take the whole limit on big files)."""
    progress = job.progress
    if progress is None:
        st.caption(tr("solve.preparing"))
        return
    placed = job.plan_placed
    bound = i18n.shown_bound(placed or 0, progress.bound, len(job.dataset.employees))
    cols = st.columns(4)
    cols[0].metric(tr("solve.solutions"), i18n.fmt_number(progress.solutions, lang))
    cols[1].metric(tr("progress.plan_in_hand"), i18n.fmt_number(placed, lang))
    cols[2].metric(tr("solve.bound"), i18n.fmt_number(bound, lang))
    cols[3].metric(tr("solve.gap"), _gap(placed or 0, bound, lang))
    stay = bool(job.edits.previous)
    st.markdown(words.criteria_line(progress.stage, stay, lang))
    st.caption(words.doing(progress.stage, placed, bound, lang))
    proven = words.settled(progress.stage, placed, bound, lang)
    if proven:
        st.caption(proven)
    if progress.stage not in ("floor", "lp"):
        st.caption(words.since(job.elapsed - progress.seconds, lang))


def _gap(placed: int, bound: int, lang: str) -> str:
    """``≤ 3 (0,7 %)``: people, then share of the bound, as the status words the gap."""
    missing = max(0, bound - placed)
    if missing == 0:
        return i18n.fmt_percent(0.0, lang)
    percent = i18n.fmt_percent(missing / bound if bound else 0.0, lang)
    return tr("progress.gap_value", count=i18n.fmt_number(missing, lang), percent=percent)


def outcome(result: SolveResult) -> None:
    """Status in the shared words (optimal, best found with its gap, stopped...), and after a
    re-solve, the effect of the decisions."""
    lang = state.lang()
    total = len(st.session_state[keys.RESULT_DATASET].employees)
    before = st.session_state.get(keys.PREVIOUS_RESULT)
    getattr(st, plan_status.level(result))(plan_status.sentence(result, total, lang))
    if _previous_kept(before, result):
        st.caption(tr("stop.previous_kept"))
    for conflict in result.conflicts:
        st.markdown(f"- {conflict}")
    if result.status != SolveStatus.INFEASIBLE:
        st.page_link(
            "app_pages/review.py", label=tr("solve.see_review"), icon=":material/insights:"
        )
    show_changes(before, result)


def _previous_kept(before: SolveResult | None, after: SolveResult) -> bool:
    """A stopped re-solve whose plan is the previous one (planner.ui.solving keeps it)."""
    return (
        before is not None
        and after.termination == Termination.STOPPED
        and before.plan.assignments == after.plan.assignments
    )


def show_changes(before: SolveResult | None, after: SolveResult) -> None:
    """The effect of a re-solve: net change, who loses and gains a place, who moves."""
    effect_view.render(before, after)
