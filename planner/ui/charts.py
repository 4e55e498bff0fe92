"""Charts of the review and equity pages (Altair, labels in the session's language)."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from planner import i18n
from planner.ui import state
from planner.ui.state import tr

BLUE = "#1f5fa8"
GREY = "#c9d3df"


def _number_format() -> dict:
    """Axis numbers with the user's separators (d3 locale)."""
    if state.lang() == "fr":
        return {
            "decimal": ",",
            "thousands": "\u00a0",
            "grouping": [3],
            "currency": ["", " MAD"],
            "percent": "\u00a0%",
        }
    return {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["", " MAD"]}


def bars(
    table: pd.DataFrame,
    category: str,
    value: str,
    category_title: str,
    value_title: str,
    percent: bool = False,
    ordered: bool = False,
) -> None:
    """Horizontal bars, biggest first, with the value written at the end of each bar."""
    if table.empty:
        st.caption(tr("chart.empty"))
        return
    fmt = ".0%" if percent else ",.0f"
    base = alt.Chart(table).encode(
        y=alt.Y(
            f"{category}:N",
            sort=None if ordered else "-x",
            title=category_title,
            axis=alt.Axis(labelLimit=220),
        ),
        x=alt.X(f"{value}:Q", title=value_title, axis=alt.Axis(format=fmt)),
        tooltip=[
            alt.Tooltip(f"{category}:N", title=category_title),
            alt.Tooltip(f"{value}:Q", title=value_title, format=fmt),
        ],
    )
    chart = base.mark_bar(color=BLUE) + base.mark_text(align="left", dx=3).encode(
        text=alt.Text(f"{value}:Q", format=fmt)
    )
    height = max(120, 30 * len(table))
    st.altair_chart(
        _localised(chart.properties(height=height)), width="stretch", height=height + 60
    )


def filled(table: pd.DataFrame, category: str, used: str, total: str, title: str) -> None:
    """Used versus available (seats, openings): grey capacity bar with the used part in blue."""
    if table.empty:
        st.caption(tr("chart.empty"))
        return
    long = pd.DataFrame(
        {
            category: table[category],
            tr("chart.used"): table[used],
            tr("chart.available"): table[total],
        }
    )
    base = alt.Chart(long).encode(
        y=alt.Y(f"{category}:N", sort=None, title=title, axis=alt.Axis(labelLimit=220))
    )
    capacity = base.mark_bar(color=GREY).encode(
        x=alt.X(f"{tr('chart.available')}:Q", title=tr("chart.count"))
    )
    used_bar = base.mark_bar(color=BLUE).encode(
        x=f"{tr('chart.used')}:Q", tooltip=list(long.columns)
    )
    height = max(120, 24 * len(long))
    st.altair_chart(
        _localised((capacity + used_bar).properties(height=height)),
        width="stretch",
        height=height + 60,
    )


def budget(split: dict, budget_mad: float | None) -> None:
    """Seat costs, fixed costs and what is left, as one stacked bar."""
    lang = state.lang()
    parts = [(tr("chart.seat_costs"), split["seats"]), (tr("chart.fixed_costs"), split["fixed"])]
    if split["left"] is not None:
        parts.append((tr("chart.left"), split["left"]))
    table = pd.DataFrame(parts, columns=["part", "mad"])
    table["label"] = [i18n.fmt_money(v, lang) for v in table["mad"]]
    chart = (
        alt.Chart(table)
        .mark_bar()
        .encode(
            x=alt.X("sum(mad):Q", title="MAD", stack="zero", axis=alt.Axis(format=",.0f")),
            color=alt.Color(
                "part:N", title=None, sort=None, scale=alt.Scale(range=[BLUE, "#6c9bd2", GREY])
            ),
            order=alt.Order("order:Q"),
            tooltip=[alt.Tooltip("part:N", title=" "), alt.Tooltip("label:N", title="MAD")],
        )
        .transform_calculate(order="0")
        .properties(height=90)
    )
    # Without an explicit element height Streamlit draws the axis and no bar.
    st.altair_chart(
        _localised(chart).configure_legend(orient="bottom"), width="stretch", height=170
    )
    st.caption(
        " · ".join(
            tr("chart.part_value", part=part, value=label)
            for part, label in zip(table["part"], table["label"], strict=True)
        )
    )


def _localised(chart):
    return chart.configure(locale={"number": _number_format()})
