"""The app's edit path: canonical DataFrames (``tables.dataset_to_frames``) as Tables.

Row numbers come from ``frame_rows``: the index label + 2 (``dataset_to_frames``' 0, 1, 2...
read as rows 2, 3, 4, as if a header stood on row 1; an upload's frames keep the file's rows),
so a problem in an edited table points at the row the user sees in the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.problems import Problem, error
from planner.domain.schema import REQUIRED_SHEETS, SETTINGS, SHEETS, Sheet
from planner.io.read.header import MappedSheet, header_keys, match_header

if TYPE_CHECKING:  # pandas is only needed by callers that already hold DataFrames
    import pandas as pd


def _column_values(series: pd.Series) -> list[object]:
    """Python values of one column, every kind of missing (NaN, NaT, NA) as None."""
    mask = series.isna().tolist()
    return [
        None if missing else value
        for value, missing in zip(series.astype(object).tolist(), mask, strict=True)
    ]


def frame_table(frame: pd.DataFrame, schema: Sheet) -> MappedSheet:
    """One frame as a MappedSheet; headers are matched like a file's, so aliases work too."""
    keys = header_keys(schema)
    table = MappedSheet(schema, schema.name, 1, {})
    headers = [str(h) for h in frame.columns]
    for index, header in enumerate(headers):
        name = match_header(header, keys, wide=False)
        if name is None:
            continue
        if name in table.columns:
            table.duplicates.setdefault(name, [table.columns[name][1]]).append(header)
        else:
            table.columns[name] = (index, header)
    columns = [_column_values(frame.iloc[:, i]) for i in range(len(headers))]
    for number, row in zip(frame_rows(frame), zip(*columns, strict=True), strict=True):
        values = list(row)
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue  # an empty row added in the editor and left empty
        table.rows.append((number, values))
    return table


def frame_rows(frame: pd.DataFrame) -> list[int]:
    """The spreadsheet row of each frame row: its index label + 2 when the labels are
    distinct whole numbers ≥ 0 (``read_frames`` keeps an upload's file rows so, and the app
    keeps labels through edits), else its position + 2, as if a header stood on row 1."""
    labels = frame.index.tolist()
    whole = all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in labels)
    if whole and len(set(labels)) == len(labels):
        return [x + 2 for x in labels]
    return list(range(2, len(labels) + 2))


def frame_tables(
    frames: dict, problems: list[Problem]
) -> tuple[dict[str, MappedSheet], MappedSheet | None]:
    """Tables of the object sheets and of the settings, reporting missing frames."""
    tables: dict[str, MappedSheet] = {}
    for schema in SHEETS:
        frame = frames.get(schema.name)
        if frame is None:
            if schema in REQUIRED_SHEETS:
                problems.append(
                    error(
                        "sheet_missing",
                        expected="sheet",
                        target=f"{schema.fr} ({schema.name})",
                        names=schema.name,
                    )
                )
            continue
        tables[schema.name] = frame_table(frame, schema)
    return tables, tables.pop(SETTINGS.name, None)
