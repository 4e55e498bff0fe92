"""Review page: key figures, charts, and the assignment table (select a row for the person)."""

import streamlit as st

from planner import i18n
from planner.ui import assignments, capacity_view, charts, figures, keys, plan_status, state
from planner.ui.progress_view import show_changes
from planner.ui.state import tr

st.title(tr("review.title"))
data, result, reasons, _edits = state.plan_context()
lang = state.lang()
kf = figures.key_figures(data, result)
num = i18n.fmt_number

cols = st.columns(5)
# Totals go in the labels: "10 412 / 20 000" does not fit a fifth of the page at 20,000 people.
cols[0].metric(
    tr("kf.placed_of", total=num(kf.employees, lang)),
    num(kf.placed, lang),
    help=tr("kf.placed_help"),
)
cols[1].metric(
    tr("kf.seniors_of", total=num(kf.seniors, lang)),
    num(kf.seniors_placed, lang),
    help=tr("kf.seniors_help", years=num(data.settings.seniority_years, lang, 1)),
)
cols[2].metric(
    tr("kf.cost"),
    num(kf.cost_mad, lang),
    help=tr(
        "kf.budget",
        budget=i18n.fmt_money(kf.budget_mad, lang)
        if kf.budget_mad is not None
        else tr("set.no_limit"),
    ),
)
cols[3].metric(tr("kf.sessions_of", total=num(kf.cohorts, lang)), num(kf.cohorts_run, lang))
cols[4].metric(
    tr("kf.gap"),
    i18n.fmt_percent(kf.gap, lang),
    help=tr("kf.gap_help", bound=num(kf.upper_bound, lang)),
)
status = plan_status.text(result, kf.employees, lang)
st.caption(tr("kf.status", status=status, seconds=num(kf.seconds, lang, 1)))

table = assignments.plan_table(data, result)
tab_charts, tab_table, tab_use, tab_changes = st.tabs(
    [tr("review.charts"), tr("review.table"), tr("review.use"), tr("changes.title")]
)
with tab_charts:
    left, right = st.columns(2)
    with left:
        st.subheader(tr("chart.by_family"))
        by_family = table[table["placed"]].groupby("family").size().reset_index(name="n")
        by_family["family"] = by_family["family"].map(assignments.family_label)
        charts.bars(by_family, "family", "n", tr("col.family"), tr("chart.placed"))
        st.subheader(tr("chart.by_tenure"))
        charts.bars(
            figures.placed_by(table, "tenure_band"),
            "tenure_band",
            "placed",
            tr("chart.tenure_band"),
            tr("chart.placed"),
            ordered=True,
        )
    with right:
        st.subheader(tr("chart.by_site"))
        charts.bars(
            figures.placed_by(table, "site"), "site", "placed", tr("col.site"), tr("chart.placed")
        )
        st.subheader(tr("chart.by_language"))
        by_language = figures.placed_by_language(table)
        by_language["language"] = [i18n.language_name(c, lang) for c in by_language["language"]]
        charts.bars(by_language, "language", "placed", tr("chart.language"), tr("chart.placed"))
    st.subheader(tr("chart.budget"))
    charts.budget(figures.budget_split(data, result.plan), data.settings.budget_mad)
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
