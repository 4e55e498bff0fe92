"""Exact JSON encoding of the app's editable tables (pandas DataFrames) for drafts.

Why not parquet or pickle: a table being fixed holds refused cells as typed (text in a number
column, a date written as text), which parquet refuses and pickle would run as code when read
back from a file. Each column keeps its dtype and its index (the spreadsheet row numbers the
problems point at); a cell is JSON, or a tagged date, time or non-finite number.
"""

from __future__ import annotations

import math
from datetime import date, datetime

import pandas as pd


def _cell(value: object) -> object:
    """One cell as JSON: a date or time as tagged ISO text, NaN as null, inf as text."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else {"float": repr(value)}
    if isinstance(value, str | int | float | bool):
        return value
    raise ValueError(f"a table cell of type {type(value).__name__} cannot be kept in a draft")


def _value(cell: object) -> object:
    if isinstance(cell, dict):
        if "datetime" in cell:
            return datetime.fromisoformat(cell["datetime"])
        if "date" in cell:
            return date.fromisoformat(cell["date"])
        return float(cell["float"])
    return cell


def encode_frame(frame: pd.DataFrame) -> dict:
    """``{"index": [...], "index_dtype": ..., "columns": [[name, dtype, [cells]], ...]}``."""
    return {
        "index": [_cell(v) for v in frame.index.tolist()],
        "index_dtype": str(frame.index.dtype),
        "columns": [
            [str(name), str(frame[name].dtype), [_cell(v) for v in frame[name].tolist()]]
            for name in frame.columns
        ],
    }


def decode_frame(data: dict) -> pd.DataFrame:
    """Inverse of :func:`encode_frame`: the same cells, dtypes and index."""
    index = pd.Index([_value(v) for v in data["index"]], dtype=data["index_dtype"])
    columns = {
        name: pd.Series([_value(c) for c in cells], dtype=dtype, index=index, name=name)
        for name, dtype, cells in data["columns"]
    }
    return pd.DataFrame(columns, index=index)
