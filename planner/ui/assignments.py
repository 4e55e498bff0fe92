"""The assignment table of the review page: everyone, their pathway and outcome, filterable."""

from __future__ import annotations

import hashlib
import math

import pandas as pd
import streamlit as st

from planner import i18n
from planner.i18n.plural import tn
from planner.ui import figures, help_view, keys, state
from planner.ui.state import tr

PAGE_SIZE = 200
SORTS = {
    "employee_id": (["employee_id"], [True]),
    "tenure": (["tenure_years", "employee_id"], [False, True]),
    "site": (["site", "employee_id"], [True, True]),
}


def plan_table(data, result) -> pd.DataFrame:
    """figures.placements of the plan on screen, computed once per plan in this session."""
    return state.memo(
        "placements", (data, result.plan), lambda: figures.placements(data, result.plan)
    )


def display_table(table: pd.DataFrame, reasons: dict) -> pd.DataFrame:
    """The plan's table with translated headers, outcome labels and formatted numbers."""
    lang = state.lang()
    out = pd.DataFrame(
        {
            tr("col.employee_id"): table["employee_id"],
            tr("col.name"): table["name"],
            tr("col.site"): table["site"],
            tr("col.tenure"): [i18n.fmt_number(v, lang, 1) for v in table["tenure_years"]],
            tr("col.senior"): table["senior"],
            tr("col.outcome"): [
                _outcome(reasons.get(e), placed)
                for e, placed in zip(table["employee_id"], table["placed"], strict=True)
            ],
            tr("col.cohort"): table["cohort_id"],
            tr("col.track"): [
                tr("pathway.direct") if placed and not cohort else track
                for placed, cohort, track in zip(
                    table["placed"], table["cohort_id"], table["track"], strict=True
                )
            ],
            tr("col.role"): table["role_id"],
            tr("col.title"): table["title"],
            tr("col.family"): table["family"].map(family_label),
            tr("col.wish"): [_wish(r) for r in table["wish_rank"]],
        }
    )
    if st.session_state.get(keys.HIDE_NAMES):
        out = out.drop(columns=[tr("col.name")])
    return out


def family_label(family: str) -> str:
    if not family:
        return ""
    label = tr(f"family.{family}")
    return family if label == f"family.{family}" else label


def _outcome(reason, placed: bool) -> str:
    if reason is not None:
        return tr(f"reason.{reason.code.value}")
    return tr("reason.placed") if placed else tr("reason.unplaced")


def _wish(rank) -> str:
    if rank is None or pd.isna(rank):
        return "–"
    return tr("col.wish_n", n=int(rank) + 1)


def filters(table: pd.DataFrame) -> pd.DataFrame:
    """Search text, outcome, site and family filters; returns the matching rows."""
    cols = st.columns([2, 1, 1, 1])
    query = cols[0].text_input(
        tr("review.search"), key="review_search", placeholder=tr("review.search_hint")
    )
    outcome = cols[1].selectbox(
        tr("review.outcome"),
        ["all", "placed", "unplaced"],
        format_func=lambda v: tr(f"review.outcome_{v}"),
        key="review_outcome",
        help=help_view.tip("review.outcome_help", "reasons"),
    )
    sites = cols[2].multiselect(
        tr("col.site"),
        sorted(table["site"].unique()),
        key="review_sites",
        placeholder=tr("review.all"),
    )
    families = cols[3].multiselect(
        tr("col.family"),
        sorted(f for f in table["family"].unique() if f),
        format_func=family_label,
        key="review_families",
        placeholder=tr("review.all"),
    )
    mask = pd.Series(True, index=table.index)
    if outcome != "all":
        mask &= table["placed"] == (outcome == "placed")
    if sites:
        mask &= table["site"].isin(sites)
    if families:
        mask &= table["family"].isin(families)
    text = query.strip().casefold()
    if text:
        names = table["name"] if not st.session_state.get(keys.HIDE_NAMES) else ""
        hay = (
            table["employee_id"].str.casefold()
            + " "
            + pd.Series(names, index=table.index).astype(str).str.casefold()
        )
        mask &= hay.str.contains(text, regex=False)
    return table[mask]


def table_with_selection(shown: pd.DataFrame, reasons: dict) -> None:
    """The filtered table, sorted and cut into pages (only the page is formatted and sent);
    selecting a row opens that person's page."""
    lang = state.lang()
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    sort = right.selectbox(
        tr("review.sort"),
        list(SORTS),
        key="review_sort",
        format_func=lambda v: tr(f"review.sort_{v}"),
    )
    columns, ascending = SORTS[sort]
    ordered = shown.sort_values(columns, ascending=ascending, kind="stable")
    # The person page's previous / next walk this list, for this plan only.
    st.session_state[keys.REVIEW_ORDER] = (
        st.session_state.get(keys.RESULT),
        tuple(ordered["employee_id"]),
    )
    pages = max(1, math.ceil(len(ordered) / PAGE_SIZE))
    page = 1
    if pages > 1:  # a new filter or sort starts again on page 1
        page = st.pagination(pages, key=f"assign_page_{len(ordered)}_{sort}")
    part = ordered.iloc[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    people = tn("count.people", len(shown), lang)
    left.caption(tr("review.rows", shown=people, page=page, pages=pages))
    link = st.container()  # above the 560-pixel table, where the eye is after a click
    # The key names the rows on show, so a selection never points into another page.
    digest = hashlib.sha1("\n".join(part["employee_id"]).encode()).hexdigest()[:12]
    event = st.dataframe(
        display_table(part, reasons),
        hide_index=True,
        width="stretch",
        height=560,
        on_select="rerun",
        selection_mode="single-row",
        key=f"assign_table_{digest}",
        column_config={tr("col.senior"): st.column_config.CheckboxColumn()},
        placeholder="",
    )
    rows = event.selection.rows if event is not None else []
    if rows:
        employee_id = part.iloc[rows[0]]["employee_id"]
        st.session_state[keys.PERSON] = employee_id
        link.page_link(
            "app_pages/person.py",
            icon=":material/person:",
            label=tr("review.open_person", employee=employee_id),
        )
