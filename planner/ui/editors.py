"""The input-table editors of the Inputs page: typed columns, search, pages, problems by row."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from planner import i18n
from planner.ui import keys, state, table_edit
from planner.ui.state import tr

PAGE_SIZE = 100
HELP_KIND = {
    "languages": "help.languages",
    "skills": "help.skills",
    "wishes": "help.wishes",
    "education": "help.education",
    "bool": "help.bool",
}


def column_config(sheet: str) -> dict:
    """Streamlit column settings from the schema: labels, types, bounds, help."""
    lang = state.lang()
    config = {
        table_edit.ROW: st.column_config.NumberColumn(
            tr("col.row"), disabled=True, format="%d", width="small"
        )
    }
    for col in table_edit.SHEETS[sheet].columns:
        label = i18n.column_label(sheet, col.name, lang)
        help_text = tr(HELP_KIND[col.kind]) if col.kind in HELP_KIND else None
        config[col.name] = _typed(col, label, help_text, lang)
    return config


def _typed(col, label: str, help_text: str | None, lang: str):
    cc = st.column_config
    if col.kind == "education":
        return cc.SelectboxColumn(label, options=table_edit.education_options(), help=help_text)
    if col.kind == "bool":
        return cc.CheckboxColumn(label, help=help_text, default=False)
    if col.kind == "date":
        return cc.DateColumn(label, format=i18n.date_pattern(lang), help=help_text)
    if col.kind == "int":
        return cc.NumberColumn(label, min_value=0, step=1, format="%d", required=col.required)
    if col.kind == "number":
        return cc.NumberColumn(label, min_value=0, format="localized", required=col.required)
    return cc.TextColumn(label, help=help_text, required=col.required)


def table_of(problem) -> str | None:
    """The editable table a problem is about: by the sheet the importer read as it (an
    upload's "Feuil1" or "collaborateurs.csv"), else by name; None for file-wide problems
    and the settings."""
    read_as = getattr(st.session_state.get(keys.LOAD), "sheets", {}).get(problem.sheet)
    if read_as is not None:
        return read_as if read_as in table_edit.SHEETS else None
    return next(
        (name for name, schema in table_edit.SHEETS.items() if problem.sheet in schema.names()),
        None,
    )


def sheet_problems(sheet: str) -> list:
    return [p for p in state.problems() if table_of(p) == sheet]


def other_problems() -> list:
    """Problems shown beside the settings: the file's, the settings' and missing sheets'."""
    return [p for p in state.problems() if table_of(p) is None]


def show_problems(found: list) -> None:
    """Problems of one sheet as a table: row, column, value, what is wrong."""
    if not found:
        return
    lang = state.lang()
    table = pd.DataFrame(
        {
            tr("prob.severity"): [tr(f"prob.{p.severity.value}") for p in found],
            tr("col.row"): [p.row or None for p in found],
            tr("prob.column"): [i18n.problem_column(p, lang) for p in found],
            tr("prob.value"): [p.value for p in found],
            tr("prob.text"): [i18n.describe_problem(p, lang) for p in found],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch", height=min(400, 38 + 35 * len(found)))


def editor(sheet: str) -> None:
    """One sheet: problems first, then a searchable, paged editor of the whole table."""
    frame = st.session_state[keys.FRAMES].get(sheet)
    found = sheet_problems(sheet)
    show_problems(found)
    if frame is None:  # refused (its problems say why) or missing
        if not found:
            st.info(tr("data.no_table"))
        return
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    query = left.text_input(
        tr("data.search"), key=f"search_{sheet}", placeholder=tr("data.search_hint")
    )
    only = right.checkbox(
        tr("data.only_problems"), key=f"only_{sheet}", disabled=not any(p.row for p in found)
    )
    rows = {p.row for p in found if p.row} if only else None
    labels = table_edit.view_labels(frame, query, rows)
    pages = max(1, math.ceil(len(labels) / PAGE_SIZE))
    page = 1
    if pages > 1:
        page = st.pagination(pages, key=f"page_{sheet}")  # stays on its page after an edit
    shown = labels[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    num = i18n.fmt_number
    lang = state.lang()
    st.caption(
        tr(
            "data.rows_shown",
            shown=num(len(shown), lang),
            total=num(len(labels), lang),
            all=num(len(frame), lang),
        )
    )
    _grid(sheet, frame, shown)


def _grid(sheet: str, frame: pd.DataFrame, labels: list) -> None:
    view = frame.loc[labels].copy()
    for column, kind in table_edit.kinds(sheet).items():
        if kind == "date" and column in view.columns:  # empty dates show blank, not "None"
            view[column] = pd.to_datetime(view[column], errors="coerce")
    view.insert(0, table_edit.ROW, table_edit.row_numbers(frame).loc[labels])
    key = f"editor_{sheet}_{st.session_state[keys.FRAMES_VERSION]}"
    order = [c for c in view.columns if not (c == "name" and st.session_state.get(keys.HIDE_NAMES))]
    st.data_editor(
        view.reset_index(drop=True),
        key=key,
        num_rows="dynamic",
        hide_index=True,
        column_config=column_config(sheet),
        width="stretch",
        column_order=order,
        disabled=[table_edit.ROW],
    )
    # Checked after the editor rather than in on_change, so edits replayed from the widget
    # state (tests, reconnects) are merged the same way as typed ones.
    delta = st.session_state.get(key) or {}
    if any(delta.get(part) for part in ("edited_rows", "added_rows", "deleted_rows")):
        _commit(sheet, delta, labels)
        st.rerun()


def _commit(sheet: str, delta: dict, labels: list) -> None:
    """Merge the page's changes into the whole table and re-validate."""
    frames = st.session_state[keys.FRAMES]
    frames[sheet] = table_edit.apply_delta(frames[sheet], labels, delta, sheet)
    st.session_state[keys.FRAMES_VERSION] += 1
    state.revalidate()
