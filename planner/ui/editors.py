"""The input-table editors of the Inputs page: typed columns, search, pages, problems by row."""

from __future__ import annotations

import hashlib
import math

import pandas as pd
import streamlit as st

from planner import i18n
from planner.i18n.names import header_column
from planner.i18n.plural import tn
from planner.ui import keys, state, table_edit
from planner.ui.state import tr

PAGE_SIZE = 100
TEXT_KINDS = ("id", "text", "languages", "skills", "wishes", "education")
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
        ),
        table_edit.PROBLEM: st.column_config.TextColumn(
            tr("data.problem_column"), disabled=True, help=tr("data.problem_column_help")
        ),
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


def problem_column(problem) -> str:
    """The column a problem is about, by the header of the editor's table: the same label
    whether the problem came from the upload (the file's header) or an edit (canonical)."""
    lang = state.lang()
    sheet = table_of(problem)
    canonical = None
    if sheet is not None and problem.column:
        canonical = header_column(table_edit.SHEETS[sheet], problem.column)
    if canonical is None:
        return i18n.problem_column(problem, lang)
    return i18n.column_label(sheet, canonical, lang)


def show_problems(found: list) -> None:
    """Problems of one sheet as a table: row, column, value, what is wrong."""
    if not found:
        return
    lang = state.lang()
    table = pd.DataFrame(
        {
            tr("prob.severity"): [tr(f"prob.{p.severity.value}") for p in found],
            tr("col.row"): [p.row or None for p in found],
            tr("prob.column"): [problem_column(p) for p in found],
            tr("prob.value"): [p.value for p in found],
            tr("prob.text"): [i18n.describe_problem(p, lang) for p in found],
        }
    )
    height = min(400, 38 + 35 * len(found))
    st.dataframe(table, hide_index=True, width="stretch", height=height, placeholder="")


def editor(sheet: str) -> None:
    """One sheet: problems first, then a searchable, paged editor of the whole table."""
    frame = st.session_state[keys.FRAMES].get(sheet)
    found = sheet_problems(sheet)
    if frame is None:  # refused (its problems say why) or missing
        show_problems(found)
        if not found:
            st.info(tr("data.no_table"))
        return
    query_col, only_col, rows_col = st.columns([3, 1, 1], vertical_alignment="bottom")
    query = query_col.text_input(
        tr("data.search"), key=f"search_{sheet}", placeholder=tr("data.search_hint")
    )
    only = only_col.checkbox(
        tr("data.only_problems"), key=f"only_{sheet}", disabled=not any(p.row for p in found)
    )
    growing = rows_col.checkbox(
        tr("data.add_rows"), key=f"rows_{sheet}", help=tr("data.add_rows_help")
    )
    rows = {p.row for p in found if p.row} if only else None
    labels = table_edit.view_labels(frame, query, rows)
    pages = max(1, math.ceil(len(labels) / PAGE_SIZE))
    page = 1
    if pages > 1:
        page = st.pagination(pages, key=f"page_{sheet}")  # stays on its page after an edit
    shown = labels[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    lang = state.lang()
    st.caption(
        tr(
            "data.rows_shown",
            shown=tn("count.rows_shown", len(shown), lang),
            found=tn("count.found", len(labels), lang),
            all=i18n.fmt_number(len(frame), lang),
        )
    )
    _grid(sheet, frame, shown, found, growing)
    # Below the table: a list appearing above it would redraw it scrolled back to the left.
    show_problems(found)


def _grid(sheet: str, frame: pd.DataFrame, labels: list, found: list, growing: bool) -> None:
    """The page's rows, each problem row marked in its own column.

    Without adding or removing rows the editor keeps one identity while its rows stay the
    same (``editor_key``), so an edit does not redraw it scrolled back to the first column;
    adding or removing rows needs Streamlit's dynamic mode, which redraws it after each edit.
    """
    view = frame.loc[labels].copy()
    for column, kind in table_edit.kinds(sheet).items():
        if column not in view.columns:
            continue
        if kind == "date":  # a date type even when empty, shown blank
            view[column] = pd.to_datetime(view[column], errors="coerce")
        elif kind in TEXT_KINDS:  # a text type even when the page's cells are all empty
            view[column] = view[column].astype("string")
    numbers = table_edit.row_numbers(frame).loc[labels]
    view.insert(0, table_edit.ROW, numbers)
    marks = row_problems(numbers.tolist(), found)
    view.insert(1, table_edit.PROBLEM, pd.array(marks, dtype="string"))
    key = editor_key(sheet, labels, growing)
    order = [c for c in view.columns if not (c == "name" and st.session_state.get(keys.HIDE_NAMES))]
    st.data_editor(
        view.reset_index(drop=True),
        key=key,
        num_rows="dynamic" if growing else "fixed",
        hide_index=True,
        column_config=column_config(sheet),
        width="stretch",
        column_order=order,
        disabled=[table_edit.ROW, table_edit.PROBLEM],
        placeholder="",
        on_change=merge,
        args=(sheet, labels, growing, key),
    )
    # Edits replayed from the widget state without its callback (tests, reconnects) are
    # merged here the same way, then the page is drawn again with them.
    if merge(sheet, labels, growing, key):
        st.rerun()


def merge(sheet: str, labels: list, growing: bool, key: str) -> bool:
    """Merge the editor's changes not merged yet; whether there were any.

    Called back before the page runs, so the page is drawn once, with the change: a second
    run redraws the editor from its first column.
    """
    delta = st.session_state.get(key) or {}
    frame = st.session_state[keys.FRAMES][sheet]
    if not table_edit.pending(frame, labels, delta, sheet):
        return False
    _commit(sheet, delta, labels, growing)
    return True


def editor_key(sheet: str, labels: list, growing: bool) -> str:
    """The editor's widget key: the same while the page shows the same rows of the same
    tables, so its edits accumulate in one widget (each merge is idempotent); a new search,
    page, filter, workbook or dynamic-mode merge gives a fresh one."""
    digest = hashlib.sha1(repr(labels).encode()).hexdigest()[:10]
    mode = "rows" if growing else "cells"
    return f"editor_{sheet}_{st.session_state[keys.FRAMES_VERSION]}_{mode}_{digest}"


def row_problems(rows: list[int], found: list) -> list[str | None]:
    """Per row of the page, its problems in short (``Erreur · Langues : niveau inconnu ZZ``),
    None for a row without any, so the faulty row stands out in the editor itself."""
    lang = state.lang()
    by_row: dict[int, list[str]] = {}
    for p in found:
        if p.row:
            said = tr(
                "data.row_problem",
                severity=tr(f"prob.{p.severity.value}"),
                column=problem_column(p),
                message=i18n.problem_message(p, lang),
            )
            by_row.setdefault(p.row, []).append(said)
    return [" · ".join(by_row[r]) if r in by_row else None for r in rows]


def _commit(sheet: str, delta: dict, labels: list, growing: bool) -> None:
    """Merge the page's changes into the whole table and re-validate; after rows were added
    or removed the dynamic editor starts afresh (its row positions changed)."""
    frames = st.session_state[keys.FRAMES]
    frames[sheet] = table_edit.apply_delta(frames[sheet], labels, delta, sheet)
    if growing:
        st.session_state[keys.FRAMES_VERSION] += 1
    state.revalidate()
