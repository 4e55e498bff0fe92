"""The canonical tables of a dataset: DataFrames for the app, .xlsx workbooks for people.

``dataset_to_frames`` gives the English-column frames that the app edits and
``planner.load.workbook.load_frames`` parses back; ``write_workbook`` and ``write_template``
write the same content as a formatted workbook with French (default) or English headers.
"""

from __future__ import annotations

import pandas as pd

from planner.domain.records import Dataset
from planner.domain.schema import Column
from planner.io.canonical import CanonicalTable, dataset_tables
from planner.io.write.template import write_template
from planner.io.write.workbook import write_workbook

__all__ = ["dataset_to_frames", "write_template", "write_workbook"]

TEXT_KINDS = ("id", "text", "languages", "skills", "education", "wishes")
DTYPES = {"int": "int64", "number": "float64", "bool": "bool", "date": object}


def column_series(column: Column, values: list[object]) -> pd.Series:
    """One column with a stable dtype, even when every value is empty.

    Text kinds use pandas' string dtype (empty = NaN); dates stay ``datetime.date`` objects
    (None when empty) so the app's date editor and the importer both see real dates.
    """
    if column.kind in TEXT_KINDS:
        return pd.Series(values, dtype="str", name=column.name)
    return pd.Series(values, dtype=DTYPES.get(column.kind, object), name=column.name)


def table_frame(table: CanonicalTable) -> pd.DataFrame:
    columns = list(zip(*table.rows, strict=True)) if table.rows else [()] * len(table.columns)
    data = {
        c.name: column_series(c, list(values))
        for c, values in zip(table.columns, columns, strict=True)
    }
    return pd.DataFrame(data)


def settings_frame(table: CanonicalTable) -> pd.DataFrame:
    """Key/value rows; values keep their type (number, date, text) in an object column."""
    keys = [row[0] for row in table.rows]
    values = [row[1] for row in table.rows]
    return pd.DataFrame(
        {"key": pd.Series(keys, dtype="str"), "value": pd.Series(values, dtype=object)}
    )


def dataset_to_frames(dataset: Dataset) -> dict[str, pd.DataFrame]:
    """Frames keyed ``employees``, ``cohorts``, ``roles``, ``settings`` (canonical columns).

    Level lists are text (``en:B2; es:A2``), education its label (``bac+2``), wishes
    ``ai_data; back_office``, mobile a bool, dates ``datetime.date``; an empty requirement
    is an empty cell.
    """
    tables = dataset_tables(dataset)
    frames = {name: table_frame(t) for name, t in tables.items() if name != "settings"}
    frames["settings"] = settings_frame(tables["settings"])
    return frames
