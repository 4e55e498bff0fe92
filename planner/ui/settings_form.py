"""The plan settings as typed widgets (budget, start date, seniority, objective).

Why widgets rather than a key/value grid: a budget left empty for "no limit", a date picker and
labelled fields are harder to get wrong than a grid; numbers are text in the reader's format
(« 1 140 000 », « 10,5 »), written back into the settings table so the importer reads and
validates them like a workbook's cells.
"""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import streamlit as st

from planner import i18n
from planner.ui import keys, state
from planner.ui.state import tr


def get_setting(frame: pd.DataFrame | None, key: str) -> object:
    if frame is None or "key" not in frame.columns:
        return None
    hits = frame.loc[frame["key"].astype(str) == key, "value"]
    if hits.empty or pd.isna(hits.iloc[0]) or str(hits.iloc[0]).strip() == "":
        return None
    return hits.iloc[0]


def set_setting(frame: pd.DataFrame | None, key: str, value: object) -> pd.DataFrame:
    """Return the settings table with ``key`` set to a typed value; None removes the row."""
    if frame is None or "key" not in frame.columns:
        frame = pd.DataFrame({"key": pd.Series(dtype="str"), "value": pd.Series(dtype=object)})
    out = frame.copy()
    out["value"] = out["value"].astype(object)
    mask = out["key"].astype(str) == key
    if value is None:
        return out[~mask].reset_index(drop=True)
    if mask.any():
        out.loc[mask, "value"] = pd.Series(
            [value] * int(mask.sum()), index=out.index[mask], dtype=object
        )
        return out
    row = pd.DataFrame(
        {"key": pd.Series([key], dtype="str"), "value": pd.Series([value], dtype=object)}
    )
    return pd.concat([out, row], ignore_index=True)


def render() -> None:
    """Settings widgets, showing the settings table's values in the reader's number format;
    a change is written to the table by its callback, before the page runs, and validated
    by the importer like a workbook's cell (a wrong budget is a problem listed above)."""
    frame = st.session_state[keys.FRAMES].get("settings")
    lang = state.lang()
    # A new key per version and language: the fields show the table's values afresh, in the
    # reader's format, after each change and after a change of language.
    version = f"{st.session_state[keys.FRAMES_VERSION]}_{lang}"
    cols = st.columns(3)
    key = f"set_budget_{version}"
    cols[0].text_input(
        tr("set.budget"),
        value=number_text(get_setting(frame, "budget_mad"), lang),
        placeholder=tr("set.no_limit"),
        key=key,
        help=tr("set.budget_help"),
        on_change=_changed,
        args=("budget_mad", key),
    )
    key = f"set_start_{version}"
    cols[1].date_input(
        tr("set.start"),
        value=_date(get_setting(frame, "plan_start_date")),
        format=i18n.date_pattern(lang),
        key=key,
        help=tr("set.start_help"),
        on_change=_changed,
        args=("plan_start_date", key),
    )
    key = f"set_senior_{version}"
    cols[2].text_input(
        tr("set.seniority"),
        value=number_text(get_setting(frame, "seniority_years"), lang),
        placeholder=i18n.fmt_number(10, lang),
        key=key,
        help=tr("set.seniority_help"),
        on_change=_changed,
        args=("seniority_years", key),
    )
    data = state.dataset()
    if data is not None:
        _summary(data.settings, lang)


def number_text(value: object, lang: str) -> str:
    """A setting as typed in the reader's format (``1 140 000``, ``10``, ``10,5``); a value
    the importer refused is shown as it was written, so it can be fixed in place."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return i18n.fmt_number(value, lang, 2)
    return str(value)


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _summary(settings, lang: str) -> None:
    budget = settings.budget_mad
    st.caption(
        tr(
            "set.current",
            budget=i18n.fmt_money(budget, lang) if budget is not None else tr("set.no_limit"),
            start=i18n.fmt_date(settings.plan_start_date, lang),
            seniority=i18n.fmt_number(settings.seniority_years, lang, 1),
        )
    )


def _changed(name: str, key: str) -> None:
    """Write one widget's value into the settings table (empty text removes the row: the
    default applies) and re-validate; the widgets are drawn afresh in the reader's format."""
    value = st.session_state.get(key)
    if isinstance(value, str):
        value = value.strip() or None
    frames = st.session_state[keys.FRAMES]
    frames["settings"] = set_setting(frames.get("settings"), name, value)
    st.session_state[keys.FRAMES_VERSION] += 1
    state.revalidate()
