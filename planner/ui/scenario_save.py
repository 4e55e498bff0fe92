"""Saving the session as a scenario, with a confirmation before a name already used is
replaced (a save under an existing name used to overwrite it without a word)."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from planner import i18n
from planner.scenarios.store import ScenarioInfo, ScenarioStore, ScenarioStoreError
from planner.ui import keys, state
from planner.ui import scenario_view as sv
from planner.ui.state import tr


def save_form(store: ScenarioStore, infos: list[ScenarioInfo]) -> None:
    """The name and the save button; a new name saves at once, an existing one asks first."""
    with st.form("save_scenario", clear_on_submit=False, border=False):
        name = st.text_input(
            tr("scen.name"),
            value=st.session_state.get(keys.SCENARIO, ""),
            placeholder=tr("scen.name_hint"),
            max_chars=120,
        )
        submitted = st.form_submit_button(tr("scen.save"), icon=":material/save:")
    if not submitted:
        return
    name = name.strip()
    existing = {info.name: info for info in infos}.get(name)
    if not name:
        st.warning(tr("scen.need_name"))
    elif existing is not None:
        confirm(store, existing)
    elif save(store, name):
        st.rerun()


def confirm(store: ScenarioStore, existing: ScenarioInfo) -> None:
    """Say which scenario would be replaced, and offer to replace it or to keep it."""
    lang = state.lang()
    saved = i18n.fmt_datetime(datetime.fromisoformat(existing.saved_at), lang)
    st.warning(tr("scen.exists", name=existing.name, saved=saved))
    left, right = st.columns(2)
    left.button(
        tr("scen.replace"),
        key="scen_replace",
        type="primary",
        icon=":material/published_with_changes:",
        on_click=save,
        args=(store, existing.name),
    )
    right.button(tr("scen.keep"), key="scen_keep")


def save(store: ScenarioStore, name: str) -> bool:
    """Save under ``name`` and say so on the next run; a store error is said at once."""
    try:
        sv.save(store, name)
    except ScenarioStoreError as exc:
        state.notice("error", tr("scen.store_error", error=sv.error_text(exc)))
        return False
    state.notice("success", tr("scen.saved", name=name))
    return True
