"""Sidebar shared by every page: language, name masking, and what is loaded."""

from __future__ import annotations

import streamlit as st

from planner import i18n
from planner.i18n.plural import tn
from planner.ui import keys, plan_status, state
from planner.ui.state import tr


def render() -> None:
    with st.sidebar:
        st.selectbox(
            tr("side.language"), list(i18n.LANGUAGES), key=keys.LANG, format_func=i18n.LANGUAGES.get
        )
        st.toggle(tr("side.hide_names"), key=keys.HIDE_NAMES, help=tr("side.hide_names_help"))
        _status()


def _status() -> None:
    source = state.source_label()
    data = state.dataset()
    if source:
        st.caption(tr("side.source", source=source))
    if data is not None:
        lang = state.lang()
        st.caption(
            tr(
                "side.sizes",
                employees=tn("count.employees", len(data.employees), lang),
                cohorts=tn("count.sessions", len(data.cohorts), lang),
                roles=tn("count.roles", len(data.roles), lang),
            )
        )
    elif st.session_state.get(keys.LOAD) is not None:
        st.caption(tn("side.errors", len(state.errors()), state.lang()))
    result = st.session_state.get(keys.RESULT)
    if result is not None:
        st.caption(
            tr(
                "side.plan",
                placed=i18n.fmt_number(result.placed, state.lang()),
                status=plan_status.text(result, _workforce(result), state.lang()),
            )
        )


def _workforce(result) -> int:
    """People in the plan's inputs (the bound shown never exceeds them)."""
    data = st.session_state.get(keys.RESULT_DATASET)
    return len(data.employees) if data is not None else result.upper_bound_placed
