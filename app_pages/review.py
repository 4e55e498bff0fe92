"""Review page: key figures, charts, and the assignment table (select a row for the person)."""

import streamlit as st

from planner.ui import assignments, capacity_view, keys, review_view, state
from planner.ui.progress_view import show_changes
from planner.ui.state import tr

st.title(tr("review.title"))
data, result, reasons, _edits = state.plan_context()
review_view.key_figures(data, result)

table = assignments.plan_table(data, result)
tab_charts, tab_table, tab_use, tab_changes = st.tabs(
    [tr("review.charts"), tr("review.table"), tr("review.use"), tr("changes.title")]
)
with tab_charts:
    review_view.group_charts(data, result, table)
with tab_table:
    assignments.table_with_selection(assignments.filters(table), reasons)
with tab_use:
    capacity_view.render(data, result.plan)
with tab_changes:
    previous = st.session_state.get(keys.PREVIOUS_RESULT)
    if previous is None:
        st.caption(tr("changes.no_previous"))
    else:
        show_changes(previous, result)
