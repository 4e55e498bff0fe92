"""Duplicate ids: two rows whose ids are the same once compared as ``domain.ids`` compares.

Why before the rows are converted: a row refused for another reason still holds an id that
the user will fix, and both rows of a collision must be named, with both values as
written (invisible characters shown ``<U+200B>``), so the user can tell which to change.
"""

from __future__ import annotations

from planner.domain.ids import id_key
from planner.domain.problems import Problem, error
from planner.io.read.cells import CellError, text
from planner.io.read.header import MappedSheet
from planner.io.read.id_cells import identifier
from planner.io.read.safety import MAX_CELL_CHARS

ID_COLUMNS = {"employees": "employee_id", "cohorts": "cohort_id", "roles": "role_id"}


def check_ids(table: MappedSheet, problems: list[Problem]) -> None:
    """One ``duplicate_id`` (same text) or ``duplicate_id_variant`` (same key, different
    text) per row whose id an earlier row already holds, naming that earlier row."""
    index, header = table.columns.get(ID_COLUMNS[table.schema.name], (None, ""))
    if index is None:
        return
    first: dict[str, tuple[int, str]] = {}
    for row_number, row in table.rows:
        value = id_text(row[index] if index < len(row) else None)
        if value is None:
            continue
        key = id_key(value)
        if key not in first:
            first[key] = (row_number, value)
            continue
        row0, value0 = first[key]
        code = "duplicate_id" if value == value0 else "duplicate_id_variant"
        where = (table.sheet, row_number, header, value, "unique")
        problems.append(error(code, *where, first=row0, other=value0))


def id_text(value: object) -> str | None:
    """The id a cell would give, hidden characters included (the cell's own problem says
    they are refused; the collision is reported too); None when it gives none."""
    try:
        written = identifier(value)
    except CellError as exc:
        if exc.code != "id_hidden_character":
            return None
        written = text(value)
    return written if written and len(written) <= MAX_CELL_CHARS else None
