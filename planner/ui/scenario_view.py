"""Scenario page helpers: the session's store, save, reopen, compare two plans.

Each browser session owns its scenarios. Its owner token is random, kept in the session and in
the page address (``?owner=``), so a reload or a bookmark finds the same scenarios; the store
records only a hash of it, so reading the store file gives nobody a session's address.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
import secrets

import pandas as pd
import streamlit as st

from planner import i18n
from planner.domain.outcomes import SolveResult
from planner.domain.plan import Edits
from planner.domain.records import Dataset
from planner.scenarios.store import Scenario, ScenarioInfo, ScenarioStore, ScenarioStoreError
from planner.ui import figures, keys, plan_status, state
from planner.ui.edits_view import pathway_label
from planner.ui.state import tr

log = logging.getLogger(__name__)
CURRENT = "\0current"  # option value of "the plan on screen" in the comparison
KEEP = 2  # decoded scenarios (and plans' reasons) kept per session: the two compared
OWNER_PARAM = "owner"
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")


def owner_token() -> str:
    """This session's owner token: kept from the address when it holds a valid one, else
    new; written back to the address so that a reload keeps it."""
    token = st.session_state.get(keys.OWNER)
    if token is None:
        given = st.query_params.get(OWNER_PARAM)
        token = given if given and _TOKEN.fullmatch(given) else secrets.token_urlsafe(32)
        st.session_state[keys.OWNER] = token
    if st.query_params.get(OWNER_PARAM) != token:
        st.query_params[OWNER_PARAM] = token
    return token


def session_store() -> ScenarioStore:
    """The scenario store as this session sees it (its own scenarios, or the shared set)."""
    return ScenarioStore(owner=hashlib.sha256(owner_token().encode()).hexdigest()[:32])


def error_text(exc: Exception) -> str:
    """A store error in the interface's language (a KeyError names the missing scenario)."""
    if isinstance(exc, ScenarioStoreError):
        return exc.text(state.lang())
    return str(exc)


def _key(store: ScenarioStore, info: ScenarioInfo) -> tuple[str, str, str, str]:
    """A saved version of a scenario: saving it again gives a new ``saved_at``."""
    return str(store.path), store.owner, info.name, info.saved_at


def _remember(slot: str, key: tuple, value) -> None:
    kept = st.session_state.setdefault(slot, {})
    kept.pop(key, None)
    kept[key] = value
    while len(kept) > KEEP:
        kept.pop(next(iter(kept)))


def load(store: ScenarioStore, info: ScenarioInfo) -> Scenario:
    """A saved scenario, decoded once per session and version (a 20,000-person one takes
    about a second, and the comparison needs it on every rerun of the page)."""
    key = _key(store, info)
    kept = st.session_state.get(keys.SCENARIOS_OPEN, {}).get(key)
    if kept is None:
        kept = store.load(info.name)
        _remember(keys.SCENARIOS_OPEN, key, kept)
    return kept


def save(store: ScenarioStore, name: str) -> None:
    """Save current inputs, decisions and (if it matches them) the plan."""
    data = state.dataset()
    result = st.session_state.get(keys.RESULT)
    if result is not None and st.session_state.get(keys.STALE):
        result = None
        st.session_state[keys.NOTICE] = ("warning", tr("scen.saved_without_plan"))
    edits = dataclasses.replace(st.session_state.get(keys.EDITS) or Edits(), previous=None)
    info = store.save(name, data, edits, result)
    st.session_state[keys.SCENARIO] = info.name
    # What was saved is what a reload would decode: keep it for the comparison and reopening.
    _remember(keys.SCENARIOS_OPEN, _key(store, info), Scenario(info, data, edits, result))
    if result is not None and st.session_state.get(keys.REASONS):
        _remember(keys.SCENARIO_REASONS, _key(store, info), st.session_state[keys.REASONS])
    log.info("scenario saved: %d employees, plan=%s", info.employees, result is not None)


def reopen(store: ScenarioStore, scenario: Scenario) -> None:
    """Make a saved scenario the session's inputs, decisions and plan (its reasons are
    recomputed unless this session saved that very version)."""
    from planner.explain import reasons as explain
    from planner.io import frames as tables
    from planner.load import workbook

    frames = tables.dataset_to_frames(scenario.dataset)
    loaded = workbook.load_frames(frames)
    state.set_loaded(loaded, ("scen.source", {"name": scenario.info.name}))
    st.session_state[keys.EDITS] = scenario.edits
    st.session_state[keys.SCENARIO] = scenario.info.name
    if scenario.result is not None:
        st.session_state[keys.RESULT] = scenario.result
        st.session_state[keys.RESULT_DATASET] = scenario.dataset
        st.session_state[keys.RESULT_EDITS] = scenario.edits
        reasons = st.session_state.get(keys.SCENARIO_REASONS, {}).get(_key(store, scenario.info))
        if reasons is None:
            reasons = explain.explain(scenario.dataset, scenario.result, scenario.edits)
        st.session_state[keys.REASONS] = reasons


def list_table(store: ScenarioStore, infos: list) -> pd.DataFrame:
    """The saved scenarios, each status worded as everywhere else (from the decoded plan when
    this session holds it, else from the stored summary's termination, placed and bound)."""
    lang = state.lang()
    return pd.DataFrame(
        {
            tr("scen.name"): [i.name for i in infos],
            tr("scen.saved_at"): [_when(i.saved_at) for i in infos],
            tr("scen.employees"): [i18n.fmt_number(i.employees, lang) for i in infos],
            tr("scen.placed"): [i18n.fmt_number(i.placed, lang) for i in infos],
            tr("scen.cost"): [i18n.fmt_money(i.cost_mad, lang) for i in infos],
            tr("scen.status"): [_status(store, i) for i in infos],
        }
    )


def _status(store: ScenarioStore, info: ScenarioInfo) -> str:
    if not info.status:
        return tr("scen.no_plan")
    lang = state.lang()
    kept = st.session_state.get(keys.SCENARIOS_OPEN, {}).get(_key(store, info))
    if kept is not None and kept.result is not None:
        return plan_status.text(kept.result, len(kept.dataset.employees), lang)
    placed = info.placed or 0
    return i18n.status_text(info.status, placed, info.upper_bound_placed, lang, info.employees)


def _when(iso: str) -> str:
    from datetime import datetime

    return i18n.fmt_datetime(datetime.fromisoformat(iso), state.lang())


def side(
    store: ScenarioStore, infos: dict[str, ScenarioInfo], choice: str
) -> tuple[Dataset, SolveResult | None] | None:
    """(dataset, result) of a comparison side: a saved scenario or the plan on screen."""
    if choice == CURRENT:
        result = st.session_state.get(keys.RESULT)
        if result is None:
            return None
        return st.session_state[keys.RESULT_DATASET], result
    scenario = load(store, infos[choice])
    return scenario.dataset, scenario.result


def figures_table(a: tuple, b: tuple, names: tuple[str, str]) -> pd.DataFrame:
    """Key figures of two plans side by side."""
    lang = state.lang()
    rows = [
        tr("kf.placed"),
        tr("kf.seniors"),
        tr("kf.cost"),
        tr("kf.budget_short"),
        tr("kf.sessions"),
        tr("kf.bound"),
        tr("kf.status_short"),
    ]
    columns = {tr("compare.figure"): rows}
    for name, (data, result) in zip(names, (a, b), strict=True):
        if result is None:
            columns[name] = ["–"] * len(rows)
            continue
        kf = figures.key_figures(data, result)
        columns[name] = [
            f"{i18n.fmt_number(kf.placed, lang)} / {i18n.fmt_number(kf.employees, lang)}",
            f"{i18n.fmt_number(kf.seniors_placed, lang)} / {i18n.fmt_number(kf.seniors, lang)}",
            i18n.fmt_number(kf.cost_mad, lang),
            i18n.fmt_money(kf.budget_mad, lang)
            if kf.budget_mad is not None
            else tr("set.no_limit"),
            i18n.fmt_number(kf.cohorts_run, lang),
            i18n.fmt_number(kf.upper_bound, lang),
            plan_status.text(result, kf.employees, lang),
        ]
    return pd.DataFrame(columns)


def moved_table(a: tuple, b: tuple, names: tuple[str, str]) -> pd.DataFrame:
    """Who has a different pathway in plan B than in plan A."""
    moved = figures.changes(a[1].plan if a[1] else None, b[1].plan if b[1] else None)
    return pd.DataFrame(
        {
            tr("col.employee_id"): [c.employee_id for c in moved],
            names[0]: [pathway_label(c.before) for c in moved],
            names[1]: [pathway_label(c.after) for c in moved],
        }
    )
