"""The plan settings as typed widgets (budget, start date, seniority, objective).

Why widgets rather than a key/value grid: a budget with a "no limit" choice, a date picker and
a bounded number are harder to get wrong than free text; the values are written back into the
settings table so the importer validates them like a workbook's.
"""

from __future__ import annotations

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
    """Settings widgets; each change is written to the table and re-validated."""
    settings = _current()
    lang = state.lang()
    version = st.session_state[keys.FRAMES_VERSION]
    cols = st.columns(3)
    budget = cols[0].number_input(
        tr("set.budget"),
        min_value=0.0,
        step=10_000.0,
        format="%.0f",
        value=settings.budget_mad,
        placeholder=tr("set.no_limit"),
        key=f"set_budget_{version}",
        help=tr("set.budget_help"),
    )
    start = cols[1].date_input(
        tr("set.start"),
        value=settings.plan_start_date,
        format="DD/MM/YYYY" if lang == "fr" else "YYYY-MM-DD",
        key=f"set_start_{version}",
        help=tr("set.start_help"),
    )
    senior = cols[2].number_input(
        tr("set.seniority"),
        min_value=0.0,
        max_value=60.0,
        step=1.0,
        value=float(settings.seniority_years),
        format="%.1f",
        key=f"set_senior_{version}",
        help=tr("set.seniority_help"),
    )
    changed = {"budget_mad": budget, "plan_start_date": start, "seniority_years": senior}
    before = {
        "budget_mad": settings.budget_mad,
        "plan_start_date": settings.plan_start_date,
        "seniority_years": settings.seniority_years,
    }
    if changed != before:
        _apply({k: v for k, v in changed.items() if v != before[k]})
    st.caption(
        tr(
            "set.current",
            budget=i18n.fmt_money(budget, lang) if budget is not None else tr("set.no_limit"),
            start=i18n.fmt_date(start, lang),
            seniority=i18n.fmt_number(senior, lang, 1),
        )
    )


def _current():
    from planner.domain.records import Settings

    data = state.dataset()
    return data.settings if data is not None else Settings()


def _apply(values: dict) -> None:
    frames = st.session_state[keys.FRAMES]
    frame = frames.get("settings")
    for key, value in values.items():
        frame = set_setting(frame, key, value)
    frames["settings"] = frame
    state.revalidate()
    st.session_state[keys.FRAMES_VERSION] += 1
    st.rerun()
