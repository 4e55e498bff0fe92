"""Editing the input tables in pages: typed column settings and applying an editor's changes.

Why pages of a table: a 20,000-row editor is slow to send and to scroll, so the app shows a
filtered page and merges that page's changes back into the whole table. The merge is a pure
function (tested without a browser).
"""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from planner.domain import schema
from planner.domain.levels import EDUCATION
from planner.io.read.frames import frame_rows

SHEETS = {s.name: s for s in (schema.EMPLOYEES, schema.COHORTS, schema.ROLES)}
ROW = "_row"  # display-only column: the row number as the importer counts it
PROBLEM = "_problem"  # display-only column: the row's problems in short
SEARCH_COLUMNS = ("employee_id", "name", "site", "cohort_id", "track", "role_id", "title", "family")


def kinds(sheet: str) -> dict[str, str]:
    return {c.name: c.kind for c in SHEETS[sheet].columns}


def coerce(value: object, kind: str) -> object:
    """A value coming back from the browser, in the type the importer expects."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return False if kind == "bool" else None
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if kind == "bool":
        return bool(value)
    if kind in ("number", "int"):
        number = float(value)
        return int(number) if kind == "int" and number.is_integer() else number
    return str(value)


def row_numbers(frame: pd.DataFrame) -> pd.Series:
    """Spreadsheet row of each table row, numbered as the importer numbers it (header on
    row 1, data from row 2; an uploaded file's own rows), so problems and editor agree."""
    return pd.Series(frame_rows(frame), index=frame.index, dtype="int64")


def view_labels(frame: pd.DataFrame, query: str = "", rows: set[int] | None = None) -> list:
    """Index labels of the rows matching a search text and, optionally, a set of row numbers."""
    mask = pd.Series(True, index=frame.index)
    if rows is not None:
        mask &= row_numbers(frame).isin(rows)
    text = query.strip().casefold()
    if text:
        hits = pd.Series(False, index=frame.index)
        for column in (c for c in SEARCH_COLUMNS if c in frame.columns):
            values = frame[column].astype("string").str.casefold()
            hits |= values.str.contains(text, regex=False).fillna(False).astype(bool)
        mask &= hits
    return list(frame.index[mask])


def apply_delta(frame: pd.DataFrame, labels: list, delta: dict, sheet: str) -> pd.DataFrame:
    """Merge one editor page's changes (edited, added and deleted rows) into the whole table.

    ``labels`` are the whole-table index labels of the page's rows, in display order; the
    editor reports positions within the page.
    """
    types = kinds(sheet)
    out = frame.copy()
    for position, changed in (delta.get("edited_rows") or {}).items():
        label = labels[int(position)]
        for column, value in changed.items():
            if column in types:
                out.loc[label, column] = coerce(value, types[column])
    dropped = [labels[int(p)] for p in delta.get("deleted_rows") or []]
    out = out.drop(index=dropped)
    added = [
        {c: coerce(v, types[c]) for c, v in row.items() if c in types}
        for row in delta.get("added_rows") or []
    ]
    if added:
        start = (int(frame.index.max()) + 1) if len(frame) else 0
        new = pd.DataFrame(added, index=range(start, start + len(added)))
        out = pd.concat([out, new.reindex(columns=out.columns)], ignore_index=False)
    return out


def pending(frame: pd.DataFrame, labels: list, delta: dict, sheet: str) -> bool:
    """Whether an editor's changes are not all in the table yet: rows added or deleted, or an
    edited cell whose value differs from the table's. An editor that keeps its identity
    reports all its edits again on every run; merging them again would re-validate the whole
    table for nothing."""
    if delta.get("added_rows") or delta.get("deleted_rows"):
        return True
    types = kinds(sheet)
    for position, changed in (delta.get("edited_rows") or {}).items():
        label = labels[int(position)]
        for column, value in changed.items():
            if column in types and not _same(frame.at[label, column], coerce(value, types[column])):
                return True
    return False


def _same(held: object, typed: object) -> bool:
    """Two cell values are the same (both empty, or equal)."""
    if _empty(held) or _empty(typed):
        return _empty(held) and _empty(typed)
    try:
        return bool(held == typed)
    except (TypeError, ValueError):
        return False


def _empty(value: object) -> bool:
    return value is None or (not isinstance(value, str | bool) and bool(pd.isna(value)))


def education_options() -> list[str]:
    return list(EDUCATION)
