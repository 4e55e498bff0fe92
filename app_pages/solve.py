"""Solve page: time limit, decisions to respect, live progress with a stop button."""

import dataclasses

import streamlit as st

from planner import i18n
from planner.ui import edits_view, keys, solving, state
from planner.ui import progress_view as pv
from planner.ui.state import tr

st.title(tr("solve.title"))
data = state.require_dataset()
lang = state.lang()
job = st.session_state.get(keys.JOB)
running = job is not None and not job.finished

st.caption(
    tr(
        "solve.intro",
        employees=i18n.fmt_number(len(data.employees), lang),
        cohorts=len(data.cohorts),
        roles=len(data.roles),
        budget=i18n.fmt_money(data.settings.budget_mad, lang)
        if data.settings.budget_mad is not None
        else tr("set.no_limit"),
    )
)
with st.expander(
    tr("edit.title", count=len(edits_view.edits().locks) + len(edits_view.edits().bans)),
    expanded=False,
):
    edits_view.render_list()
    edits_view.undo_button("undo_in_list")

left, right = st.columns([2, 1], vertical_alignment="bottom")
# Widgets keep their own keys: Streamlit forgets a widget's key on pages that do not show it.
st.session_state[keys.TIME_LIMIT] = left.slider(
    tr("solve.time_limit"),
    min_value=5,
    max_value=600,
    step=5,
    key="w_time_limit",
    value=st.session_state[keys.TIME_LIMIT],
    help=tr("solve.time_limit_help"),
    disabled=running,
)
has_plan = st.session_state.get(keys.RESULT) is not None
stay = right.checkbox(
    tr("solve.stay_close"),
    key=f"w_stay_close_{has_plan}",
    value=st.session_state[keys.STAY_CLOSE] and has_plan,
    disabled=running or not has_plan,
    help=tr("solve.stay_close_help"),
)
if has_plan:
    st.session_state[keys.STAY_CLOSE] = stay


def _start() -> None:
    edits = edits_view.edits()
    previous = st.session_state.get(keys.RESULT)
    if previous is not None and st.session_state.get(keys.STAY_CLOSE):
        edits = dataclasses.replace(edits, previous=dict(previous.plan.assignments))
    st.session_state[keys.JOB] = solving.start(
        state.dataset(), edits, st.session_state[keys.TIME_LIMIT]
    )


st.button(
    tr("solve.resolve") if has_plan else tr("solve.start"),
    type="primary",
    icon=":material/bolt:",
    disabled=running,
    on_click=_start,
)

if running:
    pv.live(job)
elif st.session_state.get(keys.RESULT) is not None:
    if st.session_state.get(keys.STALE):  # as on the Results page
        st.warning(tr("result.stale"))
    pv.outcome(st.session_state[keys.RESULT])
    edits_view.undo_button("undo_after_solve")
