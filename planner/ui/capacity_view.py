"""The "seats and openings" tab of the review page: how full the sessions and roles are.

Why totals by family and tables rather than one bar per session: a 20,000-person workbook has
hundreds of sessions and roles, and 500 bars make a chart ten screens tall that nobody reads.
The family totals give the picture; the tables (sortable, with a fill bar) answer "which
sessions are full, which roles stay open".
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from planner import i18n
from planner.domain.plan import Plan
from planner.domain.records import Dataset
from planner.i18n.plural import tn
from planner.ui import charts, figures, state
from planner.ui.assignments import family_label
from planner.ui.state import tr


def render(data: Dataset, plan: Plan) -> None:
    seats = figures.seat_use(data, plan)
    openings = figures.opening_use(data, plan)
    _headline(seats, openings)
    left, right = st.columns(2)
    with left:
        st.subheader(tr("chart.seats_by_family"))
        charts.filled(
            _by_family(seats, "used", "seats"), "family", "used", "seats", tr("col.family")
        )
    with right:
        st.subheader(tr("chart.openings_by_family"))
        charts.filled(
            _by_family(openings, "filled", "openings"),
            "family",
            "filled",
            "openings",
            tr("col.family"),
        )
    st.subheader(tr("chart.seats"))
    st.caption(tn("chart.sessions_closed", int((seats["used"] == 0).sum()), state.lang()))
    _table(session_table(seats))
    st.subheader(tr("chart.openings"))
    _table(role_table(openings))


def _headline(seats: pd.DataFrame, openings: pd.DataFrame) -> None:
    lang = state.lang()
    num = i18n.fmt_number
    running = seats[seats["used"] > 0]
    full_sessions = int((running["used"] >= running["seats"]).sum())
    full_roles = int(
        ((openings["filled"] >= openings["openings"]) & (openings["openings"] > 0)).sum()
    )
    cols = st.columns(4)
    cols[0].metric(
        tr("use.seats_of", total=num(int(seats["seats"].sum()), lang)),
        num(int(seats["used"].sum()), lang),
    )
    cols[1].metric(
        tr("use.full_sessions_of", total=num(len(running), lang)), num(full_sessions, lang)
    )
    cols[2].metric(
        tr("use.openings_of", total=num(int(openings["openings"].sum()), lang)),
        num(int(openings["filled"].sum()), lang),
    )
    cols[3].metric(tr("use.full_roles_of", total=num(len(openings), lang)), num(full_roles, lang))


def _by_family(table: pd.DataFrame, used: str, total: str) -> pd.DataFrame:
    out = figures.use_by(table, "family", used, total)
    out["family"] = out["family"].map(family_label)
    return out


def _fill(used: pd.Series, total: pd.Series) -> pd.Series:
    """Percentage filled (0 for a zero capacity), for the progress column."""
    return (100 * used / total.where(total > 0)).fillna(0.0).round(1)


def session_table(seats: pd.DataFrame) -> pd.DataFrame:
    """One row per session with translated headers: who fills it and what it costs."""
    return pd.DataFrame(
        {
            tr("col.cohort"): seats["cohort_id"],
            tr("col.track"): seats["track"],
            tr("col.family"): seats["family"].map(family_label),
            tr("col.site"): seats["site"],
            tr("use.taken"): seats["used"],
            tr("use.seats"): seats["seats"],
            tr("use.fill"): _fill(seats["used"], seats["seats"]),
            tr("use.min_size"): seats["min_size"],
            tr("use.cost"): seats["cost"].round(0),
        }
    )


def role_table(openings: pd.DataFrame) -> pd.DataFrame:
    """One row per role with translated headers: openings filled and left."""
    return pd.DataFrame(
        {
            tr("col.role"): openings["role_id"],
            tr("col.title"): openings["title"],
            tr("col.family"): openings["family"].map(family_label),
            tr("col.site"): openings["site"],
            tr("use.filled"): openings["filled"],
            tr("use.openings"): openings["openings"],
            tr("use.fill"): _fill(openings["filled"], openings["openings"]),
        }
    )


def _table(table: pd.DataFrame) -> None:
    fill = "%d %%" if state.lang() == "fr" else "%d%%"
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        height=420,
        placeholder="",
        column_config={
            tr("use.fill"): st.column_config.ProgressColumn(
                format=fill, min_value=0, max_value=100
            ),
            tr("use.cost"): st.column_config.NumberColumn(format="localized"),
        },
    )
