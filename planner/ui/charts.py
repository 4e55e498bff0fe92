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
    label: str | None = None,
) -> None:
    """Horizontal bars, biggest first, with the value (or the ``label`` column) written at
    the end of each bar."""
    if table.empty:
        st.caption(tr("chart.empty"))
        return
    fmt = ".0%" if percent else ",.0f"
    tips = [
        alt.Tooltip(f"{category}:N", title=category_title),
        alt.Tooltip(f"{value}:Q", title=value_title, format=fmt),
    ]
    if label is not None:
        tips.append(alt.Tooltip(f"{label}:N", title=tr("chart.rate_detail")))
    base = alt.Chart(table).encode(
        y=alt.Y(
            f"{category}:N",
            sort=None if ordered else "-x",
            title=category_title,
            axis=alt.Axis(labelLimit=220),
        ),
        x=alt.X(f"{value}:Q", title=value_title, axis=alt.Axis(format=fmt)),
        tooltip=tips,
    )
    text = alt.Text(f"{label}:N") if label is not None else alt.Text(f"{value}:Q", format=fmt)
    chart = base.mark_bar(color=BLUE) + base.mark_text(align="left", dx=3).encode(text=text)
    height = max(120, 30 * len(table))
    st.altair_chart(
        _localised(chart.properties(height=height)), width="stretch", height=height + 60
    )


def rates(grouped: pd.DataFrame, category: str, title: str, ordered: bool = False) -> None:
    """Placement rate per group (placed / people in it), each bar labelled ``40 % (12 / 30)``:
    groups of different sizes compare by their rate, and the counts stay in view."""
    lang = state.lang()
    labelled = grouped.assign(
        label=[
            tr(
                "chart.rate_label",
                rate=i18n.fmt_percent(rate, lang, 0),
                placed=i18n.fmt_number(placed, lang),
                people=i18n.fmt_number(people, lang),
            )
            for rate, placed, people in zip(
                grouped["rate"], grouped["placed"], grouped["people"], strict=True
            )
        ]
    )
    bars(labelled, category, "rate", title, tr("equity.rate"), True, ordered, "label")


def filled(table: pd.DataFrame, category: str, used: str, total: str, title: str) -> None:
    """Used versus available (seats, openings): grey capacity bar with the used part in blue,
    and a legend naming both."""
    if table.empty:
        st.caption(tr("chart.empty"))
        return
    used_name, capacity_name = tr("chart.used"), tr("chart.available")
    long = pd.concat(
        [
            pd.DataFrame({category: table[category], "part": name, "n": table[column]})
            for name, column in ((capacity_name, total), (used_name, used))
        ]
    )
    colours = alt.Scale(domain=[used_name, capacity_name], range=[BLUE, GREY])
    base = alt.Chart(long).encode(
        y=alt.Y(f"{category}:N", sort=None, title=title, axis=alt.Axis(labelLimit=220)),
        x=alt.X("n:Q", title=tr("chart.count"), stack=None),
        color=alt.Color("part:N", scale=colours, legend=alt.Legend(orient="bottom", title=None)),
        tooltip=[
            alt.Tooltip(f"{category}:N", title=title),
            alt.Tooltip("part:N", title=" "),
            alt.Tooltip("n:Q", title=tr("chart.count")),
        ],
    )
    # The capacity first, the part used drawn over it.
    capacity = base.transform_filter(alt.datum.part == capacity_name).mark_bar()
    used_bar = base.transform_filter(alt.datum.part == used_name).mark_bar()
    height = max(150, 30 * len(table))  # every family's name shows
    st.altair_chart(
        _localised((capacity + used_bar).properties(height=height)),
        width="stretch",
        height=height + 90,
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
