"""Equity page: placement rate by site, tenure band and gender (gender is reported only)."""

import pandas as pd
import streamlit as st

from planner import i18n
from planner.ui import assignments, charts, figures, state
from planner.ui.state import tr

st.title(tr("equity.title"))
data, result, _reasons, _edits = state.plan_context()
lang = state.lang()
st.caption(tr("equity.intro"))
table = assignments.plan_table(data, result)
table = table.assign(gender=table["gender"].replace("", tr("equity.unknown")))
overall = table["placed"].mean() if len(table) else 0.0
st.metric(tr("equity.overall"), i18n.fmt_percent(overall, lang))


def _group(column: str, title: str) -> None:
    grouped = figures.placed_by(table, column)
    st.subheader(title)
    charts.bars(
        grouped,
        column,
        "rate",
        title,
        tr("equity.rate"),
        percent=True,
        ordered=column == "tenure_band",
    )
    shown = pd.DataFrame(
        {
            title: grouped[column],
            tr("equity.people"): [i18n.fmt_number(v, lang) for v in grouped["people"]],
            tr("equity.placed"): [i18n.fmt_number(v, lang) for v in grouped["placed"]],
            tr("equity.rate"): [i18n.fmt_percent(v, lang) for v in grouped["rate"]],
            tr("equity.vs_overall"): [_points(v - overall) for v in grouped["rate"]],
        }
    )
    # Every group on screen up to 15 rows (the default height cuts at 10: the 11th site hid).
    height = 38 + 35 * min(len(shown), 15)
    st.dataframe(shown, hide_index=True, width="stretch", height=height, placeholder="")


def _points(delta: float) -> str:
    sign = "+" if delta > 0 else ("−" if delta < 0 else "")
    return f"{sign}{i18n.fmt_number(abs(delta) * 100, lang, 1)} pt"


left, right = st.columns(2)
with left:
    _group("site", tr("col.site"))
    _group("gender", tr("equity.gender"))
with right:
    _group("tenure_band", tr("chart.tenure_band"))
st.caption(tr("equity.gender_note"))
