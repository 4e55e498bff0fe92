"""The imported tables as the app's editable frames, even when errors block the dataset.

Why: a user whose upload has one bad cell should fix that cell in the browser, not in Excel
and upload again. So the tables the importer read become the frames of
``tables.dataset_to_frames`` (canonical columns, every schema column, level lists as text,
education as its label): a cell the importer accepts is written exactly as that function
writes it (a blank optional cell as the dataset's default), and a cell it refuses keeps its
value as read, so ``read.load_frames`` reports it again until it is fixed. A typed column
holding such a value becomes an object column.

Each frame's index is the file row - 2, so ``parse_frames`` numbers every row as the file
does (title rows above the header and skipped blank rows included): the problems of the
upload and those of later edits point at the same row numbers.

pandas is imported here only, and only when the app asks for the frames.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pandas as pd

from planner.domain.levels import format_levels, norm_key
from planner.domain.schema import Column, Sheet
from planner.io.canonical import cell
from planner.io.frames import column_series
from planner.io.read import cells
from planner.io.read.cells import CellError
from planner.io.read.header import MappedSheet
from planner.io.read.raw import is_blank
from planner.io.read.rows import CONVERTERS, FACTORIES, memoised
from planner.io.read.safety import MAX_CELL_CHARS
from planner.io.read.settings import KEYS

TEXT_KINDS = ("id", "text", "languages", "skills", "education", "wishes")


def tables_frames(
    tables: dict[str, MappedSheet], settings: MappedSheet | None
) -> dict[str, pd.DataFrame]:
    """Frames of the tables that were read (a sheet that could not be read has none)."""
    frames = {name: table_frame(table) for name, table in tables.items()}
    if settings is not None:
        frames["settings"] = settings_frame(settings)
    return frames


def table_frame(table: MappedSheet) -> pd.DataFrame:
    schema = table.schema
    defaults = _defaults(schema)
    index = pd.Index([row - 2 for row, _ in table.rows], dtype="int64")
    data = {}
    for column in schema.columns:
        if column.name == "languages" and table.wide:
            values = [_languages(table, row) for _, row in table.rows]
        else:
            read = _reader(table, column, defaults.get(column.name))
            values = [read(row) for _, row in table.rows]
        data[column.name] = _series(column, values, index)
    return pd.DataFrame(data, index=index)


def _defaults(schema: Sheet) -> dict[str, object]:
    """The value a blank optional cell takes in the dataset (``Cohort.min_size`` = 0...)."""
    fields = dataclasses.fields(FACTORIES[schema.name])
    return {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}


def _reader(table: MappedSheet, column: Column, default: object):
    """Row -> the frame cell of ``column``: canonical when accepted, as read when refused."""
    where = table.columns.get(column.name)
    if where is None:
        return lambda row: cell(column, default)
    index = where[0]
    convert = memoised(CONVERTERS[column.kind](column))

    def read(row: list[object]) -> object:
        value = row[index] if index < len(row) else None
        if is_blank(value):
            return cell(column, default)
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            return value
        try:
            return cell(column, convert(value))
        except CellError:
            return _as_read(column, value)

    return read


def _as_read(column: Column, value: object) -> object:
    """A refused value, as text in a text column; a refused id cell (true/false, a number
    of 20 digits) unchanged, so the next validation refuses it again rather than accept
    its text "True" or "1.2345678901234567e+19"."""
    if column.kind in TEXT_KINDS and column.kind != "id":
        return cells.text(value)
    return value


def _languages(table: MappedSheet, row: list[object]) -> str | None:
    """The level list merged with one-column-per-language cells ("Anglais" = B2), as the
    importer merges them; any refused part is kept as read (``en:courant``)."""
    parts: list[str] = []
    levels: dict[str, int] = {}
    listed = table.columns.get("languages")
    value = row[listed[0]] if listed and listed[0] < len(row) else None
    if not is_blank(value):
        try:
            levels.update(cells.level_list(value, languages=True))
        except CellError:
            parts.append(cells.text(value) or "")
    for code, index, _ in table.wide:
        value = row[index] if index < len(row) else None
        if is_blank(value):
            continue
        try:
            level = cells.cefr(value)
        except CellError:
            parts.append(f"{code}:{cells.text(value)}")
            continue
        if level:
            levels[code] = max(level, levels.get(code, 0))
    text = format_levels(levels, languages=True) if levels else ""
    return "; ".join(p for p in (text, *parts) if p) or None


def _series(column: Column, values: list[object], index: pd.Index) -> pd.Series:
    """The column with ``dataset_to_frames``' dtype, or object when a value does not fit."""
    if all(_fits(column.kind, v) for v in values):
        series = column_series(column, values)
        series.index = index
        return series
    return pd.Series(values, dtype=object, name=column.name, index=index)


def _fits(kind: str, value: object) -> bool:
    """Whether the typed column of ``dataset_to_frames`` holds ``value`` unchanged (never
    a refused "oui?" read as True, nor a missing whole number read as 0)."""
    if kind in TEXT_KINDS:
        return value is None or isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return value is None or (isinstance(value, float))
    return value is None or (isinstance(value, date) and not isinstance(value, datetime))


def settings_frame(table: MappedSheet) -> pd.DataFrame:
    """Key/value rows as read; a known key in its canonical spelling, so the app's settings
    form finds it (``Budget (MAD)`` -> ``budget_mad``)."""
    key_index, value_index = table.columns["key"][0], table.columns["value"][0]
    keys, values = [], []
    for _, row in table.rows:
        raw_key = cells.text(row[key_index] if key_index < len(row) else None) or ""
        keys.append(KEYS.get(norm_key(raw_key), raw_key))
        values.append(row[value_index] if value_index < len(row) else None)
    return pd.DataFrame(
        {"key": pd.Series(keys, dtype="str"), "value": pd.Series(values, dtype=object)}
    )
