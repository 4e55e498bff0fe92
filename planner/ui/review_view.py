"""The Results page's key figures and charts, so the page itself only lays them out.

Key figures carry tooltips that end with a link to the help page (how the plan is chosen, the
bound and the gap). Groups of people that differ in size (sites, tenure bands, languages) are
charted by their placement rate, with the counts written beside each bar; families, which are
not groups of people, by their count.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from planner import i18n
from planner.domain.outcomes import SolveResult
from planner.domain.records import Dataset
from planner.ui import charts, figures, help_view, plan_status, state
from planner.ui.assignments import family_label
from planner.ui.state import tr


def key_figures(data: Dataset, result: SolveResult) -> None:
    """Placed, seniors, cost, sessions and the gap, then the plan's status in words."""
    lang = state.lang()
    kf = figures.key_figures(data, result)
    num = i18n.fmt_number
    budget = i18n.fmt_money(kf.budget_mad, lang) if kf.budget_mad is not None else None
    years = num(data.settings.seniority_years, lang, 1)
    cols = st.columns(5)
    # Totals go in the labels: "10 412 / 20 000" does not fit a fifth of the page at 20,000.
    cols[0].metric(
        tr("kf.placed_of", total=num(kf.employees, lang)),
        num(kf.placed, lang),
        help=help_view.tip("kf.placed_help", "objective"),
    )
    cols[1].metric(
        tr("kf.seniors_of", total=num(kf.seniors, lang)),
        num(kf.seniors_placed, lang),
        help=help_view.tip("kf.seniors_help", "objective", years=years),
    )
    cols[2].metric(
        tr("kf.cost"),
        num(kf.cost_mad, lang),
        help=help_view.tip("kf.budget", "objective", budget=budget or tr("set.no_limit")),
    )
    cols[3].metric(tr("kf.sessions_of", total=num(kf.cohorts, lang)), num(kf.cohorts_run, lang))
    cols[4].metric(
        tr("kf.gap"),
        i18n.fmt_percent(kf.gap, lang),
        help=help_view.tip("kf.gap_help", "bound", bound=num(kf.upper_bound, lang)),
    )
    status = plan_status.text(result, kf.employees, lang)
    st.caption(tr("kf.status", status=status, seconds=num(kf.seconds, lang, 1)))


def group_charts(data: Dataset, result: SolveResult, table: pd.DataFrame) -> None:
    """Placements by family (counts), placement rates by tenure band, site and language,
    and the budget drawn."""
    lang = state.lang()
    left, right = st.columns(2)
    with left:
        st.subheader(tr("chart.by_family"))
        by_family = table[table["placed"]].groupby("family").size().reset_index(name="n")
        by_family["family"] = by_family["family"].map(family_label)
        charts.bars(by_family, "family", "n", tr("col.family"), tr("chart.placed"))
        st.subheader(tr("chart.by_tenure"))
        by_tenure = figures.placed_by(table, "tenure_band")
        charts.rates(by_tenure, "tenure_band", tr("chart.tenure_band"), ordered=True)
    with right:
        st.subheader(tr("chart.by_site"))
        charts.rates(figures.placed_by(table, "site"), "site", tr("col.site"))
        st.subheader(tr("chart.by_language"))
        by_language = figures.placed_by_language(table)
        by_language["language"] = [i18n.language_name(c, lang) for c in by_language["language"]]
        charts.rates(by_language, "language", tr("chart.language"))
    st.caption(tr("chart.rates_note"))
    st.subheader(tr("chart.budget"))
    charts.budget(figures.budget_split(data, result.plan), data.settings.budget_mad)
